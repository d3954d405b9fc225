"""Control claims of issue 9, round 2 (s23): the bare "opposition" and "jihadist groups" as
the side that took a place, a settlement noun standing for the place named before as the
subject of a passive verb ("the town had fallen"), and the look-alikes that are no change
("the opposition accused ...", "the town fell into darkness")."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-05-22"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize("text", [
    "The opposition seized Kafr Hamra after a night of heavy fighting.",
    "Monitors said the armed opposition had captured the village of Kafr Hamra on Sunday.",
    "The opposition quickly overran Kafr Hamra, a local activist said.",
])
def test_the_bare_opposition_as_subject_is_the_rebel_side(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == [("Kafr Hamra", "Syrian Rebels", "captured")]


@pytest.mark.parametrize("text", [
    "The opposition accused the army of shelling Kafr Hamra on Monday.",
    "The opposition delegation arrived in Kafr Hamra for talks on Monday.",
])
def test_the_opposition_that_speaks_or_travels_takes_nothing(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_jihadist_groups_with_no_group_named_before_are_the_rebel_side(extractor: Extractor) -> None:
    result = run(extractor, "Jihadist groups stormed and seized the town of Deir Sunbul after an assault on army posts.")
    assert [(c.place.mention, c.gained_by) for c in result.control_changes] == [("Deir Sunbul", "Syrian Rebels")]


def test_jihadist_groups_after_islamic_state_are_islamic_state(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State launched an offensive near Palmyra on Friday. "
                            "Jihadist militants seized the village of Arak on Saturday.")
    assert ("Arak", "Islamic State", "captured") in claims(result)


@pytest.mark.parametrize("second", [
    "The town had fallen by nightfall.",
    "By nightfall the town had fallen to them.",
    "The village was captured before dawn, a local source said.",
])
def test_a_settlement_noun_before_a_passive_verb_is_the_place_named_before(extractor: Extractor, second: str) -> None:
    result = run(extractor, f"Rebel factions attacked army posts around Tell Hawash on Thursday. {second}")
    assert claims(result) == [("Tell Hawash", "Syrian Rebels", "captured")]


@pytest.mark.parametrize("second", [
    "The town fell into darkness after the power station was hit.",
    "The town fell silent by morning.",
])
def test_a_town_that_falls_into_darkness_or_silence_changes_no_hands(extractor: Extractor, second: str) -> None:
    result = run(extractor, f"Rebel factions shelled army posts around Tell Hawash on Thursday. {second}")
    assert result.control_changes == []


def test_the_fall_of_a_stronghold_is_lost_by_its_holder_and_won_by_the_side_named_before(extractor: Extractor) -> None:
    result = run(extractor, "Government helicopters dropped barrels on Rankous on Tuesday. "
                            "The raids followed the fall of Flitah, a key rebel stronghold near the border.")
    assert [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes] == [
        ("Flitah", "Military Forces of Syria", "Syrian Rebels")]


def test_an_opposition_bastion_names_the_loser_and_no_taker_by_itself(extractor: Extractor) -> None:
    result = run(extractor, "Fighting eased after the fall of Flitah, a key opposition bastion near the border.")
    assert [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes] == [
        ("Flitah", None, "Syrian Rebels")]


def test_a_plain_apposition_names_no_holder(extractor: Extractor) -> None:
    result = run(extractor, "Fighting eased after the fall of Flitah, a farming village near the border.")
    assert [(c.gained_by, c.lost_by) for c in result.control_changes] == [(None, None)]


@pytest.mark.parametrize("text", [
    "Residents called on the SDF to “liberate Kafr Hamra” from the militants.",
    "Eleven soldiers died near Kafr Hamra during the army's attempt to advance into the village.",
    "Shells hit the camp where families who were taken out of Kafr Hamra by the rebels now live.",
])
def test_a_call_an_attempt_and_people_taken_out_change_no_hands(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_an_advance_named_after_a_possessive_is_still_an_advance(extractor: Extractor) -> None:
    result = run(extractor, "The army's rapid advance into Kafr Hamra cut the rebels' last road on Friday.")
    assert [(c.place.mention, c.gained_by, c.change) for c in result.control_changes] == [
        ("Kafr Hamra", "Military Forces of Syria", "advanced")]


@pytest.mark.parametrize(("second", "taker"), [
    ("The fall of the town on Sunday left the rebels with no foothold in the area.", "Military Forces of Syria"),
    ("The fall of the town to the rebels on Sunday surprised observers.", "Syrian Rebels"),
])
def test_the_fall_of_the_town_reads_the_town_named_before(extractor: Extractor, second: str, taker: str) -> None:
    result = run(extractor, f"Regime forces pounded Kafr Hamra for a week. {second}")
    assert [(c.place.mention, c.gained_by, c.change) for c in result.control_changes] == [
        ("Kafr Hamra", taker, "captured")]


def test_the_fall_of_the_town_as_a_prospect_is_no_change(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces pounded Kafr Hamra for a week. The fall of the town would open the road north.")
    assert result.control_changes == []


def test_a_stronghold_apposition_without_its_comma_still_names_the_holder(extractor: Extractor) -> None:
    result = run(extractor, "Fighting eased after the fall of Talbiseh a key rebel stronghold near the border.")
    assert [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes] == [
        ("Talbiseh", None, "Syrian Rebels")]


def test_an_sdf_component_called_army_is_not_the_state_army(extractor: Extractor) -> None:
    result = run(extractor, "Fighters of the Army of Revolutionaries captured the village of Tannab on Monday.")
    assert [(c.place.mention, c.gained_by) for c in result.control_changes] == [
        ("Tannab", "SDF: Syrian Democratic Forces")]


def test_us_backed_fighters_who_push_a_group_out_take_the_place(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State militants have been pushed out of Tal Hamra by US-backed fighters.")
    assert [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes] == [
        ("Tal Hamra", "SDF: Syrian Democratic Forces", "Islamic State")]
