"""A gas attack one report tells twice: by its means over the area and by its victims in a town.

"Rockets with chemical agents hit the suburbs of the city" gives a chemical-weapon event at
the city; "a video from Beit Hazem showed a room filled with 70 bodies" in the same report
gives an attack on civilians at one of the suburbs.  Other outlets retell either half, and
the report on both sides vetoed the merge: the attack stayed two incidents.  Such a pair may
be one event told twice (``matching.told_twice``: ``massacre_and_means`` where the means is
a rare kind); it only lets the other outlets' links join them.  Invented city, towns, days
and wording.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import told_twice, type_similarity

DAY = date(2021, 6, 9)
CITY = {"place_name": "Qarmaya", "lat": 34.95, "lon": 36.10, "where_prec": 2, "feature": "city", "admin1": "Homs"}
SUBURB = {"place_name": "Beit Hazem", "lat": 34.97, "lon": 36.15, "where_prec": 1, "feature": "town", "admin1": "Homs"}
FAR_TOWN = {"place_name": "Ain Sawda", "lat": 35.95, "lon": 36.95, "where_prec": 1, "feature": "town",
            "admin1": "Idlib"}  # ~130 km off, another governorate
GAS, ATTACK, SHELL = "Chemical weapon", "Attack", "Shelling/artillery/missile attack"
EVENT_TYPES = {GAS: "Explosions/Remote violence", SHELL: "Explosions/Remote violence",
               ATTACK: "Violence against civilians"}
GAS_WORDS = {"qarmaya", "suburbs", "rockets", "chemical", "gas", "activists", "wednesday", "killed", "hundreds"}
VICTIM_WORDS = {"beit", "hazem", "video", "room", "bodies", "children", "wednesday", "killed"}
RARE = {"qarmaya", "hazem", "bodies"}


def _claim(key: int, document: int, kind: str, where: dict, words: set[str], day: date = DAY,
           killed: int | None = None) -> EventFeatures:
    return EventFeatures(
        key=key, document=document, source=None, event_type=EVENT_TYPES[kind], sub_event_type=kind,
        start=day, end=day, precision=1, words=frozenset(words), ref=ReviewRef(document, kind, where["place_name"]),
        text=" ".join(sorted(words)), figures=frozenset({("killed", killed)}) if killed else frozenset(),
        actors=frozenset({"Military Forces of Syria"}),
        rarity=tuple((word, 1.0 if word in RARE else 0.1) for word in sorted(words)),
        **where,
    )


def _incidents(items: list[EventFeatures]) -> dict[object, object]:
    return {item.key: found.cluster.key for item, found in Clusterer().assign_all(items) if found is not None}


def test_a_report_telling_the_gas_and_its_victims_joins_the_outlets_of_each():
    report_gas = _claim(1, 10, GAS, CITY, GAS_WORDS | {"dawn"}, killed=400)
    report_victims = _claim(2, 10, ATTACK, SUBURB, VICTIM_WORDS | {"dawn"}, killed=70)
    outlet_city = _claim(3, 11, GAS, CITY, GAS_WORDS | {"nerve", "agent"}, killed=400)
    outlet_town = _claim(4, 12, GAS, SUBURB, VICTIM_WORDS | {"gas", "footage"}, killed=400)  # the town another names
    found = _incidents([report_gas, report_victims, outlet_city, outlet_town])
    assert len(set(found.values())) == 1


def test_the_gas_and_its_victims_of_one_report_may_be_one_event_told_twice():
    gas = _claim(1, 20, GAS, CITY, GAS_WORDS)
    assert told_twice(gas, _claim(2, 20, ATTACK, SUBURB, VICTIM_WORDS))
    assert told_twice(_claim(3, 20, ATTACK, CITY, VICTIM_WORDS), gas)  # the victims told at the city itself
    # Across reports the two tellings are kinds outlets confuse, no longer kinds merely both violent.
    assert type_similarity(gas, _claim(4, 21, ATTACK, SUBURB, VICTIM_WORDS)) == 0.7


def test_what_stays_a_reports_two_events():
    gas = _claim(1, 30, GAS, CITY, GAS_WORDS)
    later = date(2021, 6, 11)
    assert not told_twice(gas, _claim(2, 30, ATTACK, SUBURB, VICTIM_WORDS, day=later))  # another day
    assert not told_twice(gas, _claim(3, 30, ATTACK, FAR_TOWN, VICTIM_WORDS))  # another governorate
    assert not told_twice(gas, _claim(4, 31, ATTACK, SUBURB, VICTIM_WORDS))  # two reports: matching's job
    # A shelling beside a killing of civilians in one town is no rare kind: two events.
    shelling = _claim(5, 32, SHELL, SUBURB, {"shells", "beit", "hazem"})
    assert not told_twice(shelling, _claim(6, 32, ATTACK, SUBURB, VICTIM_WORDS))


def test_two_gas_attacks_in_two_governorates_on_one_day_stay_two_incidents():
    far_words = {"ain", "sawda", "chlorine", "barrel", "suffocation", "wednesday", "killed"}
    first = [_claim(1, 40, GAS, CITY, GAS_WORDS, killed=300), _claim(2, 41, ATTACK, SUBURB, VICTIM_WORDS, killed=60)]
    second = [_claim(3, 42, GAS, FAR_TOWN, far_words, killed=12), _claim(4, 43, GAS, FAR_TOWN, far_words, killed=12)]
    found = _incidents(first + second)
    assert found[3] == found[4]
    assert found[1] != found[3] and found[2] != found[3]


def test_a_gas_attack_and_a_massacre_elsewhere_in_one_report_stay_two_incidents():
    report_gas = _claim(1, 50, GAS, CITY, GAS_WORDS, killed=300)
    report_massacre = _claim(2, 50, ATTACK, FAR_TOWN, {"ain", "sawda", "executed", "wednesday", "killed"}, killed=15)
    outlet_gas = _claim(3, 51, GAS, CITY, GAS_WORDS | {"sarin"}, killed=300)
    outlet_massacre = _claim(4, 52, ATTACK, FAR_TOWN, {"ain", "sawda", "executed", "gunmen", "killed"}, killed=15)
    found = _incidents([report_gas, report_massacre, outlet_gas, outlet_massacre])
    assert found[1] == found[3] and found[2] == found[4]
    assert found[1] != found[2]


def test_a_gas_attack_a_week_and_more_later_in_the_same_area_is_another_incident():
    first = _claim(1, 60, GAS, CITY, GAS_WORDS, killed=20)
    again = replace(_claim(2, 61, GAS, SUBURB, {"beit", "hazem", "chlorine", "choking"}, killed=6),
                    start=date(2021, 6, 25), end=date(2021, 6, 25))
    found = _incidents([first, again])
    assert found[1] != found[2]
