"""Running the extractor over stored documents and keeping every run.

A document needs extracting when its current run was made by another extractor version
(or it has none).  Documents are read in batches, extracted (in this process, or by one
extractor per worker process), and written by this process alone, one transaction per
batch: a commit per document was most of the time ``extract`` took.  Inside the batch
each document is saved in its own savepoint, so when the extractor fails on one (or its
claims cannot be written) a failed run records why, only that document rolls back, and
the previous successful run stays its current view.

Every result goes through the one writing process, so the work there is kept small: the
extractor turns its result into plain column values (``ClaimRows``, in the worker
process when there are several), and the writer inserts them with one Core statement
per table and batch.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from observatory.models import Document, ExtractionResult
from observatory.store.claims import ClaimRows, claim_rows, insert_claim_rows, record_failed_run
from observatory.store.db import session_scope
from observatory.store.queries import documents_with_current_version
from observatory.store.tables.core import DocumentRow, Source


class SupportsExtract(Protocol):
    def extract(self, text: str, document: Document) -> ExtractionResult: ...


@dataclass
class ExtractStats:
    extracted: list[int] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)


def document_model(row) -> Document:
    """The extractor's view of a stored document (its id is the input's own id if it had one);
    ``row`` has the columns ``read_batches`` selects."""
    return Document(
        id=row.external_id or str(row.id),
        title=row.title,
        source=row.source,
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


BATCH_SIZE = 64
"""Documents per read, per task sent to a worker, and per write transaction."""

MIN_DOCUMENTS_PER_WORKER = 100
"""A worker process spends seconds loading lexicons and the gazetteer; below this many
documents each, a second process costs more than it saves."""

Outcome = tuple[int, "ClaimRows | str"]
"""A document id with its result's rows, or the error message when extraction failed."""

Callbacks = tuple[Callable[[int, str], None] | None, Callable[[], None] | None]


def extract_documents(
    engine: Engine,
    extractor: SupportsExtract,
    version: str,
    document_ids: Sequence[int],
    on_error: Callable[[int, str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> ExtractStats:
    """Extract in this process and save in batches; failures are recorded, not fatal."""
    outcomes = (_extract_batch(extractor, batch) for batch in read_batches(engine, document_ids))
    return write_outcomes(engine, version, outcomes, (on_error, on_done))


def extract_documents_in_workers(
    engine: Engine,
    workers: int,
    budget: float | None,
    version: str,
    document_ids: Sequence[int],
    on_error: Callable[[int, str], None] | None = None,
    on_done: Callable[[], None] | None = None,
) -> ExtractStats:
    """Like ``extract_documents`` with one extractor (under ``budget``) per worker process
    (see ``extractor_pool``)."""
    with extractor_pool(engine, workers, budget, len(document_ids)) as pool:
        return pool.extract(version, document_ids, (on_error, on_done))


@dataclass
class ExtractorPool:
    """This process's extractor, and the worker processes extracting beside it (if any)."""

    engine: Engine
    extractor: SupportsExtract
    helpers: ProcessPoolExecutor | None
    window: int  # batches kept in flight in the worker processes

    def extract(self, version: str, document_ids: Sequence[int], callbacks: Callbacks) -> ExtractStats:
        """Extract and save the documents; results are written in the order they were read."""
        if self.helpers is None:
            return extract_documents(self.engine, self.extractor, version, document_ids, *callbacks)
        outcomes = _shared_map(self.helpers, self.extractor, read_batches(self.engine, document_ids), self.window)
        return write_outcomes(self.engine, version, outcomes, callbacks)


@contextmanager
def extractor_pool(engine: Engine, workers: int, budget: float | None, documents: int) -> Iterator[ExtractorPool]:
    """An extractor in this process and, when ``documents`` are worth it, ``workers - 1``
    worker processes (this process is one of the ``workers``: it writes every result, and
    extracts a batch itself whenever the workers are all busy, between writes).

    Every extractor reads with this store's gazetteer (the built-in places plus those its
    users imported, curated or resolved).  The extractor is built here first and the
    workers are forked from this process with it loaded, so they start at once: a spawned
    worker spent about 2.7 s of CPU importing the CLI, spaCy, the lexicons and the
    gazetteer again before its first document, while both cores were wanted.  The
    workers start before the caller shows progress (no thread of a progress bar is
    copied into them).  Where ``fork`` is not offered, each worker builds its own.
    """
    workers = effective_workers(workers, documents)
    url = engine.url.render_as_string(hide_password=False)
    extractor = _store_extractor(url, budget)
    if workers == 1:
        yield ExtractorPool(engine, extractor, None, 0)
        return
    helpers = workers - 1
    with _worker_processes(engine, extractor, url, budget, helpers) as pool:
        yield ExtractorPool(engine, extractor, pool, 3 * helpers)


def effective_workers(requested: int, documents: int) -> int:
    """Worker processes worth starting for ``documents`` (1 means extract in this process)."""
    return max(1, min(requested, documents // MIN_DOCUMENTS_PER_WORKER))


def read_batches(engine: Engine, document_ids: Sequence[int]) -> Iterator[list[tuple[int, str, Document]]]:
    """``(id, text, Document)`` of the documents, ``BATCH_SIZE`` per query, in the given order.

    Plain rows (a join, no ORM objects): this runs in the one process that also writes."""
    documents = DocumentRow.__table__
    columns = [documents.c[name] for name in ("id", "external_id", "title", "url", "published", "language", "text")]
    query = select(*columns, Source.__table__.c.name.label("source")).outerjoin(
        Source.__table__, Source.__table__.c.id == documents.c.source_id
    )
    for start in range(0, len(document_ids), BATCH_SIZE):
        batch = list(document_ids[start : start + BATCH_SIZE])
        with engine.connect() as connection:
            rows = {row.id: row for row in connection.execute(query.where(documents.c.id.in_(batch)))}
        yield [(doc_id, rows[doc_id].text, document_model(rows[doc_id])) for doc_id in batch if doc_id in rows]


def write_outcomes(
    engine: Engine, version: str, batches: Iterable[list[Outcome]], callbacks: Callbacks
) -> ExtractStats:
    """Save every batch of outcomes in one transaction (see ``_save_batch``)."""
    on_error, on_done = callbacks
    stats = ExtractStats()
    for batch in batches:
        with session_scope(engine) as session:
            failures = _save_batch(session, batch, version)
        for doc_id, _ in batch:
            message = failures.get(doc_id)
            if message is None:
                stats.extracted.append(doc_id)
            else:
                stats.failed.append((doc_id, message))
                if on_error:
                    on_error(doc_id, message)
            if on_done:
                on_done()
    return stats


def _save_batch(session: Session, batch: list[Outcome], version: str) -> dict[int, str]:
    """Write a batch's runs and claims together; returns the failure message per failed document.

    The whole batch is tried in one savepoint; when the store refuses it, each document
    is written again in its own savepoint, so only the one at fault becomes a failed run.
    """
    failures = {doc_id: outcome for doc_id, outcome in batch if isinstance(outcome, str)}
    results = [(doc_id, outcome) for doc_id, outcome in batch if isinstance(outcome, ClaimRows)]
    try:
        with session.begin_nested():
            insert_claim_rows(session, results, version)
    except SQLAlchemyError:
        for doc_id, result in results:
            try:
                with session.begin_nested():
                    insert_claim_rows(session, [(doc_id, result)], version)
            except SQLAlchemyError as error:  # claims the store refuses: this document fails alone
                failures[doc_id] = f"claims could not be stored ({type(error).__name__}: {error})"
    for doc_id, message in failures.items():
        record_failed_run(session, doc_id, version, message)
    return failures


def _extract_batch(extractor: SupportsExtract, batch: list[tuple[int, str, Document]]) -> list[Outcome]:
    """Outcomes of one batch, as rows ready to insert; one unreadable report must not stop the others."""
    outcomes: list[Outcome] = []
    for doc_id, text, document in batch:
        try:
            outcomes.append((doc_id, claim_rows(extractor.extract(text, document))))
        except Exception as error:
            outcomes.append((doc_id, f"{type(error).__name__}: {error}"))
    return outcomes


def _store_extractor(url: str, budget: float | None) -> SupportsExtract:
    """An extractor with the gazetteer of the store at ``url`` (named, so read on purpose)."""
    from observatory.extract.pipeline import Extractor
    from observatory.kb.gazetteer import load_gazetteer

    return Extractor(gazetteer=load_gazetteer(url), budget=budget)


_worker_extractor: SupportsExtract | None = None


def _worker_processes(
    engine: Engine, extractor: SupportsExtract, url: str, budget: float | None, helpers: int
) -> ProcessPoolExecutor:
    """Worker processes forked with this process's ``extractor`` (spawned, each building its
    own, where the platform has no ``fork``)."""
    if "fork" not in multiprocessing.get_all_start_methods():
        spawn = multiprocessing.get_context("spawn")
        return ProcessPoolExecutor(helpers, mp_context=spawn, initializer=_start_worker, initargs=(url, budget))
    fork = multiprocessing.get_context("fork")  # initargs are inherited, not pickled
    pool = ProcessPoolExecutor(helpers, mp_context=fork, initializer=_forked_worker, initargs=(engine, extractor))
    pool.submit(_ready_worker)  # forks every worker now, before the caller starts any thread
    return pool


def _forked_worker(engine: Engine, extractor: SupportsExtract) -> None:
    """Keep the inherited extractor; never touch the store: let go of the inherited
    connections without closing them (they are the parent's, still in use there)."""
    global _worker_extractor
    _worker_extractor = extractor
    engine.dispose(close=False)


def _start_worker(url: str, budget: float | None) -> None:
    """Build a spawned worker process's extractor once (the budget's signal timer needs the
    worker's main thread, which is where tasks of a process pool run)."""
    global _worker_extractor
    _worker_extractor = _store_extractor(url, budget)


def _ready_worker() -> None:
    """Nothing: submitting it starts the worker processes."""


def _worker_batch(batch: list[tuple[int, str, Document]]) -> list[Outcome]:
    assert _worker_extractor is not None, "worker started without its extractor"
    return _extract_batch(_worker_extractor, batch)


def _shared_map(
    pool: ProcessPoolExecutor, extractor: SupportsExtract, batches: Iterable[list], window: int
) -> Iterator[list[Outcome]]:
    """Outcomes of every batch, in the order read (so claim ids do not depend on timing): a
    batch goes to the pool while fewer than ``window`` are busy there, else ``extractor``
    extracts it here; at most ``8 * window`` batches wait to be written."""
    waiting: deque[Future | list[Outcome]] = deque()
    for batch in batches:
        while waiting and (len(waiting) >= 8 * window or _ready(waiting[0])):
            yield _outcomes(waiting.popleft())
        busy = sum(isinstance(item, Future) and not item.done() for item in waiting)
        waiting.append(pool.submit(_worker_batch, batch) if busy < window else _extract_batch(extractor, batch))
    while waiting:
        yield _outcomes(waiting.popleft())


def _ready(item: Future | list[Outcome]) -> bool:
    return not isinstance(item, Future) or item.done()


def _outcomes(item: Future | list[Outcome]) -> list[Outcome]:
    return item.result() if isinstance(item, Future) else item
