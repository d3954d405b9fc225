"""Control claims in the shapes of round 10 (brief ctl9): a side that enters a place to harm
the people there raids it and takes nothing, and the Russian defence ministry's "liberated
the settlement of X"."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-03-14"))


def changes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"


@pytest.mark.parametrize("text", [
    "Jihadist gunmen entered the villages of Aqrab and Tal Dahab on Sunday and carried out a massacre, "
    "a statement by the group said.",
    "Islamic State militants stormed into the village of Umm Hosh, killing at least 17 civilians.",
    "Fighters of the Nusra Front entered the village of Aqrab and executed nine shepherds.",
])
def test_an_entry_to_harm_the_people_there_is_a_raid_not_an_advance(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


def test_an_entry_that_kills_the_other_side_is_still_an_advance(extractor: Extractor) -> None:
    """The precision guard: enemy fighters killed on the way in are no raid on residents."""
    result = run(extractor, "Government troops entered the town of Aqrab and killed 23 Nusra Front militants.")
    assert changes(result) == [("Aqrab", ARMY)]


def test_harm_done_by_another_side_after_the_entry_leaves_the_advance(extractor: Extractor) -> None:
    """The precision guard: "…, and the army shelled it, killing civilians" is not the entering side's raid."""
    result = run(extractor, "Islamic State fighters advanced into the village of Umm Hosh on Monday, and the army "
                            "shelled the village, killing 12 civilians.")
    assert changes(result) == [("Umm Hosh", "Islamic State")]


@pytest.mark.parametrize("text", [
    "Units of the Syrian government army, supported by Russian aircraft, liberated the settlement of Kafr Nabl, "
    "the Russian Defence Ministry said.",
    "Syrian troops liberated the settlements of Kafr Nabl and Tal Dahab from militants on Monday.",
])
def test_a_settlement_liberated_in_the_russian_ministry_s_words(extractor: Extractor, text: str) -> None:
    assert ("Kafr Nabl", ARMY) in changes(run(extractor, text))


def test_a_visit_to_a_settlement_is_no_change(extractor: Extractor) -> None:
    """The precision guard: the noun names a place, the verb still has to tell a change."""
    result = run(extractor, "Russian officers visited the settlement of Kafr Nabl to deliver humanitarian aid.")
    assert changes(result) == []


@pytest.mark.parametrize("text", [
    "Syrian Army Advances in Hama, Kills 12 Terrorists. Army units killed 12 terrorists in Hama northern "
    "countryside on Thursday, a military source said.",
    "IS fighters advanced in northern Hama on Tuesday, killing 12 soldiers, the monitor said of the fighting "
    "in Hama province.",
])
def test_an_advance_in_a_capital_s_name_used_for_its_governorate_is_no_control_place(
        extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place"), [
    ("Rebels advanced in Hama city on Tuesday. Clashes also hit villages in Hama province.", "Hama city"),
    ("Rebels advanced into Hama on Tuesday. Clashes also hit villages in Hama province.", "Hama"),
    ("Rebels advanced in Hama on Tuesday, the monitor said.", "Hama"),
])
def test_an_advance_on_the_city_itself_stays(extractor: Extractor, text: str, place: str) -> None:
    """The precision guard: the city called a city, an advance "into" it, or a report that never
    names the governorate keep the city's advance."""
    assert changes(run(extractor, text)) == [(place, "Syrian Rebels")]


def test_a_handover_to_the_syrian_authorities_is_the_state_s_gain(extractor: Extractor) -> None:
    result = run(extractor, "Militants handed over the town of Dumayr to the Syrian authorities on Monday after "
                            "laying down their arms, the Russian reconciliation centre said.")
    assert changes(result) == [("Dumayr", ARMY)]


def test_a_withdrawal_towards_a_government_held_town_names_no_gainer(extractor: Extractor) -> None:
    """The precision guard: "to the government-held town of Y" is where they went, not who gained."""
    result = run(extractor, "The rebels withdrew from Dumayr to the government-held town of Ruhaibeh.")
    assert changes(result) == [("Dumayr", None)]


def test_a_plural_noun_after_a_list_is_shared_by_its_names(extractor: Extractor) -> None:
    result = run(extractor, "Army units restored security and stability to Tal Sharshouh and Khirbet al-Hasan "
                            "villages in the northern Hama countryside on Tuesday.")
    assert changes(result) == [("Tal Sharshouh", ARMY), ("Khirbet al-Hasan", ARMY)]


@pytest.mark.parametrize("text", [
    "Syrian troops captured Tal Dahab and three Hama villages on Tuesday.",
    "Syrian troops captured Tal Dahab and Hama villages on Tuesday.",
])
def test_counted_or_governorate_villages_after_a_list_are_no_place(extractor: Extractor, text: str) -> None:
    """The precision guard: a count ("three Hama villages") or a governorate's name heads no place."""
    assert changes(run(extractor, text)) == [("Tal Dahab", ARMY)]


@pytest.mark.parametrize("text", [
    "Regime forces and Russian-backed militias took over al-Ruweid in the southern Idlib countryside on Friday.",
    "Regime forces took over al-Ruweid following a week of heavy bombardment, Enab Baladi reported.",
    "Regime forces took over al-Ruweid under heavy Russian air cover on Friday.",
])
def test_an_unknown_name_taken_before_its_governorate_or_a_following_phrase(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == [("al-Ruweid", ARMY)]


def test_an_advance_in_a_governorate_s_countryside_names_no_place(extractor: Extractor) -> None:
    """The precision guard: with no name before it, the governorate is still no control place."""
    result = run(extractor, "Regime forces advanced in the southern Idlib countryside following a week of bombardment.")
    assert changes(result) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Government soldiers advanced steadily against the ISIL in al-Mahr oilfield on Friday, FNA reports.",
     [("al-Mahr oilfield", ARMY)]),
    ("Army troops and their allies are advancing against the militants in Tal Dahab and Aqrab, the sources said.",
     [("Tal Dahab", ARMY), ("Aqrab", ARMY)]),
])
def test_an_advance_against_a_named_side_in_a_place(extractor: Extractor, text: str,
                                                    expected: list[tuple[str, str]]) -> None:
    assert changes(run(extractor, text)) == expected


@pytest.mark.parametrize("text", [
    "The advances against IS group in Aqrab have cost a heavy civilian death toll, the monitor said.",
    "Turkish-backed rebels are advancing against IS, the monitor said.",
])
def test_an_advance_against_a_side_with_no_subject_or_no_place_is_no_change(extractor: Extractor, text: str) -> None:
    """The precision guard: the side advanced on is never the gainer, and a place is needed."""
    assert changes(run(extractor, text)) == []
