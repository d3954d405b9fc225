"""Stated periods (issue 9, family 5): every day of the period is an event day, with the
UCDP precision of its length."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document

THURSDAY = date(2020, 2, 13)


def period(text: str, published: date = THURSDAY) -> tuple[str, str, int, bool]:
    [mention] = find_dates(text, published)
    return mention.range.start, mention.range.end, mention.range.precision, mention.period


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("shelling went on from the 4th until the 12th", "2020-02-04", "2020-02-12", 4),
    ("raids between the 2nd and the 5th", "2020-02-02", "2020-02-05", 2),
    ("clashes from the 20th to the 26th", "2020-01-20", "2020-01-26", 3),  # after publication: last month
    ("strikes for a sixth consecutive day", "2020-02-08", "2020-02-13", 2),
    ("shelling for the 3rd straight day", "2020-02-11", "2020-02-13", 2),
    ("clashes for the tenth day in a row", "2020-02-04", "2020-02-13", 4),
    ("raids for four days in a row", "2020-02-10", "2020-02-13", 2),
    ("battles that lasted eleven days", "2020-02-03", "2020-02-13", 4),
    ("fighting that raged for 2 days", "2020-02-12", "2020-02-13", 2),
    ("shelling since the start of the week", "2020-02-10", "2020-02-13", 2),
    ("raids since the beginning of the month", "2020-02-01", "2020-02-13", 4),
])
def test_stated_periods_cover_each_of_their_days(text: str, start: str, end: str, precision: int) -> None:
    assert period(text) == (start, end, precision, True)


def test_a_vague_span_is_not_a_stated_period() -> None:
    assert period("killed earlier this month")[3] is False


def test_a_range_longer_than_a_month_is_not_a_period_of_event_days() -> None:
    assert find_dates("clashes that lasted 45 days", THURSDAY) == []


def test_an_event_over_a_stated_period_is_dated_on_all_its_days(extractor: Extractor) -> None:
    text = ("Turkish drones struck villages around Tal Tamr for a fifth consecutive day, the monitor said. "
            "Residents fled towards Hasakah.")
    result = extractor.extract(text, Document(id="p", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end, strike.date.precision) == (
        (THURSDAY - timedelta(days=4)).isoformat(), THURSDAY.isoformat(), 2)


def test_since_the_start_of_the_week_is_not_background(extractor: Extractor) -> None:
    text = ("Regime helicopters have dropped barrel bombs on Kafr Nabudah since the start of the week. "
            "The town is nearly empty.")
    result = extractor.extract(text, Document(id="w", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2020-02-10", "2020-02-13")


def test_a_clause_that_runs_from_one_day_into_the_next_covers_both(extractor: Extractor) -> None:
    text = ("Clashes broke out on Monday evening near Ain Issa and went on until Tuesday morning, "
            "the monitor said. Both sides sent reinforcements.")
    result = extractor.extract(text, Document(id="j", published=THURSDAY.isoformat()))
    [clash] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert (clash.date.start, clash.date.end) == ("2020-02-10", "2020-02-11")


def test_days_far_apart_in_one_clause_keep_the_nearest(extractor: Extractor) -> None:
    text = ("Rebels shelled Suqaylabiyah on Wednesday, a town they had last hit on 2 January. "
            "Two people were hurt.")
    result = extractor.extract(text, Document(id="f", published=THURSDAY.isoformat()))
    [shelling] = [e for e in result.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert (shelling.date.start, shelling.date.end) == ("2020-02-12", "2020-02-12")


def test_a_past_tense_story_said_on_the_publication_day_stays_undated(extractor: Extractor) -> None:
    # the day it was said is not the day it happened (tests/test_dates_statement_day.py)
    text = ("Warplanes struck a bakery in Maarat Misrin, killing 5 people, local activists said on Thursday. "
            "Rescuers were still searching the rubble.")
    result = extractor.extract(text, Document(id="s", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert strike.date.start is None


def test_an_undated_event_told_in_the_perfect_on_an_earlier_day_is_dated_on_that_day(extractor: Extractor) -> None:
    text = ("Warplanes have struck a bakery in Maarat Misrin, killing 5 people, local activists said on Monday. "
            "Rescuers searched the rubble.")
    result = extractor.extract(text, Document(id="u", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2020-02-10", "2020-02-10")


def test_an_undated_past_story_with_no_day_at_all_stays_undated(extractor: Extractor) -> None:
    text = ("Warplanes struck a bakery in Maarat Misrin, killing 5 people, local activists said. "
            "Rescuers searched the rubble.")
    result = extractor.extract(text, Document(id="n", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert strike.date.start is None


def test_an_assault_that_began_on_a_day_and_goes_on_runs_to_publication(extractor: Extractor) -> None:
    text = ("The assault on the Harasta vehicles base, which began on Monday, is still going on. "
            "Dozens of fighters have been wounded.")
    result = extractor.extract(text, Document(id="b", published=THURSDAY.isoformat()))
    [clash] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert (clash.date.start, clash.date.end) == ("2020-02-10", "2020-02-13")


def test_an_assault_that_began_on_a_day_and_ended_does_not_run_on(extractor: Extractor) -> None:
    text = "The assault on the Harasta vehicles base began on Monday and was repelled within hours. Both sides lost men."
    result = extractor.extract(text, Document(id="e", published=THURSDAY.isoformat()))
    [clash] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert (clash.date.start, clash.date.end) == ("2020-02-10", "2020-02-10")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("clashes that have been raging for three days", "2020-02-11", "2020-02-13", 2),
    ("bombardment dragging on for 6 days", "2020-02-08", "2020-02-13", 2),
    ("the four-day battle for the hill", "2020-02-10", "2020-02-13", 2),
    ("a two-day-long offensive on the airport", "2020-02-12", "2020-02-13", 2),
    ("raids between Sunday and Tuesday", "2020-02-09", "2020-02-11", 2),
    ("shelling from Saturday until Monday", "2020-02-08", "2020-02-10", 2),
    ("drone strikes from Tuesday to Thursday", "2020-02-11", "2020-02-13", 2),
    ("barrel bombs during the second week of January", "2020-01-08", "2020-01-14", 3),
    ("clashes in the last week of February 2019", "2019-02-22", "2019-02-28", 3),
    ("raids in the final week of March", "2019-03-25", "2019-03-31", 3),  # after publication: last year's
    ("strikes in the second week of February", "2020-02-08", "2020-02-13", 2),  # cut at publication
])
def test_more_shapes_of_stated_periods(text: str, start: str, end: str, precision: int) -> None:
    assert period(text) == (start, end, precision, True)


@pytest.mark.parametrize("text", ["a ten-day truce around the town", "a three-day visit to the front"])
def test_a_count_of_days_that_is_no_fighting_is_no_period(text: str) -> None:
    assert find_dates(text, THURSDAY) == []


def test_an_event_between_two_weekdays_is_dated_on_each_of_them(extractor: Extractor) -> None:
    text = "Between Sunday and Tuesday, regime warplanes struck Jarjanaz, killing six civilians. Shops stayed shut."
    result = extractor.extract(text, Document(id="r", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2020-02-09", "2020-02-11")


@pytest.mark.parametrize("text", [
    "clashes since midnight in the old quarter", "shelling since the morning on the town",
    "raids during the past hours on the villages", "strikes this dawn on the camp",
])
def test_hours_of_the_publication_day(text: str) -> None:
    [mention] = find_dates(text, THURSDAY)
    assert (mention.range.start, mention.range.end) == ("2020-02-13", "2020-02-13")


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("raids since the beginning of the current month", "2020-02-01", "2020-02-13", 4),
    ("raids since the start of February", "2020-02-01", "2020-02-13", 4),
    ("raids from 9 February until today", "2020-02-09", "2020-02-13", 2),
])
def test_periods_that_run_to_publication(text: str, start: str, end: str, precision: int) -> None:
    assert period(text) == (start, end, precision, True)


def test_since_the_morning_of_a_named_day_runs_from_that_day() -> None:
    [mention] = find_dates("shelling since the morning of Tuesday", THURSDAY)
    assert (mention.range.start, mention.range.end) == ("2020-02-11", "2020-02-13")


def test_strikes_since_the_start_of_the_month_are_news_not_background(extractor: Extractor) -> None:
    text = "Regime jets have pounded Kansafra since the start of February, killing 30 civilians. Many fled."
    result = extractor.extract(text, Document(id="m", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2020-02-01", "2020-02-13")


def test_strikes_being_carried_out_are_dated_on_the_publication_day(extractor: Extractor) -> None:
    text = "Russian jets are carrying out heavy raids on the town of Kansafra, killing 3 civilians. Many fled."
    result = extractor.extract(text, Document(id="c", published=THURSDAY.isoformat()))
    [strike] = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert (strike.date.start, strike.date.end) == ("2020-02-13", "2020-02-13")


def test_clashes_that_have_erupted_are_dated_on_the_publication_day(extractor: Extractor) -> None:
    text = "Heavy clashes have broken out between the factions and regime troops in Kansafra, leaving 4 dead. Many fled."
    result = extractor.extract(text, Document(id="o", published=THURSDAY.isoformat()))
    [clash] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert (clash.date.start, clash.date.end) == ("2020-02-13", "2020-02-13")


def test_clashes_that_erupted_in_a_past_story_stay_undated(extractor: Extractor) -> None:
    text = "Heavy clashes broke out between the factions and regime troops in Kansafra, leaving 4 dead. Many fled."
    result = extractor.extract(text, Document(id="p", published=THURSDAY.isoformat()))
    [clash] = [e for e in result.events if e.sub_event_type == "Armed clash"]
    assert clash.date.start is None


@pytest.mark.parametrize(("text", "start", "end"), [
    ("raids since the 9th of this month", "2020-02-09", "2020-02-13"),
    ("shelling from Monday to this morning", "2020-02-10", "2020-02-13"),
    ("clashes from Tuesday evening until today", "2020-02-11", "2020-02-13"),
    ("battles that lasted a week", "2020-02-07", "2020-02-13"),
    ("clashes that have been raging for over two weeks", "2020-01-31", "2020-02-13"),
])
def test_days_and_weeks_that_run_to_publication(text: str, start: str, end: str) -> None:
    [mention] = find_dates(text, THURSDAY)
    assert (mention.range.start, mention.range.end) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("air raids on Saraqib Sunday through Tuesday", "2020-02-09", "2020-02-11"),
    ("shelling from Friday to Monday left the market in ruins", "2020-02-07", "2020-02-10"),
    ("the town was besieged Saturday until Wednesday", "2020-02-08", "2020-02-12"),
])
def test_a_run_of_weekdays_is_every_day_of_it(text: str, start: str, end: str) -> None:
    first, last, _, stated = period(text)
    assert (first, last, stated) == (start, end, True)


def test_two_weekdays_joined_by_and_stay_two_days() -> None:
    """ "killed on Monday and Thursday": two days, not the run between them."""
    found = find_dates("gunmen struck on Monday and Thursday", THURSDAY)
    assert [(d.range.start, d.range.end) for d in found] == [("2020-02-10", "2020-02-10"), ("2020-02-13", "2020-02-13")]
