"""Villages the gazetteer lacks, named in a list with known places: the list's closing "and"
makes the last one a place, and what qualifies the whole list locates each of them; a name
described as a settlement in apposition ("X, a town held by ...") is a place."""

from __future__ import annotations

import pytest

from observatory.extract.places import AROUND_PRECISION, GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def places_of(finder: PlaceFinder, text: str) -> dict[str, object]:
    return {m.mention: m.place for m in finder.find(text, split_sentences(text))}


@pytest.mark.parametrize("text, village", [
    ("Warplanes bombed Saraqib, Sarmin and Qurtabiyat, killing five civilians.", "Qurtabiyat"),
    ("Shelling hit Ariha, Ubaydin, and Maghlouqa on Friday, wounding a woman.", "Maghlouqa"),
    ("Rebels said Nubl, Zahraa and Ubaydin were quiet after the truce.", "Ubaydin"),
])
def test_and_closes_a_comma_list_of_places(finder, text, village):
    assert village in places_of(finder, text)


@pytest.mark.parametrize("text, word", [
    ("Russian jets struck Ariha, Saraqib and Hezbollah positions near the road.", "Hezbollah"),
    ("Residents of Aleppo, Idlib and Erdogan's allies protested on Friday.", "Erdogan"),
    ("Airstrikes hit Atareb, Darat Izza and Mohammed's farm overnight.", "Mohammed"),
    ("Fighters from Saraqib and Qurtabiyat joined the offensive.", "Qurtabiyat"),  # no comma: "A and B" alone
])
def test_and_without_a_comma_list_or_before_a_non_place_adds_nothing(finder, text, word):
    assert not any(word in mention for mention in places_of(finder, text))


def test_an_unknown_village_takes_the_qualifier_of_its_list(finder):
    text = "Jets struck the village of Qurtabiyat and Kafr Nabl in the southern countryside of Idlib."
    places = places_of(finder, text)
    village, countryside = places["Qurtabiyat"], places["Idlib"]
    assert (village.lat, village.lon) == (countryside.lat, countryside.lon)  # the south, not Idlib city
    assert village.precision == GOVERNORATE_PRECISION and village.gazetteer_id is None


def test_a_list_near_a_town_puts_its_unknown_village_near_that_town(finder):
    text = "Troops took Tell Zummar, Hardatnin and Bayanun, north of Aleppo, after a week of clashes."
    places = places_of(finder, text)
    village, aleppo = places["Tell Zummar"], places["Aleppo"]
    assert village.precision == AROUND_PRECISION
    assert km_between(village.lat, village.lon, aleppo.lat, aleppo.lon) < 1


def test_a_list_qualified_by_nothing_keeps_the_known_place_out_of_it(finder):
    text = "Shells hit the village of Qurtabiyat and Kafr Nabl on Sunday, and later Palmyra."
    village = places_of(finder, text)["Qurtabiyat"]
    assert village.precision != AROUND_PRECISION  # not put at Kafr Nabl, a listed neighbour


@pytest.mark.parametrize("text, name", [
    ("The strikes on Qurtabiyat, a town held by the Islamic State group, killed 12.", "Qurtabiyat"),
    ("Air raids hit Maghlouqa, a rebel-held neighbourhood of the city, on Monday.", "Maghlouqa"),
    ("Rebels shelled Ubaydin Kabir, a Druze village in the south, wounding four.", "Ubaydin Kabir"),
])
def test_a_name_described_as_a_settlement_in_apposition_is_a_place(finder, text, name):
    assert name in places_of(finder, text)


@pytest.mark.parametrize("text, word", [
    ("Maher Tarsha, a village elder, said nine people were killed.", "Tarsha"),
    ("Rami Hallaq, a town council member, was killed in Saraqib.", "Hallaq"),
    ("Nizar Barout, a resident of the town, said the bombs fell at dawn.", "Barout"),
    ("Tala Halabi, the city’s mayor, said the market was hit.", "Halabi"),
])
def test_a_person_described_by_a_settlement_noun_is_no_place(finder, text, word):
    assert not any(word in mention for mention in places_of(finder, text))


@pytest.mark.parametrize("text, name", [
    ("Two nurses from a clinic in Qurtabiyat in southern Idlib province were killed.", "Qurtabiyat"),
    ("Shelling on Maghlouqa in rural Hama killed three children.", "Maghlouqa"),
    ("Airstrikes killed six at Ubaydin in the eastern Hama countryside.", "Ubaydin"),
])
def test_a_name_put_in_a_part_of_a_known_area_is_a_place(finder, text, name):
    place = places_of(finder, text)[name]
    assert place.lat is not None and place.gazetteer_id is None


@pytest.mark.parametrize("text, word", [
    ("Nizar Barout in rural Idlib told AFP that five were killed.", "Barout"),  # no "in" before the name
    ("A resident named Maher in southern Idlib said the jets came at dawn.", "Maher"),
    ("He said in Ramadan in Idlib the fighting had stopped.", "Ramadan"),  # the area must be a part of it
])
def test_a_person_or_a_time_in_an_area_is_no_place(finder, text, word):
    assert not any(word in mention for mention in places_of(finder, text))
