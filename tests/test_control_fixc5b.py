"""The re-review of fixc5's control rules (brief fixc5b): an evacuated place may be followed by
"city", a direction, a manner or a dash; a withdrawal that hands the town to Russian military
police gives one claim, the state's; a passive hand-over to that police with no side named
returns the place to the state; districts "held by rebels in X" returning to state control are
ground, not people; a place falling to "the government" is the state's.  Sentences and names are
invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-05-21"))


def changes(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"


@pytest.mark.parametrize(("text", "place"), [
    ("Islamic State fighters evacuated Hamrat city on Thursday as Kurdish units advanced.", "Hamrat"),
    ("Islamic State militants evacuated Sukhnah without a fight, activists said.", "Sukhnah"),
    ("Rebel fighters evacuated Rastan towards Jarablus under the surrender deal.", "Rastan"),
    ("Islamic State evacuated Maadan within hours of the Kurdish assault.", "Maadan"),
    ("The rebels evacuated Kafr Batna completely on Monday.", "Kafr Batna"),
    ("Jihadist fighters evacuated Latamneh — a town they had held for years — on Thursday.", "Latamneh"),
    ("Islamic State evacuated Deir Hafer entirely before the army entered.", "Deir Hafer"),
])
def test_an_evacuation_closed_by_a_direction_manner_or_dash_leaves_the_place(
        extractor: Extractor, text: str, place: str) -> None:
    mentions = [m for m, _ in changes(run(extractor, text))]
    assert any(m is not None and m.startswith(place) for m in mentions)


@pytest.mark.parametrize("text", [
    "The YPG withdrew from Darbasiyah on Thursday, handing the town over to Russian military police.",
    "Opposition fighters pulled out of Tafas on Monday, handing the town over to Russian military police.",
])
def test_a_withdrawal_handing_the_town_to_russian_police_gives_the_state_one_claim(
        extractor: Extractor, text: str) -> None:
    result = run(extractor, text)
    assert [g for _, g in changes(result)] == [ARMY]


@pytest.mark.parametrize("text", [
    "The town of Nawa was handed over to Russian military police on Thursday.",
    "Rebels in Quneitra accepted the Russian-brokered deal on Monday. Khan Arnabah was handed over "
    "to Russian military police on Tuesday.",
])
def test_a_passive_hand_over_to_russian_police_returns_the_town_to_the_state(extractor: Extractor, text: str) -> None:
    gainers = [g for _, g in changes(run(extractor, text))]
    assert gainers and set(gainers) == {ARMY}


@pytest.mark.parametrize(("text", "place"), [
    ("The last districts held by rebels in Harasta returned to government control on Wednesday.", "Harasta"),
    ("The neighbourhoods run by the militants in Qadam returned to state control after the buses left.", "Qadam"),
])
def test_ground_held_by_people_in_a_place_returning_to_the_state_is_a_change(
        extractor: Extractor, text: str, place: str) -> None:
    assert (place, ARMY) in changes(run(extractor, text))


def test_people_heading_a_return_still_settle(extractor: Extractor) -> None:
    """Precision guard: fighters in a town returning to the state's authority changed no ground."""
    text = "Dozens of former fighters in Sanamayn returned to the state's authority on Wednesday."
    assert changes(run(extractor, text)) == []


def test_a_place_falling_to_the_government_is_the_states(extractor: Extractor) -> None:
    assert ("Kafr Nabudah", ARMY) in changes(run(extractor, "Kafr Nabudah fell to the government on Thursday "
                                                            "after a week of fighting."))
