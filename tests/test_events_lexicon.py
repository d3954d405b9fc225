"""The trigger lexicon: loading, validation and the first-letter index used for speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.triggers import TriggerDataError, first_letters, load_lexicon, load_triggers


@pytest.mark.parametrize("pattern, letters", [
    ("shelling", {"s"}),
    ("air ?strikes?|barrel[- ]bombs?", {"a", "b"}),
    ("(?:suicide|suicidal) (?:belts?|vests?)", {"s"}),
    ("(?:war ?)?planes?", None),
    ("[Cc]lash(?:es)?", None),
])
def test_first_letters_reads_simple_starts_and_gives_up_on_the_rest(pattern: str, letters: set[str] | None) -> None:
    found = first_letters(pattern)
    assert (None if found is None else set(found)) == letters


def test_every_trigger_is_reachable_through_its_first_letter() -> None:
    lexicon = load_lexicon()
    text = "Russian warplanes carried out raids while clashes and shelling continued"
    for word in ("warplanes", "raids", "clashes", "shelling"):
        pos = text.index(word)
        assert lexicon.may_start(text, pos), word
        assert lexicon.triggers_at(text, pos), word


def test_a_bad_pattern_names_the_file_and_family(tmp_path: Path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text("families:\n  - sub_event_type: Grenade\n    event_type: Explosions/Remote violence\n"
                   "    triggers: ['grenade(']\n", encoding="utf-8")
    with pytest.raises(TriggerDataError, match=r"triggers.yaml: family 'Grenade'"):
        load_triggers(str(bad))
