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
    ("Rockets hit Ariha, Atareb and Abu Ahmed's shop before noon.", "Abu Ahmed"),  # an owner closes the list
    ("Strikes hit Ariha, Saraqib and Abu Ahmed was among the wounded.", "Abu Ahmed"),  # a kunya and given name
    ("Barrels hit Kafr Zita, Latamneh and Abu Bakr’s mill at dawn.", "Abu Bakr"),  # any apostrophe
])
def test_and_without_a_comma_list_or_before_a_non_place_adds_nothing(finder, text, word):
    assert not any(word in mention for mention in places_of(finder, text))


def test_a_kunya_shaped_village_closes_a_list(finder):
    text = "Clashes spread to Kafr Zita, Latamneh and Abu Jrein overnight."  # "Jrein" is no given name
    assert "Abu Jrein" in places_of(finder, text)


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


@pytest.mark.parametrize("text", [
    "Jets hit Bzeinat, Saraqib and Sarmin in the eastern Idlib countryside.",
    "Jets hit Bzeinat, Binnish and Sarmin, 10 km east of Idlib, on Sunday.",
    "Rebels shelled Bzeinat and Binnish near Idlib at night.",
])
def test_words_that_locate_a_list_place_its_unknown_village(finder, text):
    places = places_of(finder, text)
    village, idlib = places["Bzeinat"], places[next(m for m in places if m.startswith("Idlib"))]
    assert km_between(village.lat, village.lon, idlib.lat, idlib.lon) < 30


@pytest.mark.parametrize("text", [
    "Russian jets hit Bzeinat, Saraqib and Sarmin in revenge for Latakia, killing two.",  # no locating words
    "Jets pounded Bzeinat, Saraqib and Sarmin in the name of Homs.",
    "Shells hit Bzeinat, Saraqib and Sarmin in Homs countryside.",  # Homs is 120 km from the listed towns
])
def test_a_list_is_not_placed_by_words_that_do_not_locate_it_or_by_a_far_place(finder, text):
    assert places_of(finder, text)["Bzeinat"].lat is None


def test_a_governorate_places_a_list_whose_towns_lie_far_apart_in_it(finder):
    text = "Jets struck Bzeinat, Sukhnah and Palmyra in Homs province on Monday."  # both 150 km from Homs city
    places = places_of(finder, text)
    village, province = places["Bzeinat"], places["Homs province"]
    assert (village.lat, village.lon, village.precision) == (province.lat, province.lon, GOVERNORATE_PRECISION)


def test_a_list_qualified_by_nothing_keeps_the_known_place_out_of_it(finder):
    text = "Shells hit the village of Qurtabiyat and Kafr Nabl on Sunday, and later Palmyra."
    village = places_of(finder, text)["Qurtabiyat"]
    assert village.precision != AROUND_PRECISION  # not put at Kafr Nabl, a listed neighbour


@pytest.mark.parametrize("text, name", [
    ("The strikes on Qurtabiyat, a town held by the Islamic State group, killed 12.", "Qurtabiyat"),
    ("Air raids hit Maghlouqa, a rebel-held neighbourhood of the city, on Monday.", "Maghlouqa"),
    ("Rebels shelled Ubaydin Kabir, a Druze village in the south, wounding four.", "Ubaydin Kabir"),
    ("Shells fell on Bzeinat, a small village of farmers, at dawn.", "Bzeinat"),
    ("Strikes on Bzeinat – the town held by rebels – killed four.", "Bzeinat"),
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


@pytest.mark.parametrize("text, word", [
    ("According to Orient News, the village of Sarmin was shelled on Tuesday.", "Orient"),  # "the <noun> of Y"
    ("Baladi Network - The town of Atareb came under fire at dawn.", "Baladi"),
    ("For Abu Hassan, the city of his youth was gone.", "Abu Hassan"),
    ("Jets Pound the Town of Kafr Nabl", "Jets Pound"),  # a headline
    ("Warplanes Strike Bzeinat, A Village Held By Rebels", "Warplanes"),
    ("Aleppo 24 Network, a town-based outlet in Aleppo, said two died.", "Network"),  # an outlet
    ("Strikes on Bzeinat a town held by rebels killed four.", "Bzeinat"),  # no comma, no dash
])
def test_a_source_a_headline_or_a_clause_naming_another_place_is_no_apposition(finder, text, word):
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


@pytest.mark.parametrize("text, word", [
    ("Strikes on the Dawn Army in rural Hama wounded nine.", "Dawn"),
    ("Reporters at Zaman Media in southern Idlib said the office was hit.", "Zaman"),
    ("Staff at Rozana Radio in western Aleppo said the studio was hit.", "Rozana"),
    ("Shells hit the Coastal Division in northern Latakia on Friday.", "Coastal"),  # after a verb of attack
])
def test_a_group_or_outlet_in_an_area_is_no_place(finder, text, word):
    assert not any(word in mention for mention in places_of(finder, text))
