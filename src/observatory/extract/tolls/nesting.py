"""Subsets and coordination between the tolls of a sentence.

"including 50", "among them 10", "(19 children)", "six of them" and "among the dead"
make a toll a subset of another (``parent``), never added to it; "and" joins tolls
that share a verb ("two women and two soldiers were killed").  Status then flows along
these links: a subset without a verb takes its parent's, a parent whose verb comes
after its list of subsets takes theirs.
"""

from __future__ import annotations

from typing import Optional

from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import TollReading

_SUBSET_CATEGORIES = {"children", "women"}


def link_subsets(candidates: list[TollReading], lex: TollLexicon, previous: Optional[TollReading]) -> None:
    """Mark subsets ("including N", "N of them") and "and"-coordinated groups."""
    for n, cand in enumerate(candidates):
        before = candidates[n - 1] if n else None
        cand.antecedent = before
        tokens, first = cand.tokens, cand.quantity.first
        nested_word = lex.nesting_before.match_ending(tokens, first)
        if nested_word is None and first and tokens[first - 1].text == "(":
            nested_word = (first - 1, "(")
        if before is not None and nested_word is not None and nested_word[0] >= before.end:
            cand.parent = before
        elif before is None and nested_word is not None and previous is not None and previous.status:
            cand.parent = top_of(previous)  # "… killed 23 people. The dead included 9 children." 
        elif lex.nesting_after.match(tokens, cand.quantity.last):
            cand.parent = before or (previous if previous and previous.status else None)
        elif cand.among_the:
            earlier = [c for c in candidates[:n] if c.status == cand.status] or (
                [previous] if previous is not None and previous.status == cand.status else [])
            cand.parent = top_of(earlier[-1]) if earlier else None
        elif before is not None and _coordinated(before, cand):
            cand.coordinated = True
            if before.parent is not None and (cand.head is None or
                                               lex.category(cand.head) in _SUBSET_CATEGORIES):
                cand.parent = before.parent


def top_of(cand: TollReading) -> TollReading:
    while cand.parent is not None:
        cand = cand.parent
    return cand


def _coordinated(before: TollReading, cand: TollReading) -> bool:
    """Joined by "and" with nothing but a short phrase between ("… Saraqeb and another 23")."""
    gap = [t.low for t in cand.tokens[before.desc_end:cand.quantity.first]]
    joined = "and" in gap or "well" in gap or "plus" in gap
    return joined and len(gap) <= 12 and not any(
        w in ("killed", "wounded", "injured", "died", "dead", "said", ".", ";") for w in gap)


def share_status(candidates: list[TollReading]) -> None:
    """A subset without a verb takes its parent's status; a parent takes its subsets'."""
    for _ in range(3):
        for n, cand in enumerate(candidates):
            if cand.status:
                continue
            if cand.parent is not None and cand.parent.status:
                cand.status = cand.parent.status
            elif cand.coordinated and n and candidates[n - 1].status:
                cand.status = candidates[n - 1].status
            elif n + 1 < len(candidates) and candidates[n + 1].coordinated \
                    and candidates[n + 1].status:  # "two women and two soldiers were killed"
                cand.status = candidates[n + 1].status
        for cand in candidates:
            parent = cand.parent
            if cand.status and parent is not None and not parent.status:
                parent.status = cand.status
