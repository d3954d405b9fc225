"""Sub-event types on unseen FA-KES reports, third round (issue 9, brief types9).

One attack typed twice: the gas a chemical attack was told by (a "chemical gas", a "poisonous
substance", a gas the rounds "released", victims with "symptoms of suffocation") made no
chemical reading, so the rounds that carried it stood as shelling beside the chemical
attack; rockets "fired from aircraft" and a province "shelled with barrel bombs" are the air
strike.  A bomb named by the vehicle that carried it (a motorcycle or truck bomb) is a planted
bomb.  Each family has a guard the other way: a real shelling or bombing of its own stays.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult

SHELLING = "Shelling/artillery/missile attack"
CHEMICAL = "Chemical weapon"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"


def run(extractor: Extractor, text: str, published: str = "2018-06-20") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


# -- the gas a chemical attack was told by ------------------------------------------------

@pytest.mark.parametrize("telling", [
    "Medics in Tell Qarah said chemical gas was used in the shelling of the eastern quarter on Tuesday.",
    "A poisonous substance was used in the shelling of Tell Qarah on Tuesday, doctors said.",
    "On Tuesday the rockets released a greenish gas with a smell of bleach over the farms of Tell Qarah.",
    "Eleven fighters reached the clinic of Tell Qarah with symptoms of suffocation after the shelling on Tuesday.",
])
def test_the_rounds_that_carried_a_gas_are_the_chemical_attack(extractor: Extractor, telling: str) -> None:
    assert types(run(extractor, telling)) == {CHEMICAL}


def test_shelling_told_apart_from_a_gas_attack_stays(extractor: Extractor) -> None:
    """(Rounds told in their own sentence, with nothing of a gas, are shelling of their own.)"""
    text = ("A poisonous substance was used in an attack on Tell Qarah on Tuesday, doctors said. "
            "Rebel shelling killed two soldiers at a checkpoint near Umm Hawsh on Wednesday.")
    assert types(run(extractor, text)) == {CHEMICAL, SHELLING}


def test_a_gas_that_is_fuel_is_no_chemical_attack(extractor: Extractor) -> None:
    text = "Shelling on Tuesday hit a depot in Tell Qarah that stored cooking gas, killing a guard."
    assert types(run(extractor, text)) == {SHELLING}


@pytest.mark.parametrize("telling", [
    "IS militants released 25 gas plant workers in Tell Qarah on Tuesday.",
    "On Tuesday a shell struck a tank in Tell Qarah which released gas.",
    "A shell hit a storage tank in Tell Qarah on Tuesday that emitted gas.",
    "Saboteurs blew up a stretch of the pipeline near Tell Qarah on Tuesday, which released natural gas into the air.",
    "A blast ripped through the gas pipeline north of Tell Qarah on Tuesday, releasing gas over the farms.",
])
def test_gas_let_out_by_no_munition_is_no_chemical_attack(extractor: Extractor, telling: str) -> None:
    """(Only rounds, rockets or bombs that give off a gas carry a chemical attack; a hostage
    release, a hit tank or a burst pipeline lets out no weapon's gas.)"""
    assert CHEMICAL not in types(run(extractor, telling))


def test_a_shell_that_hits_a_gas_tank_stays_shelling(extractor: Extractor) -> None:
    assert types(run(extractor, "On Tuesday a shell struck a tank in Tell Qarah which released gas.")) == {SHELLING}


def test_suffocation_from_a_fire_is_no_chemical_attack(extractor: Extractor) -> None:
    text = ("Rescuers carried eleven people with symptoms of suffocation out of the blaze that broke out after "
            "rebel shelling hit a warehouse in Tell Qarah on Tuesday.")
    assert types(run(extractor, text)) == {SHELLING}


@pytest.mark.parametrize("telling", [
    "Doctors in Tell Qarah treated 30 people with symptoms of suffocation after regime rocket fire on Tuesday.",
    "Investigators found that a poisonous substance was used in the shelling of Tell Qarah on Tuesday.",
])
def test_suffocation_after_rocket_fire_and_poison_found_used_stay_chemical(extractor: Extractor,
                                                                          telling: str) -> None:
    assert types(run(extractor, telling)) == {CHEMICAL}


def test_poisonous_chemicals_seized_are_no_chemical_attack(extractor: Extractor) -> None:
    text = "Customs officers in Tell Qarah seized a lorry loaded with poisonous chemicals on Tuesday."
    assert CHEMICAL not in types(run(extractor, text))


# -- rockets fired from aircraft, a province shelled with barrel bombs -------------------

@pytest.mark.parametrize("telling", [
    "Witnesses said rocket fire from helicopters hit the grain silos of Kafr Dael on Sunday, killing three workers.",
    "On Sunday rockets fired from a warplane struck the market of Kafr Dael, killing three people.",
    "On Sunday the town of Kafr Dael was shelled with some twenty barrel bombs, killing three people.",
])
def test_rounds_from_the_air_are_the_air_strike(extractor: Extractor, telling: str) -> None:
    assert types(run(extractor, telling)) == {AIR}


@pytest.mark.parametrize("telling", [
    "On Sunday rebels fired rockets at the airport of Kafr Dael, killing three soldiers.",
    "On Sunday rockets fired from the hills struck the market of Kafr Dael, killing three people.",
])
def test_rockets_fired_from_the_ground_stay_shelling(extractor: Extractor, telling: str) -> None:
    assert types(run(extractor, telling)) == {SHELLING}


# -- a bomb named by its vehicle -------------------------------------------------------------

@pytest.mark.parametrize("telling", [
    "A motorcycle bomb outside a bakery in Qasr Hamid left six people dead on Thursday.",
    "Six guards died in a truck bomb at the checkpoint of Qasr Hamid on Thursday.",
    "Medics counted six dead after a van bomb near the grain market of Qasr Hamid on Thursday.",
])
def test_a_bomb_named_by_its_vehicle_is_a_planted_bomb(extractor: Extractor, telling: str) -> None:
    """(No verb of a blast: the vehicle's name alone says what the bomb was.)"""
    assert types(run(extractor, telling)) == {IED}


@pytest.mark.parametrize("telling", [
    "US-led jets struck a car bomb workshop in Deir Hafer on Thursday.",
    "Coalition aircraft hit a truck bomb factory on the edge of Deir Hafer on Thursday.",
])
def test_a_strike_on_where_vehicle_bombs_are_made_is_no_planted_bomb(extractor: Extractor, telling: str) -> None:
    assert types(run(extractor, telling)) == {AIR}


@pytest.mark.parametrize("telling", [
    "Six guards were killed at the council offices of Qasr Hamid on Thursday. The offices were targeted by a truck bomb.",
    "The council offices of Qasr Hamid were hit by a truck bomb on Thursday.",
])
def test_a_building_targeted_by_a_vehicle_bomb_keeps_its_bomb(extractor: Extractor, telling: str) -> None:
    """(Struck or targeted *by* the bomb: it went off; only one struck by others did not.)"""
    assert IED in types(run(extractor, telling))


def test_a_vehicle_bomb_beside_shelling_elsewhere_is_kept(extractor: Extractor) -> None:
    """(A plainly told shelling in the report no longer swallows a bomb told only as an attack.)"""
    text = ("A terrorist motorcycle bomb attack took place near the clock tower in Qasr Hamid leaving four dead. "
            "Rebels fired mortar shells on the Salhiya quarter of Deir Nimr, injuring two children.")
    assert types(run(extractor, text)) == {IED, SHELLING}


@pytest.mark.parametrize("telling", [
    "A suicide bomber drove a truck bomb into the checkpoint of Qasr Hamid on Thursday, killing six guards.",
    "Police found a motorcycle bomb parked beside the school of Qasr Hamid on Thursday and defused it.",
    "On Thursday the factions opened a new front, sending a truck bomb into the western quarter of Qasr Hamid.",
])
def test_a_vehicle_bomb_driven_by_its_bomber_or_defused_is_no_planted_blast(extractor: Extractor, telling: str) -> None:
    assert IED not in types(run(extractor, telling))



# -- a scheduled day in the lead is no dateline ---------------------------------------------

@pytest.mark.parametrize(("published", "text", "kind"), [
    ("2016-03-15", "The UN mediator said on Monday that a new round of talks would begin in Geneva on 2 April 2016. "
                   "On March 6, Russian jets bombed a bakery in Kafr Nabudah, killing 11 civilians.", AIR),
    ("2017-08-16", "The local truce is due to run out on 31 August 2017, officials said. On August 2, regime "
                   "helicopters dropped barrel bombs on the old quarter of Busra, killing five people.", AIR),
    ("2018-04-17", "Rebels in the pocket have until 5 May 2018 to hand over their heavy weapons. Air strikes on "
                   "Saqba on April 2 killed 16 people, and on Monday shelling killed three in Arbin.", AIR),
])
def test_a_future_day_in_the_lead_makes_no_retelling(extractor: Extractor, published: str, text: str,
                                                    kind: str) -> None:
    """(A deadline or a date of talks is no page stamp: the report is the news of its own day.)"""
    assert kind in types(run(extractor, text, published=published))
