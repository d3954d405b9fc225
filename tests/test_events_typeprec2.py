"""Event types the extractor added on unseen reports, second round (issue 9, family 7;
brief typeprec2): a weapon that is the subject of a passive destroying or seizing it, the
dead of a strike or gas attack found as bodies, options weighed, and a place told by its
past use, a rocket of the raids.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult

LEAD = "Government troops repelled an assault on the hill of Tal Sawda on Tuesday, a military source said. "


def types(extractor: Extractor, text: str) -> set[str]:
    result: ExtractionResult = extractor.extract(text, Document(id="t", published="2019-05-22"))
    return {e.sub_event_type for e in result.events}


# -- a weapon destroyed or seized, told in the passive ---------------------------------------

@pytest.mark.parametrize("inventory", [
    "Four car bombs and a rocket launcher belonging to the militants were destroyed near the hill.",
    "Six booby-trapped vehicles destroyed in the village of Umm Khirza.",
    "A number of mortar positions held by the group were also destroyed in the farms east of the hill.",
    "Jets pounded militant positions near the hill, leaving their trucks and rocket launchers destroyed.",
])
def test_a_weapon_destroyed_in_the_passive_is_no_attack(extractor: Extractor, inventory: str) -> None:
    found = types(extractor, LEAD + inventory)
    assert "Armed clash" in found
    assert not found & {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack"}


@pytest.mark.parametrize("use", [
    "Homes hit by rebel shelling were destroyed in the village of Umm Khirza on Tuesday.",
    "Mortar rounds landed on the village of Umm Khirza on Tuesday and two shops were destroyed.",
    "Army artillery pounded the hill of Tal Sawda and militant positions were destroyed.",
    "Rebel shelling on Tuesday destroyed several homes in the village of Umm Khirza.",
    "Rebel shelling left homes destroyed in the village of Umm Khirza on Tuesday.",
])
def test_a_weapon_used_before_a_passive_is_still_shelling(extractor: Extractor, use: str) -> None:
    assert "Shelling/artillery/missile attack" in types(extractor, use)


# -- a rocket of the raids ------------------------------------------------------------------

def test_a_rocket_that_lands_during_raids_is_the_raids(extractor: Extractor) -> None:
    text = ("Warplanes struck the town of Kafr Halab on Tuesday, activists said. One rocket hit the market "
            "as traders were closing their stalls because of the raids.")
    assert types(extractor, text) == {"Air/drone strike"}


def test_rockets_fired_in_revenge_for_raids_are_shelling(extractor: Extractor) -> None:
    text = "The factions fired a dozen rockets at the town of Qardaha on Tuesday in revenge for the raids on their villages."
    assert "Shelling/artillery/missile attack" in types(extractor, text)


# -- bodies of a strike's or gas attack's dead -----------------------------------------------

OPENING = "Inspectors reached the outskirts of Kafr Halab on Wednesday, officials said. "
CLOSING = " The opposition blamed the government."  # three sentences: no short report read by its toll


def test_bodies_found_after_a_gas_attack_are_its_dead(extractor: Extractor) -> None:
    text = OPENING + "More bodies were found on Tuesday in the wake of the poison gas attack on the town of Kafr Halab." + CLOSING
    assert types(extractor, text) == {"Chemical weapon"}


def test_bodies_found_with_no_weapon_are_still_a_killing(extractor: Extractor) -> None:
    text = OPENING + "More bodies were found on Tuesday in the town of Kafr Halab." + CLOSING
    assert types(extractor, text) == {"Attack"}


# -- options weighed; a place told by its past use -------------------------------------------

def test_options_on_the_table_are_no_strike(extractor: Extractor) -> None:
    text = ("Western diplomats said on Tuesday that options ranging from air strikes to a no-fly zone were "
            "being weighed after the shelling of Kafr Halab.")
    assert "Air/drone strike" not in types(extractor, text)


def test_an_airfield_told_by_its_past_raids_tells_no_raid(extractor: Extractor) -> None:
    text = ("Rebel rockets hit the airfield of Tabqa on Tuesday, activists said. The airfield has been used "
            "for dozens of air raids on rebel towns in the province.")
    assert types(extractor, text) == {"Shelling/artillery/missile attack"}


def test_raids_from_the_airfield_that_day_are_news(extractor: Extractor) -> None:
    text = ("Rebel rockets hit the airfield of Tabqa on Tuesday, activists said. Jets from the airfield "
            "carried out air raids on rebel towns in the province on Tuesday.")
    assert "Air/drone strike" in types(extractor, text)


# -- review of typeprec2 (brief fixa): ordinary events the filters above must keep ----------

def placed_types(extractor: Extractor, text: str) -> set[tuple[str, str | None]]:
    result: ExtractionResult = extractor.extract(text, Document(id="t", published="2019-05-22"))
    return {(e.sub_event_type, e.location.name if e.location else None) for e in result.events}


@pytest.mark.parametrize(("text", "kind"), [
    ("Army howitzers destroyed at least fourteen shops in the town of Kafr Nabudah on Thursday.",
     "Shelling/artillery/missile attack"),
    ("An IED destroyed at least three police cars near the town of Nawa on Thursday.",
     "Remote explosive/landmine/IED"),
    ("Rebel rockets destroyed by Thursday evening most of the shops in the town of Suqaylabiyah.",
     "Shelling/artillery/missile attack"),
])
def test_a_weapon_that_destroys_something_is_used(extractor: Extractor, text: str, kind: str) -> None:
    """"X destroyed at least N homes": the active voice with its object is the weapon's use,
    not the headline participle "six car bombs destroyed in the village"."""
    assert kind in {t for t, _ in placed_types(extractor, text)}


@pytest.mark.parametrize(("text", "kind"), [
    ("Fierce clashes near Kafr Nabudah in which four army tanks were destroyed went on into Thursday, "
     "the monitor said.", "Armed clash"),
    ("A suicide bombing near Jarablus in which several cars were burned killed eleven people on Thursday.",
     "Suicide bomb"),
    ("Russian air strikes near Khan Shaykhun, in which the main bakery was destroyed, killed seven people "
     "on Thursday.", "Air/drone strike"),
])
def test_a_relative_clause_naming_things_destroyed_keeps_the_event(extractor: Extractor, text: str,
                                                                    kind: str) -> None:
    """Only a weapon can be an inventory, and never across "in which"."""
    assert kind in {t for t, _ in placed_types(extractor, text)}


@pytest.mark.parametrize("text", [
    "Insurgents fired rockets at the town of Suqaylabiyah on Thursday amid Russian air strikes on Kafr Nabudah.",
    "Rockets fired by militants hit the town of Suqaylabiyah on Thursday during the raids on Kafr Nabudah.",
])
def test_rockets_with_their_firer_during_raids_are_shelling(extractor: Extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" in types(extractor, text)


def test_rockets_fired_by_helicopters_are_the_strike(extractor: Extractor) -> None:
    found = types(extractor, "Army helicopters fired rockets at the village of Umm Khirza on Thursday.")
    assert "Air/drone strike" in found
    assert "Shelling/artillery/missile attack" not in found


def test_a_place_whose_past_use_is_an_aside_is_struck_today(extractor: Extractor) -> None:
    text = ("The school, which had been used for sheltering displaced families, was hit by air strikes "
            "in the town of Khan Shaykhun on Thursday.")
    assert ("Air/drone strike", "Khan Shaykhun") in placed_types(extractor, text)


# -- re-review of fixa (brief fixi) ----------------------------------------------------------

@pytest.mark.parametrize(("text", "town"), [
    ("The army fired rockets at the town of Kafranbel on Saturday amid air strikes on nearby villages.",
     "Kafranbel"),
    ("Hezbollah fired rockets at the town of Madaya on Saturday amid Syrian air strikes.", "Madaya"),
])
def test_rockets_fired_by_any_ground_side_during_raids_are_shelling(extractor: Extractor, text: str,
                                                                     town: str) -> None:
    """Aircraft that fire are the raids'; anyone else who fires, army or ally, shells."""
    assert ("Shelling/artillery/missile attack", town) in placed_types(extractor, text)


def test_a_place_whose_past_use_is_a_relative_clause_without_commas_is_struck_today(
        extractor: Extractor) -> None:
    text = ("The clinic that had been used for sheltering displaced families was hit by air strikes "
            "in the town of Maarrat Misrin on Saturday.")
    assert "Air/drone strike" in types(extractor, text)


def test_an_airfield_told_by_its_past_raids_in_a_relative_clause_tells_no_raid(extractor: Extractor) -> None:
    text = ("Rebel rockets hit the airfield of Tabqa on Tuesday, activists said. It is an airfield that has "
            "been used for dozens of air raids on rebel towns in the province.")
    assert types(extractor, text) == {"Shelling/artillery/missile attack"}


@pytest.mark.parametrize("text", [
    "Rebel rockets destroyed at dawn on Saturday a bakery in the town of Mhardeh.",
    "Rebel rockets destroyed in the evening three shops in the town of Salhab on Saturday.",
    "Army mortars destroyed at around noon two houses in the town of Kafr Zita on Saturday.",
])
def test_a_weapon_that_destroys_something_after_a_time_phrase_is_used(extractor: Extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" in types(extractor, text)
