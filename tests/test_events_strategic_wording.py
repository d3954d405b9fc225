"""Strategic developments told in the words outlets use beyond "deal reached" (issue 9).

A truce is declared, announced or accepted ("Russia announced a ceasefire in X from midnight", "the
factions accepted a proposal for a truce"), a deal is signed as a document; a defection is told with
who went along or what was left; a group dissolves itself; drones are intercepted or downed, a
vehicle bomb is caught before it went off; an armed side seizes civilians' homes, land or harvest.  Near misses stay silent: a truce refused, called for, discussed or named by a participle
("a unilaterally declared truce"), a defection that is a person's past, property named
by its state ("confiscated homes"), a manned aircraft downed, missiles intercepted beside the strike
they belong to.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

AGREEMENT = "Agreement"
CHANGE = "Change to group/activity"
DISRUPTED = "Disrupted weapons use"
LOOTING = "Looting/property destruction"
CLASH = "Armed clash"


def types(extractor: Extractor, text: str) -> set[str]:
    return {e.sub_event_type for e in extractor.extract(text, Document(id="t", published="2019-03-11")).events}


@pytest.mark.parametrize("text, expected", [
    ("Moscow announced a ceasefire in the Idlib de-escalation zone on Saturday, to take effect at midnight.", AGREEMENT),
    ("The army command declared a 72-hour truce in the eastern countryside of Hama on Wednesday, SANA reported.", AGREEMENT),
    ("Rebel factions in Tafas accepted the Russian offer of a ceasefire on Sunday, a negotiator told Enab Baladi.", AGREEMENT),
    ("Clan leaders and the Self-Administration signed a reconciliation document in Shuhayl on Tuesday, ANHA said.", AGREEMENT),
    ("A field commander of Jaysh al-Nasr defected with 40 of his fighters to the regime forces on Thursday, SOHR said.", CHANGE),
    ("A colonel of the air force intelligence defected from the regime army on Monday and reached Idlib, activists said.", CHANGE),
    ("The Thuwar al-Raqqa brigade dissolved itself on Friday and its members joined the National Army.", CHANGE),
    ("Turkish-backed factions said they intercepted two drones of the SDF over Marea on Tuesday.", DISRUPTED),
    ("Hmeimim said its air defences downed three drones launched from the Idlib countryside on Sunday.", DISRUPTED),
    ("Asayish members seized a van packed with explosives at the entrance of Hasakah on Tuesday.", DISRUPTED),
    # (the taxonomy's "weapons seized": spec/taxonomy.md)
    ("The army confiscated rifles and ammunition from a farm near Sukhnah.", DISRUPTED),
    ("Members of the Sultan Suleiman Shah faction seized the olive harvest of residents in Shaykh al-Hadid on Monday.", LOOTING),
    ("Factions of the National Army confiscated the houses of displaced Kurdish families in Jindires on Friday, activists said.", LOOTING),
])
def test_strategic_development_is_read(extractor: Extractor, text: str, expected: str) -> None:
    assert expected in types(extractor, text)


def test_seized_property_is_no_fight(extractor: Extractor) -> None:
    """A faction seizing farmland is a seizure of property, not a headline's capture in battle."""
    found = types(extractor, "Hamza Division seizes farmland of villagers in Raju")
    assert LOOTING in found and CLASH not in found


@pytest.mark.parametrize("text", [
    "The opposition delegation refused to accept the proposal for a ceasefire in Daraa, a member said.",
    "The UN envoy announced that negotiations on a ceasefire would resume in Geneva next week.",
    "Activists called on Moscow to declare a truce in the southern countryside of Idlib.",
    "\"A unilaterally announced six-hour truce is not enough to bring in aid,\" the official said.",
    "Nine people were killed, among them a former officer who had defected from the army to join the rebels.",
    "The brigadier, who defected in 2013, lives in Gaziantep.",
    "The fighters were housed in seized homes on the edge of the town, a resident said.",
    "No group has claimed the downing of the helicopter near Saraqib.",
    "Israeli jets struck a depot near Kisweh at dawn on Monday, and Syrian air defences intercepted several of the missiles, SANA said.",
    "The Russian ministry threatened to shoot down any drone approaching its base.",
])
def test_near_miss_reads_no_strategic_development(extractor: Extractor, text: str) -> None:
    assert not types(extractor, text) & {AGREEMENT, CHANGE, DISRUPTED, LOOTING}
