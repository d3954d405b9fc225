"""One event a report tells twice: the extractor splits it, other outlets join it back.

A report that types one sentence two ways ("jets and artillery pounded the town": an air
strike and a shelling) or names a village and then its governorate gives two events of
one report, which never link to each other.  When other outlets' reports link with both,
the report on both sides no longer vetoes the merge (``matching.told_twice``,
``clustering.Clusterer._mean``); alone, its two events stay two incidents.  Invented towns,
words and days.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import LINK_THRESHOLD, pair_probability, told_twice

DAY = date(2020, 2, 11)
TOWN = ("Deir Sunbul al-Gharbi", 35.482, 36.731)  # invented, placed in Hama
WORDS = {"deir", "sunbul", "gharbi", "jets", "killed", "nine", "farmers", "tuesday", "orchards"}
RARE = {"sunbul", "orchards"}
AIR, SHELL = "Air/drone strike", "Shelling/artillery/missile attack"
REMOTE = "Explosions/Remote violence"


def _event(key: int, document: int, kind: str, extra: set[str], **place: object) -> EventFeatures:
    name, lat, lon = TOWN
    where = {"place_name": name, "lat": lat, "lon": lon, "where_prec": 1, "feature": "village", "admin1": "Hama"}
    where.update(place)
    words = WORDS | extra
    return EventFeatures(
        key=key, document=document, source=None, event_type=REMOTE, sub_event_type=kind, start=DAY, end=DAY,
        precision=1, words=frozenset(words), ref=ReviewRef(document, kind, str(where["place_name"])),
        rarity=tuple((word, 1.0 if word in RARE else 0.1) for word in sorted(words)),
        **where,  # type: ignore[arg-type]
    )


GOVERNORATE = {"place_name": "Hama", "lat": None, "lon": None, "where_prec": 4, "feature": None}


def _incidents(items: list[EventFeatures]) -> dict[int, object]:
    return {
        item.key: assignment.cluster.key
        for item, assignment in Clusterer().assign_all(items) if assignment is not None
    }


def _links_across(left: list[EventFeatures], right: list[EventFeatures]) -> None:
    """The scenario's premise: every pair of different reports across the two sides links."""
    for a in left:
        for b in right:
            if a.document != b.document:
                assert (pair_probability(a, b) or 0.0) >= LINK_THRESHOLD


def test_one_sentence_typed_two_ways_joins_once_other_outlets_link_both():
    report_air, report_shelling = _event(1, 30, AIR, {"artillery"}), _event(2, 30, SHELL, {"artillery"})
    outlet_air, outlet_shelling = _event(3, 31, AIR, {"warplanes"}), _event(4, 32, SHELL, {"rockets"})
    _links_across([report_air, outlet_air], [report_shelling, outlet_shelling])
    found = _incidents([report_air, report_shelling, outlet_air, outlet_shelling])
    assert len(set(found.values())) == 1


def test_a_village_and_its_governorate_in_one_report_join_with_the_outlets():
    report_village, report_governorate = _event(1, 40, AIR, {"raids"}), _event(2, 40, AIR, {"raids"}, **GOVERNORATE)
    outlet_village, outlet_governorate = _event(3, 41, AIR, {"sortie"}), _event(4, 42, AIR, {"monitor"}, **GOVERNORATE)
    _links_across([report_village, outlet_village], [report_governorate, outlet_governorate])
    found = _incidents([report_village, report_governorate, outlet_village, outlet_governorate])
    assert len(set(found.values())) == 1


def test_alone_a_reports_two_tellings_stay_two_incidents():
    report_air, report_shelling = _event(1, 50, AIR, set()), _event(2, 50, SHELL, set())
    found = _incidents([report_air, report_shelling])
    assert found[1] != found[2]  # nobody else's word that they are one


def test_a_reviewers_split_keeps_them_apart():
    report_air, report_shelling = _event(1, 30, AIR, {"artillery"}), _event(2, 30, SHELL, {"artillery"})
    outlet_air, outlet_shelling = _event(3, 31, AIR, {"warplanes"}), _event(4, 32, SHELL, {"rockets"})
    clusterer = Clusterer()
    clusterer.constraints.apart.add(frozenset((report_air.ref, report_shelling.ref)))
    found = {
        item.key: assignment.cluster.key
        for item, assignment in clusterer.assign_all([report_air, report_shelling, outlet_air, outlet_shelling])
        if assignment is not None
    }
    assert found[1] != found[2]


def test_what_is_not_one_event_told_twice():
    air = _event(1, 60, AIR, set())
    assert told_twice(air, _event(2, 60, SHELL, set()))
    assert told_twice(air, _event(2, 60, AIR, set(), **GOVERNORATE))
    assert not told_twice(air, _event(2, 61, SHELL, set()))  # two reports: matching's job
    assert not told_twice(air, replace(_event(2, 60, SHELL, set()), start=date(2020, 2, 13), end=date(2020, 2, 13)))
    clash = replace(_event(2, 60, "Armed clash", set()), event_type="Battles")
    capture = replace(_event(3, 60, "Government regains territory", set()), event_type="Battles")
    assert not told_twice(clash, capture)  # a battle and the capture that ended it: two events
    assert not told_twice(air, replace(_event(2, 60, "Attack", set()), event_type="Violence against civilians"))
    elsewhere = _event(2, 60, AIR, set(), place_name="Tell Marjan", lat=35.75, lon=36.95)  # ~35 km off
    assert not told_twice(air, elsewhere)
    other_governorate = _event(2, 60, AIR, set(), **{**GOVERNORATE, "place_name": "Homs", "admin1": "Homs"})
    assert not told_twice(air, other_governorate)
