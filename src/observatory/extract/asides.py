"""A sentence's opening aside of time: "Two weeks after the truce, ...", "Following clashes
last month, ...", "Hours before the talks, ...".

Wire copy sets its news in time by an earlier (or coming) event told first and closed by a
comma.  The aside's event is recalled when the aside tells another time (a lapse of a week or
more, a background cue, an earlier year or only old dates: ``DocContext.in_opening_aside``);
without any, it may be the day's own news ("After capturing X on Tuesday, the army moved on").
The news after the comma is judged by its own words and dates.  Judged as one clause, the aside's cue ("two
weeks after", "last month") made the news background, and its own capture or toll was read
as news ("After IS seized X in 2015, ..." put 2015 in the control timeline).

This module finds the aside and reads what its words alone tell (text only, so the toll
scope can ask too); ``DocContext`` adds what the report's dates tell.  The lapse before the
lead is ``dates.lapse``, the one home of "N units after"; the words are data/events/asides.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.dates import (MULTI_DAY_EVENT_DAYS, DateMention, any_phrase, lapse, lapse_days,
                                       names_its_source, since_began_verbs, string_list)

ASIDES_PATH = PACKAGE_DATA / "events" / "asides.yaml"
# Longest aside read before its comma: longer runs are a clause of their own, not an aside.
_MOST_CHARACTERS = 120


class AsideDataError(ValueError):
    """data/events/asides.yaml is malformed."""


@dataclass(frozen=True)
class OpeningAside:
    """An aside opening a sentence: ``end`` is where its news starts (after the comma)."""

    start: int
    end: int
    days: float | None  # the lapse it states ("two weeks after": 14), None without one
    counts_from: bool  # it names a beginning ("after the siege began"): time is counted from it

    @property
    def long_lapse(self) -> bool:
        """It states a lapse of a week or more ("weeks after", "a year after"): its event is
        another story's, not one of the days the news tells."""
        return self.days is not None and self.days >= MULTI_DAY_EVENT_DAYS


@dataclass(frozen=True)
class _Asides:
    opening: re.Pattern[str]
    attribution_words: int
    begins: re.Pattern[str]


@lru_cache(maxsize=1)
def _asides() -> _Asides:
    """The aside patterns, compiled once from data/events/asides.yaml (checked on loading)."""
    data = read_yaml(ASIDES_PATH, AsideDataError)
    if not isinstance(data, dict):
        raise AsideDataError(f"{ASIDES_PATH}: must be a mapping of word lists")
    lapse_leads = any_phrase(string_list(ASIDES_PATH, data, "lapse_leads", AsideDataError))
    leads = any_phrase(string_list(ASIDES_PATH, data, "leads", AsideDataError))
    goes_on = any_phrase(string_list(ASIDES_PATH, data, "goes_on", AsideDataError))
    opening = re.compile(rf"\s*(?:{lapse(lapse_leads)}\s+|(?:{leads})\s+)"
                         rf"[^,;:.!?\"“”…]{{3,{_MOST_CHARACTERS}}}?,\s*+(?!(?:{goes_on})\b)", re.IGNORECASE)
    nouns = any_phrase(string_list(ASIDES_PATH, data, "begin_nouns", AsideDataError))
    begins = re.compile(rf"\b(?:(?:{any_phrase(since_began_verbs())})\b|(?:{nouns})\s+of\b)", re.IGNORECASE)
    words = data.get("attribution_words")
    if type(words) is not int or words < 1:
        raise AsideDataError(f"{ASIDES_PATH}: 'attribution_words' must be a positive whole number, not {words!r}")
    return _Asides(opening, words, begins)


def opening_aside(text: str, start: int, end: int) -> OpeningAside | None:
    """The aside of time opening the sentence ``text[start:end]``, or None."""
    found = _asides().opening.match(text, start, end)
    if found is None or _attribution(text[found.end():end]):
        return None
    unit = found.group("unit")
    days = lapse_days(found.group("count"), unit) if unit else None
    counts_from = _asides().begins.search(text, start, found.end()) is not None
    return OpeningAside(start, found.end(), days, counts_from)


def _attribution(rest: str) -> bool:
    """The rest of the sentence after the aside's comma only says who told what came before
    it ("the Observatory said.")."""
    return len(rest.split()) <= _asides().attribution_words and names_its_source(rest)


def counts_up(aside: OpeningAside) -> bool:
    """Whether a toll told in the perfect after ``aside`` counts up over the time the aside
    sets, a running total: after a lapse of a week or more ("Six months after the deal, 900
    people have been killed") or from a beginning it names with no lapse ("After the siege
    began, 60 people have died").  After a short lapse the perfect tells the news of those
    days ("Two days after the offensive began, troops have captured X"); told in the past,
    news after any aside is the day's ("After the truce took effect, shelling killed three")."""
    return aside.long_lapse or aside.counts_from and aside.days is None


def set_in_earlier_year(aside: OpeningAside, aside_dates: list[DateMention], published: date | None,
                        past_year: bool = False) -> bool:
    """Whether the aside sets undated news in a year before the report's: "After the fall of X
    in December, rebels lost 350 fighters" (a January report), "After IS seized X in 2015, it
    blew up the temple" tell the aside's time, with no lapse ("two years after") to carry the
    news on to the report's.  ``aside_dates``: the dates read inside the aside; ``past_year``:
    it names a bare earlier year besides (``DocContext`` knows those)."""
    return aside.days is None and (past_year or published is not None and any(
        d.range.end is not None and int(d.range.end[:4]) < published.year for d in aside_dates))
