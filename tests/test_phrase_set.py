"""PhraseSet: the longest phrase at a token, one-word phrases answered from the index alone."""

from __future__ import annotations

from observatory.extract.numbers import PhraseSet, tokenize

PHRASES = PhraseSet({"at least": "min", "at": "at", "no fewer than": "min", "some": "approx",
                     "up to": "max"})


def test_longest_phrase_wins_and_one_word_phrases_match_on_their_own() -> None:
    tokens = tokenize("Medics counted at least nine dead, some at dawn and up to 14 later.")
    lows = [t.low for t in tokens]
    assert PHRASES.match(tokens, lows.index("at")) == (lows.index("at") + 2, "min")
    assert PHRASES.match(tokens, lows.index("some")) == (lows.index("some") + 1, "approx")
    second_at = lows.index("at", lows.index("some"))
    assert PHRASES.match(tokens, second_at) == (second_at + 1, "at")  # "at dawn": only the one-word phrase
    assert PHRASES.match(tokens, lows.index("up")) == (lows.index("up") + 2, "max")
    assert PHRASES.match(tokens, lows.index("nine")) is None
    assert PHRASES.match(tokens, len(tokens)) is None


def test_a_phrase_cut_off_by_the_sentence_end_or_a_different_word_does_not_match() -> None:
    tokens = tokenize("The clinic saw no fewer patients than before, at")
    lows = [t.low for t in tokens]
    assert PHRASES.match(tokens, lows.index("no")) is None  # "no fewer patients": the third word differs
    assert PHRASES.match(tokens, len(tokens) - 1) == (len(tokens), "at")


def test_phrase_ending_before_a_token_prefers_the_earliest_start() -> None:
    tokens = tokenize("Rescuers found no fewer than 31 bodies and some 12 survivors.")
    lows = [t.low for t in tokens]
    assert PHRASES.match_ending(tokens, lows.index("31")) == (lows.index("no"), "min")
    assert PHRASES.match_ending(tokens, lows.index("12")) == (lows.index("some"), "approx")
    assert PHRASES.match_ending(tokens, lows.index("bodies")) is None


def test_phrase_ending_picks_the_longest_of_those_sharing_its_last_word() -> None:
    endings = PhraseSet({"than": "comparison", "fewer than": "min", "no fewer than": "min-strict",
                         "more than": "over"})
    tokens = tokenize("No fewer than 18 wounded, more than 40 missing, than 3 and fewer than 7")
    lows = [t.low for t in tokens]
    assert endings.match_ending(tokens, lows.index("18")) == (0, "min-strict")  # starts at the first token
    assert endings.match_ending(tokens, lows.index("40")) == (lows.index("more"), "over")
    assert endings.match_ending(tokens, lows.index("3")) == (lows.index("3") - 1, "comparison")
    assert endings.match_ending(tokens, lows.index("7")) == (lows.index("7") - 2, "min")
    assert endings.match_ending(tokens, 0) is None


def test_a_phrase_ends_only_after_one_of_the_last_words() -> None:
    """``last_words``: a caller asking ``match_ending`` at every token asks only after them."""
    assert PHRASES.last_words() == frozenset({"least", "at", "than", "some", "to"})
    tokens = tokenize("Up to 30 were hurt at the market, no fewer than 12 of them at least badly, some later.")
    after_last_words = [k + 1 for k, token in enumerate(tokens) if token.low in PHRASES.last_words()]
    assert [k for k in range(1, len(tokens) + 1) if PHRASES.match_ending(tokens, k)] == after_last_words
