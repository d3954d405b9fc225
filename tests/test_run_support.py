"""Shared helpers for the tests that run invented reports through the CLI and read every
surface (imported by the fusion toll tests; holds no tests itself)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from observatory.cli import app

Report = tuple[str, str, str, str]  # id, source, published, text (the id doubles as the title)

runner = CliRunner()


def write_reports(folder: Path, reports: list[Report]) -> Path:
    """The reports as one JSON Lines file, the input a user gives ``observatory run``."""
    path = folder / "reports.jsonl"
    lines = [json.dumps({"id": i, "source": s, "published": p, "title": i, "text": t}) for i, s, p, t in reports]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def invoke(*args: str) -> str:
    """Run a CLI verb that must succeed; its standard output."""
    outcome = runner.invoke(app, list(args))
    assert outcome.exit_code == 0, outcome.output
    return outcome.stdout


def run_reports(folder: Path, reports: list[Report], db_url: str) -> tuple[int, int]:
    """Run the reports into the store: the run summary's incidents and killed."""
    summary = invoke("run", str(write_reports(folder, reports)), "--db", db_url)
    found = re.search(r"(\d+) incident\(s\), (\d+) killed", summary)
    assert found, summary
    return int(found.group(1)), int(found.group(2))
