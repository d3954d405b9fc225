"""Ingesting a batch: read every input, store documents in batched transactions.

A bad input or a bad record is reported (once, naming file and line) and skipped; the
rest of the batch goes on.  Documents are written ``BATCH_SIZE`` at a time in one
transaction (one commit per document was what made ingest slow: each commit is a disk
sync), with one query for the content hashes already stored and one multi-row insert.
When that insert fails, the batch is written again one document per savepoint, so a bad
document still rolls back alone and the others are kept.  Re-ingesting the same content
finds the stored copy by its content hash instead of adding another.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session

from observatory.ingest.errors import IngestError
from observatory.ingest.inputs import Input, expand
from observatory.ingest.records import MAX_FILE_BYTES, RawDocument, check_not_future, content_hash
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, Source

# Column widths in ``store/tables/core.py``; longer values are input errors, not crashes.
_LIMITS = {"external_id": 300, "url": 2000, "source": 200}
BATCH_SIZE = 500
"""Documents per transaction: large enough that commits stop dominating, small enough
that a crash loses little and the IN (...) hash lookup stays a short query."""


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
    """All documents of one input, stored in batches; errors go to ``fail`` and reading carries on."""
    pending: list[RawDocument] = []
    try:
        for record in item.documents(max_bytes):
            if isinstance(record, IngestError):
                fail(record)
                continue
            try:
                record = record.with_defaults(source, published)
                check_not_future(record.published, record.origin, allow_future)
                _check_lengths(record)
            except IngestError as error:
                fail(error)
                continue
            pending.append(record)
            if len(pending) >= BATCH_SIZE:
                _store_batch(engine, pending, report, fail)
                pending = []
    except IngestError as error:
        fail(error)
    _store_batch(engine, pending, report, fail)


def _store_batch(
    engine: Engine, records: list[RawDocument], report: IngestReport, fail: Callable[[IngestError], None]
) -> None:
    """Store ``records`` in one transaction; on a conflict, again one savepoint per document."""
    if not records:
        return
    try:
        with session_scope(engine) as session:
            rows = store_documents(session, records)
    except IntegrityError:  # a concurrent ingest stored some of the same texts first
        with session_scope(engine) as session:
            rows = _store_one_by_one(session, records, fail)
    for row, is_new in rows:
        (report.added if is_new else report.duplicates).append(row.id)
        report.named.append(row.id)


def _store_one_by_one(
    session: Session, records: list[RawDocument], fail: Callable[[IngestError], None]
) -> list[tuple[DocumentRow, bool]]:
    """Each document in its own savepoint: one that cannot be written is reported alone."""
    rows = []
    for record in records:
        try:
            with session.begin_nested():
                rows.extend(store_documents(session, [record]))
        except SQLAlchemyError as error:
            fail(IngestError(record.origin, f"could not be stored ({type(error).__name__})"))
    return rows


def store_documents(session: Session, records: list[RawDocument]) -> list[tuple[DocumentRow, bool]]:
    """The stored row for each record's content, creating the new ones in one flush.

    Returns ``(row, True)`` for a created row and ``(row, False)`` for content already
    stored (earlier, or by an earlier record of the same list), in input order.
    """
    hashes = [content_hash(record.text) for record in records]
    known = {
        row.content_hash: row
        for row in session.scalars(select(DocumentRow).where(DocumentRow.content_hash.in_(set(hashes))))
    }
    sources = _sources(session, {record.source for record in records if record.source})
    results: list[tuple[DocumentRow, bool]] = []
    for record, digest in zip(records, hashes):
        existing = known.get(digest)
        if existing is not None:
            results.append((existing, False))
            continue
        row = _new_row(record, digest, sources)
        known[digest] = row
        session.add(row)
        results.append((row, True))
    session.flush()
    return results


def _new_row(record: RawDocument, digest: str, sources: dict[str, Source]) -> DocumentRow:
    return DocumentRow(
        external_id=record.external_id,
        source=sources.get(record.source) if record.source else None,
        title=record.title,
        url=record.url,
        published=record.published,
        language="en",
        text=record.text,
        content_hash=digest,
        origin=record.origin[:2000],
    )


def _sources(session: Session, names: set[str]) -> dict[str, Source]:
    """Source rows by name, creating the ones not stored yet."""
    if not names:
        return {}
    found = {source.name: source for source in session.scalars(select(Source).where(Source.name.in_(names)))}
    for name in names - found.keys():
        found[name] = Source(name=name)
        session.add(found[name])
    return found


def _check_lengths(record: RawDocument) -> None:
    for name, limit in _LIMITS.items():
        value = getattr(record, name)
        if value is not None and len(value) > limit:
            raise IngestError(record.origin, f"{name} is longer than {limit} characters")
