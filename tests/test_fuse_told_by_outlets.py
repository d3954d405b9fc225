"""One strike as outlets tell it: its massacre or its means, on its day or the next morning."""

from __future__ import annotations

from datetime import date

from observatory.extract.pipeline import Extractor
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import pair_signals, same_report_event, type_similarity
from observatory.fuse.reports import report_members
from observatory.models import Document


def members(extractor: Extractor, text: str, published: str, document: int) -> list[EventFeatures]:
    result = extractor.extract(text, Document(id=f"outlet-{document}", published=published))
    return report_members(result, text, document=document, published=date.fromisoformat(published),
                          places=extractor.places)


def test_a_massacre_and_the_strike_that_did_it_are_kinds_outlets_confuse(extractor):
    """One outlet tells the jets, another the victims: close kinds, as a strike and a shelling."""
    jets = members(extractor, "Warplanes bombed the town of Kafr Nabl in the southern countryside of Idlib, "
                              "killing 14 civilians", "2019-03-11", 1)[0]
    massacre = members(extractor, "The massacre of Kafr Nabl claims the lives of 14 citizens including 5 children",
                       "2019-03-11", 2)[0]
    guns = members(extractor, "Turkish artillery shelled Tal Abyad town, killing 4 civilians", "2019-10-14", 3)[0]
    killing = members(extractor, "Gunmen commit a massacre in Tal Abyad town killing 4 civilians",
                      "2019-10-14", 4)[0]
    assert (jets.sub_event_type, massacre.sub_event_type) == ("Air/drone strike", "Attack")
    assert type_similarity(jets, massacre) == 0.7
    assert (guns.sub_event_type, killing.sub_event_type) == ("Shelling/artillery/missile attack", "Attack")
    assert type_similarity(guns, killing) == 0.7


def test_a_massacre_beside_a_clash_stays_two_kinds_of_violence(extractor):
    clash = members(extractor, "Rebels clashed with regime forces near Kafr Nabl, killing 9 fighters",
                    "2019-03-11", 1)[0]
    massacre = members(extractor, "The massacre of Kafr Nabl claims the lives of 14 citizens including 5 children",
                       "2019-03-11", 2)[0]
    assert clash.sub_event_type == "Armed clash"
    assert type_similarity(clash, massacre) == 0.4


def test_one_report_telling_the_jets_and_the_massacre_keeps_both_claims_apart(extractor):
    """Across reports the two kinds may be one strike; within one report they are not joined
    up front (a report's bombing and its massacre may be two events)."""
    found = members(extractor, "Warplanes bombed Kafr Nabl on Monday. Gunmen commit a massacre in Hass, "
                               "killing 6 civilians", "2019-03-12", 1)
    kinds = {item.sub_event_type for item in found}
    assert {"Air/drone strike", "Attack"} <= kinds
    jets = next(item for item in found if item.sub_event_type == "Air/drone strike")
    massacre = next(item for item in found if item.sub_event_type == "Attack")
    assert not same_report_event(jets, massacre)


def test_a_barrel_bomb_told_that_evening_and_the_next_morning_is_one_spot(extractor):
    evening = members(extractor, "Regime helicopters dropped barrel bombs on Taftanaz, killing 6 people",
                      "2019-03-11", 1)[0]
    morning = members(extractor, "Six people killed as barrel bombs hit Taftanaz town in Idlib", "2019-03-12", 2)[0]
    found = pair_signals(evening, morning)
    assert found is not None
    assert found[0]["offset_days"] == 1.0 and found[0]["same_spot"] == 1.0
