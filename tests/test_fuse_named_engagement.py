"""A report of fighting that names no place but names the forces on both sides joins the one
incident of that day telling such fighting with those forces; with two such incidents, on
another day, told by one force alone, or of a strike rather than a clash, it stays apart.
Reports run through the real extractor and the store's clustering (``Clusterer.assign_all``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable
from datetime import date

import pytest

from observatory.extract.pipeline import Extractor
from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import may_mean, named_engagement, vague
from observatory.fuse.reports import report_members
from observatory.models import Document

# Each: a report that places the fight, and another outlet's that names only its forces.
ENGAGEMENTS = {
    "desert ambush": [
        ("hm-monitor", "Desert Monitor", "2017-06-02",
         "Islamic State fighters attacked Syrian army positions near the village of Humaymah east of Palmyra on "
         "Thursday, killing 14 soldiers, a monitor said."),
        ("hm-state", "State Wire", "2017-06-02",
         "Fourteen Syrian soldiers were killed on Thursday when Islamic State militants stormed their posts, "
         "state media said."),
    ],
    "border fire": [
        ("mr-monitor", "North Monitor", "2018-03-11",
         "Turkish troops clashed with Kurdish YPG fighters in the village of Maryamin north of Aleppo on Saturday, "
         "killing 4 fighters, the monitor said."),
        ("mr-army", "Ankara Desk", "2018-03-11",
         "YPG militants and Turkish soldiers exchanged fire for hours on Saturday, leaving four dead, the Turkish "
         "army said."),
    ],
    "infighting": [
        ("mm-local", "Idlib Local", "2018-02-19",
         "Hayat Tahrir al-Sham fighters clashed with Ahrar al-Sham in the town of Maarat Misrin on Sunday, "
         "leaving 7 dead."),
        ("mm-activists", "Activist Desk", "2018-02-19",
         "Fighting between Hayat Tahrir al-Sham and Ahrar al-Sham killed seven people on Sunday, activists said."),
    ],
}
# The same forces fighting at another place that day: two candidates, no telling which.
SECOND_FIGHT = ("sk-monitor", "Desert Monitor", "2017-06-02",
                "Islamic State fighters clashed with Syrian troops near the town of Sukhnah on Thursday, killing "
                "9 soldiers, a war monitor said.")
# A placeless report of the next day's fighting between the same forces: another clash.
NEXT_DAY = ("nd-state", "State Wire", "2017-06-03",
            "Islamic State militants killed 6 Syrian soldiers in an ambush on Friday, state media said.")
# A placeless report naming one force only: many such strikes a day.
ONE_FORCE = ("of-activists", "Activist Desk", "2017-06-02",
             "Syrian army artillery killed five people on Thursday, activists said.")
# Coalition strikes on Islamic State: a doer and a target struck in many places each day.
STRIKES = [
    ("ga-coalition", "Coalition Desk", "2017-06-02",
     "US-led coalition air strikes killed 12 Islamic State fighters in the village of Ghanem al-Ali on Thursday, "
     "the coalition said."),
    ("cw-spokesman", "Wire Desk", "2017-06-02",
     "Coalition warplanes struck Islamic State positions on Thursday, killing 20 militants, a spokesman said."),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _incidents(extractor: Extractor, reports: list[tuple[str, str, str, str]]) -> dict[str, set[Hashable]]:
    """Each report's incidents, its members clustered in one batch as the store does (words
    unweighed by rarity: in a store of a few reports every word is rare)."""
    members = []
    for index, (report, _, published, text) in enumerate(reports):
        result = extractor.extract(text, Document(id=report, published=published))
        members += report_members(
            result, text, document=index, published=date.fromisoformat(published), places=extractor.places
        )
    found: dict[str, set[Hashable]] = defaultdict(set)
    for item, assignment in Clusterer().assign_all(members):
        found[reports[item.document][0]].add(assignment.cluster.key if assignment else ("alone", item.key))
    return found


@pytest.mark.parametrize("name", sorted(ENGAGEMENTS))
def test_a_placeless_report_naming_both_sides_joins_the_one_fight_of_that_day(name, extractor):
    placed, placeless = ENGAGEMENTS[name]
    found = _incidents(extractor, [placed, placeless])
    assert len(found[placed[0]]) == 1 and found[placeless[0]] == found[placed[0]]


def test_with_two_fights_that_day_a_placeless_report_joins_neither(extractor):
    placed, placeless = ENGAGEMENTS["desert ambush"]
    found = _incidents(extractor, [placed, SECOND_FIGHT, placeless])
    assert found[placed[0]].isdisjoint(found[SECOND_FIGHT[0]])
    assert found[placeless[0]].isdisjoint(found[placed[0]] | found[SECOND_FIGHT[0]])


@pytest.mark.parametrize("report", [NEXT_DAY, ONE_FORCE, STRIKES[1]], ids=["next day", "one force", "strikes"])
def test_a_placeless_report_stays_apart_on_another_day_with_one_force_or_of_strikes(report, extractor):
    placed = STRIKES[0] if report is STRIKES[1] else ENGAGEMENTS["desert ambush"][0]
    found = _incidents(extractor, [placed, report])
    assert found[report[0]].isdisjoint(found[placed[0]])


def _clash(key: int, place: str | None, day: int, actors: set[str], kind: str = "Armed clash") -> EventFeatures:
    when = date(2017, 6, day)
    placed = {"place_name": place, "lat": 34.55, "lon": 38.27, "where_prec": 1, "admin1": "Homs"} if place else {}
    return EventFeatures(
        key=key, document=key, source=None, event_type="Battles", sub_event_type=kind, start=when, end=when,
        precision=1, text="fighting", actors=frozenset(actors), **placed,
    )


def test_a_named_engagement_may_mean_only_a_placed_fight_of_that_day_with_all_its_forces():
    sides = {"Islamic State", "Military Forces of Syria"}
    placeless = _clash(1, None, 1, sides)
    assert vague(placeless) and named_engagement(placeless)
    assert not vague(_clash(2, None, 1, {"Islamic State"}))  # one force: not vague
    assert not vague(_clash(3, None, 1, sides, kind="Air/drone strike"))  # strikes: not vague
    assert not vague(_clash(4, "Humaymah", 1, sides))  # placed: scored as any claim
    assert may_mean(placeless, _clash(5, "Humaymah", 1, sides | {"Hezbollah"}))
    assert not may_mean(placeless, _clash(6, "Humaymah", 1, {"Islamic State", "Hezbollah"}))  # not all its forces
    assert not may_mean(placeless, _clash(7, "Humaymah", 2, sides))  # the next day's fight
