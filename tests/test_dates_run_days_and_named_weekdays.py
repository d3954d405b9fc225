"""Three date families of brief dates9, each with negatives: a run told by its ordinal day
("the offensive entered its fifth day"), a weekday followed by the calendar day it falls on
("on Tuesday, March 6"), and a run whose start is told in a relative clause before its toll
so far ("the fighting, which erupted on Saturday, has killed 17")."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.api import extract
from observatory.extract.dates import find_dates, is_reporting_date

WEDNESDAY = date(2018, 3, 14)


def _days(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.range.start, m.range.end) for m in find_dates(text, published)]


def _event_days(text: str, published: date = WEDNESDAY) -> list[tuple[str | None, str | None]]:
    found = extract(text, published=published.isoformat()).events
    return [(e.date.start, e.date.end) if e.date else (None, None) for e in found]


@pytest.mark.parametrize("text, first", [
    ("The army's offensive on the hills above Kafr Hamra entered its fifth day, with 14 fighters dead.", "2018-03-10"),
    ("As clashes around Tal Abyad entered their third day, the toll climbed to 31.", "2018-03-12"),
    ("Shelling of the camp, now in its fourth straight day, wounded dozens.", "2018-03-11"),
    ("Loyalist troops are engaged in their 6th day of heavy fighting with rebels near the dam.", "2018-03-09"),
])
def test_a_run_told_by_its_ordinal_day_covers_its_days_up_to_the_report(text: str, first: str) -> None:
    assert [(start, end) for _, start, end in _days(text)] == [(first, "2018-03-14")]


@pytest.mark.parametrize("text", [
    "Talks between the two delegations in Astana entered their third day.",  # no fighting
    "The new governor, on his first day in office, visited the market.",
    "The hunger strike of the detainees entered its fifth week.",  # weeks, not days
    # beyond a week: the background of the day's news, not a run of event days
    "As the offensive on the old town entered its 11th day, jets struck the bakery.",
    "On the third day of the truce, aid reached the town.",  # "day of" no fight noun
])
def test_an_ordinal_day_of_no_fighting_states_no_run(text: str) -> None:
    assert _days(text) == []


@pytest.mark.parametrize("text, day", [
    ("Seven people died when rockets hit Talbiseh on Tuesday, March 6.", "2018-03-06"),
    ("Jets bombed a bakery in Ariha on Friday (9 March), killing four.", "2018-03-09"),
    ("A mine killed two shepherds near Suran on Sunday 4 March 2018.", "2018-03-04"),
    ("PUB Militants overran the checkpoint on Thursday, December 28, killing six.", "2017-12-28"),
])
def test_a_weekday_followed_by_its_calendar_day_is_that_day(text: str, day: str) -> None:
    """Not the latest such weekday before the report: the weekday names the day told after it."""
    published = date(2018, 1, 2) if text.startswith("PUB ") else WEDNESDAY
    assert {(start, end) for _, start, end in _days(text.removeprefix("PUB "), published)} == {(day, day)}


def test_a_calendar_day_on_another_weekday_leaves_the_weekday_its_own() -> None:
    """"On Monday, May 5 soldiers were killed": 5 May 2017 is a Friday, so "May" is no month
    beside the weekday, and Monday stays the report's Monday."""
    assert ("On Monday", "2018-03-12", "2018-03-12") in _days("On Monday, May 5 soldiers were killed in Jasim.")


def test_a_statement_day_named_with_its_weekday_is_a_reporting_day() -> None:
    text = "The ministry said on Tuesday, March 6, that jets had struck a depot in Tadef."
    told = find_dates(text, WEDNESDAY)
    assert [m.text for m in told] == ["on Tuesday", "March 6"] and all(is_reporting_date(text, m) for m in told)


def test_a_range_whose_ends_name_their_weekdays_is_one_period() -> None:
    text = "Monitors counted 51 victims from Friday March 2 2018 to Thursday March 8 2018 in the suburbs."
    assert _days(text) == [("from Friday March 2 2018 to Thursday March 8 2018", "2018-03-02", "2018-03-08")]


@pytest.mark.parametrize("text, start", [
    ("The fighting in Busra al-Harir, which erupted on Saturday, has killed 17 fighters.", "2018-03-10"),
    ("Clashes that broke out on Sunday between two factions in Ariha have so far left 12 dead.", "2018-03-11"),
    ("The air campaign on Jabal Zawiya, which began last Thursday, has now claimed 44 lives, medics said.", "2018-03-08"),
])
def test_a_run_begun_on_a_day_with_its_toll_so_far_runs_to_the_report(text: str, start: str) -> None:
    assert (start, "2018-03-14") in _event_days(text)


@pytest.mark.parametrize("text, day", [
    # no toll so far: the day is the fighting's own
    ("The fighting in Busra al-Harir, which erupted on Saturday, killed 17 fighters.", "2018-03-10"),
    # one blow, not a run
    ("An attack that began on Monday has killed nine soldiers near Suran.", "2018-03-12"),
    # the toll is of another clause
    ("Clashes that erupted on Monday in Jasim between police and gunmen, who have held the area for years, "
     "killed three.", "2018-03-12"),
])
def test_a_run_begun_on_a_day_without_its_toll_so_far_keeps_that_day(text: str, day: str) -> None:
    assert (day, day) in _event_days(text)


@pytest.mark.parametrize("text, days", [
    ("Clashes between the two brigades in Hayan lasted six days, leaving 22 dead.", ("2018-03-09", "2018-03-14")),
    ("The battle for the dam, which lasted four days, cost the militants 50 men.", ("2018-03-11", "2018-03-14")),
    # no fighting lasted: the jets' return is the report's day
    ("After an absence that lasted five days, warplanes returned to bomb Jindires, killing three.", None),
    ("A calm that has continued for three days was broken when a shell hit Kafr Batna.", None),
])
def test_a_length_of_days_is_a_run_only_of_fighting(text: str, days: tuple[str, str] | None) -> None:
    assert [(start, end) for _, start, end in _days(text)] == ([days] if days else [])


def test_a_dateline_s_weekday_stays_the_report_s_weekday() -> None:
    """"… Monitor AFP Thursday 12 Mar 2015 Air strikes …" in a page the feed dates weeks later:
    the stamp dates no event, and its weekday is read as in any report, not as the stamp's day."""
    text = "Jets pound Tadmur Monitor AFP Thursday 12 Mar 2015 Air strikes killed nine near Tadmur."
    assert _days(text, date(2015, 4, 2))[0] == ("Thursday", "2015-04-02", "2015-04-02")
