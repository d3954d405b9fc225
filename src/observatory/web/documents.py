"""Documents and their current claims, for the document pages and the API.

All of it reads the *current* claims (latest successful run per document, via
``store.queries``), the view fusion uses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.store.claims import CLAIM_KINDS, current_claims
from observatory.store.queries import is_current_claim
from observatory.store.tables.core import DocumentRow, EventClaim, Source
from observatory.web.highlight import Mark
from observatory.web.search import matching_documents

@dataclass(frozen=True)
class DocumentSummary:
    id: int
    title: str | None
    source: str | None
    published: date | None
    claims: int


def list_documents(
    session: Session, q: str | None = None, source: str | None = None, page: int = 1, per_page: int = 50
) -> tuple[list[DocumentSummary], int]:
    """Documents newest first, with how many current claims each has; ``q``: words every one
    of them contains (full-text search).  Claims are counted for the page's documents only:
    on a large store, counting every document's claims cost more than the search itself."""
    query = select(DocumentRow.id, DocumentRow.title, Source.name, DocumentRow.published).outerjoin(
        Source, DocumentRow.source_id == Source.id
    )
    if q:
        query = query.where(DocumentRow.id.in_(matching_documents(session, q)))
    if source:
        query = query.where(Source.name == source)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.execute(
        query.order_by(DocumentRow.published.desc().nulls_last(), DocumentRow.id.desc())
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    counts = dict(session.execute(
        select(EventClaim.document_id, func.count())
        .where(EventClaim.document_id.in_([row.id for row in rows]), is_current_claim(EventClaim))
        .group_by(EventClaim.document_id)
    ).all()) if rows else {}
    return [DocumentSummary(id, title, src, published, counts.get(id, 0)) for id, title, src, published in rows], total


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


def source_names(session: Session) -> list[str]:
    return list(session.scalars(select(Source.name).order_by(Source.name)))
