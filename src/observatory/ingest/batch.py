"""Ingesting a batch: read every input, store each document in its own transaction.

A bad input or a bad record is reported (once, naming file and line) and skipped; the
rest of the batch goes on.  Because each document is committed on its own, a failure
never leaves half a document behind, and re-ingesting the same content finds the
stored copy by its content hash instead of adding another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from observatory.ingest.errors import IngestError
from observatory.ingest.inputs import Input, expand
from observatory.ingest.records import MAX_FILE_BYTES, RawDocument, check_not_future, content_hash
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, Source

# Column widths in ``store/tables/core.py``; longer values are input errors, not crashes.
_LIMITS = {"external_id": 300, "url": 2000, "source": 200}


@dataclass
class IngestReport:
    """What a batch did: new documents, ones already stored, and the errors."""

    added: list[int] = field(default_factory=list)
    duplicates: list[int] = field(default_factory=list)
    errors: list[IngestError] = field(default_factory=list)
    named: list[int] = field(default_factory=list)  # every stored row met, in input order

    @property
    def document_ids(self) -> list[int]:
        """Every document this batch named, new or not, once each, in input order."""
        return list(dict.fromkeys(self.named))


def ingest_paths(engine: Engine, arguments: list[str], **options) -> IngestReport:
    """Ingest files/folders/globs/URLs/``-`` (see ``ingest_inputs`` for the options)."""
    return ingest_inputs(engine, list(expand(arguments, options.get("max_bytes", MAX_FILE_BYTES))), **options)


def ingest_inputs(
    engine: Engine,
    inputs: list[Input | IngestError],
    source: str | None = None,
    published: date | None = None,
    on_error: Callable[[IngestError], None] | None = None,
    on_input_done: Callable[[], None] | None = None,
    max_bytes: int = MAX_FILE_BYTES,
    allow_future: bool = False,
) -> IngestReport:
    """Read and store every input; ``source``/``published`` fill in what inputs omit.

    A publication date after tomorrow is an error unless ``allow_future``.

    ``on_error`` sees each error as it happens (so long batches report early);
    ``on_input_done`` is called after each input, for a progress bar.
    """
    report = IngestReport()

    def fail(error: IngestError) -> None:
        report.errors.append(error)
        if on_error:
            on_error(error)

    for item in inputs:
        if isinstance(item, IngestError):
            fail(item)
        else:
            _ingest_one(engine, item, source, published, fail, report, max_bytes, allow_future)
        if on_input_done:
            on_input_done()
    return report


def _ingest_one(
    engine: Engine,
    item: Input,
    source: str | None,
    published: date | None,
    fail: Callable[[IngestError], None],
    report: IngestReport,
    max_bytes: int,
    allow_future: bool,
) -> None:
    """All documents of one input; errors go to ``fail`` and reading carries on."""
    try:
        for record in item.documents(max_bytes):
            if isinstance(record, IngestError):
                fail(record)
                continue
            try:
                record = record.with_defaults(source, published)
                check_not_future(record.published, record.origin, allow_future)
                _store(engine, record, report)
            except IngestError as error:
                fail(error)
    except IngestError as error:
        fail(error)


def _store(engine: Engine, record: RawDocument, report: IngestReport) -> None:
    """Store one document in its own transaction, or find the copy already stored."""
    try:
        with session_scope(engine) as session:
            row, is_new = store_document(session, record)
    except IntegrityError:  # a concurrent ingest stored the same text first
        with session_scope(engine) as session:
            row, is_new = store_document(session, record)
    (report.added if is_new else report.duplicates).append(row.id)
    report.named.append(row.id)


def store_document(session: Session, record: RawDocument) -> tuple[DocumentRow, bool]:
    """The stored row for ``record``'s content, creating it if new; ``True`` when created."""
    _check_lengths(record)
    digest = content_hash(record.text)
    existing = session.scalar(select(DocumentRow).where(DocumentRow.content_hash == digest))
    if existing is not None:
        return existing, False
    row = DocumentRow(
        external_id=record.external_id,
        source=_source(session, record.source),
        title=record.title,
        url=record.url,
        published=record.published,
        language="en",
        text=record.text,
        content_hash=digest,
        origin=record.origin[:2000],
    )
    session.add(row)
    session.flush()
    return row, True


def _source(session: Session, name: str | None) -> Source | None:
    if not name:
        return None
    source = session.scalar(select(Source).where(Source.name == name))
    if source is None:
        source = Source(name=name)
        session.add(source)
    return source


def _check_lengths(record: RawDocument) -> None:
    for name, limit in _LIMITS.items():
        value = getattr(record, name)
        if value is not None and len(value) > limit:
            raise IngestError(record.origin, f"{name} is longer than {limit} characters")
