"""Issue 9 recall on outlets the extractor was not written for: event dates, control
phrasing and one-line reports.  Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2018-02-14") -> ExtractionResult:
    """2018-02-14 is a Wednesday."""
    return extractor.extract(text, Document(id="t", published=published))


def dated(result: ExtractionResult) -> set[tuple[str, str | None]]:
    return {(e.sub_event_type, e.date.start) for e in result.events}


# -- dates ---------------------------------------------------------------------------------

def test_a_dated_strike_told_with_background_words_keeps_its_day(extractor) -> None:
    result = run(extractor, "On Monday a drone strike near Tabqa killed a field commander of the group, "
                            "the third such blow in recent weeks.")
    assert ("Air/drone strike", "2018-02-12") in dated(result)


def test_background_words_alone_still_mark_background(extractor) -> None:
    result = run(extractor, "Coalition air strikes on Tabqa in recent weeks have damaged the dam.")
    assert not result.events


def test_earlier_in_the_day_dates_the_event_on_publication(extractor) -> None:
    result = run(extractor, "Earlier in the day a suicide bomber blew himself up at a checkpoint in Jableh.")
    assert ("Suicide bomb", "2018-02-14") in dated(result)


def test_a_wire_dateline_is_the_filing_day_not_the_event_day(extractor) -> None:
    # annotation.md: a past-tense story that never states the day gives no date
    undated = run(extractor, "ALEPPO, Feb 14 (Reuters) - Rebels shelled the town of Nubl, a monitor said.")
    assert [e.date.start for e in undated.events] == [None]
    dated = run(extractor, "ALEPPO, Feb 14 (Reuters) - Rebels shelled the town of Nubl on Tuesday, a monitor said.")
    assert [e.date.start for e in dated.events] == ["2018-02-13"]


# -- control changes -------------------------------------------------------------------------

def changes(result: ExtractionResult) -> set[tuple[str, str | None, str]]:
    return {(c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes}


def test_wrested_a_town_from_a_side(extractor) -> None:
    result = run(extractor, "Opposition fighters wrested the town of Kafr Nabudah from regime troops on Tuesday.")
    assert changes(result) == {("Kafr Nabudah", "Syrian Rebels", "captured")}
    assert result.control_changes[0].lost_by == "Military Forces of Syria"


def test_fell_into_the_hands_of_names_the_gainer(extractor) -> None:
    result = run(extractor, "On Tuesday the village of Tell Aswad fell into the hands of Hay'at Tahrir al-Sham.")
    assert changes(result) == {("Tell Aswad", "HTS: Hayat Tahrir al-Sham", "captured")}


def test_present_tense_headline_takes_control(extractor) -> None:
    result = run(extractor, "Hay'at Tahrir al-Sham takes control of the town of Atareb after clashes with rival factions")
    assert ("Atareb", "HTS: Hayat Tahrir al-Sham", "captured") in changes(result)


def test_present_tense_control_after_a_battle_is_a_capture(extractor) -> None:
    result = run(extractor, "The regime forces control the village of Khirbet Ghazaleh after violent clashes with the factions")
    assert ("Khirbet Ghazaleh", "Military Forces of Syria", "captured") in changes(result)


def test_present_tense_control_of_new_villages_is_a_territory_event(extractor) -> None:
    result = run(extractor, "The SDF advance and control new villages in the eastern countryside of Deir Ezzor")
    assert "Non-state actor overtakes territory" in {e.sub_event_type for e in result.events}
    assert not result.control_changes  # the villages are not named


def test_who_holds_a_town_is_not_a_change(extractor) -> None:
    result = run(extractor, "Kurdish fighters and pro-government militias control Qamishli airport and parts of the "
                            "city, while the rest of the province is held by the YPG.")
    assert not result.control_changes


def test_extended_control_to_a_list_of_villages(extractor) -> None:
    result = run(extractor, "On Monday the army extended its control to the villages of Tell Daman and Umm Khurzah.")
    assert {c[0] for c in changes(result)} == {"Tell Daman", "Umm Khurzah"}


# -- one-line reports (monitors' present-tense headlines) ------------------------------------

@pytest.mark.parametrize(("headline", "kind"), [
    ("Rebel factions carry out a violent attack in the northern countryside of Latakia", "Armed clash"),
    ("ISIS detonates a booby-trapped car near a checkpoint in Mayadin", "Remote explosive/landmine/IED"),
    ("Dozens of fighters of Jaysh al-Izza were killed in aerial targeting near Latamneh", "Air/drone strike"),
    ("Young men are executed in the attack of the “Islamic State” organization on villages east of Salamiyah",
     "Attack"),
    ("A bomb killed four people at a bus stop in Jableh on Monday.", "Remote explosive/landmine/IED"),
])
def test_monitor_headline_wording_is_an_event(extractor, headline, kind) -> None:
    assert kind in {e.sub_event_type for e in run(extractor, headline).events}


def test_barrel_bombs_that_kill_are_an_air_strike_only(extractor) -> None:
    result = run(extractor, "Barrel bombs killed three people in Kafr Zita on Monday.")
    assert {e.sub_event_type for e in result.events} == {"Air/drone strike"}


@pytest.mark.parametrize(("headline", "kind"), [
    ("The regime forces and the “Islamic State” organization are still clashing near Tadmur", "Armed clash"),
    ("The factions target sites of the regime forces in the countryside of Latakia",
     "Shelling/artillery/missile attack"),
    ("ISIS targets regime forces near the Tiyas airbase", "Shelling/artillery/missile attack"),
])
def test_more_monitor_headline_wording(extractor, headline, kind) -> None:
    assert kind in {e.sub_event_type for e in run(extractor, headline).events}


def test_a_plan_to_target_is_no_event(extractor) -> None:
    assert not run(extractor, "Ankara to target Kurdish forces east of the Euphrates").events


def test_present_tense_territory_wording(extractor) -> None:
    took = run(extractor, "SDF fighters take Jarniyah from the “Islamic State” organization")
    assert ("Jarniyah", "SDF: Syrian Democratic Forces", "captured") in changes(took)
    restored = run(extractor, "Regime forces advance and restore more villages east of Salamiyah")
    assert "Government regains territory" in {e.sub_event_type for e in restored.events}
    goal = run(extractor, "The army plans to advance into Tadef.")
    assert not goal.control_changes


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The regime forces re-control the village of Khirbet Ghazaleh after losing it on Sunday", "Khirbet Ghazaleh",
     "Military Forces of Syria"),
    ("The Turkish army and its mercenaries occupied the village of Mazraat Kafr Jana on Monday.",
     "Mazraat Kafr Jana", "Military Forces of Turkey"),
    ("Regime forces end the presence of the “Islamic State” organization in Uqayribat on Monday",
     "Uqayribat", "Military Forces of Syria"),
])
def test_outlet_idioms_for_taking_a_place(extractor, text, place, gainer) -> None:
    assert any(c[0] == place and c[1] == gainer for c in changes(run(extractor, text)))


def test_an_occupied_region_named_as_such_is_no_change(extractor) -> None:
    result = run(extractor, "Shells fired from the Israeli-occupied Golan landed near Quneitra on Monday.")
    assert not result.control_changes


@pytest.mark.parametrize(("text", "place"), [
    ("Monitors saw the regime forces advancing and controlling the village of Tell Ghazal on Friday.", "Tell Ghazal"),
    ("The regime forces were able to restore control of the village of Umm Mayyal on Friday.", "Umm Mayyal"),
    ("The regime forces achieved control of the village of Khirbet Ghazaleh on Friday.", "Khirbet Ghazaleh"),
])
def test_more_monitor_wording_for_a_capture(extractor, text, place) -> None:
    assert (place, "Military Forces of Syria") in {c[:2] for c in changes(run(extractor, text))}


def test_the_source_of_the_news_is_not_the_loser(extractor) -> None:
    result = run(extractor, "The Turkish-backed factions captured the village of Kafr Jannah on Friday, the Turkish "
                            "army said.")
    (change,) = result.control_changes
    assert (change.gained_by, change.lost_by) == ("SNA: Syrian National Army", None)


def test_a_place_held_since_a_date_is_no_change(extractor) -> None:
    result = run(extractor, "Turkish troops have occupied Jindires since the first week of February.")
    assert not result.control_changes
