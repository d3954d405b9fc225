"""Stated days the grammar missed, and a lead's day that is not the day of writing.

A strike log's "September 9th:" without its year is its day (only a clock time, "9:45",
continues a day with a colon); "the month of August" is that month.  A lead "said on
Monday" followed by a statement "on Tuesday" was not written on Monday: the text's days
keep the page's own day (context._written_on)."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document


def days(extractor: Extractor, text: str, published: str) -> set[str]:
    """The days of every event extracted from the text."""
    result = extractor.extract(text, Document(id="fixdt11", published=published))
    assert result.events, text
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


def spans(text: str, published: date) -> list[tuple[str, str]]:
    return [(m.range.start, m.range.end) for m in find_dates(text, published)]


@pytest.mark.parametrize("text", [
    "October 11th: (S4170) Al Busayrah town, Deir ez-Zor governorate, Syria",
    "Oct 11: Government forces shelled the villages east of Khan Tuman",
])
def test_a_log_line_opened_by_its_month_and_day_is_that_day(text: str) -> None:
    assert spans(text, date(2018, 10, 20)) == [("2018-10-11", "2018-10-11")]


def test_a_strike_log_line_dates_its_strike(extractor: Extractor) -> None:
    text = "October 11th: (S4170) Al Busayrah town, Deir ez-Zor governorate, Syria"
    assert days(extractor, text, "2018-10-20") == {"2018-10-11"}


def test_a_clock_time_after_a_month_and_day_is_no_day() -> None:
    """Guard: "October 3:45" is a clock time, not the third of October."""
    assert ("2018-10-03", "2018-10-03") not in spans("The curfew in Afrin was lifted at October 3:45 pm",
                                                    date(2018, 10, 20))


@pytest.mark.parametrize("text", [
    "The month of August saw more than 300 civilians killed across Idlib",
    "In the month of August, jets pounded the market towns of Ariha and Maarat Misrin",
])
def test_the_month_of_a_named_month_is_that_month(text: str) -> None:
    assert spans(text, date(2018, 9, 4)) == [("2018-08-01", "2018-08-31")]


def test_may_in_a_month_phrase_without_its_month_words_is_no_month() -> None:
    """Guard: "may" is a verb unless words around it name a month."""
    assert find_dates("The factions may withdraw within the month after the talks in Sochi", date(2018, 9, 4)) == []


PUBLISHED = "2018-05-16"  # a Wednesday


def test_a_statement_dated_after_the_leads_day_keeps_the_pages_day(extractor: Extractor) -> None:
    """The rebels spoke on Monday, their command on Tuesday: the report was written after
    both, and the shelling told in Tuesday's statement is Tuesday's, not the week before."""
    text = ("Turkish-backed rebels said on Monday they had entered the outskirts of Tal Rifaat. "
            "The rebel command said in a statement on Tuesday that 23 Kurdish fighters were killed "
            "in shelling on Tal Rifaat.")
    assert "2018-05-15" in days(extractor, text, PUBLISHED)
    assert "2018-05-08" not in days(extractor, text, PUBLISHED)


def test_a_lead_said_on_an_earlier_day_still_dates_the_text_from_that_day(extractor: Extractor) -> None:
    """Guard: with nothing dated after the lead's Monday, its "since Saturday evening" runs
    to Monday, the day the report was written, not to the page's Wednesday."""
    text = ("Turkish-backed rebels said on Monday that 23 Kurdish fighters were killed in shelling "
            "on Tal Rifaat since Saturday evening.")
    assert days(extractor, text, PUBLISHED) == {"2018-05-12", "2018-05-13", "2018-05-14"}
