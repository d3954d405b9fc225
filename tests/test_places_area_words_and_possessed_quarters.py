"""Unknown names placed by the words around them: "X in the desert east of Y" is in Y's
district (an area word stands between the name and its bearing), and "Aleppo's X district"
is a quarter of that city, at its point, not at the governorate's."""

from __future__ import annotations

import pytest

from observatory.kb.gazetteer.geo import km_between
from test_places_support import placed, starting


@pytest.mark.parametrize("text, name, town", [
    ("Warplanes struck the Qusayr Abyad oil field in the desert east of Palmyra, killing 20 fighters.",
     "Qusayr Abyad", "Palmyra"),
    ("IS fighters shelled Rasm al-Nafl in the countryside south of Salamiyah, killing 4.", "Rasm al-Nafl",
     "Salamiyah"),
    ("Rebels raided Tell Ghurab in the eastern countryside near Maarat al-Numan on Monday.", "Tell Ghurab",
     "Maarat al-Numan"),
])
def test_an_unknown_name_past_an_area_word_and_a_bearing_is_in_the_towns_district(place_finder, text, name, town):
    found = placed(place_finder, text)
    village, anchor = starting(found, name), starting(found, town)
    assert village.gazetteer_id is None and village.precision == 3
    assert km_between(village.lat, village.lon, anchor.lat, anchor.lon) < 1


def test_a_person_in_the_fighting_near_a_town_is_still_no_place(place_finder):
    found = placed(place_finder, "The commander Abu Jaafar died in the desert east of Deir Ezzor.")
    assert not any("Jaafar" in mention for mention in found)


@pytest.mark.parametrize("text, name, city", [
    ("Barrel bombs hit Aleppo's Bab Qinnasrin district on Friday, killing 7.", "Bab Qinnasrin", "Aleppo"),
    ("Shells fell on Homs’ Karm al-Louz neighbourhood overnight.", "Karm al-Louz", "Homs"),
    ("Fighting in Raqqa's Rumaila neighborhood killed six SDF fighters.", "Rumaila", "Raqqa"),
])
def test_an_unknown_quarter_possessed_by_a_city_is_at_the_city(place_finder, text, name, city):
    found = placed(place_finder, text)
    quarter, town = starting(found, name), starting(found, city)
    assert quarter.gazetteer_id is None and quarter.precision == 2
    assert (quarter.lat, quarter.lon) == (town.lat, town.lon)


def test_a_known_quarter_possessed_by_its_city_keeps_its_own_point(place_finder):
    quarter = starting(placed(place_finder, "Mortars hit Damascus's Tadamon district, killing two."), "Tadamon")
    assert quarter.gazetteer_id is not None and quarter.precision == 1


def test_a_city_possessing_a_title_is_not_a_quarters_city(place_finder):
    found = placed(place_finder, "Aleppo's governor said Bustan al-Qasr had been shelled.")
    assert starting(found, "Bustan al-Qasr").gazetteer_id is not None
    assert not any(mention.startswith("governor") for mention in found)


@pytest.mark.parametrize("text, name", [
    ("Turkish shelling of Afrin continued, while in Deir Ezzor province a drone hit Tal Tamr.", "Tal Tamr"),
    ("Shelling hit the suburbs of Daraa. Elsewhere, an IS raid on Sukhnah left 7 soldiers dead.", "Sukhnah"),
    ("Warplanes hit Zamalka, killing 4, as IS fighters shelled Palmyra.", "Zamalka"),
])
def test_a_known_town_named_alone_in_a_roundup_of_governorates_keeps_its_confidence(place_finder, text, name):
    assert starting(placed(place_finder, text), name).confidence == 1.0


@pytest.mark.parametrize("text, name", [
    ("Hamas Zeitoun district commander said the truce held.", "Zeitoun"),
    ("Jets pounded Homss Wadi Tal district at dawn.", "Wadi Tal"),
])
def test_a_glued_s_is_no_possession(place_finder, text, name):
    found = placed(place_finder, text)
    quarter = next((place for mention, place in found.items() if mention.startswith(name)), None)
    assert quarter is None or quarter.precision != 2


@pytest.mark.parametrize("text, name, area", [
    ("IS fighters held Rasm Umm Tina in the desert east of the Euphrates.", "Rasm Umm Tina", "Euphrates"),
    ("Regime forces shelled Tell Qarmash in the area west of the Orontes, killing 2.", "Tell Qarmash", "Orontes"),
    ("Rebels took Khirbet Zuhur in the countryside north of Jabal al-Zawiya.", "Khirbet Zuhur", "Jabal al-Zawiya"),
])
def test_an_unknown_name_past_an_area_word_and_a_spanning_area_is_not_at_its_midpoint(place_finder, text, name, area):
    found = placed(place_finder, text)
    village, spanning = starting(found, name), starting(found, area)
    assert (village.lat, village.lon) != (spanning.lat, spanning.lon)


def test_a_governorate_capitals_desert_is_the_governorates(place_finder):
    assert starting(placed(place_finder, "Clashes in the Raqqa desert killed 4 IS fighters."), "Raqqa").precision == 4
