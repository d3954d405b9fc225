"""Read-only queries the pages need beyond fusion's API: documents, their claims,
places the gazetteer could not resolve, and the dashboard's counts.

Everything reads the *current* claims (latest successful run per document, via
``store.queries.current_runs``), the same view fusion uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from observatory.store.claims import CLAIM_TABLES, current_claims
from observatory.store.queries import current_runs
from observatory.store.tables.core import CasualtyClaimRow, DocumentRow, EventClaim, Source
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, ReviewDecisionRow
from observatory.store.tables.gazetteer import UnresolvedPlaceRow
from observatory.web.highlight import Mark

CLAIM_KINDS = tuple(CLAIM_TABLES)


@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str | None
    source: str | None
    published: date | None
    claims: int


@dataclass(frozen=True)
class UnresolvedPlace:
    """A place name reports use that the gazetteer could not place."""

    name: str
    mentions: int
    example: str | None


def list_documents(
    session: Session, q: str | None = None, source: str | None = None, page: int = 1, per_page: int = 50
) -> tuple[list[DocumentSummary], int]:
    """Documents newest first, with how many current claims each has."""
    runs = current_runs().subquery()
    counts = (
        select(EventClaim.document_id, func.count().label("n"))
        .join(runs, EventClaim.run_id == runs.c.run_id)
        .group_by(EventClaim.document_id)
        .subquery()
    )
    query = select(DocumentRow.id, DocumentRow.title, Source.name, DocumentRow.published, counts.c.n).outerjoin(
        Source, DocumentRow.source_id == Source.id
    ).outerjoin(counts, counts.c.document_id == DocumentRow.id)
    if q:
        query = query.where(DocumentRow.title.ilike(f"%{q}%") | DocumentRow.text.ilike(f"%{q}%"))
    if source:
        query = query.where(Source.name == source)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    )
    return [DocumentSummary(id, title, src, published, n or 0) for id, title, src, published, n in rows], total


def document_claims(session: Session, document_id: int) -> dict[str, list]:
    """The document's current claims by kind ("event", "casualty", "control")."""
    return {kind: current_claims(session, kind, [document_id]) for kind in CLAIM_KINDS}


def claim_marks(claims: dict[str, list]) -> list[Mark]:
    """Every evidence span of every claim, as highlight marks tagged with the claim's key."""
    return [
        Mark(start=span["start"], end=span["end"], kind=kind, ref=f"{kind}-{row.id}")
        for kind, rows in claims.items()
        for row in rows
        for span in (row.evidence or [])
    ]


def unresolved_places(session: Session, limit: int = 50) -> list[UnresolvedPlace]:
    """Place names current claims give without a gazetteer id, most used first.

    The same rule as the gazetteer's queue (``kb.gazetteer.queue``), read without
    writing; names a reviewer already resolved are left out.
    """
    resolved = select(UnresolvedPlaceRow.name).where(UnresolvedPlaceRow.resolved_place_id.is_not(None))
    runs = current_runs().subquery()
    found: dict[str, UnresolvedPlace] = {}
    for kind in ("event", "control"):
        table = CLAIM_TABLES[kind]
        query = (
            select(table.place_name, func.count(), func.min(table.id))
            .join(runs, table.run_id == runs.c.run_id)
            .where(table.place_name.is_not(None), table.place_id.is_(None), table.place_name.not_in(resolved))
            .group_by(table.place_name)
        )
        for name, n, example_id in session.execute(query):
            example = session.get(table, example_id).evidence
            known = found.get(name)
            found[name] = UnresolvedPlace(name, n + (known.mentions if known else 0),
                                          example[0]["text"] if example else None)
    return sorted(found.values(), key=lambda place: (-place.mentions, place.name))[:limit]


def source_names(session: Session) -> list[str]:
    return list(session.scalars(select(Source.name).order_by(Source.name)))


@dataclass(frozen=True)
class PeriodCounts:
    incidents: int
    deaths: int
    documents: int
    reviewed: int


def period_counts(session: Session, date_from: date | None, date_to: date | None) -> PeriodCounts:
    """Incidents, their deaths (best estimates) and reports published in the period."""
    incidents = select(func.count(Incident.id), func.coalesce(func.sum(Incident.deaths_best), 0),
                       func.coalesce(func.sum(case((Incident.reviewed.is_(True), 1), else_=0)), 0))
    documents = select(func.count(DocumentRow.id))
    if date_from:
        incidents = incidents.where(Incident.date_start >= date_from)
        documents = documents.where(DocumentRow.published >= date_from)
    if date_to:
        incidents = incidents.where(Incident.date_start <= date_to)
        documents = documents.where(DocumentRow.published <= date_to)
    n, deaths, reviewed = session.execute(incidents).one()
    return PeriodCounts(n, int(deaths), session.scalar(documents) or 0, int(reviewed))


def latest_incident_day(session: Session) -> date | None:
    """The newest incident date: archives are historical, so "recent" is relative to the data."""
    return session.scalar(select(func.max(Incident.date_start)))


def date_bounds(session: Session) -> tuple[date | None, date | None]:
    """First and last day any incident or control state covers (for the map's slider)."""
    return session.execute(select(func.min(Incident.date_start), func.max(Incident.date_start))).one()


@dataclass
class SourceReport:
    """One report behind an incident: its event claims in the incident and their evidence spans."""

    document: DocumentRow
    event_claims: list[EventClaim]
    marks: list[Mark]


def incident_reports(session: Session, incident_id: int) -> list[SourceReport]:
    """Every report linked to the incident, with its event and casualty evidence spans."""
    events = session.scalars(
        select(EventClaim)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(EventClaim.id)
    ).all()
    casualties = session.scalars(
        select(CasualtyClaimRow)
        .join(IncidentCasualty, IncidentCasualty.casualty_claim_id == CasualtyClaimRow.id)
        .where(IncidentCasualty.incident_id == incident_id)
    ).all()
    claims: dict[int, list[EventClaim]] = {}
    marks: dict[int, list[Mark]] = {}
    for claim in events:
        claims.setdefault(claim.document_id, []).append(claim)
    for kind, rows in (("event", events), ("casualty", casualties)):
        for row in rows:
            marks.setdefault(row.document_id, []).extend(
                Mark(span["start"], span["end"], kind, f"{kind}-{row.id}") for span in row.evidence or []
            )
    documents = session.scalars(
        select(DocumentRow).where(DocumentRow.id.in_(list(marks))).order_by(DocumentRow.published, DocumentRow.id)
    )
    return [SourceReport(doc, claims.get(doc.id, []), marks[doc.id]) for doc in documents]


@dataclass(frozen=True)
class PendingClaim:
    """A current claim no reviewer has decided on yet."""

    kind: str  # event | casualty | control
    id: int
    document_id: int
    summary: str
    evidence: str
    confidence: float | None


def _pending_query(kind: str):
    table = CLAIM_TABLES[kind]
    runs = current_runs().subquery()
    decided = select(ReviewDecisionRow.target_id).where(ReviewDecisionRow.target_kind == f"{kind}_claim")
    return select(table).join(runs, table.run_id == runs.c.run_id).where(table.id.not_in(decided))


def pending_count(session: Session) -> int:
    return sum(
        session.scalar(select(func.count()).select_from(_pending_query(kind).subquery())) or 0 for kind in CLAIM_KINDS
    )


def pending_claims(session: Session, limit: int = 50) -> list[PendingClaim]:
    """Claims without a decision, least confident first, casualty counts before the rest."""
    found: list[PendingClaim] = []
    for kind in ("casualty", "event", "control"):
        table = CLAIM_TABLES[kind]
        query = _pending_query(kind).order_by(table.confidence.asc().nulls_first(), table.id).limit(limit)
        found.extend(
            PendingClaim(kind, row.id, row.document_id, claim_summary(kind, row),
                         row.evidence[0]["text"] if row.evidence else "", row.confidence)
            for row in session.scalars(query)
        )
    return found[:limit]


def claim_summary(kind: str, row) -> str:
    """One line saying what the claim asserts."""
    if kind == "casualty":
        figure = row.value if row.value is not None else (f">={row.low}" if row.low is not None else "some")
        return f"{figure} {row.status} — {row.actor or row.category}"
    if kind == "control":
        return f"{row.place_name}: {row.change} by {row.gained_by or '?'}"
    return f"{row.sub_event_type} at {row.place_name or 'unknown place'} on {row.date_start or '?'}"


def incident_of_claim(session: Session, kind: str, claim_id: int) -> int | None:
    """The incident an event or casualty claim currently belongs to (ids change as fusion re-runs)."""
    if kind == "event":
        query = select(IncidentLink.incident_id).where(IncidentLink.event_claim_id == claim_id)
    elif kind == "casualty":
        query = select(IncidentCasualty.incident_id).where(IncidentCasualty.casualty_claim_id == claim_id)
    else:
        return None
    return session.scalar(query)
