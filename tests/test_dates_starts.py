"""Where a date may start: the words gathered under their first letters admit exactly the
starts the plain list of words admits."""

from __future__ import annotations

import re

from observatory.extract import dates

TEXT = ("Between 3 and 5 March shelling hit Kafr Nubl; overnight raids on Thursdays continued, "
        "mid-April and midMay too. Since last week, earlier this month, on 12/04 and throughout "
        "the past two days Twelve fighters died; Wednesday's toll, then yesterday's, fell by Friday.")


def _plain_starts() -> re.Pattern[str]:
    words = sorted(dates._FIRST_WORDS, key=len, reverse=True)
    first = "".join(re.escape(c) for c in sorted({word[0] for word in dates._FIRST_WORDS}))
    return re.compile(rf"\b(?=[\dm{first}])(?:(?:{'|'.join(words)})\b|\d|mid)")


def test_gathered_starts_are_those_of_the_plain_word_list() -> None:
    for text in (TEXT.lower(), TEXT.upper().lower(), "nothing here but the weather"):
        assert [m.start() for m in dates._LOWER_CASE_STARTS.finditer(text)] == \
            [m.start() for m in _plain_starts().finditer(text)]
    assert [m.start() for m in dates._STARTS_ANY_CASE.finditer(TEXT)] == \
        [m.start() for m in re.compile(_plain_starts().pattern, re.IGNORECASE).finditer(TEXT)]


def test_the_words_are_gathered_under_their_first_letters() -> None:
    assert "|".join(sorted(dates._FIRST_WORDS, key=len, reverse=True)) not in dates._LOWER_CASE_STARTS.pattern
