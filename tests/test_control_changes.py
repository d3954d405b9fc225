"""Control changes: who took, retook, left or is fighting inside which place."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-10-01"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.lost_by, c.change) for c in result.control_changes]


def test_a_list_of_places_after_the_verb_each_changes_hands(extractor: Extractor) -> None:
    result = run(extractor, "The Islamic State took control of Al-Qaryatayn city, al-Tayba town and Dahek "
                            "mountain after violent clashes with the regime forces on Friday.")
    assert changes(result) == [
        ("Al-Qaryatayn city", "Islamic State", "Military Forces of Syria", "captured"),
        ("al-Tayba town", "Islamic State", "Military Forces of Syria", "captured"),
        ("Dahek mountain", "Islamic State", "Military Forces of Syria", "captured"),
    ]
    assert "Non-state actor overtakes territory" in {e.sub_event_type for e in result.events}


def test_regime_recapture_is_government_regains_territory(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces recaptured Palmyra from ISIS on Sunday after weeks of fighting.")
    assert changes(result) == [("Palmyra", "Military Forces of Syria", "Islamic State", "recaptured")]
    assert "Government regains territory" in {e.sub_event_type for e in result.events}


def test_passive_fell_to_names_the_gainer_after_the_verb(extractor: Extractor) -> None:
    result = run(extractor, "Jarabulus fell to Turkish-backed rebels on Wednesday.")
    assert changes(result)[0][:2] == ("Jarabulus", "SNA: Syrian National Army")


def test_supporters_are_not_the_subject(extractor: Extractor) -> None:
    result = run(extractor, "Pro-regime fighters - backed by Russian air strikes - retook the village of "
                            "Khan Tuman on Saturday.")
    assert [c[1] for c in changes(result)] == ["Pro-Government Militias (Syria)"]


@pytest.mark.parametrize("text", [
    "Regime forces are trying to regain control of Palmyra.",
    "Rebels launched an operation to capture Hama city.",
    "Palmyra, which ISIS seized in 2015, remains largely deserted.",
])
def test_attempts_and_history_are_not_changes(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_fighting_inside_a_place_is_contested_with_no_gainer(extractor: Extractor) -> None:
    result = run(extractor, "Violent clashes are still raging inside Palmyra between regime forces and ISIS.")
    assert changes(result) == [("Palmyra", None, None, "contested")]


def test_withdrawal_names_who_left(extractor: Extractor) -> None:
    result = run(extractor, "Rebel factions withdrew from Khan Shaykhun on Tuesday.")
    [(place, _, lost, change)] = changes(result)
    assert (place, lost, change) == ("Khan Shaykhun", "Syrian Rebels", "withdrew")


def test_the_town_refers_back_to_the_last_named_place(extractor: Extractor) -> None:
    result = run(extractor, "Bodies were found in Al-Qaryatayn. Syrian troops regained control of the town "
                            "on Saturday.")
    assert changes(result)[0][:2] == ("Al-Qaryatayn", "Military Forces of Syria")


def test_unnamed_places_still_make_a_territory_event(extractor: Extractor) -> None:
    result = run(extractor, "ISIS seized several villages northwest of Manbij on Thursday.")
    assert result.control_changes == []
    assert {e.sub_event_type for e in result.events} == {"Non-state actor overtakes territory"}


def test_a_hand_over_is_a_non_violent_transfer(extractor: Extractor) -> None:
    result = run(extractor, "The Islamic State gave up the territory to the Nusra Front on Sunday.")
    assert "Non-violent transfer of territory" in {e.sub_event_type for e in result.events}


def test_passive_recapture_names_the_gainer_after_by(extractor: Extractor) -> None:
    result = run(extractor, "The town of Kafr Nabuda was recaptured by the regime forces on Tuesday after "
                            "fierce clashes with the factions.")
    assert changes(result) == [("Kafr Nabuda", "Military Forces of Syria", "Syrian Rebels", "recaptured")]


def test_between_non_state_groups_the_other_named_group_lost(extractor: Extractor) -> None:
    result = run(extractor, "The SDF took control of the village of al-Shafah after clashes with ISIS.")
    assert changes(result) == [("al-Shafah", "SDF: Syrian Democratic Forces", "Islamic State", "captured")]


def test_a_nominal_capture_belongs_to_the_sentence_subject(extractor: Extractor) -> None:
    result = run(extractor, "The SDF announced the capture of the village of al-Shafah on Sunday.")
    assert changes(result)[0][:2] == ("al-Shafah", "SDF: Syrian Democratic Forces")
