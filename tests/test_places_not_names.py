"""Words read as places that are not, and names cut short: a sign-off of reporters' names
after the last sentence, the rest of an armed group's name after its head word, a tribe or
clan named after a town, a possessive kept in the mention, and the last word of "Abu X"
read alone.  Sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.places import PlaceFinder
from observatory.nlp.sentences import split_sentences


def mentions(text: str) -> list[str]:
    return [p.mention for p in PlaceFinder().find(text, split_sentences(text))]


@pytest.mark.parametrize("sign_off", ["Lina Hama / R.K/ Nour", "Samer Tadmur/ H. Idlibi", "Jordan Sabri"])
def test_a_sign_off_of_reporters_names_is_no_place(sign_off: str) -> None:
    text = f"Two shells hit the Qusour quarter of Deir ez-Zor, injuring four people. {sign_off}"
    assert mentions(text) == ["Qusour quarter", "Deir ez-Zor"]


def test_a_last_sentence_without_a_full_stop_keeps_its_places() -> None:
    assert "Saraqib" in mentions("Rockets fell on Binnish. Warplanes later struck Saraqib")


@pytest.mark.parametrize("group", ["Soqour al-Ghab", "Liwa Fursan al-Haq", "Kataib Tal Rifaat"])
def test_the_rest_of_a_groups_name_is_no_place(group: str) -> None:
    assert mentions(f"Fighters of {group} withdrew from Kafr Zita on Monday.") == ["Kafr Zita"]


def test_a_place_after_a_groups_name_is_still_read() -> None:
    assert mentions("Jaish al-Fatah Idlib fighters shelled Morek.")[-2:] == ["Idlib", "Morek"]


def test_a_tribe_or_clan_named_like_a_town_is_no_place() -> None:
    assert mentions("Elders of the al-Qatana clan and the Hajin tribe met in Mayadin on Sunday.") == ["Mayadin"]


def test_a_possessive_is_no_part_of_the_mention() -> None:
    assert mentions("Warplanes pounded Raqqa's eastern districts overnight.") == ["Raqqa"]


def test_the_last_word_of_abu_x_is_no_place_of_its_own() -> None:
    assert "Dali" not in mentions("Abu Dali was retaken by the army on Thursday after clashes.")


@pytest.mark.parametrize("text", ["Syria's Largest Dam Cracks After Weeks Of Strikes",
                                  "Opposition figure Tariq Khan met the envoy on Sunday.",
                                  "Riot police in Batman fired tear gas, the governor said."])
def test_a_name_that_is_an_ordinary_word_needs_a_place_cue(text: str) -> None:
    assert mentions(text) == []


def test_an_ordinary_word_name_with_a_place_cue_is_a_place() -> None:
    assert mentions("Shells fell on the village of Khan at dawn.") == ["Khan"]


def test_a_compass_word_before_a_city_is_no_place_of_its_own() -> None:
    assert mentions("Families fled the districts of Eastern Homs and West Aleppo.") == ["Homs", "Aleppo"]


@pytest.mark.parametrize(("text", "name"), [("Rebels shelled Mara on Tuesday, killing two farmers.", "Mara"),
                                            ("Government shells hit Kara overnight, wounding five.", "Kara")])
def test_a_syrian_town_spelled_like_a_name_needs_no_cue(text: str, name: str) -> None:
    assert mentions(text) == [name]


def test_a_known_place_after_a_groups_name_is_read() -> None:
    assert mentions("Fighters of Liwa Suqour al-Tawhid al-Raqqa shelled Tabqa at dawn.")[-2:] == ["al-Raqqa", "Tabqa"]


def test_a_title_case_last_sentence_naming_a_syrian_place_is_no_sign_off() -> None:
    text = "Mortars fell on Harasta on Monday. Government Troops Storm Saraqib. Rebels Regain Binnish"
    assert mentions(text)[-2:] == ["Saraqib", "Binnish"]
