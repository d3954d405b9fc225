"""`observatory actors add/alias/list` write the user's actors.yaml and read it back."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from observatory.cli import app


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OBSERVATORY_HOME", str(tmp_path))
    return tmp_path


def test_add_then_list_shows_the_new_actor(home: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["actors", "add", "Liwa al-Baqir", "--type", "political_militia",
                                 "--alias", "Baqir Brigade fighters"])
    assert result.exit_code == 0, result.output
    saved = yaml.safe_load((home / "actors.yaml").read_text(encoding="utf-8"))
    assert saved["actors"][0]["aliases"] == ["Baqir Brigade fighters"]
    listed = runner.invoke(app, ["actors", "list", "--type", "political_militia"])
    assert "Liwa al-Baqir" in listed.output


def test_alias_extends_a_package_actor(home: Path) -> None:
    result = CliRunner().invoke(app, ["actors", "alias", "Islamic State", "Tanzim al-Dawla"])
    assert result.exit_code == 0, result.output
    listed = CliRunner().invoke(app, ["actors", "list", "--aliases"])
    assert "Tanzim al-Dawla" in listed.output


def test_bad_type_is_refused_with_a_clear_error(home: Path) -> None:
    result = CliRunner().invoke(app, ["actors", "add", "Somebody", "--type", "warlords"])
    assert result.exit_code == 2
    assert not (home / "actors.yaml").exists()
