"""The rest of a total told after its subset: "the toll has risen to 82 people including
58 civilians … 24 other people were killed" counts the 82's remaining 24, not 24 more.

Kept apart from ``consolidate`` (one idea, one small home): it only links a figure marked
"other" to the nearest earlier total of its status that lists a subset, when the subsets
and the figure fit inside that total.
"""

from __future__ import annotations

import re

from observatory.extract.tolls.consolidate import MORE_DEAD, OWN_EVENT
from observatory.extract.tolls.reading import OTHERS, TollReading


def attach_remainders(claims: list[TollReading]) -> None:
    """Make "N other people" a part of the last earlier "X including Y" it fits in (Y + N <= X)."""
    for n, cand in enumerate(claims):
        if cand.parent is not None or cand.value is None or not _marked_other(cand) or _told_apart(cand):
            continue
        total = next((c for c in reversed(claims[:n]) if c.status == cand.status and c.parent is None
                      and c.value is not None and any(p.parent is c for p in claims)), None)
        if total is None:
            continue
        listed = sum(p.value or 0 for p in claims if p.parent is total)
        if listed + cand.value <= (total.value or 0):
            cand.parent = total


def _marked_other(cand: TollReading) -> bool:
    """Whether "other"/"others" follows the figure right after it."""
    k = cand.quantity.last
    return k < len(cand.tokens) and cand.tokens[k].low in OTHERS


def _told_apart(cand: TollReading) -> bool:
    """"6 other people were killed in Homs on Tuesday", "the monitor also said 12 other
    people were killed": a place, day or event of the figure's own, or an "also" before it,
    tells more dead, not the rest of the earlier total."""
    text = cand.sentence.text.lower()
    lead = text[:cand.quantity.start - cand.sentence.start]
    clause = re.split(r"[,;:.]", text[cand.quantity.end - cand.sentence.start:], maxsplit=1)[0]
    return bool(set(re.findall(r"[a-z]+", lead)) & (MORE_DEAD - OTHERS)) or OWN_EVENT.search(clause) is not None
