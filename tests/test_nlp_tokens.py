"""One token tuple for both tokenisers: the casualty grammar's and the toponym finder's."""

from __future__ import annotations

import re

import pytest

from observatory.extract import numbers
from observatory.kb.gazetteer import recognise
from observatory.nlp.tokens import Token, tokens_of

TEXT = "Warplanes STRUCK Kafr Halab at dawn, wounding 23 farm-workers (local medics said)."
OFFSET = 400  # the sentence as it sits inside a longer report


def test_both_tokenisers_give_the_shared_token_with_offsets_into_the_report() -> None:
    report = " " * OFFSET + TEXT
    for tokenize in (numbers.tokenize, recognise.tokenize):
        tokens = tokenize(TEXT, OFFSET)
        assert tokens and all(type(t) is Token for t in tokens)
        assert all(report[t.start:t.end] == t.text and t.low == t.text.lower() for t in tokens)


def test_the_two_readings_of_a_word_are_the_same_tuple() -> None:
    grammar = numbers.tokenize(TEXT)
    toponyms = recognise.tokenize(TEXT)
    assert {"struck", "23", ","} <= {t.low for t in grammar}  # numbers and punctuation count here
    assert "," not in {t.text for t in toponyms}  # only words and numbers name places
    shared = [t.text for t in toponyms if t in set(grammar)]  # "farm-workers" is one word to the grammar only
    assert shared == ["Warplanes", "STRUCK", "Kafr", "Halab", "at", "dawn", "wounding", "23", "local", "medics", "said"]
    assert Token(start=10, end=16, text="STRUCK", low="struck") in toponyms


def test_tokens_are_the_pattern_matches_with_their_offsets_at_the_edges_of_a_text() -> None:
    """Built from ``re.split`` pieces: a token opening or closing the text, a text of no
    token at all and characters beyond ASCII keep the offsets a match would give."""
    word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
    for text in ("Ma’arrat al-Nu’man", "— … —", "", "Qusayr!", "  İdlib's  ŞAM 7"):
        expected = [(m.start() + 9, m.end() + 9, m.group(), m.group().lower()) for m in word.finditer(text)]
        assert [tuple(t) for t in tokens_of(word, text, 9)] == expected
    with pytest.raises(ValueError):
        tokens_of(re.compile(r"(\w)+"), "Homs")
