"""Two place readings of agency copy: a given name that only sounds like a village is no
place when a surname follows it ("Ivanka Trump", "reporting by Erika Solomon"), unless the
words before it place it; and "Syria's Idlib" is the province, as "Idlib province" is
(governorates.yaml ``country_possessive``: only where reports bear it out)."""

from __future__ import annotations

import pytest

from observatory.nlp.sentences import split_sentences


def _places(place_finder, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(p.mention, p.place.feature, p.place.precision) for p in place_finder.find(text, split_sentences(text))]


@pytest.mark.parametrize(("text", "person"), [
    ("Ivanka Trump visited a refugee camp on Tuesday as Syrian families fled shelling in Azaz.", "Ivanka"),
    ("Jets hit Kafr Zita on Monday. Additional reporting by Erika Lambert in Beirut.", "Erika"),
    ("First lady Melania Trump condemned the chemical attack on Khan Sheikhoun.", "Melania"),
    ("Among the dead in Douma was 11-year-old Jameel Kassem, pulled from the rubble.", "Jameel"),
    ("Speaking to reporters, medic Hazem Jumaa said the hospital in Saraqib treated 31 people.", "Hazem"),
])
def test_a_likeness_followed_by_a_surname_is_a_person(place_finder, text: str, person: str) -> None:
    places = _places(place_finder, text)
    assert places  # the report's real places are still found
    assert person not in {mention for mention, _, _ in places}


@pytest.mark.parametrize("text", [
    "Ivanka Trump and Jared Kushner attended the dinner at the White House on Monday.",
    "Editing by Hazem Nasser and Erika Kelly.",
    "Melania Trump wore a white dress at the ceremony, the newspaper reported.",
])
def test_names_alone_give_no_place(place_finder, text: str) -> None:
    assert _places(place_finder, text) == []


@pytest.mark.parametrize(("text", "place"), [
    # a list whose commas were lost: the name after "struck" is placed by the verb
    ("Regime jets struck Arbin Zamalka and Douma on Sunday.", "Arbin"),
    # ... and each name after another in it follows a name, as no given name does
    ("Warplanes struck the towns of Rastan Talbeesah Ter Maaleh and Zafarana, activists said.", "Talbeesah"),
    # the next item of a list of places, its qualifier capitalised
    ("Regime helicopters dropped barrel bombs on Tall Shihab village and Sfeira Fawqani on Monday.", "Sfeira"),
    # a place's possessive that lost its apostrophe
    ("Doctors said Aleppos Children Hospital ran out of fuel on Sunday.", "Aleppos"),
])
def test_a_likeness_the_words_place_is_kept(place_finder, text: str, place: str) -> None:
    assert place in {mention for mention, _, _ in _places(place_finder, text)}


@pytest.mark.parametrize("text", [
    "Air strikes kill 14 in Syria's Idlib, monitor says.",
    "Strike on Syrias Idlib kills nine civilians.",
    "Turkish soldier killed in Syria’s Idlib, army says.",
])
def test_syrias_idlib_is_the_province(place_finder, text: str) -> None:
    assert ("Idlib", "admin1", 4) in _places(place_finder, text)


@pytest.mark.parametrize(("text", "mention"), [
    # the city, where the words say so
    ("Suicide bomber kills 11 in Syria's Idlib city.", "Idlib city"),
    # "Syria's Homs" names the city as often as the province: unchanged
    ("A car bomb exploded in Syria's Homs on Saturday, killing six people.", "Homs"),
    # no possessive: the city, as before
    ("Jets struck Idlib on Monday, killing four people.", "Idlib"),
])
def test_other_readings_keep_the_city(place_finder, text: str, mention: str) -> None:
    assert (mention, "city", 1) in _places(place_finder, text)
