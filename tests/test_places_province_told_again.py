"""Event places (issue 11): "the province" named again without its name.  A tally told for a
province over days ("air raids have killed 61 people in the eastern province over the past
week") is about the governorate the report last named, not an event in the town it last named;
placed there (precision 4) it stays an event of its own, dated by its period, beside the day's
strike on the town.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-05-02"))


def tally_place(result: ExtractionResult, value: int) -> tuple[str | None, int | None]:
    """Where the event of the claim of ``value`` dead is, and at which precision."""
    claim = next(c for c in result.casualties if c.count.value == value)
    event = next((e for e in result.events if e.id == claim.event), None)
    location = event.location if event is not None else None
    return (location.name, location.precision) if location is not None else (None, None)


@pytest.mark.parametrize(("text", "value", "governorate"), [
    ("Rebels shelled Mhardeh in Hama province on Monday, killing three. The shelling has killed 11 people in "
     "the province since Friday.", 11, "Hama"),
    ("Government forces bombed Douma in Rif Dimashq governorate on Sunday, killing four. Air strikes have "
     "killed 52 people across the governorate since Wednesday.", 52, "Rif Dimashq"),
    ("Deir Ezzor province saw fierce fighting. Warplanes bombed Mayadin on Tuesday, killing nine. Air raids "
     "have killed 61 people in the eastern province over the past week.", 61, "Deir ez-Zor"),
    ("Rebels in Idlib province rejected the truce. Government forces shelled Hama city on Monday killing four. "
     "Since Friday air strikes have killed 30 people in the province.", 30, "Hama"),
    ("Gunmen attacked Sanamayn in Daraa province on Monday. Government forces shelled Homs city on Tuesday "
     "killing two. Since Sunday clashes have killed 25 fighters across the province.", 25, "Homs"),
])
def test_a_tally_for_the_province_is_placed_at_the_province(extractor: Extractor, text: str, value: int,
                                                           governorate: str) -> None:
    """The governorate is the nearest place's before the tally: a province, a town of it, or
    its capital ("Hama city"), not a province named earlier."""
    assert tally_place(run(extractor, text), value) == (governorate, 4)


@pytest.mark.parametrize(("text", "value", "town"), [
    ("Shelling killed six people in Saqba on Monday, the deadliest toll in the province this month.", 6, "Saqba"),
    ("Clashes in Daraa province killed five on Monday. Rockets also hit Busra al-Harir in the province, "
     "killing a child.", 1, "Busra al-Harir"),
])
def test_a_town_named_in_the_clause_keeps_its_toll(extractor: Extractor, text: str, value: int, town: str) -> None:
    """Precision guard: "the province" beside a town the clause names only says where the town is."""
    assert tally_place(run(extractor, text), value) == (town, 1)
