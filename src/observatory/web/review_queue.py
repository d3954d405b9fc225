"""What waits for a reviewer: current claims nobody has decided on (the place names the
gazetteer could not place are counted in ``fuse.unresolved``).

All of it reads the *current* claims (latest successful run per document, via
``store.queries``), the view fusion uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from sqlalchemy import Row, exists, func, literal, select, union_all
from sqlalchemy.orm import Session, aliased

from observatory.fuse.review import decided_claims
from observatory.store.claims import CLAIM_TABLES
from observatory.store.queries import is_current_claim
from observatory.store.tables.core import ClaimTable, DocumentRow, EventClaim, Source
from observatory.web.documents import CLAIM_KINDS
from observatory.web.highlight import Mark, Segment, segments


QueueSort = Literal["confidence", "-confidence", "date", "-date", "id", "-id"]
QUEUE_SORTS: tuple[str, ...] = get_args(QueueSort)
STATUSES = ("pending", "decided", "all")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class QueueFilter:
    """What a reviewer narrows the queue to.  ``date_*`` is the claim's own date (else its
    report's publication day); ``governorate`` is the claim's, or for a toll that of its
    report's events; ``source`` is the outlet's name."""

    status: str = "pending"
    kind: str | None = None
    governorate: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    min_confidence: float | None = None
    max_confidence: float | None = None
    source: str | None = None


@dataclass(frozen=True)
class PendingClaim:
    """A current claim in the queue: what it says, where, and the sentence that says it."""

    kind: str  # event | casualty | control
    id: int
    document_id: int
    summary: str
    evidence: str
    confidence: float | None
    day: date | None = None
    source: str | None = None
    decided: bool = False
    sentence: list[Segment] = field(default_factory=list)  # the evidence sentence, the span marked


def _own_day(kind: str, table):
    return table.period_start if kind == "casualty" else table.date_start


def _queue_select(kind: str, flt: QueueFilter, decided: set[int], by_date: bool = False):
    """One kind's rows of the queue as ``(kind, id, confidence, day)``, filtered.

    The report (for its publication day) and its outlet are joined only when a filter or
    the sort needs them: on a large store those joins are most of the cost.
    """
    table = CLAIM_TABLES[kind]
    dated = by_date or flt.date_from is not None or flt.date_to is not None
    day = (func.coalesce(_own_day(kind, table), DocumentRow.published) if dated else _own_day(kind, table)).label("day")
    query = (
        select(literal(kind).label("kind"), table.id.label("id"), table.confidence.label("confidence"), day)
        .where(is_current_claim(table))
    )
    if dated or flt.source:
        query = query.join(DocumentRow, DocumentRow.id == table.document_id)
    if flt.source:
        query = query.join(Source, Source.id == DocumentRow.source_id)
    if flt.status == "pending":
        query = query.where(table.id.not_in(decided))
    elif flt.status == "decided":
        query = query.where(table.id.in_(decided))
    if flt.governorate:
        query = query.where(_in_governorate(kind, table, flt.governorate))
    if flt.date_from:
        query = query.where(day >= flt.date_from)
    if flt.date_to:
        query = query.where(day <= flt.date_to)
    if flt.min_confidence is not None:
        query = query.where(table.confidence >= flt.min_confidence)
    if flt.max_confidence is not None:
        query = query.where(table.confidence <= flt.max_confidence)
    if flt.source:
        query = query.where(func.lower(Source.name) == flt.source.lower())
    return query


def _in_governorate(kind: str, table, governorate: str):
    """An event by its own place; a toll or control claim by the events of the same run
    (tolls name no place, and a control claim's place has no governorate column)."""
    wanted = governorate.strip().lower()
    if kind == "event":
        return func.lower(table.admin1) == wanted
    events = aliased(EventClaim)
    return exists().where(events.run_id == table.run_id, func.lower(events.admin1) == wanted)


def _queue_union(session: Session, flt: QueueFilter, by_date: bool = False):
    kinds = [flt.kind] if flt.kind else list(CLAIM_KINDS)
    decided = decided_claims(session) if flt.status != "all" else {}
    return union_all(*(_queue_select(kind, flt, decided.get(f"{kind}_claim", set()), by_date)
                       for kind in kinds)).subquery()


def queue_count(session: Session, flt: QueueFilter = QueueFilter()) -> int:
    """How many claims the filter selects: the one number every page shows."""
    return session.scalar(select(func.count()).select_from(_queue_union(session, flt))) or 0


def queue_page(
    session: Session, flt: QueueFilter = QueueFilter(), sort: str = "confidence", page: int = 1, per_page: int = 50
) -> tuple[list[PendingClaim], int]:
    """One page of the queue, sorted (least confident first by default), with the total
    (counted in the same query: the selection is read once)."""
    union = _queue_union(session, flt, by_date=sort.lstrip("-") == "date")
    column = {"confidence": union.c.confidence, "date": union.c.day, "id": union.c.id}[sort.lstrip("-")]
    order = column.desc().nulls_last() if sort.startswith("-") else column.asc().nulls_first()
    query = select(union.c.kind, union.c.id, func.count().over().label("total")).order_by(
        order, union.c.kind, union.c.id)
    keys = session.execute(query.offset((max(page, 1) - 1) * per_page).limit(per_page)).all()
    total = keys[0].total if keys else (queue_count(session, flt) if page > 1 else 0)
    return _load_claims(session, keys, flt.status), total


def _load_claims(session: Session, keys: Sequence[Row], status: str) -> list[PendingClaim]:
    """The queue rows in order, each with its evidence sentence (one query per kind)."""
    rows: dict[tuple[str, int], ClaimTable] = {}
    for kind in {key.kind for key in keys}:
        ids = [key.id for key in keys if key.kind == kind]
        rows |= {(kind, row.id): row for row in session.scalars(select(CLAIM_TABLES[kind]).where(
            CLAIM_TABLES[kind].id.in_(ids)))}
    documents = {
        found.id: found for found in session.execute(
            select(DocumentRow.id, DocumentRow.text, DocumentRow.published, Source.name.label("source"))
            .outerjoin(Source, Source.id == DocumentRow.source_id)
            .where(DocumentRow.id.in_({row.document_id for row in rows.values()})))
    } if rows else {}
    decided = decided_claims(session) if status != "pending" else {}
    found = []
    for key in keys:
        row = rows[(key.kind, key.id)]
        document = documents[row.document_id]
        found.append(PendingClaim(
            key.kind, row.id, row.document_id, claim_summary(key.kind, row),
            row.evidence[0]["text"] if row.evidence else "", row.confidence,
            _own_day(key.kind, row) or document.published, document.source,
            key.id in decided.get(f"{key.kind}_claim", ()),
            evidence_sentence(document.text, row.evidence or [], key.kind, row.id),
        ))
    return found


def evidence_sentence(text: str, evidence: list[dict], kind: str, claim_id: int) -> list[Segment]:
    """The whole sentence(s) around the claim's evidence, its spans marked: a reviewer
    judges a number word only with the sentence that gives it."""
    if not evidence or not text:
        return [Segment(" ".join(span.get("text", "") for span in evidence))]
    low, high = min(span["start"] for span in evidence), max(span["end"] for span in evidence)
    start = max((m.end() for m in SENTENCE_END.finditer(text, 0, low)), default=0)
    after = SENTENCE_END.search(text, high)
    end = after.start() if after else len(text)
    marks = [Mark(span["start"] - start, span["end"] - start, kind, f"{kind}-{claim_id}") for span in evidence]
    return segments(text[start:end], marks)


def claim_summary(kind: str, row) -> str:
    """One line saying what the claim asserts."""
    if kind == "casualty":
        figure = row.value if row.value is not None else (f">={row.low}" if row.low is not None else "some")
        return f"{figure} {row.status} — {row.actor or row.category}"
    if kind == "control":
        return f"{row.place_name}: {row.change} by {row.gained_by or '?'}"
    return f"{row.sub_event_type} at {row.place_name or 'unknown place'} on {row.date_start or '?'}"
