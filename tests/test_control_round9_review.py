"""The review of round 9's control rules (brief fixc5): a side "evacuated X" only where X is a
name closing the object, a hand-over to Russian military police gives the state the ground
only when a side against the state hands it over, a return to "authority", "sovereignty" or
"rule" names the state or no change, and "al-" names in the capital-only rules."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-04-16"))


def changes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


def sides(result: ExtractionResult) -> list[tuple[str | None, str | None, str | None]]:
    return [(c.place.mention, c.gained_by, c.lost_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"
RUSSIA = "Military Forces of Russia"


@pytest.mark.parametrize("text", [
    "Government troops evacuated Saraqib General Hospital on Friday after jihadist rocket fire.",
    "Regime units evacuated Maarat al-Numan's municipal offices as the rebels closed in.",
    "Russian soldiers evacuated Shayrat airbase technicians after the American missile strike.",
])
def test_a_place_name_modifying_what_was_evacuated_is_no_place_left(extractor: Extractor, text: str) -> None:
    """A hospital, a town's offices, a base's staff: the object is not the place named first."""
    assert changes(run(extractor, text)) == []


def test_a_side_evacuating_two_named_towns_leaves_both(extractor: Extractor) -> None:
    """Precision guard: names closed by "and" and a comma are the places left."""
    result = run(extractor, "Jaish al-Islam fighters evacuated Zamalka and Hazza on Friday, leaving the towns "
                            "to government troops.")
    assert changes(result) == [("Zamalka", ARMY), ("Hazza", ARMY)]


def test_a_side_evacuating_its_airbase_leaves_it(extractor: Extractor) -> None:
    """Precision guard: a military site after the name is still the place left."""
    result = run(extractor, "Regime troops evacuated Abu al-Duhur airbase on Tuesday as the jihadists pressed "
                            "their assault.")
    assert [(p, lost) for p, _, lost in sides(result)] == [("Abu al-Duhur airbase", ARMY)]


def test_the_state_handing_a_town_to_russian_police_leaves_it_to_russia(extractor: Extractor) -> None:
    """The state's own troops handing over: the police's side gains, the state loses."""
    result = run(extractor, "Syrian troops handed Khan Shaykhun over to Russian military police on Wednesday.")
    assert sides(result) == [("Khan Shaykhun", RUSSIA, ARMY)]


def test_a_withdrawal_handing_over_to_russian_police_is_no_gain_for_the_side_leaving(extractor: Extractor) -> None:
    result = run(extractor, "Government forces pulled out of Kobani on Friday, handing it over to Russian "
                            "military police.")
    assert sides(result) == [("Kobani", RUSSIA, ARMY)]


@pytest.mark.parametrize("text", [
    "Russian military police units entered Mayadin on Wednesday to secure the road, Moscow said.",
    "Russian military police entered Tabqa on Friday after American troops withdrew from the city.",
])
def test_russian_police_entering_a_town_are_russia(extractor: Extractor, text: str) -> None:
    """Only a hand-over to the police by a side against the state returns ground to the state."""
    gainers = [g for _, g in changes(run(extractor, text))]
    assert gainers and set(gainers) == {RUSSIA}


def test_people_returning_to_the_states_authority_are_no_change(extractor: Extractor) -> None:
    result = run(extractor, "Scores of former fighters in Inkhil returned to the state's authority after "
                            "the amnesty.")
    assert changes(result) == []


@pytest.mark.parametrize("text", [
    "Nawa returned to civilian rule on Friday.",
    "Quneitra returned to Syrian sovereignty in the minister's address.",
])
def test_a_return_to_no_sides_rule_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "Nawa returned to the sovereignty of the Syrian state on Friday.",
    "Nawa returned to Syrian government control on Friday.",
])
def test_a_return_to_the_state_named_around_control_words_is_the_states(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == [("Nawa", ARMY)]


def test_the_state_named_by_the_return_outranks_the_speaker(extractor: Extractor) -> None:
    """The side whose rule the words name gains, not the side quoted saying so."""
    result = run(extractor, "Rebel commanders said Nawa returned to state authority on Friday.")
    assert changes(result) == [("Nawa", ARMY)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The army lost al-Qaryatayn on Tuesday after an Islamic State assault.", ("al-Qaryatayn", "Islamic State")),
    ("Rebels freed al-Hamidiyah from the regime on Sunday.", ("al-Hamidiyah", "Syrian Rebels")),
    ("Islamic State militants occupied al-Sukhnah on Sunday.", ("al-Sukhnah", "Islamic State")),
])
def test_a_name_opening_with_al_is_read_by_the_capital_only_rules(extractor: Extractor, text: str,
                                                                  expected: tuple[str, str]) -> None:
    assert changes(run(extractor, text)) == [expected]
