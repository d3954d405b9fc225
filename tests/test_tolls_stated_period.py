"""A round-up told beside an incident bounds the period its claims state, never the incident's day.

On main the side of an incident that is a running total carried the incident's one day as its
period, so "since 2011" or "on this front" raised the month of the report that told it.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from fixtures.fuse.loader import store_report

from observatory.export.formats import export
from observatory.fuse.incidents import update_incidents
from observatory.fuse.toll_rules import stated_period
from observatory.fuse.tolls import compute_tolls
from observatory.store.db import session_scope


def _report(report_id: str, published: str, text: str, event: dict, casualties: list[dict]) -> dict:
    return {"id": report_id, "source": "Valley Monitor", "published": published, "title": text.split(",")[0],
            "text": text, "events": [event], "casualties": casualties}


# A shelling in Ariha whose report also counts the detainees dead in custody over five years.
CUSTODY = _report(
    "vm-0514", "2016-05-14",
    "Government guns shelled Ariha on Saturday, killing 9 civilians, while the monitor counted 14,200 "
    "detainees who died in custody between April 2011 and May 2016.",
    {"id": "e1", "type": "Shelling/artillery/missile attack", "date": "2016-05-14", "place": "ariha",
     "actors": ["Military Forces of Syria", "Civilians"], "evidence": "Government guns shelled Ariha on Saturday"},
    [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": "exact 9",
      "evidence": "9 civilians"},
     {"id": "c2", "event": "e1", "actor": None, "category": "unknown", "scope": "cumulative",
      "period": "2011-04-01/2016-05-31", "count": "exact 14200", "evidence": "14,200 detainees"}],
)
# Clashes near Sukhnah told with a front's running total over no stated period.
FRONT = _report(
    "vm-0519", "2016-05-19",
    "Fighting near Sukhnah left 23 Islamic State fighters dead, raising to some 4,700 the jihadists killed "
    "on this front.",
    {"id": "e1", "type": "Armed clash", "date": "2016-05-19", "place": "sukhnah",
     "actors": ["Military Forces of Syria", "Islamic State"], "evidence": "Fighting near Sukhnah"},
    [{"id": "c1", "event": "e1", "actor": "Islamic State", "category": "combatants", "count": "exact 23",
      "evidence": "23 Islamic State fighters"},
     {"id": "c2", "event": "e1", "actor": "Islamic State", "category": "combatants", "scope": "cumulative",
      "count": "about 4700", "evidence": "4,700 the jihadists"}],
)
# A raid on Atarib whose report gives the month's civilian dead so far: a period within May.
MONTH = _report(
    "vm-0528", "2016-05-28",
    "Jets raided Atarib on Saturday, killing 6 civilians and bringing the civilians killed in the "
    "province this month to 310.",
    {"id": "e1", "type": "Air/drone strike", "date": "2016-05-28", "place": "atarib",
     "actors": ["Military Forces of Russia", "Civilians"], "evidence": "Jets raided Atarib on Saturday"},
    [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": "exact 6",
      "evidence": "6 civilians"},
     {"id": "c2", "event": "e1", "actor": "Civilians", "category": "civilians", "scope": "cumulative",
      "period": "2016-05-01/2016-05-28", "count": "exact 310", "evidence": "310"}],
)


def test_round_ups_bound_only_the_months_their_claims_state(engine):
    with session_scope(engine) as session:
        for report in (CUSTODY, FRONT, MONTH):
            store_report(session, report)
        update_incidents(session)
        may = {row.key: row for row in compute_tolls(session, by="category", period="month")}
        assert may["combatants"].best == 23 and not may["combatants"].bounded_by  # "on this front": no period
        assert "unknown" not in may  # five years of custody deaths bound no month
        assert may["civilians"].best == 310 and len(may["civilians"].bounded_by) == 1  # this month: within May
        assert {row.period for row in may.values()} == {"2016-05-01"}
        weeks = {(row.period, row.key, row.best) for row in compute_tolls(session, by="actor", period="week")}
        # weeks start on Monday; the month's 310 lies within no week, so each keeps its incident's dead
        assert weeks == {("2016-05-09", "Civilians", 9), ("2016-05-16", "Islamic State", 23),
                         ("2016-05-23", "Civilians", 6)}


def test_a_round_up_is_selected_by_the_period_it_states(engine):
    with session_scope(engine) as session:
        store_report(session, MONTH)
        update_incidents(session)
        late_may = compute_tolls(session, by="category", period="month", date_from=date(2016, 5, 20))
        assert [(row.key, row.best, row.bounded_by) for row in late_may] == [("civilians", 6, [])]


def test_the_stated_period_of_several_claims_is_their_span_unless_one_states_none():
    spring = (date(2016, 3, 1), date(2016, 3, 31)), (date(2016, 4, 1), date(2016, 4, 30))
    assert stated_period(spring) == (date(2016, 3, 1), date(2016, 4, 30))
    assert stated_period([*spring, (None, None)]) is None
    assert stated_period([]) is None


def test_the_ucdp_split_of_an_incidents_dead_leaves_its_round_ups_out(engine):
    """Deaths per side add up to the incident's best: the front's 4,700 and the month's 310 are no
    side's dead in one clash or raid."""
    with session_scope(engine) as session:
        for report in (FRONT, MONTH):
            store_report(session, report)
        update_incidents(session)
        handle = io.StringIO()
        export(session, "ucdp", handle)
        rows = {row["where_coordinates"]: row for row in csv.DictReader(io.StringIO(handle.getvalue()))}
        front, raid = rows["As Sukhnah"], rows["Al Atarib"]
        assert (front["deaths_b"], front["best"]) == ("23", "23")
        assert (raid["deaths_civilians"], raid["deaths_unknown"], raid["best"]) == ("6", "0", "6")
