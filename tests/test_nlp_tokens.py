"""One token tuple for both tokenisers: the casualty grammar's and the toponym finder's."""

from __future__ import annotations

from observatory.extract import numbers
from observatory.kb.gazetteer import recognise
from observatory.nlp.tokens import Token

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
