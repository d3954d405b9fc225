"""Issue 10: kind words are no place names, lists share the place they are put in, and a
namesake picked with nothing in the report behind it is not sure.  Sentences of our own."""

from __future__ import annotations

import pytest

from observatory.extract.places import PlaceFinder
from observatory.extract.tolls.reading import named_places
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def found(finder: PlaceFinder, text: str) -> dict[str, object]:
    return {m.mention: m.place for m in finder.find(text, split_sentences(text))}


@pytest.mark.parametrize("text, near", [
    ("Army Kills 60 Terrorists in Oil Field West of Raqqa", "Raqqa"),
    ("Syrian Troops Kill 45 ISIS Militants at Gas Field Near Palmyra", "Palmyra"),
    ("Clashes Erupt at Air Base East of Deir Ezzor, 20 Dead", "Deir Ezzor"),
    ("Militants Shell Military Airport South of Hama, Killing 4", "Hama"),
    ("Mon Jun 6 2016 Army Killed 80 ISIS Fighters in Gas Field South of Raqqa. Sources said so.", "Raqqa"),
    ("Rebels said they hit the Air Base near Hama with rockets.", "Hama"),
])
def test_a_kind_word_before_a_site_noun_is_no_place_name(finder, text, near):
    places = found(finder, text)
    assert list(places) == [near]  # no site named "Oil", "Gas", "Air" or "Military"


@pytest.mark.parametrize("text, site", [
    ("Warplanes struck the Tishrin dam area on Sunday, killing 8 civilians.", "Tishrin Dam"),
    ("Rebels shelled the Kweiris air base east of Aleppo, killing 3 soldiers.", "Kuweires Military Airbase"),
])
def test_a_named_site_keeps_its_name(finder, text, site):
    assert site in {p.name for p in found(finder, text).values()}


@pytest.mark.parametrize("text", [
    "Troops advanced on the plains south of Jabal (mountain) al-Bishri and the hills west of Sukhnah.",
    "Air strikes on Jabal in the Latakia countryside killed 3.",
    "Two soldiers died when a mine exploded near Tall in the Hasakah countryside.",
    "Shelling on Kafr killed a child, a monitor said.",
])
def test_a_generic_word_alone_is_no_place(finder, text):
    places = found(finder, text)
    assert not {"Jabal", "Tall", "Kafr"} & set(places)
    assert all(p.name not in ("Jablah", "At Tall") for p in places.values())


@pytest.mark.parametrize("text, name, place", [
    ("Snipers killed two men in al-Bab on Tuesday.", "al-Bab", "Al Bab"),
    ("Fighting raged in al-Tall north of Damascus, leaving 6 dead.", "al-Tall", "At Tall"),
])
def test_a_generic_word_with_its_article_is_still_its_town(finder, text, name, place):
    assert found(finder, text)[name].name == place


@pytest.mark.parametrize("text, names", [
    ("Shells hit al-Sabil, Jourat al-Shayah and al-Hamidiyah in Homs, killing 2.", ("al-Sabil", "al-Hamidiyah")),
    ("Mortars fell on al-Qusour and Bab Touma in Damascus, killing 2.", ("al-Qusour",)),
    ("Mortars fell on al-Sabil in Homs, wounding 3.", ("al-Sabil",)),
])
def test_a_quarter_put_in_a_city_is_not_its_namesake_in_another_governorate(finder, text, names):
    places = found(finder, text)
    city = places[next(m for m in places if m in ("Homs", "Damascus"))]
    for name in names:
        assert places[name].admin1 == city.admin1
        assert km_between(places[name].lat, places[name].lon, city.lat, city.lon) < 15


def test_a_quarter_named_with_its_own_city_is_still_that_quarter(finder):
    place = found(finder, "Shelling hit the al-Sabil neighbourhood of Aleppo, killing 2.")["al-Sabil neighbourhood"]
    assert place.admin1 == "Aleppo" and place.precision == 1


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed 3 in al-Taybah in Daraa countryside on Friday.", "al-Taybah"),
    ("Gunmen killed 3 in al-Tayba and Nahta in Daraa countryside on Friday.", "al-Tayba"),
])
def test_a_village_put_in_a_governorate_is_kept_though_its_namesakes_are_abroad(finder, text, name):
    assert found(finder, text)[name].admin1 == "Daraa"


def test_a_namesake_abroad_named_alone_is_still_no_place(finder):
    assert found(finder, "Gunmen killed 3 in al-Taybah on Friday.") == {}


def test_a_namesake_with_nothing_in_the_report_behind_it_is_unsure(finder):
    """al-Hamra is a village of several governorates; the report names none of them."""
    alone = found(finder, "A drone hit a car in al-Hamra, killing 2.")
    backed = found(finder, "A drone hit a car in al-Hamra east of Hama, killing 2.")
    assert alone["al-Hamra"].confidence is None or alone["al-Hamra"].confidence <= 0.6
    assert backed["al-Hamra"].confidence > 0.6


def test_tolls_read_the_place_after_a_kind_of_place():
    assert named_places("Five people were killed in the town of Nubl on Monday.") == {"nubl"}
    assert named_places("Raids near the villages of Tal Rifaat and Mare killed 4.") == {"tal", "rifaat", "mare"}
    assert named_places("They fought in the name of Homs.") == set()
