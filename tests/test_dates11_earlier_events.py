"""Times that belong to another event than the one told: a time counted back from the
report inside an "after" phrase dates the phrase's earlier event; and two stated days the
grammar missed, "the month of May" and a strike log's "August 14th:" without its year."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document

PUBLISHED = "2019-03-14"  # a Thursday


def days(extractor: Extractor, text: str, published: str = PUBLISHED) -> set[str]:
    result = extractor.extract(text, Document(id="dates11", published=published))
    assert result.events, text
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "Gunmen shoot dead a pharmacist in Inkhil after abducting him about five days ago",
    "Unknown gunmen shoot dead a baker in Tasil after abducting him about a week ago",
    "A woman died of her wounds in Binnish after being hit by a sniper four days ago",
    "In conjunction with the halt of air raids 24 hours ago, artillery shelling kills 4 farmers in Kansafra",
])
def test_a_time_inside_an_after_phrase_does_not_date_the_later_event(extractor: Extractor, text: str) -> None:
    """The headline's own event came after the time told: the news of its report day."""
    assert days(extractor, text) == {PUBLISHED}


def test_the_earlier_event_keeps_its_time_and_the_later_one_takes_the_report_day(extractor: Extractor) -> None:
    text = "After the car bomb in Jarabulus two days ago, gunmen shoot dead a judge in Akhtarin"
    assert days(extractor, text) == {"2019-03-12", PUBLISHED}


def test_a_later_event_told_with_its_own_day_keeps_that_day(extractor: Extractor) -> None:
    text = "Gunmen shot dead a pharmacist in Inkhil on Tuesday after abducting him about a week ago"
    assert days(extractor, text) == {"2019-03-12"}


@pytest.mark.parametrize(("text", "day"), [
    # a finite verb after "after": the strike is the killing, its day the killing's
    ("Three fighters were killed after jets struck their post in Kafr Takharim two days ago", "2019-03-12"),
    # no "after" at all
    ("A car bomb killed six people in Suluk three days ago", "2019-03-11"),
])
def test_a_time_counted_back_outside_such_a_phrase_still_dates_its_event(extractor: Extractor, text: str,
                                                                          day: str) -> None:
    assert days(extractor, text) == {day}


@pytest.mark.parametrize("text", [
    "Despite the ceasefire, the month of June took the lives of 412 civilians in Idlib and Hama",
    "In the month of June, barrel bombs fell on Latamneh almost daily",
])
def test_the_month_of_a_named_month_is_that_month(text: str) -> None:
    found = find_dates(text, date(2019, 7, 2))
    assert [(m.range.start, m.range.end) for m in found] == [("2019-06-01", "2019-06-30")]


def test_may_without_its_month_words_is_no_month() -> None:
    assert find_dates("Rebels may strike the month after the talks in Astana", date(2019, 7, 2)) == []


def test_a_strike_log_line_without_its_year_is_dated_on_its_day(extractor: Extractor) -> None:
    text = "August 14th: (S2210) Al Hamidiya neighbourhood, Raqqa city, Raqqa governorate, Syria"
    assert days(extractor, text, published="2017-09-01") == {"2017-08-14"}


def test_a_clock_time_after_a_month_day_is_no_part_of_it() -> None:
    found = find_dates("The curfew in Qamishli ends on May 5:30 in the morning", date(2019, 5, 9))
    assert all(m.range.start != "2019-05-05" for m in found)


def test_the_day_of_a_statement_its_teller_is_named_after_is_no_event_day(extractor: Extractor) -> None:
    """ "In a statement posted … on Tuesday the group said …": Tuesday is the statement's
    day, as in "the group said in a statement on Tuesday"; the attack stays on Monday."""
    text = ("Two gunmen attacked the court house in Salamiyah on Monday. In a statement posted on its "
            "Telegram channel on Tuesday the group said both men fired on the guards before blowing themselves up.")
    assert days(extractor, text, published="2017-10-04") == {"2017-10-02"}


@pytest.mark.parametrize("text", [
    # the day of the bombing the statement is about
    "In a statement on the bombing on Tuesday, the monitor said 12 people were killed in Maarzaf.",
    # the day after the verb is the shelling's
    "In a statement, rebels said they shelled the barracks in Nubl on Tuesday.",
])
def test_a_day_of_the_event_a_statement_tells_stays_the_event_day(extractor: Extractor, text: str) -> None:
    assert days(extractor, text, published="2017-10-04") == {"2017-10-03"}


def test_after_a_time_of_day_is_the_time_of_the_event_told(extractor: Extractor) -> None:
    text = "Shortly after midnight two days ago, warplanes struck the bakery in Kafr Sajna"
    assert days(extractor, text) == {"2019-03-12"}


def test_a_report_on_a_killing_on_a_day_keeps_that_day(extractor: Extractor) -> None:
    text = "In a report on the killing of five farmers in Tal Hamis on Tuesday, the monitor said the gunmen fled."
    assert days(extractor, text, published="2017-10-04") == {"2017-10-03"}
