"""``observatory ingest`` from the command line: tallies, error lines, exit codes, stdin, --db."""

from __future__ import annotations

from pathlib import Path

import pytest

from sqlalchemy import func, select
from typer.testing import CliRunner

from observatory.cli import app
from observatory.store.db import make_engine, session_scope
from observatory.store.tables.core import DocumentRow

REPORTS = Path(__file__).parent / "fixtures" / "ingest" / "reports"
runner = CliRunner()


def _count(engine) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(func.count()).select_from(DocumentRow))


def test_ingesting_twice_adds_nothing_the_second_time(db_url, engine):
    first = runner.invoke(app, ["ingest", str(REPORTS), "--db", db_url])
    assert first.exit_code == 0, first.output
    assert "ingested 7 new document(s), 0 already stored, 0 error(s)" in first.stderr
    second = runner.invoke(app, ["ingest", str(REPORTS), "--db", db_url])
    assert second.exit_code == 0
    assert "ingested 0 new document(s), 7 already stored, 0 error(s)" in second.stderr
    assert _count(engine) == 7


def test_bad_files_fail_the_exit_code_with_one_line_each_while_good_ones_are_stored(db_url, engine, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "feed.jsonl").write_text('{"id": "a", "text": "Shelling on Harasta killed 2."}\n[1, 2]\n')
    (tmp_path / "ok.txt").write_text("Rebel factions shelled al-Wadihi south of Aleppo, killing 3 soldiers.")
    outcome = runner.invoke(app, ["ingest", str(tmp_path), "--db", db_url])
    assert outcome.exit_code == 1
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {tmp_path / 'empty.txt'}: no text (empty document)",
        f'error: {tmp_path / "feed.jsonl"}:2: expected a JSON object with a "text" field',
    ]
    assert _count(engine) == 2


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_an_impossible_published_date_is_a_usage_error(db_url, engine):
    outcome = runner.invoke(app, ["ingest", str(REPORTS), "--published", "2017-02-31", "--db", db_url])
    assert outcome.exit_code == 2
    assert "impossible date '2017-02-31'" in outcome.output
    assert _count(engine) == 0


def test_stdin_is_ingested_with_the_given_source_and_date(db_url, engine):
    report = "Regime warplanes struck Kafr Nubl in the southern countryside of Idlib, killing 4 civilians."
    outcome = runner.invoke(
        app, ["ingest", "-", "--source", "Local Coordination Committees", "--published", "2016-02-15", "--db", db_url],
        input=report,
    )
    assert outcome.exit_code == 0, outcome.output
    with session_scope(engine) as session:
        row = session.scalar(select(DocumentRow))
        assert (row.text, row.source.name, str(row.published), row.origin) == (
            report, "Local Coordination Committees", "2016-02-15", "<stdin>"
        )


def test_observatory_db_environment_variable_chooses_the_database(tmp_path, monkeypatch):
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("OBSERVATORY_DB", f"sqlite:///{target}")
    monkeypatch.chdir(tmp_path)
    outcome = runner.invoke(app, ["ingest", str(REPORTS / "2017-03-22-suran.txt")])
    assert outcome.exit_code == 0, outcome.output
    assert _count(make_engine(f"sqlite:///{target}")) == 1
    assert not (tmp_path / "observatory.db").exists()
