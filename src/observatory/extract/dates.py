"""Dates a report states, resolved against its publication date.

Reports date events mostly relative to the day they appear ("yesterday", "on Monday",
"during the past 48 hours") and sometimes in full ("on the 28th and the 29th of
September 2017").  One regular-expression grammar finds every candidate and resolves
it: relative words against the publication date (weekdays to the latest such day on or
before it; "since Tuesday" runs up to it; "between Saturday and Monday" is the latest such
run), stated periods of fighting whose words live in data/dates/periods.yaml ("clashes
that have been raging for four days", "the three-day battle", "the first week of March"),
month-name and valid numeric dates ("30-04-2016",
day first) directly from their parts, odd numeric ones ("12-31-2016") through
``dateparser`` — only on those short strings, as it costs milliseconds a call.  Every mention becomes a ``DateRange`` with
UCDP's ``date_prec`` derived from how many days it spans.
"""

from __future__ import annotations

import calendar
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.models import DateRange
from observatory.nlp.caseless import any_phrase, by_first_char, first_chars, without_captures

PERIODS_PATH = PACKAGE_DATA / "dates" / "periods.yaml"

# Month names and their abbreviations, lower case, to their numbers: the one list of them
# (the date grammar below; tolls/status.py tells the verb "may" beside a figure by it).
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}  # weekday name -> Monday 0 (also read by tolls.status)
_SMALL_NUMBERS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_SMALL_NUMBERS.update({"a": 1, "an": 1, "few": 3, "several": 3, "couple of": 2})

_ORDINALS = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split(), start=1)}
ORDINAL = r"(?P<ordinal>\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINALS) + r")"
# "the twenty-first of March": every day of a month as a word
_DAY_ORDINALS = {**_ORDINALS, "thirtieth": 30, **{
    f"{tens}{sep}{unit}": value + n for tens, value in (("twenty", 20), ("thirty", 30))
    for n, unit in enumerate(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"), 1)
    if value + n <= 31 for sep in ("-", " ")}}
WORD_DAY = r"(?P<day1>" + "|".join(sorted(_DAY_ORDINALS, key=len, reverse=True)) + r")"


class DateDataError(ValueError):
    """A malformed entry of a data/dates file, named with the file."""


def string_list(path: Path, data: object, key: str, error: type[ValueError] = DateDataError) -> list[str]:
    """The list of strings under ``key`` of ``data``, a data file read from ``path`` (a
    string where a list belongs would be joined letter by letter, an empty entry would
    match everywhere).  ``error`` is the data error of the file's own reader: other
    readers' lists are checked the same way but complain in their own terms."""
    found = data.get(key) if isinstance(data, dict) else None
    if not isinstance(found, list) or not found or not all(isinstance(item, str) and item.strip() for item in found):
        raise error(f"{path}: {key!r} must be a non-empty list of strings")
    return found


def pattern_list(path: Path, data: object, key: str, error: type[ValueError] = DateDataError) -> list[str]:
    """``string_list``, each a valid pattern."""
    found = string_list(path, data, key, error)
    for item in found:
        _checked_pattern(path, key, item, error=error)
    return found


def _checked_pattern(path: Path, key: str, pattern: str, flags: int = 0,
                     error: type[ValueError] = DateDataError) -> re.Pattern[str]:
    """``pattern`` (under ``key`` of the data file ``path``) compiled, or an error naming
    the file, the key and the pattern."""
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise error(f"{path}: {key}: bad pattern {pattern!r}: {exc}") from exc


@dataclass(frozen=True)
class Periods:
    """The words of stated periods of fighting (data/dates/periods.yaml)."""

    duration_verbs: list[str]
    fight_nouns: list[str]
    week_of_month: dict[str, int]  # "first" -> 1, "last" -> -1
    done_in_verbs: list[str]  # whole verb forms: "killed" of "killed 45 fighters in two days"
    plan_words: list[str]  # "could", "expected": the days after the verb are yet to come
    side_clause_cues: list[str]  # "ahead of", "since": a report-day word after them is a side story's
    witness_pronouns: list[str]  # "who": a side story's only when a witness verb follows the days
    witness_verbs: list[str]  # "said", "told": "residents who fled at the weekend said"
    month_parts: dict[str, tuple[int, int]]  # "early" -> (1, 10): the days of the month's third
    since_began_verbs: list[str]  # "since the offensive began on 4 March": that day to the report's
    since_ended_verbs: list[str]  # "since the truce collapsed on 12 May": after "since" only
    single_blow_nouns: list[str]  # "an attack that began on Monday": one blow, no run of days
    since_reference_words: list[str]  # "the deadliest day since …": a point of reference, no period
    longest_event_days: int  # a tally over more days is a round-up, not one multi-day event
    shortest_tally_days: int  # a count over fewer days is the report's day (and the day before), no period
    lapse_units: dict[str, float]  # "week" -> 7: a lapse's units ("two weeks after") and their days
    lapse_qualifiers: list[str]  # "less than" of "less than a week after"
    lapse_counts: list[str]  # "many" of "many years after": vague counts beside ``COUNT``
    unit_nouns: list[str]  # "Division" of "March the 4th Division": an ordinal naming a unit, no day
    habitual_words: list[str]  # "every" of "every Friday": a weekday that recurs, no day


def load_periods(path: Path) -> Periods:
    """The period lexicon, checked: the grammar is compiled from it at import, so a bad
    entry must stop the import with the file and the entry named."""
    data = read_yaml(path, DateDataError)
    weeks = data.get("week_of_month") if isinstance(data, dict) else None
    if not isinstance(weeks, dict) or not weeks:
        raise DateDataError(f"{path}: 'week_of_month' must map words to week numbers")
    for word, nth in weeks.items():
        # a month has four whole weeks from its first day; -1 counts its last seven days
        if not isinstance(word, str) or not word.strip() or type(nth) is not int or nth not in (1, 2, 3, 4, -1):
            raise DateDataError(f"{path}: week_of_month: {word!r}: {nth!r} must be 1, 2, 3, 4 or -1")
    return Periods(string_list(path, data, "duration_verbs"), string_list(path, data, "fight_nouns"), weeks,
                   string_list(path, data, "done_in_verbs"), string_list(path, data, "plan_words"),
                   string_list(path, data, "side_clause_cues"), string_list(path, data, "witness_pronouns"),
                   string_list(path, data, "witness_verbs"), _month_parts(path, data),
                   string_list(path, data, "since_began_verbs"), string_list(path, data, "since_ended_verbs"),
                   string_list(path, data, "single_blow_nouns"), string_list(path, data, "since_reference_words"),
                   int(data["longest_event_days"]), int(data["shortest_tally_days"]), _lapse_units(path, data),
                   string_list(path, data, "lapse_qualifiers"), string_list(path, data, "lapse_counts"),
                   string_list(path, data, "unit_nouns"), string_list(path, data, "habitual_words"))


def _month_parts(path: Path, data: dict) -> dict[str, tuple[int, int]]:
    """``month_parts`` of the period lexicon, checked: each word names a first and a last day."""
    parts = data.get("month_parts")
    if not isinstance(parts, dict) or not parts:
        raise DateDataError(f"{path}: 'month_parts' must map words to [first day, last day]")
    for word, days in parts.items():
        if not isinstance(word, str) or not word.strip() or not isinstance(days, list) or len(days) != 2 \
                or not all(type(d) is int and 1 <= d <= 31 for d in days) or days[0] > days[1]:
            raise DateDataError(f"{path}: month_parts: {word!r}: {days!r} must be [first day, last day]")
    return {word.lower(): (days[0], days[1]) for word, days in parts.items()}


def _lapse_units(path: Path, data: dict) -> dict[str, float]:
    """``lapse_units`` of the period lexicon, checked: each unit, singular, has a length in days."""
    units = data.get("lapse_units")
    if not isinstance(units, dict) or not units:
        raise DateDataError(f"{path}: 'lapse_units' must map units to their days")
    for unit, days in units.items():
        if not isinstance(unit, str) or not unit.strip() or isinstance(days, bool) \
                or not isinstance(days, (int, float)) or days <= 0:
            raise DateDataError(f"{path}: lapse_units: {unit!r}: {days!r} must be a positive number of days")
    return {unit.lower(): float(days) for unit, days in units.items()}


HOLIDAYS_PATH = PACKAGE_DATA / "dates" / "holidays.yaml"


@dataclass(frozen=True)
class Holidays:
    """Religious and national days (data/dates/holidays.yaml): "on the eve of Eid al-Fitr"."""

    firsts: dict[str, list[tuple[int, int, int]]]  # holiday -> its first days: (year, month, day), year 0 every year
    stretch_days: dict[str, int]  # "ramadan" -> 29, "eid al-fitr" -> 3: a name alone dates these days
    parts: dict[str, int]  # "eve" -> -1: a day of the holiday, counted from its first
    feasts: dict[str, list[str]]  # every name, aliases too -> the holidays it names ("eid": both feasts)

    @property
    def names(self) -> list[str]:
        """Every name as a report may write it, with a typographic apostrophe too."""
        return sorted({form for name in self.feasts for form in (name, name.replace("'", "\u2019"))})

    def span(self, name: str, part: str | None, published: date) -> Span:
        """The latest day so named on or before ``published`` (a lunar feast only of the report's
        own year: the table may lack the feast nearest before), or, when a name alone names a
        stretch, the feast's days ("during Eid al-Adha": its four) up to it.  An alias takes
        the stretch of the holiday whose day it found ("during Eid" in September: al-Adha's)."""
        shift = self.parts[part] if part else 0
        found = [(first + timedelta(days=shift), feast) for feast in self.feasts[name]
                 for first in self._firsts(feast, published) if first + timedelta(days=shift) <= published]
        if not found:
            return None
        day, feast = max(found)
        stretch = self.stretch_days.get(feast)
        if part is None and stretch:
            return day, min(day + timedelta(days=stretch - 1), published)
        return day, day

    def _firsts(self, name: str, published: date) -> list[date]:
        """The holiday's first days: a fixed day of this year and last, a lunar one of this year."""
        firsts = []
        for every_year, month, day in self.firsts[name]:
            if every_year == 0:
                firsts += [date(published.year, month, day), date(published.year - 1, month, day)]
            elif every_year == published.year:
                firsts.append(date(every_year, month, day))
        return firsts


def load_holidays(path: Path) -> Holidays:
    """The holiday lexicon, checked at import (its names are compiled into the grammar)."""
    data = read_yaml(path, DateDataError)
    if not isinstance(data, dict):
        raise DateDataError(f"{path}: expected a mapping")
    firsts: dict[str, list[tuple[int, int, int]]] = {}
    feasts: dict[str, list[str]] = {}
    for name, month_day in (data.get("fixed") or {}).items():
        firsts[name] = [(0, *_month_day(path, name, month_day))]
    for name, days in (data.get("lunar") or {}).items():
        firsts[name] = [(d.year, d.month, d.day) for d in (_iso_day(path, name, day) for day in days or [])]
    for alias, names in (data.get("aliases") or {}).items():
        unknown = [name for name in names if name not in firsts and name not in feasts]
        if unknown:
            raise DateDataError(f"{path}: aliases: {alias!r} names unknown holidays {unknown}")
        feasts[alias] = [feast for name in names for feast in feasts.get(name, [name])]
    parts = _whole_numbers(path, data, "parts")
    stretch = _whole_numbers(path, data, "stretch_days")
    unknown = [name for name in stretch if name not in firsts or name in feasts]
    if unknown:
        raise DateDataError(f"{path}: stretch_days: {unknown} name no holiday of the table (an alias takes its holiday's)")
    return Holidays(firsts, stretch, parts, {**{name: [name] for name in firsts}, **feasts})


def _whole_numbers(path: Path, data: dict[str, Any], key: str) -> dict[str, int]:
    """A mapping of words to whole numbers (a part's shift, a feast's length); a value that is
    none ("three", 2.5, a list) is refused naming the file, the key and the word, where ``int()``
    would stop the import with a bare ValueError or quietly round 2.5 down."""
    numbers: dict[str, int] = {}
    for word, value in (data.get(key) or {}).items():
        if isinstance(value, bool) or not isinstance(value, int):
            raise DateDataError(f"{path}: {key}: {word!r}: {value!r} is not a whole number")
        numbers[str(word)] = value
    return numbers


def _iso_day(path: Path, name: str, value: object) -> date:
    """A day of the lexicon, as YAML reads it (a date) or as a string; a day that is none is
    refused naming the file and the holiday, so a typo in the table never stops a run unexplained."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise DateDataError(f"{path}: lunar: {name!r}: {value!r} is not a day (YYYY-MM-DD)") from None


def _month_day(path: Path, name: str, value: object) -> tuple[int, int]:
    """A fixed holiday's [month, day], checked as a day of a leap year (29 February may stand)."""
    try:
        if not isinstance(value, list) or len(value) != 2:
            raise ValueError
        pair = (int(value[0]), int(value[1]))
        date(2000, *pair)
    except (TypeError, ValueError):
        raise DateDataError(f"{path}: fixed: {name!r}: {value!r} is not [month, day]") from None
    return pair


_PERIODS = load_periods(PERIODS_PATH)
# Words that open a stated duration ("clashes that lasted nine days").
_DURATION_VERBS = any_phrase(_PERIODS.duration_verbs)
_FIGHT_NOUNS = any_phrase(_PERIODS.fight_nouns)
_WEEK_OF_MONTH = _PERIODS.week_of_month
# "early March", "mid-March", "late March": the third of the month each names.
_MONTH_PARTS = _PERIODS.month_parts
_MONTH_PART = any_phrase(list(_MONTH_PARTS))
_HOLIDAYS = load_holidays(HOLIDAYS_PATH)
_HOLIDAY_NAMES = any_phrase(_HOLIDAYS.names)
# "New Year's Day", "Christmas Eve": a name that says it is one day, read after on/at too.
_HOLIDAY_DAYS = any_phrase([name for name in _HOLIDAYS.names if name.split()[-1] in ("day", "eve")])
# A holiday's name ends its phrase: not "Eid Mohammed", "Ramadan Hussein's car", "Christmas Day Mass".
_NAME_ENDS = r"(?![\w'’-])(?!(?-i:\s+[A-Z]))"
_HOLIDAY_PARTS = any_phrase(list(_HOLIDAYS.parts))
# "at the end of March", "in the middle of May": month parts told in words, which plans and
# deadlines use ("before the end of March"); the older "early/mid/late" are left as they were.
_TOLD_PARTS = frozenset(part for part in _MONTH_PARTS if part.startswith("the "))
_UNIT_NOUNS = any_phrase(_PERIODS.unit_nouns)
# "every Friday", "each Thursday", "on every other Sunday": a weekday that recurs (``_weekday``)
_HABITUAL_BEFORE = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.habitual_words) + r")\s+$", re.IGNORECASE)
_HABITUAL_REACH = 20  # characters before a weekday in which its habitual word stands
# "killed 45 fighters in two days", "seized 14 villages in four days": a verb of fighting
# told before a count of days in its sentence, with no plan's word ("will", "could", an
# infinitive's "to") just before it nor between it and the count.
_PLAN = any_phrase(_PERIODS.plan_words)
_DONE_BEFORE = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.done_in_verbs) + r")(?![\w-])"
                          r"(?![^.;!?\n]*\b(?:" + _PLAN + r")\b)[^.;!?\n]{0,60}$", re.IGNORECASE)
# The words just before such a verb that make it a plan ("could", "are expected to", "will have").
_PLANNED = re.compile(r"\b(?:(?:" + _PLAN + r")(?:\s+\w+){0,2}|to)\s+$", re.IGNORECASE)
# A holiday or "the end of March" in a plan or a deadline (``_planned``): a plan's word in its
# clause, or by/before/until just before it.
_PLAN_WORD = re.compile(r"\b(?:" + _PLAN + r")\b", re.IGNORECASE)
_DEADLINE = re.compile(r"(?:by|before|until)\s", re.IGNORECASE)
_DEADLINE_BEFORE = re.compile(r"\b(?:by|before|until)\s+$", re.IGNORECASE)
_CLAUSE_STOPS = (".", ";", "!", "?", "\n")
# "on Saturday, the first day of Eid": the weekday dates it; the feast's table day may be a day off.
_AFTER_A_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r"),\s+(?:on\s+)?$", re.IGNORECASE)
# A sentence that sets its news in an earlier year ("In 2015, IS seized Palmyra in four days").
_OLD_YEAR = re.compile(r"\b(?:(?:19|20)\d\d|last\s+year)\b", re.IGNORECASE)
_DONE_REACH = 90  # characters before a count of days in which its verb stands
# "days after a truce agreed at the weekend", "residents who fled in the early hours said": a
# report-day word whose clause (back to its comma or full stop) opens a side story dates nothing.
_SIDE_STORY = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.side_clause_cues)
                         + r")(?![\w-])[^,;:.!?\n]*$", re.IGNORECASE)
# "residents who fled at the weekend said": the witnesses' own days, when a verb of telling
# follows the report-day word in the clause opened by "who".
_WITNESS = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.witness_pronouns)
                      + r")(?![\w-])[^,;:.!?\n]*$", re.IGNORECASE)
_WITNESS_TELLS = re.compile(r"[^,;:.!?\n]*?(?<![\w-])(?:" + any_phrase(_PERIODS.witness_verbs) + r")(?![\w-])",
                            re.IGNORECASE)
_REPORT_DAY_WORDS = ("weekend", "early hours", "early hours of the morning")

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = r"(?P<month{n}>" + _MONTH_NAMES + r")\.?"
DAY = r"(?P<day{n}>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year{n}>(?:19|20)\d\d)"
WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
# "Monday night", "Monday at dawn": the day itself
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night|dawn|(?:at|before)\s+dawn))?"
# "on Friday", "late on Monday": a weekday as a time adverb, which grammars of other
# readers step over between their words ("took control on Friday of X"; extract/control.py);
# a weekday's name, not any word ending in "day" ("on holiday", "on doomsday").
ON_WEEKDAY = r"(?:late\s+|early\s+)?on\s+(?:" + "|".join(WEEKDAYS) + r")\b"
COUNT = r"(?P<count>\d{1,3}|" + "|".join(_SMALL_NUMBERS) + r")"


# The middle days of a list ("10, 11 and 12 March"): the list is read as the run from its
# first day to its last.
_MORE_DAYS = r"(?:\s*,\s*(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?)*\s*,?"


def _g(pattern: str, n: int | str = 1) -> str:
    return pattern.replace("{n}", str(n))


# One end of a stated range, day first or month first, with or without its year; ``a``
# numbers the day-first groups, ``b`` the month-first ones (group names are unique).
_END_DAY = (r"(?:(?:the\s+)?" + _g(DAY, "{a}") + r"\s+(?:of\s+)?" + _g(MONTH, "{a}")
            + "|" + _g(MONTH, "{b}") + r"\s+" + _g(DAY, "{b}") + r"(?![\d:]))(?:,?\s+" + _g(YEAR, "{a}") + ")?")


# "overnight Saturday", "overnight on Monday": that day's night, read from the weekday;
# "overnight" alone is the night before publication.
_NOT_ON_A_WEEKDAY = r"(?!\s+(?:on\s+|into\s+)?(?:" + "|".join(WEEKDAYS) + r")\b)"
# "in the early hours of the morning, 19 May": the date told after the comma is the day, not the report's
_NOT_A_DATE = r"(?!,?\s+(?:on\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_NAMES + r")|(?:" \
    + _MONTH_NAMES + r")\.?\s+[0-3]?\d)\b)"


# The month a day of it is told of ("the 3rd of this month", "of last month"); not "of the
# month", which as often tells a habit or a plan ("salaries are paid on the 1st of the month").
_WHICH_MONTH = r"(?:this|the\s+current|last|the\s+previous|the\s+past)"
_WORD_DAYS = "|".join(word.replace(" ", r"\s+") for word in sorted(_DAY_ORDINALS, key=len, reverse=True))


# One alternative per kind of expression; the first that matches at a position wins,
# so longer forms (ranges) come before the forms they contain (single days).
_FORMS: list[tuple[str, str]] = [
    # "from 28 February to 3 March", "between March 3 and March 9, 2019": both ends named in full
    ("full_range", rf"(?:from|between)\s+{_END_DAY.format(a=1, b=3)}\s+(?:and|to|until|till|through|-|–)\s+"
                   rf"{_END_DAY.format(a=2, b=4)}"),
    ("day_range", rf"(?:from\s+|between\s+)?(?:the\s+)?{_g(DAY)}{_MORE_DAYS}\s*(?:and|to|until|till|-|–)\s*"
                  rf"(?:the\s+)?{_g(DAY, 2)}\s+(?:of\s+)?{_g(MONTH)}(?:,?\s+{_g(YEAR)})?"),
    ("month_day_range", rf"(?:from\s+|between\s+)?{_g(MONTH)}\s+{_g(DAY)}{_MORE_DAYS}\s*(?:and|to|until|-|–)\s*"
                        rf"{_g(DAY, 2)}(?!\s+(?:of\s+)?{_g(MONTH, 2)})(?:,?\s+{_g(YEAR)})?"),
    # "from the 3rd until the 11th": days of the month the report appears in
    ("bare_day_range", r"(?:from|between)\s+(?:the\s+)?(?P<day1>[0-3]?\d)(?:st|nd|rd|th)\s*(?:and|to|until|till|through|-|–)"
                       r"\s*(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)"),
    ("day_month", rf"(?:the\s+)?{_g(DAY)}\s+(?:of\s+)?{_g(MONTH)}(?:,?\s+{_g(YEAR)})?"),
    ("word_day_month", rf"the\s+{WORD_DAY}\s+of\s+{_g(MONTH)}(?:,?\s+{_g(YEAR)})?"),
    # "on the eve of Eid al-Fitr", "the second day of Eid", "on New Year's Day" (data/dates/holidays.yaml);
    # a feast's bare name only after during/over/throughout/since ("Eid" and "Ramadan" are also
    # people's names: "fired on Ramadan Hussein's car"; not "on the Christmas market"), and never a
    # name a capitalised word or "'s" runs on from ("during Eid Mohammed's visit")
    ("holiday", rf"the\s+(?P<part>{_HOLIDAY_PARTS})\s+of\s+(?:the\s+)?(?P<name>{_HOLIDAY_NAMES}){_NAME_ENDS}"
                rf"|(?P<part2>{_HOLIDAY_PARTS})\s+of\s+(?:the\s+)?(?P<name4>{_HOLIDAY_NAMES}){_NAME_ENDS}"
                rf"|(?:on|at|during|over|throughout|since)\s+(?:the\s+)?(?P<name2>{_HOLIDAY_DAYS}){_NAME_ENDS}"
                rf"|(?:during|over|throughout|since)\s+(?:the\s+)?(?P<name3>{_HOLIDAY_NAMES}){_NAME_ENDS}"),
    # "Last updated at Oct 042017": a page stamp whose day and year lost the space between them
    ("glued_month_day", rf"{_g(MONTH)}\s+(?P<day1>[0-3]\d){_g(YEAR)}(?!\d)"),
    # "May 5, 2017"; a strike log's "July 28th:" (a colon after the day ends it; "May 5:30" is a clock time)
    # "June the 4th", not "March the 4th Division besieged": an ordinal before a unit's noun is its name
    ("month_day", rf"{_g(MONTH)}\s+(?:the\s+(?!\d+(?:st|nd|rd|th)\s+(?:{_UNIT_NOUNS})\b))?{_g(DAY)}(?!\d|:\d)(?:,?\s+{_g(YEAR)})?"),
    ("numeric", r"(?P<numeric>[0-3]?\d[-/.][01]?\d[-/.](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)"),
    # "on 12/3": day and month without a year; the reading nearest before publication wins
    ("short_numeric", r"on\s+(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)(?![/\d])"),
    # "on the 12th", "on the 3rd of this month": a day of the month the report appears in
    # "on the morning of the 25th": that day's morning; "on the first of this month", "the
    # twenty-ninth of last month": a day in words only with its month told
    ("bare_day", r"(?:on|since)\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?"
                 rf"(?:(?P<word>{_WORD_DAYS})\s+of\s+(?P<which2>{_WHICH_MONTH})\s+month|(?P<day1>[0-3]?\d)(?:st|nd|rd|th)"
                 rf"(?:\s+of\s+(?P<which>{_WHICH_MONTH})\s+month"
                 # not "the 28th and the 29th of September", "on the 19th day of the truce"
                 r"|(?=\s*(?:[.;:!?)]|$)|,(?!\s*(?:the\s+)?\d)|\s+(?:in|at|near|on|when|as|after|before|while|with|"
                 r"during|the|an?)\b)))"),
    ("month_year", rf"(?:(?P<part>{_MONTH_PART})(?:\s+|-))?{_g(MONTH)}(?:,?\s+{_g(YEAR)})"),
    # "in May", "late March", "the month of May" (its own words name a month, "May" alone may be a verb)
    ("month_only", rf"(?:(?:in|since|during|throughout|until|by)\s+(?:the\s+month\s+of\s+|(?P<part>{_MONTH_PART})[\s-]+)?"
                   rf"|the\s+month\s+of\s+|(?P<part2>{_MONTH_PART})[\s-]+){_g(MONTH)}(?!\s*\d)"),
    ("year", rf"(?:in|since|during|throughout|until|of|by)\s+(?:early\s+|mid-?|late\s+)?{_g(YEAR)}(?![\d-])"),
    # stated periods: "for a fifth consecutive day", "for a second day", "for 3 days in a row", "lasted nine days",
    # "since the start of the week"; every day of them up to publication
    ("consecutive", rf"for\s+(?:an?\s+|the\s+)?{ORDINAL}\s+(?:(?:consecutive|straight|successive)\s+day|day\s+(?:in\s+a\s+row|running)"
                    # "fighting raged for a second day" (not "for the third day of talks")
                    r"|day(?![\w-]|\s+(?:of|since|after|before|in|on|at)\b))"),
    ("consecutive_count", rf"for\s+{COUNT}\s+(?:(?:consecutive|straight|successive)\s+days|days\s+(?:in\s+a\s+row|running))"),
    ("lasted", rf"(?:{_DURATION_VERBS})\s+(?:for\s+)?(?:(?:about|around|nearly|some|over|more\s+than)\s+)?{COUNT}\s+"
               r"(?P<unit>days|weeks?)"),
    # "the three-day battle for X", "a four-day-long offensive": those days ending on publication
    ("day_battle", rf"{COUNT}[\s-]day(?:[\s-]long)?\s+(?:{_FIGHT_NOUNS})(?![\w-])"),
    # "in the first week of March": seven days of that month
    ("week_of_month", rf"(?:the\s+)?(?P<nth>{'|'.join(_WEEK_OF_MONTH)})\s+week\s+of\s+{_g(MONTH)}(?:,?\s+{_g(YEAR)})?"),
    # "between Saturday and Monday", "from Friday until Sunday": the latest such days
    # "from Monday night until Tuesday morning": the parts of the days change nothing
    ("weekday_range", rf"(?:from|between)\s+(?P<weekday>{'|'.join(WEEKDAYS)}){_PART_OF_DAY}\s+"
                      rf"(?:and|to|until|till|through)\s+(?P<weekday2>{'|'.join(WEEKDAYS)}){_PART_OF_DAY}"),
    # "Monday through Wednesday", "Saturday to Monday": the same without "from"
    ("weekday_through", rf"{WEEKDAY}\s+(?:through|thru|to|until|till)\s+(?P<weekday2>{'|'.join(WEEKDAYS)})"),
    ("since_start", rf"since\s+the\s+(?:start|beginning)\s+of\s+(?:(?:the|this)\s+(?:current\s+)?(?P<unit>week|month)"
                    rf"|{_g(MONTH)}(?!\s*\d))"),
    # "from 14 June until today": those days up to publication
    ("until_today", rf"(?:from|since)\s+(?:(?:the\s+)?{_g(DAY)}\s+(?:of\s+)?{_g(MONTH)}(?:,?\s+{_g(YEAR)})?"
                    rf"|(?P<weekday>{'|'.join(WEEKDAYS)}){_PART_OF_DAY})\s+"
                    r"(?:until|till|to|up\s+to)\s+(?:today|now|the\s+present|this\s+(?:morning|afternoon|evening))"),
    # "killed 40 in three days of regime attacks", "during 11 days of fighting": a stated period
    # of fighting up to publication ("Seven days of strikes had left 75 dead" is a running
    # total's; "after two days of fighting" ended before the day its sentence tells, and
    # "within 24 hours of the attack" counts from the attack)
    ("days_of_fighting", rf"(?:in|during|over)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
                         rf"(?:(?:about|around|nearly)\s+)?{COUNT}\s+(?P<unit>hours|days|weeks)\s+of\s+"
                         rf"(?:[\w-]+\s+){{0,3}}?(?:{_FIGHT_NOUNS})(?![\w-])"),
    # Every branch starts with a fixed word or a count, so the scan fails fast elsewhere.
    ("window", rf"(?:(?:during|over|within|in|for)\s+(?:the\s+)?(?:(?:past|last|previous)\s+)?"
               rf"|(?:the\s+)?(?:past|last|previous)\s+)?(?:(?:about|around|nearly)\s+)?"
               # "two days earlier than planned" measures against a plan, no day of the story
               rf"{COUNT}\s+(?P<unit>hours|days|weeks)(?!\s+(?:earlier|later)\s+than\b)(?:\s+(?:ago|earlier|before))?"),
    ("single_unit", r"(?:during|over|within|in)\s+the\s+(?:past|last|previous)\s+"
                    r"(?P<unit1>day|week|month|year)(?!\s+of\b)"),  # not "in the last week of March"
    ("relative", r"(?P<rel>the day before yesterday|yesterday|today|tonight|last night|"
                 r"this (?:morning|afternoon|evening|dawn)|earlier today|overnight" + _NOT_ON_A_WEEKDAY
                 # "at dawn Monday", "at dawn on Monday": that day's dawn, read from the weekday
                 # "at dawn on a hospital": that day's dawn too, unlike "at dawn on 3 May"
                 + r"|since (?:the )?dawn|(?:at|before) dawn(?!\s+(?:on|of)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?|" + _MONTH_NAMES + r")\b)"
                 + _NOT_ON_A_WEEKDAY + r"|"
                 # "in the early hours of the morning", like "at dawn", is the report's day; "in the
                 # early hours of Tuesday" (or of a date) is that day's, read from the day
                 r"(?:in|during) the (?:very )?early hours(?: of the morning)?(?!\s+of\b)" + _NOT_ON_A_WEEKDAY + _NOT_A_DATE + r"|"
                 r"since midnight|since (?:the )?(?:early )?morning(?!\s+of\b)|(?:during|over|in) the (?:past|last) (?:few )?hours|"
                 r"(?:earlier\s+|later\s+)?this (?:week|month|year)|last (?:week(?!\s+of\b)|month|year)|"
                 r"the previous (?:day|night)|the day before|a day ago|a week ago|a month ago|(?:earlier|later) in the day|"
                 # "regained the points they lost hours ago", "a short while ago": today ("a while ago" may be years)
                 r"(?:a\s+(?:short|little)\s+while|moments|hours)\s+ago|"
                 r"(?:over|during|at|on) the (?:past )?weekend(?!\s+of\b)|(?:this|last|this past) weekend)"),
    ("weekday", rf"(?:(?P<last>last|past)\s+|on\s+|early\s+|late\s+|this\s+"
                rf"|(?:on|since)\s+the\s+(?:morning|afternoon|evening|night|dawn)\s+of\s+)?{WEEKDAY}"
                # "Tuesdays strike": a possessive whose apostrophe a page's text lost
                rf"(?:s(?=\s+(?-i:[a-z])))?{_PART_OF_DAY}"),
]
# "for a fifth consecutive day", "for 3 days in a row", "clashes that lasted nine days", "the
# three-day battle": a count of days read back from the report's day, unless the sentence
# states the day the run reached or began (extract/context.py).
_COUNTED_BACK = re.compile("|".join(f"(?:{without_captures(body)})" for kind, body in _FORMS
                                    if kind in ("consecutive", "consecutive_count", "lasted", "day_battle")),
                           re.IGNORECASE)


def _named_form(kind: str, body: str) -> str:
    """A form as a group named by its kind, its own groups prefixed with it ("day_month__day")."""
    return f"(?P<{kind}>{body.replace('(?P<', f'(?P<{kind}__')})"


_PATTERN = re.compile(r"\b(?:" + "|".join(_named_form(kind, body) for kind, body in _FORMS) + r")\b", re.IGNORECASE)
# Whether ``_PATTERN`` can match at a start of lower-cased ASCII text (see ``_matches``): most
# starts ("the", "of", "at", every number) open no date, and this form refuses them in half the
# time, without the forms' named groups and with their alternatives gathered by first letter.
_LOWER_CASE_GATE = re.compile(by_first_char(without_captures(_PATTERN.pattern)))
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# "since the bombardment of Daraa resumed on Monday", "since the truce collapsed on 12 May", "jets
# have killed 23 in a campaign which began last weekend": a day a start is told on after "since"
# (or an end: the days since then), or after a fight noun a figure was counted in (a start only:
# "killed in a battle that ended on Monday" tells that battle's days; and no noun of one blow:
# "an attack that began at dawn on Monday" is Monday's), in its clause, at most three words
# between the verb and the day, unless a superlative, an ordinal or "such" before "since"
# makes it a point of reference.
_RUN_NOUNS = any_phrase([noun for noun in _PERIODS.fight_nouns if noun not in _PERIODS.single_blow_nouns])
_SINCE_BEGAN = re.compile(r"(?<![\w-])(?:since\s[^.;:!?\n,]{0,80}?(?<![\w-])(?:"
                          + any_phrase(_PERIODS.since_began_verbs + _PERIODS.since_ended_verbs)
                          + r")|(?:in|during)\s+(?:the|an?|its|their|this)\s+(?:[\w-]+\s+){0,3}?(?:" + _RUN_NOUNS
                          + r")\s+(?:that|which)\s+(?:has\s+|had\s+)?(?:" + any_phrase(_PERIODS.since_began_verbs)
                          + r"))(?:\s+[\w-]+){0,3}?\s+(?:on\s+|last\s+)?$", re.IGNORECASE)
# "since the offensive began", "since the truce collapsed": a start or an end after "since", with
# or without a day (tolls/scope.py: a figure counted since then is a running total).
SINCE_EVENT = r"\bsince\b[^.;]{0,80}?\b(?:" + any_phrase(_PERIODS.since_began_verbs + _PERIODS.since_ended_verbs) + r")\b"
# Between the word and "since" no clause break, no figure ("the most in one day, and 270 since …":
# the 270 is counted since then) and no unit of time ("in the first three days since …": a period).
_SINCE_REFERENCE = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.since_reference_words)
                              + r")(?![\w-])(?:(?!\b(?:hours?|days?|weeks?|months?|years?)\b)[^,;:.!?\n\d])*$",
                              re.IGNORECASE)
_SINCE_BEGAN_REACH = 120  # characters before a day in which its "since … began" stands
# Characters before "since" in which its comparison stands: "the deadliest day for civilians in
# the town since", "the biggest loss of life the coalition's ground forces have admitted since".
_REFERENCE_REACH = 100
# Counted stretches up to the report's day ("over the past 48 hours", "during the past week", "in
# the last ten days"): a stated period, day by day, when they end on that day and say "past" or
# "last" ("two weeks ago" ends before it, "within 48 hours of the assault" counts from another day).
_TO_NOW_KINDS = frozenset({"window", "single_unit"})
_PAST = re.compile(r"\b(?:past|last|previous)\b", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)  # "the last 12 days of September": that month's days
# The project's rule for a tally told over days up to the report: up to ``longest_event_days`` (a
# week) it is one multi-day event, whose every day is an event day; longer it is a round-up,
# which dates its figure (the range) but no event.  One value for both, kept in its data file.
MULTI_DAY_EVENT_DAYS = _PERIODS.longest_event_days
# A count or an event dated over this many days or more (and at most ``MULTI_DAY_EVENT_DAYS``) is a
# multi-day tally, longer than a report's day and the day before (fuse/toll_rules.py, extract/events.py).
MULTI_DAY_TALLY_DAYS = _PERIODS.shortest_tally_days
_GROUPS = frozenset(_PATTERN.groupindex)
# Every form starts with a digit, "mid" (also glued: "midMarch"), a month or weekday
# name, a count word or one of these words; ``_PATTERN`` is tried only where one of them
# starts a word (it costs a dozen failed alternatives at every other word of a report).
_FIRST_WORDS = frozenset(
    {*MONTHS, *WEEKDAYS, *(f"{day}s" for day in WEEKDAYS), *(count.split()[0] for count in _SMALL_NUMBERS)}
    | set("from between the early late in since during throughout until by of over within for past last previous "
          "about around nearly yesterday today tonight this earlier later overnight at on moments hours before".split())
    | set(_WEEK_OF_MONTH)
    | {phrase.split()[0] for phrase in _HOLIDAYS.parts}
    | {verb.split()[0] for verb in _PERIODS.duration_verbs}
)
# The lookahead for the first characters lets ``re`` skip in C every word no start opens
# (a third fewer CPU seconds for this scan over a long report); it admits the same starts.
# The words are gathered under their first letters (``by_first_char``): at a word that may
# open a date ``re`` then tries the few words sharing its letter, not all hundred-odd in turn
# (two fifths of this scan); a whole word ends at ``\b``, so which alternative matches
# first changes no start.
_STARTS = (r"\b(?=[\dm" + "".join(re.escape(c) for c in sorted({word[0] for word in _FIRST_WORDS})) + r"])"
           r"(?:(?:" + by_first_char("|".join(sorted(_FIRST_WORDS, key=len, reverse=True))) + r")\b|\d|mid)")
_STARTS_ANY_CASE = re.compile(_STARTS, re.IGNORECASE)  # folds letters as ``_PATTERN`` does ("ſince")
# A start where ``_LOWER_CASE_GATE`` matches, found by ``re`` alone: a start and the gate tried
# in one search, not one Python step per start (most starts open no date).  A start is a whole
# word (or a digit, or "mid"), so no start lies inside another and searching on from any
# offset finds the very starts a scan of the whole text finds there.
_LOWER_CASE_OPENING = re.compile(rf"(?={_STARTS})(?:{_LOWER_CASE_GATE.pattern})")


def _forms_by_first_char() -> dict[str, list[re.Pattern[str]]]:
    """Each form alone (as ``_PATTERN`` holds it, with its ``\\b`` on each side) under every
    lower-case character it may start with, in ``_PATTERN``'s order.

    ``_PATTERN`` tries its forms one by one at a start, each refused only after its first
    characters, and a start's first character rules out most of them.  Tried in the same
    order, the first form that matches is the one ``_PATTERN``'s alternation matches there,
    with the same span and groups (named per form, as ``_get`` reads them): about a third
    less time per date of a long report."""
    table: dict[str, list[re.Pattern[str]]] = {}
    for kind, body in _FORMS:
        form = re.compile(rf"\b(?:{_named_form(kind, body)})\b", re.IGNORECASE)
        chars = first_chars(body)
        if chars is None:
            raise ValueError(f"date form {kind!r}: no plain first characters (first_chars)")
        for char in sorted({char.lower() for char in chars}):
            table.setdefault(char, []).append(form)
    return table


_FORMS_AT = _forms_by_first_char()


def _match_form(text: str, start: int) -> re.Match[str] | None:
    """``_PATTERN.match(text, start)`` on ASCII text, trying only the forms its first character may open."""
    for form in _FORMS_AT.get(text[start].lower(), ()):
        if (match := form.match(text, start)) is not None:
            return match
    return None


def _get(m: re.Match, name: str) -> Optional[str]:
    """Group ``name`` of the form that matched (group names are prefixed per form)."""
    group = f"{m.lastgroup}__{name}"
    return m.group(group) if group in _GROUPS else None


def _group(m: re.Match, name: str) -> str:
    """A group every match of its form has (a day of a day range, the unit of a window)."""
    found = _get(m, name)
    if found is None:
        raise LookupError(f"date form {m.lastgroup!r} matched without its {name!r} group")
    return found


def _matches(text: str) -> Iterator[re.Match]:
    """The matches ``_PATTERN.finditer(text)`` gives, trying it only where one can start.

    ``match`` at an offset sees the same text before it as ``finditer`` does there.  ASCII
    text is scanned lower-cased and case-sensitively (several times faster than
    ``IGNORECASE``, same answer), and a start that matches there is matched again in
    the original text, for groups in their written case.
    """
    if not text.isascii():
        resume = 0
        for candidate in _STARTS_ANY_CASE.finditer(text):
            if candidate.start() >= resume and (match := _PATTERN.match(text, candidate.start())):
                resume = match.end()
                yield match
        return
    scanned = text.lower()
    pos = 0
    while (opening := _LOWER_CASE_OPENING.search(scanned, pos)) is not None:
        start = opening.start()
        match = _match_form(text, start)
        if match is None:  # not on ASCII text, where the gate and the pattern agree
            pos = start + 1
            continue
        yield match
        pos = max(match.end(), start + 1)


# Forms that state a period of fighting day by day: their every day is an event day,
# however long (up to a month), unlike vague spans such as "earlier this month".
_PERIOD_KINDS = frozenset({"full_range", "day_range", "month_day_range", "bare_day_range", "consecutive",
                           "consecutive_count", "lasted", "day_battle", "days_of_fighting", "week_of_month", "weekday_range",
                           "weekday_through",
                           "since_start", "until_today"})
_MAX_PERIOD_DAYS = 31


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    range: DateRange
    period: bool = False  # a stated period whose every day is an event day
    # a stretch up to the report a tally is counted over ("since the offensive began on
    # Monday", "the past week"): the period of a figure with no day of its own, never joined
    # to a day its sentence tells an event on (extract/context.py)
    tally: bool = False

    @property
    def first_day(self) -> date:
        """The first day as a date (mentions are made only of resolved dates, with both ends)."""
        return _resolved_day(self.range.start)

    @property
    def last_day(self) -> date:
        return _resolved_day(self.range.end)

    @property
    def one_day(self) -> bool:
        """A single day stated exactly ("on Tuesday", "3 March 2016"): a day the story can
        count others from, or name its event by."""
        return self.range.precision == 1 and self.first_day == self.last_day


def _resolved_day(iso: str | None) -> date:
    if iso is None:
        raise ValueError("a date mention without its day: mentions are built by make_range")
    return date.fromisoformat(iso)


def counts_days_back(mention: DateMention) -> bool:
    """The mention states a run of days by their number alone ("for a fifth consecutive
    day", "for 3 days in a row", "lasted nine days"), so its last day was read as the
    report's: another day its sentence states may fix the run instead."""
    return mention.period and _COUNTED_BACK.fullmatch(mention.text) is not None


def find_dates(text: str, published: date | None, offset: int = 0) -> list[DateMention]:
    """Every date expression in ``text`` that can be resolved, in text order.

    Relative expressions need ``published``; without it only calendar dates are
    returned.  Impossible dates ("31 February") are skipped, never raised.
    """
    return [mention for _, mention in _scan(text, published, offset) if mention is not None]


def _scan(text: str, published: date | None, offset: int) -> Iterator[tuple[tuple[int, int], DateMention | None]]:
    """Every stretch the grammar matched (its span with ``offset``), with its mention or
    None when it resolves to no date: an unresolved match still hides the text it covers."""
    scanned = list(_read_matches(text, published, offset))
    sentences: _SentenceIndex | None = None  # built once, for the first counted days only
    for span, mention, kind in scanned:
        if kind in _UP_TO_NOW_KINDS and mention is not None:
            sentences = sentences or _SentenceIndex(text, scanned)
            if _told_earlier(text, offset, span, mention, sentences):
                mention = None
        yield span, mention


def _read_matches(text: str, published: date | None,
                  offset: int) -> Iterator[tuple[tuple[int, int], DateMention | None, Optional[str]]]:
    """Each match of the grammar as ``_scan`` gives it, with the kind of expression it is."""
    for match in _matches(text):
        span = (match.start() + offset, match.end() + offset)
        kind = match.lastgroup
        if kind is None or (kind == "relative" and (_is_name(text, match) or _side_story(text, match))):
            yield span, None, kind
            continue
        resolved = _RESOLVERS[kind](match, published)
        done = resolved is None and (resolved := _done_in(text, match, published)) is not None
        if resolved is None:
            yield span, None, kind
            continue
        start, end = resolved
        first = match.start()
        since = _SINCE_BEFORE.search(text, max(0, first - 8), first)
        if since or match.group().lower().startswith("since "):
            first = since.start() if since else first
            if published is not None and start < published:  # "since Tuesday": until now
                end = max(end, published)
        began = published is not None and (end - start).days <= 1 and _began_since(text, first, start, published)
        if began and published is not None:  # "since the offensive began on 4 March": until now
            end = published
        days = (end - start).days
        tally = bool(began) or _to_now(text, match, end, published)
        period = (kind in _PERIOD_KINDS or done) and days < _MAX_PERIOD_DAYS \
            or tally and days < MULTI_DAY_EVENT_DAYS
        fought = _fought_before(text, match.end()) if start == end else None
        if fought:  # "taken on Tuesday after two days of fierce fighting": those days too
            start, period = start - timedelta(days=fought), True
        yield (min(span[0], first + offset), span[1]), DateMention(
            first + offset, match.end() + offset, text[first:match.end()], make_range(start, end), period,
            tally), kind


def _began_since(text: str, at: int, day: date, published: date) -> bool:
    """Whether the day (or weekend) at ``at`` is the start of a period told after "since" ("57
    people have been killed since the bombardment resumed on Monday", "killed 64 in an offensive
    which began last weekend"), within a month before the report's day: an older start ("since
    the siege began in June 2013") is the background a war-wide tally is counted from, and stays
    its day."""
    if not day < published or (published - day).days >= _MAX_PERIOD_DAYS:
        return False
    began = _SINCE_BEGAN.search(text, max(0, at - _SINCE_BEGAN_REACH), at)
    return began is not None and not since_is_reference(text, began.start())


def since_is_reference(text: str, at: int) -> bool:
    """Whether the "since" at ``at`` ends a comparison ("the deadliest day since the offensive
    began", "the first deaths since the truce"): a point of reference, no period, so a figure
    told with it is one day's, not a running total (tolls' ``compared`` asks it too)."""
    return _SINCE_REFERENCE.search(text, max(0, at - _REFERENCE_REACH), at) is not None


def _to_now(text: str, match: re.Match, end: date, published: date | None) -> bool:
    """Whether ``match`` counts the stretch up to the report's day: "the past week", "the last
    ten days" (``_TO_NOW_KINDS``), not "the last ten days of August"."""
    return match.lastgroup in _TO_NOW_KINDS and end == published and _PAST.search(match.group()) is not None \
        and _OF_AFTER.match(text, match.end()) is None


# Counted days read as ending on publication ("in four days of fighting"): a guess that
# an earlier date told in the same sentence overrules (``_told_earlier``).
_UP_TO_NOW_KINDS = frozenset({"days_of_fighting"})
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


class _SentenceIndex:
    """Where a text's sentences end and where its scanned matches start, found once: asking
    each counted-days phrase for its sentence by scanning the text from its start, and
    every match of the text for that sentence's dates, grew with the square of a long
    report (a 440 KB text of such phrases took 8.7 s)."""

    def __init__(self, text: str, scanned: list[tuple[tuple[int, int], DateMention | None, Optional[str]]]) -> None:
        self.ends = [m.end() for m in _SENTENCE_END.finditer(text)]
        self.scanned = scanned
        self.starts = [start for (start, _), _, _ in scanned]  # a match's mention starts where its span does
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))  # "since" may reach back

    def opening(self, text: str, at: int) -> int:
        """Where the sentence holding ``at`` opens: after the last sentence end up to ``at``
        (one closing right at ``at`` counts, as "$" would at a scan's end)."""
        if at and text[at - 1] in _CLOSING:
            return at
        i = bisect_right(self.ends, at)
        return self.ends[i - 1] if i else 0

    def mentions_between(self, lo: int, hi: int) -> Iterator[DateMention | None]:
        """The scanned matches' mentions starting from ``lo`` to before ``hi``, or all of them
        when the starts are out of order."""
        found = self.scanned[bisect_left(self.starts, lo):bisect_left(self.starts, hi)] \
            if self.ordered else self.scanned
        return (mention for _, mention, _ in found)


def _told_earlier(text: str, offset: int, span: tuple[int, int], mention: DateMention,
                  sentences: _SentenceIndex) -> bool:
    """"Militants executed 20 villagers in four days of violence in Shuhail in August 2014",
    "In 2016, troops lost 300 soldiers in ten days of fighting": a sentence that dates its
    account before the counted days leaves them undated rather than pinned to publication
    (the sentence's own date tells when)."""
    opening = sentences.opening(text, span[0] - offset) + offset
    closing = _SENTENCE_END.search(text, span[1] - offset)
    close = (closing.end() if closing else len(text)) + offset
    return any(other is not None and other is not mention and opening <= other.start and other.end <= close
               and other.last_day < mention.first_day for other in sentences.mentions_between(opening, close))


_WORD_CHAR = re.compile(r"\w")
_CLOSING = (".", "!", "?")


class DatesOfText:
    """The dates of a whole text, and those of any sentence of it without a second scan.

    The casualty reader needs the dates of each sentence it reads, and a sentence's own
    scan costs as much again as the text's (every number in a toll is a place a date may
    start).  A sentence's dates are the text's dates inside it whenever its edges cannot
    change what the grammar sees: a word boundary on each side, a closing full stop (no
    lookahead reaches past one), no match crossing an edge and no "Today" opening it
    (``_is_name`` looks before it).  Any other sentence is scanned on its own, so the
    answer is always that of ``find_dates`` on the sentence.
    """

    def __init__(self, text: str, published: date | None) -> None:
        self.text = text
        self.published = published
        scanned = list(_scan(text, published, 0))
        self._spans = [span for span, _ in scanned]
        self._found = [mention for _, mention in scanned]
        self.mentions = [mention for mention in self._found if mention is not None]
        self._starts = [start for start, _ in self._spans]
        self._in_order = self._starts == sorted(self._starts)
        self._reach = [-1]  # furthest end of the spans before each index
        for _, end in self._spans:
            self._reach.append(max(self._reach[-1], end))

    def within(self, start: int, end: int) -> list[DateMention]:
        """``find_dates(text[start:end], published, start)``."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        if (not self._in_order or self._edges_matter(start, end) or self._reach[first] > start
                or self._reach[last] > end):
            return find_dates(self.text[start:end], self.published, start)
        return [mention for mention in self._found[first:last] if mention is not None]

    def _edges_matter(self, start: int, end: int) -> bool:
        text = self.text
        if start > 0 and _WORD_CHAR.match(text[start - 1]):
            return True
        if end < len(text) and (not text[start:end].endswith(_CLOSING) or _WORD_CHAR.match(text[end])):
            return True
        return text[start:end].lstrip().startswith("Today")


def _side_story(text: str, match: re.Match) -> bool:
    """"at the weekend" or "in the early hours" told of a side story in its clause (a truce,
    talks, a plan, the witnesses who fled): no day of the report's event (``side_clause_cues``).
    "who" alone is the event's doers ("gunmen who stormed X at the weekend killed 3"): it opens
    a side story only when a verb of telling follows the days ("residents who fled ... said")."""
    if not match.group().lower().endswith(_REPORT_DAY_WORDS):
        return False
    start = max(0, match.start() - _DONE_REACH)
    if _SIDE_STORY.search(text, start, match.start()) is not None:
        return True
    return _WITNESS.search(text, start, match.start()) is not None and \
        _WITNESS_TELLS.match(text, match.end()) is not None


# A date told by the calendar, not counted from the day of writing: a month's name or a numeric date.
_CALENDAR_WORDS = re.compile(rf"(?<![\w-])(?:{_MONTH_NAMES})(?![\w-])|\d[-/.]\d", re.IGNORECASE)
_CALENDAR_REACH = 40  # characters around a month's name or number in which its day and year stand


def names_calendar_day(text: str, day: date) -> bool:
    """Whether ``text`` states ``day`` by the calendar ("the August 21 attack", "on 21-08"),
    not by a word counted from the day of writing ("today", "on Wednesday").  Only the
    stretches around that month's name next to a day's number ("May 3", "3rd of May": not the
    modal "may") and its numeric dates are read, each widened to whole words so that no date
    is cut in half: a long report costs at most one scan of the text."""
    names = "|".join(re.escape(name) for name, number in MONTHS.items() if number == day.month)
    month = re.compile(rf"(?<![\w-])(?:{names})\.?\s+[0-3]?\d(?!\d)"
                       rf"|(?<!\d)[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{names})(?![\w-])"
                       rf"|(?<!\d)0?{day.month}[-/.]\d|\d[-/.]0?{day.month}(?!\d)", re.IGNORECASE)
    windows: list[tuple[int, int]] = []
    for m in month.finditer(text):
        lo, hi = _whole_words(text, max(0, m.start() - _CALENDAR_REACH), m.end() + _CALENDAR_REACH)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
        else:
            windows.append((lo, hi))
    return any(m.one_day and m.first_day == day and _CALENDAR_WORDS.search(m.text)
               for lo, hi in windows for m in find_dates(text[lo:hi], day))


def _whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``lo`` and ``hi`` moved out to the edges of the words they fall in ("12-03-2018"
    read whole, not as "2-03-2018")."""
    while 0 < lo and not text[lo - 1].isspace():
        lo -= 1
    while hi < len(text) and not text[hi].isspace():
        hi += 1
    return lo, hi


def _is_name(text: str, match: re.Match) -> bool:
    """"Aleppo Today" is a news outlet: a capitalised "Today" inside a sentence.  Other
    capitalised relative words ("Overnight", "Yesterday") name no outlet: they open a
    sentence whose full stop a copied text lost."""
    if not match.group().startswith("Today"):
        return False
    before = text[max(0, match.start() - 8):match.start()].rstrip()
    return bool(before) and before[-1] not in ".!?\n\"“:;"


def make_range(start: date, end: date) -> DateRange:
    """A ``DateRange`` with UCDP precision from the number of days it covers."""
    if end < start:
        start, end = end, start
    days = (end - start).days + 1
    precision = 1 if days == 1 else 2 if days <= 6 else 3 if days == 7 else 4 if days <= 31 else 5
    return DateRange(start=start.isoformat(), end=end.isoformat(), precision=precision)


Span = Optional[tuple[date, date]]


def _safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month(m: re.Match) -> Optional[int]:
    return _month_number(_group(m, "month1"))


def _month_number(name: str) -> Optional[int]:
    """The month named; lower-case "may" and "march" are the verbs ("the toll may 20 …")."""
    return None if name in ("may", "march") else MONTHS[name.lower()]


def _year_for(month: int, day: int, year: Optional[str], published: date | None) -> Optional[int]:
    """The stated year, else the publication year (or the one before, for dates after it)."""
    if year:
        return int(year)
    if published is None:
        return None
    candidate = _safe_date(published.year, month, min(day, 28))
    if candidate and candidate > published + timedelta(days=1):
        return published.year - 1
    return published.year


def _range_end(m: re.Match, day_first: int, month_first: int) -> Optional[tuple[int, int]]:
    """(month, day) of one end of a ``full_range``, written day first or month first."""
    for n in (day_first, month_first):
        name = _get(m, f"month{n}")
        if name:
            month = _month_number(name)
            return (month, int(_group(m, f"day{n}"))) if month else None
    return None


def _full_range(m: re.Match, published: date | None) -> Span:
    """"from 28 February to 3 March": the years stated, else the end's latest on or before
    publication, and a start whose month comes after the end's in the year before ("from
    27 December to 4 January")."""
    first, last = _range_end(m, 1, 3), _range_end(m, 2, 4)
    if first is None or last is None:
        return None
    turns = int(first[0] > last[0])  # the range runs over New Year
    stated_start, stated_end = _get(m, "year1"), _get(m, "year2")
    if stated_end:
        end_year: Optional[int] = int(stated_end)
    elif stated_start:
        end_year = int(stated_start) + turns
    else:
        end_year = _year_for(last[0], last[1], None, published)
    if end_year is None:
        return None
    start = _safe_date(int(stated_start) if stated_start else end_year - turns, *first)
    end = _safe_date(end_year, *last)
    return (start, end) if start and end and start <= end else None


def _day_range(m: re.Match, published: date | None) -> Span:
    month = _month(m)
    d1, d2 = int(_group(m, "day1")), int(_group(m, "day2"))
    year = _year_for(month, d1, _get(m, "year1"), published) if month else None
    if month is None or year is None:
        return None
    start, end = _safe_date(year, month, d1), _safe_date(year, month, d2)
    return (start, end) if start and end and start <= end else None


_DAY_FIRST = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@lru_cache(maxsize=4096)
def _parse_numeric(candidate: str, published: date | None) -> Optional[date]:
    """A numeric date, day first ("30-04-2016", "05.10.2017", ISO).

    A valid day, month and year are read directly; anything else ("31-04-2016",
    "12-31-2016") is left to dateparser's judgement, which costs milliseconds a call
    (so it only sees these short strings, cached: reports repeat their datelines).
    """
    return _plain_numeric(candidate) or _dateparser_numeric(candidate, published)


def _plain_numeric(candidate: str) -> Optional[date]:
    iso = _ISO.fullmatch(candidate)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    day_first = _DAY_FIRST.fullmatch(candidate)
    return _safe_date(int(day_first[3]), int(day_first[2]), int(day_first[1])) if day_first else None


def _dateparser_numeric(candidate: str, published: date | None) -> Optional[date]:
    import dateparser  # slow to import and rarely needed: loaded on the first odd date

    settings: dict = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime(published.year, published.month, published.day)
    parsed = dateparser.parse(candidate, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _day_number(word: str) -> int:
    """A day of the month as written: "12", "twenty-first"."""
    return int(word) if word.isdecimal() else _DAY_ORDINALS[_folded(word)]


def _single_day(m: re.Match, published: date | None) -> Span:
    month = _month(m)
    day = _day_number(_group(m, "day1"))
    year = _year_for(month, day, _get(m, "year1"), published) if month else None
    found = _safe_date(year, month, day) if month is not None and year is not None else None
    return (found, found) if found else None  # "31 February": skipped


def _holiday(m: re.Match, published: date | None) -> Span:
    """"on the eve of Eid al-Fitr", "during Ramadan": the latest such day (or stretch) up to publication."""
    name = _get(m, "name") or _get(m, "name2") or _get(m, "name4") or _group(m, "name3")
    part = _get(m, "part") or _get(m, "part2")
    if published is None or _planned(m) or _AFTER_A_WEEKDAY.search(m.string, 0, m.start()):
        return None
    return _HOLIDAYS.span(_folded(name), _folded(part) if part else None, published)


def _planned(m: re.Match) -> bool:
    """Days a plan or a deadline names ("by the end of June", "a truce will start on the first
    day of Eid"): told after by/before/until, or in a clause with a plan's word (``plan_words``)."""
    text = m.string
    opening = max(text.rfind(stop, 0, m.start()) for stop in _CLAUSE_STOPS) + 1
    closing = min((at for stop in _CLAUSE_STOPS if (at := text.find(stop, m.end())) >= 0), default=len(text))
    return bool(_DEADLINE.match(m.group()) or _DEADLINE_BEFORE.search(text, opening, m.start())
                or _PLAN_WORD.search(text[opening:m.start()] + " " + text[m.end():closing]))


def _folded(words: str) -> str:
    """A phrase as the lexicon writes it: lower case, single spaces, a plain apostrophe."""
    return " ".join(words.lower().replace("\u2019", "'").split())


def _bare_day_range(m: re.Match, published: date | None) -> Span:
    """Days of the publication month; a range ending after publication is last month's."""
    if published is None:
        return None
    d1, d2 = int(_group(m, "day1")), int(_group(m, "day2"))
    year, month = published.year, published.month
    if d2 > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    start, end = _safe_date(year, month, d1), _safe_date(year, month, d2)
    return (start, end) if start and end and start < end else None


def _days_up_to_publication(days: int | None, published: date | None) -> Span:
    if published is None or not days or days > _MAX_PERIOD_DAYS:
        return None
    return published - timedelta(days=days - 1), published


def _consecutive(m: re.Match, published: date | None) -> Span:
    """"for a fifth consecutive day": the five days ending on publication."""
    return _days_up_to_publication(_ordinal_number(_group(m, "ordinal")), published)


def _ordinal_number(word: str) -> Optional[int]:
    """An ``ORDINAL`` as a number: "5th", "fifth"."""
    word = word.lower()
    return int(re.sub(r"\D", "", word)) if word[0].isdigit() else _ORDINALS.get(word)


def _counted_days(m: re.Match, published: date | None) -> Span:
    """"for 3 days in a row", "clashes that lasted nine days" (or "a week", "72 hours of
    shelling"): those days ending on publication."""
    return _days_up_to_publication(days_counted(count_value(_group(m, "count")), _get(m, "unit") or "days"), published)


def days_counted(count: int | None, unit: str) -> int | None:
    """The days a count of ``unit`` ("days", "weeks", "hours") spans: "three weeks" 21,
    "72 hours" 3 (``_days_of_hours``); no count (or 0) as it is."""
    if not count:
        return count
    unit = unit.lower()
    return 7 * count if unit.startswith("week") else _days_of_hours(count) if unit == "hours" else count


def _days_of_hours(hours: int) -> int:
    """The days ending on publication that ``hours`` up to it are told on: "the past 24
    hours" is the report's day (UCDP dates six in seven such reports on it alone), 72 hours
    its day and the two before, as "the past three days" are."""
    return max(1, -(-hours // 24))


def _since_start(m: re.Match, published: date | None) -> Span:
    """"since the start of the week": from its Monday (or the 1st of the month, or of the
    month named) to publication."""
    if published is None:
        return None
    if _get(m, "month1"):
        month = _month(m)
        start = date(published.year, month, 1) if month else None
        return (start, published) if start and start <= published else None
    if _group(m, "unit").lower() == "week":
        return published - timedelta(days=published.weekday()), published
    return published.replace(day=1), published


def _short_numeric(m: re.Match, published: date | None) -> Span:
    """"on 12/3": day first or month first, whichever is a day on or before publication
    and nearer to it (outlets of both habits write for the same readers)."""
    if published is None:
        return None
    first, second = int(_group(m, "first")), int(_group(m, "second"))
    readings = [d for day, month in ((first, second), (second, first)) if 1 <= month <= 12
                and (d := _latest_on_or_before(month, day, published)) is not None]
    if not readings:
        return None
    found = max(readings)
    return found, found


def _latest_on_or_before(month: int, day: int, published: date) -> Optional[date]:
    """That day and month in the publication year, else the year before (a day later
    than publication is last year's)."""
    found = _safe_date(published.year, month, day)
    if found is not None and found > published:
        found = _safe_date(published.year - 1, month, day)
    return found


def _bare_day(m: re.Match, published: date | None) -> Span:
    """"on the 12th": that day of the publication month, or of the month before when it
    lies after publication or the text says "of last month".  "The 30th of last month" told
    in March names a day February lacks: the month is stated, the day a slip, so the month
    alone is what the report dates (never the report's own day, nor no day)."""
    if published is None:
        return None
    word = _get(m, "word")
    day = _day_number(word) if word else int(_group(m, "day1"))
    year, month = published.year, published.month
    which = _folded(_get(m, "which") or _get(m, "which2") or "")
    earlier = which in ("last", "the previous", "the past")
    if earlier or day > published.day:
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    found = _safe_date(year, month, day)
    if found is None and earlier:
        return _calendar_unit("last month", published)
    return (found, found) if found else None


def _numeric(m: re.Match, published: date | None) -> Span:
    found = _parse_numeric(_group(m, "numeric"), published)
    return (found, found) if found else None


def _month_year(m: re.Match, published: date | None) -> Span:
    """The month named, or the third of it an "early", "mid" or "late" names: "in early
    October", told on 29 October, is three weeks back, not this month's news."""
    month = _month(m)
    year = _year_for(month, 1, _get(m, "year1"), published) if month else None
    if month is None or year is None:
        return None
    part = _folded(_get(m, "part") or _get(m, "part2") or "")
    if part in _TOLD_PARTS and _planned(m):
        return None  # "vowed to retake Latamneh before the end of March": days yet to come
    first, last = _MONTH_PARTS.get(part, (1, 31))
    return date(year, month, first), date(year, month, min(last, calendar.monthrange(year, month)[1]))


def _year(m: re.Match, published: date | None) -> Span:
    year = int(_group(m, "year1"))
    return date(year, 1, 1), date(year, 12, 31)


def lapse(relations: str, units: list[str] | None = None, counted: bool = False) -> str:
    """A lapse of time counted from another event, the one home of "N units after": "two days
    after", "weeks after", "less than a year before" (``relations``: an alternation of the
    words after the unit; ``units``: the singular units allowed, all by default; ``counted``:
    only with a count).  Groups: ``count`` (absent when bare or vague), ``unit``."""
    chosen = units if units is not None else list(_PERIODS.lapse_units)
    count = rf"(?:{any_phrase(_PERIODS.lapse_counts)}|{COUNT})"
    return (rf"\b(?:(?:{any_phrase(_PERIODS.lapse_qualifiers)})\s+)?(?:{count}\s+){'' if counted else '?'}"
            rf"(?P<unit>{any_phrase(chosen)})s?\s+(?:{relations})\b")


def since_began_verbs() -> list[str]:
    """The verbs of a start ("began", "erupted", "took effect"): they open a period after
    "since", and an aside of time that names one counts time from it (extract/asides.py)."""
    return list(_PERIODS.since_began_verbs)


# Units of a lapse that spans a week or more ("weeks after") set the news apart from the event
# counted from; shorter ones ("a day after") may tell the same story's days.
LONG_LAPSE_UNITS = [unit for unit, days in _PERIODS.lapse_units.items() if days >= _PERIODS.longest_event_days]
SHORT_LAPSE_UNITS = [unit for unit in _PERIODS.lapse_units if unit not in LONG_LAPSE_UNITS]


def lapse_days(count: str | None, unit: str) -> float:
    """How many days a lapse ``lapse`` found spans; a bare or vague count ("weeks after",
    "a few days after") as one of its unit."""
    return ((count_value(count) if count else None) or 1) * _PERIODS.lapse_units[unit.lower()]


# "found on Friday two days after gunmen kidnapped them": the event after the cue
# happened that many days before the day stated before it (up to nine days).
_DAYS_AFTER = re.compile(lapse("after", ["day"], counted=True), re.IGNORECASE)
_MOST_DAYS_AFTER = 9


def days_after_cues(text: str, start: int, end: int) -> list[tuple[int, int, int]]:
    """Each "two days after" between ``start`` and ``end``: (its start, its end, the days)."""
    found = ((m, count_value(m.group("count"))) for m in _DAYS_AFTER.finditer(text, start, end) if m.group("count"))
    return [(m.start(), m.end(), days) for m, days in found if days and days <= _MOST_DAYS_AFTER]


# "on Tuesday after two days of fierce fighting": the fighting the day's event ended.
_AFTER_DAYS_OF = re.compile(rf",?\s+after\s+{COUNT}\s+days\s+of\s+(?:[\w-]+\s+)?(?:{_FIGHT_NOUNS})\b", re.IGNORECASE)


def _fought_before(text: str, end: int) -> Optional[int]:
    """The days of fighting a single day is said to have come after, right behind it."""
    found = _AFTER_DAYS_OF.match(text, end)
    if found is None or found.group("count").lower() in ("few", "several"):  # a stated count only
        return None
    days = count_value(found.group("count"))
    return days if days and days < _MAX_PERIOD_DAYS else None


# "on Sunday, the fifth day of the incursion", "captured on the first day of the offensive":
# days counted within a campaign the report names (extract/context.py dates them).
_NTH_DAY_OF = re.compile(rf"(?:,\s*)?(?:on\s+)?(?:the|its|their)\s+{ORDINAL}\s+day\s+of\s+(?:the|an?|its|their|this)\s+"
                         rf"(?:[\w-]+\s+)?(?:{_FIGHT_NOUNS}|incursion)\b", re.IGNORECASE)


# Its cue words: the grammar is tried only just before each "day of" of a text.
_DAY_OF = re.compile(r"day\s+of\s", re.IGNORECASE)
_NTH_DAY_REACH = 120  # characters before "day of" its ", on the twenty-seventh" may start


def nth_days_of_fighting(text: str) -> list[tuple[int, int, int]]:
    """Each "the fifth day of the offensive": (its start, its end, the day's number).

    Scanning the whole text with the grammar costs ~0.08 s a megabyte, though it can only
    match around the rare "day of": it is tried at each position of the short stretch
    before each such cue, leftmost first, as a scan of the text would find it."""
    found: list[tuple[int, int, int]] = []
    taken = 0  # matches do not overlap: the next starts after the last one's end
    for cue in _DAY_OF.finditer(text):
        for at in range(max(taken, cue.start() - _NTH_DAY_REACH), cue.start()):
            m = _NTH_DAY_OF.match(text, at)
            if m is None:
                continue
            taken = m.end()
            number = _ordinal_number(m.group("ordinal"))
            if number and number <= _MAX_PERIOD_DAYS:
                found.append((m.start(), m.end(), number))
            break
    return found


def count_value(word: str) -> Optional[int]:
    """A ``COUNT`` as a number: "12", "three", "a"."""
    word = word.lower()
    return int(word) if word.isdecimal() else _SMALL_NUMBERS.get(word)


def _window(m: re.Match, published: date | None) -> Span:
    """"the past 48 hours", "two days ago": a stretch ending at the publication date."""
    count = count_value(_group(m, "count"))
    if published is None or not count:
        return None
    text = m.group().lower()
    unit = _group(m, "unit").lower()
    ago = re.search(r"(ago|earlier|before)$", text)
    if unit == "hours":
        days_back = _days_of_hours(count) - 1
    elif unit == "days":
        days_back = count if ago else count - 1
    else:
        days_back = 7 * count
    if not ago and not re.search(r"past|last|previous|during|over|within", text):
        return None  # "in 3 days" is more often a plan than a report
    if ago and unit == "days":
        day = published - timedelta(days=days_back)
        return day, day
    if ago and unit == "hours":  # "a few hours ago": the day those hours fall on
        day = published - timedelta(days=count // 24)
        return day, day
    if ago:  # "two weeks ago": the week around that day
        middle = published - timedelta(days=days_back)
        return middle - timedelta(days=3), middle + timedelta(days=3)
    return published - timedelta(days=days_back), published


def _done_in(text: str, m: re.Match, published: date | None) -> Span:
    """ "Rebel infighting kills 45 fighters in 2 days": days after a bare "in" are the
    stretch up to the report when a verb of fighting comes before them in their sentence
    ("Schools will reopen in 3 days" is a plan, which ``_window`` leaves undated).  Not
    hours: "70 were killed in 24 hours, a monitor said Thursday" are the hours up to the
    day it was said, which the report's lead dates better than its own day."""
    if m.lastgroup != "window" or not m.group().lower().startswith("in ") or _group(m, "unit").lower() != "days":
        return None
    before = text[max(0, m.start() - _DONE_REACH):m.start()]
    done = _DONE_BEFORE.search(before)
    if done is None or _PLANNED.search(before[:done.start()]) or _in_old_year(text, m, published):
        return None
    return _counted_days(m, published)


_STOP = re.compile(r"[.!?\n]")


@lru_cache(maxsize=1)
def _stops(text: str) -> list[int]:
    """Where ``text``'s sentence stops stand, found once per text: looking them up by
    ``rfind``/``find`` for each phrase scanned the whole text whenever one kind of stop was
    missing (a 1 MB text of "in N days" phrases: 2.0 s, 1.3 s with this)."""
    return [m.start() for m in _STOP.finditer(text)]


def _in_old_year(text: str, m: re.Match, published: date | None) -> bool:
    """Whether the sentence of ``m`` names a year before the report's, or "last year"."""
    stops = _stops(text)
    i, j = bisect_left(stops, m.start()), bisect_left(stops, m.end())
    start, end = stops[i - 1] + 1 if i else 0, stops[j] if j < len(stops) else len(text)
    for year in _OLD_YEAR.finditer(text, start, end):
        word = year.group()
        if not word[0].isdigit() or published is None or int(word) < published.year:
            return True
    return False


def _single_unit(m: re.Match, published: date | None) -> Span:
    """"during the past week": the seven days ending on the report's, as "the past seven days"
    are (``_window``); "the past day" is the report's day, as "the past 24 hours" is."""
    if published is None:
        return None
    days = {"day": 1, "week": 7, "month": 30, "year": 365}[_group(m, "unit1").lower()]
    return published - timedelta(days=days - 1), published


# Relative words that name fixed days: (days back to the start, days back to the end).
_DAYS_BACK = {
    "today": (0, 0), "tonight": (0, 0), "this morning": (0, 0), "this afternoon": (0, 0),
    "this evening": (0, 0), "earlier today": (0, 0), "since dawn": (0, 0), "at dawn": (0, 0),
    "yesterday": (1, 1), "last night": (1, 1), "the previous day": (1, 1), "the day before": (1, 1),
    "the day before yesterday": (2, 2), "overnight": (1, 0), "the previous night": (1, 1),
    "earlier in the day": (0, 0), "later in the day": (0, 0), "a day ago": (1, 1),
    "this dawn": (0, 0), "since the dawn": (0, 0), "since midnight": (0, 0), "before dawn": (0, 0),
    "hours ago": (0, 0), "moments ago": (0, 0), "a short while ago": (0, 0), "a little while ago": (0, 0),
}


def _relative(m: re.Match, published: date | None) -> Span:
    if published is None:
        return None
    rel = re.sub(r"\s+", " ", _group(m, "rel").lower())
    if rel.endswith(("hours", "morning")):  # "since the morning", "during the past hours": today
        return published, published
    if rel in _DAYS_BACK:
        back_start, back_end = _DAYS_BACK[rel]
        return published - timedelta(days=back_start), published - timedelta(days=back_end)
    if rel.endswith("weekend"):
        return _weekend(published)
    return _calendar_unit(rel, published)


def _weekend(published: date) -> tuple[date, date]:
    """"over the weekend": the last Saturday and Sunday up to publication (English-language
    outlets' weekend), cut at publication when the report appears on the Saturday."""
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    return saturday, min(saturday + timedelta(days=1), published)


def _calendar_unit(rel: str, p: date) -> Span:
    """"this week", "last month", "earlier this year": calendar weeks, months and years."""
    if rel.endswith("this week"):
        return p - timedelta(days=p.weekday()), p
    if rel in ("last week", "a week ago"):
        monday = p - timedelta(days=p.weekday() + 7)
        return monday, monday + timedelta(days=6)
    if rel.endswith("this month"):
        return p.replace(day=1), p
    if rel in ("last month", "a month ago"):
        end = p.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    if rel.endswith("this year"):
        return date(p.year, 1, 1), p
    if rel == "last year":
        return date(p.year - 1, 1, 1), date(p.year - 1, 12, 31)
    return None


def _weekday(m: re.Match, published: date | None) -> Span:
    """The most recent such weekday on or before publication ("last Monday": before it); none
    for a weekday that recurs ("every Friday, residents gather …", "each Thursday"): a habit
    tells no day, as "on Fridays" does not."""
    if published is None or _HABITUAL_BEFORE.search(m.string, max(0, m.start() - _HABITUAL_REACH), m.start()):
        return None
    back = (published.weekday() - WEEKDAYS[_group(m, "weekday").lower()]) % 7
    if back == 0 and _get(m, "last"):
        back = 7
    day = published - timedelta(days=back)
    return day, day


def _until_today(m: re.Match, published: date | None) -> Span:
    """"from 14 June until today", "from Sunday to this morning": that day to publication."""
    first = _weekday(m, published) if _get(m, "weekday") else _single_day(m, published)
    return (first[0], published) if first and published and first[0] <= published else None


def _weekday_range(m: re.Match, published: date | None) -> Span:
    """"between Saturday and Monday": the latest such last day on or before publication,
    and the first day before it."""
    if published is None:
        return None
    first, last = (WEEKDAYS[_group(m, name).lower()] for name in ("weekday", "weekday2"))
    end = published - timedelta(days=(published.weekday() - last) % 7)
    return end - timedelta(days=(last - first) % 7), end


def _week_of_month(m: re.Match, published: date | None) -> Span:
    """"the first week of March": its days 1-7 (the last week: its last seven days), last
    year's when no year is stated and the week starts after publication, and cut at
    publication when the report appears inside it."""
    month = _month(m)
    year = _year_for(month, 1, _get(m, "year1"), published) if month else None
    if month is None or year is None:
        return None
    nth = _WEEK_OF_MONTH[_group(m, "nth").lower()]
    start, end = _nth_week(year, month, nth)
    if published is not None and not _get(m, "year1") and start > published:
        start, end = _nth_week(year - 1, month, nth)
    return start, min(end, published) if published is not None and start <= published else end


def _nth_week(year: int, month: int, nth: int) -> tuple[date, date]:
    first = calendar.monthrange(year, month)[1] - 6 if nth < 0 else 7 * (nth - 1) + 1
    return date(year, month, first), date(year, month, first + 6)


_RESOLVERS: dict[str, Callable[[re.Match, date | None], Span]] = {
    "full_range": _full_range,
    "day_range": _day_range,
    "month_day_range": _day_range,
    "bare_day_range": _bare_day_range,
    "consecutive": _consecutive,
    "consecutive_count": _counted_days,
    "lasted": _counted_days,
    "day_battle": _counted_days,
    "days_of_fighting": _counted_days,
    "week_of_month": _week_of_month,
    "weekday_range": _weekday_range,
    "weekday_through": _weekday_range,
    "since_start": _since_start,
    "until_today": _until_today,
    "holiday": _holiday,
    "day_month": _single_day,
    "word_day_month": _single_day,
    "glued_month_day": _single_day,
    "month_day": _single_day,
    "numeric": _numeric,
    "short_numeric": _short_numeric,
    "bare_day": _bare_day,
    "month_year": _month_year,
    "month_only": _month_year,
    "year": _year,
    "window": _window,
    "single_unit": _single_unit,
    "relative": _relative,
    "weekday": _weekday,
}


# -- dates that are no event days: the page's stamp and the day something was said ----------

STAMPS_PATH = PACKAGE_DATA / "dates" / "stamps.yaml"
STAMP_REACH = 600  # characters from the top of a report within which a page's stamp stands
_CUE_REACH = 25  # characters before a stamp in which its cue ("Published on", "AFP") stands
_SAID_REACH = 40  # characters before a day in which "said in a statement on" stands
EXPLICIT_YEAR = re.compile(r"(?:19|20)\d\d")  # a date written in full states its year
# A wire story's dateline: "HOMS, June 9 (Reuters) -", "AMMAN, Jordan, May 3 (AP) —".
_WIRE_CITY = re.compile(r"\b[A-Z][A-Z .'-]{2,}(?:,\s+[A-Z][a-z]+)?,\s*$")
_WIRE_AGENCY = re.compile(r"\s*(?:,\s*(?:19|20)\d\d\s*)?\([A-Z][\w .]{0,30}\)\s*[-–—]")


@dataclass(frozen=True)
class _StampWords:
    cue: re.Pattern[str]
    said: re.Pattern[str]
    source: re.Pattern[str]  # any reporting verb, or a wire story's dateline
    said_of: re.Pattern[str]  # after a day: "Tuesday's briefing", "Tuesdays oral briefing"
    marked_before: re.Pattern[str]  # before a day: "residents marked on"
    anniversary_after: re.Pattern[str]  # after a day marked: "the fifth anniversary"
    marks_after: re.Pattern[str]  # after a day: "marks one year since"
    not_dateline: re.Pattern[str]  # after an opening day: "…: warplanes", "… was the bloodiest"
    other_news: re.Pattern[str]  # after an anniversary marked: ", while jets killed 11"
    perfect_news: re.Pattern[str]  # "the toll has risen to 82": a sentence's news of the day it was said
    field_tellers: re.Pattern[str]  # "a military source told SANA": the day said is the events' day


@lru_cache(maxsize=1)
def _stamp_words() -> _StampWords:
    """The cues of data/dates/stamps.yaml as patterns: a stamp's cue and a reporting verb
    ending where the date starts, and any source named anywhere."""
    raw = read_yaml(STAMPS_PATH, DateDataError)
    data = {key: pattern_list(STAMPS_PATH, raw, key)
            for key in ("stamp_cues", "reporting_verbs", "statement_nouns", "anniversary_words", "marking_verbs",
                        "day_as_subject_verbs", "news_joins", "perfect_news", "field_tellers", "said_gap_words")}
    cue = re.compile(r"(?:" + "|".join(data["stamp_cues"]) + r")\s*:?\s*(?:[A-Z][a-z]+day,?\s+)?$")
    # one word between verb and day: the hearer of "told", a name, or a gap word ("said late on")
    gap = r"(?:(?<=\btold\s)(?!(?:an?|the)\b)[\w.]+|(?-i:[A-Z0-9])[\w.]*|" + "|".join(data["said_gap_words"]) + r")"
    said = re.compile(r"\b(?:" + "|".join(data["reporting_verbs"]) + r")"
                      r"(?:\s+in\s+an?\s+(?:" + "|".join(data["statement_nouns"]) + r")|\s+" + gap + r")?"
                      r",?\s+(?:on\s+)?$"
                      # "the agency quoted a military source on Wednesday as saying"
                      r"|\bquot(?:ed|ing)\s+(?:[\w.'-]+\s+){1,4}(?:on\s+)?$", re.IGNORECASE)
    source = re.compile(r"\b(?:" + "|".join(data["reporting_verbs"]) + r")\b|" + _WIRE_AGENCY.pattern.removeprefix(r"\s*"),
                        re.IGNORECASE)
    marking, anniversary = "|".join(data["marking_verbs"]), "|".join(data["anniversary_words"])
    words_after = rf"\s+(?:[\w-]+\s+){{0,3}}?(?:{anniversary})\b"
    return _StampWords(cue, said, source, noun_after_day("|".join(data["statement_nouns"])),
                       re.compile(rf"\b(?:{marking})\s+(?:on\s+)?$", re.IGNORECASE),
                       re.compile(words_after, re.IGNORECASE),
                       re.compile(rf"\s+(?:will\s+)?(?:{marking}){words_after}", re.IGNORECASE),
                       re.compile(r"\s*:|\s+(?:" + "|".join(data["day_as_subject_verbs"]) + r")\b", re.IGNORECASE),
                       re.compile(r"\b(?:" + "|".join(data["news_joins"]) + r")\b", re.IGNORECASE),
                       re.compile("|".join(data["perfect_news"]), re.IGNORECASE),
                       re.compile("|".join(data["field_tellers"]), re.IGNORECASE))


@lru_cache(maxsize=1)
def war_began() -> date:
    """The ``war_began`` day of data/dates/stamps.yaml, checked."""
    data = read_yaml(STAMPS_PATH, DateDataError)
    day = data.get("war_began") if isinstance(data, dict) else None
    if type(day) is not date:
        raise DateDataError(f"{STAMPS_PATH}: 'war_began' must be a day written YYYY-MM-DD, not {day!r}")
    return day


@lru_cache(maxsize=1)
def _gaps_back() -> list[re.Pattern[str]]:
    """The ``gaps_back`` of data/dates/stamps.yaml, ``<count>`` a number ("three", "a")."""
    raw = read_yaml(STAMPS_PATH, DateDataError)
    return [_checked_pattern(STAMPS_PATH, "gaps_back", item.replace("<count>", COUNT), re.IGNORECASE)
            for item in pattern_list(STAMPS_PATH, raw, "gaps_back")]


def states_gap_back(text: str, written: date, day: date, reach: int) -> bool:
    """Whether ``text``, written on ``written``, tells its story as a gap back from that day
    ("three weeks after a car bomb killed eight", "a month since", "last month") that lands
    within ``reach`` days of ``day``: a page retelling the story of ``day`` long after it."""
    for pattern in _gaps_back():
        for m in pattern.finditer(text):
            first, last = _gap_landing(m, written)
            if first - timedelta(days=reach) <= day <= last + timedelta(days=reach):
                return True
    return False


def _gap_landing(m: re.Match, written: date) -> tuple[date, date]:
    """The first and last day a gap of ``gaps_back`` lands on, counted back from
    ``written``: "three weeks after" its one day, "last month" the calendar month before."""
    found = m.groupdict()
    if found.get("last"):
        last = written.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    count = count_value(found["count"]) or 0
    if found["unit"].lower().startswith("week"):
        back = written - timedelta(weeks=count)
    else:
        year, month = divmod(written.year * 12 + written.month - 1 - count, 12)
        back = date(year, month + 1, min(written.day, calendar.monthrange(year, month + 1)[1]))
    return back, back


def is_page_stamp(text: str, mention: DateMention, published: date | None = None, offset: int = 0) -> bool:
    """The page's own date near the top of a report ("Published October 15 2016", "AFP
    Tuesday 23 Sep 2014 …", a wire story's "HOMS, June 9 (Reuters) -", or the very day the
    report is published, written in full): the day the report was filed, which dates none
    of its events, whatever day a feed or a dataset gives the report.

    ``text`` starts at ``offset`` of the report (a sentence of it, or the report itself);
    ``mention`` has the report's offsets.
    """
    if mention.start > STAMP_REACH:
        return False
    at, end = mention.start - offset, mention.end - offset
    if _WIRE_CITY.search(text, 0, max(0, at)) and _WIRE_AGENCY.match(text, end):
        return True
    if not EXPLICIT_YEAR.search(mention.text):
        return False
    if _stamp_words().cue.search(text[max(0, at - _CUE_REACH):max(0, at)]):
        return True
    if _weekday_dateline(text[max(0, at - _CUE_REACH):max(0, at)], mention):
        return True
    if offset == 0 and is_opening_dateline(text, mention):
        return True
    return published is not None and mention.range.start == published.isoformat() == mention.range.end


# "Friday 15 Aug 2014", "Sat 04 Oct 2014" at the top of a page: its weekday, not after a
# preposition ("killed on Friday 15 August 2014" tells an event's day).
_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>" + "|".join(sorted({*WEEKDAYS, *(d[:3] for d in WEEKDAYS)}, key=len,
                                                                reverse=True)) + r")\.?,?\s*$", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|since|from|until|by|of|before|after|and|to)\s+$", re.IGNORECASE)
# What may stand before the day a report opens with: a bracket or a bar, and at most one
# line above it (its headline).  Not a quote ("\"3 May 2016 is a day …\"") nor a list's dash
_OPENING = re.compile(r"(?:[^\n]*\n\s*)?[\s(\[|]*")
_CLIPPED_DAY = re.compile(r"\d[-./]\d\d[-./]")


def is_opening_dateline(text: str, mention: DateMention) -> bool:
    """A single full day the report ``text`` opens with as its dateline: after no other word
    (see ``_opens_the_report``) and before no colon or verb that makes it what its sentence
    speaks of ("19 May 2015 was the bloodiest day …")."""
    return (mention.start <= STAMP_REACH and EXPLICIT_YEAR.search(mention.text) is not None
            and _opens_the_report(text[:mention.start], mention)
            and _stamp_words().not_dateline.match(text, mention.end) is None)


def _opens_the_report(before: str, mention: DateMention) -> bool:
    """A single day in full that opens the report or the body under its headline ("6 Oct
    2017 At least 79 civilians …", "Headline\n\n30-04-2016 A suicide bomber …"): the page's
    dateline, as a reader takes it, whatever day a feed gives the page.  A day after any
    other word ("On 3 May 2016 jets …", "Homs, 4 June 2012.") may tell an event's day.
    A numeric day of one digit before a month of two ("5-04-2016") lost its first digit to
    the page's scraping: no day to trust over the feed's.  ``before`` is the report's text
    before the day (a sentence alone cannot tell)."""
    return (mention.first_day == mention.last_day and _OPENING.fullmatch(before) is not None
            and _CLIPPED_DAY.match(mention.text) is None)


def _weekday_dateline(before: str, mention: DateMention) -> bool:
    """A single day in full right after the name of its own weekday and after no
    preposition: a page's dateline ("Tuesday 14 November 2017 Rebels …"), whatever day a
    feed gives the page; a weekday that does not match the date is no such stamp."""
    found = _WEEKDAY_BEFORE.search(before)
    if found is None or mention.first_day != mention.last_day:
        return False
    if _PREPOSITION_BEFORE.search(before, 0, found.start("weekday")):
        return False
    name = found.group("weekday").lower()
    return mention.first_day.weekday() == next(i for day, i in WEEKDAYS.items() if day.startswith(name))


def names_its_source(text: str) -> bool:
    """Whether the text says who told it ("…, a monitor said.", "HOMS (Reuters) - …"): a
    story's sentence rather than a headline's."""
    return _stamp_words().source.search(text) is not None


def is_reporting_date(text: str, mention: DateMention, offset: int = 0) -> bool:
    """The day something was said or published ("the Observatory said on Monday", "told
    reporters Tuesday", "said in a statement on Friday", "Tuesday's briefing"), not an event day.  ``text`` and
    ``offset`` as for ``is_page_stamp``."""
    at = mention.start - offset
    if day_before_noun(text, mention, _stamp_words().said_of, possessive=False, offset=offset):
        return True  # "the report accompanying Tuesday's briefing", "at a Tuesday briefing"
    return _stamp_words().said.search(text[max(0, at - _SAID_REACH):max(0, at)]) is not None


# "Insurgents began a major offensive on Aleppo, a monitor said on Thursday": a run that started
# and is told on the day it was said is going on that day.
_ONSET = re.compile(r"(?<![\w-])(?:" + any_phrase(_PERIODS.since_began_verbs) + r")(?![\w-])", re.IGNORECASE)


# "the command said on Tuesday that 23 fighters were killed": the day said opens what was said
_THAT_AFTER = re.compile(r"\s*,?\s*that\b", re.IGNORECASE)


def tells_news_of_day_said(sentence: str, said_end: int) -> bool:
    """Whether a sentence that says on which day something was said (the day ending at
    ``said_end`` in ``sentence``) tells its events as that day's news: as what was said that
    day ("the command said on Tuesday that 23 fighters were killed"), in the present perfect
    ("the toll has risen to 82, the monitor said on Sunday"), as a run that began ("rebels
    launched an offensive on Aleppo, a commander said on Thursday") or from a teller on the
    ground ("a military source told SANA on Friday").  A round-up told in the past tense
    before it ("a bomb killed six, state television reported on Wednesday") states no day of
    its own: the day it was said is not the day it happened, and the annotators leave it
    undated (spec: a past-tense story that never states the day gives no date)."""
    if _THAT_AFTER.match(sentence, said_end):
        return True
    words = _stamp_words()
    return any(cue.search(sentence) is not None for cue in (words.perfect_news, _ONSET, words.field_tellers))


def is_anniversary_day(text: str, mention: DateMention) -> bool:
    """The day an anniversary falls on when the report tells it as one ("Friday marks one year
    since …", "marked on Tuesday the fifth anniversary of …"): the remembered event's day is
    another, and the marking is no event of the report.  A day merely set beside its
    anniversary ("struck the market on Wednesday, the anniversary of …") still dates what
    happened on it."""
    words = _stamp_words()
    if words.marks_after.match(text, mention.end):
        # "Sunday marks one year since …", not "bombed the hospital on Sunday marking …"
        before = ("\n" if mention.start <= _CUE_REACH else "") + text[max(0, mention.start - _CUE_REACH):mention.start]
        return _SENTENCE_SUBJECT.search(before) is not None
    if words.marked_before.search(text[max(0, mention.start - _CUE_REACH):mention.start]) is None \
            or words.anniversary_after.match(text, mention.end) is None:
        return False
    # "observed on Tuesday the fifth anniversary …, while jets killed 11": the day is the news's too
    rest = _SENTENCE_REST.match(text, mention.end)
    return rest is None or words.other_news.search(rest.group()) is None


# Before a day that is its sentence's subject: the sentence's start, a quote, "Today"/"This"
_SENTENCE_SUBJECT = re.compile(r"[.!?\n][\s\"“']*(?:(?:today|this|next)\s*,?\s*)?$", re.IGNORECASE)
_SENTENCE_REST = re.compile(r"[^.!?\n]*")


POSSESSIVE_PATH = PACKAGE_DATA / "dates" / "possessive.yaml"
_POSSESSIVE_KEYS = ("day", "lost_apostrophe", "apostrophe_s", "between")


@lru_cache(maxsize=1)
def _possessive() -> dict[str, re.Pattern[str]]:
    """The fragments of data/dates/possessive.yaml, checked and compiled once."""
    data = read_yaml(POSSESSIVE_PATH, DateDataError)
    compiled: dict[str, re.Pattern[str]] = {}
    for key in _POSSESSIVE_KEYS:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, str) or not value:
            raise DateDataError(f"{POSSESSIVE_PATH}: {key!r} must be a non-empty pattern")
        compiled[key] = _checked_pattern(POSSESSIVE_PATH, key, value, re.IGNORECASE)
    return compiled


def noun_after_day(nouns: str) -> re.Pattern[str]:
    """What follows a day that dates one of ``nouns`` (an alternation): the possessive's
    ending if any, at most one word, the noun."""
    words = _possessive()
    return re.compile(rf"(?:{words['apostrophe_s'].pattern})?\s+{words['between'].pattern}(?:{nouns})\b",
                      re.IGNORECASE)


def day_before_noun(text: str, mention: DateMention, noun_after: re.Pattern[str], possessive: bool,
                    offset: int = 0) -> bool:
    """Whether the day ``mention`` is written before a noun ``noun_after`` (from
    ``noun_after_day``) matches, and so dates that noun's thing.  With ``possessive`` only
    a possessive counts ("Saturday's blast", "Tuesdays strike"): "on Saturday attack
    helicopters struck" dates no attack of Saturday's.  ``text`` and ``offset`` as for
    ``is_page_stamp``."""
    words = _possessive()
    end = mention.end - offset
    lost = words["lost_apostrophe"].search(mention.text) is not None
    day = lost or words["day"].search(mention.text) is not None
    if possessive and not (lost or (day and words["apostrophe_s"].match(text, end))):
        return False
    return day and noun_after.match(text, end) is not None


# A photo caption's date: "… in Idlib province, Syria, May 3 2016. (Reuters)", "… on June 4 2017
# (AFP Photo)", "… April 2 2017. REUTERS/Name": the day a picture was taken, often a file photo.
_PHOTO_CREDIT = re.compile(r"\.?\s*(?:\((?:[^()]{0,40}\b(?:photo|reuters|afp|ap|agencies|agency|file)\b[^()]{0,20})\)"
                           r"|(?:REUTERS|Reuters|AFP|AP)\s*/)", re.IGNORECASE)


def is_photo_date(text: str, mention: DateMention) -> bool:
    """A full date that a photo credit follows: the picture's day, which dates no event of
    the report (and must not become its lead's day)."""
    return bool(EXPLICIT_YEAR.search(mention.text)) and _PHOTO_CREDIT.match(text, mention.end) is not None
