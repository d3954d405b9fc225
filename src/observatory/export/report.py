"""The monthly toll report, in the manner monitoring groups publish theirs.

Totals by category, side and governorate, the deadliest incidents, the control changes
and a chart of deaths per day.  Every figure names the incidents behind it (as links
to the web app's incident pages), so each number can be traced to its reports.  The
report is built once as plain sections and rendered to Markdown or HTML.

A report built with no ``link_base`` stands alone: its links are relative (``#incident-12``)
and lead to a last table listing every incident the figures name, so the saved file
works opened from disk, mailed on or read offline.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.export.chart import svg_bars, text_bars
from observatory.fuse.control import states_between
from observatory.fuse.toll_rules import TollRow, period_end
from observatory.fuse.tolls import DeathTotal, compute_tolls, counted_deaths, deaths_total
from observatory.store.tables.fusion import Incident

TOP_INCIDENTS = 10
LINKED_INCIDENTS = 12  # incident links listed per figure before "and N more"
INCIDENT_ANCHOR = "incident-"  # a standalone report's row id of incident N is incident-N


@dataclass(frozen=True)
class Link:
    text: str
    href: str


Cell = str | int | None | Link | list[Link]


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""
    anchors: list[str] = field(default_factory=list)  # an id for each row, where links lead to rows


@dataclass
class Report:
    title: str
    intro: list[str]
    tables: list[Table]
    daily: list[tuple[date, int]]


def month_range(month: str) -> tuple[date, date]:
    """``2017-09`` -> (2017-09-01, 2017-09-30)."""
    try:
        start = date.fromisoformat(f"{month}-01")
    except ValueError as error:
        raise ValueError(f"--month must look like 2017-09, not {month!r}") from error
    return start, period_end(start, "month")


def build_report(session: Session, month: str, link_base: str | None = "/incidents/") -> Report:
    """The month's report; incident links are ``link_base`` + id, or with ``link_base``
    None relative links to the report's own table of incidents."""
    start, end = month_range(month)
    label = start.strftime("%B %Y")
    named: set[int] = set()

    def links(ids: list[int]) -> list[Link]:
        if link_base is None:
            named.update(ids)
            shown = [Link(f"#{i}", f"#{INCIDENT_ANCHOR}{i}") for i in ids[:LINKED_INCIDENTS]]
        else:
            shown = [Link(f"#{i}", f"{link_base}{i}") for i in ids[:LINKED_INCIDENTS]]
        if len(ids) > LINKED_INCIDENTS:
            more = f"and {len(ids) - LINKED_INCIDENTS} more"
            shown.append(Link(more, "#incidents" if link_base is None
                              else f"{link_base}?date_from={start}&date_to={end}"))
        return shown

    by = {name: compute_tolls(session, by=name, period="month", date_from=start, date_to=end)
          for name in ("category", "actor", "governorate")}
    total, bounded = deaths_total(session, start, end), _sum_rows(by["governorate"])
    incidents = list(
        session.scalars(
            select(Incident).where(Incident.date_start >= start, Incident.date_start <= end)
            .order_by(counted_deaths().desc().nulls_last(), Incident.id).limit(TOP_INCIDENTS)
        )
    )
    intro = [
        f"Killed in {label}: {total.best} (low {total.low}, high {total.high}) in {total.incidents} incidents. "
        "Figures from several reports of one incident are never added (the latest, most specific figure "
        "counts); round-up totals bound the month instead of adding to it." + _bounded_note(bounded, total),
    ]
    tables = [
        _toll_table("By category", "category", by["category"], links),
        _toll_table("By side", "actor", by["actor"], links,
                    "Sides overlap where one is a subset of another (Hezbollah within pro-government "
                    "forces): do not add rows."),
        _toll_table("By governorate", "governorate", by["governorate"], links),
        _top_table(incidents, links),
        _control_table(session, start, end),
    ]
    if link_base is None:
        tables.append(_named_table(session, sorted(named)))
    return Report(f"Monthly toll report: {label}", intro, tables, _daily(session, start, end))


def _sum_rows(rows: list[TollRow]) -> tuple[int, int, int, list[int]]:
    """Low, best and high of the rows added up, and the round-up claims that raised them."""
    claims = sorted({c for row in rows for c in row.bounded_by})
    return sum(r.low or 0 for r in rows), sum(r.best or 0 for r in rows), sum(r.high or 0 for r in rows), claims


def _bounded_note(rows: tuple[int, int, int, list[int]], total: DeathTotal) -> str:
    """The headline is the incidents' dead, as the dashboard and the run summary count them;
    where round-ups state more dead than the incidents hold, the tables below are raised
    to them, and the note says by how much and which claims did it."""
    low, best, high, claims = rows
    if best <= total.best:
        return ""
    return (f" Round-up totals state more dead than the month's incidents hold (claim(s) "
            f"{', '.join(map(str, claims))}): with them, as in the tables below, {best} (low {low}, high {high}).")


def _toll_table(title: str, key: str, rows: list[TollRow], links, note: str = "") -> Table:
    table = Table(title, [key, "low", "best", "high", "reports", "incidents"], note=note)
    for row in sorted(rows, key=lambda r: -(r.best or 0)):
        shown = links(row.incidents)
        if row.bounded_by:
            note_text = f"round-up claim(s) {', '.join(map(str, row.bounded_by))}"
            shown = [*shown, Link(note_text, "")]
        if row.held_by:
            shown = [*shown, Link(f"days held by the tally of incident(s) {', '.join(map(str, row.held_by))}", "")]
        table.rows.append([row.key or "unknown", row.low, row.best, row.high, row.sources, shown])
    return table


def _killed(incident: Incident) -> str:
    """An incident's dead as the tables print them: best (low–high); an incident told only
    vaguely ("dozens killed") shows its low bound, as the report's totals count it, not a dash."""
    if incident.deaths_best is not None:
        return f"{incident.deaths_best} ({incident.deaths_low}–{incident.deaths_high})"
    if incident.deaths_low is not None:
        return f"≥{incident.deaths_low}"
    return "–"


def _top_table(incidents: list[Incident], links) -> Table:
    header = ["incident", "date", "place", "type", "actors", "killed (low–high)", "reports"]
    table = Table("Deadliest incidents", header)
    for incident in incidents:
        killed = _killed(incident)
        table.rows.append([
            links([incident.id]), incident.date_start.isoformat() if incident.date_start else "",
            ", ".join(filter(None, (incident.place_name, incident.admin1))), incident.sub_event_type,
            ", ".join(incident.actors[:4]), killed, incident.n_sources,
        ])
    return table


def _named_table(session: Session, ids: list[int]) -> Table:
    """Every incident the report's figures name, one row each, for a report that must
    stand alone (its links lead here instead of to a server)."""
    header = ["incident", "date", "place", "type", "killed (low–high)", "reports"]
    table = Table("Incidents", header, note="Every incident the figures above name.")
    found = {row.id: row for i in range(0, len(ids), 500)
             for row in session.scalars(select(Incident).where(Incident.id.in_(ids[i:i + 500])))}
    for incident_id in ids:
        incident = found.get(incident_id)
        if incident is None:
            continue
        killed = _killed(incident)
        table.rows.append([
            f"#{incident.id}", incident.date_start.isoformat() if incident.date_start else "",
            ", ".join(filter(None, (incident.place_name, incident.admin1))), incident.sub_event_type, killed,
            incident.n_sources,
        ])
        table.anchors.append(f"{INCIDENT_ANCHOR}{incident.id}")
    return table


def _control_table(session: Session, start: date, end: date) -> Table:
    table = Table("Control changes", ["place", "from", "state", "held by", "disputed", "claims"])
    for state in states_between(session, start, end):
        if state.date_start < start:
            continue
        table.rows.append([
            state.place_name, state.date_start.isoformat(), state.status, state.actor or "",
            "yes" if state.disputed else "", ", ".join(map(str, state.claim_ids)),
        ])
    return table


def _daily(session: Session, start: date, end: date) -> list[tuple[date, int]]:
    per_day: dict[date, int] = defaultdict(int)
    for row in compute_tolls(session, by="governorate", period="day", date_from=start, date_to=end):
        per_day[date.fromisoformat(row.period)] += row.best or 0
    days = [start + timedelta(days=offset) for offset in range((end - start).days + 1)]
    return [(day, per_day.get(day, 0)) for day in days]


# --- rendering -------------------------------------------------------------------------

def render_markdown(report: Report, chart_file: str | None = None) -> str:
    """Markdown; the chart is an SVG file beside the report when ``chart_file`` is given, else text bars."""
    parts = [f"# {report.title}", "", *report.intro, "", "## Deaths per day", ""]
    if chart_file:
        parts += [f"![Deaths per day]({chart_file})", ""]
    else:
        parts += ["```", text_bars(report.daily), "```", ""]
    for table in report.tables:
        parts += [f"## {table.title}", ""]
        if table.note:
            parts += [table.note, ""]
        if not table.rows:
            parts += ["None reported.", ""]
            continue
        parts.append("| " + " | ".join(table.header) + " |")
        parts.append("|" + "---|" * len(table.header))
        parts += ["| " + " | ".join(_md_cell(cell) for cell in row) + " |" for row in table.rows]
        parts.append("")
    return "\n".join(parts)


def _md_cell(cell: Cell) -> str:
    if isinstance(cell, list):
        return ", ".join(_md_cell(link) for link in cell)
    if isinstance(cell, Link):
        return f"[{cell.text}]({cell.href})" if cell.href else cell.text
    return "" if cell is None else str(cell).replace("|", "\\|")


def render_html(report: Report) -> str:
    """A standalone HTML page with the chart inline."""
    body = [f"<h1>{escape(report.title)}</h1>", *(f"<p>{escape(p)}</p>" for p in report.intro)]
    body += ["<h2>Deaths per day</h2>", svg_bars(report.daily, "Killed per day")]
    for table in report.tables:
        section = ' id="incidents"' if table.anchors else ""
        body.append(f"<h2{section}>{escape(table.title)}</h2>")
        if table.note:
            body.append(f"<p>{escape(table.note)}</p>")
        if not table.rows:
            body.append("<p>None reported.</p>")
            continue
        head = "".join(f"<th>{escape(h)}</th>" for h in table.header)
        anchors = table.anchors or [""] * len(table.rows)
        rows = "".join(
            (f'<tr id="{escape(anchor)}">' if anchor else "<tr>") + "".join(f"<td>{_html_cell(c)}</td>" for c in row)
            + "</tr>" for row, anchor in zip(table.rows, anchors))
        body.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
    style = "body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}" \
            "td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}"
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{escape(report.title)}</title>'
            f"<style>{style}</style></head><body>{''.join(body)}</body></html>\n")


def _html_cell(cell: Cell) -> str:
    if isinstance(cell, list):
        return ", ".join(_html_cell(link) for link in cell)
    if isinstance(cell, Link):
        return f'<a href="{escape(cell.href)}">{escape(cell.text)}</a>' if cell.href else escape(cell.text)
    return "" if cell is None else escape(str(cell))
