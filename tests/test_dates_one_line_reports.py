"""One-line reports (a headline alone) tell the news of the day they appear, unless they
say another day or tell a whole period."""

from __future__ import annotations

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.pipeline import Extractor
from observatory.models import Document

PUBLISHED = "2019-03-14"  # a Thursday


def days(extractor: Extractor, text: str, needs_event: bool = True) -> set[str]:
    result = extractor.extract(text, Document(id="one-line", published=PUBLISHED))
    assert result.events or not needs_event, text
    return set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "Warplanes pound the outskirts of Maarat Misrin and wound four farmers",
    "Seven fighters of the Free Syrian Army killed in clashes with regime forces near Kafr Nabl",
    "Shelling continues on Khan Arnabah as the factions answer with rockets",
])
def test_a_headline_alone_is_dated_on_its_report_day(extractor: Extractor, text: str) -> None:
    assert days(extractor, text) == {PUBLISHED}


def test_a_headline_that_states_its_day_keeps_it(extractor: Extractor) -> None:
    assert days(extractor, "Nine civilians were killed on Tuesday in air strikes on Saraqib") == {"2019-03-12"}


@pytest.mark.parametrize("text", [
    "Regime barrel bombs hit Kafr Zita throughout February",
    "Coalition raids on Hajin during 2018 left hundreds of civilians dead",
])
def test_a_headline_that_tells_a_month_or_year_is_not_given_the_report_day(extractor: Extractor, text: str) -> None:
    assert PUBLISHED not in days(extractor, text, needs_event=False)


def test_a_past_story_of_several_sentences_stays_undated(extractor: Extractor) -> None:
    text = ("Gunmen shot dead two teachers in the village of Tell Bisah. "
            "The two men had left their school when the car was stopped. "
            "Relatives buried them in the village cemetery.")
    assert days(extractor, text) == set()


def test_the_report_day_of_a_headline_is_told_as_imprecise(extractor: Extractor) -> None:
    """Precision 2, not 1: the day is the report's, not one its text states, so fusion
    may still join it with a report of the same event published the day after."""
    result = extractor.extract("Shelling hits Khan Arnabah and wounds three children",
                               Document(id="one-line", published=PUBLISHED))
    assert [(e.date.start, e.date.precision) for e in result.events if e.date] == [(PUBLISHED, 2)]


@pytest.mark.parametrize("text", [
    "Four Hezbollah fighters were killed near Tal Arn.",
    "A landmine blast kills two shepherds east of Maskanah...",
])
def test_a_headline_a_feed_closed_with_a_full_stop_is_still_a_headline(extractor: Extractor, text: str) -> None:
    assert days(extractor, text) == {PUBLISHED}


@pytest.mark.parametrize("text", [
    "Rebels shelled the outskirts of Khan Touman, killing two soldiers, a monitor said.",
    "DARAA (AFP) - Gunmen killed a council member in Nawa.",
])
def test_a_one_sentence_story_that_names_its_source_stays_undated(extractor: Extractor, text: str) -> None:
    assert days(extractor, text, needs_event=False) == set()
