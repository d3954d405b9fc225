"""The background cue list searched cue by cue for a set of cues it meets the first times
(``CueList._first_match``) finds the span the alternation of the whole list finds, also
where two cues start at the same word; a set met often is compiled and finds it too."""

from __future__ import annotations

from observatory.nlp import caseless
from observatory.nlp.caseless import CueList, cue_alternation

CUES = [r"\blast (?:winter|spring)\b", r"harbou?r closed since", r"\bin (?:the )?bygone decades?\b",
        r"^(?!.*\bnever\b).*?\bonce again\b", r"\b(?:ten|\d+) summers ago\b", r"last winter of"]

CLAUSES = [
    "ferries to Latakia stopped in the last winter of the blockade",   # two cues start at "last": the plain one first
    "the harbor closed since last spring reopened at Baniyas",          # the leftmost of two cues wins
    "Once again the Orontes flooded the mills of Darkush",              # an anchored cue
    "it never flooded once again after the dam at Rastan",              # ... refused by its lookahead
    "In bygone decades 12 summers ago a mill stood at Halfaya",
    "Fishermen mended nets at Arwad on Sunday",                          # no cue at all
    "The harbour closed since Tuesday, ten summers ago or not",
]


def _span(match) -> tuple[int, int] | None:
    return match.span() if match is not None else None


def test_a_set_of_cues_met_once_gives_the_span_of_the_whole_alternation() -> None:
    whole = cue_alternation(CUES)
    for clause in CLAUSES:
        assert _span(CueList(CUES).search(clause)) == _span(whole.search(clause)), clause
    assert CueList(CUES).search(CLAUSES[0]).group() == "last winter of"
    assert CueList(CUES).search(CLAUSES[5]) is None


def test_a_set_met_often_is_compiled_and_finds_the_same_spans(monkeypatch) -> None:
    monkeypatch.setattr(caseless, "_COMPILE_AFTER", 2)
    cues, whole = CueList(CUES), cue_alternation(CUES)
    for _ in range(4):
        for clause in CLAUSES:
            assert _span(cues.search(clause)) == _span(whole.search(clause)), clause
    assert cues._subsets  # the sets met more than twice were compiled


def test_a_place_name_is_found_again_only_where_it_stands_alone() -> None:
    from observatory.extract.context import _standalone

    text = "Tel Shaqra burned; Tel Shaqra-Saghira held, al-Tel Shaqra fell and Tel Shaqra_2 too. Tel Shaqra"
    assert list(_standalone(text, "Tel Shaqra")) == [(0, 10), (85, 95)]
    assert list(_standalone("Khirbet Awwad٣ and Khirbet Awwad,", "Khirbet Awwad")) == [(19, 32)]
    assert list(_standalone("aaaa", "aa")) == []  # touching itself: no occurrence stands alone
