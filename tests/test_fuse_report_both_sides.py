"""One report on both sides of a merge rules the merge out (complete link over reports,
``clustering.Clusterer._mean``).

A report that tells two events of one town and day (a shelling and a sniper's attack)
keeps them in two incidents, even when the other outlets, each telling one of them, score
a link with each other and with the report's other event.  Read on the FA-KES store
(``bench/dedup_same_report.py``), the merges the rule blocks were a report's distinct
events about twice as often as one event told twice, so the rule stays.
"""

from __future__ import annotations

from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import LINK_THRESHOLD, pair_probability

# An invented town and day.
TOWN = ("Tell Qasrun", "Idlib", 35.712, 36.455)
DAY = date(2019, 3, 14)
SHARED = {"tell", "qasrun", "town", "idlib", "killed", "civilians", "thursday"}
RARE = {"qasrun"}  # the town's name: no other stored report uses it (``fuse.rarity``)


def _event(key: int, document: int, kind: str, event_type: str, words: set[str]) -> EventFeatures:
    name, governorate, lat, lon = TOWN
    return EventFeatures(
        key=key, document=document, source=None, event_type=event_type, sub_event_type=kind,
        start=DAY, end=DAY, precision=1, place_name=name, lat=lat, lon=lon, where_prec=1, feature="town",
        admin1=governorate, words=frozenset(words), ref=ReviewRef(document, kind, name),
        rarity=tuple((word, 1.0 if word in RARE else 0.1) for word in sorted(words)),
    )


def _shelling(key: int, document: int, extra: set[str]) -> EventFeatures:
    words = SHARED | {"shells", "mortar", "market"} | extra
    return _event(key, document, "Shelling/artillery/missile attack", "Explosions/Remote violence", words)


def _sniper(key: int, document: int, extra: set[str]) -> EventFeatures:
    words = SHARED | {"sniper", "shot", "woman"} | extra
    return _event(key, document, "Attack", "Violence against civilians", words)


def test_a_reports_two_events_of_one_town_and_day_stay_two_incidents():
    report_shelling, report_sniper = _shelling(1, 7, {"separately"}), _sniper(2, 7, {"separately"})
    outlet_shelling, outlet_sniper = _shelling(3, 8, {"activists"}), _sniper(4, 9, {"medics"})
    # Without the rule the two groups would merge: every pair across them from different
    # reports links on its own.
    for a, b in ((report_shelling, outlet_sniper), (outlet_shelling, report_sniper), (outlet_shelling, outlet_sniper)):
        assert (pair_probability(a, b) or 0.0) >= LINK_THRESHOLD
    found = dict(
        (item.key, assignment.cluster.key)
        for item, assignment in Clusterer().assign_all([report_shelling, report_sniper, outlet_shelling, outlet_sniper])
        if assignment is not None
    )
    assert found[1] == found[3]  # each outlet joins the report's telling of its event
    assert found[2] == found[4]
    assert found[1] != found[2]  # and the report's two events stay two incidents
