"""A multi-day tally and two one-day incidents inside it count once on every surface (issue 11).

"At least 37 civilians killed in Saraqib since the campaign began on Saturday" (told on
Wednesday) holds Saturday's 14 and Monday's 8 there.  One day joins the tally's incident
(``matching.inside_tally``); the other, a different stated day, stays an incident of its
own (complete link), so the bound sits where incidents are added up
(``fuse.tally_bounds``): together they count max(tally, the days).  Guards: days larger
than the tally count instead of it, a town 5 km away and a day outside the period add, a
round-up over more than a week keeps its own rule, and a tally of civilians holds no
fighters.  Invented reports; Saraqib, Kafranbel and Kafr Sajna (5.1 km from Kafranbel)
are real places.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import select
from test_web_support import add_people, log_in, web_client
from typer.testing import CliRunner

from observatory.cli import app
from observatory.fuse.tally_bounds import held_sides
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

runner = CliRunner()

# Saturday 2017-04-15 (told Sunday), Monday 2017-04-17 (told Tuesday), the tally on Wednesday 2017-04-19.
SATURDAY = ("sq-sat", "Orient Wire", "2017-04-16",
            "Warplanes killed 14 people in Saraqib town on Saturday, civil defence workers said.")
MONDAY = ("sq-mon", "Idlib Post", "2017-04-18",
          "An air raid killed 8 people in Saraqib town on Monday, a local doctor said.")
TALLY = ("sq-tally", "Aleppo Herald", "2017-04-19",
         "Russian and Syrian warplanes have killed at least 37 civilians in Saraqib since the bombing campaign "
         "began on Saturday, a monitor said.")


def _write(folder: Path, reports: list[tuple[str, str, str, str]]) -> Path:
    path = folder / "reports.jsonl"
    lines = [json.dumps({"id": i, "source": s, "published": p, "title": i, "text": t}) for i, s, p, t in reports]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _invoke(*args: str) -> str:
    outcome = runner.invoke(app, list(args))
    assert outcome.exit_code == 0, outcome.output
    return outcome.stdout


def _run(folder: Path, reports: list[tuple[str, str, str, str]], db_url: str) -> tuple[int, int]:
    """The run summary's incidents and killed."""
    found = re.search(r"(\d+) incident\(s\), (\d+) killed", _invoke("run", str(_write(folder, reports)), "--db", db_url))
    assert found
    return int(found.group(1)), int(found.group(2))


def test_a_tally_and_two_days_inside_it_show_the_tally_on_every_surface(db_url, engine, tmp_path):
    summary = _invoke("run", str(_write(tmp_path, [SATURDAY, MONDAY, TALLY])), "--db", db_url)
    with session_scope(engine) as session:
        assert len(session.scalars(select(Incident)).all()) == 2  # one day stays apart: the bound, not a link
        (held,) = {(side.tally, side.incident) for side in held_sides(session)}
        tally = session.get(Incident, held[0])
        assert tally is not None and tally.deaths_best == 37

    assert "2 incident(s), 37 killed" in summary  # not 37 + 14

    tolls = json.loads(_invoke("tolls", "--by", "governorate", "--period", "month", "-f", "json", "--db", db_url))
    assert [(row["best"], row["held_by"]) for row in tolls] == [(37, [held[0]])]  # which incident bounded it
    for by in ("category", "actor"):
        rows = json.loads(_invoke("tolls", "--by", by, "--period", "week", "-f", "json", "--db", db_url))
        assert sum(row["best"] for row in rows) == 37

    add_people(engine)
    client: TestClient = web_client(engine)
    log_in(client, "viewer")
    api = client.get("/api/tolls", params={"by": "governorate", "period": "month"}).json()
    assert [row["best"] for row in api] == [37]
    page = client.get("/", params={"date_from": "2017-04-01", "date_to": "2017-04-30"}).text
    assert re.search(r'<div class="n">37</div>deaths', page)
    report = _invoke("report", "--month", "2017-04", "--db", db_url)
    assert "Killed in April 2017: 37 " in report
    assert f"days held by the tally of incident(s) {held[0]}" in report


def test_days_larger_than_their_tally_count_instead_of_it(db_url, engine, tmp_path):
    saturday = ("sq-sat", "Orient Wire", "2017-04-16",
                "Warplanes killed 26 people in Saraqib town on Saturday, civil defence workers said.")
    monday = ("sq-mon", "Idlib Post", "2017-04-18",
              "An air raid killed 19 people in Saraqib town on Monday, a local doctor said.")
    incidents, killed = _run(tmp_path, [saturday, monday, TALLY], db_url)
    assert (incidents, killed) == (2, 45)  # 26 + 19 > 37: the tally undercounts the days it holds


def test_a_day_at_a_town_five_km_away_adds_to_the_tally(db_url, engine, tmp_path):
    wednesday = ("kn-wed", "Idlib Post", "2017-03-09",
                 "An air raid killed 7 people in Kafranbel town on Wednesday, a local doctor said.")
    elsewhere = ("ks-mon", "Orient Wire", "2017-03-07",
                 "Warplanes killed 11 people in Kafr Sajna village on Monday, civil defence workers said.")
    tally = ("kn-tally", "Aleppo Herald", "2017-03-09",
             "Warplanes have killed at least 30 civilians in Kafranbel since the bombing campaign began on Monday, "
             "a monitor said.")
    _, killed = _run(tmp_path, [wednesday, elsewhere, tally], db_url)
    assert killed == 41


def test_a_day_before_the_tallys_period_adds_to_it(db_url, engine, tmp_path):
    before = ("sq-thu", "Orient Wire", "2017-04-14",
              "Warplanes killed 6 people in Saraqib town on Thursday, civil defence workers said.")
    _, killed = _run(tmp_path, [before, MONDAY, TALLY], db_url)
    assert killed == 43


def test_a_round_up_over_more_than_a_week_keeps_its_own_rule(db_url, engine, tmp_path):
    round_up = ("sq-roundup", "Aleppo Herald", "2017-04-19",
                "Russian and Syrian warplanes have killed at least 37 civilians in Saraqib since the bombing "
                "campaign began on 2 April, a monitor said.")
    _, killed = _run(tmp_path, [SATURDAY, MONDAY, round_up], db_url)
    assert killed == 22  # a round-up is no incident's dead
    rows = json.loads(_invoke("tolls", "--by", "governorate", "--period", "month", "-f", "json", "--db", db_url))
    assert [(row["best"], row["held_by"], bool(row["bounded_by"])) for row in rows] == [(37, [], True)]


def test_a_tally_of_civilians_holds_no_fighters_killed_inside_it(db_url, engine, tmp_path):
    both = ("sq-sat", "Orient Wire", "2017-04-16",
            "Warplanes killed 5 civilians and 9 Ahrar al-Sham fighters in Saraqib town on Saturday, civil defence "
            "workers said.")
    _, killed = _run(tmp_path, [both, MONDAY, TALLY], db_url)
    assert killed == 46  # the 37 civilians hold Saturday's 5 and Monday's 8, not the 9 fighters


def test_an_event_less_tally_of_civilians_still_holds_a_strike_on_them(db_url, engine, tmp_path):
    """An event-less tally names only its dead; "civilians" name no side (the named-forces
    guard of ``test_fuse_tally_parts`` keeps Islamic State's dead from a regime strike)."""
    strike = ("sq-barrels", "Orient Wire", "2017-04-16",
              "Regime helicopters dropped barrel bombs on Saraqib town on Saturday, killing 11 civilians, rescue "
              "workers said.")
    tally = ("sq-aircraft", "Aleppo Herald", "2017-04-19",
             "Syrian government aircraft have killed 33 civilians in Saraqib since the campaign began on Saturday, "
             "the monitor said.")
    assert _run(tmp_path, [strike, tally], db_url) == (1, 33)
