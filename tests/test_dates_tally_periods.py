"""Tallies over several days (issue 9 class b, issue 11 tolls by period): a figure whose
clause states a period ("since the shelling resumed on Monday", "during the past week")
carries that period, from its first day to the report's day, and so does the event built
from it; a day told as a point of reference ("the deadliest day since …") stays one day."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document

FRIDAY = date(2022, 3, 18)


def spans(text: str, published: date = FRIDAY) -> list[tuple[str, str, bool]]:
    return [(m.range.start, m.range.end, m.period) for m in find_dates(text, published)]


@pytest.mark.parametrize(("text", "start", "day_by_day"), [
    ("29 people have died since the shelling of Tal Mardikh resumed on Monday", "2022-03-14", True),
    ("Since the local truce broke down last Saturday, gunfire has killed 12 herders", "2022-03-12", True),
    # over a week: a round-up's range, whose days are no event's
    ("since the assault on the quarry hills was launched on 9 March, 61 soldiers were killed", "2022-03-09", False),
    ("the toll since the ceasefire in Jadidah collapsed on 28 February has reached 70", "2022-02-28", False),
    # a figure counted in a fight that began on a day: "in an offensive which began last weekend"
    ("Kurdish fighters killed 64 militants in an offensive which began last weekend", "2022-03-12", True),
    ("In a campaign that started on Monday, jets have killed 23 people in Hish", "2022-03-14", True),
])
def test_a_day_a_start_is_told_on_after_since_runs_to_the_report(text: str, start: str, day_by_day: bool) -> None:
    """Not the start's day alone: the figure is of every day since."""
    assert [s for s in spans(text) if s[0] == start] == [(start, "2022-03-18", day_by_day)]


@pytest.mark.parametrize("text", [
    "jets killed 8 on Thursday, the heaviest toll since the offensive began on Sunday",
    "two farmers died on Wednesday, the first deaths since the truce took effect on 5 March",
    "the army repelled an offensive which began on Sunday",  # no figure counted in the offensive
])
def test_a_start_after_a_point_of_reference_stays_its_day(text: str) -> None:
    """The precision guard: "the heaviest … since", "the first … since" measure one day
    against another; the day after "since" is no period of the figure."""
    reference = [s for s in spans(text) if s[0] in ("2022-03-13", "2022-03-05")]
    assert reference and all(start == end for start, end, _ in reference)


def test_a_start_long_before_the_report_is_background_not_a_period() -> None:
    """"since the siege began on 2 June 2019": a war-wide tally's start, years back, keeps
    its day (a range to the report's day would make background news)."""
    assert spans("4,000 people have died since the siege of the town began on 2 June 2019") == [
        ("2019-06-02", "2019-06-02", False)]


@pytest.mark.parametrize(("text", "start"), [
    ("During the past week, mortar fire on Suqaylabiyah killed 11 people", "2022-03-12"),
    ("Over the previous 72 hours, drone strikes killed seven drivers", "2022-03-16"),
])
def test_a_stretch_counted_back_from_the_report_is_a_stated_period(text: str, start: str) -> None:
    assert spans(text) == [(start, "2022-03-18", True)]


@pytest.mark.parametrize("text", [
    "An aid convoy was shelled two weeks ago near Kafr Owaid",
    "Residents said the road would reopen within 48 hours of the deal",
    "In the last nine days, clashes near the dam killed more than 90 fighters",  # a round-up: over a week
    "Raids killed 40 people in the last five days of January",  # that month's days, not the report's
])
def test_a_stretch_not_up_to_the_report_is_no_period(text: str) -> None:
    assert all(not is_period for _, _, is_period in spans(text))


def _extract(extractor: Extractor, text: str, published: str = "2022-03-18"):
    return extractor.extract(text, Document(id="t", published=published))


def test_the_event_of_a_tally_since_a_start_spans_to_the_report(extractor: Extractor) -> None:
    result = _extract(extractor, "Since the bombardment of the village of Umm Jalal resumed on Monday, "
                                 "at least 34 people have been killed, medics said.")
    assert {(e.date.start, e.date.end) for e in result.events} == {("2022-03-14", "2022-03-18")}
    [toll] = [c for c in result.casualties if c.count.value == 34]
    assert (toll.period.start, toll.period.end) == ("2022-03-14", "2022-03-18")


def test_the_event_of_a_tally_of_the_past_week_spans_it(extractor: Extractor) -> None:
    result = _extract(extractor, "During the past week, rocket fire on the market town of Ma'an killed 16 "
                                 "people, a hospital director said.")
    assert {(e.date.start, e.date.end) for e in result.events} == {("2022-03-12", "2022-03-18")}


def test_a_round_up_beside_a_day_does_not_stretch_that_day(extractor: Extractor) -> None:
    """The precision guard: a tally of the past fortnight told after a strike of Tuesday
    leaves the strike on Tuesday."""
    result = _extract(extractor, "Jets struck the market of Kafr Aweed on Tuesday, killing nine people. "
                                 "Air strikes on the town in the past two weeks have killed more than 80 people.")
    assert ("2022-03-15", "2022-03-15") in {(e.date.start, e.date.end) for e in result.events}
    assert all(e.date.start is None or e.date.start == e.date.end for e in result.events)


def test_a_one_day_strike_told_days_later_keeps_its_day(extractor: Extractor) -> None:
    """The precision guard: "on Monday" in a report of Friday is Monday alone."""
    result = _extract(extractor, "A drone strike on a bakery queue in the village of Khirbet Ghazaleh killed "
                                 "six people on Monday, the civil defence said on Friday.")
    assert {(e.date.start, e.date.end) for e in result.events} == {("2022-03-14", "2022-03-14")}


def test_the_day_of_a_deadliest_day_is_one_day(extractor: Extractor) -> None:
    result = _extract(extractor, "Shelling of the town of Busra killed 21 people on Wednesday, the deadliest "
                                 "day since the offensive in the south began on 6 March.")
    assert ("2022-03-16", "2022-03-16") in {(e.date.start, e.date.end) for e in result.events}
    assert all(e.date.end != "2022-03-18" for e in result.events)


def test_the_dead_of_a_tally_told_next_take_its_period(extractor: Extractor) -> None:
    """"… have been killed since the offensive began on Tuesday. The dead include 19 people
    killed in air strikes on the market": the breakdown tells the tally's days, not the report's."""
    result = _extract(extractor, "At least 48 civilians have been killed in the town of Kafr Halab since the army "
                                 "offensive began on Tuesday, a monitor said. The dead include 19 people killed in "
                                 "air strikes on the vegetable market.")
    assert {(e.date.start, e.date.end) for e in result.events} == {("2022-03-15", "2022-03-18")}


def test_the_dead_told_after_a_one_day_strike_keep_that_day(extractor: Extractor) -> None:
    """The precision guard: the breakdown of a one-day strike's toll stays on that day."""
    result = _extract(extractor, "Jets bombed a school in the village of Tell Dinit on Tuesday, killing 14 people. "
                                 "The victims include nine pupils and their teacher.")
    assert {(e.date.start, e.date.end) for e in result.events} == {("2022-03-15", "2022-03-15")}
