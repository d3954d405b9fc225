"""Small read helpers fusion modules share: document facts and chunked ``IN`` lists."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.store.claims import ClaimKind, current_claims
from observatory.store.tables.core import DocumentRow, Source

CHUNK = 500  # keeps IN lists well below SQLite's and PostgreSQL's parameter limits


@dataclass(frozen=True)
class DocInfo:
    id: int
    published: date | None
    source: str | None
    title: str | None
    url: str | None


def chunks(values: Iterable, size: int = CHUNK) -> Iterator[list]:
    """Split ``values`` into lists of at most ``size`` items."""
    batch: list = []
    for value in values:
        batch.append(value)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def current_claims_of(session: Session, kind: ClaimKind, document_ids: Sequence[int]) -> list:
    """``store.claims.current_claims`` for many documents, a chunk at a time."""
    claims: list = []
    for batch in chunks(document_ids):
        claims += current_claims(session, kind, batch)
    return claims


def document_info(session: Session, document_ids: Iterable[int]) -> dict[int, DocInfo]:
    """Publication date, outlet, title and URL of each document."""
    infos: dict[int, DocInfo] = {}
    for batch in chunks(sorted(set(document_ids))):
        query = (
            select(DocumentRow.id, DocumentRow.published, Source.name, DocumentRow.title, DocumentRow.url)
            .outerjoin(Source, Source.id == DocumentRow.source_id)
            .where(DocumentRow.id.in_(batch))
        )
        for row in session.execute(query):
            infos[row[0]] = DocInfo(*row)
    return infos

