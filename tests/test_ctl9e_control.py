"""Control changes in the shapes of brief ctl9e (issue 9): a share or part of a place "taken" ("took
the western part of X", "has taken about 60 percent of X"), a loss named with its taker ("the loss of
X to the army"), control taken with no object right after the place was stormed or entered ("stormed X
and took full control"), a return "to the control of the Syrian state" whose gainer is the state (not the
side the sentence says left), an entry made for a presence ("entered X to set up observation posts"), a
withdrawal under a deal with the state, with the negatives each must keep silent on (fixctl9e: a place
"evacuated by" a side, bare hand-overs and "back in ... hands", possessive shares, failed deals)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"
SDF = "SDF: Syrian Democratic Forces"


def changes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    return sorted((c.place.mention or c.place.name, c.gained_by, c.lost_by) for c in result.control_changes)


def event_types(extractor: Extractor, text: str) -> list[str]:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    return [e.sub_event_type for e in result.events]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Regime forces took the western part of Kafr Hamra at dawn on Wednesday.", "Kafr Hamra", ARMY),
    ("The SDF has taken about 60 percent of Tabqa after nine days of street fighting.", "Tabqa", SDF),
    ("Rebels took most of the village of Tal Hadya in a night raid.", "Tal Hadya", REBELS),
    ("Government troops took the centre of Mayadin on Saturday, a military source said.", "Mayadin", ARMY),
])
def test_a_share_or_part_taken_is_a_change_of_the_place(extractor: Extractor, text: str, place: str,
                                                        gainer: str) -> None:
    assert [(name, gained) for name, gained, _ in changes(extractor, text)] == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "The army took half of the prisoners to Damascus on Monday.",
    "The militants took most of the fuel from the depot in Sukhnah.",
    "Rebels took the rest of the day to regroup near Atarib.",
    "The rebels took half of Saraqeb's water supply for their own use.",
    "The militia took most of Qamishli's grain harvest to Iraq.",
])
def test_a_share_of_things_or_time_taken_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "places", "gainer"), [
    ("The loss of Maarat al-Numan to the army sent thousands fleeing north.", ["Maarat al-Numan"], ARMY),
    ("IS was shaken by the loss of Dabiq and Akhtarin to SDF fighters.", ["Akhtarin", "Dabiq"], SDF),
    ("Opposition websites mourned the loss of Idlib city to government forces on Friday.", ["Idlib city"], ARMY),
])
def test_a_loss_named_with_its_taker(extractor: Extractor, text: str, places: list[str], gainer: str) -> None:
    found = changes(extractor, text)
    assert [name for name, _, _ in found] == places
    assert {gained for _, gained, _ in found} == {gainer}


@pytest.mark.parametrize("text", [
    "The loss of Palmyra was a heavy blow to the government.",
    "The loss of life in Aleppo was staggering, the UN said.",
    "The rebels' loss of their commander to a sniper in Daraa weakened the front.",
])
def test_a_loss_without_its_taker_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The hospital in Saraqeb was evacuated by rescue workers after the air strike.",
    "Hundreds of wounded civilians were evacuated by Turkish troops from Afrin on Sunday.",
])
def test_people_or_buildings_evacuated_are_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Regime troops storm Beit Sawa, take full control", "Beit Sawa", ARMY),
    ("Rebels stormed the village of Mughayr on Monday and took control after two hours of clashes.", "Mughayr", REBELS),
    ("The SDF entered Tal Samin from the east and seized full control by nightfall.", "Tal Samin", SDF),
])
def test_control_taken_with_no_object_is_of_the_place_named_before(extractor: Extractor, text: str, place: str,
                                                                   gainer: str) -> None:
    assert [(name, gained) for name, gained, _ in changes(extractor, text)] == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "The army shelled Douma for a week. The rebels then took control, the monitor said.",
    "Residents of Saraqeb said the council had assumed control, replacing the old mayor.",
    "Government forces are struggling to take control after two weeks of fighting in Jobar.",
    "Police took control of the situation in Jableh after the protest.",
    "Fighters from the Free Syrian Army stormed the police station in Atarib and took control.",
    "IS militants attacked a checkpoint near Sukhnah and took full control after an hour.",
    "Rebels took the Jisr al-Shughur hospital and gained control by nightfall.",
    # the place only says where the side is, or what it stormed
    "Security officers in Latakia took control, state media said, once the riot spread.",
    "In Jarablus, rival factions raided the courthouse and took control.",
    "Near Tadef, SNA fighters attacked a Kurdish convoy and took control.",
])
def test_control_with_no_object_and_no_place_or_side_of_its_own_is_no_change(
        extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


def test_a_return_to_the_state_is_the_state_s_gain_not_the_leaving_side_s(extractor: Extractor) -> None:
    text = "Yarmouk camp returned to the control of the Syrian state after IS fighters left."
    assert changes(extractor, text) == [("Yarmouk camp", ARMY, "Islamic State")]


@pytest.mark.parametrize("text", [
    "A Turkish military convoy entered Idlib province on Sunday to set up observation posts.",
    "Russian military police entered Douma to monitor the evacuation of the fighters.",
    "Army units entered the town of Kisweh to set up checkpoints under the reconciliation deal.",
])
def test_an_entry_for_a_presence_is_no_advance(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Rebel fighters entered Kafr Zita on Friday, said the monitor, which relies on activists to monitor the war.",
     "Kafr Zita", REBELS),
    ("The army entered Hish in a push to establish a buffer zone.", "Hish", ARMY),
    ("SDF fighters entered Tal Abyad and started to set up roadblocks.", "Tal Abyad", SDF),
])
def test_an_entry_with_a_purpose_told_later_stays_an_advance(extractor: Extractor, text: str, place: str,
                                                             gainer: str) -> None:
    assert [(name, gained) for name, gained, _ in changes(extractor, text)] == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "The hamlet of Tal Shihab was evacuated by army units before the rebel assault.",
    "The market in Manbij was evacuated by Kurdish police after a suspicious bag was found.",
    "The barracks at Kuweires were evacuated by regime soldiers as IS closed in.",
    "Zakiyeh was evacuated by the rebels on Tuesday, activists said.",
])
def test_a_place_evacuated_by_a_side_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
    assert "Non-violent transfer of territory" not in event_types(extractor, text)


def test_an_entry_after_the_other_side_left_stays(extractor: Extractor) -> None:
    text = "Government forces entered Qaboun and raised the flag after the rebels surrendered."
    assert [(name, gained) for name, gained, _ in changes(extractor, text)] == [("Qaboun", ARMY)]


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels withdrew from the Qaboun district after a deal with the government.", "Qaboun district"),
    ("The last opposition fighters pulled out of Khan al-Shih under an agreement reached with the Syrian authorities.",
     "Khan al-Shih"),
])
def test_a_side_leaving_under_a_deal_with_the_state_leaves_the_place_to_the_state(
        extractor: Extractor, text: str, place: str) -> None:
    assert changes(extractor, text) == [(place, ARMY, REBELS)]
    assert event_types(extractor, text) == ["Non-violent transfer of territory"]


@pytest.mark.parametrize("text", [
    "Rebels withdrew from the Qaboun district after a week of air strikes.",
    "Government troops pulled out of the Abu Duhur airbase after a deal with the rebels.",
    "Rebels pulled out of Kafr Batna after a deal with the government fell through.",
    "The fighters withdrew from Qaryatayn on Friday after talks on an agreement with the regime stalled.",
])
def test_a_withdrawal_without_a_deal_with_the_state_gives_the_state_nothing(extractor: Extractor, text: str) -> None:
    assert ARMY not in {gained for _, gained, _ in changes(extractor, text)}


@pytest.mark.parametrize("text", [
    "Weapons handed over to government forces in Daraa under the settlement",
    "The bodies of 12 soldiers handed over to the Red Crescent in Homs",
    "The wounded were back in the hands of their families in Hama on Sunday.",
    # no auxiliary: things or rule, not a place, are what is handed over or back in hands
    "Medical supplies for Zabadani delivered to the local hospital",
    "Hundreds of blankets for Rastan handed over to the relief committee",
    "Future of Manbij back in American hands, analysts say",
    "Downed drone over Latakia back in Iranian hands",
])
def test_things_handed_over_or_people_back_in_hands_are_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


def test_now_controls_large_areas_after_a_fight(extractor: Extractor) -> None:
    text = "The SDF now controls large areas of Tabqa after three days of clashes with the jihadists."
    assert [(name, gained) for name, gained, _ in changes(extractor, text)] == [("Tabqa", SDF)]


@pytest.mark.parametrize("text", [
    "Rebels reached the outskirts of the town of Mhardeh but were pushed back.",
    "IS fighters advanced into Deir Hafer before being repelled by army reinforcements.",
    "The army advanced towards Kafr Nabl but was quickly driven back by rebel fire.",
])
def test_an_advance_thrown_back_in_its_sentence_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The SDF advanced into Tabqa but civilians were trapped in the crossfire.",
    "Government forces advanced into Jobar, but the rebels said they had repelled an earlier assault on Zamalka.",
    "The SDF advanced into Karama on Sunday but was pushed back from Hamrat on Monday.",
])
def test_an_advance_followed_by_something_else_stays(extractor: Extractor, text: str) -> None:
    assert len(changes(extractor, text)) == 1
