"""Quantities as reports write them: digits, words, qualifiers, vague amounts."""

from __future__ import annotations

import pytest

from observatory.extract.numbers import read_quantity, requalify_after, tokenize, words_to_int


def first_quantity(text: str, start: int = 0):
    tokens = tokenize(text)
    return read_quantity(tokens, start)


@pytest.mark.parametrize(
    ("text", "value", "low", "high", "qualifier"),
    [
        ("at least 128 members", 128, 128, None, "at_least"),
        ("more than 45 civilians", 45, 46, None, "more_than"),
        ("over 70 people", 70, 71, None, "more_than"),
        ("nearly 20 fighters", 20, None, None, "about"),
        ("about 20 soldiers", 20, None, None, "about"),
        ("approximately 300 fighters", 300, None, None, "about"),
        ("some 80 people", 80, None, None, "about"),
        ("up to 30 people", 30, None, 30, "up_to"),
        ("7 members", 7, 7, 7, "exact"),
        ("1,400 people", 1400, 1400, 1400, "exact"),
        ("twenty-five people", 25, 25, 25, "exact"),
        ("a hundred and twelve civilians", 112, 112, 112, "exact"),
        ("three hundred and forty six fighters", 346, 346, 346, "exact"),
        ("two dozen soldiers", 24, 24, 24, "exact"),
        ("a dozen people", 12, 12, 12, "exact"),
        ("nearly a dozen people", 12, None, None, "about"),
    ],
)
def test_stated_numbers_carry_their_bounds(text, value, low, high, qualifier):
    q = first_quantity(text)
    assert (q.value, q.low, q.high, q.qualifier) == (value, low, high, qualifier)


@pytest.mark.parametrize(
    ("text", "low"),
    [("dozens of civilians", 24), ("tens of fighters", 20), ("several people", 2),
     ("a number of civilians", 2), ("some people", 2), ("hundreds of people", 200),
     ("scores of fighters", 40)],
)
def test_vague_amounts_have_no_value_and_a_floor(text, low):
    q = first_quantity(text)
    assert q.value is None and q.qualifier == "vague" and q.low == low


def test_an_article_counts_one_but_is_flagged():
    q = first_quantity("a child was killed")
    assert q.value == 1 and q.article


def test_another_before_a_number_is_not_one():
    tokens = tokenize("another 23 people")
    assert read_quantity(tokens, 0) is None
    assert read_quantity(tokens, 1).value == 23


def test_compound_ages_and_decimals_are_not_counts():
    assert first_quantity("12-year-old boy") is None
    assert first_quantity("1.5 kilometres") is None


def test_qualifier_after_the_noun_applies_to_the_number():
    tokens = tokenize("64 conscripts at least from the garrison")
    q = read_quantity(tokens, 0)
    end, requalified = requalify_after(q, tokens, 2)
    assert tokens[end - 1].text == "least"
    assert (requalified.value, requalified.low, requalified.qualifier) == (64, 64, "at_least")


def test_offsets_point_into_the_text():
    text = "The strike killed at least 18 people."
    tokens = tokenize(text)
    q = read_quantity(tokens, 3)
    assert text[q.start:q.end] == "at least 18" == q.text


def test_number_words_use_text2num():
    assert words_to_int(["a", "hundred", "and", "twelve"]) == 112
    assert words_to_int(["twenty-one"]) == 21
    assert words_to_int(["banana"]) is None


def test_comma_lists_and_long_digit_runs_are_not_counts():
    assert first_quantity("1,2,3,4,5 killed") is None
    assert first_quantity("8" * 5000 + " people") is None
    assert first_quantity("12,400 people").value == 12400


def test_long_runs_of_number_words_are_not_one_number():
    assert first_quantity(" ".join(["seven"] * 40) + " people") is None
    assert first_quantity("two hundred and thirty-one people").value == 231


def test_a_range_is_one_figure_with_both_bounds_and_the_lower_end_as_its_figure():
    q = first_quantity("between 40 and 65 people")
    assert (q.value, q.low, q.high, q.qualifier, q.text) == (40, 40, 65, "at_least", "between 40 and 65")
    assert first_quantity("between the two towns") is None


def test_a_range_told_with_to_keeps_both_bounds():
    q = first_quantity("thirty to forty fighters")
    assert (q.value, q.low, q.high, q.qualifier, q.text) == (30, 30, 40, "at_least", "thirty to forty")
    assert first_quantity("9 to 4 rebels").value == 9  # a falling pair is no range


def test_a_figure_a_toll_rose_from_is_no_range():
    q = first_quantity("from 17 to 23 people", start=1)
    assert (q.value, q.high, q.qualifier) == (17, 17, "exact")
