"""Event triggers: one event per (sub-event type, place), with its clause's actors and day.

Sentences are written in the style of monitoring reports; each test checks one pattern
family or one reason a trigger is *not* an event.
"""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2017-04-08") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def actors_of(result: ExtractionResult, sub_type: str) -> set[str]:
    return {a.name for e in result.events if e.sub_event_type == sub_type for a in e.actors}


def test_warplane_raids_are_air_strikes_with_their_actor_and_day(extractor: Extractor) -> None:
    result = run(extractor, "Russian warplanes carried out raids on the town of Saraqib on Tuesday, "
                            "killing five civilians.")
    [event] = result.events
    assert event.sub_event_type == "Air/drone strike"
    assert {a.name for a in event.actors} == {"Military Forces of Russia", "Civilians"}
    assert (event.date.start, event.date.precision) == ("2017-04-04", 1)
    assert event.location is not None and event.location.mention == "Saraqib"


def test_barrel_bombs_imply_regime_helicopters(extractor: Extractor) -> None:
    result = run(extractor, "Helicopters dropped barrel bombs on Daraya on Monday.")
    assert types(result) == {"Air/drone strike"}
    assert actors_of(result, "Air/drone strike") == {"Military Forces of Syria"}


def test_rocket_shells_are_shelling_by_the_named_faction(extractor: Extractor) -> None:
    result = run(extractor, "Rebel factions fired rocket shells on residential neighbourhoods of Aleppo "
                            "city on Sunday, injuring 12 people.")
    assert types(result) == {"Shelling/artillery/missile attack"}
    assert "Syrian Rebels" in actors_of(result, "Shelling/artillery/missile attack")


def test_suicide_bombing_is_not_also_an_ied(extractor: Extractor) -> None:
    result = run(extractor, "A suicide bomber blew himself up at a checkpoint in Azaz on Thursday, "
                            "and the explosion killed nine people.")
    assert types(result) == {"Suicide bomb"}


def test_an_attacker_setting_off_his_own_charge_is_the_suicide_bombing(extractor: Extractor) -> None:
    result = run(extractor, "Two suicide attackers struck a police post in Tal Abyad on Thursday, killing 8 "
                            "people. The second attacker detonated his vest as medics arrived.")
    assert types(result) == {"Suicide bomb"}


def test_a_bomb_detonated_by_someone_else_stays_an_ied(extractor: Extractor) -> None:
    result = run(extractor, "Unknown men detonated a bomb planted under a van in Jarablus on Thursday, "
                            "killing 4 people.")
    assert types(result) == {"Remote explosive/landmine/IED"}


def test_parked_car_bomb_is_an_ied_by_an_unidentified_group(extractor: Extractor) -> None:
    result = run(extractor, "A car bomb exploded near a market in Azaz on Thursday, killing seven civilians. "
                            "No group claimed responsibility.")
    assert types(result) == {"Remote explosive/landmine/IED"}
    assert "Unidentified Armed Group" in actors_of(result, "Remote explosive/landmine/IED")


def test_executions_are_violence_against_civilians(extractor: Extractor) -> None:
    result = run(extractor, "ISIS executed 12 civilians in the city of Deir Ezzor on Friday.")
    assert types(result) == {"Attack"}
    assert actors_of(result, "Attack") == {"Islamic State", "Civilians"}


def test_kidnapping_and_evacuation_deal(extractor: Extractor) -> None:
    result = run(extractor, "Gunmen kidnapped three aid workers in Idlib city on Wednesday. "
                            "Meanwhile an evacuation deal was reached for rebels in al-Waer.")
    assert {"Abduction/forced disappearance", "Agreement"} <= types(result)
    assert "Unidentified Armed Group" in actors_of(result, "Abduction/forced disappearance")


@pytest.mark.parametrize("text", [
    "The Islamic State threatened to carry out suicide attacks in Damascus.",
    "Rebels vowed to retaliate with rocket attacks on Latakia.",
    "In 2013 the regime carried out a chemical attack on Ghouta that killed hundreds.",
    "More than 320000 people have been killed since the start of the war.",
])
def test_threats_plans_and_history_are_not_events(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).events == []


@pytest.mark.parametrize("text", [
    "After ten hours of non-stop fighting, government troops captured the village of Tell Shamiyah on Tuesday.",
    "Kurdish fighters in two days of non-stop clashes drove Islamic State militants out of Suluk on Friday.",
])
def test_a_hyphened_word_is_no_plan_or_attempt(extractor: Extractor, text: str) -> None:
    """("non-stop" holds "stop", a cue of a thing prevented, only as part of another word.)"""
    assert run(extractor, text).control_changes


def test_related_headlines_are_page_furniture(extractor: Extractor) -> None:
    text = ("Clashes continued in Daraa city on Saturday between regime forces and rebel factions. "
            "Related Russian Airstrikes Kill 20 Civilians in Idlib Suicide Bomber Hits Homs")
    assert types(run(extractor, text)) == {"Armed clash"}


def test_headline_and_body_repeats_make_one_event(extractor: Extractor) -> None:
    text = ("Regime shelling kills 10 in Douma\n\nRegime forces shelled Douma on Friday, killing 10 "
            "civilians. The shelling of Douma also wounded 30.")
    result = run(extractor, text, published="2017-11-17")
    assert [e.sub_event_type for e in result.events] == ["Shelling/artillery/missile attack"]
    assert len(result.events[0].evidence) >= 2


def test_one_strike_sentence_on_two_towns_gives_two_events(extractor: Extractor) -> None:
    result = run(extractor, "Warplanes bombed the towns of Douma and Harasta on Sunday, killing 19 civilians.",
                 published="2017-11-26")
    assert sorted(e.location.mention for e in result.events) == ["Douma", "Harasta"]


def test_actors_that_only_describe_a_place_are_not_parties(extractor: Extractor) -> None:
    result = run(extractor, "Coalition raids killed 21 civilians in the IS stronghold of Manbij on Monday.",
                 published="2016-07-18")
    assert actors_of(result, "Air/drone strike") == {"International Coalition", "Civilians"}


def test_a_capital_speaking_for_its_government_is_not_a_location(extractor: Extractor) -> None:
    result = run(extractor, "Rebels shelled the town of Harasta on Friday, a charge Damascus denied.",
                 published="2017-11-17")
    assert [e.location.mention for e in result.events] == ["Harasta"]


def test_unclaimed_shelling_borrows_the_attacker_named_for_the_same_kind_of_event(extractor: Extractor) -> None:
    text = ("Rebel factions fired rockets on the al-Hamdaniyeh neighbourhood of Aleppo city on Sunday. "
            "More rocket shells later hit the al-Meridian neighbourhood, killing one person.")
    result = run(extractor, text, published="2016-10-30")
    shelling = [e for e in result.events if e.sub_event_type == "Shelling/artillery/missile attack"]
    assert len(shelling) >= 2 and all("Syrian Rebels" in {a.name for a in e.actors} for e in shelling)


def test_ground_raids_by_a_militia_are_not_air_strikes(extractor: Extractor) -> None:
    result = run(extractor, "ISIS militants raided Assyrian villages along the Khabur river on Monday.")
    assert "Air/drone strike" not in types(result)


def test_missiles_fired_by_aircraft_are_air_strikes(extractor: Extractor) -> None:
    result = run(extractor, "Israeli warplanes fired missiles at positions near Damascus International Airport "
                            "on Monday.")
    assert types(result) == {"Air/drone strike"}
    assert "Military Forces of Israel" in actors_of(result, "Air/drone strike")


def test_a_claim_of_responsibility_names_the_bomber(extractor: Extractor) -> None:
    text = ("A car bomb exploded near a checkpoint of the SDF in Tal Abyad on Sunday, killing four fighters. "
            "The Islamic State claimed responsibility for the attack.")
    result = run(extractor, text, published="2019-03-03")
    actors = actors_of(result, "Remote explosive/landmine/IED")
    assert "Islamic State" in actors and "Unidentified Armed Group" not in actors


def test_warplanes_that_bombard_a_town_are_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "Helicopters bombard Kafr Nabl on Tuesday, leaving 5 people dead.")
    assert types(result) == {"Air/drone strike"}


def test_mines_laid_by_a_group_are_explosive_devices(extractor: Extractor) -> None:
    result = run(extractor, "Mines planted by ISIS kill 4 shepherds near Maskanah on Tuesday.")
    assert "Remote explosive/landmine/IED" in types(result)
