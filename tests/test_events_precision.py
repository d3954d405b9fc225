"""Event types a report does not describe as happening (issue 9, brief s20-types): weapons
named as things destroyed or seized, and allies that belong to the side named just before them.  Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorKB, default_kb
from observatory.models import Document, ExtractionResult


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


# -- names, habits, deals that ended, gas carried by rockets ----------------------------

def test_a_trigger_word_inside_a_monitors_name_is_no_event(extractor) -> None:
    text = ("Jets struck the village of Hamrat on Monday, killing six people, the activist group "
            "Raqqa is Being Slaughtered Silently said.")
    assert "Attack" not in types(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Insurgents often fire mortars at the town of Harbnafsa from the orchards around it.",
    "Militants routinely shell the villages of the plain from the hills above Jurin.",
])
def test_what_usually_happens_is_no_event_of_the_day(extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in types(run(extractor, text))


def test_bombings_by_jets_are_air_strikes_not_planted_bombs(extractor) -> None:
    text = ("A suicide bomber blew himself up at a checkpoint in Sarmada on Monday. "
            "Elsewhere nine people died in Hazano on Monday after bombings by Russian jets.")
    by_type = {e.sub_event_type: " ".join(ev.text for ev in e.evidence) for e in run(extractor, text).events}
    assert "Russian jets" in by_type.get("Air/drone strike", "")
    assert "Russian jets" not in by_type.get("Suicide bomb", "")


def test_a_truce_that_collapsed_is_no_new_agreement(extractor) -> None:
    text = "The raid on Khan Touman on Monday signalled the end of a Moscow-brokered ceasefire in the province."
    assert "Agreement" not in types(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Rockets filled with chlorine hit the town of Kafr Takharim on Monday, wounding 14 people.",
    "Helicopters dropped two barrel bombs laden with toxic gas on the village of Hbit on Monday.",
])
def test_gas_carried_by_rockets_or_barrels_is_the_chemical_attack_alone(extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Chemical weapon"}


def test_air_strikes_and_a_gas_attack_are_two_attacks(extractor) -> None:
    text = "Air strikes and a chlorine attack hit the town of Kafr Takharim on Monday, wounding 14 people."
    assert types(run(extractor, text)) == {"Chemical weapon", "Air/drone strike"}


# -- battles that are not battles ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Eleven people died on Monday in mortar attacks by the Sham Legion fighters on the district of Jamiliyeh.",
    "A man was killed on Monday in air attacks by regime forces on the village of Kafr Rumma.",
    "The Levant Front launched a rocket attack on the town of Nubl on Monday, wounding six people.",
    "The town of Tafas came under a massive aerial assault on Monday that killed nine people.",
])
def test_a_weapons_attack_by_a_side_is_no_armed_clash(extractor, text: str) -> None:
    report = f"{text} Medics said the wounded were taken to a field hospital. Schools in the area stayed shut."
    assert "Armed clash" not in types(run(extractor, report))


def test_a_sexual_assault_is_no_battle(extractor) -> None:
    text = "The report cites sexual assault and torture by the guards of the prison of Adra."
    assert "Armed clash" not in types(run(extractor, text))


def test_the_coalition_fighting_a_group_names_the_coalition(extractor) -> None:
    text = "A strike on Monday by the coalition fighting the jihadists killed 12 people in the village of Hazima."
    assert "Armed clash" not in types(run(extractor, text))


def test_a_rebel_attack_on_army_positions_is_still_a_clash(extractor) -> None:
    text = "An attack by rebel fighters on army positions near the village of Kernaz on Monday killed 14 soldiers."
    assert "Armed clash" in types(run(extractor, text))


# -- plans to make bombs, attacks avenged ---------------------------------------------------

def test_bombs_built_in_a_workshop_are_no_blast(extractor) -> None:
    text = "The cell had set up a workshop in Sarmin to construct and test improvised explosive devices, police said on Monday."
    assert "Remote explosive/landmine/IED" not in types(run(extractor, text))


def test_the_strike_an_attack_avenged_is_no_event_of_the_report(extractor) -> None:
    text = ("Rebels fired 40 rockets at the city of Jableh on Monday, killing two people, in revenge for air strikes "
            "on their towns.")
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


def test_a_linked_story_after_a_photo_credit_is_no_event(extractor) -> None:
    text = ("Two people were killed when shells hit the town of Mhardeh on Monday, state media said. "
            "Sputnik Ivan Dorokhov Syrian Army Repels Terrorist Attack Near Kafr Nabudah The army said on Sunday "
            "it would press on.")
    assert "Armed clash" not in types(run(extractor, text))


# -- sides named as holders or accusers --------------------------------------------------------

def actors_of(result: ExtractionResult, sub_type: str) -> set[str]:
    return {a.name for e in result.events if e.sub_event_type == sub_type for a in e.actors}


def test_the_side_that_holds_the_town_is_no_party_to_the_shelling(extractor) -> None:
    text = ("Shells fired by regime forces killed three people on Monday in Kafr Batna, a town under rebel control. "
            "Medics said four more were wounded. Schools stayed shut.")
    assert "Syrian Rebels" not in actors_of(run(extractor, text), "Shelling/artillery/missile attack")


def test_the_side_that_accuses_is_no_party_to_the_attack(extractor) -> None:
    text = ("Washington on Monday blamed the chlorine attack on Habit on the government, which denied it. "
            "Doctors said 40 people were treated. The town is in Idlib province.")
    assert "Military Forces of the United States" not in actors_of(run(extractor, text), "Chemical weapon")


# -- more things named, not used ----------------------------------------------------------

LONG = " Medics said the wounded were taken to a field hospital. Schools in the area stayed shut."


@pytest.mark.parametrize("text", [
    "Two tanks and a rocket launcher were destroyed near the village of Ruhjan on Monday, the army said.",
    "Two howitzers had been destroyed near the village of Ruhjan on Monday, the army said.",
])
def test_a_launcher_or_gun_destroyed_is_no_shelling(extractor, text: str) -> None:
    assert "Shelling/artillery/missile attack" not in types(run(extractor, text + LONG))


def test_bodies_torn_by_strikes_are_no_mutilation(extractor) -> None:
    text = "Warplanes struck the market of Ihsim on Monday; the bodies were mutilated by the strikes, a medic said."
    assert "Attack" not in types(run(extractor, text + LONG))


def test_burned_out_cars_after_a_blast_are_no_arson(extractor) -> None:
    text = "A car bomb went off in the square of Azaz on Monday, leaving dozens of burned out cars."
    assert "Looting/property destruction" not in types(run(extractor, text + LONG))


def test_the_air_force_attacking_positions_is_an_air_strike_not_a_clash(extractor) -> None:
    text = "On Monday the air force attacked militant positions near the town of Qalaat al-Madiq."
    assert "Armed clash" not in types(run(extractor, text + LONG))


def test_barrel_bombs_regularly_dropped_are_no_event_of_the_day(extractor) -> None:
    text = "Activists say the army is regularly dropping barrel bombs on towns such as Latamneh."
    assert not types(run(extractor, text + LONG))


def test_the_uprising_of_the_arab_spring_is_history(extractor) -> None:
    text = "The war grew out of protests in Deraa inspired by the Arab Spring uprisings."
    assert "Peaceful protest" not in types(run(extractor, text + LONG))


def test_a_day_after_on_is_no_target(extractor) -> None:
    text = ("Nine people were killed on Saturday when regime forces bombed the market of Douma with heavy artillery."
            + LONG)
    assert "Unidentified Armed Group" not in actors_of(run(extractor, text), "Shelling/artillery/missile attack")


def test_a_side_named_after_a_sources_own_words_acts(kb: ActorKB) -> None:
    text = "According to a source in the province the rebels fired a rocket shell at a park in Jaramana."
    assert [m.name for m in resolve_actors(text, kb)] == ["Syrian Rebels"]


def test_a_side_inside_a_sources_name_does_not_act(kb: ActorKB) -> None:
    text = "A source in the Syrian army said a rocket shell fell near a park in Jaramana."
    assert resolve_actors(text, kb) == []


def test_homes_wrecked_by_air_strikes_are_the_strikes_damage(extractor) -> None:
    text = "Air strikes on the town of Ariha on Monday demolished several houses and killed four people."
    assert "Looting/property destruction" not in types(run(extractor, text + LONG))


def test_militiamen_torching_homes_is_property_destruction(extractor) -> None:
    text = "Militiamen torched houses in the village of Tell Khanzir on Monday after the residents fled."
    assert "Looting/property destruction" in types(run(extractor, text + LONG))


# -- arrests are made by authorities ----------------------------------------------------------

def test_people_an_armed_group_detains_are_abducted(extractor) -> None:
    text = "ISIS militants detained a pharmacist in the town of Mayadin on Monday." + LONG
    assert types(run(extractor, text)) == {"Abduction/forced disappearance"}


def test_people_the_security_forces_arrest_are_arrested(extractor) -> None:
    text = "Regime security forces arrested 12 young men in the town of Tal on Monday." + LONG
    assert types(run(extractor, text)) == {"Arrests"}


def test_the_site_of_an_earlier_gas_attack_names_a_place_not_an_event(extractor) -> None:
    text = ("Air strikes killed six people on Monday around Habit, the site of a deadly chlorine attack in the spring."
            + LONG)
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_a_cruise_missile_attack_on_an_air_base_is_no_clash(extractor) -> None:
    text = "The navy launched a cruise missile attack on the air base of Tiyas on Monday." + LONG
    assert "Armed clash" not in types(run(extractor, text))


def test_a_summary_of_operations_across_the_country_is_no_event(extractor) -> None:
    text = "Army units went on pounding militant hideouts across the country on Monday, state media said." + LONG
    assert not types(run(extractor, text))


def test_an_objection_protested_by_a_government_is_no_protest(extractor) -> None:
    text = "The deployment of the foreign troops near Tabqa has been protested by Damascus." + LONG
    assert "Peaceful protest" not in types(run(extractor, text))


def test_a_credit_line_agreement_is_no_agreement_of_the_war(extractor) -> None:
    text = "Parliament in Damascus ratified on Monday a credit line agreement signed with Tehran in May." + LONG
    assert "Agreement" not in types(run(extractor, text))
