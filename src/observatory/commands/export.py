"""Output verbs: ``export`` (incidents and control states in analysts' formats) and ``report``."""

from __future__ import annotations

import enum
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Optional, TextIO

import typer

from observatory.commands.options import DbOption, FromOption, ToOption, open_store, parse_period, report_error


class ExportFormat(str, enum.Enum):
    acled = "acled"
    ucdp = "ucdp"
    geojson = "geojson"
    json = "json"


class ReportFormat(str, enum.Enum):
    md = "md"
    html = "html"


OutOption = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file instead of stdout.")]


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def register(app: typer.Typer) -> None:
    """Add ``export`` and ``report`` to the root app."""

    @app.command()
    def export(
        fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="acled, ucdp, geojson or json.")],
        date_from: FromOption = None,
        date_to: ToOption = None,
        where: Annotated[Optional[str], typer.Option(help="GOVERNORATE, PLACE or GOVERNORATE/PLACE.")] = None,
        output: OutOption = None,
        db: DbOption = None,
    ) -> None:
        """Export incidents (and control states) in formats analysts already use."""
        from observatory.export.formats import export as write_export
        from observatory.store.db import session_scope

        start, end = parse_period(date_from, date_to)
        with session_scope(open_store(db)) as session, _output(output) as handle:
            count = write_export(session, fmt.value, handle, start, end, where)
        if output is not None:
            typer.echo(f"{count} incidents written to {output}", err=True)

    @app.command()
    def report(
        month: Annotated[str, typer.Option(help="The month, YYYY-MM.")],
        fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
        output: OutOption = None,
        link_base: Annotated[str | None, typer.Option(
            help="Incident links are this + id (default: HTML links to its own table of incidents, so the file "
                 "works opened from disk; Markdown links to /incidents/ID).")] = None,
        db: DbOption = None,
    ) -> None:
        """A monthly toll report: totals by category, side and governorate, top incidents, control, a chart."""
        from observatory.export.chart import svg_bars
        from observatory.export.report import build_report, render_html, render_markdown
        from observatory.store.db import session_scope

        with session_scope(open_store(db)) as session:
            try:
                if link_base is None and fmt != ReportFormat.html:
                    link_base = "/incidents/"
                built = build_report(session, month, link_base)
            except ValueError as error:
                report_error(str(error))
                raise typer.Exit(2) from None
        chart_file = None
        if fmt == ReportFormat.md and output is not None:
            chart = output.with_name(f"{output.stem}-chart.svg")
            chart.write_text(svg_bars(built.daily, "Killed per day"), encoding="utf-8")
            chart_file = chart.name
        text = render_html(built) if fmt == ReportFormat.html else render_markdown(built, chart_file)
        with _output(output) as handle:
            handle.write(text)
