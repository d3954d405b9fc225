"""Control claims in outlet shapes of round 9 (brief ctl5): declared lists, a list headed by
its region ("the Idlib villages of X and Y"), hand-overs to a guarantor's police, a return to
the state's rule, a side evacuating a place, and names that open with "al-"."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-04-16"))


def changes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"


def test_a_declared_list_of_towns_in_a_region_is_cleared_by_the_declaring_side(extractor: Extractor) -> None:
    result = run(extractor, "Army command declared the western Qalamoun towns of Rankous, Hosh Arab and "
                            "Assal al-Ward free of terrorists on Sunday.")
    assert changes(result) == [("Rankous", ARMY), ("Hosh Arab", ARMY), ("Assal al-Ward", ARMY)]


def test_villages_declared_liberated_are_captured(extractor: Extractor) -> None:
    result = run(extractor, "Government troops declared the villages of Umm Mayal and Tell Dakwa liberated "
                            "on Sunday after sweeping the area.")
    assert changes(result) == [("Umm Mayal", ARMY), ("Tell Dakwa", ARMY)]


def test_a_promise_to_liberate_declared_places_is_no_change(extractor: Extractor) -> None:
    """Precision guard: a declaration that places will be freed tells a plan, not a capture."""
    result = run(extractor, "The army declared that the villages of Umm Mayal and Tell Dakwa would be "
                            "liberated within days.")
    assert changes(result) == []


def test_the_region_heading_a_list_of_villages_only_locates_them(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces seized the southern Idlib villages of Sukayk and Tamanaah on Sunday.")
    assert changes(result) == [("Sukayk", ARMY), ("Tamanaah", ARMY)]


def test_a_region_after_the_named_villages_is_not_taken_with_them(extractor: Extractor) -> None:
    """Precision guard (it passes on the code before round 9 too): with the villages named first,
    the region after them ("in southern Idlib") only locates them, as it did before the list-head rule."""
    result = run(extractor, "Regime forces seized the villages of Sukayk and Tamanaah in southern Idlib on Sunday.")
    assert changes(result) == [("Sukayk", ARMY), ("Tamanaah", ARMY)]


def test_a_hand_over_to_russian_military_police_is_a_gain_for_the_state(extractor: Extractor) -> None:
    result = run(extractor, "The rebels handed Jasim over to Russian military police on Sunday under "
                            "the surrender terms.")
    assert changes(result) == [("Jasim", ARMY)]


def test_russian_troops_entering_a_town_stay_russian(extractor: Extractor) -> None:
    """Precision guard: only the guarantor's police stand for the state, not its army."""
    result = run(extractor, "Russian troops entered the town of Mahin after the militants withdrew from it.")
    assert ("Mahin", "Military Forces of Russia") in changes(result)


def test_a_town_returned_to_the_states_authority_is_the_states(extractor: Extractor) -> None:
    result = run(extractor, "Under the settlement, Harbnafsah returned to the state's authority on Sunday.")
    assert changes(result) == [("Harbnafsah", ARMY)]


def test_a_return_to_rebel_rule_is_no_gain_for_the_state(extractor: Extractor) -> None:
    """Precision guard: the state is read from the words only when they name it."""
    result = run(extractor, "Harbnafsah returned to rebel control on Sunday after a night of fighting.")
    assert ARMY not in [g for _, g in changes(result)]


def test_a_side_evacuating_a_town_leaves_it_to_its_foe(extractor: Extractor) -> None:
    result = run(extractor, "Faylaq al-Rahman fighters evacuated Arbin on Sunday, leaving the town to "
                            "government troops.")
    assert changes(result) == [("Arbin", ARMY)]


def test_people_evacuated_from_a_town_are_no_change(extractor: Extractor) -> None:
    """Precision guard: evacuating a place's sick or its residents moves people, not the front."""
    result = run(extractor, "The Red Crescent evacuated Kafraya residents to Latakia on Sunday while army "
                            "units shelled the area.")
    assert changes(result) == []


def test_a_name_opening_with_al_is_the_object_of_wrested(extractor: Extractor) -> None:
    result = run(extractor, "Rebel factions wrested al-Mansoura from regime forces on Sunday night.")
    assert changes(result) == [("al-Mansoura", "Syrian Rebels")]


def test_a_name_with_a_plural_place_noun_is_no_single_place(extractor: Extractor) -> None:
    """ "two Raqqa villages", "four tribal towns had fallen": several places the report does not name."""
    result = run(extractor, "Jihadists overran two Raqqa villages on Tuesday. Three Shaitat towns had fallen "
                            "to the militants by Wednesday, a tribal elder said.")
    assert changes(result) == []


def test_a_named_place_after_a_plural_list_is_still_taken(extractor: Extractor) -> None:
    """Precision guard: the plural mention is dropped, not the named place beside it."""
    result = run(extractor, "Islamic State fighters overran two Raqqa villages and the town of Maadan on Tuesday.")
    assert ("Maadan", "Islamic State") in changes(result)
