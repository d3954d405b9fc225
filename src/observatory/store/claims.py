"""Writing an extraction result as claim rows, and reading the current claims back.

A result is never merged into earlier claims: each call to ``save_extraction`` adds a
new ``ExtractionRun`` with its own rows.  Filter columns are copied out of the models
so SQL can filter and aggregate; ``payload`` keeps the claim exactly as extracted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal, get_args, overload

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from observatory.models import CasualtyClaim, ControlChange, DateRange, Event, ExtractionResult, Span
from observatory.store.base import Base
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
    """Store each ``(document id, result)`` as a new run; returns the runs."""
    run_ids = insert_claim_rows(session, [(doc_id, claim_rows(result)) for doc_id, result in results], extractor_version)
    return [session.get_one(ExtractionRun, run_id) for run_id in run_ids]


@dataclass(frozen=True)
class ClaimRows:
    """One result as the store's column values, without the ids the store assigns.

    Plain dicts and dates: a worker process builds them and its writer inserts them as
    they are, so the writer (the one process every result goes through) neither builds
    ORM objects nor serialises models.
    """

    claims: dict[ClaimKind, list[dict]]
    actors: dict[str, str]  # canonical actor name -> type, for the actors table


def claim_rows(result: ExtractionResult) -> ClaimRows:
    """The column values of ``result``'s claims and the canonical actors its events name."""
    claims: dict[ClaimKind, list[dict]] = {
        "event": [_event_columns(event) for event in result.events],
        "casualty": [_casualty_columns(claim) for claim in result.casualties],
        "control": [_control_columns(change) for change in result.control_changes],
    }
    actors: dict[str, str] = {}
    for event in result.events:
        for actor in event.actors:
            actors.setdefault(actor.name, actor.type)
    return ClaimRows(claims, actors)


def insert_claim_rows(
    session: Session, batch: Sequence[tuple[int, ClaimRows]], extractor_version: str
) -> list[int]:
    """Insert a run per ``(document id, rows)`` and every claim of the batch; returns the run ids.

    Core ``INSERT`` statements with many parameter sets (one per table), not ORM
    objects: a batch costs a handful of statements, and no per-row bookkeeping.
    """
    if not batch:
        return []
    runs = _table(ExtractionRun)
    returned = session.execute(
        insert(runs).returning(runs.c.id, sort_by_parameter_order=True),
        [{"document_id": doc_id, "extractor_version": extractor_version, "status": "ok"} for doc_id, _ in batch],
    )
    run_ids = list(returned.scalars())
    for kind in CLAIM_KINDS:
        values = [
            {**row, "run_id": run_id, "document_id": doc_id}
            for run_id, (doc_id, rows) in zip(run_ids, batch)
            for row in rows.claims[kind]
        ]
        if values:
            session.execute(insert(_table(CLAIM_TABLES[kind])), values)
    _register_actors(session, {name: kind for _, rows in batch for name, kind in rows.actors.items()})
    return run_ids


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


def _event_columns(event: Event) -> dict:
    place = event.location
    return dict(
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


def _casualty_columns(claim: CasualtyClaim) -> dict:
    period = claim.period
    return dict(
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
        is_update=claim.update,
        period_start=_iso(period.start) if period else None,
        period_end=_iso(period.end) if period else None,
    )


def _control_columns(change: ControlChange) -> dict:
    place = change.place
    return dict(
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


def _table(model: type[Base]) -> Table:
    """The Core table of a mapped class (its ``__table__``, typed as the ``Table`` it is)."""
    return Base.metadata.tables[model.__tablename__]


def _register_actors(session: Session, names: dict[str, str]) -> None:
    """Add canonical actors (name -> type) to ``actors`` (first type seen wins)."""
    if not names:
        return
    known = set(session.scalars(select(ActorRow.name).where(ActorRow.name.in_(names))))
    new = [{"name": name, "type": kind} for name, kind in names.items() if name not in known]
    if new:
        session.execute(insert(_table(ActorRow)), new)


CLAIM_KEYS = ("id", "run_id", "document_id")
"""Columns the store assigns when a claim is written; everything else comes from the result."""


def claim_records(result: ExtractionResult) -> dict[ClaimKind, list[dict]]:
    """The result's claims as column values of their tables, without the store's ids.

    The same column builders as ``save_extraction``, so a claim written elsewhere (a
    batch partition, later loaded) has exactly the columns a stored one has.
    """
    return claim_rows(result).claims
