"""Sub-event types a coder would give (issue 9, family 7; brief types10).

Three families from a fresh FA-KES sample, each with its precision guard:
- a chemical attack told by the rounds that carried its agent ("shells containing toxic
  gasses", "rockets filled with chlorine" after the clause's first "chlorine") is one Chemical
  weapon event, not shelling beside it; rounds and an agent in two attacks of one clause stay two;
- a deal named as the frame of something else ("not party to a truce brokered by X", "through
  a deal brokered by Y", "the terms of a ceasefire reached ...", "a Russian-brokered truce",
  a truce that ends) is no Agreement; a deal reached or brokered on a day stays one;
- the Air Force that "shelled" positions flew an air strike, not shelling beside it; artillery
  that shells in another clause stays shelling.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2016-08-03"))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


@pytest.mark.parametrize(
    "text",
    [
        "A doctor in Kafr Hamra said four people died after artillery shells containing toxic gasses "
        "slammed into the village on Tuesday.",
        "Militants fired rocket shells loaded with toxic materials on the Zahraa district on Tuesday, "
        "causing cases of asphyxiation among 22 residents.",
        "Gunmen fired mortar rounds containing gas on Sheikh Najjar on Monday, and nine workers were "
        "treated for suffocation and dyspnea cases.",
        "Government forces have stepped up chlorine attacks on Harasta and on Monday fired rockets "
        "filled with chlorine at its eastern farms, the monitor said.",
    ],
)
def test_rounds_that_carry_an_agent_are_the_chemical_attack(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Chemical weapon"}


def test_shelling_and_a_gas_attack_in_one_clause_stay_two(extractor: Extractor) -> None:
    result = run(extractor, "Regime artillery shelled Kafr Zita on Monday and rockets filled with "
                            "chlorine hit Latamneh.")
    assert types(result) == {"Shelling/artillery/missile attack", "Chemical weapon"}


def test_gas_rounds_found_in_a_depot_are_no_chemical_attack(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish police found shells containing toxic materials in a depot near "
                            "Qamishli on Sunday, a spokesman said. The depot belonged to a cell that had "
                            "fled the town.")
    assert "Chemical weapon" not in types(result)


def test_asphyxiation_under_rubble_is_no_gas_attack(extractor: Extractor) -> None:
    result = run(extractor, "Two children died of asphyxiation under the rubble after jets bombed Hass "
                            "on Monday.")
    assert types(result) == {"Air/drone strike"}


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Regime jets struck Kafr Nabl on Monday, a town whose factions are not party to a truce "
         "brokered by Moscow and Ankara.", {"Air/drone strike"}),
        ("Fighters who reached Idlib through a deal brokered by Turkey were killed in clashes near "
         "Saraqib on Tuesday.", {"Armed clash"}),
        ("Officials said the shelling of Harasta on Friday broke the terms of a ceasefire reached "
         "between Russia and the rebels.", {"Shelling/artillery/missile attack"}),
        ("A Russian-brokered truce covering Daraa province collapsed on Sunday.", set()),
        ("Moscow and Ankara brokered Idlib truce ends", set()),
    ],
)
def test_a_deal_named_as_a_frame_is_no_agreement(extractor: Extractor, text: str, left: set[str]) -> None:
    assert types(run(extractor, text)) == left


@pytest.mark.parametrize(
    "text",
    [
        "Qatar and Iran brokered a deal on Monday for the evacuation of the besieged town of Madaya.",
        "A truce was brokered by Russia in Daraa on Sunday.",
        "Rebels and government officials reached a ceasefire in Wadi Barada on Friday.",
    ],
)
def test_a_deal_made_on_a_day_stays_an_agreement(extractor: Extractor, text: str) -> None:
    assert types(run(extractor, text)) == {"Agreement"}


def test_the_air_force_that_shells_flies_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "The Air Force shelled ISIS positions in Maadan on Tuesday, the agency added.")
    assert types(result) == {"Air/drone strike"}


def test_artillery_shelling_beside_the_air_force_stays_shelling(extractor: Extractor) -> None:
    result = run(extractor, "The air force bombed Hish on Tuesday, while army artillery units in the hills "
                            "shelled the outskirts of Maar Tamater.")
    assert types(result) == {"Air/drone strike", "Shelling/artillery/missile attack"}
