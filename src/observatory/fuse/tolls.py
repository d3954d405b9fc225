"""Tolls over many incidents: deaths by actor, category or governorate per day, week or month.

The per-incident figures come from ``toll_rules`` (stored in ``incident_tolls``); this
module adds incidents up per period and key.  Rows never add subsets to their parents:
by governorate only the sides that are no subset of another are added; by actor and by
category every side counts for itself (Hezbollah's dead also count within the
pro-government total, so never add rows of different keys).  Running totals over many
days (round-ups, attached to an incident or standing alone in a report) bound the
period they state instead of adding to it (``toll_rules.add_up``).

A query over years covers tens of thousands of incident sides, so the database adds
them up: one row per period and key, with the incident, claim and document ids behind
it joined into one string each (decoded all at once, not once per side).  Only the
round-ups, which are few and do not add, are read one by one.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Date, DateTime, Select, SQLColumnExpression, Text, cast, func, literal, or_, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from observatory.fuse.tally_bounds import HeldSide, held_sides
from observatory.fuse.toll_rules import (
    AGGREGATE_DAYS, By, HeldPart, PeriodName, PeriodSum, RoundUp, TollRow, add_up, stated_period,
)
from observatory.fuse.store_io import chunks
from observatory.store.queries import current_runs
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport, IncidentToll

__all__ = ["DeathTotal", "TollRow", "compute_tolls", "deaths_total", "incidents_of_documents", "side_totals"]


@dataclass(frozen=True)
class DeathTotal:
    """How many incidents and how many dead they add up to (low, best, high)."""

    incidents: int
    low: int
    best: int
    high: int


Column = SQLColumnExpression[Any]
"""A column or ORM attribute: the helpers below take either."""


def deaths_total(
    session: Session,
    date_from: date | None = None,
    date_to: date | None = None,
    incident_ids: Collection[int] | None = None,
    country: str | None = None,
) -> DeathTotal:
    """The dead of the incidents starting within the dates (or of ``incident_ids``), in
    ``country`` when one is given (unplaced incidents count there too).

    Every surface that shows a death total (run summary, dashboard) reads it here, from
    the incidents' own low/best/high (``toll_rules.incident_deaths``): reports of one
    incident are never added to each other, whichever outlet told them, and the dead a
    multi-day tally already counts of the one-day incidents inside it are taken off the
    tally's incident (``tally_bounds``).  An incident told only vaguely ("dozens killed") has a low
    but no best; it adds its low to the best total too, so the total's best is never below
    its low (as in ``toll_rules.add_up``).
    """
    query = select(
        func.count(Incident.id), func.coalesce(func.sum(Incident.deaths_low), 0),
        func.coalesce(func.sum(counted_deaths()), 0),
        func.coalesce(func.sum(Incident.deaths_high), 0),
    )
    if date_from:
        query = query.where(Incident.date_start >= date_from)
    if date_to:
        query = query.where(Incident.date_start <= date_to)
    if country:
        query = query.where(or_(Incident.country == country, Incident.country.is_(None)))
    held = held_sides(session, date_from, date_to, incident_ids, country)
    total = DeathTotal(0, -sum(h.low for h in held), -sum(h.best for h in held), -sum(h.high for h in held))
    batches = [query] if incident_ids is None else [
        query.where(Incident.id.in_(batch)) for batch in chunks(sorted(incident_ids))]
    for batch_query in batches:
        part = DeathTotal(*(int(value) for value in session.execute(batch_query).one()))
        total = DeathTotal(total.incidents + part.incidents, total.low + part.low, total.best + part.best,
                           total.high + part.high)
    return total


def counted_deaths() -> ColumnElement:
    """An incident's dead as totals, filters and sorts count them: its best, else (told only
    vaguely, "dozens killed") its low — so a list filtered on "at least 30 dead" or sorted by
    deaths shows the incidents the dashboard's total counts, as it counts them."""
    return func.coalesce(Incident.deaths_best, Incident.deaths_low)


def counted_best() -> ColumnElement:
    """A side's figure as totals add it: its best, else (told only vaguely, "dozens
    killed") its low — the one reading of ``deaths_total``, the rows of ``compute_tolls``
    and the run summary's sides, so that they add up to the same dead."""
    return func.coalesce(IncidentToll.best, IncidentToll.low)


def side_totals(
    session: Session, incident_ids: Collection[int], statuses: tuple[str, ...] = ("killed", "injured")
) -> dict[tuple[str, str], int]:
    """Best figures per (actor, else category; status) over these incidents' sides.

    Per incident the sides are chosen as ``toll_rules.incident_deaths`` chooses them: no
    subset of another side ("including 6 children") and no round-up; a side told only
    vaguely ("dozens of fighters") adds its low; the dead a tally counts again are taken
    off its own side (``tally_bounds``).  So the killed rows add up to the incidents'
    deaths (``deaths_total``).
    """
    key = func.coalesce(IncidentToll.actor, IncidentToll.category)
    totals: dict[tuple[str, str], int] = defaultdict(int)
    for batch in chunks(sorted(incident_ids)):
        query = select(key, IncidentToll.status, counted_best())
        query = query.where(
            IncidentToll.incident_id.in_(batch), IncidentToll.status.in_(statuses),
            IncidentToll.subset_of.is_(None), counted_best().is_not(None), IncidentToll.aggregate.is_(False),
        )
        for name, status, best in session.execute(query):
            totals[(name or "unknown", status)] += best or 0  # never None: the query keeps figures only
    if "killed" in statuses:
        for held in held_sides(session, incident_ids=incident_ids):
            totals[(held.actor or held.category or "unknown", "killed")] -= held.best
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def incidents_of_documents(session: Session, document_ids: Collection[int]) -> set[int]:
    """The incidents these documents' claims or report members belong to."""
    found: set[int] = set()
    for batch in chunks(sorted(set(document_ids))):
        found |= set(session.scalars(select(IncidentLink.incident_id).where(IncidentLink.document_id.in_(batch))))
        found |= set(
            session.scalars(
                select(IncidentReport.incident_id).where(
                    IncidentReport.document_id.in_(batch), IncidentReport.incident_id.is_not(None)
                )
            )
        )
        found |= set(
            session.scalars(
                select(IncidentCasualty.incident_id)
                .join(CasualtyClaimRow, CasualtyClaimRow.id == IncidentCasualty.casualty_claim_id)
                .where(CasualtyClaimRow.document_id.in_(batch))
            )
        )
    return found


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
    sums = _period_sums(session, by, period, date_from, date_to, status)
    round_ups = _incident_round_ups(session, by, date_from, date_to, status)
    if by != "governorate":
        round_ups += _standalone_totals(session, by, date_from, date_to, status)
    held = [_held_part(side, by) for side in held_sides(session, date_from, date_to)] if status == "killed" else []
    return add_up(sums, round_ups, period, held)


def _held_part(side: HeldSide, by: str) -> HeldPart:
    """What a tally's side counts again, as the row of the tally's incident sees it."""
    key = {"actor": side.actor, "category": side.category, "governorate": side.admin1}[by]
    return HeldPart(side.day, key, side.low, side.best, side.high, side.tally)


def _sides(by: str, date_from: date | None, date_to: date | None, status: str, *columns: Column) -> Select:
    """Incident sides of one status whose incident starts within the dates (by governorate: no subsets).

    A side carries its incident's dates (``fuse.incident_summary`` writes them together), so only
    the governorate needs the ``incidents`` table.
    """
    query = select(*columns).where(IncidentToll.status == status, IncidentToll.date_start.is_not(None))
    if date_from:
        query = query.where(IncidentToll.date_start >= date_from)
    if date_to:
        query = query.where(IncidentToll.date_start <= date_to)
    if by == "governorate":
        query = query.join_from(IncidentToll, Incident, Incident.id == IncidentToll.incident_id)
        query = query.where(IncidentToll.subset_of.is_(None))
    return query


def _key(by: str) -> Column:
    return {"actor": IncidentToll.actor, "category": IncidentToll.category, "governorate": Incident.admin1}[by]


def _period_sums(
    session: Session, by: str, period: PeriodName, date_from: date | None, date_to: date | None, status: str
) -> list[PeriodSum]:
    """The sides that are no round-up, added up per period and key by the database (a side
    told only vaguely adds its low to the best, as in ``deaths_total``)."""
    period_column = _period_start_sql(IncidentToll.date_start, period, session.get_bind().dialect.name)
    key_column = _key(by)
    query = _sides(
        by, date_from, date_to, status,
        period_column, key_column,
        func.sum(IncidentToll.low), func.sum(counted_best()), func.sum(IncidentToll.high),
        _joined(IncidentToll.incident_id), _joined(IncidentToll.claim_ids), _joined(IncidentToll.document_ids),
    ).where(IncidentToll.aggregate.is_(False)).group_by(period_column, key_column)
    rows = session.execute(query).all()
    # One JSON document of three flat lists per row: decoding a few long lists in one call is
    # far faster than a short list per incident side.
    ids = json.loads("[" + ",".join(f"[{row[5]}],[{_flat(row[6])}],[{_flat(row[7])}]" for row in rows) + "]")
    return [
        PeriodSum(start, key, low, best, high, incidents=incidents, claim_ids=claims, documents=documents)
        for (start, key, low, best, high, *_), incidents, claims, documents in zip(
            rows, ids[0::3], ids[1::3], ids[2::3]
        )
    ]


def _period_start_sql(day: Column, period: PeriodName, dialect: str) -> Column:
    """The first day of the period containing ``day``, computed by the database (weeks start on Monday)."""
    if period == "day":
        return day
    if dialect == "postgresql":
        unit = literal(period, literal_execute=True)  # inline, so GROUP BY repeats the same expression
        return cast(func.date_trunc(unit, cast(day, DateTime)), Date)
    if dialect == "sqlite":
        # "weekday 0" moves to the coming Sunday (or stays on one); six days back is that week's Monday.
        modifiers = ["start of month"] if period == "month" else ["weekday 0", "-6 days"]
        return type_coerce(func.date(day, *(literal(m, literal_execute=True) for m in modifiers)), Date)
    raise NotImplementedError(f"tolls per {period} are not implemented for {dialect}")


def _joined(column: Column) -> ColumnElement:
    """All values of a group as one comma-separated string ("3,4"; JSON arrays: "[3, 4],[5]").

    Empty arrays are left out, so that once their brackets are dropped (``_flat``) a
    group's ids read as one flat list.
    """
    return func.aggregate_strings(func.nullif(cast(column, Text), "[]"), ",")


def _flat(joined: str | None) -> str:
    """``_joined`` output of JSON arrays as a flat list ("[3, 4],[5]" -> "3, 4,5")."""
    return joined.replace("[", "").replace("]", "") if joined else ""


def _incident_round_ups(
    session: Session, by: str, date_from: date | None, date_to: date | None, status: str
) -> list[RoundUp]:
    """Incident sides that are running totals over many days: they bound a period instead of adding.

    Each bounds the period its claims state (``toll_rules.stated_period``), so the dates
    select it by that period's start, as they select a standalone total, not by the day
    of the incident that told it.
    """
    query = _sides(
        by, None, None, status,
        _key(by), IncidentToll.low, IncidentToll.best, IncidentToll.high, IncidentToll.document_ids,
        IncidentToll.incident_id, IncidentToll.claim_ids,
    ).where(IncidentToll.aggregate.is_(True))
    sides = session.execute(query).all()
    periods = _claim_periods(session, {claim for *_, claim_ids in sides for claim in claim_ids})
    round_ups = []
    for key, low, best, high, documents, incident, claim_ids in sides:
        stated = stated_period(periods.get(claim, (None, None)) for claim in claim_ids)
        if stated is None or (date_from and stated[0] < date_from) or (date_to and stated[0] > date_to):
            continue  # a total over no stated period bounds none (``toll_rules.add_up``)
        start, end = stated
        round_ups.append(RoundUp(
            key=key, start=start, end=end, low=low, best=best, high=high, documents=frozenset(documents),
            incident=incident, claim_ids=tuple(claim_ids),
        ))
    return round_ups


def _claim_periods(session: Session, claim_ids: Collection[int]) -> dict[int, tuple[date | None, date | None]]:
    """The period each casualty claim states (None, None when it states none; a claim not found states none)."""
    periods: dict[int, tuple[date | None, date | None]] = {}
    for batch in chunks(sorted(claim_ids)):
        query = select(CasualtyClaimRow.id, CasualtyClaimRow.period_start, CasualtyClaimRow.period_end)
        periods.update((claim, (start, end)) for claim, start, end in session.execute(query.where(
            CasualtyClaimRow.id.in_(batch))))
    return periods


def _standalone_totals(
    session: Session, by: str, date_from: date | None, date_to: date | None, status: str
) -> list[RoundUp]:
    """Running totals over stated periods that no incident took (a monthly round-up's "in all")."""
    runs = current_runs().subquery()
    claim = CasualtyClaimRow
    query = (
        select(
            claim.id, claim.document_id, claim.actor if by == "actor" else claim.category,
            claim.period_start, claim.period_end, claim.value, claim.low, claim.high,
        )
        .join(runs, claim.run_id == runs.c.run_id)
        .outerjoin(IncidentCasualty, IncidentCasualty.casualty_claim_id == claim.id)
        .where(
            IncidentCasualty.id.is_(None),
            claim.status == status,
            claim.scope == "cumulative",
            claim.period_start.is_not(None),
            claim.period_end.is_not(None),
        )
    )
    if date_from:
        query = query.where(claim.period_start >= date_from)
    if date_to:
        query = query.where(claim.period_start <= date_to)
    return [
        _standalone_total(claim_id, document_id, key, start, end, value, low, high)
        for claim_id, document_id, key, start, end, value, low, high in session.execute(query)
        if start is not None and end is not None and (end - start).days + 1 > AGGREGATE_DAYS
    ]


def _standalone_total(
    claim_id: int, document_id: int, key: str | None, start: date, end: date,
    value: int | None, low: int | None, high: int | None,
) -> RoundUp:
    figure = value if value is not None else low
    return RoundUp(
        key=key, start=start, end=end, low=low if low is not None else figure, best=figure,
        high=max(f for f in (value, low, high, 0) if f is not None), documents=frozenset({document_id}), incident=None,
        claim_ids=(claim_id,),
    )
