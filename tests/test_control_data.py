"""control.yaml is read and checked in one place: a bad entry names the file and the entry."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from observatory.extract.control_data import CONTROL_PATH, ControlDataError, control_data, read_control
from observatory.kb.actors import ActorKB


def _written(tmp_path: Path, edit: Callable[[dict[str, Any]], object]) -> Path:
    data = yaml.safe_load(CONTROL_PATH.read_text(encoding="utf-8"))
    edit(data)
    path = tmp_path / "control.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def test_the_package_file_is_read_whole() -> None:
    data = control_data()
    assert data.verbs and data.subjects and data.state_side
    assert {"sites", "stand_in", "listed_nouns"} <= set(data.words)


def test_the_state_side_is_a_government_actor_of_the_kb() -> None:
    """A misspelt ``state_side`` would make every state-outlet claim silently go without a taker."""
    entry = ActorKB.load().get(control_data().state_side)
    assert entry is not None and entry.pro_government


def test_a_bad_verb_pattern_names_the_file_and_the_verb(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["verbs"].insert(2, {"pattern": "overp(?:owered", "change": "captured"}))
    with pytest.raises(ControlDataError, match=r"control\.yaml: verb #3 \(captured\): bad pattern 'overp\(\?:owered'"):
        read_control(path)


def test_a_verb_pattern_that_matches_nothing_at_all_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["verbs"].append({"pattern": "(?:stormed)?", "change": "captured"}))
    with pytest.raises(ControlDataError, match=r"control\.yaml: verb #\d+ \(captured\): bad pattern"):
        read_control(path)


def test_a_bad_cue_names_the_cue(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["cues"].update(modal_after=r"\b(?:would|shall"))
    with pytest.raises(ControlDataError, match=r"control\.yaml: cue 'modal_after': bad pattern"):
        read_control(path)


def test_an_unknown_cue_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["cues"].update(rumour_before=r"\brumou?red\b"))
    with pytest.raises(ControlDataError, match=r"control\.yaml: cues: needs exactly"):
        read_control(path)


def test_a_bad_word_names_its_list(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["words"]["sites"].append("silo[s"))
    with pytest.raises(ControlDataError, match=r"control\.yaml: words 'sites': bad pattern 'silo\[s'"):
        read_control(path)


def test_a_missing_section_is_named(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d.pop("subjects"))
    with pytest.raises(ControlDataError, match=r"control\.yaml: missing section\(s\) subjects"):
        read_control(path)


def test_a_verb_without_a_change_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["verbs"].append({"pattern": "overpowered"}))
    with pytest.raises(ControlDataError, match=r"verb #\d+: needs a 'pattern' and a 'change'"):
        read_control(path)


def test_an_unknown_voice_is_refused(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["verbs"].append({"pattern": "overpowered", "change": "captured",
                                                           "voice": "passiv"}))
    with pytest.raises(ControlDataError, match=r"control\.yaml: verb #\d+: 'voice' must be one of"):
        read_control(path)


@pytest.mark.parametrize("field, value, message", [
    ("change", "captued", r"'change' must be one of captured, recaptured"),
    ("anaphora", "false", r"'anaphora' must be true or false, not 'false'"),
    ("event", "Peaceful handover", r"'event' 'Peaceful handover' is no sub-event type"),
    ("gained", "self", r"'gained' may only be 'other'"),
    ("sites", ["road"], r"'sites' must be place features separated by spaces"),
])
def test_a_verb_field_of_the_wrong_value_names_the_file_and_the_verb(tmp_path: Path, field: str, value: object,
                                                                        message: str) -> None:
    verb = {"pattern": "overpowered", "change": "captured", field: value}
    path = _written(tmp_path, lambda d: d["verbs"].append(verb))
    with pytest.raises(ControlDataError, match=rf"control\.yaml: verb #\d+: {message}"):
        read_control(path)


def test_a_missing_word_list_is_named_before_any_report_is_read(tmp_path: Path) -> None:
    path = _written(tmp_path, lambda d: d["words"].pop("listed_nouns"))
    with pytest.raises(ControlDataError, match=r"control\.yaml: words: needs exactly the lists .*listed_nouns"):
        read_control(path)


_REPORT = ("Kurdish fighters took control of Tal Hamis on Sunday after the army's control of the ridge ended. "
           "The village of Qasr Nabi was handed over to the police, and the last group of gunmen left Sheikh Ali. "
           "Rebels withdrew from two hills; government troops were driven out of Abu Dali and regained Umm Tuyur, "
           "which fell to the rebels in March. Clashes raged inside Hader as units advanced into its eastern side.")


@pytest.mark.parametrize("text", [_REPORT, _REPORT.replace("army's", "army’s"), _REPORT.upper(), ""])
def test_the_verb_scan_finds_what_each_verb_finds_alone(text: str) -> None:
    """One scan for all verbs gives each verb the very matches its own ``finditer`` gives,
    verbs scanned alone ("after the army's control of") and text that is not ASCII included."""
    data = control_data()
    alone = [[(m.span(), m.group(0)) for m in verb.regex.finditer(text)] for verb in data.verbs]
    scanned = [[(m.span(), m.group(0)) for m in found] for found in data.scan.matches(text)]
    assert scanned == alone
    assert sum(map(len, alone)) >= (8 if text else 0)
