"""A noun of a fine place makes the word beside it a toponym, even one the English
vocabulary or the armed-group list knows; an adjective before "town" stays an adjective."""

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


@pytest.mark.parametrize("text, name", [
    ("Two mortar rounds landed in the Harvest district on Tuesday morning.", "Harvest"),
    ("Sniper fire was reported near the Falcon crossing after dark.", "Falcon"),
    ("Rockets struck the neighbourhoods of al-Nusra and al-Bustan on Friday.", "al-Nusra"),
])
def test_a_word_before_or_after_a_quarters_noun_is_a_toponym(finder, text, name):
    assert any(name in m for m in mentions(finder, text))


def test_the_quarters_listed_after_a_group_named_one_are_found_too(finder):
    found = mentions(finder, "Rockets struck the neighbourhoods of al-Nusra and al-Qattanin on Friday.")
    assert any("al-Qattanin" in m for m in found)


@pytest.mark.parametrize("text, word", [
    ("Shells hit a Christian village near the border on Sunday.", "Christian"),
    ("The Harvest was poor this year, farmers in the town said.", "Harvest"),
    ("Fighters of al-Nusra entered the town on Sunday.", "Nusra"),
])
def test_without_such_a_noun_the_word_stays_a_word(finder, text, word):
    assert not any(word in m for m in mentions(finder, text))


def test_a_town_a_foreign_nationality_introduces_gets_no_syrian_governorate(finder):
    text = ("Mortars fell on Saraqib in Idlib province. Fighters crossed from the Lebanese "
            "border town of Wadi Karmal during the night.")
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    village = next(place for mention, place in found.items() if "Karmal" in mention)
    assert village.lat is None and village.country == "LB"


def test_a_village_the_report_introduces_plainly_still_takes_its_governorate(finder):
    text = "Mortars fell on Saraqib in Idlib province. Fighters crossed from the village of Wadi Karmal at night."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    village = next(place for mention, place in found.items() if "Karmal" in mention)
    assert village.admin1 == "Idlib" and village.lat is not None


def test_the_last_of_a_long_list_a_plural_leads_is_a_toponym_and_the_list_lies_near_its_qualifier(finder):
    text = "Artillery hit the villages of Qurtabil, Dahnoun and Kharbusha in Afrin on Sunday."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    assert "Kharbusha" in found
    afrin = found["Afrin"]
    for name in ("Qurtabil", "Dahnoun", "Kharbusha"):
        assert (found[name].lat, found[name].lon) == (afrin.lat, afrin.lon)



def test_a_known_name_followed_by_unknown_words_and_a_quarters_noun_is_one_longer_name(finder):
    text = "Shells hit the Saraqib Sharqiya neighbourhood of Idlib city on Monday."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    quarter = next(place for mention, place in found.items() if mention.startswith("Saraqib"))
    assert quarter.name == "Saraqib Sharqiya" and quarter.gazetteer_id is None
    assert quarter.admin1 == "Idlib"


def test_two_known_names_before_a_quarters_noun_stay_two(finder):
    found = mentions(finder, "Shells hit the Aleppo Salaheddin district on Monday.")
    assert "Aleppo" in found and any(m.startswith("Salaheddin") for m in found)


def test_a_plural_noun_after_a_list_makes_each_listed_name_a_place_of_its_kind(finder):
    text = "Fighting raged at Abu Radwan and Tell Sharqi crossings near the border on Friday."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    first = next(place for mention, place in found.items() if mention.startswith("Abu Radwan"))
    assert first.feature == "crossing"


def test_a_singular_noun_after_a_pair_names_only_the_last(finder):
    found = mentions(finder, "Fighting raged at Abu Radwan and the Tell Sharqi crossing on Friday.")
    assert not any(m.startswith("Abu Radwan") for m in found)


def test_every_mention_of_an_unknown_name_takes_the_point_its_best_placed_mention_has(finder):
    text = ("Clashes went on in Homs. Fighters stormed Qurtabil in Aleppo province on Monday. Raids followed on "
            "Raqqa city. Kurdish units captured Qurtabil on Friday.")
    found = [m.place for m in finder.find(text, split_sentences(text)) if m.mention == "Qurtabil"]
    assert len(found) == 2
    assert found[0].admin1 == "Aleppo" and (found[1].lat, found[1].lon) == (found[0].lat, found[0].lon)


@pytest.mark.parametrize("name", ["Qabr Zuhayr", "Hammam Ruwaid", "Dahiyat Nadim"])
def test_a_name_led_by_an_arabic_toponym_head_is_a_toponym_though_the_gazetteer_lacks_it(finder, name):
    assert name in mentions(finder, f"Shells fell overnight in {name}, residents reported.")


def test_an_unknown_name_ends_before_the_article_of_a_known_one_after_it(finder):
    # commas lost: the unknown quarter is followed straight by a known one with its article
    found = mentions(finder, "Shells fell on the neighbourhoods of Dahret Awwad al-Sukkari and al-Mashhad at noon.")
    assert "Dahret Awwad" in found
    assert "al-Sukkari" in found
