"""A multi-day tally and the one-day incidents inside it count once where incidents are added up.

"At least 44 killed in the town since the offensive began on Monday" (told on Thursday)
already holds the 12 a report counted there on Monday and the 9 another counted on
Wednesday.  One of those days may join the tally's incident (``matching.inside_tally``),
but two days cannot both join (complete link keeps two stated days apart), so the other
stays an incident of its own and adding incidents up would count its dead twice.

So, wherever incidents are added up (``fuse.tolls``: the run summary, the dashboard,
``tolls`` and the monthly report), an incident whose killed toll comes from a tally over
a stated period of a multi-day event's days (``toll_rules.multi_day_tally``) holds the one-day
incidents inside that period at its place (``matching.tally_place_holds``: the town, or a
town of the district it names, never a governorate) of a kind it covers
(``matching.tally_covers``) and told by no other named forces (``matching.tally_may_hold``,
the rule reports are linked by).  A tally side holds a part's side of the dead it counts:
a category it holds (``models.category_holds``), and for fighters the same side ("40
soldiers and militiamen" hold the army's allies, no rebels killed by them).  Together they count max(tally, the days it
holds): the one-day incidents' figures plus the day its own incident holds.  What adding
them would count twice is taken off the tally incident's own sides (``HeldSide``): the
one-day incidents keep their dead on their own days, so a month or a week holds the dead
of its own days and a period's figure never depends on the dates a query asks for.  A
longer total is a round-up and bounds periods instead (``toll_rules.add_up``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.features import GENERIC_ACTORS, REPORT_TYPE
from observatory.fuse.incident_summary import toll_claim
from observatory.fuse.review import ReviewState, casualty_claim_ref, load_state
from observatory.fuse.matching import tally_covers, tally_may_hold, tally_place_holds
from observatory.fuse.store_io import chunks, document_info
from observatory.fuse.toll_rules import (
    MULTI_DAY_TALLY_DAYS, TollClaim, adds_to_deaths, incident_deaths, multi_day_tally, side_tolls,
)
from observatory.kb.actors import default_kb
from observatory.models import category_holds
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentToll

__all__ = ["HeldSide", "held_sides"]

Figures = tuple[int, int, int]  # low, best, high
T = TypeVar("T", bound=Any)


@dataclass(frozen=True)
class HeldSide:
    """What a tally incident's killed side counts again of the one-day incidents it holds:
    taken off that side, on the tally incident's day."""

    tally: int
    parts: tuple[int, ...]  # the one-day incidents whose dead it holds
    day: date
    actor: str | None
    category: str
    admin1: str | None
    low: int
    best: int  # as every total adds incidents (``tolls.deaths_total``: a side without a best adds its low)
    high: int


@dataclass(frozen=True)
class _Selection:
    """The incidents a total covers: of these ids, in this country (dates select only where
    the held dead are taken off, never which incidents pair)."""

    incident_ids: frozenset[int] | None
    country: str | None

    def holds(self, incident: Incident) -> bool:
        return self.incident_ids is None or incident.id in self.incident_ids

    def where(self, query: Select[T]) -> Select[T]:
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
    """The dead that tally incidents starting within the dates count again of the one-day
    incidents they hold.

    Tallies and the incidents they hold pair over all dates (of ``incident_ids`` when given,
    both of them), so that a tally across a month's end holds its days in either month.
    """
    selection = _Selection(None if incident_ids is None else frozenset(incident_ids), country)
    return [side for side in _all_held(session, selection)
            if (date_from is None or side.day >= date_from) and (date_to is None or side.day <= date_to)]


def _all_held(session: Session, selection: _Selection) -> list[HeldSide]:
    tallies = _tallies(session, selection)
    if not tallies:
        return []
    incidents = {i.id: i for i in _incidents(session, tallies) if selection.holds(i)}
    state = load_state(session)
    order = sorted(incidents.values(), key=lambda i: (-sum(_side_figures(s)[1] for s in tallies[i.id][2]), i.id))
    taken: set[int] = set()
    held: list[HeldSide] = []
    for tally in order:
        (start, end), days, sides = tallies[tally.id]
        parts = [p for p in _candidates(session, selection, tally, start, end)
                 if p.id not in taken and p.id not in tallies and _held(tally, days, sides, p)]
        counted = _counted_sides(session, sides, parts)
        taken.update(p for found in counted.values() for p, _ in found)
        held += [side for tally_side, found in counted.items() if found
                 for side in _taken_off(session, state, tally, tally_side, found)]
    return held


def _tallies(
    session: Session, selection: _Selection,
) -> dict[int, tuple[tuple[date, date], int, list[IncidentToll]]]:
    """Incidents with counted killed sides whose figure includes a tally over a multi-day
    event's stated days: the period their tallies state together, its days, and those sides."""
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
            if start is not None and end is not None and multi_day_tally((end - start).days + 1):
                side = side_of[claim]
                spans[side.incident_id].append((start, end))
                sides[side.incident_id][side.id] = side
    found = {}
    for incident, stated in spans.items():
        start, end = min(s for s, _ in stated), max(e for _, e in stated)
        ordered = sorted(sides[incident].values(), key=lambda s: (-_side_figures(s)[1], s.id))
        found[incident] = ((start, end), (end - start).days + 1, ordered)
    return found


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


def _held(tally: Incident, days: int, sides: list[IncidentToll], part: Incident) -> bool:
    """``part`` tells one day (or a publication window) inside the tally at its place, of a
    kind it covers, told by no other named forces (``matching.tally_may_hold``, as for
    reports: an event-less tally names only its dead)."""
    if part.date_start is None or part.date_end is None:
        return False
    named = {s.actor for s in sides if s.actor} if tally.sub_event_type == REPORT_TYPE else set(tally.actors)
    if not tally_may_hold(days, (part.date_end - part.date_start).days + 1, named, part.actors):
        return False
    if not tally_covers(tally.sub_event_type, part.sub_event_type, tally.sub_event_type == REPORT_TYPE):
        return False
    return tally_place_holds(tally, part)


def _counted_sides(
    session: Session, sides: list[IncidentToll], parts: list[Incident],
) -> dict[IncidentToll, list[tuple[int, IncidentToll]]]:
    """Each tally side -> the parts' counted killed sides it holds, (part, side) largest
    first; a part's side goes to the first (largest) tally side that holds it."""
    held: dict[IncidentToll, list[tuple[int, IncidentToll]]] = {side: [] for side in sides}
    for part in parts:
        for side in _killed_sides(session, part.id):
            holder = next((t for t in sides if _holds(t, side)), None)
            if holder is not None:
                held[holder].append((part.id, side))
    return {t: sorted(found, key=lambda f: (-_side_figures(f[1])[1], f[1].id)) for t, found in held.items()}


def _killed_sides(session: Session, incident: int) -> list[IncidentToll]:
    return [s for s in session.scalars(select(IncidentToll).where(
        IncidentToll.incident_id == incident, IncidentToll.status == "killed")) if adds_to_deaths(s)]


def _holds(tally: IncidentToll, part: IncidentToll) -> bool:
    """A tally side counts a part side's dead: of a category it holds (``models.category_holds``:
    "44 civilians" hold "12 people"), and fighters of its own side — "40 regime soldiers
    killed since Tuesday" hold the 6 soldiers killed on Wednesday, not the 17 rebels they
    killed; fighters of no named side only in a tally of no named side."""
    if not category_holds(tally.category, part.category):
        return False
    if tally.category != "combatants":
        return True
    return _side(tally.actor) == _side(part.actor)


def _side(actor: str | None) -> str | None:
    """The side whose dead an actor's are: Damascus and its allies are one ("government forces
    and allies", "soldiers and militiamen": ``side`` in ``actors.yaml``), any other named
    force its own, civilians and unidentified gunmen none (None)."""
    if actor is None or actor in GENERIC_ACTORS:
        return None
    return default_kb().camp(actor)


def _days_inside(session: Session, state: ReviewState, side: IncidentToll) -> Figures:
    """What the tally's side counts without its tallies: the day of it that joined."""
    claims = _toll_claims(session, state, side.claim_ids)
    one_day = [c for c in claims if c.covers_days < MULTI_DAY_TALLY_DAYS]
    return _figures(*incident_deaths(side_tolls(one_day)))


def _toll_claims(session: Session, state: ReviewState, claim_ids: Collection[int]) -> list[TollClaim]:
    """The claims as toll rules read them, with reviewers' corrections, as the side's own
    figures were summed (``incident_summary``); rejections are already out of a side's claims."""
    rows = [row for batch in chunks(sorted(claim_ids))
            for row in session.scalars(select(CasualtyClaimRow).where(CasualtyClaimRow.id.in_(batch)))]
    vias = {claim: via for batch in chunks(sorted(claim_ids)) for claim, via in session.execute(
        select(IncidentCasualty.casualty_claim_id, IncidentCasualty.via).where(
            IncidentCasualty.casualty_claim_id.in_(batch)))}
    infos = document_info(session, {row.document_id for row in rows})
    claims = []
    for row in rows:
        info = infos.get(row.document_id)
        claims.append(toll_claim(row, vias.get(row.id, "event"), info.published if info else None,
                                 state.corrections.get(casualty_claim_ref(row)), source=info.source if info else None))
    return claims


def _figures(low: int | None, best: int | None, high: int | None) -> Figures:
    """Figures as totals add them (``tolls.deaths_total``): a side without a best adds its low."""
    return (low or 0, best if best is not None else (low or 0), high or 0)


def _side_figures(side: IncidentToll) -> Figures:
    return _figures(side.low, side.best, side.high)


def _taken_off(
    session: Session, state: ReviewState, tally: Incident, side: IncidentToll, parts: list[tuple[int, IncidentToll]],
) -> list[HeldSide]:
    """Take off the tally's side what it counts again: together they count max(tally, the
    day its incident holds + the parts), figure by figure.  Its low goes with its best, so
    that what is left never has a low above its best (a row's best is raised to its low,
    which would count the days again)."""
    figure, inside = _side_figures(side), _days_inside(session, state, side)
    held = [sum(_side_figures(s)[i] for _, s in parts) for i in range(3)]
    taken = [max(0, min(held[i], figure[i] - inside[i])) for i in range(3)]
    taken[0] = min(figure[0], max(taken[0], figure[0] - (figure[1] - taken[1])))
    if not any(taken) or tally.date_start is None:
        return []
    return [HeldSide(tally.id, tuple(sorted({p for p, _ in parts})), tally.date_start, side.actor, side.category,
                     tally.admin1, low=taken[0], best=taken[1], high=taken[2])]
