"""``observatory run``: ingest, extract, fuse and summarise in one go, safe to repeat."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select, text
from typer.testing import CliRunner

from observatory.cli import app
from observatory.store.db import session_scope
from observatory.store.queries import current_run_ids
from observatory.store.tables.core import DocumentRow, ExtractionRun

REPORTS = Path(__file__).parent / "fixtures" / "ingest" / "reports"
runner = CliRunner()


def test_run_stores_extracts_fuses_and_summarises_a_folder(db_url, engine, tmp_path):
    folder = shutil.copytree(REPORTS, tmp_path / "reports")
    outcome = runner.invoke(app, ["run", str(folder), "--db", db_url])
    assert outcome.exit_code == 0, outcome.output
    for heading in ("7 document(s)", "Events by type", "killed", "Control changes", "Places not resolved"):
        assert heading in outcome.stdout
    with session_scope(engine) as session:
        documents = session.scalars(select(DocumentRow.id)).all()
        assert set(current_run_ids(session, documents)) == set(documents)
        assert session.execute(text("SELECT count(*) FROM incidents")).scalar_one() > 0


def test_running_again_reuses_stored_documents_and_extractions(db_url, engine, tmp_path):
    folder = shutil.copytree(REPORTS, tmp_path / "reports")
    first = runner.invoke(app, ["run", str(folder), "--db", db_url])
    second = runner.invoke(app, ["run", str(folder), "--db", db_url])
    assert second.exit_code == 0, second.output
    assert "0 new document(s), 7 already stored" in second.stderr
    assert second.stdout == first.stdout  # same documents, same summary
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRun)) == 7


def test_run_reports_bad_files_but_summarises_the_good_ones(tmp_path):
    (tmp_path / "in").mkdir()
    shutil.copy(REPORTS / "2017-03-22-suran.txt", tmp_path / "in")
    (tmp_path / "in" / "garbled.html").write_bytes(b"<html><body><<<>>>")
    outcome = runner.invoke(app, ["run", str(tmp_path / "in"), "--db", str(tmp_path / "o.db")])
    assert outcome.exit_code == 1
    assert f"error: {tmp_path / 'in' / 'garbled.html'}: no article text found" in outcome.stderr
    assert "1 document(s)" in outcome.stdout


def test_the_console_script_runs_on_the_embedded_default_database(tmp_path):
    """As a user would: the installed ``observatory`` command, default ./observatory.db."""
    env = {key: value for key, value in os.environ.items() if key != "OBSERVATORY_DB"}
    command = [str(Path(sys.executable).with_name("observatory")), "run", "-"]
    report = (REPORTS / "2017-03-22-suran.txt").read_text()
    finished = subprocess.run(
        command, cwd=tmp_path, env=env, input=report, capture_output=True, text=True, timeout=120
    )
    assert finished.returncode == 0, finished.stderr
    assert "1 document(s)" in finished.stdout and "Events by type" in finished.stdout
    assert (tmp_path / "observatory.db").exists()
