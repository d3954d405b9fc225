"""A foreign namesake does not beat the report's own reading: a name listed with a plural
place noun is a place of that kind in the report's city, whatever city abroad bears it."""

from __future__ import annotations

import pytest

from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from test_places_support import placed, starting


@pytest.mark.parametrize("text, name, governorate", [
    ("Barrel bombs fell on the Mosul and Bustan Qasrawi neighborhoods of Homs city on Sunday.", "Mosul", "Homs"),
    ("Shelling hit the Kirkuk, Jubb Hamdan and Tell Marzouq neighbourhoods in Aleppo city overnight.",
     "Kirkuk", "Aleppo"),
    ("Snipers fired on the neighbourhoods of Jubb Hamdan and Kirkuk in Aleppo city overnight.", "Kirkuk", "Aleppo"),
])
def test_a_foreign_city_name_listed_with_a_plural_quarters_noun_is_a_quarter_of_the_reports_city(
        place_finder, text, name, governorate):
    quarter = starting(placed(place_finder, text), name)
    assert quarter.country == "SY" and quarter.admin1 == governorate
    assert quarter.feature == "neighbourhood"


def test_a_known_syrian_name_listed_with_a_plural_noun_takes_the_nouns_kind(place_finder):
    text = "Militants shelled the Hawash and Kafr Zaytoun Gharbi villages near the Ghab plain."
    assert starting(placed(place_finder, text), "Hawash").feature == "village"


def test_a_governorate_listed_before_a_plural_noun_is_no_village_of_that_name(place_finder):
    text = "Artillery hit the Idlib and Kafr Jalis villages at dawn."
    assert starting(placed(place_finder, text), "Idlib").feature != "village"


def test_a_foreign_city_the_report_places_in_its_country_stays_abroad(place_finder):
    text = "Two rockets fired from Syria landed in Kilis in Turkey, wounding a shepherd."
    assert starting(placed(place_finder, text), "Kilis").country == "TR"


@pytest.mark.parametrize("text", ["Fresh Clashes Near Menbej", "Fresh clashes broke out near Menbej."])
def test_a_headline_in_title_case_places_another_romanisation_as_the_sentence_does(place_finder, text):
    town = starting(placed(place_finder, text), "Menbej")
    assert town.country == "SY" and town.admin1 == "Aleppo" and town.lat is not None


def test_a_gazetteer_gives_a_recognised_toponym_its_sound_alikes_before_near_spellings():
    gazetteer = Gazetteer(builtin_places())
    assert any(c.place.admin1 == "Aleppo" and not c.near for c in gazetteer.near_spellings("Menbej"))


def test_a_city_abroad_that_is_not_world_known_yields_to_a_syrian_place_of_the_same_spelling(place_finder):
    text = "Shells fell on Sina and Nahta in Daraa province on Wednesday."
    place = starting(placed(place_finder, text), "Sina")
    assert place.country != "IQ"
    assert place.admin1 == "Daraa" and place.gazetteer_id is None  # the local reading, in the unresolved queue


def test_a_world_city_keeps_its_name_without_its_country(place_finder):
    text = "A delegation flew from Baghdad to Damascus on Monday."
    assert starting(placed(place_finder, text), "Baghdad").country == "IQ"


def test_a_plural_noun_before_a_list_gives_its_kind_to_every_listed_name(place_finder):
    found = placed(place_finder, "Regime forces shelled the villages of Umm Harqa, Tell Sawda and Khirbet Nasr in Daraa.")
    assert {starting(found, name).feature for name in ("Umm Harqa", "Tell Sawda", "Khirbet Nasr")} == {"village"}
