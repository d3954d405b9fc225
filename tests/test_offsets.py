"""The offset indexes answer exactly what a scan of every span would (issue 14: lookups
per clause made a long report quadratic).  Each index is checked against the plain scan
it replaced, on generated spans that overlap, nest, repeat and are empty."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from observatory.extract.context import DocContext
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer import load_gazetteer
from observatory.nlp.offsets import DisjointSpans, Overlaps, Within, containing


def _span(draw_start: int, length: int) -> tuple[int, int]:
    return (draw_start, draw_start + length)


spans = st.lists(st.builds(_span, st.integers(0, 60), st.integers(0, 12)), max_size=40)
queries = st.lists(st.builds(_span, st.integers(0, 75), st.integers(0, 20)), min_size=1, max_size=20)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(items=spans, asked=queries)
def test_within_gives_the_scan_hits_in_list_order(items, asked):
    within = Within(items, lambda s: s[0], lambda s: s[1])
    for lo, hi in asked:
        assert within(lo, hi) == [s for s in items if lo <= s[0] and s[1] <= hi]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(items=spans, asked=queries)
def test_within_on_mentions_already_in_text_order(items, asked):
    items = sorted(items)
    within = Within(items, lambda s: s[0], lambda s: s[1])
    for lo, hi in asked:
        assert within(lo, hi) == [s for s in items if lo <= s[0] and s[1] <= hi]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(gaps=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), max_size=40), asked=queries)
def test_within_on_mentions_that_also_end_in_text_order(gaps, asked):
    """Mentions one after another (the usual report: no mention nests in another), empty
    ones and ones that touch included: the hits are the scan's."""
    items, end = [], 0
    for gap, length in gaps:
        items.append((end + gap, end + gap + length))
        end = end + gap + length
    within = Within(items, lambda s: s[0], lambda s: s[1])
    for lo, hi in asked:
        assert within(lo, hi) == [s for s in items if lo <= s[0] and s[1] <= hi]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(items=spans, asked=queries)
def test_overlaps_agrees_with_pairwise_check(items, asked):
    overlaps = Overlaps(items)
    for lo, hi in asked:
        assert overlaps(lo, hi) == (not all(hi <= a or lo >= b for a, b in items))
        assert overlaps.covers(lo) == any(a <= lo < b for a, b in items)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(offered=spans)
def test_disjoint_spans_keep_what_a_greedy_pairwise_pass_keeps(offered):
    kept: list[tuple[int, int]] = []
    index = DisjointSpans()
    for start, end in offered:
        free = all(end <= a or start >= b for a, b in kept)
        assert index.overlaps(start, end) == (not free)
        if free:
            kept.append((start, end))
            index.add(start, end)


def test_containing_finds_the_sentence_or_none_in_a_gap():
    starts, ends = [0, 14, 40], [12, 38, 55]
    assert containing(starts, ends, 0) == 0
    assert containing(starts, ends, 37) == 1
    assert containing(starts, ends, 12) is None  # the blank between two sentences
    assert containing(starts, ends, 55) is None
    assert containing([], [], 3) is None


REPORT = (
    "Artillery of the government army hit Kafr Nabudah on Thursday, killing four farmers. "
    "Hours later the Free Syrian Army shelled Suqaylabiyah, and Russian jets struck Qalaat al-Madiq. "
    "A local council member said on Friday that nine people had died in the two days. "
) * 40


def test_document_lookups_match_a_scan_on_a_long_report():
    ctx = DocContext.build(REPORT, date(2019, 3, 9), default_kb(), PlaceFinder(load_gazetteer()))
    assert ctx.actors and ctx.places and ctx.dates
    for clause in ctx.clauses:
        lo, hi = clause.start, clause.end
        assert ctx.actors_in(lo, hi) == [a for a in ctx.actors if lo <= a.start and a.end <= hi]
        assert ctx.places_in(lo, hi) == [p for p in ctx.places if lo <= p.start and p.end <= hi]
        assert ctx.dates_in(lo, hi) == [d for d in ctx.dates if lo <= d.start and d.end <= hi]
        assert ctx.clause_at(lo) is clause and ctx.clause_at(hi - 1) is clause


def test_actor_kb_keeps_longest_names_without_overlap_on_a_long_report():
    mentions = default_kb().find(REPORT)
    assert mentions == sorted(mentions, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(mentions, mentions[1:]))
    assert "Free Syrian Army" in {m.mention for m in mentions}
