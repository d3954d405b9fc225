"""Capitalised names that are people or armed groups never reach the toponym queue."""

from __future__ import annotations

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def mentions(finder: PlaceFinder, text: str) -> list[str]:
    return [m.mention for m in finder.find(text, split_sentences(text))]


@pytest.mark.parametrize("text, person", [
    ("Shells fell on Saraqib overnight. Hamdan added that a school had burned.", "Hamdan"),
    ("Aircraft struck Saraqib at noon, said the doctor Wafiq Rabia.", "Rabia"),  # also a village's name
])
def test_a_quoted_person_is_no_place(finder, text, person):
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert not any(person in m for m in found)


@pytest.mark.parametrize("text, person", [
    ("His daughter Karima was wounded when shells fell on Saraqib.", "Karima"),  # also a village's name
    ("The minister's adviser Salma Idris condemned the strike on Saraqib.", "Salma"),  # near a town's name
])
def test_a_name_after_a_kin_or_adviser_word_is_a_person(finder, text, person):
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert not any(person in m for m in found)


def test_a_village_after_a_kin_word_and_a_place_noun_is_still_a_place(finder):
    text = "Her son was killed when a shell hit the village of Kafr Zibdeen on Monday."
    assert any("Kafr Zibdeen" in m for m in mentions(finder, text))


def test_a_village_whose_residents_speak_is_still_a_place(finder):
    text = "Residents of Kafr Zibdeen said the shelling went on for hours."
    assert any("Kafr Zibdeen" in m for m in mentions(finder, text))


@pytest.mark.parametrize("group", ["Suqour al-Wadi", "Soqur al-Jabal", "Ansar al-Wadi"])
def test_an_armed_group_is_no_place(finder, group):
    """Group names sound like villages ("Suqour" like a quarter of Aleppo)."""
    text = f"Clashes continue between the regime and {group} in Saraqib."
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert not any(group.split()[0] in m for m in found)


@pytest.mark.parametrize("text, town", [
    ("Coalition jets hit Al-Mayadeen overnight, killing 12 civilians.", True),
    ("Government troops entered the town, Al-Mayadeen TV reported.", False),
    ("Clashes went on near Raqqa, according to Al-Mayadeen.", False),
])
def test_a_channel_named_after_a_town_is_the_town_unless_it_reports(text, town):
    from observatory.extract.actor_mentions import organisation_spans

    at = text.index("Al-Mayadeen")
    masked = any(a <= at < b for a, b in organisation_spans(text))
    assert masked is not town


def test_a_quarter_named_like_a_foreign_town_is_in_the_syrian_city_the_report_puts_it_in(finder):
    text = "Mortars hit the neighbourhoods of Bab Sharqi and al-Sinaa in Damascus city on Monday."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    quarter = next(p for mention, p in found.items() if "Sinaa" in mention)
    assert quarter.country == "SY"


@pytest.mark.parametrize("text, city, country", [
    ("Fighters arrived from Mosul in Raqqa on Monday.", "Mosul", "IQ"),      # a world city stays itself
    ("A car bomb killed nine in Kirkuk, while shelling hit Aleppo.", "Kirkuk", "IQ"),
])
def test_foreign_cities_beside_syrian_places_stay_abroad(finder, text, city, country):
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    assert found[city].country == country


def test_a_surname_sharing_a_towns_name_after_a_given_name_is_a_person(finder):
    text = "Jets struck Saraqib on Monday, Moutaz Idlib told a news agency."
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert "Idlib" not in found


def test_a_town_that_speaks_without_a_given_name_before_it_is_still_the_town(finder):
    text = "Jets struck Saraqib on Monday and Idlib said its hospital was full."
    assert "Idlib" in mentions(finder, text)


def test_a_buildings_name_is_no_toponym_though_a_place_cue_comes_before_it(finder):
    found = mentions(finder, "A car bomb went off near the Bilal mosque in Saraqib on Friday.")
    assert "Saraqib" in found
    assert not any("Bilal" in m for m in found)


def test_an_ethnic_adjective_after_a_control_verb_is_no_toponym(finder):
    found = mentions(finder, "Gunmen captured Assyrian families near Saraqib in the raid.")
    assert not any("Assyrian" in m for m in found)
