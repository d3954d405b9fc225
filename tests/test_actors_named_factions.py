"""Factions reports name by their own names, and nouns that only say whose men they are.

A faction whose name ends in "Army" is no state army, an Iraqi "Kataib Hezbollah" is not the
Lebanese party, al-Qaeda's men in Syria are its Syrian branch's, and "the Kurdish-Arab
alliance troops" are the alliance's troops, not the Syrian army's.
"""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.kb.actors import ActorKB


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


def names(kb: ActorKB, text: str) -> list[str]:
    return [m.name for m in resolve_actors(text, kb)]


@pytest.mark.parametrize("text, name", [
    ("Al-Qaeda loyalists overran two Kurdish hamlets east of Tal Tamr", "HTS: Hayat Tahrir al-Sham"),
    ("Qaeda-linked gunmen ambushed a convoy near Khan Tuman", "HTS: Hayat Tahrir al-Sham"),
    ("the Revolutionary Commando Army repelled a raid near the Tanf garrison", "Syrian Rebels"),
    ("fighters of the Khalid ibn al-Walid Army executed six farmers in Jamla", "Islamic State"),
    ("Kataib Hezbollah lost nine men to a drone strike near Albu Kamal", "Popular Mobilization Forces"),
    ("Hezbollah al-Nujaba fired rockets at a ridge south of Hader", "Popular Mobilization Forces"),
    ("the Wa Harid al-Muminin operations room shelled positions in Jurin", "Hurras al-Din"),
    ("the Deir Ezzor Military Council arrested three suspects in Busayrah", "SDF: Syrian Democratic Forces"),
    ("the Hamza Division clashed with a rival faction in Afrin", "SNA: Syrian National Army"),
    ("Uighur fighters stormed a hilltop west of Jisr al-Shughur", "Turkistan Islamic Party"),
    ("the Baath Brigades deployed around the airport road", "Pro-Government Militias (Syria)"),
])
def test_named_factions_resolve_to_their_side(kb: ActorKB, text: str, name: str) -> None:
    assert [n for n in names(kb, text) if n != "Civilians"] == [name]


def test_a_bare_noun_after_a_named_side_is_that_sides_men(kb: ActorKB) -> None:
    text = "Clashes between Daesh militants and a Kurdish-Arab alliance troops drove families from Tabqa."
    assert names(kb, text) == ["Islamic State", "SDF: Syrian Democratic Forces", "Civilians"]


def test_a_bare_noun_after_a_full_stop_is_read_alone(kb: ActorKB) -> None:
    text = "Nusra fighters left the hill. Troops then shelled the village."
    assert names(kb, text) == ["HTS: Hayat Tahrir al-Sham", "Military Forces of Syria"]


def test_a_coalition_after_a_named_side_stays_a_party(kb: ActorKB) -> None:
    assert "International Coalition" in names(kb, "Warplanes struck ISIS coalition targets near Hajin.")
