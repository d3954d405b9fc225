"""``observatory.open_store``: the store methods a notebook uses, on a real SQLite file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import observatory
from observatory.kb.gazetteer import reset_default_gazetteer


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OBSERVATORY_HOME", str(tmp_path / "home"))
    reset_default_gazetteer()
    yield observatory.open_store(str(tmp_path / "api.db"))
    reset_default_gazetteer()


def test_a_bare_path_opens_a_sqlite_store_with_the_current_schema(store, tmp_path: Path) -> None:
    assert store.url.startswith("sqlite:///") and (tmp_path / "api.db").exists()
    assert store.incidents() == [] and store.tolls() == [] and store.incident(1) is None


def test_control_changes_reach_the_timeline(store, tmp_path: Path) -> None:
    report = tmp_path / "front.txt"
    report.write_text(
        "Syrian government forces took full control of the town of Saraqib on Tuesday after "
        "opposition fighters withdrew, a war monitor said.",
        encoding="utf-8",
    )
    added = store.ingest([report], published=date(2020, 3, 4))
    assert len(added.added) == 1 and not added.errors
    assert store.extract().failed == []
    store.fuse()

    held = store.control(date(2020, 3, 10))
    assert [state.place_name for state in held] == ["Saraqib"]
    assert held[0].status == "held" and held[0].date_start <= date(2020, 3, 10)
    assert store.control(date(2019, 1, 1)) == []


def test_ingesting_the_same_text_twice_stores_it_once(store, tmp_path: Path) -> None:
    report = tmp_path / "once.txt"
    report.write_text("Shelling hit the outskirts of Example on Friday, wounding a woman.", encoding="utf-8")
    first = store.ingest([report])
    second = store.ingest([report])
    assert len(first.added) == 1 and second.added == [] and second.duplicates == first.added
