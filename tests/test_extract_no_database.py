"""The extractor knows what it is given: files are read with the built-in gazetteer in
any folder, stored documents with their store's places."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from observatory.cli import app
from observatory.kb.gazetteer import reset_default_gazetteer

PLACE = "Qaryat Nuwaybir"
REPORT = f"Government helicopters dropped barrel bombs on {PLACE} on Thursday, killing six people."


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("OBSERVATORY_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("OBSERVATORY_DB", raising=False)
    reset_default_gazetteer()
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    yield tmp_path
    reset_default_gazetteer()


def _cli(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def _place_of(printed: str) -> dict:
    events = json.loads(printed)["events"]
    return next(e["location"] for e in events if e["location"] and e["location"]["mention"] == PLACE)


def test_a_database_in_the_current_folder_does_not_change_extract_file(folder: Path) -> None:
    before = _cli("extract", "--format", "json", "--published", "2019-04-04", "report.txt")
    _cli("gazetteer", "add", PLACE, "--lat", "35.31", "--lon", "36.72", "--admin1", "Hama")
    assert (folder / "observatory.db").exists()
    after = _cli("extract", "--format", "json", "--published", "2019-04-04", "report.txt")

    assert after == before
    assert _place_of(after)["lat"] is None


def test_stored_documents_are_read_with_the_stores_places(folder: Path) -> None:
    import observatory

    _cli("gazetteer", "add", PLACE, "--lat", "35.31", "--lon", "36.72", "--admin1", "Hama")
    store = observatory.open_store("observatory.db")
    store.ingest([folder / "report.txt"])
    assert not store.extract().failed
    with store.session() as session:
        from observatory.store.tables.core import EventClaim

        places = {(row.place_name, row.lat) for row in session.query(EventClaim)}
    assert (PLACE, 35.31) in places
