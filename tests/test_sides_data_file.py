"""data/casualties/sides.yaml is checked on loading: a malformed copy is refused naming the
file and the section, instead of a bare KeyError or a word list read letter by letter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from observatory.extract.tolls import groups


@pytest.fixture()
def sides_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Path, dict]]:
    """A copy of the shipped file the test may spoil, read in place of it."""
    data = yaml.safe_load(groups.SIDES_PATH.read_text(encoding="utf-8"))
    path = tmp_path / "sides.yaml"
    monkeypatch.setattr(groups, "SIDES_PATH", path)
    groups._sides.cache_clear()
    yield path, data
    groups._sides.cache_clear()


def _write(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data), encoding="utf-8")


def test_the_shipped_file_loads(sides_file: tuple[Path, dict]) -> None:
    path, data = sides_file
    _write(path, data)
    assert "clashed" in groups._sides().battle_verbs


def test_a_missing_section_is_named(sides_file: tuple[Path, dict]) -> None:
    path, data = sides_file
    del data["civilian_sites"]
    _write(path, data)
    with pytest.raises(groups.SidesDataError, match=r"sides\.yaml: 'civilian_sites'"):
        groups._sides()


def test_a_string_where_a_list_belongs_is_refused(sides_file: tuple[Path, dict]) -> None:
    path, data = sides_file
    data["other_clause"] = "while"
    _write(path, data)
    with pytest.raises(groups.SidesDataError, match="'other_clause' must be a non-empty list"):
        groups._sides()


def test_a_noun_class_pointing_to_no_side_is_refused(sides_file: tuple[Path, dict]) -> None:
    path, data = sides_file
    data["side_nouns"]["posse"] = {"words": ["posse members"]}
    _write(path, data)
    with pytest.raises(groups.SidesDataError, match="side_nouns.posse"):
        groups._sides()


def test_an_empty_word_in_a_noun_class_is_refused(sides_file: tuple[Path, dict]) -> None:
    path, data = sides_file
    data["side_nouns"]["troops"]["words"].append(" ")
    _write(path, data)
    with pytest.raises(groups.SidesDataError, match="side_nouns.troops"):
        groups._sides()
