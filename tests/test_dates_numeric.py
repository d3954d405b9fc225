"""Numeric datelines, and the fast scan that must find what the whole grammar finds."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import dates
from observatory.extract.dates import find_dates

PUBLISHED = date(2017, 10, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published 05.10.2017", "2017-10-05"),
        ("Posted on 1/9/2017 by the media office", "2017-09-01"),
        ("Updated: 2017-09-28", "2017-09-28"),
        ("Damascus, 29-02-2016 (SANA)", "2016-02-29"),
        ("a statement dated 3.9.2017", "2017-09-03"),
    ],
)
def test_numeric_dates_are_read_day_first(text: str, day: str) -> None:
    (mention,) = find_dates(text, PUBLISHED)
    assert (mention.range.start, mention.range.end, mention.range.precision) == (day, day, 1)


def test_numeric_dates_that_do_not_exist_are_skipped() -> None:  # left to dateparser, which declines
    assert find_dates("Published 31-04-2016 and 29-02-2015", PUBLISHED) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Observatory said on Monday that YESTERDAY's strikes on 5 May 2017 killed 12 people.",
        "Clashes Since Tuesday; earlier this week, in mid-March and during the past 48 hours.",
        "Aleppo Today reported on 3 Sept. 2017 that the toll may 20 rise, as in March 2016.",
        "Between the 28th and 29th of September 2017, then from May 2 to 4, 2018, and 2017-10-01.",
        "Raids \u017fince Tuesday (a long s) and on \u0130ndependence Day, 30-04-2016.",  # IGNORECASE folds
    ],
)
def test_the_scan_finds_what_the_whole_grammar_finds(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    scanned = find_dates(text, PUBLISHED)
    monkeypatch.setattr(dates, "_matches", dates._PATTERN.finditer)
    assert find_dates(text, PUBLISHED) == scanned
    assert scanned
