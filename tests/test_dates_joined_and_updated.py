"""Days of an event told on two coordinated days ("on Sunday and again on Tuesday"), the
day a toll was updated ("the toll rose on Wednesday to 31"), which is not the day of the
killing when the report states that day, a run of days ("for a fourth consecutive day") that
reaches the day its clause states, and the day a report was written when a feed gives a day
before the war began.  Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract import context, dates
from observatory.extract.dates import DateDataError
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Document

SATURDAY = date(2022, 10, 15)


def _days(extractor: Extractor, text: str, sub_type: str, published: date = SATURDAY) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.sub_event_type == sub_type and e.date))


@pytest.mark.parametrize("joined", ["and again on", "and then on", "and", "and once more early on"])
def test_two_coordinated_days_of_one_raid_are_both_its_days(extractor: Extractor, joined: str) -> None:
    text = f"Warplanes bombed the market of Kafr Takharim on Monday {joined} Wednesday, killing eleven traders."
    assert _days(extractor, text, "Air/drone strike") == {"2022-10-10", "2022-10-11", "2022-10-12"}


def test_coordinated_days_far_apart_keep_the_day_nearest_the_event(extractor: Extractor) -> None:
    """Sunday to Friday would claim four days the report never states."""
    text = "Helicopters dropped barrel bombs on Habit on Sunday and again on Friday, killing six farmers."
    assert _days(extractor, text, "Air/drone strike") == {"2022-10-09"}


def test_days_that_are_not_coordinated_stay_two_stories(extractor: Extractor) -> None:
    text = "A shepherd was shot dead near Tal Hamis on Monday, his family buried him on Wednesday."
    days = _days(extractor, text, "Attack")
    assert "2022-10-11" not in days and len(days) == 1


@pytest.mark.parametrize("sentence", [
    "The death toll rose on Thursday to 27 from a car bomb that hit a checkpoint in Mare' on Tuesday.",
    "A car bomb hit a checkpoint in Mare' on Tuesday, killing eight. The toll climbed Thursday to 27, medics said.",
    "The number of people killed by a car bomb at a checkpoint in Mare' on Tuesday has risen on Thursday to 27.",
])
def test_the_day_a_toll_rose_is_not_the_day_of_the_bombing(extractor: Extractor, sentence: str) -> None:
    assert _days(extractor, sentence, "Remote explosive/landmine/IED") == {"2022-10-11"}


def test_a_toll_update_with_no_other_day_still_dates_the_event_by_that_day(extractor: Extractor) -> None:
    """Nothing better is stated: the update day stands in, as the day something was said does."""
    text = "The death toll from a car bomb at a checkpoint in Mare' rose on Thursday to 27."
    assert _days(extractor, text, "Remote explosive/landmine/IED") == {"2022-10-13"}


def test_a_toll_update_day_still_dates_new_strikes_its_sentence_tells(extractor: Extractor) -> None:
    """The update day is set aside only beside another day of the sentence, not for the lead's day."""
    text = ("Warplanes struck the market of Ariha on Monday, killing four. "
            "The toll rose on Thursday to 31 after new strikes hit a bakery in Saraqib.")
    result = extractor.extract(text, Document(id="d", published=SATURDAY.isoformat()))
    days = {e.location.name: e.date.start for e in result.events if e.location and e.date}
    assert days.get("Saraqib") == "2022-10-13" and days.get("Ariha") == "2022-10-10"


def test_a_rise_that_is_no_toll_leaves_the_day_to_the_event(extractor: Extractor) -> None:
    text = "Bread prices rose on Thursday in Mare' after artillery shelled its bakery, killing two workers."
    assert _days(extractor, text, "Shelling/artillery/missile attack") == {"2022-10-13"}


def test_a_totals_file_without_update_verbs_is_named_in_the_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "totals.yaml"
    bad.write_text("running_total_cues: ['\\btoll\\b']\nupdate_verbs: climbed\n", encoding="utf-8")
    monkeypatch.setattr(context, "TOTALS_PATH", bad)
    context._toll_update.cache_clear()
    try:
        with pytest.raises(DateDataError, match="'update_verbs' must be a non-empty list of strings") as raised:
            context._toll_update()
        assert str(bad) in str(raised.value)
    finally:
        context._toll_update.cache_clear()


PREWAR_FEED_DAY = date(2009, 7, 1)
DATED_TOP = "Tanks shell Talbiseh\n\nHoms, 4 June 2012. Army tanks shelled Talbiseh on Sunday, killing six farmers."


def test_a_feed_day_before_the_war_gives_way_to_the_full_date_at_the_reports_top(extractor: Extractor) -> None:
    assert context.report_day(DATED_TOP, PREWAR_FEED_DAY) == date(2012, 6, 4)
    result = extractor.extract(DATED_TOP, Document(id="d", published=PREWAR_FEED_DAY.isoformat()))
    assert {e.date.start for e in result.events if e.date} == {"2012-06-03"}


def test_a_feed_day_during_the_war_still_wins_over_an_unstamped_date_at_the_top() -> None:
    assert context.report_day(DATED_TOP, date(2012, 6, 6)) == date(2012, 6, 6)


def test_a_prewar_feed_day_stands_when_the_report_states_no_full_date() -> None:
    text = "Tanks shell Talbiseh. Army tanks shelled Talbiseh on Sunday, killing six farmers."
    assert context.report_day(text, PREWAR_FEED_DAY) == PREWAR_FEED_DAY


@pytest.mark.parametrize("value", ["'spring 2011'", "2011", "[2011-03-15]"])
def test_a_stamps_file_whose_war_began_is_no_day_is_named_in_the_error(tmp_path, monkeypatch, value: str) -> None:
    bad = tmp_path / "stamps.yaml"
    bad.write_text(f"war_began: {value}\n", encoding="utf-8")
    monkeypatch.setattr(dates, "STAMPS_PATH", bad)
    dates.war_began.cache_clear()
    try:
        with pytest.raises(DateDataError, match="'war_began' must be a day") as raised:
            dates.war_began()
        assert str(bad) in str(raised.value)
    finally:
        dates.war_began.cache_clear()


TUESDAY = date(2022, 10, 18)


@pytest.mark.parametrize("text", [
    "Clashes raged around Ain Issa on Sunday for a fourth consecutive day, killing 14 fighters.",
    "On Sunday, for the fourth day running, artillery pounded Ain Issa, killing three shepherds.",
    "Artillery pounded Ain Issa for 4 days in a row on Sunday, killing three shepherds.",
])
def test_a_run_of_days_ends_on_the_day_its_clause_states(extractor: Extractor, text: str) -> None:
    """The fourth day is Sunday, not the Tuesday the report appears."""
    result = extractor.extract(text, Document(id="d", published=TUESDAY.isoformat()))
    days = set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))
    assert days == {"2022-10-13", "2022-10-14", "2022-10-15", "2022-10-16"}


def test_a_run_of_days_with_no_other_day_ends_on_the_reports_day(extractor: Extractor) -> None:
    text = "Artillery pounded Ain Issa for a fourth consecutive day, killing three shepherds."
    result = extractor.extract(text, Document(id="d", published=TUESDAY.isoformat()))
    days = set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))
    assert days == {"2022-10-15", "2022-10-16", "2022-10-17", "2022-10-18"}


def test_a_day_of_another_sentence_does_not_move_a_run() -> None:
    text = "Artillery pounded Ain Issa on Sunday. Clashes went on for a fourth consecutive day."
    ctx = context.DocContext.build(text, TUESDAY, default_kb(), PlaceFinder(load_gazetteer()))
    runs = [d for d in ctx.dates if d.period]
    assert [(d.range.start, d.range.end) for d in runs] == [("2022-10-15", "2022-10-18")]
