"""Issue 10: a place a report resolves but attached to no event.  A toll sentence with no
trigger of its own tells where the dead of an already told attack fell, by a place noun
after any verb ("tried to enter the villages of X and Y"), by "near X", or right before the
toll's joined verb ("bombarded a depot in the town of X and killed dozens").  An origin, a
destination, or where a witness or a gunman stood is no such site.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult

_STRIKE = "Turkish warplanes bombed IS positions east of Azaz on Sunday. "


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def sites(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def test_the_villages_the_dead_tried_to_enter_locate_the_attack(extractor: Extractor) -> None:
    result = run(extractor, _STRIKE + "Eleven IS fighters were killed as they attempted to enter the "
                                      "rebel-controlled villages of Tell Rifaat and Kafr Naya, the army said.")
    assert {"Tell Rifaat", "Kafr Naya"} <= sites(result)
    assert {e.sub_event_type for e in result.events} == {"Air/drone strike"}


def test_dead_fallen_near_a_town_locate_the_attack(extractor: Extractor) -> None:
    result = run(extractor, _STRIKE + "Six IS fighters were killed near Tell Rifaat, the army said.")
    assert "Tell Rifaat" in sites(result)


def test_a_site_before_the_toll_in_its_clause_locates_a_second_attack(extractor: Extractor) -> None:
    result = run(extractor, "Rebels shelled the western districts of Aleppo on Friday, killing eight people. "
                            "State media said an army unit bombarded a depot in the town of Rastan and killed "
                            "dozens of fighters.")
    assert "Rastan" in sites(result)


@pytest.mark.parametrize("toll", [
    "Nine civilians from the town of Tell Rifaat were killed, the army said.",
    "The bodies of nine fighters killed in the raids were returned to the town of Tell Rifaat.",
    "A medic in Tell Rifaat saw a dozen wounded fighters arrive at the clinic.",
    "Gunmen positioned in Tell Rifaat fired on a convoy, killing two drivers.",
])
def test_an_origin_or_a_destination_of_the_dead_is_no_site(extractor: Extractor, toll: str) -> None:
    assert "Tell Rifaat" not in sites(run(extractor, _STRIKE + toll))
