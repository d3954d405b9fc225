"""The trigger lexicon: loading, validation and the first-letter index used for speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract.triggers import TriggerDataError, first_letters, load_lexicon, load_triggers
from observatory.nlp.caseless import lower_exactly


@pytest.mark.parametrize("pattern, letters", [
    ("shelling", {"s"}),
    ("air ?strikes?|barrel[- ]bombs?", {"a", "b"}),
    ("(?:suicide|suicidal) (?:belts?|vests?)", {"s"}),
    ("(?:war ?)?planes?", {"w", "p"}),  # an optional opening part: what follows may start the match
    ("(?<!\\bto )(?:re-?)?storm(?:s|ed)?", {"r", "s"}),  # a lookbehind takes no character
    ("(?:Rocket|mortar) fire|7 ?mm", {"r", "m", "7"}),
    ("[Cc]lash(?:es)?", {"c"}),  # a set of plain letters
    ("[B-D]rone strikes?", {"b", "c", "d"}),  # a range
    ("[^a-z]+ shelling", None),  # a negated set
    ("(?:heavy )*bombing", {"h", "b"}),
    ("(?:fierce ){1,2}clashes", {"f"}),  # repeated at least once: it starts the match
    ("(?:fierce ){0,2}clashes", None),
    ("\\w+ raids?", None),
])
def test_first_letters_reads_simple_starts_and_gives_up_on_the_rest(pattern: str, letters: set[str] | None) -> None:
    found = first_letters(pattern)
    assert (None if found is None else set(found)) == letters


def test_triggers_are_tried_only_at_their_first_letters() -> None:
    """A trigger is indexed under the letters it can start with, so a word starting with
    another letter never tries it; a match in the middle of a text still finds it."""
    lexicon = load_lexicon()
    indexed = {t for group in lexicon.by_letter.values() for t in group}
    assert indexed == set(lexicon.triggers)  # every trigger has first letters
    text = "Residents said drones and HELICOPTERS hovered over Qaryat Zeta before fighter jets struck"
    for word in ("drones", "HELICOPTERS", "fighter jets"):
        pos = text.index(word)
        found = [t for t, _ in lexicon.triggers_at(text, pos, text.lower())]
        assert found and all(t in lexicon.by_letter[word[0].lower()] for t in found), word


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


@pytest.mark.parametrize("unless", ["['sniper', 7]", "[]", "{rocket: fire}", "[['dud(']]"])
def test_a_condition_that_is_no_pattern_or_list_of_patterns_names_the_file_and_family(tmp_path: Path,
                                                                                      unless: str) -> None:
    """A list joined as it stood would turn a number or a nested entry into a pattern no one wrote."""
    bad = tmp_path / "triggers.yaml"
    bad.write_text("families:\n  - sub_event_type: Ambush\n    event_type: Battles\n"
                   f"    triggers: [{{pattern: 'waylaid', unless: {unless}}}]\n", encoding="utf-8")
    with pytest.raises(TriggerDataError, match=r"triggers.yaml: family 'Ambush': a condition must be a pattern"):
        load_triggers(str(bad))


def test_a_sub_event_type_filed_under_two_event_types_is_refused(tmp_path: Path) -> None:
    """``events._trigger_hits`` skips a clause's later triggers of a kind it already holds,
    trusting that a kind belongs to one event type, as in ACLED: a file breaking that is named."""
    twice = tmp_path / "triggers.yaml"
    twice.write_text("families:\n"
                     "  - sub_event_type: Looting\n    event_type: Riots\n    triggers: ['plundered']\n"
                     "  - sub_event_type: Looting\n    event_type: Strategic developments\n"
                     "    triggers: ['ransacked']\n", encoding="utf-8")
    with pytest.raises(TriggerDataError, match=r"triggers.yaml: family 'Looting' is filed under both"):
        load_triggers(str(twice))
    twice.write_text(twice.read_text(encoding="utf-8").replace("Strategic developments", "Riots"), encoding="utf-8")
    assert [t.event_type for t in load_triggers(str(twice))] == ["Riots", "Riots"]


def test_first_at_names_the_first_trigger_that_matches_so_the_earlier_ones_are_skipped() -> None:
    """``first_at`` reads which trigger the letter's scanner matched; every trigger before
    it in the letter's list fails there, so ``triggers_at`` from it finds what a try of
    all of them finds."""
    lexicon = load_lexicon()
    text = ("Gunmen ambushed a patrol near Tal Zuhur; SHELLING and air strikes hit the market, a suicide "
            "bomber blew himself up and clashes erupted as rebels stormed the checkpoint.")
    lower = text.lower()
    tried = 0
    for pos in (n for n, ch in enumerate(text) if ch.isalnum() and (n == 0 or not text[n - 1].isalnum())):
        every = lexicon.triggers_at(text, pos)
        for low in (None, lower):
            first = lexicon.first_at(text, pos, low)
            if not every:
                assert first is None
                continue
            tried += 1
            assert first is not None and lexicon.by_letter[text[pos].lower()][first] is every[0][0]
            assert lexicon.triggers_at(text, pos, low, first) == every
    assert tried >= 8


def test_first_at_counts_the_groups_inside_triggers(tmp_path: Path) -> None:
    """A trigger's own capturing groups come after its scanner group: the trigger after it
    is still named right."""
    path = tmp_path / "triggers.yaml"
    path.write_text(
        "families:\n"
        "  - sub_event_type: Shelling/artillery/missile attack\n    event_type: Explosions/Remote violence\n"
        "    triggers: ['(mortar|rocket) (fire)', 'mortars?', 'rockets? (?:hit|struck)']\n"
        "  - sub_event_type: Grenade\n    event_type: Explosions/Remote violence\n"
        "    triggers: ['(mortar)-(style) grenades?', 'rocket-propelled (grenades?)']\n", encoding="utf-8")
    lexicon = load_lexicon(str(path))
    for text, names in [("Mortars landed", ["mortars?"]), ("A mortar-style grenade", ["mortars?", "(mortar)-"]),
                        ("Rocket-propelled grenades", ["rocket-propelled"]), ("ROCKET FIRE", ["(mortar|rocket)"])]:
        lower = text.lower()
        pos = next(n for n, ch in enumerate(text) if ch.lower() in "mr")
        for low in (None, lower):
            first = lexicon.first_at(text, pos, low)
            assert first is not None
            found = lexicon.triggers_at(text, pos, low, first)
            opening = [t.regex.pattern.split("(?:", 1)[1] for t, _ in found]
            assert len(opening) == len(names) and all(o.startswith(n) for o, n in zip(opening, names)), text


def test_a_word_tries_only_the_triggers_that_may_open_with_its_first_letters(tmp_path: Path) -> None:
    """``Lexicon.openings``: at a word of lower-cased text, ``triggers_at`` tries the triggers
    whose opening literals share the word's first three letters, and those with no literal
    opening plain to see or one too short to tell; what it finds is what trying every
    trigger of the letter finds, and ``starts`` finds those words alone."""
    path = tmp_path / "triggers.yaml"
    path.write_text(
        "families:\n"
        "  - sub_event_type: Shelling/artillery/missile attack\n    event_type: Explosions/Remote violence\n"
        "    triggers: ['(?:heavy )?shelling', 'shells?', 'howitzers?', 'h[ae]+ shells']\n"
        "  - sub_event_type: Armed clash\n    event_type: Battles\n"
        "    triggers: ['hand-to-hand fighting', 'heavy clashes', 'ho']\n", encoding="utf-8")
    lexicon = load_lexicon(str(path))
    keyed, anywhere = lexicon.openings["h"]
    names = [t.regex.pattern.split("(?:", 1)[1] for t in lexicon.by_letter["h"]]
    assert [names[i][:8] for i in keyed["hea"]] == ["(?:heavy", "h[ae]+ s", "heavy cl", "ho)(?!\\w"]
    assert [names[i][:8] for i in keyed["how"]] == ["(?:heavy", "howitzer", "h[ae]+ s", "ho)(?!\\w"]
    assert [names[i][:8] for i in anywhere] == ["(?:heavy", "h[ae]+ s", "ho)(?!\\w"]  # an optional opening, a set, "ho"
    text = "Heavy shelling and HOWITZER fire; heavy clashes, then hand-to-hand fighting. Ho! Haaa shells hit."
    lower = text.lower()
    found = []
    for pos in (n for n, ch in enumerate(text) if ch.isalnum() and (n == 0 or not text[n - 1].isalnum())):
        every = lexicon.triggers_at(text, pos)
        assert lexicon.triggers_at(text, pos, lower) == every
        if every:
            found.append((pos, lexicon.by_letter[text[pos].lower()].index(every[0][0])))
    assert lexicon.starts(text, lower) == found and len(found) == 8


def test_text_beyond_ascii_without_case_is_scanned_as_ascii_text_is() -> None:
    """A report with a bullet, curly quotes or Arabic script is scanned in lower case
    (``nlp.caseless.lower_exactly``): the words and triggers found are those a scan
    of the text under IGNORECASE finds."""
    lexicon = load_lexicon()
    text = ("• Helicopters DROPPED barrel bombs on Kafr Zita (كفرزيتا); “Clashes erupted” — a car bomb "
            "exploded near the checkpoint � and shelling hit Tal Hamid.")
    lower = lower_exactly(text)
    assert lower is not None and not text.isascii()
    found = lexicon.starts(text, lower)
    assert found == lexicon.starts(text) and len(found) >= 5
    for pos, first in found:
        assert lexicon.triggers_at(text, pos, lower, first) == lexicon.triggers_at(text, pos)
