"""What incident pages and the dashboard read beside fusion's ``list_incidents``/``get_incident``:
the reports behind an incident with their evidence spans, and period counts.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.tolls import deaths_total
from observatory.store.tables.core import ActorRow, CasualtyClaimRow, DocumentRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport
from observatory.web.highlight import Mark

SYRIA = "SY"  # the dashboard's figures are Syria's: incidents placed abroad are left out


@dataclass
class SourceReport:
    """One report behind an incident: its event claims in the incident (or, for a report
    without events, its report member) and their evidence spans."""

    document: DocumentRow
    event_claims: list[EventClaim]
    marks: list[Mark]
    member: IncidentReport | None = None  # the report takes part as a whole (no event found in it)


def incident_reports(session: Session, incident_id: int) -> list[SourceReport]:
    """Every report linked to the incident, with its event, report and casualty evidence spans."""
    events = session.scalars(
        select(EventClaim)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(EventClaim.id)
    ).all()
    members = {
        row.document_id: row
        for row in session.scalars(select(IncidentReport).where(IncidentReport.incident_id == incident_id))
    }
    casualties = session.scalars(
        select(CasualtyClaimRow)
        .join(IncidentCasualty, IncidentCasualty.casualty_claim_id == CasualtyClaimRow.id)
        .where(IncidentCasualty.incident_id == incident_id)
    ).all()
    claims: dict[int, list[EventClaim]] = {}
    marks: dict[int, list[Mark]] = {}
    for claim in events:
        claims.setdefault(claim.document_id, []).append(claim)
    for kind, rows in (("event", events), ("report", members.values()), ("casualty", casualties)):
        for row in rows:
            marks.setdefault(row.document_id, []).extend(
                Mark(span["start"], span["end"], kind, f"{kind}-{row.id}") for span in row.evidence or []
            )
    documents = session.scalars(
        select(DocumentRow).where(DocumentRow.id.in_(list(marks))).order_by(DocumentRow.published, DocumentRow.id)
    )
    return [SourceReport(doc, claims.get(doc.id, []), marks[doc.id], members.get(doc.id)) for doc in documents]


def incident_of_claim(session: Session, kind: str, claim_id: int) -> int | None:
    """The incident an event or casualty claim (or a report member) currently belongs to
    (ids change as fusion re-runs)."""
    if kind == "event":
        return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.event_claim_id == claim_id))
    if kind == "report":
        return session.scalar(select(IncidentReport.incident_id).where(IncidentReport.id == claim_id))
    if kind == "casualty":
        return session.scalar(
            select(IncidentCasualty.incident_id).where(IncidentCasualty.casualty_claim_id == claim_id))
    return None


@dataclass(frozen=True)
class PeriodCounts:
    incidents: int
    deaths: int
    documents: int
    reviewed: int


def period_counts(session: Session, date_from: date | None, date_to: date | None) -> PeriodCounts:
    """Incidents in Syria, their deaths (best estimates, ``fuse.tolls.deaths_total`` as everywhere)
    and reports published in the period (an event placed in Iraq or Lebanon is no part of Syria's
    toll; an unplaced one is)."""
    reviewed = select(func.count(Incident.id)).where(Incident.reviewed.is_(True))
    reviewed = reviewed.where(or_(Incident.country == SYRIA, Incident.country.is_(None)))
    documents = select(func.count(DocumentRow.id))
    if date_from:
        reviewed = reviewed.where(Incident.date_start >= date_from)
        documents = documents.where(DocumentRow.published >= date_from)
    if date_to:
        reviewed = reviewed.where(Incident.date_start <= date_to)
        documents = documents.where(DocumentRow.published <= date_to)
    total = deaths_total(session, date_from, date_to, country=SYRIA)
    return PeriodCounts(total.incidents, total.best, session.scalar(documents) or 0, session.scalar(reviewed) or 0)


def latest_incident_day(session: Session) -> date | None:
    """The newest incident date: archives are historical, so "recent" is relative to the data."""
    return session.scalar(select(func.max(Incident.date_start)))


def date_bounds(session: Session) -> tuple[date | None, date | None]:
    """First and last day any incident or control state covers (for the map's slider)."""
    return session.execute(select(func.min(Incident.date_start), func.max(Incident.date_start))).one()


class FilterChoices(TypedDict):
    actor_names: list[str]
    governorate_names: list[str]


def filter_choices(session: Session) -> FilterChoices:
    """Known actors and governorates, offered as suggestions in the filter form."""
    actors = session.scalars(select(ActorRow.name).order_by(ActorRow.name))
    governorates = session.scalars(
        select(Incident.admin1).where(Incident.admin1.is_not(None)).distinct().order_by(Incident.admin1)
    )
    return {"actor_names": list(actors), "governorate_names": [name for name in governorates if name is not None]}
