"""More shapes of the control families (issue 9): sweeping or breaking into a place, a
side's advance told as a possessive noun, a place lost to a named side, a place back in
a side's hands, a place abandoned after an assault, a place secured, a side named with
its nationality after "by"; and the stative and "secured" readings that are no change."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-06-20"))


def won(result: ExtractionResult) -> list[tuple[str, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


@pytest.mark.parametrize("verb", ["swept into", "broke into", "rolled into", "poured into"])
def test_moving_into_a_place_is_an_advance(extractor: Extractor, verb: str) -> None:
    result = run(extractor, f"Government troops {verb} Kafr Nubl on Wednesday after days of air raids.")
    assert [(c.place.mention, c.gained_by, c.change) for c in result.control_changes] == [
        ("Kafr Nubl", "Military Forces of Syria", "advanced")]


def test_a_possessive_advance_on_a_town(extractor: Extractor) -> None:
    result = run(extractor, "The Kurdish-led SDF's slow advance on Hajin stalled on Tuesday amid sandstorms.")
    assert won(result) == [("Hajin", "SDF: Syrian Democratic Forces")]


def test_a_town_lost_to_a_named_side(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State lost Al-Bukamal to pro-government militias backed by Iran, "
                            "a commander told reporters.")
    assert [(c.place.mention, c.lost_by) for c in result.control_changes] == [("Al-Bukamal", "Islamic State")]
    assert result.control_changes[0].gained_by is not None


def test_losing_a_relative_is_no_loss_of_ground(extractor: Extractor) -> None:
    result = run(extractor, "The commander lost Ahmad to a sniper last year.")
    assert result.control_changes == []


@pytest.mark.parametrize("phrase", ["is back in the hands of", "is now back under the control of"])
def test_a_town_back_in_a_sides_hands(extractor: Extractor, phrase: str) -> None:
    result = run(extractor, f"After four days of clashes, the town of Khan Shaykhun {phrase} the rebels.")
    assert [(c.place.mention, c.gained_by, c.change) for c in result.control_changes] == [
        ("Khan Shaykhun", "Syrian Rebels", "recaptured")]


def test_a_garrison_forced_to_abandon_a_town_after_an_assault(extractor: Extractor) -> None:
    result = run(extractor, "A regime garrison was forced to abandon Kafr Zita on Tuesday after a "
                            "dawn assault by Hayat Tahrir al-Sham.")
    assert won(result) == [("Kafr Zita", "HTS: Hayat Tahrir al-Sham")]


def test_securing_a_named_town(extractor: Extractor) -> None:
    result = run(extractor, "Turkish-backed rebels secured the town of Jindires on Wednesday.")
    assert [c.place.mention for c in result.control_changes] == ["Jindires"]


def test_securing_a_release_is_no_capture(extractor: Extractor) -> None:
    result = run(extractor, "Mediators from Qatar secured the release of nine hostages held near Idlib.")
    assert result.control_changes == []


def test_a_nationality_between_by_and_the_side_that_retook_a_place(extractor: Extractor) -> None:
    result = run(extractor, "Tal Tamr was retaken late on Monday by Kurdish YPG fighters.")
    assert won(result) == [("Tal Tamr", "YPG: People's Protection Units")]


def test_a_long_held_town_is_no_change(extractor: Extractor) -> None:
    result = run(extractor, "The rebels have held Douma since 2013, and army guns shelled it on Tuesday.")
    assert result.control_changes == []


def test_an_advance_that_continued_happened(extractor: Extractor) -> None:
    result = run(extractor, "Regime troops continued to advance into Kafr Nubl on Wednesday.")
    assert won(result) == [("Kafr Nubl", "Military Forces of Syria")]


def test_an_advance_still_to_be_tried_is_no_change(extractor: Extractor) -> None:
    result = run(extractor, "Regime troops are expected to try to advance into Kafr Nubl.")
    assert result.control_changes == []


def test_the_town_is_the_one_taken_not_the_province_that_located_it(extractor: Extractor) -> None:
    result = run(extractor, "Government troops retook the town of Al-Sukhnah in Homs on Monday. Seizing the town, "
                            "which lies in eastern Homs, opened the road to the Euphrates valley.")
    assert [(c.place.mention, c.gained_by) for c in result.control_changes] == [
        ("Al-Sukhnah", "Military Forces of Syria")]


def test_a_place_recently_seized_by_a_side(extractor: Extractor) -> None:
    result = run(extractor, "A child died after a strike on the Sheikh Saeed district recently seized by the rebels "
                            "from government forces.")
    assert [(c.place.mention.removesuffix(" district"), c.gained_by) for c in result.control_changes] == [
        ("Sheikh Saeed", "Syrian Rebels")]


def test_controlled_after_clashes_is_a_capture(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces controlled the village of Kafr Nubl after violent clashes with the factions.")
    assert won(result) == [("Kafr Nubl", "Military Forces of Syria")]


def test_by_controlling_a_village(extractor: Extractor) -> None:
    result = run(extractor, "The SDF widened their hold on the valley by controlling the village of Al-Kishkiyah.")
    assert won(result) == [("Al-Kishkiyah", "SDF: Syrian Democratic Forces")]


def test_becoming_in_control_of_a_town(extractor: Extractor) -> None:
    result = run(extractor, "The factions became in full control of Kafr Nubl after two days of fighting.")
    assert won(result) == [("Kafr Nubl", "Syrian Rebels")]


def test_progress_in_a_town_is_an_advance(extractor: Extractor) -> None:
    result = run(extractor, "The factions made fresh progress in Kafr Nubl on Tuesday.")
    assert [(c.place.mention, c.change) for c in result.control_changes] == [("Kafr Nubl", "advanced")]


def test_a_town_held_for_years_is_no_capture(extractor: Extractor) -> None:
    result = run(extractor, "The rebels controlled Kafr Nubl for three years before the army offensive of 2019.")
    assert result.control_changes == []


@pytest.mark.parametrize("name", ["Tell Sultan", "Tal Hamam"])
def test_a_generic_head_makes_an_unknown_name_of_any_word(extractor: Extractor, name: str) -> None:
    result = run(extractor, f"The regime forces recovered the village of {name} on Wednesday.")
    assert won(result) == [(name, "Military Forces of Syria")]


def test_ground_seized_where_a_place_is(extractor: Extractor) -> None:
    result = run(extractor, "Reporters who toured Salah al-Din, where rebels seized ground on Monday, found empty streets.")
    assert won(result) == [("Salah al-Din", "Syrian Rebels")]


def test_weapons_seized_where_a_place_is_are_no_ground(extractor: Extractor) -> None:
    result = run(extractor, "Reporters who toured Salah al-Din, where rebels seized rifles on Monday, found empty streets.")
    assert result.control_changes == []


@pytest.mark.parametrize("text", [
    "Jihadists of the Islamic State are firmly in control of Deir ez-Zor, their last city.",
    "Families went back to eastern Kafr Nubl, which completely fell to regime forces.",
])
def test_a_held_place_is_no_change(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_a_stated_hold_after_fighting_is_a_change(extractor: Extractor) -> None:
    result = run(extractor, "The SDF are in full control of Al-Kishkiyah following two days of clashes.")
    assert won(result) == [("Al-Kishkiyah", "SDF: Syrian Democratic Forces")]


def test_managed_with_a_day_before_the_infinitive(extractor: Extractor) -> None:
    result = run(extractor, "Regime troops managed on Wednesday to regain the village of Kafr Nubl.")
    assert won(result) == [("Kafr Nubl", "Military Forces of Syria")]


def test_a_flag_raised_over_a_town(extractor: Extractor) -> None:
    result = run(extractor, "Fighters of the Syrian Democratic Forces raised their flag over the centre of Al-Kishkiyah.")
    assert won(result) == [("Al-Kishkiyah", "SDF: Syrian Democratic Forces")]


def test_the_last_pockets_cleared_in_a_town(extractor: Extractor) -> None:
    result = run(extractor, "By Wednesday night the SDF had cleared the last pockets of ISIS fighters in Al-Kishkiyah.")
    assert won(result) == [("Al-Kishkiyah", "SDF: Syrian Democratic Forces")]


def test_reaching_the_heart_of_a_town_is_an_advance(extractor: Extractor) -> None:
    result = run(extractor, "Government troops have reached the heart of Kafr Nubl, state media said.")
    assert [(c.place.mention, c.change) for c in result.control_changes] == [("Kafr Nubl", "advanced")]


def test_a_nominal_capture_with_its_day_and_an_unknown_village(extractor: Extractor) -> None:
    result = run(extractor, "The army's capture on Tuesday of Al-Marj, a hamlet west of Hama, cut a rebel road.")
    assert won(result) == [("Al-Marj", "Military Forces of Syria")]


@pytest.mark.parametrize(("verb", "change"), [
    ("reclaimed", "recaptured"), ("won control of", "captured"), ("assumed full control of", "captured"),
    ("took hold of", "captured"), ("gained ground in", "advanced"), ("penetrated", "advanced"),
    ("swept through", "advanced"), ("chased the regime militias out of", "captured"),
])
def test_synonyms_of_the_control_verbs(extractor: Extractor, verb: str, change: str) -> None:
    result = run(extractor, f"Opposition fighters {verb} Kafr Nubl on Wednesday.")
    assert [(c.place.mention, c.gained_by, c.change) for c in result.control_changes] == [
        ("Kafr Nubl", "Syrian Rebels", change)]


def test_vacating_a_town_loses_it(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters vacated Kafr Nubl on Wednesday.")
    assert [(c.place.mention, c.lost_by, c.change) for c in result.control_changes] == [
        ("Kafr Nubl", "Islamic State", "withdrew")]


@pytest.mark.parametrize("text", [
    "The rebels reclaimed the bodies of their fighters near Kafr Nubl.",
    "A new mayor assumed control of the council in Kafr Nubl.",
])
def test_synonyms_with_no_place_as_object_tell_no_change(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_having_taken_a_named_village(extractor: Extractor) -> None:
    result = run(extractor, "Opposition fighters have taken the village of Kafr Nubl after heavy fighting.")
    assert won(result) == [("Kafr Nubl", "Syrian Rebels")]


def test_people_taken_to_a_town_are_no_capture(extractor: Extractor) -> None:
    assert run(extractor, "The wounded had been taken to Kafr Nubl for treatment.").control_changes == []


def test_the_side_a_relative_clause_fights_is_not_the_subject(extractor: Extractor) -> None:
    result = run(extractor, "Regime troops, which were fighting Islamic State militants, captured Kafr Nubl on Monday.")
    assert won(result) == [("Kafr Nubl", "Military Forces of Syria")]


def test_a_town_that_fell_after_a_sides_assault(extractor: Extractor) -> None:
    result = run(extractor, "Kafr Nubl fell late on Tuesday after a two-day Islamic State assault.")
    assert won(result) == [("Kafr Nubl", "Islamic State")]


def test_shells_that_fell_are_no_fall_of_a_town(extractor: Extractor) -> None:
    assert run(extractor, "Rockets fired from Idlib fell on Tuesday near Kafr Nubl.").control_changes == []


def test_a_town_lost_after_a_sides_assault(extractor: Extractor) -> None:
    result = run(extractor, "The regime army lost Kafr Nubl on Tuesday after a rebel offensive.")
    assert [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes] == [
        ("Kafr Nubl", "Syrian Rebels", "Military Forces of Syria")]


def test_a_day_between_the_verb_and_its_object(extractor: Extractor) -> None:
    result = run(extractor, "Opposition fighters captured on Tuesday the village of Kafr Nubl and two hills.")
    assert won(result) == [("Kafr Nubl", "Syrian Rebels")]


def test_two_places_before_one_passive_verb(extractor: Extractor) -> None:
    result = run(extractor, "Kafr Nubl and Morek were overrun by Hayat Tahrir al-Sham on Tuesday.")
    assert won(result) == [("Kafr Nubl", "HTS: Hayat Tahrir al-Sham"), ("Morek", "HTS: Hayat Tahrir al-Sham")]


def test_the_subject_of_an_opening_adjunct_is_the_main_clauses(extractor: Extractor) -> None:
    result = run(extractor, "After capturing Kafr Nubl on Tuesday, the Syrian army moved on towards Hass.")
    assert won(result)[0] == ("Kafr Nubl", "Military Forces of Syria")


def test_a_besieged_place_taken(extractor: Extractor) -> None:
    result = run(extractor, "Opposition fighters finally overran the besieged town of Kafr Nubl on Tuesday.")
    assert won(result) == [("Kafr Nubl", "Syrian Rebels")]
