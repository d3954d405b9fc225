"""Fusion verbs: ``fuse``, ``tolls``, ``control``, ``export`` and ``report``."""

from __future__ import annotations

import enum
import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Optional, TextIO
from collections.abc import Iterator

import typer

from observatory.commands.options import DbOption, open_store, report_error


class By(str, enum.Enum):
    actor = "actor"
    category = "category"
    governorate = "governorate"


class Period(str, enum.Enum):
    day = "day"
    week = "week"
    month = "month"


class ExportFormat(str, enum.Enum):
    acled = "acled"
    ucdp = "ucdp"
    geojson = "geojson"
    json = "json"


class ReportFormat(str, enum.Enum):
    md = "md"
    html = "html"


class TableFormat(str, enum.Enum):
    table = "table"
    json = "json"


FromOption = Annotated[Optional[str], typer.Option("--from", help="First day, YYYY-MM-DD.")]
ToOption = Annotated[Optional[str], typer.Option("--to", help="Last day, YYYY-MM-DD.")]
OutOption = Annotated[Optional[Path], typer.Option("-o", "--output", help="Write to this file instead of stdout.")]


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        report_error(f"{option} must be a date YYYY-MM-DD, not {value!r}")
        raise typer.Exit(2) from None


@contextmanager
def _output(path: Path | None) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with path.open("w", encoding="utf-8", newline="") as handle:
        yield handle


def register(app: typer.Typer) -> None:
    """Add the fusion verbs to the root app."""

    @app.command()
    def fuse(
        rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute every incident from scratch.")] = False,
        db: DbOption = None,
    ) -> None:
        """Link new event claims into incidents and refresh tolls and control timelines.

        Incremental by default: only claims not yet linked (or superseded by a re-extraction) are
        processed. Reviewers' decisions are re-applied either way.
        """
        from observatory.fuse.incidents import rebuild_incidents, update_incidents
        from observatory.store.db import session_scope

        with session_scope(open_store(db)) as session:
            stats = rebuild_incidents(session) if rebuild else update_incidents(session)
        typer.echo(
            f"{stats.documents} documents, {stats.claims_linked} event claims linked, "
            f"{stats.reports_linked} reports without events linked, "
            f"{stats.incidents_created} new incidents, {stats.incidents_touched} incidents updated, "
            f"{stats.casualties_attached} casualty claims attached, {stats.control_places} places' control "
            f"refreshed in {stats.seconds:.1f} s"
            + (f"; {stats.reviews_applied} pending review decision(s) applied" if stats.reviews_applied else "")
        )

    @app.command()
    def tolls(
        by: Annotated[By, typer.Option(help="Group by side (actor), category or governorate.")] = By.actor,
        period: Annotated[Period, typer.Option(help="Period of each row.")] = Period.month,
        date_from: FromOption = None,
        date_to: ToOption = None,
        output: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.table,
        db: DbOption = None,
    ) -> None:
        """Deaths per period by actor, category or governorate, with low/best/high and sources."""
        from observatory.fuse.tolls import compute_tolls
        from observatory.store.db import session_scope

        start, end = _day(date_from, "--from"), _day(date_to, "--to")
        with session_scope(open_store(db)) as session:
            rows = compute_tolls(session, by=by.value, period=period.value, date_from=start, date_to=end)
        if output == TableFormat.json:
            typer.echo(json.dumps([row.model_dump() for row in rows], indent=1))
            return
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"Killed by {by.value} per {period.value}")
        for column in ("period", by.value, "low", "best", "high", "reports", "incidents"):
            table.add_column(column, justify="right" if column in ("low", "best", "high", "reports") else "left")
        for row in rows:
            shown = ", ".join(map(str, row.incidents[:8])) + (" …" if len(row.incidents) > 8 else "")
            bound = " (bounded by a round-up)" if row.bounded_by else ""
            table.add_row(row.period, row.key or "unknown", _n(row.low), _n(row.best) + bound, _n(row.high),
                          str(row.sources), shown)
        Console().print(table)

    @app.command()
    def control(
        at: Annotated[str, typer.Option(help="Day, YYYY-MM-DD.")],
        near: Annotated[Optional[str], typer.Option(help="Only places near this place name.")] = None,
        km: Annotated[Optional[float], typer.Option(help="Radius for --near (default 10).")] = None,
        db: DbOption = None,
    ) -> None:
        """Who held what on a day, with the claims behind each state."""
        from observatory.fuse.control import control_at
        from observatory.store.db import session_scope

        day = _day(at, "--at")
        with session_scope(open_store(db)) as session:
            try:
                states = control_at(session, day, near=near, km=km)  # type: ignore[arg-type]
            except LookupError as error:
                report_error(str(error))
                raise typer.Exit(1) from None
        if not states:
            typer.echo(f"no control claims cover {day}")
            return
        for state in states:
            holder = state.actor if state.status == "held" else "contested"
            until = state.date_end.isoformat() if state.date_end else "…"
            flag = "  DISPUTED" if state.disputed else ""
            typer.echo(f"{state.place_name:<30} {holder:<40} {state.date_start} – {until}  "
                       f"claims {', '.join(map(str, state.claim_ids))}{flag}")

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

        start, end = _day(date_from, "--from"), _day(date_to, "--to")
        with session_scope(open_store(db)) as session, _output(output) as handle:
            count = write_export(session, fmt.value, handle, start, end, where)  # type: ignore[arg-type]
        if output is not None:
            typer.echo(f"{count} incidents written to {output}", err=True)

    @app.command()
    def report(
        month: Annotated[str, typer.Option(help="The month, YYYY-MM.")],
        fmt: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.md,
        output: OutOption = None,
        link_base: Annotated[str, typer.Option(help="Incident links are this + id.")] = "/incidents/",
        db: DbOption = None,
    ) -> None:
        """A monthly toll report: totals by category, side and governorate, top incidents, control, a chart."""
        from observatory.export.chart import svg_bars
        from observatory.export.report import build_report, render_html, render_markdown
        from observatory.store.db import session_scope

        with session_scope(open_store(db)) as session:
            try:
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


def _n(value: int | None) -> str:
    return "" if value is None else str(value)
