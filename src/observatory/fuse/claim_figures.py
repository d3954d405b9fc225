"""The casualty figures each stored event claim was reported with, for matching.

Figures of the same run travel with the event they were extracted for; a report with a
single event lends that event its unattached figures too (a headline such as "Car bomb
kills at least 60 in Azaz" ties the toll to its only event), and a report without events
lends its report member all of them.  Rejected casualty claims
are left out, and a reviewer's corrected count replaces the extracted one.  The loose range
a report's figures are all dated by ("355 died last week": ``features.toll_period``) travels
too: it dates the events the report gave no day (a toll is told beside one of them, and the
others the report names with it are of the same days as often as of its publication day).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from typing import NamedTuple

from observatory.fuse.features import DaySpan, figure, toll_period
from observatory.fuse.review import ReviewState, casualty_claim_ref
from observatory.fuse.store_io import chunks, current_claims_of
from observatory.store.tables.core import CasualtyClaimRow, EventClaim

Figures = frozenset[tuple[str, int]]


class Told(NamedTuple):
    """What a report tells with one event: its figures and the loose range they are dated by."""

    figures: Figures
    period: DaySpan | None


def figures_by_claim(session: Session, claims: Sequence[EventClaim], state: ReviewState) -> dict[int, Told]:
    """Event claim id -> the (status, count) figures told with it, and their loose range."""
    rows: dict[int, list[CasualtyClaimRow]] = defaultdict(list)
    for row in current_claims_of(session, "casualty", sorted({claim.document_id for claim in claims})):
        if casualty_claim_ref(row) not in state.rejected:
            rows[row.run_id].append(row)
    events_per_run = _events_per_run(session, {claim.run_id for claim in claims})
    told = {}
    for claim in claims:
        event = None if events_per_run.get(claim.run_id) == 1 else claim.local_id
        told[claim.id] = Told(_figures(rows[claim.run_id], event, state), _period(rows[claim.run_id]))
    return told


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


def _period(rows: list[CasualtyClaimRow]) -> DaySpan | None:
    """``features.toll_period`` of a report's figures: when all its dated tolls tell one week,
    its undated events are that week's."""
    return toll_period((row.status, _iso(row.period_start), _iso(row.period_end), row.scope) for row in rows)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


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
