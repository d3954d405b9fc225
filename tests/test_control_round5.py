"""Control claims of issue 9, round 5 (s26), from a count of why real control wording is
missed: a present-tense "manage to" or a causative "forcing ... to withdraw" tells a change
that happened, not a goal; a province taken whole is the change's place (one that only
locates a town is not); any words may describe a settlement before "town of X"; "forces
loyal to President X" are the army; "advance towards X" (SOHR's present tense) is an advance
on X, and the words between "advanced" and its preposition never swallow the place ("advance
near X" is not at X: "advances near Aleppo" is fought in villages outside the city);
"now control most of X" with no fight behind it is a state, not a change; forces "in
cooperation with" or "alongside" the army are its side; "trying to ... and expel X" is a goal."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-04-11"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


ARMY = "Military Forces of Syria"
SDF = "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize(("text", "change"), [
    ("The Kurdish-led SDF manage to advance into the town of Hajin after dawn clashes with IS.", "advanced"),
    ("SDF fighters manages on Monday to take control of the town of Hajin.", "captured"),
])
def test_a_present_tense_manage_to_tells_a_change(extractor: Extractor, text: str, change: str) -> None:
    assert claims(run(extractor, text)) == [("Hajin", SDF, change)]


def test_an_assault_that_enabled_a_side_to_take_a_town_tells_a_capture(extractor: Extractor) -> None:
    result = run(extractor, "A dawn assault by the SDF enabled its units to take control of the town of Hajin.")
    assert claims(result) == [("Hajin", SDF, "captured")]


def test_a_causative_forcing_to_withdraw_tells_a_withdrawal(extractor: Extractor) -> None:
    result = run(extractor, "SDF units pounded the jihadists for a week, forcing IS to withdraw from Hajin on Sunday.")
    assert [(p, c) for p, _, c in claims(result)] == [("Hajin", "withdrew")]


@pytest.mark.parametrize("text", [
    "The army launched an offensive to retake the town of Hajin from the SDF.",
    "SDF commanders said their units aim to capture the town of Hajin within days.",
])
def test_a_goal_infinitive_is_still_no_change(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "gainer"), [
    ("Islamic State fighters drove government troops out of Hasakah province on Tuesday.", "Islamic State"),
    ("The Kurdish-led SDF took full control of Deir ez-Zor province on Monday.", SDF),
])
def test_a_province_taken_whole_is_the_place(extractor: Extractor, text: str, gainer: str) -> None:
    found = claims(run(extractor, text))
    assert len(found) == 1 and found[0][0].endswith("province") and found[0][1] == gainer


@pytest.mark.parametrize(("text", "place"), [
    ("The army seized the village of Jurin in Hama province on Friday.", "Jurin"),
    ("Rebels captured the Idlib province town of Saraqib on Monday.", "Saraqib"),
    ("Government troops seized two villages in Homs province on Friday.", None),
])
def test_a_province_that_only_locates_is_no_place(extractor: Extractor, text: str, place: str | None) -> None:
    assert [p for p, _, _ in claims(run(extractor, text))] == ([place] if place else [])


@pytest.mark.parametrize(("text", "places"), [
    ("Rebels captured the mainly Alawite village of Jurin on Monday.", ["Jurin"]),
    ("Kurdish fighters expelled IS from the flashpoint border town of Kobane.", ["Kobane"]),
    ("Troops seized the predominantly Christian town of Mhardeh and the nearby village of Taybat al-Imam.",
     ["Mhardeh", "Taybat al-Imam"]),
])
def test_words_describing_a_settlement_lead_into_its_name(extractor: Extractor, text: str,
                                                          places: list[str]) -> None:
    assert [p for p, _, _ in claims(run(extractor, text))] == places


def test_weapons_seized_in_a_town_are_no_capture_of_it(extractor: Extractor) -> None:
    assert claims(run(extractor, "IS fighters seized weapons in the town of Mhardeh on Monday.")) == []


@pytest.mark.parametrize("text", [
    "Forces loyal to President Bashar al-Assad recaptured the village of Tell Salma on Monday.",
    "Troops loyal to Assad recaptured the village of Tell Salma on Monday.",
])
def test_forces_loyal_to_the_president_are_the_army(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _ in claims(run(extractor, text))] == [("Tell Salma", ARMY)]


def test_now_controlling_most_of_a_place_is_a_state(extractor: Extractor) -> None:
    text = "Troops loyal to Assad now control most of Maskanah along with the road to the river."
    assert claims(run(extractor, text)) == []


def test_now_holding_most_of_a_place_after_a_fight_is_a_change(extractor: Extractor) -> None:
    result = run(extractor, "Troops loyal to Assad now hold most of Maskanah after four days of fighting.")
    assert [(p, g) for p, g, _ in claims(result)] == [("Maskanah", ARMY)]


@pytest.mark.parametrize("text", [
    "Regime forces advance towards Ithriyah after heavy shelling.",
    "Regime forces advanced in Ithriyah on Thursday.",
    "Regime forces advanced on Thursday into Ithriyah.",
])
def test_an_advance_towards_or_in_a_town_is_at_it(extractor: Extractor, text: str) -> None:
    assert [(p, g, c) for p, g, c in claims(run(extractor, text))] == [("Ithriyah", ARMY, "advanced")]


def test_an_advance_near_a_city_is_not_at_it(extractor: Extractor) -> None:
    assert claims(run(extractor, "Regime forces advance near Ithriyah after heavy shelling.")) == []


def test_an_advance_in_a_governorate_countryside_names_no_place(extractor: Extractor) -> None:
    assert claims(run(extractor, "Regime forces advance in the countryside of Hama after heavy shelling.")) == []


@pytest.mark.parametrize("text", [
    "Army units in cooperation with supporting and allied forces established full control over the village of "
    "Tell Salma on Monday.",
    "Army units alongside allied militias took the village of Tell Salma on Monday.",
])
def test_forces_working_with_the_army_are_its_side_not_the_taker(extractor: Extractor, text: str) -> None:
    assert [(p, g) for p, g, _ in claims(run(extractor, text))] == [("Tell Salma", ARMY)]


def test_a_second_verb_joined_to_an_attempt_is_no_change(extractor: Extractor) -> None:
    text = "Fighting inside Hajin goes on and the regime forces are trying to push deeper into the town and expel IS from it."
    assert [c for _, _, c in claims(run(extractor, text))] == ["contested"]
