"""PhraseSet: phrases found at a token position by spaCy's PhraseMatcher."""

from __future__ import annotations

from observatory.extract.numbers import PhraseSet, tokenize

_SET = PhraseSet({"upwards of": "ge", "upwards": "dir", "not fewer than": "ge", "fewer than": "lt",
                  "Non-Kurdish": "foreign"})


def test_the_longest_phrase_at_a_position_wins_whatever_the_case():
    tokens = tokenize("Medics counted Not Fewer Than 14 and upwards of 30")
    assert _SET.match(tokens, 2) == (5, "ge")
    assert _SET.match(tokens, 3) == (5, "lt")
    assert _SET.match(tokens, 7) == (9, "ge")
    assert _SET.match(tokens, 0) is None
    assert _SET.match(tokens, len(tokens)) is None
    assert _SET.match(tokens, -2) is None


def test_the_longest_phrase_ending_before_a_token():
    tokens = tokenize("not fewer than 9 non-Kurdish fighters")
    assert _SET.match_ending(tokens, 3) == (0, "ge")
    assert _SET.match_ending(tokens, 5) == (4, "foreign")
    assert _SET.match_ending(tokens, 4) is None
    assert _SET.match_ending(tokens, 0) is None


def test_each_token_list_is_read_on_its_own():
    first = tokenize("upwards of 12 wounded")
    second = tokenize("upwards along the ridge")
    assert _SET.match(first, 0) == (2, "ge")
    assert _SET.match(second, 0) == (1, "dir")
    assert _SET.match(first, 0) == (2, "ge")
    assert _SET.first_words() == frozenset({"upwards", "not", "fewer", "non-kurdish"})
