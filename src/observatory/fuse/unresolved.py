"""The unresolved-places queue: toponyms the stored claims name that the gazetteer cannot place.

The queue is rebuilt from the stored claims (the current extraction of every
document), so it needs no bookkeeping during extraction.  Resolving a name makes it an
alias (``observatory.kb.gazetteer.queue.resolve``), so every later extraction places
it; ``replace_claims`` gives every current claim that used the name (in any spelling
with the same key) a ``resolve_place`` review decision, which fusion applies now and on
every recomputation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.extract.place_relations import SPAN_PREFIX
from observatory.fuse.decisions import record_decision
from observatory.fuse.store_io import chunks
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.normalize import light_key
from observatory.kb.gazetteer.queue import Guess, best_guesses
from observatory.kb.gazetteer.record import GazetteerPlace
from observatory.nlp.sentences import split_sentences
from observatory.store.queries import current_runs, is_current_claim
from observatory.store.tables.core import ControlClaim, DocumentRow, EventClaim
from observatory.store.tables.gazetteer import UnresolvedPlaceRow

Seen = dict[str, tuple[str, set[int], str | None, int]]
"""Name key -> (first spelling, documents naming it, an example sentence, its document)."""


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
    seen, firsts = _claim_places(session)
    _add_examples(session, seen, firsts, list(seen))
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


def open_unresolved(session: Session, limit: int | None = None, offset: int = 0) -> tuple[list[UnresolvedEntry], int]:
    """The place names current claims give without coordinates that no reviewer has
    resolved, most reported first (by how many documents name them), one page of them
    and how many there are in all.

    The one count of unresolved places: the dashboard, the review page and the API all
    read it here.  It reads the claims as they are now and writes nothing (a page view
    may call it); ``sync_unresolved`` stores the same counts for the command line."""
    resolved = set(session.scalars(
        select(UnresolvedPlaceRow.key).where(UnresolvedPlaceRow.resolved_place_id.is_not(None))))
    seen, firsts = _claim_places(session)
    ordered = sorted((key for key in seen if key not in resolved), key=lambda key: (-len(seen[key][1]), seen[key][0]))
    page = ordered[offset:] if limit is None else ordered[offset:offset + limit]
    _add_examples(session, seen, firsts, page)
    documents = _external_ids(session, {seen[key][3] for key in page})
    entries = [UnresolvedEntry(name, len(docs), example, documents.get(doc))
               for name, docs, example, doc in (seen[key] for key in page)]
    return entries, len(ordered)


ClaimKey = tuple[type[EventClaim] | type[ControlClaim], int]


def _claim_places(session: Session) -> tuple[Seen, dict[str, ClaimKey]]:
    """Every unplaced place name of the current event and control claims, by name key,
    with the documents naming it; and the first claim of each name (its example).

    Grouped in the database (name, document) so a large store sends one row per pair;
    the unplaced claims are found first by the place index, then kept if their run is
    their document's current one.  The place of "between X and Y" is no name to resolve
    (both its ends are placed), so it is left out."""
    seen: Seen = {}
    firsts: dict[str, ClaimKey] = {}
    for table in (EventClaim, ControlClaim):
        query = (
            select(table.place_name, table.document_id, func.min(table.id))
            .where(table.place_id.is_(None), table.place_name.is_not(None), is_current_claim(table),
                   ~table.place_name.startswith(SPAN_PREFIX))
            .group_by(table.place_name, table.document_id)
            .order_by(table.document_id, table.place_name)
        )
        for name, document_id, claim_id in session.execute(query):
            if name and light_key(name):
                firsts.setdefault(light_key(name), (table, claim_id))
                _count(seen, name, document_id, None)
    return seen, firsts


def _add_examples(session: Session, seen: Seen, firsts: dict[str, ClaimKey], keys: list[str]) -> None:
    """Give these names an example that shows them: the sentence of their first claim's
    evidence naming them, else the sentence of its report that does (read only for them:
    a page of the queue needs fifty, not thousands).

    A claim's evidence is the sentence telling the event, and the report may name the
    event's place only in its headline or in the sentence before ("... in al-Hamra. Some
    were arrested and killed."): a reviewer placing a name must read it in its own words."""
    for table in (EventClaim, ControlClaim):
        wanted = {firsts[key][1]: key for key in keys if key in firsts and firsts[key][0] is table}
        for batch in chunks(sorted(wanted)):
            for claim_id, evidence in session.execute(select(table.id, table.evidence).where(table.id.in_(batch))):
                name, docs, _, doc = seen[wanted[claim_id]]
                seen[wanted[claim_id]] = (name, docs, _evidence_text(evidence, name), doc)
    unshown = [key for key in keys if key in firsts and not _names(seen[key][2], seen[key][0])]
    reports = {seen[key][3] for key in unshown}
    texts = {row_id: _full_text(title, text) for row_id, title, text in session.execute(
        select(DocumentRow.id, DocumentRow.title, DocumentRow.text).where(DocumentRow.id.in_(sorted(reports))))} \
        if reports else {}
    for key in unshown:
        name, docs, example, doc = seen[key]
        sentence = next((s.text for s in split_sentences(texts.get(doc, "")) if _names(s.text, name)), None)
        seen[key] = (name, docs, sentence or example, doc)


EXCERPT = 120  # characters of an example a terminal table shows


def excerpt(example: str | None, name: str, width: int = EXCERPT) -> str:
    """``width`` characters of the example around the name's first mention (the sentence's
    start when it is short enough or does not name it): a long sentence cut at its start
    would hide the very name it is shown for."""
    text = example or ""
    found = _mention(text, name)
    at = found.start() if found else -1
    if len(text) <= width or at < 0 or at + len(name) <= width:
        return text[:width]
    start = min(max(0, at - (width - len(name)) // 2), len(text) - width)
    return "…" + text[start + 1:start + width]


def _names(sentence: str | None, name: str) -> bool:
    return sentence is not None and _mention(sentence, name) is not None


def _mention(text: str, name: str) -> re.Match[str] | None:
    """The name's first mention in the text, in any case: one test for choosing an example
    and for cutting it, with offsets in the text itself (case folding may change lengths, "ß")."""
    return re.search(re.escape(name), text, re.IGNORECASE)


def _full_text(title: str | None, text: str) -> str:
    """A report as extraction read it: its headline first, unless its text opens with it."""
    return f"{title}\n\n{text}" if title and not text.startswith(title) else text


def _count(seen: Seen, name: str, document_id: int, example: str | None) -> None:
    key = light_key(name)
    if key:
        first, docs, first_example, doc = seen.get(key, (name, set(), example, document_id))
        docs.add(document_id)
        seen[key] = (first, docs, first_example, doc)


def _scan_documents(session: Session, unplaced_in: Callable[[str], Iterable[tuple[str, str]]], seen: Seen) -> None:
    runs = current_runs().subquery()
    query = select(DocumentRow.id, DocumentRow.title, DocumentRow.text).join(runs, DocumentRow.id == runs.c.document_id)
    for document_id, title, text in session.execute(query):
        for name, sentence in unplaced_in(_full_text(title, text)):
            _count(seen, name, document_id, sentence)


def list_unresolved(session: Session, gazetteer: Gazetteer, limit: int = 50) -> list[UnresolvedEntry]:
    """Open entries, most frequent first; names the gazetteer has since learnt drop out."""
    rows = session.scalars(
        select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.resolved_place_id.is_(None))
        .order_by(UnresolvedPlaceRow.count.desc(), UnresolvedPlaceRow.name)
    )
    out = [UnresolvedEntry(r.name, r.count, r.example, r.document) for r in rows
           if not any(c.exact for c in gazetteer.lookup(r.name))][:limit]
    return [replace(e, candidates=best_guesses(gazetteer, e.name)) for e in out]


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
    tables: tuple[tuple[str, type[EventClaim] | type[ControlClaim], str], ...] = (
        ("event", EventClaim, "location"), ("control", ControlClaim, "place"))
    for kind, table, section in tables:
        claims = cast(list[EventClaim | ControlClaim], session.scalars(
            select(table).join(runs, table.run_id == runs.c.run_id)
            .where(table.place_id.is_(None), table.place_name.is_not(None))
        ).all())
        for claim in claims:
            if light_key(claim.place_name) != key:
                continue
            before = {section: claim.payload.get(section)}
            after = {"fields": {section: resolved}, "changed": {"place": place.id, "lat": place.lat, "lon": place.lon}}
            record_decision(session, user, "resolve_place", f"{kind}_claim", claim.id, before, after, reason)
            updated += 1
    return updated


def _evidence_text(evidence: Any, name: str) -> str | None:
    """The first evidence sentence naming ``name``, else the first sentence."""
    spans = [e.get("text") for e in (evidence if isinstance(evidence, list) else [evidence]) if isinstance(e, dict)]
    return next((text for text in spans if _names(text, name)), spans[0] if spans else None)


def _external_ids(session: Session, document_ids: set[int]) -> dict[int, str]:
    """Document id -> the id a reader knows the report by (its external id, else its row id)."""
    query = select(DocumentRow.id, DocumentRow.external_id).where(DocumentRow.id.in_(sorted(document_ids)))
    return {row_id: external or str(row_id) for row_id, external in session.execute(query)} if document_ids else {}


def _external_id(session: Session, document_id: int | None) -> str | None:
    if document_id is None:
        return None
    row = session.get(DocumentRow, document_id)
    return (row.external_id or str(row.id)) if row else None
