"""The span a running total is counted over ("raising the death toll to 212 since early
March") dates no event: the report's news is its latest killing, told on its own day.
A span that tells when the events themselves happened still dates them."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.eval.scoring import event_days
from observatory.extract import context
from observatory.extract.dates import DateDataError
from observatory.extract.pipeline import Extractor
from observatory.models import Document

PUBLISHED = "2020-02-19"  # a Wednesday


def days(extractor: Extractor, text: str) -> set[str]:
    result = extractor.extract(text, Document(id="running-total", published=PUBLISHED))
    assert result.events, text
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "A roadside bomb kills a council member in Sanamayn and raises the death toll to 84 since late November",
    "Gunmen shoot dead two traders near Inkhil, raising to 131 the number of people assassinated since mid-October",
    "Artillery fire kills a shepherd east of Maarat Harma and brings to 57 those killed within 40 days of the truce",
    "Fresh air raids on Kafr Ruma kill four and the toll climbs to 312 during about 9 weeks of escalation",
])
def test_a_headline_adding_to_a_running_total_is_dated_on_its_report_day(extractor: Extractor, text: str) -> None:
    assert days(extractor, text) == {PUBLISHED}


def test_a_span_without_a_running_total_still_dates_its_events(extractor: Extractor) -> None:
    """ "since Sunday" with no total tells when the killing happened: from Sunday on."""
    found = days(extractor, "Clashes have killed 15 fighters near Tall Rifaat since Sunday")
    assert found == {"2020-02-16", "2020-02-17", "2020-02-18", "2020-02-19"}


def test_a_month_tally_is_not_given_the_report_day(extractor: Extractor) -> None:
    """A closed month ("in January 2020") is the tally's own period, not a span up to the
    report's day: the headline tells no news of that day."""
    result = extractor.extract("About 70 civilians were killed across Idlib in January 2020",
                               Document(id="month", published=PUBLISHED))
    assert PUBLISHED not in set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


def test_a_day_told_beside_a_running_total_keeps_it(extractor: Extractor) -> None:
    text = "A car bomb killed six in Jarablus on Monday, raising the death toll to 140 since early January"
    assert days(extractor, text) == {"2020-02-17"}


def test_a_bad_running_total_cue_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "totals.yaml"
    bad.write_text("running_total_cues: ['\\btoll(\\b']\n", encoding="utf-8")
    monkeypatch.setattr(context, "TOTALS_PATH", bad)
    context._running_total_cues.cache_clear()
    try:
        with pytest.raises(DateDataError, match="running_total_cues: bad pattern") as raised:
            context._running_total_cues()
        assert str(bad) in str(raised.value)
    finally:
        context._running_total_cues.cache_clear()


@pytest.mark.parametrize("text, wanted", [
    # "overnight Sunday", "overnight into Tuesday": the named day, not the night before publication
    ("Regime artillery pounded Hazano overnight Sunday, killing five civilians. Families fled to the fields.",
     {"2020-02-16"}),
    ("Regime artillery pounded Hazano overnight into Tuesday, killing five civilians. Families fled to the fields.",
     {"2020-02-18"}),
    # "overnight" alone stays the night before publication
    ("Regime artillery pounded Hazano overnight, killing five civilians. Families fled to the fields.",
     {"2020-02-18", "2020-02-19"}),
    # "since the 14th of this month": "month" names which month the day is in, no vague span
    ("Regime artillery has pounded Hazano since the 14th of this month, killing five civilians. Families fled.",
     {"2020-02-14", "2020-02-15", "2020-02-16", "2020-02-17", "2020-02-18", "2020-02-19"}),
])
def test_a_named_night_or_a_day_of_this_month_dates_its_event(extractor: Extractor, text: str,
                                                               wanted: set[str]) -> None:
    assert days(extractor, text) == wanted
