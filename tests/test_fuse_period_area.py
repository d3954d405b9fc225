"""One report telling a period's event at a town and at the area around it tells one event.

"The group executed 240 men of the tribe over the past ten days", placed at the tribe's main
town, and "those killed in the storming of the tribe's lands were about 90", placed at the
lands (a gazetteer area), are dated by the one period the report gives: one massacre told
twice, not two incidents (``matching.same_report_event`` through ``_one_period_at_area``).
Two towns, a town and a hill, two different periods, places out of reach, or two kinds of
event stay apart: a weekly round-up lists several events.
"""

from __future__ import annotations

from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, normalise_text, wording_facts
from observatory.fuse.matching import same_report_event

TOWN = {"place_name": "Khirbet Salma", "admin1": "Deir ez-Zor", "lat": 35.02, "lon": 40.41, "where_prec": 1,
        "feature": "town"}
LANDS = {"place_name": "Bani Hamad lands", "admin1": "Deir ez-Zor", "lat": 35.05, "lon": 40.45, "where_prec": 2,
         "feature": "area"}
OTHER_TOWN = {**TOWN, "place_name": "Tell Saqra", "lat": 35.03, "lon": 40.43}
HILL = {"place_name": "Tal Ghazal", "admin1": "Deir ez-Zor", "lat": 35.04, "lon": 40.44, "where_prec": 2,
        "feature": None}
FAR_AREA = {**LANDS, "place_name": "Wadi Ruhayl", "lat": 35.60, "lon": 39.70}
QUARTER = {"place_name": "Bab al-Hadid", "admin1": "Aleppo", "lat": 36.215, "lon": 37.17, "where_prec": 1,
           "feature": "neighbourhood"}
FARMS = {"place_name": "Sheikh Najjar farms", "admin1": "Aleppo", "lat": 36.25, "lon": 37.23, "where_prec": 2,
         "feature": "region"}
VILLAGE = {"place_name": "Kafr Halab", "admin1": "Homs", "lat": 34.85, "lon": 36.55, "where_prec": 1,
           "feature": "village"}
PLAIN = {"place_name": "Ghab plain", "admin1": "Homs", "lat": 34.88, "lon": 36.60, "where_prec": 2,
         "feature": "region"}


def _told(key: int, place: dict, text: str, *, document: int = 7, kind: str = "Attack",
          days: tuple[str, str] = ("2016-03-01", "2016-03-10")) -> EventFeatures:
    wording = normalise_text(text)
    return EventFeatures(
        key=key, document=document, source=None, event_type="Violence against civilians", sub_event_type=kind,
        start=date.fromisoformat(days[0]), end=date.fromisoformat(days[1]), precision=2, text=wording,
        words=frozenset(wording.split()), actors=frozenset({"Islamic State"}), **place,
        **vars(wording_facts(wording)),
    )


def test_a_towns_and_its_areas_telling_of_one_period_are_one_event():
    for town, area, kind in (
        (TOWN, LANDS, "Attack"),
        (QUARTER, FARMS, "Armed clash"),
        (VILLAGE, PLAIN, "Shelling/artillery/missile attack"),
    ):
        first = _told(1, town, f"240 men were killed in {town['place_name']} over the past ten days", kind=kind)
        second = _told(2, area, f"about 90 died in the storming of {area['place_name']}", kind=kind)
        assert same_report_event(first, second) and same_report_event(second, first), area["place_name"]


def test_the_two_tellings_make_one_incident():
    first = _told(1, TOWN, "The group executed 240 men of the tribe in Khirbet Salma over the past ten days")
    second = _told(2, LANDS, "Those killed in the storming of the Bani Hamad lands were about 90")
    assigned = [found for _, found in Clusterer().assign_all([first, second])]
    assert None not in assigned and len({id(found.cluster) for found in assigned}) == 1


def test_other_pairs_of_one_reports_period_stay_apart():
    town = _told(1, TOWN, "240 men were killed in Khirbet Salma over the past ten days")
    for other in (
        _told(2, OTHER_TOWN, "30 were killed in Tell Saqra"),  # two towns: a round-up's two events
        _told(3, HILL, "fighters were killed taking Tal Ghazal"),  # a hill is no area
        _told(4, LANDS, "about 90 died in the Bani Hamad lands", days=("2016-03-10", "2016-03-10")),  # a day
        _told(5, LANDS, "about 90 died in the Bani Hamad lands", days=("2016-02-20", "2016-03-10")),  # another period
        _told(6, FAR_AREA, "about 90 died in Wadi Ruhayl"),  # out of the area's reach
        _told(7, LANDS, "clashes raged in the Bani Hamad lands", kind="Armed clash"),  # another kind
        _told(8, LANDS, "about 90 died in the Bani Hamad lands", document=8),  # another report
    ):
        assert not same_report_event(town, other), other.text
