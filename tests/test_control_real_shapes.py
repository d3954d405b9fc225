"""Control shapes read on real corpora (FA-KES articles, UCDP headlines) that the grammar
missed: present-tense headline verbs ("expels X from", "takes the control of", "re-takes
control on"; not "takes over", which SOHR's headlines use for calm: "silence takes over X"), an agent before the place of an expulsion ("were expelled by the army
from X"), and failed attempts ("have been unable to regain X") that are no change.
Every sentence here is invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

REGIME, IS, SDF = "Military Forces of Syria", "Islamic State", "SDF: Syrian Democratic Forces"


def changes(extractor: Extractor, text: str) -> list[tuple[str | None, str | None, str]]:
    result = extractor.extract(text, Document(id="t", published="2020-11-04"))
    return [(c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The Islamic State expels the regime forces from Tell Shaer hill after a dawn attack", "Tell Shaer hill", IS),
    ("ISIS ousts the SDF from Al-Bahra village and kills five of its members", "Al-Bahra village", IS),
    ("Regime forces take the control of Hish town in the southern countryside of Idlib", "Hish town", REGIME),
    ("The SDF takes control on Abu Khashab village east of the Euphrates", "Abu Khashab village", SDF),
])
def test_present_tense_headline_verbs_tell_a_capture(extractor: Extractor, text: str, place: str,
                                                      gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


def test_re_takes_control_on_is_a_recapture(extractor: Extractor) -> None:
    found = changes(extractor, "ISIS re-takes control on the Tayyem oil field after a counter-attack")
    assert [(g, c) for _, g, c in found] == [(IS, "recaptured")]


def test_an_expulsion_with_its_agent_before_the_place(extractor: Extractor) -> None:
    found = changes(extractor, "Islamic State fighters were expelled by the army from Al-Jafra on Sunday, "
                               "a military source said.")
    assert [(g, c) for p, g, c in found if p == "Al-Jafra"] == [(REGIME, "captured")]


@pytest.mark.parametrize("text", [
    "For two years the rebels have been unable to regain control of Kafr Halab.",
    "The regime failed once more to recapture Tell Malah despite heavy shelling.",
    "Government troops were not able to enter Kafr Nubl on Tuesday.",
])
def test_a_failed_attempt_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


def test_able_to_still_tells_a_change(extractor: Extractor) -> None:
    found = changes(extractor, "Regime troops were able to retake Kafr Halab on Monday after heavy clashes.")
    assert [(g, c) for _, g, c in found] == [(REGIME, "recaptured")]


def test_a_participle_expulsion_belongs_to_the_side_that_dealt_the_blow(extractor: Extractor) -> None:
    found = changes(extractor, "The shelling came after IS dealt a heavy blow to government forces, driving them "
                               "out of Maskanah after a week of fighting.")
    assert found == [("Maskanah", IS, "captured")]


def test_driving_cars_from_a_town_is_no_expulsion(extractor: Extractor) -> None:
    assert changes(extractor, "Thousands of families fled on Monday, driving their cars from Tell Tamr to "
                              "Hasakah.") == []


def test_calm_taking_over_a_city_is_no_capture(extractor: Extractor) -> None:
    assert changes(extractor, "Calm takes over Saraqib after a night of shelling by the regime forces") == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("SOHR monitored the control of the regime forces over Kafr Naboudah after the factions withdrew.",
     "Kafr Naboudah", REGIME),
    ("The control of the SDF on Al-Shaafah came after two days of clashes with the jihadists.", "Al-Shaafah", SDF),
    ("The SDF were able today to control the village of Al-Marashida after ISIS members withdrew.",
     "Al-Marashida", SDF),
])
def test_sohr_control_nouns_name_their_gainer(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer, "captured") in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "Shells fell on areas under the control of the regime forces on the outskirts of Tell Rifaat.",
    "The areas of control of the SDF on the eastern bank of the Euphrates witnessed an explosion.",
])
def test_areas_under_a_sides_control_are_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


def test_an_expulsion_of_two_sides_named_at_length(extractor: Extractor) -> None:
    found = changes(extractor, "Rebels drove the regime troops and allied militiamen out of Kafr Hamra on Monday.")
    assert [(p, c) for p, _, c in found] == [("Kafr Hamra", "captured")]


def test_a_liberation_being_prepared_is_no_change(extractor: Extractor) -> None:
    assert changes(extractor, "The SDF launched a new stage of the campaign, clearing farmland in preparation "
                              "for the final liberation of Tabqa.") == []


def test_the_side_whose_assault_it_is_advances_not_the_side_assaulted(extractor: Extractor) -> None:
    found = changes(extractor, "Kurdish-led forces are pressing their assault on the Islamic State group in the "
                               "north and are slowly advancing in the southern districts of Manbij.")
    assert [(p, g) for p, g, _ in found] == [("Manbij", SDF)]


def test_expanded_their_control_of_a_town(extractor: Extractor) -> None:
    found = changes(extractor, "Regime troops have expanded their control of Kafr Zita despite rebel shelling.")
    assert [(p, g) for p, g, _ in found] == [("Kafr Zita", REGIME)]


def test_the_last_batch_of_fighters_leaving_a_town_hands_it_to_the_other_side(extractor: Extractor) -> None:
    found = changes(extractor, "The last batch of rebels and their families left Al-Waer on Monday under a deal "
                               "with the regime forces.")
    assert found == [("Al-Waer", REGIME, "withdrew")]


def test_a_town_empty_of_militants_was_left_by_them(extractor: Extractor) -> None:
    result = extractor.extract("The area of Madaya is empty of militants after the last convoy left, a regime "
                               "official said.", Document(id="t", published="2020-11-04"))
    assert [(c.place.name, c.lost_by, c.change) for c in result.control_changes] == [
        ("Madaya", "Syrian Rebels", "withdrew")]


def test_a_building_empty_of_patients_is_no_change(extractor: Extractor) -> None:
    assert changes(extractor, "The hospital in Kafr Nabl was empty of patients after the strike.") == []


def test_an_evacuation_deal_is_a_non_violent_transfer(extractor: Extractor) -> None:
    result = extractor.extract("The last batch of rebels and their families left Al-Waer on Monday under a deal "
                               "with the regime forces.", Document(id="t", published="2020-11-04"))
    assert "Non-violent transfer of territory" in {e.sub_event_type for e in result.events}
