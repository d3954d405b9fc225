"""The casualty figures each stored event claim was reported with, for matching.

Figures of the same run travel with the event they were extracted for; a report with a
single event lends that event its unattached figures too (a headline such as "Car bomb
kills at least 60 in Azaz" ties the toll to its only event), and a report without events
lends its report member all of them.  Rejected casualty claims
are left out, and a reviewer's corrected count replaces the extracted one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.fuse.features import figure
from observatory.fuse.review import ReviewState, casualty_claim_ref
from observatory.fuse.store_io import chunks, current_claims_of
from observatory.store.tables.core import CasualtyClaimRow, EventClaim

Figures = frozenset[tuple[str, int]]


def figures_by_claim(session: Session, claims: Sequence[EventClaim], state: ReviewState) -> dict[int, Figures]:
    """Event claim id -> the (status, count) figures told with it."""
    rows: dict[int, list[CasualtyClaimRow]] = defaultdict(list)
    for row in current_claims_of(session, "casualty", sorted({claim.document_id for claim in claims})):
        if casualty_claim_ref(row) not in state.rejected:
            rows[row.run_id].append(row)
    events_per_run = _events_per_run(session, {claim.run_id for claim in claims})
    return {
        claim.id: _figures(rows[claim.run_id], None if events_per_run.get(claim.run_id) == 1 else claim.local_id, state)
        for claim in claims
    }


def _events_per_run(session: Session, run_ids: set[int]) -> dict[int, int]:
    """How many events each extraction run found (all of them, linked or not)."""
    counts: dict[int, int] = {}
    for batch in chunks(sorted(run_ids)):
        query = select(EventClaim.run_id, func.count()).where(EventClaim.run_id.in_(batch)).group_by(EventClaim.run_id)
        counts.update({run_id: n for run_id, n in session.execute(query)})
    return counts


def _figures(rows: list[CasualtyClaimRow], event_local_id: str | None, state: ReviewState) -> Figures:
    found: set[tuple[str, int]] = set()
    for row in rows:
        if event_local_id is not None and row.event_local_id != event_local_id:
            continue
        fixed = state.corrections.get(casualty_claim_ref(row)) or {}
        count = figure(fixed.get("value", row.value), fixed.get("low", row.low), fixed.get("high", row.high))
        if count is not None:
            found.add((fixed.get("status", row.status), count))
    return frozenset(found)


def report_figures(
    session: Session, document_ids: Sequence[int], state: ReviewState
) -> dict[int, tuple[Figures, frozenset[str]]]:
    """Document id -> every figure its current run gives (an event-less report's toll) and
    the named sides of its killed (``EventFeatures.dead``)."""
    rows: dict[int, list[CasualtyClaimRow]] = defaultdict(list)
    for row in current_claims_of(session, "casualty", sorted(set(document_ids))):
        if casualty_claim_ref(row) not in state.rejected:
            rows[row.document_id].append(row)
    return {document_id: (_figures(rows[document_id], None, state), _dead(rows[document_id], state))
            for document_id in document_ids}


def _dead(rows: list[CasualtyClaimRow], state: ReviewState) -> frozenset[str]:
    found = set()
    for row in rows:
        fixed = state.corrections.get(casualty_claim_ref(row)) or {}
        actor = fixed.get("actor", row.actor)
        if fixed.get("status", row.status) == "killed" and actor:
            found.add(actor)
    return frozenset(found)
