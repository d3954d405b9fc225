"""``observatory ingest``: store reports (text, HTML, JSON Lines, feeds) in the database."""

from __future__ import annotations

from typing import Annotated

import typer

from observatory.commands.options import DbOption, PathsArgument, PublishedOption, SourceOption

AllowFutureOption = Annotated[
    bool, typer.Option("--allow-future", help="Accept publication dates after tomorrow (refused by default).")
]


INGEST_HELP = (
    "Store reports; the same text ingested twice is stored once.\n\n"
    "Reads .txt (a short first line before a blank line is the title), .html/.htm, "
    ".jsonl (id, text, title, published, source, url) and RSS/Atom (.xml/.rss/.atom or a feed URL). "
    "Bad inputs are reported one line each and skipped; the exit code is 1 when anything failed."
)


def parse_published(value: str | None, allow_future: bool = True):
    """``--published`` as a date, or a usage error that says what is wrong with it.

    Verbs that store documents pass their ``--allow-future`` so a future date is refused
    once, up front, rather than once per document.
    """
    from observatory.ingest.errors import IngestError
    from observatory.ingest.records import check_not_future, parse_date

    try:
        day = parse_date(value, "--published")
        check_not_future(day, "--published", allow_future)
        return day
    except IngestError as error:
        raise typer.BadParameter(error.message, param_hint="--published") from None


def register(app: typer.Typer) -> None:
    """Add ``ingest`` to the root app."""

    @app.command(help=INGEST_HELP)
    def ingest(
        paths: PathsArgument,
        source: SourceOption = None,
        published: PublishedOption = None,
        allow_future: AllowFutureOption = False,
        db: DbOption = None,
    ) -> None:
        """Store reports (``INGEST_HELP`` is the user-facing text: one line per paragraph, so Rich wraps it)."""
        from observatory.commands.options import open_store

        day = parse_published(published, allow_future)
        report = ingest_command(open_store(db), paths, source, day, allow_future)
        raise typer.Exit(1 if report.errors else 0)


def ingest_command(engine, paths: list[str], source, published, allow_future: bool = False):
    """Run an ingest batch with progress and error lines; prints a one-line tally."""
    from observatory.commands.options import progress, report_error, stderr
    from observatory.ingest.batch import ingest_inputs
    from observatory.ingest.inputs import expand

    inputs = list(expand(paths))
    with progress("Ingesting", len(inputs)) as advance:
        report = ingest_inputs(
            engine,
            inputs,
            source,
            published,
            on_error=lambda e: report_error(str(e)),
            on_input_done=advance,
            allow_future=allow_future,
        )
    stderr.print(
        f"ingested {len(report.added)} new document(s), {len(report.duplicates)} already stored, "
        f"{len(report.errors)} error(s)"
    )
    return report
