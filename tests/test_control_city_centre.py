"""An advance or a capture whose object is the middle of the place named just before ("advanced
into the heart of the town", "pressed their advance in the centre of the city", issue 9, real42):
"the centre of the town" stands for that town, as "the town" and "the town centre of X" do.  A
centre where nothing is taken (shops reopening, a bomb going off, aid arriving) is no change."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-06-21"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize("text, place, side", [
    ("Seven IS militants were killed in Tabqa on Tuesday as the SDF pressed their advance in the centre of the city, "
     "Hawar news agency said.", "Tabqa", "SDF: Syrian Democratic Forces"),
    ("Government troops encircled al-Qaryatayn on Tuesday and advanced into the heart of the town by nightfall, "
     "SANA said.", "al-Qaryatayn", "Military Forces of Syria"),
    ("Rebels besieged Khan Touman for three days. On Tuesday the rebels advanced towards the middle of the village, "
     "the Observatory said.", "Khan Touman", "Syrian Rebels"),
])
def test_an_advance_into_the_middle_of_the_place_named_before_is_at_that_place(
        extractor: Extractor, text: str, place: str, side: str) -> None:
    assert (place, side, "advanced") in claims(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Markets reopened in the centre of the city on Tuesday, two weeks after the battle for Tabqa ended, ANHA said.",
    "A motorcycle bomb went off in the centre of the town of Jarablus on Tuesday, killing three people.",
    "Relief convoys entered Talbiseh on Tuesday and reached the heart of the town by noon, the Red Crescent said.",
    "Government shells fell in the middle of the city of Idlib on Tuesday, wounding six people, activists said.",
])
def test_a_centre_where_nothing_is_taken_is_no_change(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []
