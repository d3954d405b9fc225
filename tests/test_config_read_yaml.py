"""One reader for data files: YAML that does not parse names the file, with the error type
of the loader that asked (a user-edited actors or control file says where its typo is)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from observatory.config import read_yaml
from observatory.extract import short_reports, triggers
from observatory.extract.clauses import ClauseDataError, load_asides
from observatory.extract.control_data import ControlDataError, read_control
from observatory.extract.dates import DateDataError, load_periods
from observatory.kb.actors import ActorDataError, ActorKB
from observatory.kb.gazetteer.roads import RoadError, load_roads

BROKEN = "actors:\n  - name: Liwa al-Tahrir\n    aliases: [Tahrir brigade\n"


def test_a_data_file_that_parses_is_returned_as_data(tmp_path: Path) -> None:
    path = tmp_path / "lists.yaml"
    path.write_text("nouns: [checkpoint, crossing]\n", encoding="utf-8")
    assert read_yaml(path) == {"nouns": ["checkpoint", "crossing"]}


@pytest.mark.parametrize(("load", "error"), [
    (read_yaml, ValueError),
    (lambda path: ActorKB.from_files([path]), ActorDataError),
    (read_control, ControlDataError),
    (load_asides, ClauseDataError),
    (load_periods, DateDataError),
    (lambda path: triggers.load_lexicon(str(path)), triggers.TriggerDataError),
    (lambda path: short_reports.load_rules(str(path)), ValueError),
    (lambda path: load_roads(path, places=[]), RoadError),
])
def test_yaml_that_does_not_parse_names_the_file(tmp_path: Path, load, error: type[Exception]) -> None:
    path = tmp_path / "edited.yaml"
    path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(error, match=rf"{path}: invalid YAML"):
        load(path)


@pytest.mark.parametrize(("text", "where"), [
    ("line_words: [in, at, on, by]\n", "line_words"),
    ("clause:\n  leads: [in, at, no]\n", "clause.leads"),
    ("verbs:\n  - [hit, yes]\n", "verbs"),
])
def test_a_bare_yes_no_on_off_in_a_word_list_is_refused_naming_the_list(tmp_path, text: str, where: str) -> None:
    path = tmp_path / "words.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=rf"words\.yaml: {re.escape(where)}: a bare yes/no/on/off"):
        read_yaml(path)


def test_quoted_words_and_boolean_settings_are_read(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text('line_words: [in, "on", "no"]\nenabled: true\n', encoding="utf-8")
    assert read_yaml(path) == {"line_words": ["in", "on", "no"], "enabled": True}


@pytest.mark.parametrize("text", ["- Air/drone strike\n- Shelling\n", "families\n"])
def test_a_trigger_file_that_is_no_mapping_is_refused_naming_the_file(tmp_path: Path, text: str) -> None:
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(triggers.TriggerDataError, match=rf"{path}: must be a mapping"):
        triggers.load_lexicon(str(path))
