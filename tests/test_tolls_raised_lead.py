"""tolls.consolidate: the cheap test that lets _RAISED_TO skip the words before most figures."""

from __future__ import annotations

from observatory.extract.casualties import find_casualties
from observatory.extract.tolls.consolidate import _RAISED_TO, _ends_in_to
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences


def test_only_words_ending_in_to_can_hold_a_raising_verb_before_the_total() -> None:
    leads = ["Jets struck Binnish at dawn, pushing the toll of the week to ",
             "a car bomb in the market took the number of dead TO\n",
             "The shelling killed seven, the medics said ",
             "the toll was raised to 31 and then taken to ",
             "they brought the wounded into ",  # the cheap test lets it by; the pattern refuses it
             "medics raised their count on Monday "]
    for lead in leads:
        assert (_RAISED_TO.search(lead) is not None) <= _ends_in_to(lead)  # never refuses a match
    assert [_ends_in_to(lead) for lead in leads] == [True, True, False, True, True, False]


def test_a_total_raised_by_the_figure_before_it_still_takes_that_figure_in() -> None:
    text = "Barrel bombs killed 9 people in Kafr Nabudah on Sunday, bringing to 26 the number killed there this week."
    claims = find_casualties(text, split_sentences(text), None, default_kb())
    nine = next(c for c in claims if c.count.value == 9)
    total = next(c for c in claims if c.count.value == 26)
    assert nine.parent == total.id
