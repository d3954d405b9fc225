"""Read incidents for the web app, the CLI, exports and the Python API: the one read model of incidents.

Lists filter and sort on the denormalised, indexed columns of ``incidents`` only (no
joins), with server-side pagination, so a page stays fast on tens of thousands of
incidents.  ``get_incident`` gathers everything behind one incident: its tolls per
side, the claims and reports (event-less reports as claims of kind ``report``), and the
evidence spans.
"""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.store_io import document_info
from observatory.fuse.review import ReviewState, casualty_claim_ref, load_state
from observatory.fuse.tolls import counted_deaths
from observatory.store.queries import current_runs
from observatory.store.tables.core import CasualtyClaimRow, ControlClaim, EventClaim
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport, IncidentToll

SORTS = {
    "date": (Incident.date_start, Incident.id),
    "deaths": (counted_deaths(), Incident.id),
    "sources": (Incident.n_sources, Incident.id),
    "id": (Incident.id,),
}


class IncidentFilter(BaseModel):
    date_from: date | None = None
    date_to: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    admin1: str | None = None  # governorate
    country: str | None = None  # ISO code; incidents with no point count as in it
    place: str | None = None  # substring of the place name, any case
    source: str | None = None  # outlet name
    reviewed: bool | None = None
    min_deaths: int | None = None


class IncidentSummary(BaseModel):
    id: int
    date_start: date | None
    date_end: date | None
    event_type: str
    sub_event_type: str
    place_name: str | None
    lat: float | None
    lon: float | None
    where_prec: int | None
    admin1: str | None
    actors: list[str]
    deaths_low: int | None
    deaths_best: int | None
    deaths_high: int | None
    n_sources: int
    reviewed: bool
    title: str | None = None


class SideTollView(BaseModel):
    status: str
    actor: str | None
    category: str
    subset_of: str | None
    low: int | None
    best: int | None
    high: int | None
    n_sources: int
    claim_ids: list[int]
    aggregate: bool


class ClaimView(BaseModel):
    """One claim behind the incident, with its report and the words it comes from."""

    id: int
    kind: str  # event | casualty | control | report (an event-less report as a whole)
    document_id: int
    local_id: str
    summary: str
    evidence: list[dict]
    link_score: float | None = None
    link_reasons: dict | None = None
    payload: dict


class DocumentView(BaseModel):
    id: int
    title: str | None
    source: str | None
    published: date | None
    url: str | None


class IncidentDetail(IncidentSummary):
    admin2: str | None
    date_precision: int | None
    tolls: list[SideTollView]
    claims: list[ClaimView]
    documents: list[DocumentView]


def filtered(flt: IncidentFilter) -> Select:
    """The select of incidents matching ``flt`` (indexed columns and LIKE on keys only)."""
    query = select(Incident)
    if flt.date_from:
        query = query.where(Incident.date_end >= flt.date_from)
    if flt.date_to:
        query = query.where(Incident.date_start <= flt.date_to)
    if flt.event_type:
        query = query.where(Incident.event_type == flt.event_type)
    if flt.sub_event_type:
        query = query.where(Incident.sub_event_type == flt.sub_event_type)
    if flt.actor:
        query = query.where(Incident.actors_key.like(f"%|{flt.actor}|%"))
    if flt.admin1:
        query = query.where(Incident.admin1 == flt.admin1)
    if flt.country:
        query = query.where(or_(Incident.country == flt.country, Incident.country.is_(None)))
    if flt.place:
        query = query.where(func.lower(Incident.place_name).like(f"%{flt.place.lower()}%"))
    if flt.source:
        query = query.where(Incident.sources_key.like(f"%|{flt.source}|%"))
    if flt.reviewed is not None:
        query = query.where(Incident.reviewed.is_(flt.reviewed))
    if flt.min_deaths is not None:
        query = query.where(counted_deaths() >= flt.min_deaths)
    return query


def list_incidents(
    session: Session, flt: IncidentFilter, sort: str = "-date", page: int = 1, per_page: int = 50
) -> tuple[list[IncidentSummary], int]:
    """One page of incidents matching ``flt`` and the total number that match.

    ``sort`` is one of ``date``, ``deaths``, ``sources``, ``id``; a leading ``-`` sorts descending.
    """
    descending = sort.startswith("-")
    columns = SORTS.get(sort.lstrip("-"))
    if columns is None:
        raise ValueError(f"unknown sort {sort!r}; expected one of {', '.join(SORTS)} (optionally with '-')")
    query = filtered(flt)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    order = [column.desc() if descending else column.asc() for column in columns]
    rows = session.scalars(query.order_by(*order).offset((max(page, 1) - 1) * per_page).limit(per_page))
    return [summary(row) for row in rows], total


def summary(row: Incident) -> IncidentSummary:
    return IncidentSummary(
        id=row.id, date_start=row.date_start, date_end=row.date_end, event_type=row.event_type,
        sub_event_type=row.sub_event_type, place_name=row.place_name, lat=row.lat, lon=row.lon,
        where_prec=row.where_prec, admin1=row.admin1, actors=list(row.actors or []),
        deaths_low=row.deaths_low, deaths_best=row.deaths_best, deaths_high=row.deaths_high,
        n_sources=row.n_sources, reviewed=row.reviewed, title=row.title,
    )


def get_incident(session: Session, incident_id: int) -> IncidentDetail | None:
    """The incident with its tolls per side, claims, reports and evidence spans."""
    row = session.get(Incident, incident_id)
    if row is None:
        return None
    claims = _event_claims(session, incident_id) + _report_members(session, incident_id)
    claims += _casualty_claims(session, incident_id)
    claims += _control_claims(session, {c.document_id for c in claims}, row)
    infos = document_info(session, {claim.document_id for claim in claims})
    documents = [
        DocumentView(id=info.id, title=info.title, source=info.source, published=info.published, url=info.url)
        for info in sorted(infos.values(), key=lambda i: (i.published or date.max, i.id))
    ]
    rows = session.scalars(
        select(IncidentToll).where(IncidentToll.incident_id == incident_id).order_by(IncidentToll.id)
    )
    tolls = [
        SideTollView(
            status=t.status, actor=t.actor, category=t.category, subset_of=t.subset_of, low=t.low, best=t.best,
            high=t.high, n_sources=t.n_sources, claim_ids=list(t.claim_ids), aggregate=t.aggregate,
        )
        for t in rows
    ]
    return IncidentDetail(
        **summary(row).model_dump(), admin2=row.admin2, date_precision=row.date_precision,
        tolls=tolls, claims=claims, documents=documents,
    )


def _event_claims(session: Session, incident_id: int) -> list[ClaimView]:
    query = (
        select(EventClaim, IncidentLink)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(EventClaim.id)
    )
    return [
        ClaimView(
            id=claim.id, kind="event", document_id=claim.document_id, local_id=claim.local_id,
            summary=f"{claim.sub_event_type} at {claim.place_name or 'unknown place'} on {claim.date_start or '?'}",
            evidence=list(claim.evidence or []), link_score=link.score, link_reasons=link.reasons,
            payload=claim.payload,
        )
        for claim, link in session.execute(query)
    ]


def _report_members(session: Session, incident_id: int) -> list[ClaimView]:
    """Event-less reports in the incident, with the place and date matching read from them."""
    rows = session.scalars(
        select(IncidentReport).where(IncidentReport.incident_id == incident_id).order_by(IncidentReport.id)
    )
    return [
        ClaimView(
            id=row.id, kind="report", document_id=row.document_id, local_id="report",
            summary=f"report without an event: {row.place_name or 'unknown place'}, "
            f"{row.date_start or 'dated by publication'}",
            evidence=list(row.evidence or []), link_score=row.score, link_reasons=row.reasons,
            payload=_report_payload(row),
        )
        for row in rows
    ]


def _report_payload(row: IncidentReport) -> dict:
    """What matching read from the report (the stored row, as a claim payload)."""
    return {
        "place": {"name": row.place_name, "gazetteer_id": row.place_id, "lat": row.lat, "lon": row.lon,
                  "admin1": row.admin1, "admin2": row.admin2, "precision": row.where_prec},
        "date": {"start": row.date_start.isoformat() if row.date_start else None,
                 "end": row.date_end.isoformat() if row.date_end else None, "precision": row.date_precision},
        "run_id": row.run_id,
    }


def _casualty_claims(session: Session, incident_id: int) -> list[ClaimView]:
    """The incident's casualty claims as reviewers left them (corrections shown, rejections marked)."""
    query = (
        select(CasualtyClaimRow, IncidentCasualty.via)
        .join(IncidentCasualty, IncidentCasualty.casualty_claim_id == CasualtyClaimRow.id)
        .where(IncidentCasualty.incident_id == incident_id)
        .order_by(CasualtyClaimRow.id)
    )
    rows = list(session.execute(query))
    if not rows:
        return []
    state = load_state(session)
    return [_casualty_view(claim, via, state) for claim, via in rows]


def _casualty_view(claim: CasualtyClaimRow, via: str, state: ReviewState) -> ClaimView:
    ref = casualty_claim_ref(claim)
    fixed = state.corrections.get(ref) or {}

    def field(name: str):
        return fixed.get(name, getattr(claim, name))

    figure = field("value") if field("value") is not None else field("low")
    notes = [f"{field('qualifier')}, {field('scope')}; attached via {via}"]
    if claim.parent_local_id not in (None, claim.local_id):
        notes.append(f"part of {claim.parent_local_id}, never added to it")
    if fixed:
        notes.append("corrected by a reviewer")
    if ref in state.rejected:
        notes.append("rejected by a reviewer")
    return ClaimView(
        id=claim.id, kind="casualty", document_id=claim.document_id, local_id=claim.local_id,
        summary=f"{figure} {field('actor') or field('category')} {field('status')} ({'; '.join(notes)})",
        evidence=list(claim.evidence or []), payload=claim.payload,
    )


def _control_claims(session: Session, documents: set[int], incident: Incident) -> list[ClaimView]:
    """Control claims of the incident's reports about the incident's place."""
    if not documents or incident.place_name is None:
        return []
    runs = current_runs(sorted(documents)).subquery()
    query = (
        select(ControlClaim)
        .join(runs, ControlClaim.run_id == runs.c.run_id)
        .where(ControlClaim.place_name == incident.place_name)
    )
    return [
        ClaimView(
            id=claim.id, kind="control", document_id=claim.document_id, local_id=claim.local_id,
            summary=f"{claim.place_name}: {claim.change} by {claim.gained_by or '?'}",
            evidence=list(claim.evidence or []), payload=claim.payload,
        )
        for claim in session.scalars(query)
    ]
