"""A sentence's dates taken from its text's dates (``DatesOfText.within``) are exactly
those a scan of the sentence alone finds, at its edges too."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import DatesOfText, find_dates
from observatory.nlp.sentences import split_sentences

SUNDAY = date(2019, 6, 16)

TEXTS = [
    # ordinary reporting: every sentence closed by a stop
    "Warplanes struck Kafr Nabudah on Friday, killing 6 people. On 9 June 2019 a second raid hit "
    "the market. Clashes have gone on since Tuesday. Between the 3rd and the 7th, 40 shells fell.",
    # a line without a stop, then one that opens with a word a lookahead reads ("in")
    "Shelling lasted for three days\nin the eastern villages 12 civilians died on Saturday.",
    # "Today" opening a line after a title without a stop: the outlet test looks before it
    "Shelling in Jisr al-Shughur\nToday 4 fighters were killed near the bridge.",
    # a line that ends in "since": the next line's date reaches back over the break
    "Fighting has not stopped since\nWednesday, when 9 people died.",
    # a numeric date broken by a stop and a line break
    "The siege began on 14.\n6.2019 and 3 people died of hunger.",
    # no stop at the end of the text, and a title run into the story
    "Two killed on Thursday Residents said 2 men died in the raid last night",
]


@pytest.mark.parametrize("text", TEXTS)
def test_within_equals_a_scan_of_each_sentence(text: str) -> None:
    dates = DatesOfText(text, SUNDAY)
    for sentence in split_sentences(text):
        assert dates.within(sentence.start, sentence.end) == find_dates(sentence.text, SUNDAY, sentence.start)


def test_within_any_stretch_of_a_report() -> None:
    """Not only sentences: any stretch, cut anywhere, gets the answer of its own scan."""
    text = ("On Monday 3 people died in Tell Rifaat. Since 2 May, 70 raids hit the town. "
            "Over the past 48 hours, 11 were wounded. Today Idlib Now reported 5 more dead on 12 June.")
    dates = DatesOfText(text, SUNDAY)
    for start in range(0, len(text), 7):
        for end in range(start + 1, len(text) + 1, 11):
            assert dates.within(start, end) == find_dates(text[start:end], SUNDAY, start), (start, end)


def test_mentions_are_the_dates_of_the_whole_text() -> None:
    text = TEXTS[0]
    assert DatesOfText(text, SUNDAY).mentions == find_dates(text, SUNDAY)


def _spans_and_ranges(text: str) -> list[tuple[int, int, object]]:
    return [(d.start, d.end, d.range) for d in find_dates(text, SUNDAY)]


@pytest.mark.parametrize(("text", "dates"), [
    ("Rockets hit Maarzaf on Thursday; by 11 June 2019 the toll was 7. Mid-June brought calm until yesterday.",
     ["on Thursday", "11 June 2019", "Mid-June", "yesterday"]),
    ("Since the 2nd of June the bakery in Qalaat al-Madiq was shelled 3 times, most recently this morning.",
     ["Since the 2nd of June", "this morning"]),
])
def test_every_date_start_is_tried_whatever_the_case_or_script(text: str, dates: list[str]) -> None:
    """The lower-case scan (ASCII text) and the case-folding one (any other text) try the
    same starts: upper case, and a non-ASCII character after the report's words, change no
    date found."""
    assert [d.text for d in find_dates(text, SUNDAY)] == dates
    found = _spans_and_ranges(text)
    assert _spans_and_ranges(text.upper()) == found
    assert _spans_and_ranges(text + " \u2014") == found
    assert _spans_and_ranges(text.upper() + " \u2014") == found
