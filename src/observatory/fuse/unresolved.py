"""The unresolved-places queue: toponyms the stored claims name that the gazetteer cannot place.

The queue is rebuilt from the stored claims (the current extraction of every
document), so it needs no bookkeeping during extraction; resolving a name is
``observatory.kb.gazetteer.queue.resolve``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.normalize import light_key
from observatory.store.queries import current_runs
from observatory.store.tables.core import ControlClaim, DocumentRow, EventClaim
from observatory.store.tables.gazetteer import UnresolvedPlaceRow


@dataclass(frozen=True)
class UnresolvedEntry:
    name: str
    count: int
    example: str | None
    document: str | None


def sync_unresolved(session: Session) -> int:
    """Recount unplaced place names over the current claims; returns how many names."""
    seen: dict[str, tuple[str, set[int], str | None, int]] = {}
    for table in (EventClaim, ControlClaim):
        runs = current_runs().subquery()
        query = (
            select(table.place_name, table.document_id, table.evidence)
            .join(runs, table.run_id == runs.c.run_id)
            .where(table.place_id.is_(None), table.place_name.is_not(None))
        )
        for name, document_id, evidence in session.execute(query):
            key = light_key(name)
            if not key:
                continue
            first, docs, example, doc = seen.get(key, (name, set(), _evidence_text(evidence), document_id))
            docs.add(document_id)
            seen[key] = (first, docs, example, doc)
    rows = {r.key: r for r in session.scalars(select(UnresolvedPlaceRow))}
    for key, (name, docs, example, doc) in seen.items():
        row = rows.get(key) or UnresolvedPlaceRow(key=key, name=name)
        row.count = len(docs)
        row.example = example
        row.document = _external_id(session, doc)
        row.last_seen = func.now()
        session.add(row)
    session.flush()
    return len(seen)


def list_unresolved(session: Session, gazetteer: Gazetteer, limit: int = 50) -> list[UnresolvedEntry]:
    """Open entries, most frequent first; names the gazetteer has since learnt drop out."""
    rows = session.scalars(
        select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.resolved_place_id.is_(None))
        .order_by(UnresolvedPlaceRow.count.desc(), UnresolvedPlaceRow.name)
    )
    out = [UnresolvedEntry(r.name, r.count, r.example, r.document) for r in rows
           if not any(c.exact for c in gazetteer.lookup(r.name))]
    return out[:limit]


def _evidence_text(evidence) -> str | None:
    if isinstance(evidence, list) and evidence:
        evidence = evidence[0]
    return evidence.get("text") if isinstance(evidence, dict) else None


def _external_id(session: Session, document_id: int | None) -> str | None:
    if document_id is None:
        return None
    row = session.get(DocumentRow, document_id)
    return (row.external_id or str(row.id)) if row else None
