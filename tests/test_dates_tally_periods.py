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
    # a figure counted in a fight that began on a day: "during the siege that started last weekend"
    ("During the siege that started last weekend, 27 residents of the camp have starved", "2022-03-12", True),
    ("In a campaign that started on Monday, jets have killed 23 people in Hish", "2022-03-14", True),
])
def test_a_day_a_start_is_told_on_after_since_runs_to_the_report(text: str, start: str, day_by_day: bool) -> None:
    """Not the start's day alone: the figure is of every day since."""
    assert [s for s in spans(text) if s[0] == start] == [(start, "2022-03-18", day_by_day)]


@pytest.mark.parametrize("text", [
    "jets killed 8 on Thursday, the heaviest toll since the offensive began on Sunday",
    "two farmers died on Wednesday, the first deaths since the truce took effect on 5 March",
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


# Review rv9b of since9: a day told beside a tally's stretch, and fights that ended or were one blow.

@pytest.mark.parametrize(("text", "day"), [
    # the day's strike, then "the third … since": an ordinal makes "since" a point of reference
    ("A drone strike killed 5 farmers in Kafr Zita on Wednesday, the third deadly raid on the village "
     "since the ceasefire took effect on Saturday.", "2022-03-16"),
    # a point of reference further from its "since" than a few words
    ("Rocket fire killed 13 people in Harbnafsa on Thursday, the deadliest day for the families of the "
     "eastern quarter since the army escalated its shelling on Monday.", "2022-03-17"),
    # no reference word: the stretch is the fighting's, the figure keeps its own day
    ("Artillery fire killed two shepherds near Tall Salmo on Thursday as clashes went on since the push "
     "began on Sunday.", "2022-03-17"),
    ("Gunmen killed 15 soldiers on Thursday in an operation that began on Tuesday near Kafr Zita.", "2022-03-17"),
    ("Prisoners held by the militia in Tabqa in the past week were shot dead on Thursday.", "2022-03-17"),
])
def test_a_day_told_beside_a_tally_stretch_keeps_its_day(extractor: Extractor, text: str, day: str) -> None:
    """The stretch up to the report is a tally's, not the day's event's: the day nearest
    the trigger dates it, unstretched."""
    result = _extract(extractor, text)
    assert {(e.date.start, e.date.end) for e in result.events} == {(day, day)}


@pytest.mark.parametrize(("text", "day"), [
    ("Some 22 fighters died in a battle that ended on Tuesday near the village of Tell Hamam.", "2022-03-15"),
    ("Nine guards were killed in an attack that began before dawn on Tuesday on a prison near Suwayda.",
     "2022-03-15"),
    ("Seven soldiers were killed in an assault that started on Tuesday night on a post near Tal Tamr.",
     "2022-03-15"),
])
def test_a_fight_that_ended_or_one_blow_keeps_its_day(extractor: Extractor, text: str, day: str) -> None:
    """"A battle that ended on Tuesday" tells that battle's days, and "an attack that began on
    Tuesday" one attack: neither runs to the report's day."""
    result = _extract(extractor, text)
    assert {(e.date.start, e.date.end) for e in result.events} == {(day, day)}
    assert {(c.period.start, c.period.end) for c in result.casualties if c.period} == {(day, day)}


def test_a_truce_that_ended_opens_a_period_after_since() -> None:
    """The precision guard: after "since", an end verb still opens the days since."""
    assert spans("Since the truce in the valley ended on Tuesday, snipers have killed 8 people") == [
        ("2022-03-15", "2022-03-18", True)]


def test_the_figure_of_a_day_before_a_since_clause_is_that_day(extractor: Extractor) -> None:
    result = _extract(extractor, "Shelling killed 3 people in Kafr Zita on Wednesday, the fourth such attack on "
                                 "the village since the truce came into effect on Sunday.")
    assert [(c.count.value, c.period.start, c.period.end) for c in result.casualties] == [
        (3, "2022-03-16", "2022-03-16")]


def test_a_tally_told_after_a_day_takes_its_stretch(extractor: Extractor) -> None:
    """"…, bringing to 52 the number killed since the offensive began on Saturday": the total's
    period is from Saturday, not from the day of the figure before it."""
    result = _extract(extractor, "Jets killed 6 people in Ariha on Thursday, bringing to 52 the number of people "
                                 "killed since the offensive began on Saturday.")
    periods = {c.count.value: (c.period.start, c.period.end) for c in result.casualties}
    assert periods == {6: ("2022-03-17", "2022-03-17"), 52: ("2022-03-12", "2022-03-18")}


def test_a_figure_of_the_past_week_is_the_event_s_toll(extractor: Extractor) -> None:
    """A week is a multi-day event (periods.yaml longest_event_days): its figure is that event's
    toll over the seven days dates.py read, not an eight-day round-up."""
    result = _extract(extractor, "In the past week, barrel bombs dropped on the hamlet of Umm Sharshuh killed "
                                 "14 people, the village's mukhtar said.")
    [toll] = result.casualties
    assert (toll.scope, toll.period.start, toll.period.end) == ("incident", "2022-03-12", "2022-03-18")


def test_a_figure_of_the_past_fortnight_is_a_round_up(extractor: Extractor) -> None:
    """The precision guard: beyond a week the figure is a running total over the stretch read."""
    result = _extract(extractor, "Over the past two weeks, barrel bombs dropped on the hamlet of Umm Sharshuh "
                                 "killed 41 people, the village's mukhtar said.")
    [toll] = result.casualties
    assert (toll.scope, toll.period.start, toll.period.end) == ("cumulative", "2022-03-04", "2022-03-18")
