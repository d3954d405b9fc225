"""Fusion verbs: ``fuse``, ``tolls`` and ``control`` (``export`` and ``report`` are in ``commands.export``)."""

from __future__ import annotations

import enum
import json
from typing import Annotated, Optional

import typer

from observatory.commands.options import DbOption, FromOption, ToOption, open_store, parse_day, parse_period, report_error


class By(str, enum.Enum):
    actor = "actor"
    category = "category"
    governorate = "governorate"


class Period(str, enum.Enum):
    day = "day"
    week = "week"
    month = "month"


class TableFormat(str, enum.Enum):
    table = "table"
    json = "json"



def register(app: typer.Typer) -> None:
    """Add the fusion verbs to the root app."""

    @app.command()
    def fuse(
        rebuild: Annotated[bool, typer.Option("--rebuild", help="Recompute every incident from scratch.")] = False,
        db: DbOption = None,
    ) -> None:
        """Link new event claims into incidents and refresh tolls and control timelines.

        Incremental by default: only claims not yet linked (or superseded by a re-extraction) are
        processed, with the stored incidents they may change (not those a reviewer decided on).
        Reviewers' decisions are re-applied either way.
        """
        from observatory.fuse.incidents import rebuild_incidents, update_incidents
        from observatory.store.db import session_scope

        with session_scope(open_store(db)) as session:
            stats = rebuild_incidents(session) if rebuild else update_incidents(session)
        typer.echo(
            f"{stats.documents} documents, {stats.claims_linked} event claims linked, "
            f"{stats.reports_linked} reports without events linked, "
            f"{stats.incidents_created} new incidents, {stats.incidents_touched} incidents updated "
            f"({stats.incidents_reopened} re-settled with the new reports), "
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

        start, end = parse_period(date_from, date_to)
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
            bound += " (days held by a tally)" if row.held_by else ""
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

        day = parse_day(at, "--at")
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


def _n(value: int | None) -> str:
    return "" if value is None else str(value)
