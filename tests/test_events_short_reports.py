"""Issue 9, family 9: a one-line report with a toll or a headline verb and a place is an
event at that place on its date, even without a report-style trigger word.  Headline
grammar is read only in short reports.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, Event, ExtractionResult


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, published: str = "2017-10-12") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def kinds(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def at(result: ExtractionResult, kind: str) -> set[str]:
    return {e.location.mention for e in result.events if e.sub_event_type == kind and e.location is not None}


def only(result: ExtractionResult) -> Event:
    [event] = result.events
    return event


# -- headline verbs ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind", "place"), [
    ("ISIS attacks the Kurdish fighters near Tell Tamer", "Armed clash", "Tell Tamer"),
    ("Regime forces target Kafr Zita with rockets", "Shelling/artillery/missile attack", "Kafr Zita"),
    ("The factions advance against the regime forces in the outskirts of Morek", "Armed clash", "Morek"),
    ("Renewed targeting hits the town of Latamneh", "Shelling/artillery/missile attack", "Latamneh"),
    ("Aerial and ground bombardment hits the town of Kafr Nabudah", "Air/drone strike", "Kafr Nabudah"),
    ("The factions take control of the silos near Khan Tuman", "Armed clash", "Khan Tuman"),
])
def test_a_headline_verb_is_an_event_at_its_place(extractor, text: str, kind: str, place: str) -> None:
    assert place in at(run(extractor, text), kind)


def test_headline_grammar_is_not_read_in_a_long_report(extractor) -> None:
    text = ("The provincial council met in the town of Qamishli on Tuesday. "
            "On Tuesday the members heard that ISIS attacks the Kurdish fighters near Tell Tamer every winter. "
            "The council then voted on the bakery budget.")
    assert "Armed clash" not in kinds(run(extractor, text))


def test_a_headline_verb_after_to_is_a_plan(extractor) -> None:
    assert run(extractor, "The army to attack the rebels near Latamneh").events == []


def test_a_headline_verb_needs_an_armed_side(extractor) -> None:
    assert run(extractor, "Prices advance in the markets of Manbij").events == []


# -- tolls without a trigger word ------------------------------------------------------------

def test_gunmen_who_kill_a_civilian_are_an_attack_at_the_place(extractor) -> None:
    event = only(run(extractor, "Gunmen kill a pharmacist in the town of Jasim"))
    assert event.sub_event_type == "Attack"
    assert event.location is not None and "Jasim" in event.location.mention


def test_losses_of_a_named_side_without_a_figure_are_a_clash(extractor) -> None:
    event = only(run(extractor, "Human losses among the regime forces in the town of Marea"))
    assert event.sub_event_type == "Armed clash"
    assert event.location is not None and "Marea" in event.location.mention


def test_casualties_without_a_figure_or_a_side_are_an_attack_at_the_place(extractor) -> None:
    event = only(run(extractor, "Casualties in the town of Kafr Takharim"))
    assert event.sub_event_type == "Attack"
    assert event.location is not None and "Kafr Takharim" in event.location.mention


def test_casualties_without_a_place_are_no_event(extractor) -> None:
    assert run(extractor, "More casualties among the people").events == []


def test_a_roundup_of_the_day_is_no_event(extractor) -> None:
    result = run(extractor, "17 people were killed yesterday in different circumstances across Syria")
    assert result.events == []


def test_the_dead_mourned_somewhere_died_elsewhere(extractor) -> None:
    assert run(extractor, "Funeral of 9 fighters of the Sham Legion in the town of Sarmada").events == []


@pytest.mark.parametrize("text", [
    "Nurses in the town of Kafr Batna counted 11 civilians dead on Monday",
    "Volunteers pulled the bodies of 7 people from the rubble in the town of Ariha on Monday",
])
def test_a_count_or_a_recovery_of_the_dead_is_a_bulletin_for_fusion(extractor, text: str) -> None:
    result = run(extractor, text)
    assert result.events == []
    assert any(c.status == "killed" for c in result.casualties)


def test_a_month_total_is_no_event(extractor) -> None:
    assert run(extractor, "About 920 people were killed in September 2017").events == []


def test_the_news_before_a_running_total_is_an_event(extractor) -> None:
    text = ("Rocket fire targets the town of Salamiyah and raises to 31 the number of people killed "
            "there since the start of the escalation")
    assert "Salamiyah" in at(run(extractor, text), "Shelling/artillery/missile attack")


def test_a_running_total_alone_stays_a_report(extractor) -> None:
    assert run(extractor, "More casualties raise the death toll to 14 in the town of Kafr Batna").events == []


# -- strike logs -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "(CS1204) Hajin, Deir Ezzor governorate",
    "(R2217b) Khan Shaykhun, Idlib governorate",
    "(S977) Kharbat Umm Sahl village, southern Raqqa governorate, Syria",
])
def test_a_strike_log_line_stays_a_report_without_an_event(extractor, text: str) -> None:
    # fusion joins such lines by their own place words and stated day (tests/test_fuse_reports.py)
    assert run(extractor, text).events == []


def test_a_one_line_report_is_dated_on_its_stated_day_however_late_it_is_published(extractor) -> None:
    event = only(run(extractor, "November 9th 2017: warplanes bomb Al Bukamal", "2018-01-20"))
    assert event.date.start == event.date.end == "2017-11-09"


def test_a_bare_log_code_is_no_event(extractor) -> None:
    assert run(extractor, "TS291").events == []


# -- words every report may use ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "kind"), [
    ("The group crucified two men in the main square of Maskanah on Friday.", "Attack"),
    ("Militants stoned a woman to death in the village of Hamrat on Friday.", "Attack"),
    ("A detainee from Inkhil died under torture in a prison of the security branch on Friday.", "Attack"),
    ("War remnants kill a shepherd near the village of Uqayribat", "Remote explosive/landmine/IED"),
    ("Protests take place in the town of Saqba against the new taxes", "Peaceful protest"),
    ("Body of a young man found near the village of Sahwa", "Attack"),
    ("Unknown gunmen assassinate a judge in the town of Tafas", "Attack"),
])
def test_more_wordings_of_known_kinds(extractor, text: str, kind: str) -> None:
    assert kind in kinds(run(extractor, text))


def test_executing_a_second_raid_is_not_an_execution(extractor) -> None:
    text = ("The jets returned an hour later, executing a second and even heavier raid on the market of "
            "Binnish on Sunday.")
    assert "Attack" not in kinds(run(extractor, text))
