"""How alike two event claims are: a probability with the reasons behind it.

Some differences rule a match out however alike the rest is (a gap of more than a day's
slack between dates, or of a day between two days the reports state, a week's when a
report says it updates an earlier toll, places
farther apart than their precision allows, different governorates, a protest against a
battle).  The rest are signals (type, date, place, actors, wording, agreeing casualty
figures, days between the reports, the target hit, the rarest word both use) combined
by a logistic model whose weights were fitted on one year of UCDP headlines
(``bench/fit_dedup.py``), so the score reads as "how likely one incident".  The signals
are stored with every link so a reviewer sees why two reports were joined.
"""

from __future__ import annotations

import math
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from rapidfuzz.distance import Levenshtein

from observatory.fuse.features import (
    GENERIC_ACTORS, EventFeatures, delivered_by, engagement_kinds, massacre_and_means, normalise_text, one_blast,
    period_areas, placeless_kinds, rare_types, update_places,
)
from observatory.fuse.toll_rules import MULTI_DAY_TALLY_DAYS, multi_day_tally
from observatory.kb.gazetteer.boundaries import area_at
from observatory.kb.gazetteer.builtin import is_governorate_capital
from observatory.kb.gazetteer.geo import km_between
from observatory.kb.gazetteer.normalize import ARTICLES

DATE_SLACK_DAYS = 1  # reports often date an event by their own publication day
UPDATE_SLACK_DAYS = 3  # a report updating an earlier toll ("the toll rose to 47") may come days later
RARE_SLACK_DAYS = 7  # reports of a rare kind of event (``features.rare_types``) retell it for a week
# A massacre of a kind rare in the whole country (``features.placeless_kinds``: a gas attack
# that killed hundreds) is retold for weeks, and outlets date it by their own day.
FAMOUS_SLACK_DAYS = 14
# Two reports of one massacre at a town a week apart (``_one_massacre``) count their agreeing
# tolls only when they share a word this rare (``rare_word``): on the 2018 UCDP headlines a
# shared word of 0.6 was about 4 times likelier for two reports of one event than for two
# of different events (in the FA-KES store, a word about one report in 60 uses or fewer).
MASSACRE_RARE_WORD = 0.6
# Logistic weights of the signals, fitted on the 2018 UCDP headlines (bench/fit_dedup.py
# --year 2018); 2017 is the held-out year the benchmark reports.
WEIGHTS = {
    "type": 0.40, "date": 0.72, "place": 0.24, "actors": 0.58, "text": 1.64, "figures_agree": 0.04,
    "figures_compared": 0.70, "offset_days": -1.07, "target": 1.09, "rare_type": 1.87, "same_spot": 1.01,
    "rare_word": 2.41,
}
BIAS = -5.30
# Set by hand, not fitted: one-line headlines seldom carry tolls this large, so the fit
# cannot see that two reports giving the same toll of dozens of dead on the same day, at
# places that may be one, tell one incident (a massacre told by many outlets, days or
# weeks later too) — chance agreement of such figures is negligible.
LARGE_TOLL = 50
LARGE_TOLL_SPREAD = 1.5
WEIGHTS["large_toll_agrees"] = 4.0
# Set by hand too: two reports giving the same count word for word (``count_retold``) — a
# large toll exactly (160 and 160), or two distinct figures of ``RETOLD_FIGURE`` or more (a
# paragraph reprinted under another lead: "116 soldiers and 129 fighters") — retell one
# incident, whichever day each dates it by; headlines seldom carry two figures.  One such
# count told of the same days in one governorate counts too (``count_told_that_day``).
RETOLD_FIGURE = 10
WEIGHTS["count_retold"] = 4.0
# Set by hand too: a one-day report inside a few days' tally at its place, counting no more
# than the tally (``inside_tally``): the tally already holds its dead, and one incident keeps
# the tally's figure rather than adding the part to it.  Headlines carry no such tallies.
WEIGHTS["inside_tally"] = 4.0
# Set by hand too: a report that says it updates a toll ("the death toll rose to 82") of the
# same kind of event at the same village or town as an earlier report, its toll higher but
# at most ``UPDATE_RISE`` times the first (``toll_updated``).  Such a report is dated by its
# own day ("on Sunday"), a day or more after the first, and its figure disagrees with the
# first's, so the fitted signals read it as another strike; headlines seldom carry both tolls.
UPDATE_RISE = 2.0
WEIGHTS["toll_updated"] = 4.0
HAND_SET = frozenset({"large_toll_agrees", "count_retold", "inside_tally", "toll_updated"})  # bench/fit_dedup.py leaves these weights as they are
# The lowest threshold at which 2018's B-cubed F1 beats "every headline alone" (0.8898 vs
# 0.8864, with same_spot a day apart and massacre_and_means); bench/fit_dedup.py prints the precision-recall sweep.
LINK_THRESHOLD = 0.25
REPORT_TYPE_SCORE = 0.5
RARE_WORD_SHOWN = 0.5  # a shared word this rare or rarer is named in a link's reasons
FIGURE_TOLERANCE = 0.1
MAX_OFFSET_DAYS = 3.0
# One strike at a town is told by outlets over two publication days (one the same evening,
# one the next morning: their publication windows overlap, their middles a day apart), so
# the same kind at the same town counts as one spot up to a day apart (``same_spot``).  On
# the 2018 UCDP headlines this raised pairwise F1 0.174 -> 0.187 (B-cubed 0.8890 -> 0.8898)
# where the same day alone was asked; two days apart added nothing (bench/fit_dedup.py).
SPOT_OFFSET_DAYS = 1.0
# An undated event covers its report's publication day and the day before (``features.publication_window``).
ONE_DAY_AS_REPORTED = 2

# Event types whose claims may describe the same incident seen by different outlets
# (one calls it shelling, another an air strike; one reports the clash, another the capture).
VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
_TERRITORY = frozenset(
    {"Government regains territory", "Non-state actor overtakes territory", "Non-violent transfer of territory"}
)
_REMOTE = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"})

# Distance within which two places count as "the same place", by UCDP where_prec.
_TOLERANCE_KM = {1: 3.0, 2: 25.0, 3: 40.0, 4: 120.0, 5: 60.0, 6: 1000.0, 7: 1000.0}
_NEIGHBOURHOOD_KM = 1.0
REACH_TOLERANCES = 2  # two places farther apart than twice the tolerance are never one
# A city of 100,000 or more (the gazetteer's "city") spreads several km around its point:
# a report naming the city and one naming a quarter or suburb at its edge tell one place.
_CITY_KM = 8.0
# Two names one letter apart are one place spelled two ways ("Rumaniya"/"Rumaneya") once long
# enough that a single letter cannot make another village's name.
_ONE_LETTER_MIN = 10
_SAME_AREA_SCORE = {3: 0.6, 4: 0.4, 5: 0.5, 6: 0.2, 7: 0.2}  # same name, coarse precision
COARSE_PRECISION = 5  # UCDP where_prec 5+ (a fuzzy area, the country): may cross governorates
# A placeless claim naming this many forces tells one engagement (``named_engagement``).
ENGAGEMENT_FORCES = 2
UNKNOWN_PLACE = 0.3  # a claim without a place could be anywhere: weak evidence either way
DIFFERENT_NAMES = 0.1  # two fine places, differently named, one of them not on the map


@dataclass(frozen=True)
class LinkScore:
    score: float
    reasons: dict


def type_similarity(a: EventFeatures, b: EventFeatures) -> float | None:
    """1 same sub-event type; partial for kinds outlets confuse (an air strike and a
    shelling; a massacre and the strike that did it: ``massacre_and_means``); None when
    incompatible."""
    if a.is_report or b.is_report or (a.logged and b.logged):
        return REPORT_TYPE_SCORE  # an event-less report could be about any kind of event; every log line is a strike
    if a.sub_event_type == b.sub_event_type or _delivers(a, b) or _delivers(b, a):
        return 1.0  # a shelling told as "rockets filled with sarin" is a chemical attack
    pair = {a.sub_event_type, b.sub_event_type}
    if pair <= _REMOTE or pair <= _TERRITORY or (pair & _TERRITORY and "Armed clash" in pair) \
            or pair in one_blast() or pair in massacre_and_means():
        return 0.7
    if a.event_type == b.event_type:
        return 0.6
    if a.event_type in VIOLENT and b.event_type in VIOLENT:
        return 0.4
    if a.event_type == "Strategic developments" or b.event_type == "Strategic developments":
        return 0.2 if {a.event_type, b.event_type} & VIOLENT else None
    return None


def date_similarity(a: EventFeatures, b: EventFeatures) -> tuple[float, int] | None:
    """Score and gap in days; None when the ranges are more than the slack apart."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return 0.3, 0
    gap = max((a.start - b.end).days, (b.start - a.end).days, 0)
    slack = pair_slack_days(a, b)
    if gap > slack or (gap and slack == DATE_SLACK_DAYS and _stated_day(a) and _stated_day(b)):
        return None
    if gap == 0:
        # Overlapping exact days say more than overlapping month-long ranges.
        return 1.0 / math.sqrt(max(a.days, b.days, 1)), 0
    return 0.5 / math.sqrt(max(a.days, b.days, 1)), gap


def _stated_day(f: EventFeatures) -> bool:
    """The claim's date is one day its report states ("on March 4th", "yesterday"), not
    the report's publication window: the day's slack is for reports dated by publication."""
    return f.precision == 1 and f.days == 1


def slack_days(f: EventFeatures) -> int:
    """How many days apart a claim's dates and another's may be, at most (the window
    clustering and the store look for partners in): more for a toll update, most for a
    rare kind of event or a strike told with its agent ("rockets filled with sarin";
    ``pair_slack_days`` says which pairs get it)."""
    if famous(f):
        return FAMOUS_SLACK_DAYS
    rare = f.sub_event_type in rare_types() or any(_names_agent(f, kind) for kind, _ in delivered_by().values())
    if rare or (_town(f) and _large_tolls(f) != []):
        return RARE_SLACK_DAYS
    return UPDATE_SLACK_DAYS if _retellable(f) else _toll_slack(f)


def pair_slack_days(a: EventFeatures, b: EventFeatures) -> int:
    """How many days apart two claims' dates may be: a week when both tell the same rare
    kind of event (a gas attack is retold for days, and a second one that week in the
    same area is unheard of; a shelling whose wording names the gas tells one too), else a
    day, or three when either updates a toll or both give the same count (``count_retold``:
    a report retelling another's counts dates the event by its own lead, days later).  Two
    weeks for two reports of a massacre of a kind rare in the whole country whose large
    tolls agree (``famous``)."""
    if _same_rare_kind(a, b) or _delivers(a, b) or _delivers(b, a):
        if famous(a) and famous(b) and _tolls_agree(a, b):
            return FAMOUS_SLACK_DAYS
        return RARE_SLACK_DAYS  # "rockets filled with sarin" are retold as long as the gas attack
    if _one_massacre(a, b):
        return RARE_SLACK_DAYS
    if count_retold(a, b):
        return UPDATE_SLACK_DAYS
    return max(_toll_slack(a), _toll_slack(b))


def count_retold(a: EventFeatures, b: EventFeatures) -> bool:
    """Both reports tell the same kind of event with the same count word for word: one large
    toll exactly ("160 killed" in both), or two or more distinct figures of ``RETOLD_FIGURE``
    or more (a paragraph reprinted in a report about another lead event).  Outlets' own first
    counts differ; the same exact count is one outlet's figure retold, and chance agreement
    of such counts is negligible.  Only of the same kind: a report's figures are told with
    each of its events, so the massacre a report tells beside a gas attack shares the gas
    attack's counts, and the pull of such a pair would draw the report's events apart."""
    if a.sub_event_type != b.sub_event_type:
        return False
    return bool(set(_large_tolls(a)) & set(_large_tolls(b))) or len(_retold_figures(a.figures & b.figures)) >= 2


def count_told_that_day(a: EventFeatures, b: EventFeatures) -> bool:
    """Both reports tell the same kind of event with one count of ``RETOLD_FIGURE`` or more
    killed word for word, and name no different targets; one of them names an area (the
    province, "eastern Aleppo", a name placed only by its area), or both the same place
    (``pair_signals`` asks it of reports whose days overlap, at places that may lie in one
    governorate).

    Long reports of one strike share few words, and one outlet names the province ("31
    jihadists killed in air raids on Raqa province") where another names the town or city
    hit, so their words and places alone score below a link, while each carries the toll:
    the event split in two counts its dead twice.  Outlets' first counts differ; the same
    exact count of that day is one outlet's figure retold.  Two strikes on one town that
    day that hit different targets (a market, a hospital) stay two, whatever their counts;
    a count on another day is no such evidence (``count_retold`` needs two figures, or a
    large toll, to stretch the days).  Two towns a few km apart are hit the same day with
    the same toll often enough (11 in Douma, 11 in Harasta), and reports of two towns quote
    the same running total of their area ("bringing to 37 the dead since Sunday"): two
    different spots are never joined by a count alone."""
    if a.sub_event_type != b.sub_event_type or target_similarity(a, b) == 0.0 or not _area_or_same(a, b):
        return False
    return any(status == "killed" and count >= RETOLD_FIGURE for status, count in a.figures & b.figures)


def inside_tally(a: EventFeatures, b: EventFeatures) -> bool:
    """One report's killed figure is a tally over a stated period of a few days at a place
    ("44 killed in the town since the offensive began on Monday", published Thursday), and
    the other tells one day inside it at that place, of a kind the tally covers, counting no
    more dead: the tally already holds them (``_tally_holds``)."""
    return _tally_holds(a, b) or _tally_holds(b, a)


def _tally_holds(tally: EventFeatures, part: EventFeatures) -> bool:
    """``tally`` states a period longer than a publication window (a report's day and the
    day before) and no longer than a multi-day event (``toll_rules.multi_day_tally``: longer is a
    round-up, which bounds periods in ``tolls`` and joins no incident); ``part`` is one day
    or a publication window inside it, at the same place or a town inside the area the tally
    names (a district at most: a governorate holds many strikes a week), of the same kind (an
    event-less tally covers any) or a kind of one blow (an air strike and a shelling), told as
    done by no other named actors (Russian sorties' week of dead fighters holds no regime
    strike's civilians; an event-less tally names only its dead, ``EventFeatures.dead``, so a
    week of Islamic State fighters killed holds no regime strike's civilians either), and its
    largest killed figure is at most the tally's."""
    if None in (tally.start, tally.end, part.start, part.end):
        return False
    named = tally.dead if tally.is_report else tally.actors  # an event-less tally names only its dead
    if not tally_may_hold(tally.days, part.days, named, part.actors):
        return False
    if not (tally.start <= part.start and part.end <= tally.end):  # type: ignore[operator]
        return False
    if not tally_covers(tally.sub_event_type, part.sub_event_type, tally.is_report):
        return False
    tallied, counted = _killed(tally), _killed(part)
    if not tallied or not counted or max(counted) > max(tallied):
        return False
    return tally_place_holds(tally, part)


def tally_may_hold(tally_days: int, part_days: int, named: Collection[str], part_actors: Collection[str]) -> bool:
    """The tally's stated period and the part's days, and who each names, allow the tally to
    hold the part: the tally states a few days (longer than a publication window, no longer
    than a multi-day event), the part fewer, and the part names no forces other than those
    the tally names.  Civilians and unidentified gunmen (``GENERIC_ACTORS``) are no side:
    "52 civilians killed by coalition strikes" names the coalition, not "Civilians", so
    Islamic State's shelling of civilians inside its week stays apart.  One rule for reports
    (``_tally_holds``) and for incidents (``fuse.tally_bounds``)."""
    if not (multi_day_tally(tally_days) and part_days < MULTI_DAY_TALLY_DAYS):
        return False
    named_forces, part_forces = set(named) - GENERIC_ACTORS, set(part_actors) - GENERIC_ACTORS
    return not named_forces or not part_forces or bool(named_forces & part_forces)


def tally_covers(tally_type: str, part_type: str, tally_is_report: bool) -> bool:
    """A tally of one kind holds a day's event of that kind or of a kind of one blow (an air
    strike and a shelling); an event-less tally covers any."""
    return tally_is_report or tally_type == part_type or {tally_type, part_type} <= _REMOTE


class Placed(Protocol):
    """A claim or an incident, as far as its place goes."""

    @property
    def place_id(self) -> str | None: ...
    @property
    def place_name(self) -> str | None: ...
    @property
    def where_prec(self) -> int | None: ...
    @property
    def admin2(self) -> str | None: ...


def tally_place_holds(tally: Placed, part: Placed) -> bool:
    """The tally's place holds the part's: one town (the tally names a spot, precision 1, and
    both name it) or a finer place inside the district the tally names — never a governorate
    or an area, which holds many strikes a week."""
    return (_spot(tally) and _same_place(tally, part)) or (tally.where_prec == 3 and _in_district(part, tally))


def _killed(f: EventFeatures) -> list[int]:
    return [count for status, count in f.figures if status == "killed"]


def _area_or_same(a: EventFeatures, b: EventFeatures) -> bool:
    """One report places the event in an area that may hold the other's place (not a spot,
    ``_spot``), or both name one place."""
    if not (_spot(a) and _spot(b)):
        return True
    return _same_place(a, b)


def _retold_figures(figures: frozenset[tuple[str, int]]) -> set[tuple[str, int]]:
    return {(status, count) for status, count in figures if count >= RETOLD_FIGURE}


def _retellable(f: EventFeatures) -> bool:
    """A claim whose count another report could retell (``count_retold``): its partners are
    looked for over ``UPDATE_SLACK_DAYS``."""
    return _large_tolls(f) != [] or len(_retold_figures(f.figures)) >= 2


def _same_rare_kind(a: EventFeatures, b: EventFeatures) -> bool:
    """Both claims tell one kind of event rare enough (``rare_types``) that two reports of
    it in one area within a week tell one event."""
    return a.sub_event_type == b.sub_event_type and a.sub_event_type in rare_types()


def _town(f: EventFeatures) -> bool:
    """A town or a quarter (UCDP precision 1), not a city of 100,000 or more, where several
    strikes a week kill many."""
    return _spot(f) and f.feature != "city"


def _one_massacre(a: EventFeatures, b: EventFeatures) -> bool:
    """Two reports of one massacre dated up to a week apart: the same sub-event type at the
    same town or quarter, one of them told with a toll of ``LARGE_TOLL`` dead or more, and
    no two such tolls further apart than ``LARGE_TOLL_SPREAD``.

    A report that reads "on Tuesday" against the wrong day, or is dated by its collection,
    puts a market strike that killed sixty a week from its other tellings, while the first
    reports, with the first lower count, stay on the day.  Two strikes on one town within a
    week that each kill fifty or more, with tolls that disagree, stay apart; the pair is
    still scored (a week's offset costs most of a link), so other days' strikes on the town
    without such a toll do not join."""
    if a.sub_event_type != b.sub_event_type or not (_town(a) and _town(b)):
        return False
    left, right = _large_tolls(a), _large_tolls(b)
    if not (left or right) or (left and right and not _tolls_agree(a, b)):
        return False
    return _same_place(a, b)


def famous(f: EventFeatures) -> bool:
    """A claim of a kind so rare in the whole country that it names one event
    (``placeless_kinds``: a gas attack) told with a toll of ``LARGE_TOLL`` dead or more.

    Such an event is retold for weeks, often by reports dated by
    their own day or by a collection date, while a second one of that size within two
    weeks in the same area is unheard of; a chlorine attack that killed a few, or a
    suicide bombing (rare per town, not per country), keeps the week of ``RARE_SLACK_DAYS``."""
    return _large_tolls(f) != [] and (
        f.sub_event_type in placeless_kinds() or any(_names_agent(f, kind) for kind in placeless_kinds())
    )


def _large_tolls(f: EventFeatures) -> list[int]:
    return [count for status, count in f.figures if status == "killed" and count >= LARGE_TOLL]


def _tolls_agree(a: EventFeatures, b: EventFeatures) -> bool:
    """Some large toll of each within ``LARGE_TOLL_SPREAD`` of the other (300 and 420)."""
    return any(max(x, y) <= LARGE_TOLL_SPREAD * min(x, y) for x in _large_tolls(a) for y in _large_tolls(b))


def toll_updated(a: EventFeatures, b: EventFeatures) -> bool:
    """One of the two reports updates the other's toll (``_updates``)."""
    return _updates(a, b) or _updates(b, a)


def _updates(update: EventFeatures, first: EventFeatures) -> bool:
    """``update`` says it updates a toll ("the toll rose to 82"), of the same kind of event
    at the same village, town or site (``features.update_places``; not a governorate's
    capital, where strikes are told daily), dated no earlier than ``first``, and its largest
    toll is at least ``first``'s and at most ``UPDATE_RISE`` times it: the count rose as
    bodies were found, it did not start again at another strike's."""
    if not update.updates or update.sub_event_type != first.sub_event_type:
        return False
    if update.start is None or first.start is None or update.start < first.start:
        return False
    new, old = _killed(update), _killed(first)
    if not new or not old or not max(old) <= max(new) <= UPDATE_RISE * max(old):
        return False
    return _update_place(update) and _update_place(first) and _same_place(update, first)


def _update_place(f: EventFeatures) -> bool:
    """A place one event is told at by name: a village, town or site, not an area nor a
    governorate's capital (a point there; a town the gazetteer places only by its
    governorate's point, precision 4, is still a town)."""
    capital = (f.where_prec or 1) == 1 and is_governorate_capital(f.admin1, f.lat, f.lon)
    return f.feature in update_places() and not capital


def _toll_slack(f: EventFeatures) -> int:
    return UPDATE_SLACK_DAYS if f.updates else DATE_SLACK_DAYS


def centre_offset_days(a: EventFeatures, b: EventFeatures) -> float:
    """Days between the middles of two date ranges: overlapping ranges of reports published
    on consecutive days (each covering its day and the one before) are still a day apart."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return 0.0
    return abs(_middle(a.start, a.end) - _middle(b.start, b.end))


def _middle(start: date, end: date) -> float:
    return start.toordinal() + (end - start).days / 2


def tolerance_km(f: EventFeatures) -> float:
    """How far from its point a claim's place may be and still be the place it names."""
    if (f.where_prec or 1) == 1 and f.feature == "neighbourhood":
        return _NEIGHBOURHOOD_KM
    if (f.where_prec or 1) == 1 and f.feature == "city":
        return _CITY_KM
    return _TOLERANCE_KM.get(f.where_prec or 1, 3.0)


def reach(f: EventFeatures) -> frozenset[str]:
    """The governorates a claim's place may lie in: its own and, for a point place near a
    border (Damascus city and its Rif Dimashq suburbs, Idlib and Hama border towns), those
    within twice its tolerance (as far as ``place_similarity`` lets two places be one).
    Clustering compares claims whose reaches meet."""
    if not f.admin1:
        return frozenset()
    if f.lat is None or f.lon is None or (f.where_prec or 1) > 2:
        return frozenset({f.admin1})
    return frozenset({f.admin1}) | _governorates_near(
        round(f.lat, 3), round(f.lon, 3), REACH_TOLERANCES * tolerance_km(f)
    )


@lru_cache(maxsize=4096)
def _governorates_near(lat: float, lon: float, km: float) -> frozenset[str]:
    """Governorates of the points ``km`` away in eight directions (1 degree ~ 111 km)."""
    step = km / 111.0
    found = set()
    for dlat, dlon in ((1, 0), (-1, 0), (0, 1), (0, -1), (0.7, 0.7), (0.7, -0.7), (-0.7, 0.7), (-0.7, -0.7)):
        area = area_at(lat + dlat * step, lon + dlon * step / max(0.2, math.cos(math.radians(lat))))
        if area is not None and area.country == "SY":
            found.add(area.admin1)
    return frozenset(found)


def _same_place(a: Placed, b: Placed) -> bool:
    """Both reports name one place: the same gazetteer id, or names ``same_name`` holds alike."""
    return bool(a.place_id and a.place_id == b.place_id) or same_name(a.place_name or "", b.place_name or "")


def same_name(a: str, b: str) -> bool:
    """Names equal once transliteration habits are ignored ("Al-Mansoura" = "al Mansoura" =
    "Mansoura"; "Kafr Rumaniya" = "Kafr Rumaneya": one letter apart in a long name)."""
    left, right = _name_key(a), _name_key(b)
    if left == right:
        return True
    return min(len(left), len(right)) >= _ONE_LETTER_MIN and Levenshtein.distance(left, right) <= 1


def _name_key(name: str) -> str:
    words = normalise_text(name).split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


def place_similarity(a: EventFeatures, b: EventFeatures) -> tuple[float, dict] | None:
    """Score and details; None when the places cannot be the same by their precision.  A
    gas attack at a governorate's capital is at least in the same governorate as one at a
    town of it (``_named_for_governorate``)."""
    found = _place_similarity(a, b)
    if (found is None or found[0] < _SAME_AREA_SCORE[4]) and (
        _named_for_governorate(a, b) or _named_for_governorate(b, a)
    ):
        return _SAME_AREA_SCORE[4], {"place": "same governorate", "governorate": a.admin1}
    return found


def _place_similarity(a: EventFeatures, b: EventFeatures) -> tuple[float, dict] | None:
    """``place_similarity`` by the places alone."""
    if a.place_name is None or b.place_name is None:
        return UNKNOWN_PLACE, {"place": "unknown"}
    coarse = max(a.where_prec or 1, b.where_prec or 1)
    if a.admin1 and b.admin1 and a.admin1 != b.admin1 and coarse < COARSE_PRECISION:
        if coarse > 2 or None in (a.lat, a.lon, b.lat, b.lon):
            return None
        return _by_distance(a, b)  # a city and its suburb across the line: distance decides
    if _same_place(a, b):
        # The same district or governorate named twice says less than the same village.
        return _SAME_AREA_SCORE.get(coarse, 1.0), {"place": "same", "name": a.place_name}
    if coarse == 3 and a.admin2 and b.admin2:
        return (0.6, {"place": "same district", "district": a.admin2}) if a.admin2 == b.admin2 else None
    if coarse == 4 and a.admin1 and a.admin1 == b.admin1:
        return 0.4, {"place": "same governorate", "governorate": a.admin1}
    if None in (a.lat, a.lon, b.lat, b.lon):
        if coarse <= 2:
            # Two villages or quarters named differently: most often two places.
            return DIFFERENT_NAMES, {"place": "different names", "names": sorted({a.place_name, b.place_name})}
        same_district = a.admin2 is not None and a.admin2 == b.admin2
        return (0.5 if same_district else 0.25), {"place": "no coordinates", "same_district": same_district}
    return _by_distance(a, b)


def _named_for_governorate(city: EventFeatures, other: EventFeatures, loose: bool = False) -> bool:
    """``city`` is a governorate's capital, named as the governorate is ("Idlib", "Hama"; its
    point is the governorate's, ``kb.gazetteer.builtin.is_governorate_capital``), and ``other`` a place
    of that governorate, both telling a kind of event rare in the whole country
    (``placeless_kinds``: a gas attack), or one of them the strike that delivered it, its
    own words naming the agent (``_delivers``).  ``loose`` (one report's events, in
    ``told_twice``) also takes a strike of that means told without the agent: a report of
    "the gas attack in Idlib" and "air strikes on Khan Shaykhun" that day tells one event
    as often as two, and that only lets other reports' links join them.

    "A gas attack on rebel-held Idlib" names the province as often as its capital, and the
    gazetteer reads the bare name as the city; two such attacks in one governorate within
    a week are unheard of, so the town another outlet names may be where it fell (scored
    as the same governorate, not ruled out by the distance from the capital).  An air
    strike on "Idlib" beside an air strike on a town stays the city's: many strike the
    province's towns each day."""
    kinds = {city.sub_event_type, other.sub_event_type}
    if not kinds & placeless_kinds() or not (len(kinds) == 1 or _delivers(city, other) or _delivers(other, city)
                                               or (loose and _kind_and_means(city, other) is not None)):
        return False
    return city.feature == "city" and city.admin1 == other.admin1 and is_governorate_capital(city.admin1, city.lat, city.lon)


def _by_distance(a: EventFeatures, b: EventFeatures) -> tuple[float, dict] | None:
    """Two located places: near within the tolerance of the less precise one, weakly
    possible up to ``REACH_TOLERANCES`` times that, two places beyond."""
    distance = km_between(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    tolerance = max(tolerance_km(a), tolerance_km(b))
    details = {"place": "nearby", "km": round(distance, 1), "tolerance_km": tolerance}
    if a.admin1 != b.admin1:
        details["governorates"] = sorted({a.admin1 or "", b.admin1 or ""})
    if distance <= tolerance:
        return 1.0 - 0.4 * distance / tolerance, details
    if distance <= REACH_TOLERANCES * tolerance:
        return 0.3, details
    return None


def actor_similarity(a: EventFeatures, b: EventFeatures) -> tuple[float, list[str]]:
    """Shared named actors raise the score; disjoint non-empty sets lower it."""
    if not a.actors or not b.actors:
        return 0.5, []
    shared = sorted(a.actors & b.actors)
    if not shared:
        return 0.1, []
    return 0.5 + 0.5 * len(shared) / len(a.actors | b.actors), shared


def figure_agreement(a: EventFeatures, b: EventFeatures) -> tuple[float, float, list[str]]:
    """(agree, compared, shared figures).  ``compared``: both give a count of one status
    (two toll bulletins); ``agree``: some of those counts are the same or close.  Tolls
    rise in the days after an incident, so closeness is judged within ``FIGURE_TOLERANCE``."""
    shared: list[str] = []
    compared = False
    for status, count in sorted(a.figures):
        others = [other for kind, other in b.figures if kind == status]
        compared = compared or bool(others)
        if any(_close(count, other) for other in others):
            shared.append(f"{count} {status}")
    return float(bool(shared)), float(compared), shared


def _large_toll_agrees(a: EventFeatures, b: EventFeatures, same_day: float, place: float, rare: float) -> float:
    """1 when both reports give a toll of ``LARGE_TOLL`` or more dead, within
    ``LARGE_TOLL_SPREAD`` of each other, on the same day at places that may be one — or any
    day within the week for two reports of one rare kind of event, or of one massacre at a
    town (``_one_massacre``) told in a word few reports use (``rare``: ``rare_word``) or
    dated as one day (``_told_as_one_day``).

    Outlets' first counts of a massacre differ far more than 10% (one says 300, another
    420), but two tolls of that size on one day in one area are one event; a gas attack
    that killed a thousand is retold for days, and the retellings' dates drift by one.
    Two strikes on one town a day apart that each killed sixty are more often two events
    than one, unless the reports share the market's or the town's rare names.

    A report of a kind so rare in the whole country that it names one event without its
    place (``vague``: "Tuesday's chemical attack killed 87 civilians") beside a report of
    that kind with a place, on the same day, counts its agreeing toll too: the place cannot
    confirm the pair, but it cannot rule it out either, and the toll says which of the
    day's reports it retells (the day's attack, not a recalled massacre of a thousand
    that a report dates by its own day)."""
    if place < 0.5 and not (same_day >= 1.0 and _placeless_retold(a, b)):
        return 0.0
    rare_kind = _same_rare_kind(a, b)
    massacre = (rare >= MASSACRE_RARE_WORD or _told_as_one_day(a, b)) and _one_massacre(a, b)
    if same_day < 1.0 and not (rare_kind or massacre):
        return 0.0
    return float(_tolls_agree(a, b))


def _placeless_retold(a: EventFeatures, b: EventFeatures) -> bool:
    """One of the two is told without a place (``vague``: a kind rare in the whole country,
    or an engagement with its forces named) and the other, no report, is of that kind with
    one (``may_mean``'s pair, scored); a claim with a place is never ``vague``."""
    return any(vague(x) and y.place_name is not None and not y.is_report
               and x.sub_event_type == y.sub_event_type for x, y in ((a, b), (b, a)))


def _told_as_one_day(a: EventFeatures, b: EventFeatures) -> bool:
    """Both claims are dated one day or a publication window (a report's day and the day
    before: ``ONE_DAY_AS_REPORTED``) centred at most half a day apart: a report dated by
    its publication and one stating that day, or two of one publication day.  The date
    signal scores a window below an exact day, yet such a pair tells the same day; two
    reports of consecutive publication days (a day apart) do not."""
    if a.days < 1 or b.days < 1 or max(a.days, b.days) > ONE_DAY_AS_REPORTED:
        return False
    return centre_offset_days(a, b) <= 0.5


def _close(x: int, y: int) -> bool:
    return abs(x - y) <= max(1, FIGURE_TOLERANCE * max(x, y))


def target_similarity(a: EventFeatures, b: EventFeatures) -> float:
    """1 when both name the same target (a market, a hospital), 0 when they name only
    different ones, 0.5 when either names none."""
    if not a.targets or not b.targets:
        return 0.5
    return 1.0 if a.targets & b.targets else 0.0


def text_similarity(a: EventFeatures, b: EventFeatures) -> float:
    """Dice overlap of the content words of the evidence (0 when either has none).

    On UCDP headlines this separated same-incident pairs from other pairs of the same
    days better (AUC 0.79) than rapidfuzz's token-set (0.73) or character ratios (0.61).
    Weighting these words by their rarity among the claims clustered together was tried
    and dropped: it moved the scores with the size of the batch, so a threshold chosen on
    one year did not hold on another.  Rarity enters as a signal of its own instead
    (``rare_word``), over the stored reports and scaled to the corpus size.
    """
    if not a.words or not b.words:
        return 0.0
    return 2 * len(a.words & b.words) / (len(a.words) + len(b.words))


def rare_word(a: EventFeatures, b: EventFeatures) -> tuple[float, list[str]]:
    """The weight of the rarest word both tell (``fuse.rarity``: 1 for a word no other
    report uses), and the shared words of ``RARE_WORD_SHOWN`` or more, rarest first.

    Two outlets telling one event share its rare names — a village the gazetteer does not
    know, a unit, a commander, the hospital hit — even when the extractor missed the place
    or they share few other words; two reports of different events share common words.
    On the 2018 UCDP headlines a shared word of weight 0.8 or more was 15 times likelier
    among pairs of one event than among other pairs compared (0.7: 10 times; 0.5-0.6: about
    4 times; below 0.4 or none: about half as likely).
    """
    both = a.words & b.words
    # ``rarity`` pairs each of ``a.words`` with its weight: filtered, not turned into a dict
    # per pair (clustering scores tens of thousands of pairs).
    shared = sorted(((weight, word) for word, weight in a.rarity if word in both), reverse=True)
    if not shared:
        return 0.0, []
    return shared[0][0], [word for weight, word in shared if weight >= RARE_WORD_SHOWN][:3]


def same_report_event(a: EventFeatures, b: EventFeatures) -> bool:
    """Two events of one report that tell one event across neighbouring places: a gas attack
    on several towns of one area, shells on two adjacent quarters.

    The report names each town, so the extractor gives an event per town; matched as distinct
    events they would make several incidents of one attack, each drawing other outlets'
    reports of that town.  The same kind of event on the same day(s) at places that could be
    one (points within the tolerance of the less precise one; a rare kind of event, which
    covers an area, anywhere in the governorates the two places may lie in) is one event told
    town by town.  Anything looser (two air strikes on two towns of one governorate that day)
    stays apart: a report listing strikes across a province lists several events.  A blast
    told as a suicide bomb in one sentence and as a car bomb in the next (``one_blast``) at
    one place is one event too.  So is one report's account of a period ("in the past
    five days") told at a named area and at a place within its reach (``_one_period_at_area``).
    """
    if not _one_report_same_days(a, b):
        return False
    if max(a.days, b.days) > ONE_DAY_AS_REPORTED and not _one_period_at_area(a, b):
        return False
    if a.sub_event_type != b.sub_event_type and frozenset((a.sub_event_type, b.sub_event_type)) not in one_blast():
        return _delivery(a, b)
    if a.place_name is None or b.place_name is None:
        return False
    if _same_rare_kind(a, b):
        return bool(reach(a) & reach(b))
    return _within_tolerance(a, b)  # one blast told as a suicide bomb and as a car bomb: one place


def _one_period_at_area(a: EventFeatures, b: EventFeatures) -> bool:
    """Both claims are dated by the one period their report tells (the same range of days:
    "during the past two weeks", "in the last five days"), and one names an area
    (``features.period_areas``: a tribe's lands, a farm belt, a plain).  A report telling a
    campaign's or a massacre's days at a town and at the area around it tells one event
    twice; two towns, a town and a hill, or two periods stay apart (a weekly round-up
    lists several events)."""
    if (a.start, a.end) != (b.start, b.end):
        return False
    return a.feature in period_areas() or b.feature in period_areas()


def told_twice(a: EventFeatures, b: EventFeatures) -> bool:
    """Two events of one report that may be one event the extractor split: kinds of one
    blow (the same sub-event type, an air strike and a shelling, a suicide bomb and a car
    bomb, a kind and its means, the victims of a rare kind and the attack: ``_victims_of_rare``)
    on overlapping days at one place family — the same place, a
    gas attack at a governorate's capital and one at a town of it (``_named_for_governorate``), a
    quarter within its city's reach, or a village inside the district, governorate or area
    the other names ("a mortar hit Damascus" and "the shell struck the Opera quarter").

    Weaker than ``same_report_event``: this alone never joins them (a report naming a city
    and one of its quarters may tell two strikes); it only lets other reports' links join
    the two, where one report on both sides would otherwise veto the merge
    (``clustering.Clusterer._mean``).  A clash beside the capture it ended, or a shelling
    beside a sniper attack, stays a report's two events."""
    if not _one_report_same_days(a, b):
        return False
    pair = frozenset((a.sub_event_type, b.sub_event_type))
    capital = _named_for_governorate(a, b, True) or _named_for_governorate(b, a, True)
    if not (len(pair) == 1 or pair <= _REMOTE or pair in one_blast() or _delivers(a, b) or _delivers(b, a) or capital
            or _victims_of_rare(pair)):
        return False
    if a.place_name is None or b.place_name is None:
        return a.place_name is None and b.place_name is None
    return capital or _within_tolerance(a, b) or _inside(a, b) or _inside(b, a)


def _victims_of_rare(pair: frozenset[str]) -> bool:
    """One deadly strike told by its victims and by its means (``massacre_and_means``) where
    the means is a rare kind (``rare_types``): a report telling a gas attack on an area's
    suburbs and "a room filled with 90 bodies" in one of its towns that day tells one attack
    twice far more often than two events: a second such massacre there that day is unheard of.
    A shelling beside a sniper's killing stays two: a shelling is no rare kind."""
    return pair in massacre_and_means() and bool(pair & rare_types())


def _one_report_same_days(a: EventFeatures, b: EventFeatures) -> bool:
    """Two dated events of one report (report members aside) whose days overlap: what
    ``same_report_event`` and ``told_twice`` both ask first."""
    if a.document != b.document or a.is_report or b.is_report:
        return False
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return False
    return max((a.start - b.end).days, (b.start - a.end).days) <= 0


def _inside(point: EventFeatures, area: EventFeatures) -> bool:
    """``point`` is a finer place lying in ``area``, a district, governorate or named area
    (UCDP precision 3 and coarser): the same district or governorate, or within the area's
    tolerance of its point."""
    finer, coarser = point.where_prec or 1, area.where_prec or 1
    if coarser < 3 or finer >= coarser:
        return False
    if coarser == 3:
        return _in_district(point, area)
    if coarser == 4:
        return point.admin1 is not None and point.admin1 == area.admin1
    if None in (point.lat, point.lon, area.lat, area.lon):
        return False
    return km_between(point.lat, point.lon, area.lat, area.lon) <= tolerance_km(area)  # type: ignore[arg-type]


def _in_district(point: Placed, district: Placed) -> bool:
    """``point``, finer than a district, lies in the district ``district`` names (precision 3)."""
    return (point.where_prec or 1) < 3 and point.admin2 is not None and point.admin2 == district.admin2


def _delivery(a: EventFeatures, b: EventFeatures) -> bool:
    """A kind of event and the means that delivered it, told by one report of one place and
    day ("barrel bombs filled with chlorine were dropped on Lataminah": an air strike and a
    chemical attack; neither placed counts as one place): one event, when the means' own
    wording names the agent or the two share their sentence.  A report's shelling of a
    town that day told without the agent ("the shelling is daily") stays apart."""
    shared = bool(a.text and b.text and (a.text in b.text or b.text in a.text))
    if not (_delivers(a, b) or _delivers(b, a) or (shared and _kind_and_means(a, b) is not None)):
        return False
    if a.place_name is None or b.place_name is None:
        return a.place_name is None and b.place_name is None
    return _within_tolerance(a, b)


def _kind_and_means(a: EventFeatures, b: EventFeatures) -> tuple[str, tuple[str, ...]] | None:
    """(the kind, its agent's words) when one claim is of a kind the other's type delivers."""
    return delivered_by().get(frozenset((a.sub_event_type, b.sub_event_type)))


def _delivers(means: EventFeatures, kind: EventFeatures) -> bool:
    """``means`` is a strike or shelling whose own wording names the agent of ``kind``'s kind
    ("rockets filled with sarin" beside a chemical attack): it tells that kind of event."""
    return _names_agent(means, kind.sub_event_type)


def _names_agent(means: EventFeatures, kind: str) -> bool:
    """A claim of a type that delivers ``kind`` whose wording names its agent (``delivered_by``)."""
    found = delivered_by().get(frozenset((means.sub_event_type, kind)))
    if found is None or found[0] != kind or means.sub_event_type == kind:
        return False
    return any(f" {word} " in f" {means.text} " for word in found[1])


def _within_tolerance(a: EventFeatures, b: EventFeatures) -> bool:
    """The same named place, or two located points within the tolerance of the less precise."""
    if _same_place(a, b):
        return True
    if None in (a.lat, a.lon, b.lat, b.lon) or max(a.where_prec or 1, b.where_prec or 1) > 2:
        return False
    distance = km_between(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
    return distance <= max(tolerance_km(a), tolerance_km(b))


def vague(f: EventFeatures) -> bool:
    """A claim told without a place that still says which event it is, though too vague to
    score a link: a kind of event rare enough in the whole country ("this week's chemical
    attack": ``placeless_kinds``), or an engagement told with the forces on it
    (``named_engagement``: "Islamic State fighters ambushed a Hezbollah convoy in eastern
    Syria").  There are few incidents such a claim can mean.

    A claim naming only a governorate is not vague in this sense: on UCDP's 2018 headlines
    the one incident of its kind in its governorate that day was another event 136 times
    out of 144 (many strikes a day there, few of them reported)."""
    if f.is_report or f.place_name is not None:
        return False
    return f.sub_event_type in placeless_kinds() or named_engagement(f)


def named_engagement(f: EventFeatures) -> bool:
    """A claim of fighting (``features.engagement_kinds``) naming ``ENGAGEMENT_FORCES`` or
    more forces (civilians and unidentified gunmen are none: ``features.GENERIC_ACTORS``).
    One force alone ("regime shelling kills 5") names what happens in many places a day: on
    the 2018 UCDP headlines a placeless claim of any kind and one force or more joined the
    one same-day incident of its kind with those forces 6 times right out of 15; of two
    forces or more, 5 out of 5 (4 of them clashes)."""
    return f.sub_event_type in engagement_kinds() and len(f.actors) >= ENGAGEMENT_FORCES


def unsure(f: EventFeatures) -> bool:
    """A claim that joins an incident only as its one candidate (``may_mean``): told without
    a place (``vague``), or at a place but dated only loosely ("at least 41 people died last
    week in Nawa": ``EventFeatures.loosely_dated``), which the day's slack never reaches."""
    return vague(f) or f.loosely_dated


def may_mean(item: EventFeatures, other: EventFeatures) -> bool:
    """Whether a vague claim (``vague``) may tell the incident ``other`` belongs to: the same
    kind of event, told with a place, by no other named actors, and nothing rules the pair
    out (the rare kind's week of date slack).  An engagement of a common kind
    (``named_engagement``) may mean only one told with all its forces on the same day:
    fighting between the same sides goes on for weeks, the next day's is another clash.
    Clustering joins a vague report to the incident it may mean only when there is exactly
    one (``Clusterer``).  A loosely dated claim may mean an incident of its place on a day
    of its range (``_day_inside``)."""
    if item.loosely_dated:
        return _day_inside(item, other)
    if not vague(item) or other.is_report or other.sub_event_type != item.sub_event_type:
        return False
    if other.place_name is None:
        return False  # no place to go on
    if item.sub_event_type not in placeless_kinds() and not (item.actors <= other.actors and _same_days(item, other)):
        return False
    return _nothing_rules_out(item, other)


def _day_inside(loose: EventFeatures, other: EventFeatures) -> bool:
    """``other`` tells the event a loosely dated claim means: an event of the same kind at
    the same named place, dated to a day (or a report's two) inside the loose range, by no
    other named actors, and nothing rules the pair out.  Two reports that both give days
    never meet here: a claim dated to a day is not loose."""
    if other.is_report or other.loosely_dated or other.start is None or other.end is None:
        return False
    if loose.start is None or loose.end is None:  # never true (loosely dated): narrows the types
        return False
    if other.days > ONE_DAY_AS_REPORTED or not loose.start <= other.start <= other.end <= loose.end:
        return False
    if type_similarity(loose, other) != 1.0 or not _same_place(loose, other):
        return False
    return _nothing_rules_out(loose, other)


def _nothing_rules_out(item: EventFeatures, other: EventFeatures) -> bool:
    """The tail ``may_mean`` and ``_day_inside`` share: not told as done by someone else
    (named actors, none in common), and no signal rules the pair out."""
    if item.actors and other.actors and not item.actors & other.actors:
        return False
    return pair_signals(item, other) is not None


def _same_days(a: EventFeatures, b: EventFeatures) -> bool:
    """Both dated, and their date ranges overlap."""
    when = date_similarity(a, b)
    return a.start is not None and b.start is not None and when is not None and when[1] == 0


def may_link(a: EventFeatures, b: EventFeatures, threshold: float = LINK_THRESHOLD) -> bool:
    """Whether this pair could bring its two members into one incident: it scores a link on
    its own (two groups merge only when some pair across them does), or it is one report's
    telling of one event at two places (``same_report_event``: one group from the start), or
    a vague report and the incident it may mean (``may_mean``).  When no pair across two sets
    of members may link, clustering one set never moves a member of the other
    (``fuse.windows`` cuts there; ``fuse.neighbourhood`` re-fuses what a run's new members
    may link with)."""
    if same_report_event(a, b) or may_mean(a, b) or may_mean(b, a):
        return True
    score = pair_probability(a, b)
    return score is not None and score >= threshold


def _spot(f: Placed) -> bool:
    """A place one event happens at (UCDP precision 1), not an area many do ("near X",
    "the countryside of X", "Eastern Ghouta": precision 2 and coarser)."""
    return (f.where_prec or 7) == 1


def pair_signals(a: EventFeatures, b: EventFeatures) -> tuple[dict[str, float], dict] | None:
    """Every signal of a pair with the details a reviewer reads, or None when ruled out."""
    if a.document == b.document:
        return None  # one report's distinct events are distinct incidents
    when = date_similarity(a, b)  # the cheapest veto first: most pairs compared are days apart
    if when is None:
        return None
    kind = type_similarity(a, b)
    if kind is None:
        return None
    where = place_similarity(a, b)
    if where is None:
        return None
    actors, shared = actor_similarity(a, b)
    agree, compared, figures = figure_agreement(a, b)
    rare = rare_word(a, b)
    signals = {
        "type": kind, "date": when[0], "place": where[0], "actors": actors, "text": text_similarity(a, b),
        "figures_agree": agree, "figures_compared": compared,
        "offset_days": min(centre_offset_days(a, b), MAX_OFFSET_DAYS),
        "target": target_similarity(a, b),
        "rare_word": rare[0],
        "large_toll_agrees": _large_toll_agrees(a, b, when[0], where[0], rare[0]),
        "count_retold": float(
            (where[0] >= 0.5 and count_retold(a, b))
            or (where[0] >= _SAME_AREA_SCORE[4] and when[1] == 0 and count_told_that_day(a, b))
        ),
        "rare_type": float(_same_rare_kind(a, b)),
        "inside_tally": float(inside_tally(a, b)),
        "toll_updated": float(toll_updated(a, b)),
    }
    # All three at once say more than each alone: the same kind of event at the same
    # named place on the same or the next day's reports (long reports share few words, so
    # text says little; outlets tell one strike over two publication days: ``SPOT_OFFSET_DAYS``).
    # Two event-less reports or strike-log lines ("June 9th: (S12) Raqqa city") that each
    # state that one day at that place count as the same kind: UCDP and ACLED code one
    # event per place and day, and such lines name nothing else to tell them apart.
    signals["same_spot"] = float(
        (signals["type"] == 1.0
         or (a.place_and_day_only and b.place_and_day_only and _stated_day(a) and _stated_day(b)))
        and signals["place"] == 1.0 and signals["offset_days"] <= SPOT_OFFSET_DAYS and _spot(a) and _spot(b)
    )
    details = {
        "types": sorted({a.sub_event_type, b.sub_event_type}),
        "date_gap_days": when[1],
        **where[1],
        "shared_actors": shared,
        "shared_figures": figures,
        "targets": sorted(a.targets | b.targets),
        "rare_words": rare[1],
    }
    return signals, details


def score_pair(a: EventFeatures, b: EventFeatures) -> LinkScore | None:
    """How likely two claims tell one incident (logistic over the signals), or None when
    something rules the match out."""
    found = pair_signals(a, b)
    if found is None:
        return None
    signals, details = found
    reasons = {"signals": {name: round(value, 3) for name, value in signals.items()}, **details}
    return LinkScore(_probability(signals), reasons)


def pair_probability(a: EventFeatures, b: EventFeatures) -> float | None:
    """``score_pair``'s score alone (clustering compares many pairs and explains few)."""
    found = pair_signals(a, b)
    return None if found is None else _probability(found[0])


def _probability(signals: dict[str, float]) -> float:
    logit = BIAS + sum(WEIGHTS[name] * value for name, value in signals.items())
    return round(1.0 / (1.0 + math.exp(-logit)), 4)
