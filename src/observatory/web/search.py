"""Full-text search over reports, and the incidents those reports stand behind.

Migration ``0009_search`` builds the index: FTS5 on SQLite, a GIN ``to_tsvector`` index
on PostgreSQL. A query is a few words a person types; every word must occur in the
report (in any case and, on SQLite, with or without diacritics). Words are passed to
the engine as quoted terms, so FTS syntax in the box ("AND", quotes, ``*``) cannot
break the query or change its meaning.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, false, literal_column, select, text, union
from sqlalchemy.orm import Session

from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import IncidentLink, IncidentReport

_WORD = re.compile(r"\w+", re.UNICODE)
# The indexed expression of migration 0009_search (PostgreSQL uses the index only for this exact text).
_PG_DOCUMENT = "to_tsvector('simple', coalesce(documents.title, '') || ' ' || documents.text)"


def search_words(query: str | None) -> list[str]:
    """The words of a typed query; punctuation and FTS operators are dropped."""
    return _WORD.findall(query or "")


def matching_documents(session: Session, query: str) -> Select:
    """A select of ids of the reports containing every word of ``query``."""
    words = search_words(query)
    if not words:
        return select(DocumentRow.id).where(false())
    if session.get_bind().dialect.name == "sqlite":
        match = " ".join('"' + word.replace('"', "") + '"' for word in words)
        return select(literal_column("rowid").label("id")).select_from(text("documents_fts")).where(
            text("documents_fts MATCH :match").bindparams(match=match)
        )
    return select(DocumentRow.id).where(
        text(f"{_PG_DOCUMENT} @@ plainto_tsquery('simple', :words)").bindparams(words=" ".join(words))
    )


def matching_incidents(session: Session, query: str) -> Select:
    """A select of ids of the incidents that rest on a report matching ``query``
    (through one of its event claims, or as an event-less report member)."""
    documents = matching_documents(session, query).subquery()
    through_events = select(IncidentLink.incident_id.label("id")).where(
        IncidentLink.document_id.in_(select(documents.c.id))
    )
    through_members = select(IncidentReport.incident_id.label("id")).where(
        IncidentReport.document_id.in_(select(documents.c.id)), IncidentReport.incident_id.is_not(None)
    )
    return select(union(through_events, through_members).subquery().c.id)


def snippet(text_: str, query: str, width: int = 90) -> str:
    """A piece of ``text_`` around the first word of ``query`` it contains (for result lists)."""
    words = [w.lower() for w in search_words(query)]
    lowered = text_.lower()
    hits = [pos for pos in (lowered.find(w) for w in words) if pos >= 0]
    start = max(min(hits) - width // 2, 0) if hits else 0
    if start:  # begin at a word, not inside one
        start = text_.find(" ", start) + 1 or start
    piece = " ".join(text_[start:start + width * 2].split())
    return ("…" if start else "") + piece + ("…" if start + width * 2 < len(text_) else "")

