"""A gas attack told without its place joins the day's attack whose toll it retells, not a
recalled massacre another report dates by its own day.

"Tuesday's chemical attack killed 93 civilians" (no place) scored as well against an aside
recalling an older attack near a city ("accused of killing more than 1,300 people with
chemical weapons near Qarmaya", read as an event of the report's day at Qarmaya) as against
the reports placing the day's attack at a town 200 km away; it joined the aside first, and the
aside's place then vetoed the whole group from the town's incident.  Invented towns, days and
wording.
"""

from __future__ import annotations

from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import score_pair

DAY = date(2022, 3, 15)
GAS = "Chemical weapon"
TOWN = {"place_name": "Tell Maraq", "lat": 35.45, "lon": 36.65, "where_prec": 1, "feature": "town", "admin1": "Idlib"}
CITY = {"place_name": "Qarmaya", "lat": 33.55, "lon": 36.35, "where_prec": 2, "feature": "city",
        "admin1": "Rural Damascus"}  # ~210 km from the town
NO_PLACE = {"place_name": None, "lat": None, "lon": None, "where_prec": None, "feature": None, "admin1": None}
WORDS = {"chemical", "attack", "killed", "civilians", "tuesday", "regime"}


def _claim(key: int, document: int, where: dict, words: set[str], killed: int | None) -> EventFeatures:
    return EventFeatures(
        key=key, document=document, source=None, event_type="Explosions/Remote violence", sub_event_type=GAS,
        start=DAY, end=DAY, precision=1, words=frozenset(words), ref=ReviewRef(document, GAS, where["place_name"]),
        text=" ".join(sorted(words)), figures=frozenset({("killed", killed)}) if killed else frozenset(),
        actors=frozenset({"Military Forces of Syria"}),
        rarity=tuple((word, 0.1) for word in sorted(words)), **where,
    )


def test_a_placeless_gas_attack_with_the_days_toll_scores_high_against_the_placed_attack():
    placeless = _claim(1, 10, NO_PLACE, WORDS | {"children"}, killed=93)
    at_town = _claim(2, 11, TOWN, WORDS | {"maraq", "sarin"}, killed=88)
    recalled = _claim(3, 12, CITY, WORDS | {"qarmaya", "accused"}, killed=1300)
    towards_town, towards_recall = score_pair(placeless, at_town), score_pair(placeless, recalled)
    assert towards_town is not None and towards_recall is not None
    assert towards_town.reasons["signals"]["large_toll_agrees"] == 1.0
    assert towards_recall.reasons["signals"]["large_toll_agrees"] == 0.0
    assert towards_town.score > towards_recall.score


def test_the_placeless_report_joins_the_towns_incident_and_the_recalled_massacre_stays_apart():
    items = [
        _claim(1, 10, NO_PLACE, WORDS | {"children"}, killed=93),
        _claim(2, 11, TOWN, WORDS | {"maraq", "sarin"}, killed=88),
        _claim(3, 13, TOWN, WORDS | {"maraq", "hospital"}, killed=90),
        _claim(4, 12, CITY, WORDS | {"qarmaya", "accused"}, killed=1300),
    ]
    found = {item.key: assigned.cluster.key for item, assigned in Clusterer().assign_all(items) if assigned is not None}
    assert found[1] == found[2] == found[3]
    assert found[4] != found[1]


def test_a_placeless_gas_attack_with_another_toll_gets_no_toll_agreement():
    placeless = _claim(1, 10, NO_PLACE, WORDS, killed=12)
    at_town = _claim(2, 11, TOWN, WORDS | {"maraq"}, killed=88)
    found = score_pair(placeless, at_town)
    assert found is not None and found.reasons["signals"]["large_toll_agrees"] == 0.0
