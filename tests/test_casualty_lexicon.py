"""The casualty lexicon is edited by hand: a file that lost a section or is no mapping
fails on loading with its path and the missing section named, not later in a reader."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from observatory.extract.numbers import LEXICON_KEYS, LEXICON_PATH, read_lexicon


def _write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "lexicon.yaml"
    path.write_text(content, encoding="utf-8")
    return path


def test_the_shipped_lexicon_has_every_section() -> None:
    assert set(LEXICON_KEYS) <= set(read_lexicon(LEXICON_PATH))


def test_a_missing_section_is_named_with_the_file(tmp_path: Path) -> None:
    sections = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    del sections["nesting_after"], sections["war_cues"]
    path = _write(tmp_path, yaml.safe_dump(sections))
    with pytest.raises(ValueError, match=r"lexicon\.yaml: missing section\(s\): nesting_after, war_cues"):
        read_lexicon(path)


def test_a_section_read_by_the_toll_rules_is_named_when_missing(tmp_path: Path) -> None:
    sections = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    del sections["tells_more_cues"]
    path = _write(tmp_path, yaml.safe_dump(sections))
    with pytest.raises(ValueError, match=r"lexicon\.yaml: missing section\(s\): tells_more_cues"):
        read_lexicon(path)


def test_a_list_instead_of_sections_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "- killed\n- wounded\n")
    with pytest.raises(ValueError, match=f"{path}: expected a mapping of sections, got list"):
        read_lexicon(path)


def test_broken_yaml_names_the_file(tmp_path: Path) -> None:
    path = _write(tmp_path, "status_before: [killed, wounded\n")
    with pytest.raises(ValueError, match=f"{path}: invalid YAML"):
        read_lexicon(path)


@pytest.mark.parametrize(("section", "value"), [
    ("toll_setting", ["put", "placed"]),
    ("toll_setting", {"verbs": ["estimated"]}),
    ("toll_setting", {"verbs": [], "nouns": ["tally"]}),
    ("toll_setting", {"verbs": "reckoned", "nouns": ["tally"]}),
    ("recalled_periods", "the fortnight before"),
    ("recalled_periods", ["a fortnight ago", 14]),
    ("breakdown_by_kind", {"totals": ["unknown"], "kinds": ["children"]}),
    ("breakdown_by_kind", {"totals": ["unknown"], "kinds": ["children"], "armed": "rebels"}),
    ("breakdown_by_kind", {"totals": ["unknown"], "kinds": ["children"], "armed": ["rebels"], "marks": ":",
                           "openers": ["as follows"]}),
    ("breakdown_by_kind", ["rebels", "soldiers"]),
])
def test_a_malformed_new_word_list_names_the_file_and_the_section(tmp_path: Path, section: str,
                                                                   value: object) -> None:
    sections = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    sections[section] = value
    path = _write(tmp_path, yaml.safe_dump(sections))
    with pytest.raises(ValueError, match=rf"lexicon\.yaml: {section}: "):
        read_lexicon(path)


def test_an_intransitive_predicate_is_a_status_after_the_group_once_read(tmp_path: Path) -> None:
    """A predicate listed only under ``intransitive_after`` ("breathed their last") is a
    status after the group for every reader of ``status_after``, listed once."""
    sections = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    sections["intransitive_after"]["killed"].append("breathed their last")
    sections["intransitive_after"]["missing"].append("vanished")
    read = read_lexicon(_write(tmp_path, yaml.safe_dump(sections)))
    assert read["status_after"]["killed"].count("breathed their last") == 1
    assert "vanished" in read["status_after"]["missing"]
    assert read["status_after"]["killed"].count("died") == 1
