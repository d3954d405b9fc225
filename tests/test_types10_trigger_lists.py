"""Named word lists in the trigger file: ``<name>`` in a pattern, ``requires`` or ``unless``
stands for the list ``name`` of the file's ``lists``, so a list is written once."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.control_data import CONTROL_PATH, ControlDataError, read_control
from observatory.extract.triggers import TriggerDataError, load_triggers

_FILE = """
lists:
  ride: [jeep, minibus, tractor]
families:
  - sub_event_type: Remote explosive/landmine/IED
    event_type: Explosions/Remote violence
    triggers:
      - {pattern: '<ride>[- ]bombs?', unless: '(?<!no )found (?:an? )?<ride> bombs?'}
"""


def _triggers(tmp_path: Path, text: str) -> list:
    path = tmp_path / "triggers.yaml"
    path.write_text(text, encoding="utf-8")
    return list(load_triggers(str(path)))


def test_a_named_list_stands_in_a_pattern_and_its_condition(tmp_path: Path) -> None:
    [trigger] = _triggers(tmp_path, _FILE)
    assert trigger.regex.search("A minibus bomb went off in the market of Kafr Batna.")
    assert trigger.regex.search("a tractor-bomb near the mill")
    assert not trigger.regex.search("a <ride> bomb")  # the name is gone, not read as text
    assert trigger.unless is not None
    assert trigger.unless.search("police found a jeep bomb near Tal Rifaat")


def test_a_named_group_is_no_list_name(tmp_path: Path) -> None:
    """"(?P<ride>...)" is a regex group, even where a list bears its name."""
    [trigger] = _triggers(tmp_path, _FILE.replace("'<ride>[- ]bombs?'", "'(?P<ride><ride>)[- ]bombs?'"))
    found = trigger.regex.search("a minibus bomb hit the bakery in Kafr Batna")
    assert found is not None and found["ride"] == "minibus"


def test_a_list_name_not_in_the_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(TriggerDataError, match="rides"):
        _triggers(tmp_path, _FILE.replace("'<ride>[- ]bombs?'", "'<rides>[- ]bombs?'"))


def test_a_word_list_name_not_in_the_control_file_is_an_error(tmp_path: Path) -> None:
    """The control file reads ``<name>`` with the same expander: a misspelt name fails the load
    instead of matching the text "<name_strat>"."""
    text = CONTROL_PATH.read_text(encoding="utf-8")
    assert "<name_start>" in text
    path = tmp_path / "control.yaml"
    path.write_text(text.replace("<name_start>", "<name_strat>", 1), encoding="utf-8")
    with pytest.raises(ControlDataError, match="name_strat"):
        read_control(path)


def test_a_list_must_hold_patterns(tmp_path: Path) -> None:
    with pytest.raises(TriggerDataError, match="ride"):
        _triggers(tmp_path, _FILE.replace("[jeep, minibus, tractor]", "[]"))


def test_the_shipped_vehicle_list_names_a_bomb_by_what_carried_it() -> None:
    """The lexicon's vehicle bomb trigger reads every vehicle of its list, and its condition
    (a bomb found, not set off) reads them too."""
    [trigger] = [t for t in load_triggers() if t.regex.fullmatch("lorry bombs")]
    assert trigger.regex.search("a motorbike bomb exploded") and trigger.regex.search("a tanker bomb")
    assert trigger.unless is not None and trigger.unless.search("engineers defused a bicycle bomb")
    assert not any("<" in t.regex.pattern.replace("(?<", "") for t in load_triggers())
