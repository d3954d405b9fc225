"""Events that did not happen or are not this report's news (issue 9, brief types9d).

Outlets tell acts asked for, ruled out, denied, imagined, blamed in general or remembered beside
the day's news: "asked all sides to refrain from artillery fire", "a full-scale assault would
cause a catastrophe", "the hospital, which was struck in 2015, reopened".  None is an event; the
act itself, told in reported speech or beside such words, stays one.  Also a vehicle named by its
charge ("a motorbike rigged with explosives went off") is a planted bomb, and weapons held
(missile systems, grenades carried, toxic chemicals moved) are no attack.  Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
CHEMICAL = "Chemical weapon"
GRENADE = "Grenade"
ATTACK = "Attack"


def types(extractor: Extractor, text: str) -> set[str]:
    return {e.sub_event_type for e in extractor.extract(text, Document(id="t", published="2018-06-20")).events}


@pytest.mark.parametrize("text", [
    # restraint, readiness and ruling out
    "In a statement, the Arab League asked all parties to refrain from artillery fire on populated areas of Deraa province.",
    "Aid groups called on both sides to refrain from shelling the camps near Atmeh.",
    "Turkish-backed fighters are gearing up for a ground attack on Tal Abyad, according to a spokesman.",
    "Putin ruled out new Russian air strikes on Idlib for now.",
    # a denial of reports
    "The Syrian Democratic Forces rejected reports that they had shelled Arab villages near Raqqa.",
    "The regime denied reports that its helicopters dropped barrel bombs on Tal Hamka.",
    # the subject of a hypothetical
    "A full-scale assault on the city would cause a humanitarian catastrophe, aid workers said.",
    "Even a limited air campaign could push another million people towards the Turkish border.",
    "Residents fear that a confrontation between the rival groups can break out at any time in Azaz.",
    # a side's policy, a weapon's habit, blame for conduct in general
    "Ankara says its artillery only targets YPG positions and never civilians.",
    "Barrel bombs remain the weapon of choice of the Syrian air force, analysts say.",
    "Rights groups have criticised the government for indiscriminate shelling of residential districts.",
    # history: a relative clause dated in an earlier year, what a side did while it held a place
    "The hospital, which was struck by air raids in 2015, reopened its doors on Sunday.",
    "When it held Tabqa, IS executed dozens of prisoners.",
    # weapons held, not used
    "The Russian S-400 missile systems deployed at Hmeimim are on alert.",
    "A gunman carrying grenades was arrested at a checkpoint near Salamiyah.",
    "Militants were transporting toxic chemicals to a warehouse near Saraqeb, the ministry claimed.",
    "Residents said a respite from the air strikes allowed people to leave their shelters in Hass on Monday.",
])
def test_no_act_is_no_event(extractor: Extractor, text: str) -> None:
    assert not types(extractor, text) & {AIR, SHELLING, CLASH, ATTACK, GRENADE, CHEMICAL}


def test_act_answered_is_no_event(extractor: Extractor) -> None:
    """The rockets are the news; the air strikes they answer are named as their reason."""
    assert types(extractor, "Rebels fired rockets at Qardaha in response to air strikes on their positions.") == {SHELLING}


@pytest.mark.parametrize("text, expected", [
    # reported speech of a real act
    ("The Observatory said warplanes struck the town of Maarat al-Numan on Wednesday, killing five civilians.", {AIR}),
    ("Activists said the regime shelled the village of Hazano on Thursday, wounding three children.", {SHELLING}),
    # beside an appeal, a threat or a denial told in another clause
    ("Despite calls for a halt to the bombing, warplanes struck Khan Sheikhoun again on Tuesday, killing nine.", {AIR}),
    ("The regime denied the charge, but residents of Jarjanaz said its artillery shelled the town on Monday, killing two.",
     {SHELLING}),
    ("The army is pushing ahead with its offensive and captured the village of Abu Omar on Friday after heavy clashes.",
     {CLASH}),
    # a modal that tells how the act was perceived or checked
    ("The shelling that could be heard in the city centre killed two people in Bustan al-Qasr on Sunday.", {SHELLING}),
    ("A new assault on the town began at dawn on Monday, with clashes raging near the hospital.", {CLASH}),
    ("Warplanes bombed the main hospital in Kafr Takharim on Monday in what could amount to a war crime.", {AIR}),
    # a relative clause dated this year, and one blamed act
    ("The town, which jets bombed on Saturday, was hit again on Sunday by artillery shells.", {AIR, SHELLING}),
    # missiles fired, grenades thrown, gas that hit
    ("Rebels fired missiles at an army post in Jurin on Friday, killing three soldiers.", {SHELLING}),
    ("A man threw a grenade at a shop in the town of Jassem on Monday, wounding two.", {GRENADE}),
    ("Toxic gas hit the town of Latamna on Friday, causing cases of suffocation among dozens of residents.", {CHEMICAL}),
])
def test_real_acts_stay(extractor: Extractor, text: str, expected: set[str]) -> None:
    assert expected <= types(extractor, text)


@pytest.mark.parametrize("text, expected", [
    ("A motorbike rigged with explosives went off in the market of Azaz on Monday, killing three people.", IED),
    ("A truck loaded with explosives went off outside the police station in Qamishli on Saturday, killing eight.", IED),
    ("A suicide bomber drove a truck laden with explosives into a checkpoint near Jarablus.", SUICIDE),
])
def test_vehicle_named_by_its_charge(extractor: Extractor, text: str, expected: str) -> None:
    got = types(extractor, text)
    assert expected in got and ATTACK not in got


def test_vehicle_bomb_defused_is_no_explosion(extractor: Extractor) -> None:
    text = "A car packed with explosives was found and defused by police near the gate of Tartus port on Friday."
    assert IED not in types(extractor, text)
