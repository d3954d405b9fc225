"""What a batch of documents says, in numbers an analyst checks first.

The summary counts incidents, not claims: the documents' claims are fused first, and
events, deaths and tolls by side are read from the incidents they ended up in, with the
same functions the dashboard and ``observatory tolls`` use (``fuse.tolls``).  One strike
told by three outlets is one event and its dead are counted once, at the incident's best
figure.  Control changes are listed claim by claim (the timeline reconciles them).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.fuse.store_io import chunks
from observatory.fuse.tolls import DeathTotal, deaths_total, incidents_of_documents, side_totals
from observatory.store.claims import current_claims
from observatory.store.tables.fusion import Incident

TOLL_STATUSES = ("killed", "injured")


@dataclass(frozen=True)
class ControlLine:
    place: str
    change: str
    gained_by: str | None
    lost_by: str | None
    date: date | None


@dataclass
class RunSummary:
    documents: int
    incidents: DeathTotal  # incidents the documents are part of, and their dead
    events_by_type: dict[tuple[str, str], int]  # incidents per (event type, sub-event type)
    tolls: dict[tuple[str, str], int]  # (actor, status) -> people, over those incidents
    control_changes: list[ControlLine]
    unresolved_places: list[str]


def summarise(session: Session, document_ids: Sequence[int]) -> RunSummary:
    """Counts over the incidents the current claims of ``document_ids`` belong to."""
    incident_ids = incidents_of_documents(session, document_ids)
    events = current_claims(session, "event", document_ids)
    controls = current_claims(session, "control", document_ids)
    unresolved = {e.place_name for e in events if e.place_name and e.lat is None}
    unresolved |= {c.place_name for c in controls if c.lat is None}
    return RunSummary(
        documents=len(set(document_ids)),
        incidents=deaths_total(session, incident_ids=incident_ids),
        events_by_type=_incidents_by_type(session, incident_ids),
        tolls=side_totals(session, incident_ids, TOLL_STATUSES),
        control_changes=[
            ControlLine(c.place_name, c.change, c.gained_by, c.lost_by, c.date_start) for c in controls
        ],
        unresolved_places=sorted(unresolved),
    )


def _incidents_by_type(session: Session, incident_ids: set[int]) -> dict[tuple[str, str], int]:
    counts: Counter = Counter()
    for batch in chunks(sorted(incident_ids)):
        query = select(Incident.event_type, Incident.sub_event_type).where(Incident.id.in_(batch))
        counts.update(tuple(row) for row in session.execute(query))
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))
