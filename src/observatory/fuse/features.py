"""The facts about one event claim that incident matching compares.

Both the store (claim rows) and in-memory callers (the dedup benchmark) build the same
``EventFeatures`` from an extracted ``Event``, so there is one clustering code path.
Reports often date an event by their own publication day; an event without a date is
therefore placed on the publication day and the day before (UCDP precision 2).
Casualty figures told with the event travel with it (``figures``) so that matching can
compare the tolls two outlets give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, timedelta
from collections.abc import Hashable, Iterable
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.short_reports import is_log_line, update_at
from observatory.models import CasualtyClaim, DateRange, Event, Place

# Actors that say nothing about which incident this is: every report has them.
GENERIC_ACTORS = frozenset({"Civilians", "Unidentified Armed Group"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
SIGNALS_PATH = PACKAGE_DATA / "fusion" / "signals.yaml"
# A report whose extractor found no event: it still has a place, a date and tolls.
REPORT_TYPE = "Report"
# A loose date: a range of about a week ("last week", "in the past days"), longer than a
# publication window or a stated two-day span, shorter than a month, which tells tallies
# ("in August, 300 were killed") as often as single events.
LOOSE_MIN_DAYS = 4
LOOSE_MAX_DAYS = 10
LOOSE_PRECISION = 3  # UCDP date_prec 3: "within a week"
DaySpan = tuple[date, date]


@dataclass(frozen=True)
class ReviewRef:
    """A claim identity that survives re-extraction (new runs give claims new row ids)."""

    document: Hashable
    sub_event_type: str
    place: str | None

    def as_dict(self) -> dict:
        return {"document": self.document, "sub_event_type": self.sub_event_type, "place": self.place}


def member_age(document_id: int, claim_id: int | None) -> tuple[int, bool, int]:
    """How old an incident member is: the one from the report stored first (lowest
    document id, which no re-extraction changes) is the oldest, and within a report its
    event claims come before its report member.  When two clusters could take back the
    same incident id (a split), the one holding the oldest member gets it."""
    return document_id, claim_id is None, claim_id or 0


@dataclass(frozen=True)
class EventFeatures:
    key: Hashable  # the event claim's id (row id in the store)
    document: Hashable
    source: str | None
    event_type: str
    sub_event_type: str
    start: date | None
    end: date | None
    precision: int | None
    place_id: str | None = None
    place_name: str | None = None
    lat: float | None = None
    lon: float | None = None
    where_prec: int | None = None
    feature: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    actors: frozenset[str] = field(default_factory=frozenset)
    text: str = ""
    words: frozenset[str] = field(default_factory=frozenset)  # content words of ``text``
    figures: frozenset[tuple[str, int]] = field(default_factory=frozenset)  # (status, count) told with it
    # An event-less report's named dead ("44 Islamic State fighters"): who its toll is about,
    # the only actors it names (``matching._tally_holds``).  Empty for an event claim.
    dead: frozenset[str] = field(default_factory=frozenset)
    ref: ReviewRef | None = None  # the claim as extracted, before any reviewer's correction
    targets: frozenset[str] = field(default_factory=frozenset)  # what was hit: "market", "hospital"
    updates: bool = False  # the wording says it updates an earlier toll ("the toll rose to 47")
    logged: bool = False  # a strike-log line's event: its type and actor are the log's (``place_and_day_only``)
    # (word, weight) for each of ``words``: how rare it is among the reports (``fuse.rarity``);
    # empty until weighed, which leaves the rare-word signal at 0.
    rarity: tuple[tuple[str, float], ...] = ()

    @property
    def is_report(self) -> bool:
        """A document-level member: the report named no event, only where, when and a toll."""
        return self.event_type == REPORT_TYPE

    @property
    def place_and_day_only(self) -> bool:
        """Only its place and day tell this member's incident: an event-less report, or a
        strike-log line's event (every line of a log has its type and actor)."""
        return self.is_report or self.logged

    @property
    def may_start_incident(self) -> bool:
        """An event always may; an event-less report only when it names a place (a
        monthly round-up of "Syria" or a placeless comment is no incident of its own)."""
        return not self.is_report or self.place_name is not None

    @property
    def loosely_dated(self) -> bool:
        """An event at a named place dated only by a range of about a week
        (``LOOSE_MIN_DAYS``..``LOOSE_MAX_DAYS``): it may join the one incident of that place
        on a day of the range (``matching.may_mean``)."""
        return not self.is_report and self.place_name is not None and LOOSE_MIN_DAYS <= self.days <= LOOSE_MAX_DAYS

    @property
    def days(self) -> int:
        """How many days the claim's date range covers (1 for an exact day)."""
        if self.start is None or self.end is None:
            return 0
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class WordingFacts:
    targets: frozenset[str]
    updates: bool


@lru_cache(maxsize=1)
def _signals() -> dict[str, Any]:
    """``data/fusion/signals.yaml``, read once for all the lists below."""
    data = read_yaml(SIGNALS_PATH)
    if not isinstance(data, dict):
        raise ValueError(f"{SIGNALS_PATH}: expected a mapping of signal lists")
    return data


def _signal(key: str, shape: type[list] | type[dict] = list) -> Any:
    """One entry of ``signals.yaml``, a list or a mapping as its reader expects; a missing
    or misshapen one names the file and the key (a string where a list belongs would
    otherwise be read as its letters)."""
    try:
        value = _signals()[key]
    except KeyError:
        raise ValueError(f"{SIGNALS_PATH}: no '{key}:' entry") from None
    if not isinstance(value, shape):
        raise ValueError(f"{SIGNALS_PATH}: '{key}:' must be a {'list' if shape is list else 'mapping'}")
    return value


def _names(key: str, what: str = "sub-event types") -> frozenset[str]:
    """A list of names of ``signals.yaml`` (sub-event types, or ``what`` else), each a
    string: a number or a mapping among them would never match and is refused."""
    names = _signal(key)
    if not all(isinstance(name, str) for name in names):
        raise ValueError(f"{SIGNALS_PATH}: '{key}:' must list {what} as strings")
    return frozenset(names)


@lru_cache(maxsize=1)
def _targets() -> dict[str, str]:
    """Target phrase -> target (``data/fusion/signals.yaml``)."""
    return {phrase: target for target, phrases in _signal("targets", dict).items() for phrase in phrases}


@lru_cache(maxsize=1)
def update_places() -> frozenset[str]:
    """Gazetteer features of places a toll update and its first report name alike
    (``data/fusion/signals.yaml``: ``update_places``)."""
    return _names("update_places", "gazetteer features")


@lru_cache(maxsize=1)
def period_areas() -> frozenset[str]:
    """Gazetteer features of the areas one report may tell a period's event at beside a
    town in them (``data/fusion/signals.yaml``: ``period_areas``)."""
    return _names("period_areas", "gazetteer features")


@lru_cache(maxsize=1)
def rare_types() -> frozenset[str]:
    """Sub-event types rare enough that two reports of one on a day in one area tell one
    event (``data/fusion/signals.yaml``: ``rare_types``)."""
    return _names("rare_types")


@lru_cache(maxsize=1)
def placeless_kinds() -> frozenset[str]:
    """Kinds of event a report names one event by even without a place (``data/fusion/signals.yaml``)."""
    return _names("placeless_kinds")


@lru_cache(maxsize=1)
def engagement_kinds() -> frozenset[str]:
    """Kinds of fighting a report names one event by without a place when it names the
    forces on it (``data/fusion/signals.yaml``)."""
    return _names("engagement_kinds")


@lru_cache(maxsize=1)
def no_dead_kinds() -> frozenset[str]:
    """Sub-event types that kill no one: a report's stray toll is never theirs (``data/fusion/signals.yaml``)."""
    return _names("no_dead_kinds")


def _kind_pairs(key: str) -> frozenset[frozenset[str]]:
    """A list of pairs of sub-event types of ``signals.yaml``, each pair two strings."""
    pairs = _signal(key)
    if not all(isinstance(pair, list) and len(pair) == 2 and all(isinstance(k, str) for k in pair) for pair in pairs):
        raise ValueError(f"{SIGNALS_PATH}: each '{key}:' entry must be a pair of sub-event types")
    return frozenset(frozenset(pair) for pair in pairs)


@lru_cache(maxsize=1)
def one_blast() -> frozenset[frozenset[str]]:
    """Pairs of kinds one blast is told as ("suicide car bomb" / "car bomb": ``data/fusion/signals.yaml``)."""
    return _kind_pairs("one_blast")


@lru_cache(maxsize=1)
def massacre_and_means() -> frozenset[frozenset[str]]:
    """Pairs of kinds one deadly strike is told as by different outlets: the massacre of its
    victims ("the massacre of Kafr Saleh claims 23 lives") and the means ("warplanes bomb
    Kafr Saleh"): ``data/fusion/signals.yaml``."""
    return _kind_pairs("massacre_and_means")


@lru_cache(maxsize=1)
def delivered_by() -> dict[frozenset[str], tuple[str, tuple[str, ...]]]:
    """A kind of event and a means that delivers it -> the kind, and the words that name its
    agent in the means' own sentence (a chemical attack by barrel bombs "filled with chlorine";
    ``data/fusion/signals.yaml``: ``delivered_by``)."""
    return {
        frozenset((kind, means)): (kind, tuple(entry["words"]))
        for kind, entry in _signal("delivered_by", dict).items()
        for means in entry["means"]
    }


def wording_facts(wording: str) -> WordingFacts:
    """The targets a normalised wording names and whether it says it updates a toll (the
    update wording of data/events/toll_events.yaml, ``short_reports.update_at``)."""
    padded = f" {wording} "
    return WordingFacts(
        frozenset(target for phrase, target in _targets().items() if f" {phrase} " in padded),
        update_at(wording) is not None,
    )


def normalise_text(text: str) -> str:
    """Lower-case words only: punctuation and quote styles differ between outlets."""
    return " ".join(_WORD.findall(text.lower()))


def content_words(text: str) -> frozenset[str]:
    """The words that tell reports apart (no function words such as "the", "of", "after")."""
    return frozenset(word for word in text.split() if word not in STOP_WORDS)


def event_dates(
    event: Event, published: date | None, period: DaySpan | None = None
) -> tuple[date | None, date | None, int | None]:
    """The event's date range, or the publication day and the day before when it has none
    or only the report's own day (a one-line report: precision 2, extract/context.py).  An
    undated event ends on the day the extractor read the report as published, which beats the
    feed's day when the two differ (a feed's date can be years off).  An undated event whose
    toll the report dates loosely (``period``: "355 people died last week") happened then,
    not on the day the report tells it."""
    when = event.date
    if when is not None and when.start and published is not None and when.precision == 2 \
            and when.start == when.end == published.isoformat():
        return publication_window(published)  # a headline dated by its report day: that is the window
    if when is not None and not when.start and when.end:
        told = date.fromisoformat(when.end)
        if period is not None and period[1] <= told:
            return period[0], period[1], LOOSE_PRECISION
        return publication_window(told)  # undated: the window of the text's own day
    stated = stated_range(when)
    return stated if stated is not None else publication_window(published)


def stated_range(when: DateRange | None) -> tuple[date, date, int | None] | None:
    """(start, end, precision) a claim states, or None when it states no day.  An undated
    claim (no start; its end the day the extractor read the report as published, precision 5:
    "on or before") is read on that day: the text's own date beats the feed's, which can be
    years off."""
    first = (when.start or when.end) if when is not None else None
    if when is None or not first:
        return None
    start = date.fromisoformat(first)
    end = date.fromisoformat(when.end) if when.end else start
    return start, max(start, end), when.precision


def toll_period(periods: Iterable[tuple[str, str | None, str | None, str]]) -> DaySpan | None:
    """The loose range (a week or so: ``LOOSE_MIN_DAYS``..``LOOSE_MAX_DAYS``) that every dated
    killed figure told with an event gives, from (status, period start, period end, scope); None
    when they give none or differ.  A cumulative figure is a tally ("since January"), never
    the event's day, so it is left out."""
    spans = {
        (date.fromisoformat(start), date.fromisoformat(end))
        for status, start, end, scope in periods
        if status == "killed" and scope == "incident" and start and end
    }
    if len(spans) != 1:
        return None
    span = spans.pop()
    return span if LOOSE_MIN_DAYS <= (span[1] - span[0]).days + 1 <= LOOSE_MAX_DAYS else None


def publication_window(published: date | None) -> tuple[date | None, date | None, int | None]:
    """The publication day and the day before: when an undated report's news happened."""
    if published is not None:
        return published - timedelta(days=1), published, 2
    return None, None, None


def place_fields(place: Place | None) -> dict:
    """The place columns of ``EventFeatures`` (all ``None`` for an unplaced claim)."""
    return {
        "place_id": place.gazetteer_id if place else None,
        "place_name": place.name if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
        "where_prec": place.precision if place else None,
        "feature": place.feature if place else None,
        "admin1": place.admin1 if place else None,
        "admin2": place.admin2 if place else None,
    }


def features_from_event(
    event: Event,
    *,
    key: Hashable,
    document: Hashable,
    published: date | None,
    source: str | None = None,
    text: str | None = None,
    ref: ReviewRef | None = None,
    figures: frozenset[tuple[str, int]] = frozenset(),
    period: DaySpan | None = None,
) -> EventFeatures:
    """Build matching features; ``text`` defaults to the event's evidence sentences;
    ``period``: the loose range its toll is dated by (``toll_period``)."""
    start, end, precision = event_dates(event, published, period)
    place = event.location
    told = text if text is not None else " ".join(span.text for span in event.evidence)
    wording = normalise_text(told)[:600]
    logged = is_log_line(told)
    return EventFeatures(
        key=key,
        document=document,
        source=source,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        start=start,
        end=end,
        precision=precision,
        **place_fields(place),
        actors=frozenset() if logged else frozenset(actor.name for actor in event.actors) - GENERIC_ACTORS,
        text=wording,
        words=content_words(wording),
        figures=figures,
        ref=ref or event_ref(event, document),
        logged=logged,
        **vars(wording_facts(wording)),
    )


def event_ref(event: Event, document: Hashable) -> ReviewRef:
    return ReviewRef(document, event.sub_event_type, event.location.name if event.location else None)


def casualty_figures(claims: list[CasualtyClaim], event_id: str | None) -> frozenset[tuple[str, int]]:
    """The (status, count) figures a report gives for one event (None: the whole report).

    Callers pass ``event_id=None`` for a report with one event (its figures not tied to
    an event are about that one) and for an event-less report.
    """
    return frozenset(
        (claim.status, count)
        for claim in claims
        if event_id is None or claim.event == event_id
        if (count := figure(claim.count.value, claim.count.low, claim.count.high)) is not None
    )


def casualty_period(claims: list[CasualtyClaim]) -> DaySpan | None:
    """``toll_period`` of a report's figures: the week its undated events are dated by."""
    return toll_period(
        (claim.status, claim.period.start if claim.period else None, claim.period.end if claim.period else None,
         claim.scope)
        for claim in claims
    )


def figure(value: int | None, low: int | None, high: int | None) -> int | None:
    """One number for a count: the stated value, else the upper, else the lower bound."""
    return value if value is not None else high if high is not None else low
