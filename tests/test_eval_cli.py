"""``observatory eval`` as a user runs it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from observatory.commands.eval import register

FIXTURES = Path(__file__).parent / "fixtures" / "eval"
GOLD = FIXTURES / "gold.jsonl"
OUTPUT = FIXTURES / "output.jsonl"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Keep ``eval`` a sub-command, as under the real root app."""

    register(app)
    return app


def run(app: typer.Typer, *args: str):
    return CliRunner().invoke(app, ["eval", *map(str, args)])


def test_scores_an_existing_output_as_a_table(app):
    result = run(app, GOLD, "--output", OUTPUT, "--per-doc")
    assert result.exit_code == 0, result.output
    for label in ("sub-event types", "casualty numbers", "control changes", "killed total exact", "misplaced > 50 km"):
        assert label in result.output
    assert "fx-cumulative-only" in result.output
    assert "score 0.7" in result.output


def test_json_figures(app):
    result = run(app, GOLD, "--output", OUTPUT, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["missing_docs"] == 1 and summary["unparsable_lines"] == 1
    assert summary["misplaced"] == {"placed": 5, "far": 1, "rate": 0.2}
    assert 0 < summary["score"] < 1


def test_malformed_gold_is_a_clear_error(app, tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "actors": []}\n{"id": "b", "actors": [\n', encoding="utf-8")
    result = run(app, gold, "--output", OUTPUT)
    assert result.exit_code == 2
    assert f"{gold}:2: malformed JSON" in result.output


def test_runs_the_extractor_and_keeps_its_output(app, tmp_path):
    pytest.importorskip("observatory.extract.pipeline")
    out = tmp_path / "out.jsonl"
    result = run(app, GOLD, "--out", out, "--json")
    assert result.exit_code == 0, result.output
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [r["document"]["id"] for r in written] == [line["id"] for line in map(json.loads, GOLD.read_text().splitlines())]
    rescored = run(app, GOLD, "--output", out, "--json")
    assert json.loads(rescored.stdout)["score"] == json.loads(result.stdout)["score"]
