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


FORMS_TEXT = ("From 14 to 19 June 2018 jets pounded Jisr al-Shughur; on 7/11 and again on the 2nd of August, "
              "then Aug 30, 2016 and 09.03.2018 and 2016-04-21 the monitor counted more. During the last 72 hours, "
              "late Tuesday night and for a third straight day, since early this morning and two weeks ago, "
              "between the 4th and the 9th, the previous night, this past weekend, Mar 092017: Sundays strike, "
              "Wednesday's raid, mid-October, in the early hours, 11 days of fighting that lasted nine days.")


def test_each_start_matches_the_form_the_whole_grammar_matches() -> None:
    """The forms tried by a start's first character give what ``_PATTERN`` gives there: no
    match, or the same span, kind and groups."""
    tried = 0
    for text in (FORMS_TEXT, FORMS_TEXT.lower(), FORMS_TEXT.upper()):
        for start in (m.start() for m in dates._STARTS_ANY_CASE.finditer(text)):
            whole, form = dates._PATTERN.match(text, start), dates._match_form(text, start)
            assert (whole is None) == (form is None), text[start:start + 30]
            if whole is not None and form is not None:
                tried += 1
                assert (form.span(), form.lastgroup) == (whole.span(), whole.lastgroup)
                assert {k: v for k, v in form.groupdict().items() if v is not None} == \
                    {k: v for k, v in whole.groupdict().items() if v is not None}
    assert tried > 40
