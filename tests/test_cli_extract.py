"""``observatory extract``: JSON that meets the contract, JSON Lines for batches, a table for analysts."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from sqlalchemy import select
from typer.testing import CliRunner

from observatory.cli import app
from observatory.extract.pipeline import EXTRACTOR_VERSION
from observatory.store.db import session_scope
from observatory.store.tables.core import ExtractionRun

REPORTS = Path(__file__).parent / "fixtures" / "ingest" / "reports"
DOUMA = REPORTS / "2017-03-21-douma-shelling.txt"
runner = CliRunner()


def _spans(result: dict) -> list[dict]:
    spans = [span for event in result["events"] for span in event["evidence"]]
    spans += [claim["evidence"] for claim in result["casualties"] + result["control_changes"]]
    return spans


def test_json_for_one_file_meets_the_schema_and_keeps_the_given_metadata(extraction_schema):
    outcome = runner.invoke(
        app, ["extract", "--format", "json", str(DOUMA), "--published", "2017-03-21", "--source", "SOHR", "--id", "douma"]
    )
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.stdout)
    jsonschema.validate(result, extraction_schema)
    assert result["document"] == {
        "id": "douma",
        "title": "Regime shelling on Douma kills seven civilians",
        "source": "SOHR",
        "url": None,
        "published": "2017-03-21",
        "language": "en",
    }
    text = DOUMA.read_text().rstrip()
    assert result["events"], "a shelling report yields at least one event"
    assert all(text[s["start"] : s["end"]] == s["text"] for s in _spans(result))


def test_jsonl_input_gives_one_result_per_line_with_each_id_and_date(tmp_path, extraction_schema):
    lines = tmp_path / "docs.jsonl"
    lines.write_text(
        (REPORTS / "batch.jsonl").read_text()
        + json.dumps({"id": "no-date", "text": "Clashes erupted yesterday between the factions in Daraa."})
        + "\n"
    )
    outcome = runner.invoke(app, ["extract", "--format", "jsonl", "--input", str(lines)])
    assert outcome.exit_code == 0, outcome.output
    results = [json.loads(line) for line in outcome.stdout.splitlines()]
    assert [r["document"]["id"] for r in results] == ["idlib-2017-04-04", "deir-2017-05-12", "no-date"]
    assert [r["document"]["published"] for r in results] == ["2017-04-04", "2017-05-12", None]
    for result in results:
        jsonschema.validate(result, extraction_schema)


def test_stdin_is_read_when_the_file_is_a_dash(extraction_schema):
    report = "Turkish warplanes struck the village of Jinderes in Afrin on Friday, killing 6 civilians."
    outcome = runner.invoke(app, ["extract", "--format", "json", "-", "--published", "2018-02-16"], input=report)
    assert outcome.exit_code == 0, outcome.output
    result = json.loads(outcome.stdout)
    jsonschema.validate(result, extraction_schema)
    assert result["document"]["published"] == "2018-02-16"


def test_table_view_shows_each_kind_of_claim_for_analysts():
    outcome = runner.invoke(app, ["extract", "--format", "table", str(DOUMA), "--published", "2017-03-21"])
    assert outcome.exit_code == 0, outcome.output
    for heading in ("Regime shelling on Douma kills seven civilians", "Events", "Casualties", "Control changes"):
        assert heading in outcome.stdout
    assert "Douma" in outcome.stdout.split("Events", 1)[1]


def test_a_bad_file_is_one_error_line_and_a_failing_exit_code(tmp_path):
    bad = tmp_path / "scan.txt"
    bad.write_bytes(b"%PDF-1.4\x00\x00binary")
    outcome = runner.invoke(app, ["extract", "--format", "json", str(bad)])
    assert outcome.exit_code == 1
    assert outcome.stderr.strip() == f"error: {bad}: looks like a binary file, not text"
    assert outcome.stdout == ""


def test_stored_documents_are_extracted_once_per_extractor_version(db_url, engine):
    assert runner.invoke(app, ["ingest", str(REPORTS), "--db", db_url]).exit_code == 0
    first = runner.invoke(app, ["extract", "--db", db_url])
    assert first.exit_code == 0, first.output
    assert f"extracted 7 document(s) with extractor {EXTRACTOR_VERSION}" in first.stderr
    again = runner.invoke(app, ["extract", "--db", db_url])
    assert "extracted 0 document(s)" in again.stderr
    with session_scope(engine) as session:
        runs = list(session.scalars(select(ExtractionRun)))
    assert len(runs) == 7 and {r.extractor_version for r in runs} == {EXTRACTOR_VERSION}
