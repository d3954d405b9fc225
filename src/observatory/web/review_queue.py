"""What waits for a reviewer: current claims nobody has decided on, and place names the
gazetteer could not place.

All of it reads the *current* claims (latest successful run per document, via
``store.queries.current_runs``), the view fusion uses.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.store.claims import CLAIM_TABLES
from observatory.store.queries import current_runs
from observatory.store.tables.fusion import ReviewDecisionRow
from observatory.store.tables.gazetteer import UnresolvedPlaceRow
from observatory.web.documents import CLAIM_KINDS


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


@dataclass(frozen=True)
class UnresolvedPlace:
    """A place name reports use that the gazetteer could not place."""

    name: str
    mentions: int
    example: str | None


def unresolved_places(session: Session, limit: int = 50) -> list[UnresolvedPlace]:
    """Place names current claims give without a gazetteer id, most used first.

    The same rule as the unresolved-places queue (``fuse.unresolved``), read without
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
