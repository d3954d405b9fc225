"""Writing an extraction result as claim rows, and reading the current claims back.

A result is never merged into earlier claims: each call to ``save_extraction`` adds a
new ``ExtractionRun`` with its own rows.  Filter columns are copied out of the models
so SQL can filter and aggregate; ``payload`` keeps the claim exactly as extracted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal, get_args, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.models import CasualtyClaim, ControlChange, DateRange, Event, ExtractionResult, Span
from observatory.store.queries import current_runs
from observatory.store.tables.core import (
    ActorRow,
    CasualtyClaimRow,
    ClaimTable,
    ControlClaim,
    DocumentRow,
    EventClaim,
    ExtractionRun,
)

ClaimKind = Literal["event", "casualty", "control"]
CLAIM_KINDS: tuple[ClaimKind, ...] = get_args(ClaimKind)
ClaimRow = EventClaim | CasualtyClaimRow | ControlClaim
CLAIM_TABLES: dict[str, type[EventClaim] | type[CasualtyClaimRow] | type[ControlClaim]] = {
    "event": EventClaim,
    "casualty": CasualtyClaimRow,
    "control": ControlClaim,
}


def save_extraction(
    session: Session, document_row: DocumentRow, result: ExtractionResult, extractor_version: str
) -> ExtractionRun:
    """Store ``result`` as a new run of ``document_row``; earlier runs stay untouched."""
    return save_extractions(session, [(document_row.id, result)], extractor_version)[0]


def save_extractions(
    session: Session, results: Sequence[tuple[int, ExtractionResult]], extractor_version: str
) -> list[ExtractionRun]:
    """Store each ``(document id, result)`` as a new run, all in two flushes.

    Runs are inserted together (their ids come back in one round trip), then every claim
    row of every document together, so a batch costs a handful of statements rather than
    several per document.
    """
    runs = [
        ExtractionRun(document_id=doc_id, extractor_version=extractor_version, status="ok") for doc_id, _ in results
    ]
    session.add_all(runs)
    session.flush()
    for run, (doc_id, result) in zip(runs, results):
        ids = {"run_id": run.id, "document_id": doc_id}
        session.add_all(_event_row(event, **ids) for event in result.events)
        session.add_all(_casualty_row(claim, **ids) for claim in result.casualties)
        session.add_all(_control_row(change, **ids) for change in result.control_changes)
    _register_actors(session, [event for _, result in results for event in result.events])
    session.flush()
    return runs


def record_failed_run(session: Session, document_id: int, extractor_version: str, error: str) -> ExtractionRun:
    """Remember that extraction failed, so the failure is visible and the old run stays current."""
    run = ExtractionRun(document_id=document_id, extractor_version=extractor_version, status="failed", error=error)
    session.add(run)
    session.flush()
    return run


@overload
def current_claims(
    session: Session, kind: Literal["event"], document_ids: Sequence[int] | None = None
) -> list[EventClaim]: ...
@overload
def current_claims(
    session: Session, kind: Literal["casualty"], document_ids: Sequence[int] | None = None
) -> list[CasualtyClaimRow]: ...
@overload
def current_claims(
    session: Session, kind: Literal["control"], document_ids: Sequence[int] | None = None
) -> list[ControlClaim]: ...
@overload
def current_claims(
    session: Session, kind: ClaimKind, document_ids: Sequence[int] | None = None
) -> list[ClaimRow]: ...
def current_claims(
    session: Session, kind: ClaimKind, document_ids: Sequence[int] | None = None
) -> Sequence[ClaimTable]:
    """Claims of ``kind`` from each document's latest successful run, in document order.

    The overloads say which table's rows come back: SQLAlchemy types a query over a
    table chosen at run time only by the tables' common ``ClaimTable``."""
    table = CLAIM_TABLES[kind]
    runs = current_runs(document_ids).subquery()
    query = select(table).join(runs, table.run_id == runs.c.run_id).order_by(table.document_id, table.id)
    return list(session.scalars(query))


@overload
def claim_row(session: Session, kind: Literal["event"], claim_id: int) -> EventClaim | None: ...
@overload
def claim_row(session: Session, kind: Literal["casualty"], claim_id: int) -> CasualtyClaimRow | None: ...
@overload
def claim_row(session: Session, kind: Literal["control"], claim_id: int) -> ControlClaim | None: ...
@overload
def claim_row(session: Session, kind: ClaimKind, claim_id: int) -> ClaimRow | None: ...
def claim_row(session: Session, kind: ClaimKind, claim_id: int) -> ClaimTable | None:
    """One claim row by kind and id (None: no such row); typed as ``current_claims`` is."""
    return session.get(CLAIM_TABLES[kind], claim_id)


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _date_columns(when: DateRange | None) -> dict:
    if when is None:
        return {"date_start": None, "date_end": None, "date_precision": None}
    return {"date_start": _iso(when.start), "date_end": _iso(when.end), "date_precision": when.precision}


def _spans(spans: Sequence[Span]) -> list[dict]:
    return [span.model_dump(mode="json") for span in spans]


def _event_row(event: Event, **ids: int) -> EventClaim:
    place = event.location
    return EventClaim(
        **ids,
        local_id=event.id,
        confidence=event.confidence,
        evidence=_spans(event.evidence),
        payload=event.model_dump(mode="json"),
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        **_date_columns(event.date),
        place_name=place.name if place else None,
        place_id=place.gazetteer_id if place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        admin1=place.admin1 if place else None,
        admin2=place.admin2 if place else None,
        where_prec=place.precision if place else None,
        actors=[actor.model_dump(mode="json") for actor in event.actors],
    )


def _casualty_row(claim: CasualtyClaim, **ids: int) -> CasualtyClaimRow:
    period = claim.period
    return CasualtyClaimRow(
        **ids,
        local_id=claim.id,
        confidence=claim.confidence,
        evidence=_spans([claim.evidence]),
        payload=claim.model_dump(mode="json"),
        event_local_id=claim.event,
        parent_local_id=claim.parent,
        status=claim.status,
        value=claim.count.value,
        low=claim.count.low,
        high=claim.count.high,
        qualifier=claim.count.qualifier,
        actor=claim.group.actor,
        category=claim.group.category,
        nationality=claim.group.nationality,
        scope=claim.scope,
        period_start=_iso(period.start) if period else None,
        period_end=_iso(period.end) if period else None,
    )


def _control_row(change: ControlChange, **ids: int) -> ControlClaim:
    place = change.place
    return ControlClaim(
        **ids,
        local_id=change.id,
        confidence=change.confidence,
        evidence=_spans([change.evidence]),
        payload=change.model_dump(mode="json"),
        place_name=place.name,
        place_id=place.gazetteer_id,
        lat=place.lat,
        lon=place.lon,
        where_prec=place.precision,
        gained_by=change.gained_by,
        lost_by=change.lost_by,
        change=change.change,
        **_date_columns(change.date),
    )


def _register_actors(session: Session, events: Sequence[Event]) -> None:
    """Add canonical actors named by these events to ``actors`` (first type seen wins)."""
    names = {actor.name: actor.type for event in events for actor in event.actors}
    if not names:
        return
    known = set(session.scalars(select(ActorRow.name).where(ActorRow.name.in_(names))))
    session.add_all(ActorRow(name=name, type=kind) for name, kind in names.items() if name not in known)


CLAIM_KEYS = ("id", "run_id", "document_id")
"""Columns the store assigns when a claim is written; everything else comes from the result."""


def claim_records(result: ExtractionResult) -> dict[ClaimKind, list[dict]]:
    """The result's claims as column values of their tables, without the store's ids.

    The same row builders as ``save_extraction``, so a claim written elsewhere (a batch
    partition, later loaded) has exactly the columns a stored one has.
    """
    rows: dict[ClaimKind, list] = {
        "event": [_event_row(event, run_id=0, document_id=0) for event in result.events],
        "casualty": [_casualty_row(claim, run_id=0, document_id=0) for claim in result.casualties],
        "control": [_control_row(change, run_id=0, document_id=0) for change in result.control_changes],
    }
    return {kind: [_columns(row) for row in found] for kind, found in rows.items()}


def _columns(row) -> dict:
    return {column.key: getattr(row, column.key) for column in row.__table__.columns if column.key not in CLAIM_KEYS}
