"""Rich views for analysts: one document's claims, and the summary of a run.

Every row shows the words it rests on, so a reader can check a claim against the
report without opening JSON.
"""

from __future__ import annotations

from rich.console import Group as RenderGroup
from rich.console import RenderableType
from rich.table import Table
from rich.text import Text

from observatory.models import DateRange, ExtractionResult, Place
from observatory.store.summary import RunSummary

EVIDENCE_CHARS = 160


def extraction_view(result: ExtractionResult) -> RenderableType:
    """Events, casualties and control changes of one document, each with its evidence."""
    doc = result.document
    heading = Text.assemble(
        (doc.title or doc.id, "bold"), f"  [{doc.id}; {doc.source or 'no source'}; published {doc.published or '?'}]"
    )
    return RenderGroup(heading, _events(result), _casualties(result), _controls(result))


def summary_view(summary: RunSummary) -> RenderableType:
    """The run summary: documents, events by type, tolls by actor, control, unresolved places."""
    total = summary.incidents
    parts: list[RenderableType] = [
        Text(f"{summary.documents} document(s)", style="bold"),
        Text(f"{total.incidents} incident(s), {total.best} killed (low {total.low}, high {total.high})"),
    ]
    events = Table(title="Events by type", caption="incidents: reports of one event count once", title_justify="left",
                   caption_justify="left")
    for name in ("event type", "sub-event type", "incidents"):
        events.add_column(name, justify="right" if name == "incidents" else "left")
    for (event_type, sub_type), count in summary.events_by_type.items():
        events.add_row(event_type, sub_type, str(count))
    tolls = Table(
        title="People killed and injured, by actor",
        caption="per incident, reports never added to each other; subsets never added to their total",
        title_justify="left",
        caption_justify="left",
    )
    for name in ("actor", "killed", "injured"):
        tolls.add_column(name, justify="left" if name == "actor" else "right")
    for actor in dict.fromkeys(actor for actor, _ in summary.tolls):
        tolls.add_row(actor, *(str(summary.tolls.get((actor, s), 0)) for s in ("killed", "injured")))
    control = Table(title="Control changes", title_justify="left")
    for name in ("place", "change", "gained by", "lost by", "date"):
        control.add_column(name)
    for line in summary.control_changes:
        control.add_row(line.place, line.change, line.gained_by or "", line.lost_by or "", _iso(line.date))
    parts += [events, tolls, control]
    unresolved = ", ".join(summary.unresolved_places) or "none"
    parts.append(Text(f"Places not resolved to coordinates: {unresolved}"))
    return RenderGroup(*parts)


def _events(result: ExtractionResult) -> Table:
    table = Table(title="Events", title_justify="left", show_lines=True)
    for name in ("id", "type", "date", "place", "actors", "evidence"):
        table.add_column(name, overflow="fold")
    for event in result.events:
        table.add_row(
            event.id,
            f"{event.event_type}\n{event.sub_event_type}",
            _when(event.date),
            _where(event.location),
            "\n".join(f"{a.name} ({a.type})" for a in event.actors),
            _clip(" … ".join(span.text for span in event.evidence)),
        )
    return table


def _casualties(result: ExtractionResult) -> Table:
    table = Table(title="Casualties", title_justify="left", show_lines=True)
    for name in ("id", "status", "count", "who", "event", "subset of", "scope", "evidence"):
        table.add_column(name, overflow="fold")
    for claim in result.casualties:
        count = claim.count
        figure = "?" if count.value is None else str(count.value)
        table.add_row(
            claim.id,
            claim.status,
            f"{figure} ({count.qualifier})\n“{count.text}”",
            f"{claim.group.actor or '—'} / {claim.group.category}",
            claim.event or "",
            claim.parent or "",
            f"{claim.scope}\nupdate" if claim.update else claim.scope,
            _clip(claim.evidence.text),
        )
    return table


def _controls(result: ExtractionResult) -> Table:
    table = Table(title="Control changes", title_justify="left", show_lines=True)
    for name in ("id", "place", "change", "gained by", "lost by", "date", "evidence"):
        table.add_column(name, overflow="fold")
    for change in result.control_changes:
        table.add_row(
            change.id,
            _where(change.place),
            change.change,
            change.gained_by or "",
            change.lost_by or "",
            _when(change.date),
            _clip(change.evidence.text),
        )
    return table


def _where(place: Place | None) -> str:
    if place is None:
        return ""
    if place.lat is None or place.lon is None:
        return f"{place.name} (unresolved)"
    return f"{place.name}\n{place.admin1 or ''} ({place.lat:.3f}, {place.lon:.3f})"


def _when(when: DateRange | None) -> str:
    if when is None or when.start is None:
        return ""
    return when.start if when.end in (None, when.start) else f"{when.start} – {when.end}"


def _iso(day) -> str:
    return day.isoformat() if day else ""


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= EVIDENCE_CHARS else text[: EVIDENCE_CHARS - 1] + "…"
