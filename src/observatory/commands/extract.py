"""``observatory extract``: claims from stored documents, or from files without a database."""

from __future__ import annotations

import enum
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Annotated, Optional

import typer

from observatory.commands.options import DbOption


BudgetOption = Annotated[
    Optional[float],
    typer.Option(
        "--budget",
        metavar="SECONDS",
        help="CPU seconds one document may take before it is recorded as failed and the batch goes on; "
        "0 for no limit. Default: $OBSERVATORY_EXTRACT_BUDGET, else 5.",
        show_default=False,
    ),
]


WorkersOption = Annotated[
    Optional[int],
    typer.Option(
        "--workers",
        min=1,
        metavar="N",
        help="Extractor processes for stored documents (one writer saves their results). "
        "Default: the number of cores; small batches use one.",
        show_default=False,
    ),
]


class OutputFormat(str, enum.Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


EXTRACT_HELP = (
    "Extract events, casualties and control changes.\n\n"
    "Without FILE or --input: run the current extractor on every stored document that lacks a run "
    "of this extractor version (older runs are kept).\n\n"
    "With FILE or --input: print the result without touching a database; --published, --title, "
    "--source and --id describe documents whose input does not say."
)


def register(app: typer.Typer) -> None:
    """Add ``extract`` to the root app."""

    @app.command(help=EXTRACT_HELP)
    def extract(
        file: Annotated[
            Optional[str],
            typer.Argument(help="A report (.txt, .html, .jsonl, feed) or - for stdin. Omit to extract stored documents."),
        ] = None,
        output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output for FILE/--input.")] = OutputFormat.json,
        input_path: Annotated[
            Optional[Path], typer.Option("--input", help="JSON Lines of documents: id, text, published, title, source, url.")
        ] = None,
        published: Annotated[Optional[str], typer.Option(help="Publication date YYYY-MM-DD (anchors 'yesterday').")] = None,
        title: Annotated[Optional[str], typer.Option(help="Document title.")] = None,
        source: Annotated[Optional[str], typer.Option(help="Publisher, e.g. SOHR.")] = None,
        doc_id: Annotated[Optional[str], typer.Option("--id", help="Document id in the output.")] = None,
        budget: BudgetOption = None,
        workers: WorkersOption = None,
        db: DbOption = None,
    ) -> None:
        """Extract stored documents or print results for files (``EXTRACT_HELP`` is the user-facing text)."""
        seconds = budget_seconds(budget)
        if file is None and input_path is None:
            failed = extract_stored(db, seconds, worker_count(workers))
        else:
            from observatory.commands.ingest import parse_published

            overrides = {"title": title, "source": source, "id": doc_id}
            failed = extract_files(
                [str(input_path) if input_path else str(file)], output, parse_published(published), overrides, seconds
            )
        raise typer.Exit(1 if failed else 0)


def budget_seconds(option: float | None) -> float | None:
    """The per-document budget from ``--budget`` or the environment; a bad value exits 2."""
    from observatory.commands.options import report_error
    from observatory.extract.pipeline import extraction_budget

    try:
        return extraction_budget(option)
    except ValueError as error:
        report_error(str(error))
        raise typer.Exit(2) from None


def worker_count(option: int | None) -> int:
    """``--workers``, else one per core."""
    import os

    return option or os.cpu_count() or 1


def extract_stored(db: str | None, budget: float | None, workers: int = 1) -> int:
    """Extract pending stored documents; returns how many failed."""
    from observatory.commands.options import open_store, stderr
    from observatory.extract.pipeline import EXTRACTOR_VERSION
    from observatory.store.db import session_scope
    from observatory.store.extraction import pending_documents

    engine = open_store(db)
    with session_scope(engine) as session:
        pending = pending_documents(session, EXTRACTOR_VERSION)
    stats = extract_with_progress(engine, pending, budget, workers)
    stderr.print(
        f"extracted {len(stats.extracted)} document(s) with extractor {EXTRACTOR_VERSION}, "
        f"{len(stats.failed)} failed"
    )
    return len(stats.failed)


def extract_with_progress(engine, document_ids: list[int], budget: float | None, workers: int = 1):
    """Extract ``document_ids`` into the store with a progress bar and one line per failure.

    A document over ``budget`` seconds gets a failed run saying so, like any other failure.
    """
    from observatory.commands.options import progress, report_error
    from observatory.extract.pipeline import EXTRACTOR_VERSION
    from observatory.store.extraction import ExtractStats, extractor_pool

    if not document_ids:  # nothing to do: skip loading the extractor's lexicons and gazetteer
        return ExtractStats()
    def on_error(doc_id: int, message: str) -> None:
        report_error(f"document {doc_id}: extraction failed ({message})")

    try:
        with extractor_pool(engine, workers, budget, len(document_ids)) as pool:  # before the bar's thread starts
            with progress("Extracting", len(document_ids)) as advance:
                return pool.extract(EXTRACTOR_VERSION, document_ids, (on_error, advance))
    except BrokenProcessPool:  # killed (out of memory, a signal): what was written stays
        report_error("an extractor worker process died; documents saved so far are kept, run again to go on")
        raise typer.Exit(1) from None


def extract_files(
    arguments: list[str], output: OutputFormat, published, overrides: dict, budget: float | None
) -> int:
    """Print the extraction of every document in ``arguments``; returns how many inputs failed.

    No database is read: the built-in gazetteer and the actor KB decide, in any folder.

    JSON Lines are written as each document is done (large --input files stream); one
    document in ``json`` format is pretty-printed, several become JSON Lines.
    """
    from observatory.commands.options import report_error
    from observatory.extract.pipeline import Extractor
    from observatory.ingest.errors import IngestError

    extractor = Extractor(budget=budget)
    results, failures = [], 0
    for record in _records(arguments):
        if isinstance(record, IngestError):
            report_error(str(record))
            failures += 1
            continue
        try:
            result = extractor.extract(record.text, _document(record, published, overrides))
        except Exception as error:  # one report the extractor chokes on must not end the batch
            report_error(f"{record.origin}: extraction failed ({type(error).__name__}: {error})")
            failures += 1
            continue
        if output is OutputFormat.jsonl:
            typer.echo(_json(result))
        else:
            results.append(result)
    _print_collected(results, output)
    return failures


def _records(arguments: list[str]):
    """Every document (or error) the arguments hold, read with the ingest readers."""
    from observatory.ingest.errors import IngestError
    from observatory.ingest.inputs import expand

    for item in expand(arguments):
        if isinstance(item, IngestError):
            yield item
            continue
        try:
            yield from item.documents()
        except IngestError as error:
            yield error


def _print_collected(results: list, output: OutputFormat) -> None:
    if output is OutputFormat.json:
        indent = 2 if len(results) == 1 else None
        for result in results:
            typer.echo(_json(result, indent))
    elif output is OutputFormat.table:
        from rich.console import Console

        from observatory.commands.views import extraction_view

        console = Console()
        for result in results:
            console.print(extraction_view(result))


def _document(record, published, overrides: dict):
    """The ``Document`` for one input record; the record's own metadata wins over the options."""
    from observatory.models import Document

    day = record.published or published
    return Document(
        id=record.external_id or overrides["id"] or Path(record.origin).name,
        title=record.title or overrides["title"],
        source=record.source or overrides["source"],
        url=record.url,
        published=day.isoformat() if day else None,
    )


def _json(result, indent: int | None = None) -> str:
    import json

    return json.dumps(result.to_json_dict(), ensure_ascii=False, indent=indent)
