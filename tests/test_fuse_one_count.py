"""One count per death: reports of one incident from several outlets are one incident
everywhere, and every surface that shows its toll shows the same number."""

from __future__ import annotations

import csv
import io
import re

from fastapi.testclient import TestClient
from sqlalchemy import select
from test_run_support import invoke, write_reports
from test_web_support import add_people, log_in, web_client

from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentToll

# One strike on a market, told by three outlets over two days with rising figures.
THREE_OUTLETS = [
    ("kt-monitor", "Aleppo Monitor", "2017-11-17",
     "Warplanes struck the crowded livestock market in Khan Tuman town in the southern countryside of Aleppo "
     "on Friday morning, killing 41 civilians and wounding dozens, local medics said."),
    ("kt-wire", "North Wire", "2017-11-17",
     "At least 44 people were killed when air strikes hit a busy market in Khan Tuman, south of Aleppo, on "
     "Friday, according to rescue workers."),
    ("kt-bulletin", "Civil Defence Bulletin", "2017-11-18",
     "The death toll from Friday's air strike on the market of Khan Tuman in Aleppo countryside has risen to "
     "47 civilians, after more of the wounded died in hospital."),
]

# Two outlets, a day apart: the first counts 61 dead, the second (next day) 67.
TWO_TOLLS = [
    ("dz-observer", "Idlib Observer", "2017-11-20",
     "Russian warplanes bombed the vegetable market in Daret Azza town in the western countryside of Aleppo "
     "on Monday afternoon, killing 61 civilians, among them 9 children."),
    ("dz-daily", "Levant Daily", "2017-11-21",
     "The number of people killed in Monday's air raid on the crowded market of Daret Azza, west of Aleppo, "
     "has climbed to 67, a monitoring group said on Tuesday."),
]


def test_one_incident_from_three_outlets_shows_one_toll_on_every_surface(db_url, engine, tmp_path):
    summary = invoke("run", str(write_reports(tmp_path, THREE_OUTLETS)), "--db", db_url)
    with session_scope(engine) as session:
        (incident,) = session.scalars(select(Incident)).all()
        deaths = incident.deaths_best
        assert incident.n_sources == 3
    assert deaths is not None and deaths >= 44  # the later, higher figures supersede the first one

    # The run summary: one incident, its dead once (not 41 + 44 + 47).
    assert f"1 incident(s), {deaths} killed" in summary
    assert re.search(rf"Civilians\s*│\s*{deaths}\s*│", summary)

    # observatory tolls, and the tolls API.
    tolls = invoke("tolls", "--by", "governorate", "--period", "month", "--db", db_url)
    assert re.search(rf"2017-11-01\s*│\s*Aleppo\s*│\s*\d+\s*│\s*{deaths}\s*│", tolls)
    add_people(engine)
    client: TestClient = web_client(engine)
    log_in(client, "viewer")
    api = client.get("/api/tolls", params={"by": "governorate", "period": "month"}).json()
    assert [row["best"] for row in api] == [deaths]

    # The dashboard's death count.
    page = client.get("/", params={"date_from": "2017-11-01", "date_to": "2017-11-30"}).text
    assert re.search(rf'<div class="n">{deaths}</div>deaths', page)

    # Exports and the monthly report.
    acled = list(csv.DictReader(io.StringIO(invoke("export", "-f", "acled", "--db", db_url))))
    assert [int(row["fatalities"]) for row in acled] == [deaths]
    ucdp = list(csv.DictReader(io.StringIO(invoke("export", "-f", "ucdp", "--db", db_url))))
    assert [int(row["best"]) for row in ucdp] == [deaths]
    report = invoke("report", "--month", "2017-11", "--db", db_url)
    assert f"Killed in November 2017: {deaths} " in report


def test_two_outlets_with_61_and_67_dead_a_day_apart_are_one_incident(db_url, engine, tmp_path):
    invoke("run", str(write_reports(tmp_path, TWO_TOLLS)), "--db", db_url)
    with session_scope(engine) as session:
        (incident,) = session.scalars(select(Incident)).all()
        assert incident.n_sources == 2
        (side,) = session.scalars(
            select(IncidentToll).where(
                IncidentToll.incident_id == incident.id, IncidentToll.status == "killed",
                IncidentToll.subset_of.is_(None),
            )
        ).all()
        # The latest report's figure is best; low..high spans both outlets' figures.
        assert (side.low, side.best, side.high) == (61, 67, 67)
        assert (incident.deaths_low, incident.deaths_best, incident.deaths_high) == (61, 67, 67)
        assert side.n_sources == 2
