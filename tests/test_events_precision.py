"""Event types a report does not describe as happening (issue 9, brief s20-types): weapons
named as things destroyed or seized, background told with "last <month>" or "in the last
six months", and allies that belong to the side named just before them.  Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorKB, default_kb
from observatory.models import Document, ExtractionResult


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


def run(extractor: Extractor, text: str, published: str = "2018-03-14") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


# -- weapons as things destroyed, seized or stored -------------------------------------

@pytest.mark.parametrize("text", [
    "Army units destroyed three armoured vehicles and a mortar belonging to the militants near Kafr Nabl on Monday.",
    "The brigade said it had seized two rocket launchers and a stock of ammunition at a farm outside Tal Rifaat on Monday.",
    "Coalition aircraft destroyed nine fighting positions, four trucks and two car bombs east of Hajin on Monday.",
    "Engineers dismantled dozens of explosive devices left in the streets of Maskanah on Monday.",
])
def test_a_weapon_destroyed_or_seized_is_no_attack_with_it(extractor, text: str) -> None:
    assert not types(run(extractor, text)) & {"Shelling/artillery/missile attack", "Remote explosive/landmine/IED"}


def test_destroyed_in_shelling_is_still_the_shelling(extractor) -> None:
    result = run(extractor, "Two houses were destroyed in artillery shelling by regime forces on Kafr Sajna on Monday.")
    assert "Shelling/artillery/missile attack" in types(result)


def test_a_strike_that_destroyed_a_depot_is_still_the_strike(extractor) -> None:
    result = run(extractor, "Russian warplanes destroyed an arms depot with air strikes near Kafr Amim on Monday.")
    assert "Air/drone strike" in types(result)


def test_devices_removed_after_a_recapture_are_no_blast(extractor) -> None:
    result = run(extractor, "Soldiers entered the village of Abu Dali on Monday after 40 explosive devices were removed.")
    assert "Remote explosive/landmine/IED" not in types(result)


# -- background: a named month gone by, the last months ---------------------------------

def test_air_strikes_begun_last_autumn_month_are_background(extractor) -> None:
    text = ("Warplanes struck the town of Saraqib on Tuesday, killing four people. "
            "Moscow began its own air strikes last October to shore up the government.")
    result = run(extractor, text)
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all("last October" not in ev.text for e in strikes for ev in e.evidence)


def test_gas_used_in_the_last_months_is_background(extractor) -> None:
    text = ("Regime helicopters dropped barrel bombs on Kafr Zita on Tuesday, killing two people. "
            "In the last eight months the government has used chlorine in Hama and Idlib, the rights group said.")
    assert "Chemical weapon" not in types(run(extractor, text))


def test_the_deadliest_attack_in_the_past_two_years_is_news(extractor) -> None:
    text = "A car bomb killed 31 people in Azaz on Tuesday, the deadliest attack in the past two years in the town."
    assert "Remote explosive/landmine/IED" in types(run(extractor, text))


# -- "its allies" belong to the side named just before ---------------------------------

def test_allies_of_a_jihadist_front_are_rebels_not_regime_militias(kb: ActorKB) -> None:
    text = ("Government forces shelled the area on Friday. On Saturday the Levant Front and its allies "
            "took the hamlet of Um Hosh.")
    allies = [m.name for m in resolve_actors(text, kb) if m.mention == "its allies"]
    assert allies == ["Syrian Rebels"]


def test_allies_of_the_army_are_the_regime_militias(kb: ActorKB) -> None:
    text = "The Syrian army and its allies advanced towards the village of Khirbet Ghazaleh."
    allies = [m.name for m in resolve_actors(text, kb) if m.mention == "its allies"]
    assert allies == ["Pro-Government Militias (Syria)"]


def test_allies_of_a_foreign_army_belong_to_no_syrian_side(kb: ActorKB) -> None:
    text = ("The Syrian army shelled the town on Friday. Across the border Iraqi troops and their allies "
            "fought the jihadists in Tal Afar.")
    assert not [m for m in resolve_actors(text, kb) if m.mention == "their allies"]
