"""One toll everywhere: the dashboard's total, the run summary's sides, ``tolls`` rows, the
monthly report and the ACLED/UCDP exports count the same dead; a side is not named after a
part of its dead; the incident page tells
which figures are not added.  Invented reports."""

from __future__ import annotations

import csv
import io
from datetime import date

from fixtures.fuse.loader import store_report
from sqlalchemy import select
from test_web_support import Store, seeded_template, store  # noqa: F401

from observatory.export.formats import export
from observatory.export.report import build_report
from observatory.fuse.incidents import update_incidents
from observatory.fuse.read_model import IncidentFilter, list_incidents
from observatory.fuse.toll_rules import TollClaim, side_tolls
from observatory.fuse.tolls import compute_tolls, deaths_total, side_totals
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

# A strike told with a figure, and a shelling told only as "scores of people" in the same
# month and governorate: the second counts at its floor (20) in every total.
COUNTED = {
    "id": "lcc-2207", "source": "LCC", "published": "2016-03-08",
    "title": "Barrel bombs on Maarat al-Numan",
    "text": "Helicopters dropped barrel bombs on Maarat al-Numan on Monday, killing 13 people in a bakery queue.",
    "events": [{"id": "e1", "type": "Air/drone strike", "date": "2016-03-07", "place": "maarat",
                "actors": ["Military Forces of Syria", "Civilians"],
                "evidence": "Helicopters dropped barrel bombs on Maarat al-Numan"}],
    "casualties": [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "unknown",
                    "count": "exact 13", "evidence": "13 people"}],
}
VAGUE = {
    "id": "smart-0316", "source": "Smart", "published": "2016-03-16",
    "title": "Shelling on Ariha",
    "text": "Artillery fire on the market of Ariha killed scores of people on Tuesday.",
    "events": [{"id": "e1", "type": "Shelling/artillery/missile attack", "date": "2016-03-15", "place": "ariha",
                "actors": ["Military Forces of Syria", "Civilians"],
                "evidence": "Artillery fire on the market of Ariha"}],
    "casualties": [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians",
                    "count": "vague 20", "evidence": "scores of people"}],
}


def _acled_and_ucdp(session) -> tuple[int, int]:
    totals = []
    for fmt, column in (("acled", "fatalities"), ("ucdp", "best")):
        handle = io.StringIO()
        export(session, fmt, handle)
        totals.append(sum(int(row[column]) for row in csv.DictReader(io.StringIO(handle.getvalue()))))
    return totals[0], totals[1]


def test_a_vaguely_told_incident_counts_alike_on_every_surface(engine):
    with session_scope(engine) as session:
        store_report(session, COUNTED)
        store_report(session, VAGUE)
        update_incidents(session)
        ids = set(session.scalars(select(Incident.id)))
        total = deaths_total(session)
        assert total.best == 33  # 13 counted + the floor of "scores"
        assert sum(row.best or 0 for row in compute_tolls(session, by="governorate")) == total.best
        assert sum(side_totals(session, ids, ("killed",)).values()) == total.best
        assert _acled_and_ucdp(session) == (total.best, total.best)
        assert "Killed in March 2016: 33 " in build_report(session, "2016-03").intro[0]


def test_a_vaguely_told_incident_is_found_and_sorted_by_its_floor(engine):
    with session_scope(engine) as session:
        store_report(session, COUNTED)
        store_report(session, VAGUE)
        update_incidents(session)
        found, total = list_incidents(session, IncidentFilter(min_deaths=15), sort="-deaths")
        assert total == 1 and found[0].deaths_low == 20  # "scores" (at least 20), not the 13 counted
        found, _ = list_incidents(session, IncidentFilter(), sort="-deaths")
        assert [incident.deaths_low for incident in found][0] == 20


def test_a_vaguely_told_incident_alone_keeps_its_floor_in_the_row(engine):
    with session_scope(engine) as session:
        store_report(session, VAGUE)
        update_incidents(session)
        (row,) = compute_tolls(session, by="category", period="day")
        assert (row.period, row.low, row.best) == ("2016-03-15", 20, 20)
        assert _acled_and_ucdp(session) == (20, 20)


def _dead(claim_id: int, category: str, value: int | None, qualifier: str = "exact", low: int | None = None,
          document: int = 1) -> TollClaim:
    return TollClaim(id=claim_id, document=document, published=date(2017, 4, 16), local_id=f"c{claim_id}",
                     parent=None, status="killed", actor="Civilians", category=category, value=value,
                     low=value if low is None else low, high=value, qualifier=qualifier, scope="incident")


def test_a_side_is_not_named_after_a_part_of_its_dead():
    # "Dozens of children dead" in the headline, "94 people killed" in the body and in another outlet.
    (side,) = side_tolls([_dead(1, "children", None, "vague", low=24), _dead(2, "unknown", 94),
                          _dead(3, "unknown", 90, document=2)])
    assert (side.category, side.best) == ("unknown", 94)
    # civilians at large name it, whatever share of them a claim calls children or women
    (side,) = side_tolls([_dead(1, "civilians", 30), _dead(2, "children", 12, document=2),
                          _dead(3, "women", 12, document=3)])
    assert side.category == "civilians"


def test_a_side_all_its_reports_call_children_stays_children():
    (side,) = side_tolls([_dead(1, "children", 7), _dead(2, "children", 8, document=2)])
    assert side.category == "children"
    (side,) = side_tolls([_dead(1, "women", 3), _dead(2, "unknown", None, "vague", low=2, document=2)])
    assert side.category == "unknown"


# A strike whose report also tells the month's running total in the governorate (a round-up
# over 20 days), and a count of bodies that are some of the strike's dead.
ROUND_UP = {
    "id": "baladi-0421", "source": "Baladi", "published": "2016-04-21",
    "title": "Raid on Maarat al-Numan",
    "text": "A raid on a fuel depot in Maarat al-Numan killed 9 people on Thursday, bringing to 240 the "
            "civilians killed in the province since April 1. Medics identified 4 of the bodies.",
    "events": [{"id": "e1", "type": "Air/drone strike", "date": "2016-04-21", "place": "maarat",
                "actors": ["Military Forces of Syria", "Civilians"],
                "evidence": "A raid on a fuel depot in Maarat al-Numan"}],
    "casualties": [
        {"id": "c1", "event": "e1", "actor": "Civilians", "category": "unknown", "count": "exact 9",
         "evidence": "9 people"},
        {"id": "c2", "event": "e1", "actor": "Civilians", "category": "civilians", "scope": "cumulative",
         "period": "2016-04-01/2016-04-21", "count": "exact 240", "evidence": "240 the civilians"},
        {"id": "c3", "event": "e1", "actor": "Civilians", "category": "unknown", "parent": "c1",
         "count": "exact 4", "evidence": "4 of the bodies"},
    ],
}


def test_the_monthly_report_heads_with_the_incidents_dead_and_names_the_round_up(engine):
    with session_scope(engine) as session:
        store_report(session, ROUND_UP)
        update_incidents(session)
        intro = build_report(session, "2016-04").intro[0]
        assert intro.startswith("Killed in April 2016: 9 (low 9, high 9) in 1 incidents.")
        assert "as in the tables below, 240 " in intro


def test_the_incident_page_marks_round_ups_and_subsets_as_not_added(store: Store):
    with session_scope(store.engine) as session:
        store_report(session, ROUND_UP)
        update_incidents(session)
        incident = session.scalar(select(Incident.id).where(Incident.date_start == date(2016, 4, 21)))
    detail = store.client.get(f"/api/incidents/{incident}", headers=store.bearer("viewer")).json()
    assert detail["deaths_best"] == 9
    notes = {claim["local_id"]: claim["summary"] for claim in detail["claims"] if claim["kind"] == "casualty"}
    assert "part of c1, never added to it" in notes["c3"] and "part of" not in notes["c1"]
    page = store.client.get(f"/incidents/{incident}", headers=store.bearer("viewer")).text
    assert page.count("a running total over many days: not this incident") == 1
    assert "part of c1, never added to it" in page
