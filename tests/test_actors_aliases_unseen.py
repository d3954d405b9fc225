"""Other outlets' names for known sides: the commander's full name, SANA's militias,
Shiite militias by their creed, coalition partners by their flag."""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorKB
from observatory.models import Document


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize("text, name", [
    ("President Bashar al-Assad's troops pushed into Kafr Nabudah", "Military Forces of Syria"),
    ("Bashar al-Assads forces shelled the outskirts of Saraqib", "Military Forces of Syria"),
    ("units of al-Assad's army advanced toward Tal Rifaat", "Military Forces of Syria"),
    ("soldiers of President Bashar al-Assad stormed the farms", "Military Forces of Syria"),
    ("the Syrian air forces dropped barrel bombs on Kafr Zita", "Military Forces of Syria"),
    ("Russian air forces hit a depot near Maarat Misrin", "Military Forces of Russia"),
    ("army units backed by popular defence groups restored security to Qalaat al-Madiq", "Pro-Government Militias (Syria)"),
    ("Iran-backed Shia gunmen opened fire at a checkpoint in Busra", "Pro-Government Militias (Syria)"),
    ("a Lebanese Shiite militia lost four fighters in Zabadani", "Hezbollah"),
    ("Afghan Shia fighters held the ridge above Palmyra", "Liwa Fatemiyoun"),
    ("Belgian F-16 jets struck an oil well near Mayadin", "Military Forces of Belgium"),
    ("RAF Typhoons bombed a bunker outside Raqqa", "Military Forces of the United Kingdom"),
    ("French warplanes hit training camps near Raqqa", "Military Forces of France"),
    ("anti-Assad fighters overran two checkpoints near Morek", "Syrian Rebels"),
    ("Gulf-backed factions shelled the Hamdaniyeh district", "Syrian Rebels"),
    ("takfiri militants attacked the village of Maan", "Syrian Rebels"),
    ("Damascus-allied forces entered Sheikh Miskeen", "Pro-Government Militias (Syria)"),
    ("a car bomb killed 12 fighters loyal to President Bashar Assad in Jableh", "Pro-Government Militias (Syria)"),
    ("factions fought Al-Qaedas local affiliate around Kafranbel", "HTS: Hayat Tahrir al-Sham"),
])
def test_descriptions_resolve_to_the_side(kb: ActorKB, text: str, name: str) -> None:
    assert name in {m.name for m in kb.find(text)}


@pytest.mark.parametrize("text", [
    "the British-based war monitor said on Tuesday",
    "French news agency AFP reported the toll",
    "a UK official said the talks would resume",
    "anti-government protesters marched through Daraya",
])
def test_nationality_without_a_force_noun_is_no_actor(kb: ActorKB, text: str) -> None:
    assert kb.find(text) == []


@pytest.mark.parametrize("text, wrong", [
    ("Shiite militiamen stormed a Sunni quarter of Basra at dawn", "Pro-Government Militias (Syria)"),
    ("Shia gunmen shot dead three worshippers outside a mosque in Quetta", "Pro-Government Militias (Syria)"),
    ("Shiite fighters of the Popular Mobilization Forces fought IS near Tikrit", "Pro-Government Militias (Syria)"),
    ("Saudi-backed coalition air strikes killed 11 civilians in Hodeidah", "Syrian Rebels"),
    ("the Qatari-backed government in Tripoli said", "Syrian Rebels"),
    ("British police detained three men in Leeds", "Military Forces of the United Kingdom"),
    ("Belgian police raided a flat in Anderlecht", "Military Forces of Belgium"),
    ("Danish police closed the border crossing", "Military Forces of Denmark"),
])
def test_a_creed_a_backer_or_a_flag_alone_names_no_syrian_side(kb: ActorKB, text: str, wrong: str) -> None:
    assert wrong not in {m.name for m in kb.find(text)}


def test_backed_rebels_and_coalition_jets_still_resolve(kb: ActorKB) -> None:
    assert "Syrian Rebels" in {m.name for m in kb.find("Qatari-backed insurgents shelled Nubl")}
    assert "Military Forces of Denmark" in {m.name for m in kb.find("Danish F-16s bombed a bridge near Deir ez-Zor")}


def named(kb: ActorKB, text: str) -> list[tuple[str, str]]:
    return [(m.mention, m.name) for m in resolve_actors(text, kb)]


def test_a_side_named_with_its_own_noun_is_one_mention(kb: ActorKB) -> None:
    text = "Jets struck farms near Tabqa, held by ISIL terrorists since spring."
    assert named(kb, text) == [("ISIL", "Islamic State")]


def test_the_side_holding_the_bombed_villages_is_no_party(extractor: Extractor) -> None:
    text = ("Coalition jets killed 14 civilians on Monday in villages near Jarablus held by "
            "Daesh militants, a monitor said.")
    result = extractor.extract(text, Document(id="t", published="2016-07-18"))
    parties = {a.name for e in result.events for a in e.actors}
    assert "International Coalition" in parties
    assert "Islamic State" not in parties
