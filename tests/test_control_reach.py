"""Control changes read from far away (brief s20-types): "the city" or "it" after a control
verb stands for a place named in the last sentences, not one named paragraphs before; and a
capture "two years ago" or "at the start of the uprising" is history.  Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def places(result: ExtractionResult) -> list[str]:
    return [c.place.mention for c in result.control_changes]


def test_the_town_two_sentences_on_is_still_the_town_named(extractor: Extractor) -> None:
    text = ("Bodies of 20 residents were found in Tadef on Saturday. Most of them died during the jihadists' "
            "month-long hold on the town. Government troops regained control of the town on Saturday.")
    assert "Tadef" in places(run(extractor, text))


def test_the_city_four_sentences_on_is_no_longer_a_named_place(extractor: Extractor) -> None:
    text = ("A car bomb killed nine people at a market in Manbij on Monday. "
            "A hospital source said 30 more were wounded. "
            "Medics said several of the wounded were in critical condition. "
            "Local officials appealed for blood donors. "
            "The council said the Kurdish-led forces expanded their control of the city.")
    assert "Manbij" not in places(run(extractor, text))


@pytest.mark.parametrize("history", [
    "The army has besieged Rastan ever since the rebels seized it three years ago.",
    "Rastan was briefly held by the rebels at the start of the uprising before the army recaptured it.",
])
def test_a_capture_long_ago_is_history(extractor: Extractor, history: str) -> None:
    text = f"Air strikes killed four people in the town of Rastan on Monday. {history}"
    assert run(extractor, text).control_changes == []


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


QUIET = " Medics said two fighters were wounded. Schools in the area stayed shut."


def test_a_base_taken_inside_a_town_is_the_town_taken(extractor: Extractor) -> None:
    result = run(extractor, "The factions took control of an army barracks in the town of Morek on Monday." + QUIET)
    assert changes(result) == [("Morek", "Syrian Rebels", "captured")]


@pytest.mark.parametrize("verb", ["advanced to the outskirts of", "reached the entrances of"])
def test_an_advance_to_the_edge_of_a_town_is_an_advance_on_it(extractor: Extractor, verb: str) -> None:
    result = run(extractor, f"Regime forces {verb} Kafr Zita on Monday after heavy fighting." + QUIET)
    assert changes(result) == [("Kafr Zita", "Military Forces of Syria", "advanced")]


def test_a_capture_near_a_town_is_not_the_town(extractor: Extractor) -> None:
    result = run(extractor, "The factions captured the outskirts of Morek on Monday." + QUIET)
    assert ("Morek", "Syrian Rebels", "captured") not in changes(result)


def test_a_side_announcing_a_passive_recapture_claims_it(extractor: Extractor) -> None:
    text = "The army said the villages of Tell Khudr and Zuwayqat had been retaken on Monday." + QUIET
    assert {c[1] for c in changes(run(extractor, text))} == {"Military Forces of Syria"}


def test_a_monitor_announcing_a_passive_capture_claims_nothing(extractor: Extractor) -> None:
    text = "The Observatory said the village of Tell Khudr had been taken on Monday." + QUIET
    assert {c[1] for c in changes(run(extractor, text))} <= {None}
