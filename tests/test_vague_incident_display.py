"""An incident told only vaguely ("dozens killed") has a low bound and no best figure.
Totals count its low bound, so every surface that lists it must show that bound too,
not an empty cell or a dash beside a total that includes it."""

from __future__ import annotations

import re

from sqlalchemy import select
from test_run_support import invoke, write_reports
from test_web_support import add_people, log_in, web_client

from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

VAGUE = ("kh-thu", "Hama Courier", "2017-09-08",
         "Dozens of fighters were killed on Thursday in clashes near the village of Kafr Halab, a commander said.")


def test_a_vague_incident_shows_its_low_bound_where_it_is_listed(db_url, engine, tmp_path):
    invoke("run", str(write_reports(tmp_path, [VAGUE])), "--db", db_url)
    with session_scope(engine) as session:
        (incident,) = session.scalars(select(Incident)).all()
        assert incident.deaths_best is None and incident.deaths_low
        low = incident.deaths_low

    add_people(engine)
    client = web_client(engine)
    log_in(client, "viewer")
    latest = client.get("/", params={"date_from": "2017-09-01", "date_to": "2017-09-30"}).text
    assert re.search(rf'<td class="num">≥{low}', latest.split('id="latest"')[1])
    search = client.get("/search", params={"q": "Kafr Halab"}).text
    assert f"≥{low}" in search.split('id="incident-results"')[1]

    report = invoke("report", "--month", "2017-09", "--db", db_url)
    assert f"≥{low}" in report.split("Deadliest incidents")[1]
