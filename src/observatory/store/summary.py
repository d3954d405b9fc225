"""What a batch of documents says, in numbers an analyst checks first.

Counting follows the extraction contract so totals are not inflated: a claim that is a
subset of another (``parent`` set) is never added, and a document's cumulative running
totals are left out when the same document also gives incident counts for that status.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from observatory.store.claims import current_claims
from observatory.store.tables.core import CasualtyClaimRow

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
    events_by_type: dict[tuple[str, str], int]
    tolls: dict[tuple[str, str], int]  # (actor, status) -> people
    control_changes: list[ControlLine]
    unresolved_places: list[str]


def summarise(session: Session, document_ids: Sequence[int]) -> RunSummary:
    """Counts over the current claims of ``document_ids``."""
    events = current_claims(session, "event", document_ids)
    casualties = current_claims(session, "casualty", document_ids)
    controls = current_claims(session, "control", document_ids)
    unresolved = {e.place_name for e in events if e.place_name and e.lat is None}
    unresolved |= {c.place_name for c in controls if c.lat is None}
    return RunSummary(
        documents=len(set(document_ids)),
        events_by_type=dict(Counter((e.event_type, e.sub_event_type) for e in events).most_common()),
        tolls=toll_by_actor(casualties),
        control_changes=[
            ControlLine(c.place_name, c.change, c.gained_by, c.lost_by, c.date_start) for c in controls
        ],
        unresolved_places=sorted(unresolved),
    )


def toll_by_actor(claims: Sequence[CasualtyClaimRow]) -> dict[tuple[str, str], int]:
    """People killed/injured per (actor, status), counting every person once."""
    countable = [c for c in claims if c.status in TOLL_STATUSES and c.parent_local_id is None]
    has_incident = {(c.document_id, c.status) for c in countable if c.scope == "incident"}
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for claim in countable:
        if claim.scope == "cumulative" and (claim.document_id, claim.status) in has_incident:
            continue
        people = claim.value if claim.value is not None else claim.low
        totals[(claim.actor or claim.category or "unknown", claim.status)] += people or 0
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))
