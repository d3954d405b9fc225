"""Date expressions resolved against the publication date, with UCDP precision."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates, make_range

SUNDAY = date(2017, 10, 1)  # a Sunday


def resolve(text: str, published: date | None = SUNDAY) -> list[tuple[str, str, str, int]]:
    return [(m.text, m.range.start, m.range.end, m.range.precision)
            for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("the Observatory said yesterday", "2017-09-30", "2017-09-30", 1),
        ("clashes continued today", "2017-10-01", "2017-10-01", 1),
        ("an air strike last night", "2017-09-30", "2017-09-30", 1),
        ("shelling since dawn", "2017-10-01", "2017-10-01", 1),
        ("raids on Thursday", "2017-09-28", "2017-09-28", 1),
        ("raids last Sunday", "2017-09-24", "2017-09-24", 1),
        # the hours up to a report are told on its days: 24 its own, 48 it and the day before
        ("killed during the past 24 hours", "2017-10-01", "2017-10-01", 1),
        ("killed during about 48 hours of attacks", "2017-09-30", "2017-10-01", 2),
        ("killed in the past four days", "2017-09-28", "2017-10-01", 2),
        ("an attack two days ago", "2017-09-29", "2017-09-29", 1),
        ("fighting last week", "2017-09-18", "2017-09-24", 3),
        ("in 2015 the group seized the town", "2015-01-01", "2015-12-31", 5),
        ("besieged since mid-February", "2017-02-11", "2017-10-01", 5),
        ("fighting since Tuesday", "2017-09-26", "2017-10-01", 2),
        ("a massacre two weeks ago", "2017-09-14", "2017-09-20", 3),
    ],
)
def test_relative_and_calendar_expressions(text, start, end, precision):
    found = resolve(text)
    assert len(found) == 1
    assert found[0][1:] == (start, end, precision)


def test_capitalised_relative_word_inside_a_sentence_is_a_name():
    assert resolve("the outlet Aleppo Today said") == []
    assert resolve("Today, shelling resumed")[0][1] == "2017-10-01"


def test_weekday_named_on_its_own_publication_day_is_that_day():
    assert resolve("clashes on Sunday")[0][1] == "2017-10-01"


def test_ordinal_pair_with_month_and_year_is_a_range():
    found = resolve("the attacks on the 28th and the 29th of September 2017")
    assert found == [("the 28th and the 29th of September 2017", "2017-09-28", "2017-09-29", 2)]


def test_day_ranges_in_both_orders():
    assert resolve("from 1 to 5 October 2016")[0][1:] == ("2016-10-01", "2016-10-05", 2)
    assert resolve("between September 3 and 7")[0][1:] == ("2017-09-03", "2017-09-07", 2)


def test_single_days_in_several_spellings_and_year_from_publication():
    texts = ["on September 28", "Sept. 28", "28 September", "on the 28th of September"]
    for text in texts:
        assert resolve(text)[0][1:] == ("2017-09-28", "2017-09-28", 1), text


def test_a_day_after_publication_without_a_year_belongs_to_the_year_before():
    assert resolve("on 20 December", date(2017, 1, 5))[0][1] == "2016-12-20"


def test_dateline_with_weekday_and_numeric_dates():
    assert resolve("AFP Monday 22 Sep 2014")[-1][1] == "2014-09-22"
    assert resolve("Published 30-04-2016")[0][1] == "2016-04-30"


def test_impossible_dates_are_skipped_not_raised():
    assert resolve("on 31 February 2017 and on 30 February") == []


def test_relative_dates_need_a_publication_date():
    assert resolve("on Monday and yesterday", None) == []
    assert resolve("on 12 March 2016", None)[0][1] == "2016-03-12"


def test_offsets_are_shifted_into_the_document():
    text = "Clashes erupted on Monday."
    mention = find_dates(text, SUNDAY, offset=100)[0]
    assert (mention.start, mention.end) == (100 + text.index("on Monday"), 100 + len(text) - 1)


def test_precision_follows_the_length_of_the_range():
    assert make_range(date(2017, 1, 1), date(2017, 1, 1)).precision == 1
    assert make_range(date(2017, 1, 1), date(2017, 1, 7)).precision == 3
    assert make_range(date(2017, 1, 1), date(2017, 1, 20)).precision == 4
    assert make_range(date(2017, 1, 1), date(2017, 3, 1)).precision == 5


def test_lower_case_may_and_march_are_verbs():
    assert resolve("the toll may 20 rise") == []
    assert resolve("on 5 May")[0][1] == "2017-05-05"


def test_a_mention_gives_its_first_and_last_day_as_dates():
    (mention,) = find_dates("Clashes went on from 3 to 5 March 2018 near the dam.", date(2018, 3, 9))
    assert (mention.first_day, mention.last_day) == (date(2018, 3, 3), date(2018, 3, 5))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # SUNDAY is 1 October 2017
        ("a car exploded in the market earlier in the day", "2017-10-01", "2017-10-01"),
        ("more bodies were recovered later in the day", "2017-10-01", "2017-10-01"),
        ("gunmen stormed the checkpoint the previous night", "2017-09-30", "2017-09-30"),
        ("raids intensified over the weekend", "2017-09-30", "2017-10-01"),
        ("a drone hit a wedding party near Sfireh at the weekend", "2017-09-30", "2017-10-01"),
        ("two patrols were ambushed on the weekend", "2017-09-30", "2017-10-01"),
        ("four mortar rounds landed on 27/9", "2017-09-27", "2017-09-27"),
        ("four mortar rounds landed on 9/27", "2017-09-27", "2017-09-27"),
        ("the convoy was hit on the 26th", "2017-09-26", "2017-09-26"),
        ("the convoy was hit on the 3rd of last month", "2017-09-03", "2017-09-03"),
        ("the convoy was hit on the 1st of this month", "2017-10-01", "2017-10-01"),
    ],
)
def test_other_outlets_day_words(text, start, end):
    found = resolve(text)
    assert [(f[1], f[2]) for f in found] == [(start, end)]


def test_hours_ago_is_a_day_not_a_week():
    assert resolve("a mortar landed a few hours ago")[0][1:3] == ("2017-10-01", "2017-10-01")
    assert resolve("a mortar landed 30 hours ago")[0][1:3] == ("2017-09-30", "2017-09-30")
    assert resolve("a mortar landed a day ago")[0][1:3] == ("2017-09-30", "2017-09-30")


def test_an_ordinal_day_of_a_truce_is_no_date():
    assert resolve("breaches multiplied on the 9th day of the truce") == []
    assert resolve("shelling resumed on the 9th of the month-long truce") == []


def test_short_numeric_date_never_lies_after_publication():
    # 11/10 read day first is 11 October, after publication: month first, 10 November of last year
    assert resolve("shells fell on 11/10")[0][1] == "2016-11-10"
    assert resolve("a score of 11/10 on a test") == []


def test_capitalised_day_word_after_a_lost_full_stop_is_a_date():
    # copied pages often lose their full stops: "... tags Idlib shelling Overnight rockets hit"
    assert resolve("tags Idlib shelling Overnight rockets hit Binnish")[0][1:3] == ("2017-09-30", "2017-10-01")
    assert resolve("the channel Qamishli Today reported") == []


def test_for_a_second_day_is_a_period_up_to_publication():
    found = find_dates("shelling on Saraqib went on for a second day", SUNDAY)
    assert [(m.range.start, m.range.end, m.period) for m in found] == [("2017-09-30", "2017-10-01", True)]
    assert resolve("delegates met for the third day of talks") == []


def test_throughout_a_month_is_that_month():
    assert resolve("barrel bombs fell on the town throughout August") == [
        ("throughout August", "2017-08-01", "2017-08-31", 4)]


@pytest.mark.parametrize("text", ["drones hit the depot at dawn Thursday", "drones hit the depot Thursday at dawn",
                                  "drones hit the depot on Thursday dawn"])
def test_the_dawn_of_a_named_day_is_that_day_alone(text: str) -> None:
    """Not the report's own dawn beside the weekday: an event has one day here."""
    assert {(start, end) for _, start, end, _ in resolve(text)} == {("2017-09-28", "2017-09-28")}


def test_dawn_alone_is_the_reports_day() -> None:
    assert [(start, end) for _, start, end, _ in resolve("drones hit the depot at dawn, killing two")] == [
        ("2017-10-01", "2017-10-01")]
