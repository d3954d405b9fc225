"""A multi-day tally and the one-day incidents inside it count once where incidents are added up.

"At least 44 killed in the town since the offensive began on Monday" (told on Thursday)
already holds the 12 a report counted there on Monday and the 9 another counted on
Wednesday.  One of those days may join the tally's incident (``matching.inside_tally``),
but two days cannot both join (complete link keeps two stated days apart), so the other
stays an incident of its own and adding incidents up would count its dead twice.

So, wherever incidents are added up (``fuse.tolls``: the run summary, the dashboard,
``tolls`` and the monthly report), an incident whose killed toll comes from a tally over
a stated period of ``MULTI_DAY_TALLY_DAYS`` to ``AGGREGATE_DAYS`` days holds the one-day
incidents inside that period at its place (``matching.tally_place_holds``: the town, or a
town of the district it names, never a governorate) of a kind it covers
(``matching.tally_covers``) and told by no other named actors.  Together they count
max(tally, the days it holds): the one-day incidents' figures plus the day its own
incident holds.  What adding them would count twice is taken off the one-day incidents'
sides (``HeldSide``), which name the tally that holds them.  A longer total is a round-up
and bounds periods instead (``toll_rules.add_up``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.features import REPORT_TYPE
from observatory.fuse.incident_summary import toll_claim
from observatory.fuse.matching import tally_covers, tally_place_holds
from observatory.fuse.store_io import chunks, document_info
from observatory.fuse.toll_rules import (
    AGGREGATE_DAYS, MULTI_DAY_TALLY_DAYS, TollClaim, adds_to_deaths, incident_deaths, side_tolls,
)
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentToll

__all__ = ["HeldSide", "held_sides"]

Figures = tuple[int, int, int]  # low, best, high
T = TypeVar("T", bound=Any)
_UNKNOWN = "unknown"  # "people": whoever they were
_CIVILIAN_KIN = frozenset({"children", "women"})


@dataclass(frozen=True)
class HeldSide:
    """Dead of one side of a one-day incident that another incident's tally already counts."""

    incident: int
    tally: int
    day: date
    actor: str | None
    category: str
    admin1: str | None
    low: int
    best: int
    high: int


@dataclass(frozen=True)
class _Selection:
    """The incidents a total covers: starting within the dates, of these ids, in this country."""

    date_from: date | None
    date_to: date | None
    incident_ids: frozenset[int] | None
    country: str | None

    def holds(self, incident: Incident) -> bool:
        return self.incident_ids is None or incident.id in self.incident_ids

    def where(self, query: Select[T]) -> Select[T]:
        if self.date_from:
            query = query.where(Incident.date_start >= self.date_from)
        if self.date_to:
            query = query.where(Incident.date_start <= self.date_to)
        if self.country:
            query = query.where(or_(Incident.country == self.country, Incident.country.is_(None)))
        return query


def held_sides(
    session: Session,
    date_from: date | None = None,
    date_to: date | None = None,
    incident_ids: Collection[int] | None = None,
    country: str | None = None,
) -> list[HeldSide]:
    """The killed sides' dead that a tally of another selected incident already counts.

    Both the tally's incident and the one-day incidents it holds must lie in the selection
    (as ``tolls.deaths_total`` selects incidents), or nothing is counted twice.
    """
    selection = _Selection(date_from, date_to, None if incident_ids is None else frozenset(incident_ids), country)
    tallies = _tallies(session, selection)
    if not tallies:
        return []
    incidents = {i.id: i for i in _incidents(session, tallies) if selection.holds(i)}
    order = sorted(incidents.values(), key=lambda i: (-sum(_side_figures(s)[1] for s in tallies[i.id][1]), i.id))
    taken: set[int] = set()
    held: list[HeldSide] = []
    for tally in order:
        (start, end), sides = tallies[tally.id]
        parts = [p for p in _candidates(session, selection, tally, start, end)
                 if p.id not in taken and p.id not in tallies and _held(tally, p)]
        counted = {p.id: _counted_sides(session, p.id, {_kin(s.category) for s in sides}) for p in parts}
        parts = [p for p in parts if counted[p.id]]
        if parts:
            taken.update(p.id for p in parts)
            held += _shares(tally, sides, _days_inside(session, sides), [(p, counted[p.id]) for p in parts])
    return held


def _tallies(session: Session, selection: _Selection) -> dict[int, tuple[tuple[date, date], list[IncidentToll]]]:
    """Incidents with counted killed sides whose figure includes a tally over a multi-day
    event's stated days: the period their tallies state together, and those sides."""
    query = selection.where(
        select(IncidentToll).join(Incident, Incident.id == IncidentToll.incident_id)
        .where(IncidentToll.status == "killed", IncidentToll.subset_of.is_(None), IncidentToll.aggregate.is_(False))
    )
    side_of = {claim: side for side in session.scalars(query) for claim in side.claim_ids}
    spans: dict[int, list[tuple[date, date]]] = defaultdict(list)
    sides: dict[int, dict[int, IncidentToll]] = defaultdict(dict)
    for batch in chunks(sorted(side_of)):
        rows = session.execute(
            select(CasualtyClaimRow.id, CasualtyClaimRow.period_start, CasualtyClaimRow.period_end).where(
                CasualtyClaimRow.id.in_(batch), CasualtyClaimRow.period_start.is_not(None),
                CasualtyClaimRow.period_end.is_not(None))
        )
        for claim, start, end in rows:
            if start is not None and end is not None and MULTI_DAY_TALLY_DAYS <= (end - start).days + 1 <= AGGREGATE_DAYS:
                side = side_of[claim]
                spans[side.incident_id].append((start, end))
                sides[side.incident_id][side.id] = side
    return {incident: ((min(s for s, _ in found), max(e for _, e in found)), list(sides[incident].values()))
            for incident, found in spans.items()}


def _incidents(session: Session, ids: Iterable[int]) -> list[Incident]:
    found: list[Incident] = []
    for batch in chunks(sorted(ids)):
        found += session.scalars(select(Incident).where(Incident.id.in_(batch)))
    return found


def _candidates(session: Session, selection: _Selection, tally: Incident, start: date, end: date) -> list[Incident]:
    """Selected incidents within the tally's period and governorate, in date order."""
    query = selection.where(select(Incident).where(
        Incident.id != tally.id, Incident.date_start >= start, Incident.date_end <= end,
    ))
    if tally.admin1:
        query = query.where(Incident.admin1 == tally.admin1)
    found = [p for p in session.scalars(query) if selection.holds(p)]
    return sorted(found, key=lambda p: (p.date_start, p.id))


def _held(tally: Incident, part: Incident) -> bool:
    """``part`` tells one day (or a publication window) inside the tally at its place, of a
    kind it covers, told by no other named actors (``matching._tally_holds`` for incidents)."""
    if part.date_start is None or part.date_end is None:
        return False
    if (part.date_end - part.date_start).days + 1 >= MULTI_DAY_TALLY_DAYS:
        return False
    if not tally_covers(tally.sub_event_type, part.sub_event_type, tally.sub_event_type == REPORT_TYPE):
        return False
    if tally.actors and part.actors and not set(tally.actors) & set(part.actors):
        return False
    return tally_place_holds(tally, part)


def _kin(category: str) -> str:
    """Children and women counted on a side of their own are civilians as a tally counts them."""
    return "civilians" if category in _CIVILIAN_KIN else category


def _counted_sides(session: Session, incident: int, tallied: set[str]) -> list[IncidentToll]:
    """The part's counted killed sides of dead the tally counts: its categories ("44
    civilians" holds "12 people"; a tally of "people" holds anyone's), largest first — a
    tally of civilians holds no fighters killed that day."""
    sides = [s for s in session.scalars(select(IncidentToll).where(
        IncidentToll.incident_id == incident, IncidentToll.status == "killed")) if adds_to_deaths(s)]
    kept = [s for s in sides if _UNKNOWN in tallied or _kin(s.category) in tallied | {_UNKNOWN}]
    return sorted(kept, key=lambda s: (-_side_figures(s)[1], s.id))


def _days_inside(session: Session, sides: list[IncidentToll]) -> Figures:
    """What the tally's sides count without their tallies: the day of them that joined."""
    claims = _toll_claims(session, {claim for side in sides for claim in side.claim_ids})
    one_day = [c for c in claims if c.covers_days < MULTI_DAY_TALLY_DAYS]
    return _figures(*incident_deaths(side_tolls(one_day)))


def _toll_claims(session: Session, claim_ids: Collection[int]) -> list[TollClaim]:
    """The claims as toll rules read them (reviewers' rejections are already out of a side's claims)."""
    rows = [row for batch in chunks(sorted(claim_ids))
            for row in session.scalars(select(CasualtyClaimRow).where(CasualtyClaimRow.id.in_(batch)))]
    vias = {claim: via for batch in chunks(sorted(claim_ids)) for claim, via in session.execute(
        select(IncidentCasualty.casualty_claim_id, IncidentCasualty.via).where(
            IncidentCasualty.casualty_claim_id.in_(batch)))}
    infos = document_info(session, {row.document_id for row in rows})
    claims = []
    for row in rows:
        info = infos.get(row.document_id)
        claims.append(toll_claim(row, vias.get(row.id, "event"), info.published if info else None, None,
                                 source=info.source if info else None))
    return claims


def _figures(low: int | None, best: int | None, high: int | None) -> Figures:
    """Figures as totals add them (``tolls.deaths_total``): a side without a best adds its low."""
    return (low or 0, best if best is not None else (low or 0), high or 0)


def _side_figures(side: IncidentToll) -> Figures:
    return _figures(side.low, side.best, side.high)


def _shares(
    tally: Incident, sides: list[IncidentToll], inside: Figures, parts: list[tuple[Incident, list[IncidentToll]]],
) -> list[HeldSide]:
    """Take off the parts what the tally already counts: together they count
    max(tally, the day its incident holds + the parts), figure by figure, the parts' sides
    largest first.  A side's low goes with its best, so that what is left of it never has a
    low above its best (a row's best is raised to its low, which would count the day again)."""
    total = [sum(_side_figures(s)[i] for s in sides) for i in range(3)]
    figures = [_side_figures(s) for _, part_sides in parts for s in part_sides]
    excess = [max(0, min(sum(f[i] for f in figures), total[i] - inside[i])) for i in range(3)]
    held = []
    for part, part_sides in parts:
        for side in part_sides:
            figure = _side_figures(side)
            taken = [min(excess[i], figure[i]) for i in range(3)]
            taken[0] = max(taken[0], figure[0] - (figure[1] - taken[1]))
            excess = [max(0, excess[i] - taken[i]) for i in range(3)]
            if any(taken) and part.date_start is not None:
                held.append(HeldSide(part.id, tally.id, part.date_start, side.actor, side.category, part.admin1,
                                     *taken))
    return held
