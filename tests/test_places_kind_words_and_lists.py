"""Issue 10: kind words are no place names, a list's shared place chooses between its names'
namesakes, and a namesake picked with nothing in the report behind it is not sure.  Sentences of our own."""

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
    ("A shell struck al-Qusour in Damascus on Tuesday.", ("al-Qusour",)),
    ("Mortars fell on al-Sabil in Homs, wounding 3.", ("al-Sabil",)),
])
def test_a_quarter_put_in_a_city_is_not_its_namesake_in_another_governorate(finder, text, names):
    places = found(finder, text)
    city = places[next(m for m in places if m in ("Homs", "Damascus"))]
    for name in names:
        assert places[name].admin1 == city.admin1
        assert km_between(places[name].lat, places[name].lon, city.lat, city.lon) < 15


@pytest.mark.parametrize("text, name, governorate", [
    ("Rockets hit Manbij and Sarmin in Idlib province, wounding 4.", "Manbij", "Aleppo"),
    ("Shells fell on Harasta, Kafr Zita and Latamna in Hama on Friday.", "Harasta", "Rif Dimashq"),
    ("Jets bombed Mayadin, Maarat al-Numan and Saraqib in Idlib overnight.", "Mayadin", "Deir ez-Zor"),
])
def test_a_list_in_a_governorate_keeps_a_town_that_lies_elsewhere(finder, text, name, governorate):
    """The shared place only chooses between namesakes: a well-known town with no namesake
    in it is neither ruled out nor made a point there."""
    place = found(finder, text)[name]
    assert place.admin1 == governorate and place.confidence == 1.0


@pytest.mark.parametrize("text, governorate", [
    ("Snipers killed a farmer in Suran and Tal Rifaat in Aleppo on Sunday.", "Aleppo"),
    ("Snipers killed a farmer in Suran and Kafr Zita in Hama on Sunday.", "Hama"),
])
def test_a_list_in_a_governorate_chooses_its_namesake_there(finder, text, governorate):
    assert found(finder, text)["Suran"].admin1 == governorate


@pytest.mark.parametrize("text", [
    "Families from Daraya in Sarmada said 3 children had died.",
    "A nurse from Daraya in Atareb told us the camp was shelled.",
])
def test_a_town_named_after_another_town_is_not_put_in_its_governorate(finder, text):
    """Only "X in Homs city" or "X in Homs province" names a governorate; "X in <town>" does not."""
    assert found(finder, text)["Daraya"].admin1 == "Rif Dimashq"


def test_a_quarter_named_with_its_own_city_is_still_that_quarter(finder):
    place = found(finder, "Shelling hit the al-Sabil neighbourhood of Aleppo, killing 2.")["al-Sabil neighbourhood"]
    assert place.admin1 == "Aleppo" and place.precision == 1


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed 3 in al-Taybah in Daraa countryside on Friday.", "al-Taybah"),
])
def test_a_village_put_in_a_governorate_is_kept_though_its_namesakes_are_abroad(finder, text, name):
    assert found(finder, text)[name].admin1 == "Daraa"


def test_a_namesake_abroad_named_alone_is_still_no_place(finder):
    assert found(finder, "Gunmen killed 3 in al-Taybah on Friday.") == {}


def test_a_namesake_with_nothing_in_the_report_behind_it_is_unsure(finder):
    """Suran is a town of Hama and a village of Aleppo; the first report names neither."""
    assert found(finder, "Snipers killed a farmer in Suran on Sunday.")["Suran"].confidence <= 0.6
    assert found(finder, "Snipers killed a farmer in Suran north of Hama on Sunday.")["Suran"].confidence == 1.0


@pytest.mark.parametrize("text, name", [
    ("Rockets landed on Duma at dawn, wounding 7.", "Duma"),  # a city: its namesake abroad is small
    ("A drone hit a car in al-Hamra, killing 2.", "al-Hamra"),  # its only rival is abroad, never chosen
])
def test_a_name_whose_rivals_could_not_be_meant_is_sure(finder, text, name):
    assert found(finder, text)[name].confidence == 1.0


def test_tolls_read_a_place_right_after_its_preposition_only():
    """Tolls' place reader does not read through "the <kind of place> of": a broader reading
    grouped FA-KES tolls of different places (3 exact killed totals fewer)."""
    assert named_places("Two died in the eastern countryside of Hama.") == set()
    assert named_places("Clashes near the outskirts of Homs left 3 dead.") == set()
    assert named_places("Five people were killed in Nubl on Monday.") == {"nubl"}
