"""Options and console helpers shared by the verbs that touch the store.

``--db`` is declared once here so every verb spells and documents it the same way; the
URL itself is resolved by ``config.database_url`` (``--db`` > ``OBSERVATORY_DB`` >
``./observatory.db``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Optional
from collections.abc import Callable

import typer
from rich.console import Console
from rich.text import Text

DbOption = Annotated[
    Optional[str],
    typer.Option(
        "--db",
        metavar="URL",
        help="Database URL (sqlite:///file.db, postgresql+psycopg://user:pw@host/db) or a SQLite path. "
        "Default: $OBSERVATORY_DB, else ./observatory.db.",
        show_default=False,
    ),
]

PathsArgument = Annotated[
    list[str], typer.Argument(help="Files, folders (recursive), globs, URLs, or - for stdin.")
]
SourceOption = Annotated[Optional[str], typer.Option(help="Publisher for documents that name none.")]
PublishedOption = Annotated[
    Optional[str], typer.Option(help="Publication date YYYY-MM-DD for documents that give none.")
]

PROGRESS_MIN_ITEMS = 4
"""A bar for one or two files is noise; batches larger than this get one."""

stderr = Console(stderr=True, highlight=False, soft_wrap=True)


FromOption = Annotated[Optional[str], typer.Option("--from", help="First day, YYYY-MM-DD.")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Last day, YYYY-MM-DD.")]


def parse_day(value: str | None, option: str) -> date | None:
    """A ``--from``/``--to``/``--at`` day; a malformed one exits 2 naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        report_error(f"{option} must be a date YYYY-MM-DD, not {value!r}")
        raise typer.Exit(2) from None


def parse_period(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """``--from``/``--to`` as days; a period that ends before it starts exits 2, because an
    empty table would look like a period with no deaths."""
    start, end = parse_day(date_from, "--from"), parse_day(date_to, "--to")
    if start and end and start > end:
        report_error(f"--from {start} is after --to {end}")
        raise typer.Exit(2)
    return start, end


def report_error(message: str) -> None:
    """One error, one line on stderr (never wrapped, never markup-interpreted)."""
    stderr.print(Text(f"error: {message}", style="red"))


def open_store(db: str | None):
    """An engine for ``--db`` with the schema brought up to date."""
    from observatory.store.db import make_engine, migrate

    return migrate(make_engine(db))


@contextmanager
def progress(label: str, total: int) -> Iterator[Callable[[], None]]:
    """A Rich progress bar on stderr; yields ``advance()``.  Silent for small or piped batches."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    enabled = total >= PROGRESS_MIN_ITEMS and sys.stderr.isatty()
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=stderr,
        disable=not enabled,
        transient=True,
    ) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)
