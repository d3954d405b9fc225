"""Control changes told by ground taken inside a named place (stop 43's recall census: the shape recurs
across outlets): an area, a part or a quarter of X ("retook an area in X", "seized a number of buildings
in south and west X", "captured an area of 10 square kilometres in the town of X", "took several
districts in north and east X") is ground of X changing hands; with the misreadings a careless rule
makes (an area near X, areas in a province or in a governorate's seat told by its bare name, an area
only struck or reached, a goal)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"
SDF = "SDF: Syrian Democratic Forces"
IS = "Islamic State"


def changes(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2016-05-10"))
    return sorted((c.place.mention or c.place.name, c.gained_by) for c in result.control_changes)


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Opposition fighters retook an area in Kafr Zita on Monday that the army had seized days earlier, activists said.",
     "Kafr Zita", REBELS),
    ("IS jihadists have seized a number of buildings in north and east Marea, a Kurdish official said.", "Marea", IS),
    ("Government troops captured an area of 8 square kilometres in the town of Qaryatayn, SANA reported.",
     "Qaryatayn", ARMY),
    ("The Syrian Democratic Forces took several districts in south and west Tabqa on Saturday, ANHA said.", "Tabqa", SDF),
    ("Army units seized a large area in the eastern part of Harasta after heavy clashes, a military source said.",
     "Harasta", ARMY),
    ("Rebels captured a district in the northern edge of Daraya overnight, the Observatory said.", "Daraya", REBELS),
    ("Syrian troops took an area along the highway in the town of Morek on Sunday, a monitor said.", "Morek", ARMY),
    ("Insurgents seized a residential area in western Homs city on Friday, activists said.", "Homs city", REBELS),
    ("Opposition fighters advanced into a key regime-held district in Aleppo on Sunday, the Observatory said.", "Aleppo",
     REBELS),
])
def test_ground_inside_a_named_place_is_a_change_of_the_place(extractor: Extractor, text: str, place: str,
                                                             gainer: str) -> None:
    assert changes(extractor, text) == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "Government troops captured an area near Kafr Zita on Monday, a monitor said.",
    "The army seized several areas in the northern countryside of Hama, state media reported.",
    "Regime forces took control of areas in Idlib province after the rebels pulled back.",
    "Rebels captured several areas in Hama on Tuesday, an opposition spokesman said.",
    "Warplanes struck an area in Marea overnight, killing four civilians.",
    "An aid convoy entered an area in the town of Qaryatayn under a local deal.",
    "The rebels aim to capture an area in Harasta that overlooks the highway, analysts said.",
    "IS seized large areas in Syria and Iraq in 2014 before declaring its caliphate.",
    "Government troops took a position in Morek on Sunday, a monitor said.",
])
def test_an_area_only_near_struck_or_aimed_at_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
