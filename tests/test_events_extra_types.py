"""Sub-event types the extractor added to unseen FA-KES reports that a coder would not
(issue 9, brief typeprec): one attack typed twice (a bomber's charge told by where it was
fixed, barrel bombs told as "unguided explosive devices", a massacre told as the air force's
raid), a charge foiled before it reached its target, strikes asked for or put off, and a
season summed up ("over the past several weeks").  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2018-03-14", title: str | None = None) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published, title=title))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


# -- a bomber's own charge, told by where it was fixed ----------------------------------

@pytest.mark.parametrize("telling", [
    "A militant walked into the office in Tell Sabin and detonated an explosive attached to himself, killing nine people on Monday.",
    "On Monday a man set off a bomb strapped to his body at the gate of the bakery in Tell Sabin, killing nine people.",
    "The attacker blew up explosives tied to his chest outside the mosque of Tell Sabin on Monday, killing nine people.",
])
def test_a_worn_charge_is_a_suicide_bomb_only(extractor: Extractor, telling: str) -> None:
    result = run(extractor, telling)
    assert types(result) == {"Suicide bomb"}


def test_a_bomb_fixed_to_a_motorbike_is_still_planted(extractor: Extractor) -> None:
    result = run(extractor, "On Monday a bomb attached to a motorbike was detonated near the market of Tell Sabin, killing four people.")
    assert "Remote explosive/landmine/IED" in types(result)
    assert "Suicide bomb" not in types(result)


# -- barrel bombs told as explosive devices -----------------------------------------------

def test_unguided_explosive_devices_are_the_air_strike(extractor: Extractor) -> None:
    text = ("Regime helicopters dropped barrel bombs on the town of Kafr Nasih on Sunday, killing eleven civilians, "
            "activists said. The crude unguided explosive devices flattened two houses in the eastern quarter of Kafr Nasih.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_a_planted_explosive_device_stays(extractor: Extractor) -> None:
    text = "An explosive device planted under a car went off in the town of Kafr Nasih on Sunday, killing two men."
    assert "Remote explosive/landmine/IED" in types(run(extractor, text))


# -- a charge foiled before it reached its target -----------------------------------------

def test_a_truck_bomb_detonated_short_of_its_target_is_no_explosion(extractor: Extractor) -> None:
    text = ("Troops foiled an attempt to blow up a lorry packed with explosives on the road to Umm Batna on Thursday, "
            "and it was detonated before reaching the checkpoint, the army said.")
    assert "Remote explosive/landmine/IED" not in types(run(extractor, text))


# -- strikes asked for or put off ---------------------------------------------------------

@pytest.mark.parametrize("plan", [
    "The defence ministry asked the president for authorisation to resume its air strikes on the province.",
    "A general said the army had sent a request to renew air raids on the hills.",
    "Moscow held off on new air strikes over the valley while envoys met.",
])
def test_a_strike_asked_for_or_put_off_is_no_strike(extractor: Extractor, plan: str) -> None:
    text = "Rebel rockets killed six people in the town of Jisr al-Abyad on Friday, state media said. " + plan
    result = run(extractor, text)
    assert "Shelling/artillery/missile attack" in types(result)
    assert "Air/drone strike" not in types(result)


# -- a season summed up -------------------------------------------------------------------

@pytest.mark.parametrize("season", [
    "Government raids have killed scores of people over the past several weeks as the battle for the valley drags on.",
    "Their push has been slowed in the past month by landmines the militants planted along the farm tracks.",
])
def test_a_season_adds_no_types(extractor: Extractor, season: str) -> None:
    text = "Shelling by the army killed seven civilians in the village of Deir Karam on Wednesday, a monitor said. " + season
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


def test_the_past_two_days_are_still_news(extractor: Extractor) -> None:
    text = ("Shelling by the army killed seven civilians in the village of Deir Karam on Wednesday, a monitor said. "
            "Clashes between the army and the factions in the past two days have left twenty fighters dead near Deir Karam.")
    assert "Armed clash" in types(run(extractor, text))


# -- a massacre told as the air force's raid ----------------------------------------------

def test_a_massacre_by_the_air_force_is_the_air_strike(extractor: Extractor) -> None:
    text = ("Opposition decries world silence over Ain Tamra massacre. "
            "The opposition council condemned the Ain Tamra massacre in which forty civilians were killed by the regime air force. "
            "The air force carried out six raids on the town of Ain Tamra on Tuesday.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_a_massacre_told_apart_from_the_bombing_stays(extractor: Extractor) -> None:
    """(Executions at one place and an air strike at another are two events.)"""
    text = ("Gunmen massacred a family of seven in the village of Tell Hamra on Tuesday, activists said. "
            "Regime air raids on the town of Ain Tamra killed four people on the same day.")
    assert types(run(extractor, text)) == {"Attack", "Air/drone strike"}


# -- page furniture lends no words to the report's clause -----------------------------------

def test_a_related_headline_lends_no_aircraft_to_the_report(extractor: Extractor) -> None:
    """(The headline runs on into the link list with no full stop between them.)"""
    text = ("Car bomb kills 12 in Syrias Jableh AFP Monday 3 Mar 2014 Print Tweet Views 512 Related Jordan opens new camp "
            "Turkish jets strike militants near border Monitor A car bomb in the coastal town of Jableh killed 12 people on Monday "
            "the governor said.")
    assert types(run(extractor, text, published="2014-03-03")) == {"Remote explosive/landmine/IED"}


def test_a_read_more_link_is_no_event(extractor: Extractor) -> None:
    text = ("Troops clashed with militants near the village of Tell Sawda on Sunday, killing twenty of them, the army said. "
            "READ MORE Russian Airstrikes Pound Militant Depots in Idlib Province")
    assert types(run(extractor, text, published="2017-10-29")) == {"Armed clash"}
