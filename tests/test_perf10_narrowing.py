"""The background cue list narrowed once to the needles a report holds (``CueList.within``)
answers every clause of that report as the whole list does."""

from __future__ import annotations

from observatory.extract.context import load_filters
from observatory.nlp.caseless import CueList

REPORT = ("Warplanes pounded the village of Kafr Nabudah on Thursday, killing nine farmers. "
          "The raid came days after government forces had tried to storm the hills nearby. "
          "Medics said four more people died of their wounds overnight.")


def _windows(text: str) -> list[str]:
    """Every part of ``text`` between two word starts: what a reader may ask about."""
    starts = [0] + [n + 1 for n, ch in enumerate(text) if ch == " "]
    return [text[a:b] for a in starts for b in [*starts[1:], len(text)] if b > a]


def _span(match) -> tuple[int, int] | None:
    return match.span() if match is not None else None


def test_a_narrowed_cue_list_finds_what_the_whole_list_finds_in_each_part() -> None:
    cues = CueList([r"\bdays after\b", r"\bhad tried\b", r"\bsince the war began\b", r"\blast year\b"])
    narrowed = cues.within(REPORT)
    for window in _windows(REPORT):
        assert _span(cues.search(window)) == _span(narrowed.search(window)), window
    assert narrowed.search("the raid came days after") is not None


def test_a_narrowed_list_looks_for_no_cue_whose_words_the_report_lacks() -> None:
    narrowed = CueList([r"\bsince the war began\b", r"\bdays after\b"]).within(REPORT)
    assert narrowed.search("fighting since the war began") is None  # not a part of the report
    assert CueList([r"\bsince the war began\b"]).within("ſince the war began, …").search("since the war began")


def test_the_report_background_filter_judges_each_clause_as_the_whole_list_does() -> None:
    whole = load_filters().background
    narrowed = whole.within(REPORT)
    for window in _windows(REPORT):
        assert _span(whole.search(window)) == _span(narrowed.search(window)), window
