"""``observatory run``: the main job — ingest reports, extract claims, fuse incidents, summarise."""

from __future__ import annotations

import typer

from observatory.commands.extract import BudgetOption, WorkersOption
from observatory.commands.ingest import AllowFutureOption
from observatory.commands.options import DbOption, PathsArgument, PublishedOption, SourceOption


RUN_HELP = (
    "Ingest PATHS, extract their claims, link them into incidents and print a summary.\n\n"
    "The summary covers the incidents the documents named (new or already stored) belong to: incidents "
    "by type and their dead, people killed and injured by actor (an incident told by several outlets "
    "counts once, as in `tolls`), control changes, and places that could not be put on the map. Exit code 1 when any input or extraction failed; "
    "everything else is still stored."
)


def register(app: typer.Typer) -> None:
    """Add ``run`` to the root app."""

    @app.command(help=RUN_HELP)
    def run(
        paths: PathsArgument,
        source: SourceOption = None,
        published: PublishedOption = None,
        allow_future: AllowFutureOption = False,
        budget: BudgetOption = None,
        workers: WorkersOption = None,
        db: DbOption = None,
    ) -> None:
        """Ingest, extract, fuse, summarise (``RUN_HELP`` is the user-facing text)."""
        from rich.console import Console

        from observatory.commands.extract import budget_seconds, extract_with_progress, worker_count
        from observatory.commands.ingest import ingest_command, parse_published
        from observatory.commands.options import open_store
        from observatory.commands.views import summary_view
        from observatory.extract.pipeline import EXTRACTOR_VERSION
        from observatory.store.db import session_scope
        from observatory.store.extraction import pending_documents
        from observatory.store.summary import summarise

        day = parse_published(published, allow_future)
        seconds = budget_seconds(budget)
        engine = open_store(db)
        report = ingest_command(engine, paths, source, day, allow_future)
        with session_scope(engine) as session:
            pending = pending_documents(session, EXTRACTOR_VERSION, report.document_ids)
        stats = extract_with_progress(engine, pending, seconds, worker_count(workers))
        fuse_documents(engine, report.document_ids)
        with session_scope(engine) as session:
            Console().print(summary_view(summarise(session, report.document_ids)))
        raise typer.Exit(1 if report.errors or stats.failed else 0)


def fuse_documents(engine, document_ids: list[int]) -> None:
    """Link the documents' current event claims into incidents (fusion is incremental)."""
    from observatory.fuse.incidents import update_incidents
    from observatory.store.db import session_scope

    with session_scope(engine) as session:
        update_incidents(session, document_ids)
