"""Factions reports name by their own names, and nouns that only say whose men they are.

A faction whose name ends in "Army" is no state army, an Iraqi "Kataib Hezbollah" is not the
Lebanese party, al-Qaeda's men in Syria are its Syrian branch's of the day, and "the Kurdish-Arab
alliance troops" are the alliance's troops, not the Syrian army's.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.kb.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def names(kb: ActorKB, text: str) -> list[str]:
    return [m.name for m in resolve_actors(text, kb)]


@pytest.mark.parametrize("text, name", [
    ("the Revolutionary Commando Army repelled a raid near the Tanf garrison", "Syrian Rebels"),
    ("fighters of the Khalid ibn al-Walid Army executed six farmers in Jamla", "Islamic State"),
    ("Maghaweer al-Thawra patrols stopped a truck near Rukban", "Syrian Rebels"),
    ("Kataib Hizballah rocket teams withdrew from Mayadin", "Popular Mobilization Forces"),
    ("Kataib Hezbollah lost nine men to a drone strike near Albu Kamal", "Popular Mobilization Forces"),
    ("Hezbollah al-Nujaba fired rockets at a ridge south of Hader", "Popular Mobilization Forces"),
    ("the Wa Harid al-Muminin operations room shelled positions in Jurin", "Hurras al-Din"),
    ("the Deir Ezzor Military Council arrested three suspects in Busayrah", "SDF: Syrian Democratic Forces"),
    ("the Hamza Division clashed with a rival faction in Afrin", "SNA: Syrian National Army"),
    ("Uighur fighters stormed a hilltop west of Jisr al-Shughur", "Turkistan Islamic Party"),
    ('the "Incite the Believers" operations room claimed a raid near Kabani', "Hurras al-Din"),
    ("the Incite the Believers operations room claimed a raid near Kabani", "Hurras al-Din"),
    ("the Baath Brigades deployed around the airport road", "Pro-Government Militias (Syria)"),
])
def test_named_factions_resolve_to_their_side(kb: ActorKB, text: str, name: str) -> None:
    assert [n for n in names(kb, text) if n != "Civilians"] == [name]


def test_a_bare_noun_after_a_named_side_is_that_sides_men(kb: ActorKB) -> None:
    text = "Fighting between Daesh jihadists and the Arab-Kurdish alliance troops emptied three farms near Raqqa."
    assert names(kb, text) == ["Islamic State", "SDF: Syrian Democratic Forces"]


def test_a_headline_ending_on_a_side_leaves_the_bodys_troops_to_the_army(kb: ActorKB) -> None:
    """Reports are "headline\n\nbody": the body's first noun starts a sentence of its own."""
    text = "Turkish drones hit Afrin militants\n\nTroops shelled Kafr Nabl at dawn, killing three farmers."
    assert "Military Forces of Syria" in names(kb, text)
    assert "Military Forces of Syria" in names(kb, "Nusra fighters left the hill\nThe army then shelled the village")


def test_a_named_sides_own_soldiers_are_not_the_army(kb: ActorKB) -> None:
    assert names(kb, "The SDF's soldiers searched houses in Shaddadi.") == ["SDF: Syrian Democratic Forces"]


def test_a_coalition_after_a_named_side_stays_a_party(kb: ActorKB) -> None:
    assert "International Coalition" in names(kb, "Warplanes struck ISIS coalition targets near Hajin.")


def test_a_second_side_right_after_a_named_side_stays_a_party(kb: ActorKB) -> None:
    assert names(kb, "Nusra and Hezbollah fighters traded fire near Arsal.") == ["HTS: Hayat Tahrir al-Sham", "Hezbollah"]


@pytest.mark.parametrize("text, on, name", [
    ("Qaeda-linked gunmen raided a checkpoint outside Saraqib", date(2017, 3, 4), "HTS: Hayat Tahrir al-Sham"),
    ("al-Qaeda fighters seized two hills west of Ariha", date(2016, 8, 20), "HTS: Hayat Tahrir al-Sham"),
    ("HTS detained four al-Qaida loyalists in Sarmada", date(2019, 6, 2), "Hurras al-Din"),
    # agency copy kept calling HTS "al-Qaeda-linked" after Hurras al-Din split off
    ("Qaida-linked gunmen stormed a checkpoint outside Maarat al-Numan", date(2019, 1, 12),
     "HTS: Hayat Tahrir al-Sham"),
    ("Moscow said al-Qaeda-affiliated militants fired drones at the Hmeimim base", date(2018, 9, 3),
     "HTS: Hayat Tahrir al-Sham"),
    ("al-Qaeda-linked terrorists shelled Mahardah", date(2017, 6, 9), "HTS: Hayat Tahrir al-Sham"),
    ("al-Qaeda elements withdrew from the hills above Kabani", date(2017, 6, 9), "HTS: Hayat Tahrir al-Sham"),
    ("al-Qaida militiamen raided a bakery in Ariha", date(2019, 4, 2), "Hurras al-Din"),
])
def test_al_qaedas_men_are_its_syrian_branch_of_the_day(kb: ActorKB, text: str, on: date, name: str) -> None:
    branches = {"HTS: Hayat Tahrir al-Sham", "Hurras al-Din"}
    described = [m.name for m in resolve_actors(text, kb, on) if m.name in branches and m.mention != "HTS"]
    assert described == [name]


def test_undated_al_qaeda_linked_men_are_hts(kb: ActorKB) -> None:
    """"-linked" copy names HTS whatever the day, so a report with no date reads it so too."""
    assert names(kb, "Qaeda-linked gunmen torched two trucks outside Khan Touman") == ["HTS: Hayat Tahrir al-Sham"]


@pytest.mark.parametrize("text, on", [
    ("al-Qaeda-inspired gunmen attacked a church in Qamishli", date(2017, 6, 9)),
    ("Uighur militants attacked a convoy near Jisr al-Shughur", date(2017, 6, 9)),
])
def test_words_too_loose_for_a_named_faction(kb: ActorKB, text: str, on: date) -> None:
    """"-inspired" groups are not al-Qaeda's branch, and "Uighur militants" fight in China too."""
    found = {m.name for m in resolve_actors(text, kb, on)}
    assert not found & {"HTS: Hayat Tahrir al-Sham", "Hurras al-Din", "Turkistan Islamic Party"}


@pytest.mark.parametrize("text", [
    "Al-Qaeda claimed the 1998 embassy bombings in a statement.",
    "Former al-Qaeda members set up the group in a Baghdad prison.",
    "the cleric told his followers to incite the believers against the council",
    "Afghan militias pushed the Taliban out of two districts of Baghlan",
])
def test_words_that_name_no_syrian_faction(kb: ActorKB, text: str) -> None:
    assert names(kb, text) == []
