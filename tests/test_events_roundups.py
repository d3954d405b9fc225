"""Long round-up reports (state media, news agencies): each paragraph tells the army's
operations in one area, often with a weak verb ("targeted their positions", "gatherings of
militants were hit") and no date of its own.  Such a sentence names its doer and its place:
it is an event on the report's day.  Reports are invented in the style of those outlets.
"""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2017-05-09") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def places(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


_LEAD = ("Army warplanes struck militant convoys near Khanasir on Tuesday, killing 22 of them. "
         "The strikes destroyed nine vehicles loaded with ammunition, a military source told the agency. ")


def test_a_unit_targeting_a_groups_sites_in_a_roundup_is_an_event(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "In Hama countryside, an army unit targeted Nusra sites in Kafr Zita, "
                                    "killing a number of its members. Other units continued combing the area.")
    event = next(e for e in result.events if e.location is not None and e.location.mention == "Kafr Zita")
    # the unit's own fire on the sites, on the report's day (not the toll's borrowed air strike)
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.date.start == "2017-05-09"


def test_targeting_their_gatherings_around_towns_gives_each_town(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "In the southern countryside, army units killed scores of terrorists after "
                                    "targeting their gatherings in the surroundings of Talbiseh and in the "
                                    "village of Morek. Engineering units then dismantled several mines.")
    assert {"Talbiseh", "Morek"} <= places(result)


def test_gatherings_hit_in_the_passive_are_an_event(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "Gatherings of ISIS terrorists were targeted by army units in al-Safira, "
                                    "the source added. Dozens of them fled towards the desert.")
    assert "al-Safira" in places(result)


def test_a_background_sentence_of_targeting_stays_out(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "Last year, army units had targeted Nusra positions in Kafr Zita for "
                                    "months before the town was retaken.")
    assert "Kafr Zita" not in places(result)


def test_a_toll_beside_a_units_targeting_keeps_its_own_site(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "Elsewhere, the army killed 31 terrorists in Kafr Nabl in Idlib "
                                    "countryside and targeted ISIS strongholds in Raqqa province, the source said.")
    assert {"Kafr Nabl", "Raqqa province"} <= places(result)
