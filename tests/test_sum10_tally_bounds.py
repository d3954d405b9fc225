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
from datetime import date, timedelta

from fastapi.testclient import TestClient
from sqlalchemy import select
from test_run_support import invoke, run_reports, write_reports
from test_web_support import add_people, log_in, web_client

from observatory.fuse.decisions import record_decision
from observatory.fuse.tally_bounds import held_sides
from observatory.fuse.tolls import compute_tolls
from observatory.store.db import session_scope
from observatory.store.tables.core import CasualtyClaimRow, DocumentRow
from observatory.store.tables.fusion import Incident
from observatory.web.incident_reads import period_counts

# Saturday 2017-04-15 (told Sunday), Monday 2017-04-17 (told Tuesday), the tally on Wednesday 2017-04-19.
SATURDAY = ("sq-sat", "Orient Wire", "2017-04-16",
            "Warplanes killed 14 people in Saraqib town on Saturday, civil defence workers said.")
MONDAY = ("sq-mon", "Idlib Post", "2017-04-18",
          "An air raid killed 8 people in Saraqib town on Monday, a local doctor said.")
TALLY = ("sq-tally", "Aleppo Herald", "2017-04-19",
         "Russian and Syrian warplanes have killed at least 37 civilians in Saraqib since the bombing campaign "
         "began on Saturday, a monitor said.")


def test_a_tally_and_two_days_inside_it_show_the_tally_on_every_surface(db_url, engine, tmp_path):
    summary = invoke("run", str(write_reports(tmp_path, [SATURDAY, MONDAY, TALLY])), "--db", db_url)
    with session_scope(engine) as session:
        assert len(session.scalars(select(Incident)).all()) == 2  # one day stays apart: the bound, not a link
        (held,) = {(side.tally, side.parts) for side in held_sides(session)}
        tally = session.get(Incident, held[0])
        assert tally is not None and tally.deaths_best == 37

    assert "2 incident(s), 37 killed" in summary  # not 37 + 14

    tolls = json.loads(invoke("tolls", "--by", "governorate", "--period", "month", "-f", "json", "--db", db_url))
    assert [(row["best"], row["held_by"]) for row in tolls] == [(37, [held[0]])]  # which incident bounded it
    for by in ("category", "actor"):
        rows = json.loads(invoke("tolls", "--by", by, "--period", "week", "-f", "json", "--db", db_url))
        assert sum(row["best"] for row in rows) == 37

    add_people(engine)
    client: TestClient = web_client(engine)
    log_in(client, "viewer")
    api = client.get("/api/tolls", params={"by": "governorate", "period": "month"}).json()
    assert [row["best"] for row in api] == [37]
    page = client.get("/", params={"date_from": "2017-04-01", "date_to": "2017-04-30"}).text
    assert re.search(r'<div class="n">37</div>deaths', page)
    report = invoke("report", "--month", "2017-04", "--db", db_url)
    assert "Killed in April 2017: 37 " in report
    assert f"days held by the tally of incident(s) {held[0]}" in report


def test_days_larger_than_their_tally_count_instead_of_it(db_url, engine, tmp_path):
    saturday = ("sq-sat", "Orient Wire", "2017-04-16",
                "Warplanes killed 26 people in Saraqib town on Saturday, civil defence workers said.")
    monday = ("sq-mon", "Idlib Post", "2017-04-18",
              "An air raid killed 19 people in Saraqib town on Monday, a local doctor said.")
    incidents, killed = run_reports(tmp_path, [saturday, monday, TALLY], db_url)
    assert (incidents, killed) == (2, 45)  # 26 + 19 > 37: the tally undercounts the days it holds


def test_a_day_at_a_town_five_km_away_adds_to_the_tally(db_url, engine, tmp_path):
    wednesday = ("kn-wed", "Idlib Post", "2017-03-09",
                 "An air raid killed 7 people in Kafranbel town on Wednesday, a local doctor said.")
    elsewhere = ("ks-mon", "Orient Wire", "2017-03-07",
                 "Warplanes killed 11 people in Kafr Sajna village on Monday, civil defence workers said.")
    tally = ("kn-tally", "Aleppo Herald", "2017-03-09",
             "Warplanes have killed at least 30 civilians in Kafranbel since the bombing campaign began on Monday, "
             "a monitor said.")
    _, killed = run_reports(tmp_path, [wednesday, elsewhere, tally], db_url)
    assert killed == 41


def test_a_day_before_the_tallys_period_adds_to_it(db_url, engine, tmp_path):
    before = ("sq-thu", "Orient Wire", "2017-04-14",
              "Warplanes killed 6 people in Saraqib town on Thursday, civil defence workers said.")
    _, killed = run_reports(tmp_path, [before, MONDAY, TALLY], db_url)
    assert killed == 43


def test_a_round_up_over_more_than_a_week_keeps_its_own_rule(db_url, engine, tmp_path):
    round_up = ("sq-roundup", "Aleppo Herald", "2017-04-19",
                "Russian and Syrian warplanes have killed at least 37 civilians in Saraqib since the bombing "
                "campaign began on 2 April, a monitor said.")
    _, killed = run_reports(tmp_path, [SATURDAY, MONDAY, round_up], db_url)
    assert killed == 22  # a round-up is no incident's dead
    rows = json.loads(invoke("tolls", "--by", "governorate", "--period", "month", "-f", "json", "--db", db_url))
    assert [(row["best"], row["held_by"], bool(row["bounded_by"])) for row in rows] == [(37, [], True)]


def test_a_tally_of_civilians_holds_no_fighters_killed_inside_it(db_url, engine, tmp_path):
    both = ("sq-sat", "Orient Wire", "2017-04-16",
            "Warplanes killed 5 civilians and 9 Ahrar al-Sham fighters in Saraqib town on Saturday, civil defence "
            "workers said.")
    _, killed = run_reports(tmp_path, [both, MONDAY, TALLY], db_url)
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
    assert run_reports(tmp_path, [strike, tally], db_url) == (1, 33)


# Every surface that adds incidents up (issue 11, review rv10s): the run summary's headline
# and by-actor table, ``tolls`` by category, actor and governorate per week and month,
# ``report --month``, and what the dashboard and the API call (``period_counts``, ``compute_tolls``).

def _by_actor(summary: str) -> dict[str, int]:
    """The run summary's "People killed and injured, by actor" table: actor -> killed."""
    table = summary.split("┃ actor ", 1)[1].split("per incident", 1)[0]
    return {name.strip(): int(killed) for name, killed in re.findall(r"│ ([^│]+?)\s*│\s*(-?\d+) │\s*-?\d+ │", table)}


def _month_rows(by: str, db_url: str, *window: str) -> dict[str, int]:
    rows = json.loads(invoke("tolls", "--by", by, "--period", "month", *window, "-f", "json", "--db", db_url))
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["period"][:7]] = totals.get(row["period"][:7], 0) + row["best"]
    return totals


def _surfaces_agree(engine, db_url: str, months: dict[str, int]) -> None:
    """Every surface shows each month's dead as ``months`` gives them, and none a negative row."""
    for by in ("category", "governorate"):
        assert _month_rows(by, db_url) == months, by
    for by in ("category", "actor", "governorate"):
        for period in ("week", "month"):
            rows = json.loads(invoke("tolls", "--by", by, "--period", period, "-f", "json", "--db", db_url))
            assert sum(row["best"] for row in rows) == sum(months.values()), (by, period)
            assert all(row["best"] >= 0 and (row["low"] or 0) >= 0 for row in rows), (by, period)
    with session_scope(engine) as session:
        for month, killed in months.items():
            first = date.fromisoformat(f"{month}-01")
            last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
            window = ("--from", first.isoformat(), "--to", last.isoformat())
            assert _month_rows("governorate", db_url, *window) == {month: killed}
            assert period_counts(session, first, last).deaths == killed
            assert sum(row.best or 0 for row in compute_tolls(session, "actor", "month", first, last)) == killed
            label = first.strftime("%B %Y")
            assert f"Killed in {label}: {killed} " in invoke("report", "--month", month, "--db", db_url)


def _killed_headline(summary: str) -> int:
    found = re.search(r"\d+ incident\(s\), (\d+) killed", summary)
    assert found
    return int(found.group(1))


def test_a_vague_day_inside_a_tally_takes_off_no_dead_a_surface_never_added(db_url, engine, tmp_path):
    """"Dozens" give a low but no best: sums of bests never added them, so the tally's row
    keeps its 46 (before: tolls, the monthly report and the by-actor table showed 22)."""
    dozens = ("ks-mon", "Idlib Post", "2017-06-13",
              "Dozens of civilians were killed on Monday when barrel bombs fell on Khan Shaykhun town, rescuers said.")
    wednesday = ("ks-wed", "Orient Wire", "2017-06-15",
                 "Warplanes killed 7 civilians in Khan Shaykhun town on Wednesday, the civil defence said.")
    tally = ("ks-tally", "Aleppo Herald", "2017-06-16",
             "At least 46 civilians have been killed in Khan Shaykhun since the bombing began on Monday, "
             "a monitor said.")
    summary = invoke("run", str(write_reports(tmp_path, [dozens, wednesday, tally])), "--db", db_url)
    with session_scope(engine) as session:
        assert {side.tally for side in held_sides(session)}  # the bound is at work
    assert _killed_headline(summary) == 46
    assert _by_actor(summary) == {"Civilians": 46}
    _surfaces_agree(engine, db_url, {"2017-06": 46})


def test_a_tally_of_soldiers_holds_no_rebels_killed_in_the_same_battle(db_url, engine, tmp_path):
    """Within combatants a tally holds only its own side's dead: 35 soldiers and militiamen since
    Sunday hold Monday's 4 soldiers and 3 Hezbollah fighters (the army's allies), not the 20 and
    13 rebels their foes lost."""
    tally = ("kz-tally", "Hama Monitor", "2017-08-10",
             "A monitor said 35 regime soldiers and militiamen have been killed in clashes with rebels in Kafr "
             "Zita since Sunday.")
    monday = ("kz-mon", "State Wire", "2017-08-08",
              "Army units killed 20 terrorists in Kafr Zita on Monday, while 4 soldiers and 3 Hezbollah fighters "
              "were killed, a military source said.")
    wednesday = ("kz-wed", "Orient Wire", "2017-08-10",
                 "Fierce clashes with regime forces in Kafr Zita killed 13 rebel fighters on Wednesday, a monitor said.")
    summary = invoke("run", str(write_reports(tmp_path, [tally, monday, wednesday])), "--db", db_url)
    assert _killed_headline(summary) == 68  # 35 + 20 + 13: the 4 soldiers and 3 allies are among the 35
    assert _by_actor(summary) == {"Syrian Rebels": 33, "Military Forces of Syria": 32, "Hezbollah": 3}
    _surfaces_agree(engine, db_url, {"2017-08": 68})


def test_civilians_name_no_side_a_tally_of_coalition_strikes_could_share(db_url, engine, tmp_path):
    """The named-forces guard reads no pseudo-actor: coalition strikes' week of civilians holds no
    civilians Islamic State's shells killed inside it (before: "Civilians" on both sides let it)."""
    tally = ("tq-tally", "Euphrates Post", "2017-05-06",
             "US-led coalition air strikes have killed at least 47 civilians in al-Tabqa city over the past five "
             "days, the activist group said.")
    shells = ("tq-wed", "River Network", "2017-05-04",
              "ISIS mortar shells killed 5 civilians in al-Tabqa city on Wednesday, a River Network correspondent "
              "reported.")
    summary = invoke("run", str(write_reports(tmp_path, [tally, shells])), "--db", db_url)
    with session_scope(engine) as session:
        assert held_sides(session) == []
    assert _killed_headline(summary) == 52
    assert _by_actor(summary) == {"Civilians": 52}
    _surfaces_agree(engine, db_url, {"2017-05": 52})


def test_a_tally_across_a_months_end_leaves_each_month_its_own_days(db_url, engine, tmp_path):
    """The excess comes off the tally's own incident, and tallies pair over all dates: September
    keeps Saturday's 8 whatever the dates asked, October the rest of the 21 (before: September 0
    per month, 8 when asked for September alone)."""
    saturday = ("sr-sat", "Orient Wire", "2017-10-01",
                "Warplanes killed 8 civilians in Sarmin town on Saturday, the civil defence said.")
    monday = ("sr-mon", "Idlib Post", "2017-10-03",
              "An air strike killed 5 civilians in Sarmin on Monday, activists said.")
    tally = ("sr-tally", "Aleppo Herald", "2017-10-04",
             "Air strikes have killed at least 21 civilians in Sarmin since Saturday, a monitor said.")
    summary = invoke("run", str(write_reports(tmp_path, [saturday, monday, tally])), "--db", db_url)
    assert _killed_headline(summary) == 21
    assert _by_actor(summary) == {"Civilians": 21}
    _surfaces_agree(engine, db_url, {"2017-09": 8, "2017-10": 13})


def test_a_reviewers_correction_of_the_day_inside_the_tally_moves_the_bound(db_url, engine, tmp_path):
    """The bound reads the day that joined the tally's incident as that side was summed, with
    the reviewer's count: Monday's 8 corrected to 28 makes the days 14 + 28 = 42, more than
    the tally's 37, so Saturday's 14 adds 5 (not 0, as the extracted 8 would have it)."""
    run_reports(tmp_path, [SATURDAY, MONDAY, TALLY], db_url)
    with session_scope(engine) as session:
        monday = session.scalar(select(CasualtyClaimRow).join(DocumentRow, DocumentRow.id == CasualtyClaimRow.document_id)
                                .where(DocumentRow.external_id == "sq-mon", CasualtyClaimRow.status == "killed"))
        assert monday is not None and monday.value == 8
        record_decision(session, "analyst", "correct", "casualty_claim", monday.id, {"value": 8},
                        {"fields": {"value": 28, "low": 28}}, "the hospital's list names 28")
    with session_scope(engine) as session:
        assert [side.best for side in held_sides(session)] == [9]  # Saturday's 14 less the 5 the days add over 37
    rows = json.loads(invoke("tolls", "--by", "category", "--period", "month", "-f", "json", "--db", db_url))
    assert sum(row["best"] for row in rows) == 42
