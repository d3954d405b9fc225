"""The fusion verbs end to end on a store: fuse, tolls, control, export, report."""

from __future__ import annotations

import json

from fixtures.fuse.loader import store_scenario
from typer.testing import CliRunner

from observatory.cli import app
from observatory.store.db import session_scope

runner = CliRunner()


def _invoke(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_verbs_on_a_store(engine, db_url, tmp_path):
    with session_scope(engine) as session:
        store_scenario(session, "three_outlets")
        store_scenario(session, "capture_recapture")
    # Two incidents from the three outlets; the control reports name no event, so they
    # join as report members: one incident per day they tell of Al-Qaryatayn (the three
    # reports of 21 October each state that day at that town: ``same_spot``).
    assert "5 new incidents" in _invoke("fuse", "--db", db_url).output
    assert "5 new incidents" in _invoke("fuse", "--rebuild", "--db", db_url).output

    rows = json.loads(_invoke("tolls", "--by", "governorate", "--period", "day", "-f", "json", "--db", db_url).output)
    assert {(row["key"], row["best"]) for row in rows} == {("Homs", 101), ("Idlib", 7)}

    held = _invoke("control", "--at", "2017-10-25", "--near", "Al Qaryatayn", "--km", "5", "--db", db_url).output
    assert "Military Forces of Syria" in held and "DISPUTED" in held

    target = tmp_path / "events.csv"
    _invoke("export", "--format", "acled", "--from", "2017-09-01", "--to", "2017-09-30", "-o", str(target),
            "--db", db_url)
    assert target.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")

    report = tmp_path / "september.md"
    _invoke("report", "--month", "2017-09", "--format", "md", "-o", str(report), "--db", db_url)
    assert "![Deaths per day](september-chart.svg)" in report.read_text(encoding="utf-8")
    assert (tmp_path / "september-chart.svg").read_text(encoding="utf-8").startswith("<svg")


def test_bad_dates_are_reported_clearly(db_url):
    result = runner.invoke(app, ["tolls", "--from", "September", "--db", db_url])
    assert result.exit_code == 2 and "--from must be a date" in result.output
    for verb in (["tolls"], ["export", "--format", "json"]):
        result = runner.invoke(app, [*verb, "--from", "2017-06-30", "--to", "2017-06-01", "--db", db_url])
        assert result.exit_code == 2 and "--from 2017-06-30 is after --to 2017-06-01" in result.output
    result = runner.invoke(app, ["report", "--month", "Sept-2017", "--db", db_url])
    assert result.exit_code == 2 and "--month must look like 2017-09" in result.output
