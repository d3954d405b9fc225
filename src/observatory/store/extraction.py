"""Running the extractor over stored documents and keeping every run.

A document needs extracting when its current run was made by another extractor version
(or it has none).  Each document is extracted and saved in its own transaction; when
the extractor fails on one, a failed run records why and the batch goes on, while the
previous successful run stays the current view.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from observatory.models import Document, ExtractionResult
from observatory.store.claims import record_failed_run, save_extraction
from observatory.store.db import session_scope
from observatory.store.queries import documents_with_current_version
from observatory.store.tables.core import DocumentRow


class SupportsExtract(Protocol):
    def extract(self, text: str, document: Document) -> ExtractionResult: ...


@dataclass
class ExtractStats:
    extracted: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def document_model(row: DocumentRow) -> Document:
    """The extractor's view of a stored document (its id is the input's own id if it had one)."""
    return Document(
        id=row.external_id or str(row.id),
        title=row.title,
        source=row.source.name if row.source else None,
        url=row.url,
        published=row.published.isoformat() if row.published else None,
        language=row.language or "en",
    )


def pending_documents(session: Session, version: str, document_ids: Sequence[int] | None = None) -> list[int]:
    """Ids of documents (all, or among ``document_ids``) without a current run of ``version``."""
    query = select(DocumentRow.id).order_by(DocumentRow.id)
    if document_ids is not None:
        query = query.where(DocumentRow.id.in_(list(document_ids)))
    done = documents_with_current_version(session, version)
    return [doc_id for doc_id in session.scalars(query) if doc_id not in done]


def extract_documents(
    engine: Engine,
    extractor: SupportsExtract,
    version: str,
    document_ids: Sequence[int],
    on_error: Callable[[int, str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> ExtractStats:
    """Extract and save each document in its own transaction; failures are recorded, not fatal."""
    stats = ExtractStats()
    for doc_id in document_ids:
        with session_scope(engine) as session:
            row = session.get(DocumentRow, doc_id)
            try:
                result = extractor.extract(row.text, document_model(row))
            except Exception as error:  # one unreadable report must not stop the batch
                message = f"{type(error).__name__}: {error}"
                record_failed_run(session, row, version, message)
                stats.failed.append((doc_id, message))
                if on_error:
                    on_error(doc_id, message)
            else:
                save_extraction(session, row, result, version)
                stats.extracted.append(doc_id)
        if on_done:
            on_done()
    return stats
