"""Issue 9, family 9: a headline that tells a fresh toll and then the running total it adds
to ("X kills N near Y, raising to M the number killed since Z") is an event of the fresh
toll; the running total alone, or a day's roundup, stays a report without an event.
Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from observatory.extract.pipeline import Extractor
from observatory.extract.short_reports import TOLL_EVENTS_PATH, load_rules
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-06-20"))


@pytest.mark.parametrize("text", [
    "Hurras al-Din kills 6 members of the regime forces including a major near Kafr Nabudah and raises to about 90, "
    "the number of soldiers it has killed since March",
    "Security chaos kills a commander of the Hamza Division in Jarabulus raising to 311, the number of people killed "
    "since October 2018",
    "Unknown gunmen kill two teachers in Tafas, raising to 57 the number of people assassinated since February",
])
def test_a_fresh_toll_before_a_running_total_is_an_event(extractor: Extractor, text: str) -> None:
    result = run(extractor, text)
    assert result.events
    assert any(c.status == "killed" and c.evidence.start < text.index("rais") for c in result.casualties)


def test_a_toll_since_a_start_is_a_running_total_after_the_news(extractor: Extractor) -> None:
    text = "A shepherd dies in a landmine blast near Maskanah, the death toll since the start of the year rises to 37"
    result = run(extractor, text)
    assert {e.sub_event_type for e in result.events} == {"Remote explosive/landmine/IED"}


@pytest.mark.parametrize("text", [
    "More casualties raise to 230 the number of people killed since the start of the truce in Idlib",
    "17 people were killed yesterday in different circumstances in several areas of Syria",
])
def test_a_running_total_or_a_roundup_alone_is_no_event(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).events


@pytest.mark.parametrize(("text", "kind", "place"), [
    ("After the loss of 300 fighters in 2015… warplanes of the Coalition kill 6 shepherds near Hajin",
     "Air/drone strike", "Hajin"),
    ("Two years after his release in 2017... masked gunmen shoot dead a pharmacist in Nawa", "Attack", "Nawa"),
])
def test_the_news_after_a_headline_lead_is_an_event(extractor: Extractor, text: str, kind: str, place: str) -> None:
    [event] = run(extractor, text).events
    assert event.sub_event_type == kind
    assert event.location is not None and event.location.mention == place


def test_an_act_told_only_in_the_lead_stays_background(extractor: Extractor) -> None:
    text = "Years after the shelling of Ariha in 2014… residents of the town hold a vigil"
    assert not run(extractor, text).events


@pytest.mark.parametrize(("text", "day"), [
    ("4 civilians dead in Kafr Takharim on the 9th of this month", "2019-06-09"),
    ("Two shepherds killed near Qaryatayn on the 2nd of this month", "2019-06-02"),
])
def test_a_toll_dated_to_one_day_of_this_month_is_an_event(extractor: Extractor, text: str, day: str) -> None:
    [event] = run(extractor, text).events
    assert event.date is not None and event.date.start == day


@pytest.mark.parametrize("text", [
    "Since June 3, 40 civilians have been killed in Kafr Takharim",
    "Five soldiers killed in Tadif this month",
])
def test_a_span_total_stays_without_an_event(extractor: Extractor, text: str) -> None:
    assert not run(extractor, text).events


@pytest.mark.parametrize(("entry", "complaint"), [
    ("span_cues: 'so far'", "'span_cues' must be a non-empty list of strings"),  # a string, not a list
    ("span_cues: ['\\bsince(\\b']", "span_cues"),  # a pattern that does not compile
])
def test_a_bad_toll_events_cue_list_is_named(tmp_path: Path, entry: str, complaint: str) -> None:
    """A malformed cue list of data/events/toll_events.yaml stops the load with the file's
    name, rather than matching letter by letter."""
    good = yaml.safe_load(TOLL_EVENTS_PATH.read_text(encoding="utf-8"))
    bad_file = tmp_path / "toll_events.yaml"
    bad_file.write_text(yaml.safe_dump({**good, **yaml.safe_load(entry)}), encoding="utf-8")
    with pytest.raises(ValueError, match=complaint) as raised:
        load_rules(str(bad_file))
    assert str(bad_file) in str(raised.value)


def test_the_news_after_a_lead_is_judged_by_its_own_words_from_their_start(extractor: Extractor) -> None:
    """A background cue anchored at the start of the words ("^… in Syria and Iraq") reads the
    news after the lead as words of their own, as it reads any clause."""
    text = ("After a month of raids on Tell Halaf… coalition jets keep up strikes on the militants "
            "in Iraq and Syria")
    assert not run(extractor, text).events
