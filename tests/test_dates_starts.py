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
        assert [m.start() for m in re.compile(dates._STARTS).finditer(text)] == \
            [m.start() for m in _plain_starts().finditer(text)]
    assert [m.start() for m in dates._STARTS_ANY_CASE.finditer(TEXT)] == \
        [m.start() for m in re.compile(_plain_starts().pattern, re.IGNORECASE).finditer(TEXT)]


def test_the_words_are_gathered_under_their_first_letters() -> None:
    assert "|".join(sorted(dates._FIRST_WORDS, key=len, reverse=True)) not in dates._STARTS


def test_the_openings_are_the_starts_where_a_date_may_begin() -> None:
    """One search for a start the lower-cased grammar accepts finds, from any offset, the
    very starts a scan of every start then a match at each finds."""
    gate = re.compile(dates.by_first_char(dates.without_captures(dates._PATTERN.pattern)))
    for text in (TEXT.lower(), "on the 3rd, 4 and 5 may 2019, mid-june; 2017-10-01 at 0300 gmt"):
        starts = [m.start() for m in re.compile(dates._STARTS).finditer(text) if gate.match(text, m.start())]
        for pos in range(len(text)):
            found = dates._LOWER_CASE_OPENING.search(text, pos)
            assert (found.start() if found else None) == next((s for s in starts if s >= pos), None)
    assert [m.span() for m in dates._matches(TEXT)] == [m.span() for m in dates._PATTERN.finditer(TEXT)]
