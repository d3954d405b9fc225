"""Stated ranges whose ends are both written in full ("from 27 January to 2 February",
"between Oct. 9 and Oct. 12") and weekday ranges with parts of days ("from Friday evening
until Saturday morning"): every day of them is an event day, over a month's end or a
year's.  And "hours ago", "a short while ago" with no count: the report's own day."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document

TUESDAY = date(2021, 3, 16)


def only_range(text: str, published: date = TUESDAY) -> tuple[str | None, str | None, bool]:
    [mention] = find_dates(text, published)
    return mention.range.start, mention.range.end, mention.period


@pytest.mark.parametrize(("text", "start", "end"), [
    ("mortar fire from 26 February to 2 March", "2021-02-26", "2021-03-02"),
    ("air raids between Feb. 27 and March 4", "2021-02-27", "2021-03-04"),
    ("the siege from the 24th of February until the 1st of March", "2021-02-24", "2021-03-01"),
    ("sweeps from March 8 through March 11", "2021-03-08", "2021-03-11"),
    ("ambushes from 29 December 2020 to 3 January 2021", "2020-12-29", "2021-01-03"),
    ("ambushes from 29 December to 3 January", "2020-12-29", "2021-01-03"),  # over New Year, no year written
    ("ambushes from December 29, 2020 to January 3", "2020-12-29", "2021-01-03"),
    ("curfew between 10 March and 14 March, 2019", "2019-03-10", "2019-03-14"),
])
def test_a_range_written_in_full_is_every_day_of_it(text: str, start: str, end: str) -> None:
    assert only_range(text) == (start, end, True)


def test_a_range_that_runs_backwards_dates_nothing() -> None:
    """ "from 9 March to 4 March" is no range; neither end is read as one either."""
    assert find_dates("shelling from 9 March to 4 March", TUESDAY) == []


def test_a_range_of_months_is_no_stated_period_of_fighting() -> None:
    start, end, period = only_range("deaths between 1 October and 28 February")
    assert (start, end, period) == ("2020-10-01", "2021-02-28", False)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("clashes from Friday evening until Saturday morning", "2021-03-12", "2021-03-13"),
    ("raids between Sunday night and Monday", "2021-03-14", "2021-03-15"),
])
def test_a_weekday_range_keeps_its_days_whatever_part_of_them(text: str, start: str, end: str) -> None:
    assert only_range(text) == (start, end, True)


def test_an_event_over_a_month_end_is_dated_by_each_day() -> None:
    text = ("Government artillery pounded the village of Tell Mardikh from 27 February to 2 March, "
            "killing 13 civilians, a local council said.")
    result = Extractor().extract(text, Document(id="r", published="2021-03-03"))
    assert {(e.date.start, e.date.end) for e in result.events if e.date} == {("2021-02-27", "2021-03-02")}


@pytest.mark.parametrize("text", [
    "Rebels retook the hills they had lost hours ago near Kafr Nabudah.",
    "A short while ago, a shell hit the market of Maarat Hurma.",
    "Rescuers pulled two bodies from the rubble of Hish moments ago.",
])
def test_hours_ago_without_a_count_is_the_report_day(text: str) -> None:
    [mention] = find_dates(text, TUESDAY)
    assert (mention.range.start, mention.range.end) == ("2021-03-16", "2021-03-16")


def test_a_while_ago_alone_dates_nothing() -> None:
    """ "a while ago" may be months: only a short or little while is the report's day."""
    assert find_dates("The town of Hish was emptied a while ago.", TUESDAY) == []
