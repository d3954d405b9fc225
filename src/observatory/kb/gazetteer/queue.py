"""The unresolved-places queue: toponyms reports name that the gazetteer cannot place.

The queue is rebuilt from the stored claims (the current extraction of every
document), so it needs no bookkeeping during extraction.  A user resolves a name once
(to a gazetteer id, or to a new point); the resolution is kept as an alias, so every
later extraction places it, and every current claim that used the name (in any
spelling with the same key) gets a ``resolve_place`` review decision, which fusion
applies now and on every recomputation.  Each entry lists the gazetteer's best
guesses with their likeness, so most names resolve with one ``--to``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.fuse.review import record_decision
from observatory.store.claims import CLAIM_TABLES
from observatory.store.queries import current_runs
from observatory.store.tables.core import ControlClaim, DocumentRow, EventClaim
from observatory.store.tables.gazetteer import UnresolvedPlaceRow

from .index import Gazetteer
from .normalize import light_key
from .record import GazetteerPlace
from .repository import add_alias
from .resolve import similarity


CANDIDATES = 3


@dataclass(frozen=True)
class Guess:
    """A place an unresolved name may be, and how alike the spellings look (0-100)."""

    place: GazetteerPlace
    score: float


@dataclass(frozen=True)
class UnresolvedEntry:
    name: str
    count: int
    example: str | None
    document: str | None
    candidates: tuple[Guess, ...] = ()


def sync_unresolved(session: Session, unplaced_in: Callable[[str], Iterable[tuple[str, str]]] | None = None) -> int:
    """Recount unplaced place names over the current claims; returns how many names.

    With ``unplaced_in`` (text -> (name, sentence) of each toponym it leaves unplaced) the
    text of every extracted document is read too, so names that are no event's or control
    change's place (a landmark, a place in a list) are queued as well."""
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
    if unplaced_in is not None:
        _scan_documents(session, unplaced_in, seen)
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


def _scan_documents(session: Session, unplaced_in: Callable[[str], Iterable[tuple[str, str]]],
                    seen: dict[str, tuple[str, set[int], str | None, int]]) -> None:
    runs = current_runs().subquery()
    query = select(DocumentRow.id, DocumentRow.title, DocumentRow.text).join(runs, DocumentRow.id == runs.c.document_id)
    for document_id, title, text in session.execute(query):
        full = f"{title}\n\n{text}" if title and not text.startswith(title) else text
        for name, sentence in unplaced_in(full):
            key = light_key(name)
            if key:
                first, docs, example, doc = seen.get(key, (name, set(), sentence, document_id))
                docs.add(document_id)
                seen[key] = (first, docs, example, doc)


def list_unresolved(session: Session, gazetteer: Gazetteer, limit: int = 50) -> list[UnresolvedEntry]:
    """Open entries, most frequent first; names the gazetteer has since learnt drop out."""
    rows = session.scalars(
        select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.resolved_place_id.is_(None))
        .order_by(UnresolvedPlaceRow.count.desc(), UnresolvedPlaceRow.name)
    )
    out = [UnresolvedEntry(r.name, r.count, r.example, r.document) for r in rows
           if not any(c.exact for c in gazetteer.lookup(r.name))][:limit]
    return [replace(e, candidates=best_guesses(gazetteer, e.name)) for e in out]


def best_guesses(gazetteer: Gazetteer, name: str, limit: int = CANDIDATES) -> tuple[Guess, ...]:
    """Sound-alikes and near spellings of ``name``, Syrian places first, likeliest first."""
    found = {c.place.id: c.place for c in (*gazetteer.lookup(name), *gazetteer.near_spellings(name))}
    guesses = sorted((Guess(p, similarity(p, name)) for p in found.values()),
                     key=lambda g: (g.place.country != "SY", -g.score, g.place.id))
    return tuple(guesses[:limit])


def replace_claims(session: Session, user: str, name: str, place: GazetteerPlace, reason: str | None = None) -> int:
    """Give every current claim that used ``name`` unplaced the resolved place; returns how many."""
    resolved = {
        "name": place.display_name, "gazetteer_id": place.id, "lat": place.lat, "lon": place.lon,
        "admin1": place.admin1, "admin2": place.admin2, "country": place.country, "feature": place.feature,
        "precision": place.where_prec,
    }
    reason = reason or f"resolved {name!r} to {place.id}"
    key, updated = light_key(name), 0
    runs = current_runs().subquery()
    for kind, section in (("event", "location"), ("control", "place")):
        table = CLAIM_TABLES[kind]
        claims = session.scalars(
            select(table).join(runs, table.run_id == runs.c.run_id)
            .where(table.place_id.is_(None), table.place_name.is_not(None))
        ).all()
        for claim in claims:
            if light_key(claim.place_name) != key:
                continue
            before = {section: claim.payload.get(section)}
            after = {"fields": {section: resolved}, "changed": {"place": place.id, "lat": place.lat, "lon": place.lon}}
            record_decision(session, user, "resolve_place", f"{kind}_claim", claim.id, before, after, reason)
            updated += 1
    return updated


def resolve(session: Session, name: str, place_id: str) -> None:
    """Make ``name`` an alias of ``place_id`` and close its queue entry."""
    add_alias(session, place_id, name, kind="resolution")
    row = session.scalar(select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.key == light_key(name)))
    if row is not None:
        row.resolved_place_id = place_id


def _evidence_text(evidence) -> str | None:
    if isinstance(evidence, list) and evidence:
        evidence = evidence[0]
    return evidence.get("text") if isinstance(evidence, dict) else None


def _external_id(session: Session, document_id: int | None) -> str | None:
    if document_id is None:
        return None
    row = session.get(DocumentRow, document_id)
    return (row.external_id or str(row.id)) if row else None
