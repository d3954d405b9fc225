"""Control claims of issue 9, round 3 (s24): a descriptor before the organisation it
belongs to ("Kurdish fighters of the SDF") is not a side of its own; the side a list of
places is taken from after the list ("took X from IS"); a holder's stronghold as the
subject of "fell" ("the opposition stronghold fell"), and a bare "fell." closing a clause."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2020-03-11"))


def sides(result: ExtractionResult) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.lost_by, c.change) for c in result.control_changes]


SDF = "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize("text", [
    "Kurdish fighters of the Syrian Democratic Forces captured the village of Umm Tinah on Saturday.",
    "Kurdish fighters from the SDF overran Umm Tinah at dawn, a spokesman said.",
])
def test_a_descriptor_of_the_named_organisation_is_no_loser(extractor: Extractor, text: str) -> None:
    assert [(p, g, lost) for p, g, lost, _ in sides(run(extractor, text))] == [("Umm Tinah", SDF, None)]


def test_the_descriptor_as_parsed_subject_gives_its_organisation(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish fighters of the SDF, backed by coalition jets, stormed and captured "
                            "the village of Umm Tinah from Islamic State.")
    assert sides(result) == [("Umm Tinah", SDF, "Islamic State", "captured")]


def test_the_side_after_the_list_with_from_lost_the_places(extractor: Extractor) -> None:
    result = run(extractor, "Turkish-backed rebels seized Kafr Sajna and Maskanah from the YPG on Wednesday.")
    assert {(p, lost) for p, _, lost, _ in sides(result)} == {
        ("Kafr Sajna", "YPG: People's Protection Units"), ("Maskanah", "YPG: People's Protection Units")}


def test_a_supporter_is_not_the_other_side(extractor: Extractor) -> None:
    result = run(extractor, "Rebel factions, backed by Turkish artillery, took the town of Ain Dibs on Friday.")
    assert sides(result) == [("Ain Dibs", "Syrian Rebels", None, "captured")]


@pytest.mark.parametrize("second", [
    "On Friday the opposition stronghold fell.",
    "The rebel-held town fell on Friday.",
    "The besieged rebel enclave fell to them after a week.",
])
def test_a_holders_stronghold_that_fell_is_the_place_named_before(extractor: Extractor, second: str) -> None:
    result = run(extractor, f"Government troops pounded Kafr Sajna for ten days. {second}")
    assert [(p, g) for p, g, _, change in sides(result) if change == "captured"] == [
        ("Kafr Sajna", "Military Forces of Syria")]


def test_the_holder_of_the_stronghold_lost_it(extractor: Extractor) -> None:
    result = run(extractor, "Government troops pounded Kafr Sajna for ten days. On Friday the opposition stronghold fell.")
    assert sides(result) == [("Kafr Sajna", "Military Forces of Syria", "Syrian Rebels", "captured")]


def test_a_place_that_fell_at_the_end_of_its_sentence_changed_hands(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters attacked Maskanah from three sides. After two days Maskanah fell.")
    assert [(p, g) for p, g, _, _ in sides(result)] == [("Maskanah", "Islamic State")]


@pytest.mark.parametrize("text", [
    "Two rockets fired by the militants at Kafr Sajna fell.",
    "Rebels shelled Kafr Sajna on Monday. Fuel prices in the town fell.",
    "The other town fell silent after the shelling of Kafr Sajna by government troops.",
])
def test_what_fell_on_a_place_or_in_it_is_no_change(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


@pytest.mark.parametrize("text", [
    "Clashes near Maskanah were the fiercest in the area since Kafr Sajna fell.",
    "It is the first visit by officials since Kafr Sajna fell to the rebels in 2015.",
    "Kafr Sajna has been under rebel control since 2012, when fighters seized it from the army.",
])
def test_a_fall_that_only_dates_something_else_is_no_change(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_a_side_losing_the_town_named_before_to_another(extractor: Extractor) -> None:
    result = run(extractor, "Government troops pounded Maskanah for a week. Islamic State lost the town to them "
                            "on Tuesday.")
    assert [(p, lost) for p, _, lost, _ in sides(result)] == [("Maskanah", "Islamic State")]


def test_turkish_backed_militants_are_the_turkish_backed_factions(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish YPG units shelled Maskanah overnight. By noon Turkey-backed militants had seized "
                            "the town of Kafr Sajna.")
    assert [(p, g) for p, g, _, _ in sides(result)] == [("Kafr Sajna", "SNA: Syrian National Army")]


@pytest.mark.parametrize("text", [
    "Rebel fighters stormed the western half of Maskanah after a night of clashes.",
    "Rebel fighters stormed parts of the town of Maskanah overnight.",
])
def test_storming_part_of_a_place_is_an_advance_into_it(extractor: Extractor, text: str) -> None:
    assert sides(run(extractor, text)) == [("Maskanah", "Syrian Rebels", None, "advanced")]


def test_storming_a_whole_place_stays_an_attack(extractor: Extractor) -> None:
    assert run(extractor, "Rebel fighters stormed Maskanah at dawn, killing nine soldiers.").control_changes == []


@pytest.mark.parametrize("text", [
    "The SDF now controls 80 percent of Maskanah after nine days of fighting.",
    "The SDF now holds most of Maskanah after a week-long offensive.",
    "SDF units captured several neighbourhoods in the east of Maskanah on Thursday.",
])
def test_partial_gains_in_a_place_are_its_capture(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _, _ in sides(run(extractor, text))] == [("Maskanah", SDF)]


@pytest.mark.parametrize("text", [
    "SDF units captured several villages in the east of Maskanah on Thursday.",
    "The SDF controls 80 percent of the oil fields, a spokesman said.",
])
def test_places_near_a_town_or_a_bare_share_are_not_the_town(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_a_change_after_but_is_outside_the_earlier_years_aside(extractor: Extractor) -> None:
    result = run(extractor, "Maskanah has been held by Islamic State since 2016 when the group overran the valley "
                            "but government troops this week advanced into the town.")
    assert [(p, g) for p, g, _, _ in sides(result)] == [("Maskanah", "Military Forces of Syria")]


@pytest.mark.parametrize("second", [
    "On Friday they captured the opposition stronghold.",
    "On Friday the army seized the rebel bastion.",
    "The fall of the opposition stronghold came on Friday.",
])
def test_a_holders_stronghold_as_object_is_the_place_named_before(extractor: Extractor, second: str) -> None:
    result = run(extractor, f"Government troops pounded Kafr Sajna for ten days. {second}")
    assert sides(result) == [("Kafr Sajna", "Military Forces of Syria", "Syrian Rebels", "captured")]


def test_a_stand_in_subject_after_an_opening_day_is_the_side_before(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters shelled Maskanah for a week. Late on Sunday they seized the town.")
    assert [(p, g) for p, g, _, _ in sides(result)] == [("Maskanah", "Islamic State")]


def test_a_stand_in_subject_that_only_speaks_takes_nothing(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters shelled Maskanah for a week. On Sunday they said the town was calm.")
    assert result.control_changes == []
