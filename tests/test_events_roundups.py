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


# -- the doer must be the verb's subject or its "by" agent (review of the round-up rule) --


def test_a_relief_programme_targeting_villages_the_army_left_is_no_attack(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "The WFP food programme targeted villages in Jisr al-Shughur countryside "
                                    "from which army units had pulled out.")
    assert "Jisr al-Shughur countryside" not in places(result)


def test_an_offensive_targeting_a_town_is_no_shelling_of_it(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "The SDF offensive targeting the town of Tabqa entered its second month.")
    assert "Tabqa" not in places(result)


def test_sites_hit_with_no_agent_do_not_make_the_owner_the_doer(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "Hideouts of ISIS terrorists were hit near al-Qaryatayn, the source added.")
    assert "al-Qaryatayn" not in places(result)


def test_a_units_targeting_where_a_strike_is_told_is_that_strike(extractor: Extractor) -> None:
    result = run(extractor, "Syrian warplanes pounded ISIS positions in Deir Hafer on Sunday, killing 19 terrorists. "
                            "The raids destroyed three tanks and an arms depot, a military source told the agency. "
                            "The source said operations go on across the eastern countryside of Aleppo. "
                            "An army unit targeted ISIS sites in Deir Hafer, the source added. Sappers cleared mines.")
    assert "Shelling/artillery/missile attack" not in {e.sub_event_type for e in result.events
                                                      if e.location is not None and e.location.mention == "Deir Hafer"}


def test_a_remembered_targeting_is_no_event(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "Older residents still remember how regime forces targeted the "
                                    "neighbourhoods of Homs during the long siege.")
    assert "Homs" not in places(result)


def test_a_toll_never_takes_a_territory_type(extractor: Extractor) -> None:
    result = run(extractor, "Army Frees Three Farms in Idlib. The Syrian army on Friday regained control over the "
                            "farms of Tell Sultan and Abu Dali. Army units targeted gatherings of terrorists in "
                            "Sinjar and al-Tamanah, killing many of them. Dozens of terrorists were also killed "
                            "in Umm Jalal and Khan Tuman, the source said.")
    regained = {e.location.mention for e in result.events
                if e.location is not None and e.sub_event_type == "Government regains territory"}
    assert not regained & {"Umm Jalal", "Khan Tuman"}


def test_an_operation_targeting_hideouts_is_no_shelling_yet_its_toll_keeps_its_site(extractor: Extractor) -> None:
    result = run(extractor, _LEAD + "In Hama countryside, army units killed 26 terrorists and destroyed their "
                                    "weapons in operations targeting terrorist hideouts in Kafr Nabudah.")
    kinds = {e.sub_event_type for e in result.events if e.location is not None and e.location.mention == "Kafr Nabudah"}
    assert kinds and "Shelling/artillery/missile attack" not in kinds
