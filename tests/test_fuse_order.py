"""The same reports give the same incidents and tolls whatever order they came in, and a
rebuild gives back what the run made: "one count per death" may not depend on which
report was stored first."""

from __future__ import annotations

import itertools
import shutil
from datetime import date

import pytest
from fixtures.fuse.loader import run_reports, store_report
from sqlalchemy import select

from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.toll_rules import TollClaim, side_tolls
from observatory.store.db import make_engine, session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink, IncidentToll

# One bulletin telling two barrel-bomb raids on one town, the later one first: two events
# of one kind at one place, which share a reviewer's identity (report, type, place).
TWO_RAIDS = {
    "id": "hm-bulletin-0222", "source": "Hama Medics Bulletin", "published": "2016-02-22",
    "title": "Barrel bombs on Maarat again",
    "text": "Helicopters dropped barrel bombs on the market street of Maarat al-Numan on Sunday, killing 9 "
            "civilians. On 4 February helicopters had bombed the town's eastern quarter, killing 5.",
    "events": [
        {"id": "e1", "type": "Air/drone strike", "date": "2016-02-21", "place": "maarat",
         "evidence": "Helicopters dropped barrel bombs on the market street of Maarat al-Numan on Sunday"},
        {"id": "e2", "type": "Air/drone strike", "date": "2016-02-04", "place": "maarat",
         "evidence": "On 4 February helicopters had bombed the town's eastern quarter"},
    ],
    "casualties": [
        {"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": "exact 9",
         "evidence": "9 civilians"},
        {"id": "c2", "event": "e2", "actor": "Civilians", "category": "civilians", "count": "exact 5",
         "evidence": "killing 5"},
    ],
}


def _incidents_by_id(engine) -> dict[int, tuple]:
    with session_scope(engine) as session:
        members = {claim: incident for claim, incident in session.execute(
            select(IncidentLink.event_claim_id, IncidentLink.incident_id))}
        return {
            incident.id: (incident.date_start, incident.deaths_best,
                          sorted(claim for claim, owner in members.items() if owner == incident.id))
            for incident in session.scalars(select(Incident))
        }


def test_a_rebuild_gives_each_incident_back_its_own_id_when_one_report_tells_two_raids_on_one_town(engine):
    with session_scope(engine) as session:
        store_report(session, TWO_RAIDS)
        update_incidents(session)
    run = _incidents_by_id(engine)
    assert sorted((day, best) for day, best, _ in run.values()) == [(date(2016, 2, 4), 5), (date(2016, 2, 21), 9)]
    with session_scope(engine) as session:
        rebuild_incidents(session)
    assert _incidents_by_id(engine) == run  # the 9 dead stay on the incident that had them, under its id


# Two outlets tell one bakery strike on the same day, equally firmly, with different
# figures; a third report tells a clash elsewhere on that day.
REPORTS = [
    ("kn-rescue", "Hama Rescue", "2016-04-01",
     "Eleven people died when warplanes bombed the main bakery in Kafr Nabudah town in the northern "
     "countryside of Hama on Thursday, rescuers said."),
    ("kn-monitor", "Orontes Monitor", "2016-04-01",
     "Air strikes on a bakery in Kafr Nabudah, north of Hama, killed 14 civilians on Thursday, a monitoring "
     "group said."),
    ("tt-front", "Khabur Front News", "2016-04-01",
     "Kurdish fighters and Islamic State militants fought in the village of Tal Tamr in Hasakah province on "
     "Thursday; 8 militants were killed."),
]


def _incidents_by_content(engine) -> list[tuple]:
    """Each incident by what it holds (report names and event kinds), with its tolls: ids
    and row order differ between stores filled in different orders."""
    with session_scope(engine) as session:
        members: dict[int, list[tuple[str, str]]] = {}
        query = (
            select(IncidentLink.incident_id, DocumentRow.external_id, EventClaim.sub_event_type)
            .join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
            .join(DocumentRow, DocumentRow.id == EventClaim.document_id)
        )
        for incident, report, kind in session.execute(query):
            members.setdefault(incident, []).append((report, kind))
        tolls: dict[int, list[tuple]] = {}
        for toll in session.scalars(select(IncidentToll)):
            tolls.setdefault(toll.incident_id, []).append((toll.status, toll.actor, toll.category, toll.low,
                                                           toll.best, toll.high, toll.n_sources))
        return sorted(
            (sorted(members.get(incident.id, [])), incident.deaths_low, incident.deaths_best, incident.deaths_high,
             sorted(tolls.get(incident.id, []), key=repr))
            for incident in session.scalars(select(Incident))
        )


def test_the_same_reports_in_two_orders_give_the_same_incidents_and_tolls(
    db_url, engine, tmp_path, migrated_sqlite_template
):
    run_reports(tmp_path, REPORTS, db_url)
    second = tmp_path / "reversed.db"
    shutil.copyfile(migrated_sqlite_template, second)
    other = make_engine(f"sqlite:///{second}")
    try:
        run_reports(tmp_path, REPORTS[::-1], f"sqlite:///{second}")  # the same file, rewritten
        forward, backward = _incidents_by_content(engine), _incidents_by_content(other)
    finally:
        other.dispose()
    assert forward == backward
    bakery = next(item for item in forward if ("kn-rescue", "Air/drone strike") in item[0])
    assert [report for report, _ in bakery[0]] == ["kn-monitor", "kn-rescue"]  # one incident, two outlets
    assert bakery[1:4] == (11, 14, 14)  # both outlets' figures bound it; of one day's two, the larger is best


def _claim(claim_id: int, document: int, value: int, category: str, parent: str | None = None,
           local_id: str = "c1") -> TollClaim:
    return TollClaim(
        id=claim_id, document=document, published=date(2018, 6, 9), local_id=local_id, parent=parent,
        status="killed", actor="Civilians" if category != "fighters" else None, category=category, value=value,
        low=value, high=value, qualifier="exact", scope="incident", source=f"outlet {document}",
    )


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_side_tolls_do_not_depend_on_the_order_of_the_claims(order):
    claims = [
        _claim(11, 1, 23, "civilians"),
        _claim(12, 2, 31, "people"),  # one outlet's "people", another's "civilians": one side, same day
        _claim(13, 3, 6, "fighters"),
        _claim(14, 4, 4, "fighters"),
    ]
    expected = side_tolls(claims)
    found = side_tolls([claims[index] for index in order])
    assert found == expected
    civilians = next(toll for toll in found if toll.actor == "Civilians")
    assert (civilians.low, civilians.best, civilians.high) == (23, 31, 31)
