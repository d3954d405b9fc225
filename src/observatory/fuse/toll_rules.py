"""Toll rules: how many died on each side of an incident, from every report that counted them.

Reports about one incident count the same dead, so figures from different reports are
never added.  The rule, per incident and side (status, actor, category):

* Each report gives one figure for the side: its running total when it gives one
  ("the toll rises to 40", "since the start of the offensive") — a total supersedes
  the partial counts it includes — otherwise the sum of its distinct claims (one report
  counts distinct people in distinct claims; repeats are merged by the extractor).
  Subsets ("including 50 non-Syrians") are never added to their parent.
* ``low``  = the lowest of the outlets' lower bounds (exact figures and "at least N"),
  each outlet's taken from its latest report that gives one: an outlet's own update
  ("the toll rises to 69" after its 53) supersedes its earlier count, while two outlets'
  figures are two estimates, so 61 and 67 dead in two outlets' reports are 61..67.
* ``high`` = the largest figure any report states.
* ``best`` = the median of the outlets' latest figures (each outlet's latest report as
  for ``low``; two outlets are two estimates, and one late outlier — a hospital's own
  count of the patients it received — no longer stands for all of them).  Of two middle
  figures, the one of the later report (ties: a count over a multi-day event's stated
  days, 3 to 7, over one day's count, then the more specific one — an incident count over
  a running total, a claim tied to the event over one matched by position, an exact
  figure over a vague one), so two outlets keep the later one's figure.  Raised to
  ``low`` if it is below it.  A figure one outlet tells as an update of an earlier toll
  ("the death toll has risen to 34", "in a new toll") supersedes the other outlets' lower
  figures published no later than it (``_not_overtaken``): a toll that rose over days
  follows its update, while a later figure told without such wording stays one estimate.
* A side is one actor's dead, whatever category each report files them under ("22
  civilians" and "24 people" killed by one strike are the same dead); without an actor,
  the category is the side.  A side is a subset of another of the same status when any
  report states it as one ("including 20 of Hezbollah", "including 6 children") and fewer
  claims say the reverse; an incident's deaths add up only the sides that are not subsets.

``compute_tolls`` adds incidents up by actor, category or governorate per period.
Running totals that cover many days (monthly round-ups) are not added to the incidents
of those days: a total lying within a period raises that period's figures to at least
the total instead.  The dead of one-day incidents that another incident's multi-day
tally already counts (``fuse.tally_bounds``) are taken off the rows they add to.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal, Protocol

from pydantic import BaseModel

from observatory.extract.dates import MULTI_DAY_EVENT_DAYS, MULTI_DAY_TALLY_DAYS
from observatory.kb.actors import ActorKB, default_kb

# A count over more days than this is a round-up, not one incident's toll: the one line the
# extractor's dates draw too (data/dates/periods.yaml ``longest_event_days``).
AGGREGATE_DAYS = MULTI_DAY_EVENT_DAYS


def multi_day_tally(days: int) -> bool:
    """Whether a count over ``days`` stated days is a multi-day event's tally: longer than a
    report's day and the day before (``MULTI_DAY_TALLY_DAYS``, periods.yaml ``shortest_tally_days``),
    no longer than a multi-day event (``AGGREGATE_DAYS``: longer is a round-up).  The one test
    of the toll rules, the link (``matching.tally_may_hold``) and the bound (``tally_bounds``)."""
    return MULTI_DAY_TALLY_DAYS <= days <= AGGREGATE_DAYS


# Categories of a part of the people ("children", "women"): never the name of a side whose
# other claims count people or civilians at large.
_PART_CATEGORIES = frozenset({"children", "women"})

_QUALIFIER_RANK = {"exact": 3, "at_least": 2, "more_than": 2, "up_to": 1, "about": 1, "vague": 0}


@dataclass(frozen=True)
class TollClaim:
    """A casualty claim as toll computation sees it (after reviewers' corrections)."""

    id: int
    document: int
    published: date | None
    local_id: str
    parent: str | None
    status: str
    actor: str | None
    category: str
    value: int | None
    low: int | None
    high: int | None
    qualifier: str
    scope: str
    period_start: date | None = None
    period_end: date | None = None
    via: str = "event"  # how it was attached: event | nearest | only
    source: str | None = None  # the outlet (reports of no known outlet count as one)
    updates: bool = False  # its sentence tells it as an update of an earlier toll ("has risen to 47"): ``is_update``

    @property
    def lower(self) -> int | None:
        """The lower bound the claim commits to (None for "about 20" or "dozens" without a bound)."""
        if self.low is not None:
            return self.low
        return self.value if self.qualifier in ("exact", "at_least") else None

    @property
    def stated(self) -> int | None:
        """The figure a careful reader would quote: never a vague amount's floor ("hundreds
        killed" is no count of 200; it only bounds ``low``)."""
        if self.value is None and self.qualifier == "vague":
            return None
        return self.value if self.value is not None else self.low

    @property
    def largest(self) -> int | None:
        figures = [f for f in (self.value, self.low, self.high) if f is not None]
        return max(figures) if figures else None

    @property
    def covers_days(self) -> int:
        if self.period_start is None or self.period_end is None:
            return 0
        return (self.period_end - self.period_start).days + 1

    @property
    def round_up(self) -> bool:
        """A count that is not known to be this incident's: any count over more than
        ``AGGREGATE_DAYS`` days ("killed there in the last month"), or a running total over
        a period nobody stated ("since the start of the war", "so far"). Such a figure
        counts far more dead than one incident's."""
        if self.covers_days > AGGREGATE_DAYS:
            return True
        return self.scope == "cumulative" and self.covers_days == 0


@dataclass(frozen=True)
class SideToll:
    status: str
    actor: str | None
    category: str
    subset_of: tuple[str, str | None, str] | None
    low: int | None
    best: int | None
    high: int | None
    n_sources: int
    claim_ids: tuple[int, ...]
    document_ids: tuple[int, ...]
    aggregate: bool


@dataclass(frozen=True)
class _Figure:
    low: int | None
    best: int | None
    high: int | None
    published: date | None
    specificity: tuple
    claim_ids: tuple[int, ...]
    source: str | None = None
    multi_day: bool = False  # a count over a multi-day event's stated days (``MULTI_DAY_TALLY_DAYS``)
    updates: bool = False  # told as an update of an earlier toll (``TollClaim.updates``)


def side_tolls(claims: Iterable[TollClaim]) -> list[SideToll]:
    """Tolls per side of one incident from all its claims (the rule in the module docstring)."""
    claims = list(claims)
    by_local: dict[tuple[int, str | None], TollClaim] = {(c.document, c.local_id): c for c in claims}
    parents = {
        c.id: by_local[(c.document, c.parent)]
        for c in claims
        if c.parent != c.local_id and (c.document, c.parent) in by_local
    }
    key_of: dict[int, tuple] = {}
    for claim in claims:
        _side_key(claim, parents, key_of)
    sides: dict[tuple, list[TollClaim]] = defaultdict(list)
    for claim in claims:
        sides[key_of[claim.id]].append(claim)
    for unnamed, named in _named_elsewhere(sides).items():
        sides[named] += sides.pop(unnamed)
        key_of.update((c.id, named) for c in sides[named])
    names = {key: _side_name(key, members) for key, members in sides.items()}
    # (inner side, outer side): how many claims say so.  Only dead count within dead: "49
    # killed" told inside "165 casualties" (filed as injured) is no subset of the wounded.  Nor
    # is a day's toll within a round-up ("240 killed since April 1, 9 of them today"): the
    # round-up never adds to the incident, so the day's 9 are the incident's own dead.
    told = ((key_of[c.id], key_of[parents[c.id].id]) for c in claims
            if c.id in parents and not _day_within_round_up(c, parents[c.id]))
    within = Counter((inner, outer) for inner, outer in told if inner != outer and inner[0] == outer[0])
    result = []
    for key, members in sides.items():
        outer = _outer_side(key, within)
        # Within a side a subset is already in its parent's figure; a cycle of parents keeps all.
        counted = [c for c in members if c.id not in parents or key_of[parents[c.id].id] != key] or members
        result.append(_side_toll(names[key], counted, names[outer] if outer is not None else None))
    return sorted(result, key=lambda toll: (
        toll.status, toll.subset_of is not None, -(toll.best or 0), toll.actor or "", toll.category))


def _named_elsewhere(sides: dict[tuple, list[TollClaim]]) -> dict[tuple, tuple]:
    """Unnamed sides that another outlet names: "3 members of the internal security forces"
    (no owner, or only an umbrella: ``generic`` in actors.yaml, "gunmen", "rebels") in one
    report and "3 Asayish members" in another are the same 3 dead, not 3 + 3.  An unnamed
    armed side (no actor and no civilians; or a generic actor) joins the one named side of
    the same status whose reports tell every figure it tells, when it could be that side
    (``_could_be``) and none of its own reports tells that side's dead too (one report's "3
    gunmen and 3 Asayish" are six people).  Two named sides telling that figure, whichever
    camps, leave it alone: which one it is, nobody says."""
    kb = default_kb()
    armed = {key: _armed_name(key, kb) for key in sides}
    documents_of = {key: {c.document for c in members} for key, members in sides.items()}
    told_by: dict[str | None, set[int]] = defaultdict(set)  # actor -> the reports telling its dead, any status
    for key, documents in documents_of.items():
        told_by[key[1]] |= documents
    merged: dict[tuple, tuple] = {}
    for key, members in sides.items():
        if armed[key] is not False:
            continue
        figures = set(_figures_by_document(members))
        named = [other for other in sides if armed[other] is True and other[0] == key[0] and other[3] == key[3]
                 and not documents_of[key] & told_by[other[1]]
                 and figures <= set(_figures_by_document(sides[other]))]
        if len(named) == 1 and figures and _could_be(key[1], named[0][1], kb):
            merged[key] = named[0]
    return merged


def _could_be(unnamed: str | None, named: str, kb: ActorKB) -> bool:
    """Whether the unnamed words could mean the named side: "rebels" (the umbrella) only a
    rebel group, "gunmen" or an unowned security body only a side of no government camp;
    never a state's or a foreign force, nor a militia of the government's side: "four rebels
    killed in clashes with the army" and "four soldiers killed in clashes with the rebels"
    are the two sides of one fight, not one."""
    entry = kb.get(named)
    if entry is None or entry.side is not None or entry.type in ("state_forces", "external_forces"):
        return False
    umbrella = kb.get(unnamed) if unnamed is not None else None
    return umbrella is None or umbrella.type != "rebel_group" or entry.type == "rebel_group"


def _armed_name(key: tuple, kb: ActorKB) -> bool | None:
    """True for a side of a named armed actor, False for an unnamed armed side (no actor but
    fighters: "four members of the security forces"; or a ``generic`` umbrella), None for
    anyone else (civilians, children, women, people of no category: no fighters)."""
    _, actor, category, _ = key
    if actor is None:
        return False if category == "combatants" else None
    entry = kb.get(actor)
    if entry is not None and entry.type == "civilians":
        return None
    return actor not in kb.generic_names


def _figures_by_document(claims: list[TollClaim]) -> list[int]:
    """Each report's figure (best) for a side, as ``_document_figure`` reads it."""
    by_document: dict[int, list[TollClaim]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document].append(claim)
    return [best for items in by_document.values() if (best := _document_figure(items).best) is not None]


def _outer_side(key: tuple, within: Counter) -> tuple | None:
    """The side ``key`` is a subset of: the one most of its claims say they lie within, if
    fewer claims say the reverse.  Reports disagree ("2 medics" among "43 people" in one, "one
    of those" medics filed as one of the people in another): a side and its subset must not
    each be the other's subset, or neither would count."""
    candidates = [
        (count, outer) for (inner, outer), count in within.items()
        if inner == key and count > within.get((outer, key), 0)
    ]
    # Equal counts: the side named first in a fixed order, never the one whose claim came first.
    return max(candidates, key=lambda candidate: (candidate[0], repr(candidate[1])))[1] if candidates else None


def _side_key(claim: TollClaim, parents: dict[int, TollClaim], key_of: dict[int, tuple]) -> tuple:
    """Claims about one actor's dead are one side whatever category each report gives them
    ("22 civilians", "24 people" killed by the same strike), unless the claim is a subset of
    another category of that actor ("including 6 children"), which stays a side of its own.
    Without an actor, the category tells the sides apart.  A running total over many days
    (a round-up) is a side of its own: it counts far more dead than this incident's.

    A subset of the same actor, category and status as its parent is in its parent's side,
    wherever that side is ("40 people, among them 12 children, of whom 5 girls" told as
    children of children): its dead are in the parent's figure, never beside it.  Keys are
    memoised in ``key_of``; a cycle of parents falls back to the claim's own key."""
    if claim.id in key_of:
        return key_of[claim.id]
    parent = parents.get(claim.id)
    if parent is not None and _day_within_round_up(claim, parent):
        parent = None  # the incident's own dead, whatever the round-up's category
    key_of[claim.id] = _own_side_key(claim, parent)  # a cycle of parents meets this one
    if parent is not None and parent.status == claim.status and parent.actor == claim.actor \
            and parent.category == claim.category and parent.round_up == claim.round_up:
        key_of[claim.id] = _side_key(parent, parents, key_of)
    return key_of[claim.id]


def _day_within_round_up(claim: TollClaim, parent: TollClaim) -> bool:
    """"240 killed in the province since April 1, 9 of them in Binnish today": a dated toll of
    its own days within a round-up is the incident's own dead, not a part of a figure that
    never adds to it.  An undated part ("the victims included 51 children") is the round-up's
    breakdown and stays its subset."""
    return parent.round_up and not claim.round_up and claim.period_start is not None


def _own_side_key(claim: TollClaim, parent: TollClaim | None) -> tuple:
    if claim.actor is None:
        return (claim.status, None, claim.category, claim.round_up)
    if parent is not None and parent.actor == claim.actor and parent.category != claim.category:
        return (claim.status, claim.actor, claim.category, claim.round_up)
    return (claim.status, claim.actor, None, claim.round_up)


def _side_name(key: tuple, members: list[TollClaim]) -> tuple[str, str | None, str]:
    """(status, actor, category): the category most claims give, "unknown" only if none gives
    one.  Children or women name a side only when all its claims count them: "dozens of
    children" told beside "126 people killed" in the same attack does not make the 126 children."""
    if key[2] is not None:
        return key[:3]
    general = any(c.category not in _PART_CATEGORIES for c in members)
    categories = Counter(c.category for c in members if c.category != "unknown"
                         and not (general and c.category in _PART_CATEGORIES))
    # As many claims for two categories: the first by name, not by which report came first.
    return (key[0], key[1], min(categories, key=lambda name: (-categories[name], name)) if categories else "unknown")


def _side_toll(side: tuple, claims: list[TollClaim], subset_of: tuple | None) -> SideToll:
    by_document: dict[int, list[TollClaim]] = defaultdict(list)
    for claim in claims:
        by_document[claim.document].append(claim)
    figures = [_document_figure(items) for items in by_document.values()]
    highs = [f.high for f in figures if f.high is not None]
    low = _lowest_estimate(figures)
    best = _median_estimate(figures)
    if best is not None and low is not None:
        best = max(best, low)
    high = max(highs + ([best] if best is not None else [])) if highs or best is not None else None
    return SideToll(
        status=side[0],
        actor=side[1],
        category=side[2],
        subset_of=subset_of,
        low=low,
        best=best,
        high=high,
        n_sources=len(by_document),
        claim_ids=tuple(sorted(c.id for c in claims)),
        document_ids=tuple(sorted(by_document)),
        aggregate=bool(claims) and all(c.round_up for c in claims),
    )


def _latest(figure: _Figure) -> tuple:
    """Latest report first; on one day a figure told as an update of an earlier toll ("the
    Observatory said, updating a previous toll of 112") over one that is not: it says it came
    after; then a count over a multi-day event's stated days ("44
    killed in the town since Monday", told on Thursday) over one day's count told that day
    ("9 killed there on Wednesday"): the tally holds the day's dead (``matching.inside_tally``
    joins them); then the more specific figure, then the larger: two equally
    specific reports of one day are told apart by what they say, never by which was stored
    first, so the toll is the same whatever order the reports came in (the larger is the
    likelier update)."""
    return (figure.published or date.min, figure.updates, figure.multi_day, figure.specificity, figure.best or 0,
            figure.low or 0, figure.high or 0)


def _outlets_latest(figures: Iterable[_Figure]) -> list[_Figure]:
    """Each outlet's latest figure (``_latest``): an outlet that updates its own toll has
    withdrawn its earlier figure, while different outlets' figures stand side by side.
    Reports of no known outlet count as one outlet."""
    latest: dict[str | None, _Figure] = {}
    for figure in sorted(figures, key=_latest):
        latest[figure.source] = figure
    return list(latest.values())


def _lowest_estimate(figures: list[_Figure]) -> int | None:
    """The lowest of the outlets' lower bounds, each from the outlet's latest report giving one."""
    return min((f.low for f in _outlets_latest(f for f in figures if f.low is not None)
                if f.low is not None), default=None)  # (checked again for the type checker)


def _median_estimate(figures: list[_Figure]) -> int | None:
    """The median of the outlets' latest figures, each from the outlet's latest report giving
    one (a report saying only "hundreds" gives none): the figure most outlets' counts lie on
    either side of, so neither one outlet's early count nor one late outlier (an aid group
    counting only the patients its hospitals received) is the incident's toll.

    Of two middle figures the one ``_latest`` ranks first (the later report): a figure an
    outlet gave, never an average no one stated, and two outlets keep the later one's
    count, or on one day a multi-day event's tally over the day's count it holds."""
    estimates = _not_overtaken(_outlets_latest(f for f in figures if f.best is not None))
    if not estimates:
        return None
    ranked = sorted(estimates, key=lambda f: (f.best, _latest(f)))
    middle = ranked[(len(ranked) - 1) // 2: len(ranked) // 2 + 1]
    return max(middle, key=_latest).best


def _not_overtaken(estimates: list[_Figure]) -> list[_Figure]:
    """The outlets' latest figures no credible update has overtaken: a figure one outlet
    tells as an update of an earlier toll ("the death toll has risen to 47", "a new toll")
    supersedes every other outlet's lower figure published no later than it — those outlets
    counted the first dead and never came back.  Without such wording a later,
    higher figure is one more estimate (one outlet's outlier stays an outlier), and a figure
    published after the update stands beside it: who counted last is not known.  The
    highest figure is never overtaken, so some figure always stands."""
    updates = [f for f in estimates if f.updates]
    return [f for f in estimates if not any(_overtakes(update, f) for update in updates)]


def _overtakes(update: _Figure, figure: _Figure) -> bool:
    """Whether an update's figure supersedes ``figure``: higher, and ``figure`` published no
    later (an undated report is not known to be earlier)."""
    if update.published is None or figure.published is None or update.best is None or figure.best is None:
        return False
    return figure.published <= update.published and figure.best < update.best


def _document_figure(claims: list[TollClaim]) -> _Figure:
    """One report's figure for a side: its running total if it gives one, else the sum of its counts.

    A vague amount the report tells of a side it also counts ("hundreds of civilian
    casualties" beside "at least 60 civilians") is no more dead: the count is the report's
    figure, and adding the vague floor would turn 60 into 260."""
    totals = [c for c in claims if c.scope == "cumulative"]
    used = [max(totals, key=lambda c: (c.largest or 0, c.stated or 0, c.lower or 0))] if totals else claims
    counted = [c for c in used if c.stated is not None]
    used = counted or used
    specificity = (
        min(c.scope == "incident" for c in used),
        min(c.via == "event" for c in used),
        min(_QUALIFIER_RANK.get(c.qualifier, 0) for c in used),
    )
    return _Figure(
        multi_day=any(multi_day_tally(c.covers_days) for c in used),
        updates=all(c.updates for c in used),
        low=_sum(c.lower for c in used),
        best=_sum(c.stated for c in used),
        high=_sum(c.largest for c in used),
        published=used[0].published,
        specificity=specificity,
        claim_ids=tuple(c.id for c in used),
        source=used[0].source,
    )


def _sum(values: Iterable[int | None]) -> int | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


class _Side(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def subset_of(self) -> object: ...
    @property
    def aggregate(self) -> bool: ...


def adds_to_deaths(side: _Side) -> bool:
    """Whether a side (computed, or as stored in ``incident_tolls``) counts among its
    incident's dead: killed, no subset of another side, no round-up.  Every per-incident
    split of the dead (the incident's deaths here, the exports' deaths per side) keeps these
    sides only, so its parts add up to the incident's own figure."""
    return side.status == "killed" and side.subset_of is None and not side.aggregate


def counted(best: int | None, low: int | None) -> int:
    """The figure totals add for a side or an incident: its best, else (told only vaguely,
    "dozens killed") its low, as ``tolls.deaths_total`` does; 0 when it has neither."""
    return best if best is not None else (low or 0)


def incident_deaths(tolls: Iterable[SideToll]) -> tuple[int | None, int | None, int | None]:
    """Killed in all: the sides that are neither subsets of another nor round-ups, added up.

    A round-up ("4,000 civilians killed since the intervention") never becomes an
    incident's dead, even when no report gives the incident a figure of its own: it
    bounds the periods it covers in ``compute_tolls`` instead.

    A side told only vaguely ("dozens of fighters") has a low but no best: beside a side with
    a figure it adds its low to the best, so the incident's best is never below its low; an
    incident told only vaguely keeps no best at all.
    """
    top = [t for t in tolls if adds_to_deaths(t)]
    best = _sum(t.best for t in top)
    if best is not None:
        best = sum(counted(t.best, t.low) for t in top)
    return _sum(t.low for t in top), best, _sum(t.high for t in top)


# --- totals over many incidents ------------------------------------------------------

By = Literal["actor", "category", "governorate"]
PeriodName = Literal["day", "week", "month"]


class TollRow(BaseModel):
    """Deaths of one actor, category or governorate in one period, with what stands behind them."""

    key: str | None
    period: str  # first day of the period, ISO
    low: int | None
    best: int | None
    high: int | None
    sources: int  # distinct reports
    incidents: list[int]
    claim_ids: list[int]
    bounded_by: list[int] = []  # claim ids of running totals that raised the figures
    held_by: list[int] = []  # incidents of this row whose multi-day tally counts dead of other incidents' days


@dataclass(slots=True)
class PeriodSum:
    """The incident sides of one key in one period, already added up (by the database)."""

    start: date
    key: str | None
    low: int | None
    best: int | None
    high: int | None
    incidents: list[int]
    claim_ids: list[int]
    documents: list[int]  # with repeats: several sides may come from one report


@dataclass(frozen=True)
class RoundUp:
    """A running total over more than ``AGGREGATE_DAYS`` (an incident's side or a report's "in all").

    ``start`` and ``end`` are the period its claims state ("since March 2011", "in
    September"), never the day of the incident that carried it: a total over no stated
    period ("so far", "on this front") is no round-up of any period.
    """

    key: str | None
    start: date
    end: date
    low: int | None
    best: int | None
    high: int | None
    documents: frozenset[int]
    incident: int | None
    claim_ids: tuple[int, ...]


@dataclass(frozen=True)
class HeldPart:
    """Dead a multi-day tally's side counts again of the one-day incidents inside it
    (``fuse.tally_bounds``): taken off the row the tally's side adds to, so the tally and
    the one-day incidents count max(tally, sum of the days) together, each day's dead in
    its own period."""

    day: date  # the tally incident's first day, where its side is added up
    key: str | None
    low: int
    best: int
    high: int
    tally: int  # the incident whose tally holds them


def period_start(day: date, period: PeriodName) -> date:
    if period == "day":
        return day
    if period == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def period_end(start: date, period: PeriodName) -> date:
    if period == "day":
        return start
    if period == "week":
        return start + timedelta(days=6)
    following = (start.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)


def stated_period(periods: Iterable[tuple[date | None, date | None]]) -> tuple[date, date] | None:
    """The stretch a round-up's claims cover together (their periods' span), or None when
    any of them states no period: a total "so far" may reach back years, so no span of
    the others is known to hold it."""
    periods = list(periods)
    known = [(start, end) for start, end in periods if start is not None and end is not None]
    if not known or len(known) < len(periods):
        return None
    return min(start for start, _ in known), max(end for _, end in known)


def add_up(
    sums: Iterable[PeriodSum], round_ups: Iterable[RoundUp], period: PeriodName, held: Iterable[HeldPart] = (),
) -> list[TollRow]:
    """Rows per (period, key): the incident sides' sums, less the dead a tally already counts
    (``held``), raised to any round-up lying within the period.

    A round-up bounds a period only when the period its claims state lies within it: a
    total over a longer stretch ("12,000 died in custody since 2011") cannot be split into
    one month, and a total over an unknown stretch ("6,000 killed on this front") may
    reach back anywhere, so it bounds none.  The day of the incident that told it is no
    stand-in for its period: it would raise that incident's month to years of dead.
    """
    counted = {(s.start, s.key): s for s in sums}
    bounds: dict[tuple[date, str | None], list[RoundUp]] = defaultdict(list)
    for total in round_ups:
        start = period_start(total.start, period)
        if total.end <= period_end(start, period):
            bounds[(start, total.key)].append(total)
    held_in: dict[tuple[date, str | None], list[HeldPart]] = defaultdict(list)
    for part in held:
        held_in[(period_start(part.day, period), part.key)].append(part)
    rows = [_row(start, key, counted.get((start, key)), bounds.get((start, key), []), held_in.get((start, key), []))
            for start, key in counted.keys() | bounds.keys()]
    return sorted(rows, key=lambda row: (row.period, -(row.best or 0), row.key or ""))


def _row(
    start: date, key: str | None, counted: PeriodSum | None, totals: list[RoundUp], held: list[HeldPart],
) -> TollRow:
    counted = counted or PeriodSum(start, key, None, None, None, [], [], [])
    low, best, high = (_less(figure, sum(taken)) for figure, taken in (
        (counted.low, (p.low for p in held)), (counted.best, (p.best for p in held)),
        (counted.high, (p.high for p in held))))
    for total in totals:
        low, best, high = (_max(a, b) for a, b in ((low, total.low), (best, total.best), (high, total.high)))
    best = _max(best, low)  # a side told only vaguely ("many fighters") adds to low, not best: best >= low
    documents = set(counted.documents).union(*(t.documents for t in totals))
    incidents = set(counted.incidents).union(t.incident for t in totals if t.incident is not None)
    return TollRow(
        key=key,
        period=start.isoformat(),
        low=low,
        best=best,
        high=_max(high, best),
        sources=len(documents),
        incidents=sorted(incidents),
        claim_ids=sorted(set(counted.claim_ids)),
        bounded_by=sorted({c for t in totals for c in t.claim_ids}),
        held_by=sorted({p.tally for p in held}),
    )


def _less(figure: int | None, taken: int) -> int | None:
    return None if figure is None else max(figure - taken, 0)


def _max(a: int | None, b: int | None) -> int | None:
    if a is None:
        return b
    return a if b is None else max(a, b)
