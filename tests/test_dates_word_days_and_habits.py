"""Brief misc42, family 3: a day of last month in words reads like one in figures, and a weekday
that recurs ("every Friday") dates nothing.  Sentences are invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


@pytest.mark.parametrize(("day", "expected"), [
    ("the twenty-seventh", "2019-02-27"),
    ("the 27th", "2019-02-27"),
    ("the eleventh", "2019-02-11"),
    ("the first", "2019-02-01"),
])
def test_a_day_of_last_month_in_words_dates_its_event(extractor: Extractor, day: str, expected: str) -> None:
    result = run(extractor, f"Regime helicopters dropped barrel bombs on the village of Tamanah on {day} of "
                            "last month, killing four farmers.", published="2019-03-14")
    assert [e.date.start for e in result.events if e.sub_event_type == "Air/drone strike"] == [expected]


def test_the_rest_of_last_month_is_still_a_season(extractor: Extractor) -> None:
    result = run(extractor, "Jets pounded the town of Latamneh for most of last month.", published="2019-03-14")
    assert result.events == []


@pytest.mark.parametrize("text", [
    "Every Friday, residents gather in the square of Binnish to protest.",
    "Each Thursday the mothers of the detainees hold a vigil in Raqqa.",
    "On every other Sunday the council opens the crossing at Aoun al-Dadat.",
])
def test_a_weekday_that_recurs_is_no_day(text: str) -> None:
    assert find_dates(text, date(2019, 3, 14)) == []


def test_a_habit_does_not_date_the_protest(extractor: Extractor) -> None:
    result = run(extractor, "Every Friday, residents gather in the square of Binnish to protest against HTS.",
                 published="2019-03-14")
    assert {e.date.start for e in result.events} <= {"2019-03-14", None}


def test_a_weekday_beside_a_habit_still_dates_its_day(extractor: Extractor) -> None:
    result = run(extractor, "Protesters marched in Binnish on Friday, as they have every week since March.",
                 published="2019-03-14")
    assert "2019-03-08" in {m.range.start for m in find_dates(
        "Protesters marched in Binnish on Friday, as they have every week since March.", date(2019, 3, 14))}
    assert all(e.date.start == "2019-03-08" for e in result.events)
