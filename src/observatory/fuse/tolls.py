"""Tolls over many incidents: deaths by actor, category or governorate per day, week or month.

The per-incident figures come from ``toll_rules`` (stored in ``incident_tolls``); this
module adds incidents up per period and key.  Rows never add subsets to their parents:
by governorate only the sides that are no subset of another are added; by actor and by
category every side counts for itself (Hezbollah's dead also count within the
pro-government total, so never add rows of different keys).  Running totals over many
days (round-ups, attached to an incident or standing alone in a report) bound the
period they fall in instead of adding to it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from observatory.fuse.toll_rules import AGGREGATE_DAYS, By, PeriodName, TollPart, TollRow, add_up
from observatory.store.queries import current_runs
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentToll

__all__ = ["TollRow", "compute_tolls"]


def compute_tolls(
    session: Session,
    by: By = "actor",
    period: PeriodName = "month",
    date_from: date | None = None,
    date_to: date | None = None,
    status: str = "killed",
) -> list[TollRow]:
    """Deaths (or another ``status``) per period and key, with the incidents and claims behind them."""
    if by not in ("actor", "category", "governorate"):
        raise ValueError(f"unknown grouping {by!r}; expected actor, category or governorate")
    if period not in ("day", "week", "month"):
        raise ValueError(f"unknown period {period!r}; expected day, week or month")
    parts = _incident_parts(session, by, date_from, date_to, status)
    if by != "governorate":
        parts += _standalone_totals(session, by, date_from, date_to, status)
    return add_up(parts, period)


def _incident_parts(
    session: Session, by: str, date_from: date | None, date_to: date | None, status: str
) -> list[TollPart]:
    query = (
        select(IncidentToll, Incident.admin1)
        .join(Incident, Incident.id == IncidentToll.incident_id)
        .where(IncidentToll.status == status, Incident.date_start.is_not(None))
    )
    if date_from:
        query = query.where(Incident.date_start >= date_from)
    if date_to:
        query = query.where(Incident.date_start <= date_to)
    if by == "governorate":
        query = query.where(IncidentToll.subset_of.is_(None))
    parts = []
    for toll, admin1 in session.execute(query):
        key = {"actor": toll.actor, "category": toll.category, "governorate": admin1}[by]
        parts.append(
            TollPart(
                key=key, day=toll.date_start, end=toll.date_end or toll.date_start, low=toll.low, best=toll.best,
                high=toll.high, documents=frozenset(toll.document_ids), incident=toll.incident_id,
                claim_ids=tuple(toll.claim_ids), aggregate=toll.aggregate,
            )
        )
    return parts


def _standalone_totals(
    session: Session, by: str, date_from: date | None, date_to: date | None, status: str
) -> list[TollPart]:
    """Running totals over stated periods that no incident took (a monthly round-up's "in all")."""
    runs = current_runs().subquery()
    query = (
        select(CasualtyClaimRow)
        .join(runs, CasualtyClaimRow.run_id == runs.c.run_id)
        .outerjoin(IncidentCasualty, IncidentCasualty.casualty_claim_id == CasualtyClaimRow.id)
        .where(
            IncidentCasualty.id.is_(None),
            CasualtyClaimRow.status == status,
            CasualtyClaimRow.scope == "cumulative",
            and_(CasualtyClaimRow.period_start.is_not(None), CasualtyClaimRow.period_end.is_not(None)),
        )
    )
    if date_from:
        query = query.where(CasualtyClaimRow.period_start >= date_from)
    if date_to:
        query = query.where(CasualtyClaimRow.period_start <= date_to)
    parts = []
    for claim in session.scalars(query):
        if (claim.period_end - claim.period_start).days + 1 <= AGGREGATE_DAYS:
            continue
        figure = claim.value if claim.value is not None else claim.low
        parts.append(
            TollPart(
                key=claim.actor if by == "actor" else claim.category, day=claim.period_start, end=claim.period_end,
                low=claim.low if claim.low is not None else figure, best=figure,
                high=max(f for f in (claim.value, claim.low, claim.high, 0) if f is not None),
                documents=frozenset({claim.document_id}), incident=None, claim_ids=(claim.id,), aggregate=True,
            )
        )
    return parts
