"""One count of the same day told word for word by two reports in one governorate: one incident.

A wire names the province ("warplanes killed 27 fighters in Hama province on Monday"), a local
outlet the town hit; their long reports share few words and the province scores as "the same
governorate" only, so before this each kept its own incident and the 27 dead were counted
twice.  Two strikes on one town that day that hit different targets stay two, whatever
their counts, and so does a count told of another day.
"""

from __future__ import annotations

from datetime import date, timedelta

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import LINK_THRESHOLD, count_told_that_day, score_pair

STRIKE = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
PROVINCE = {"place_name": "Hama", "admin1": "Hama", "where_prec": 4}
# Real coordinates of a town in the north of Hama province, some 30 km from the city.
TOWN = {"place_name": "Kafr Zita", "admin1": "Hama", "admin2": "Mhardeh", "lat": 35.3747, "lon": 36.6006,
        "where_prec": 1, "feature": "town"}


def _report(key: int, day: str, killed: set[int], place: dict, words: str, *, targets: frozenset[str] = frozenset(),
            days: int = 1) -> EventFeatures:
    start = date.fromisoformat(day)
    return EventFeatures(
        key=key, document=key, source=None, start=start, end=start + timedelta(days=days - 1), precision=1,
        figures=frozenset(("killed", count) for count in killed), words=frozenset(words.split()), targets=targets,
        actors=frozenset({"Military Forces of Syria"}), **STRIKE, **place,
    )


def _incidents(*reports: EventFeatures) -> int:
    return len({id(found.cluster) for _, found in Clusterer().assign_all(list(reports)) if found is not None})


def test_the_province_and_the_town_telling_one_count_that_day_are_one_incident():
    wire = _report(1, "2018-02-05", {27}, PROVINCE, "warplanes sorties province fighters jaish izza monitoring moscow")
    local = _report(2, "2018-02-05", {27, 4}, TOWN, "bombs town kafr zita rebels medics clinic houses square")
    assert count_told_that_day(wire, local)
    found = score_pair(wire, local)
    assert found is not None and found.score >= LINK_THRESHOLD
    assert found.reasons["signals"]["count_retold"] == 1.0
    assert _incidents(wire, local) == 1


def test_two_strikes_on_one_town_that_day_stay_two_incidents():
    market = _report(1, "2018-02-05", {11}, TOWN, "kafr zita market stalls vegetables morning shoppers",
                     targets=frozenset({"market"}))
    hospital = _report(2, "2018-02-05", {11}, TOWN, "kafr zita hospital ward nurses evening generator",
                       targets=frozenset({"hospital"}))
    # the same count, but another target hit: two strikes
    assert not count_told_that_day(market, hospital)
    assert _incidents(market, hospital) == 2
    # another count, told in other words: two strikes too
    bakery = _report(3, "2018-02-05", {6}, TOWN, "shells bakery queue morning", targets=frozenset({"bakery"}))
    assert _incidents(market, bakery) == 2


def test_a_count_of_another_day_or_of_a_few_dead_is_no_such_evidence():
    wire = _report(1, "2018-02-05", {27}, PROVINCE, "warplanes sorties province fighters jaish izza monitoring moscow")
    next_day = _report(2, "2018-02-06", {27}, TOWN, "bombs town kafr zita rebels medics clinic houses square")
    found = score_pair(wire, next_day)
    assert found is None or found.reasons["signals"]["count_retold"] == 0.0
    few = _report(3, "2018-02-05", {4}, TOWN, "bombs town kafr zita rebels medics clinic houses square")
    assert not count_told_that_day(_report(4, "2018-02-05", {4}, PROVINCE, "warplanes province"), few)
    assert _incidents(wire, next_day) == 2


# Two towns of Eastern Ghouta some 3 km apart (real coordinates).
SAQBA = {"place_name": "Saqba", "admin1": "Rif Dimashq", "lat": 33.507, "lon": 36.385, "where_prec": 1,
         "feature": "town"}
ZAMALKA = {"place_name": "Zamalka", "admin1": "Rif Dimashq", "lat": 33.521, "lon": 36.357, "where_prec": 1,
           "feature": "town"}


def test_two_nearby_towns_with_the_same_toll_that_day_stay_two_incidents():
    # Neighbouring towns are struck the same day with the same toll often enough: a count
    # joins a town only to the province's report of it, or to the same town (review rv9a, item 4).
    saqba = _report(1, "2018-03-07", {13}, SAQBA, "jets saqba cellar families ambulance")
    zamalka = _report(2, "2018-03-07", {13}, ZAMALKA, "raids zamalka rebels bakery tunnel")
    assert not count_told_that_day(saqba, zamalka)
    assert _incidents(saqba, zamalka) == 2
    retold = _report(3, "2018-03-07", {13}, SAQBA, "warplanes town medics rubble observatory")
    assert count_told_that_day(saqba, retold)


def test_two_towns_quoting_one_running_total_stay_two_incidents():
    # Each report of its own town's dead (5, 8) quotes the area's toll since the offensive began.
    saqba = _report(1, "2018-03-07", {5, 42}, SAQBA, "jets saqba cellar families offensive ghouta")
    zamalka = _report(2, "2018-03-07", {8, 42}, ZAMALKA, "raids zamalka rebels bakery monitor ghouta")
    assert not count_told_that_day(saqba, zamalka)
    assert _incidents(saqba, zamalka) == 2


def test_a_report_of_the_area_and_one_of_a_town_in_it_are_one_incident():
    # "Eastern Ghouta" (an area, not a spot) may hold Saqba: their one count of that day joins them.
    area = _report(1, "2018-03-07", {13}, {"place_name": "Eastern Ghouta", "admin1": "Rif Dimashq", "lat": 33.53,
                                          "lon": 36.40, "where_prec": 2, "feature": "region"},
                   "regime warplanes enclave besieged monitor toll")
    saqba = _report(2, "2018-03-07", {13}, SAQBA, "jets saqba cellar families ambulance")
    assert count_told_that_day(area, saqba)
    assert _incidents(area, saqba) == 1
