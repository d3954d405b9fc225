"""Offset lookups in logarithmic time: which mentions lie in a span, which span holds a
position, does a span overlap any of a set.

A long report has thousands of mentions and the extractors ask about each of its
clauses; scanning every mention per question made extraction quadratic in the report's
length.  These indexes answer the same questions, with the same answers in the same
order, by binary search over sorted offsets.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from itertools import accumulate
from typing import Generic, TypeVar

T = TypeVar("T")


class Within(Generic[T]):
    """Items lying wholly inside ``[start, end)``, in the order the items were given.

    Items need not be sorted: they are indexed by start, and a query's hits are put back
    in their original order, so a caller sees exactly what a scan of the list would give.
    """

    def __init__(self, items: Sequence[T], start: Callable[[T], int], end: Callable[[T], int]) -> None:
        self._items = list(items)
        self._ends = [end(item) for item in self._items]
        self._order = sorted(range(len(self._items)), key=lambda i: start(self._items[i]))
        self._starts = [start(self._items[i]) for i in self._order]
        self._in_order = all(i == n for n, i in enumerate(self._order))  # the usual case: mentions in text order
        # Mentions that do not nest also end in order: those ending by ``end`` are then a run
        # from the first, one slice instead of a test per item (asked per clause and trigger).
        self._ends_in_order = self._in_order and all(a <= b for a, b in zip(self._ends, self._ends[1:]))

    def __call__(self, start: int, end: int) -> list[T]:
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_right(self._starts, end)
        if self._ends_in_order:
            return self._items[lo:bisect.bisect_right(self._ends, end, lo, hi)]
        if self._in_order:
            return [self._items[i] for i in range(lo, hi) if self._ends[i] <= end]
        hits = sorted(i for i in self._order[lo:hi] if self._ends[i] <= end)
        return [self._items[i] for i in hits]


class Overlaps:
    """Does ``[start, end)`` overlap any of a fixed set of spans (sharing a character, or
    strictly containing an empty span)?  Spans may overlap one another and be empty.

    Spans sorted by start, with the largest end reached so far: every span starting
    before ``end`` is a prefix of that order, and one of them overlaps exactly when the
    prefix's largest end lies beyond ``start``.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max))

    def __call__(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        return i > 0 and self._reach[i - 1] > start

    def covers(self, pos: int) -> bool:
        """Some span holds the character at ``pos``."""
        return self(pos, pos + 1)


class DisjointSpans:
    """A growing set of spans none of which overlaps another: ``add`` only what
    ``overlaps`` said is free.  Non-empty spans are then ordered by start and by end
    alike, so the one starting last before ``end`` is the only one to check; empty spans
    (which overlap only what strictly contains them) are kept apart as points.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._points: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)
        if i > 0 and self._ends[i - 1] > start:
            return True
        j = bisect.bisect_right(self._points, start)
        return j < len(self._points) and self._points[j] < end

    def add(self, start: int, end: int) -> None:
        if start == end:
            bisect.insort(self._points, start)
            return
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def containing(starts: Sequence[int], ends: Sequence[int], pos: int) -> int | None:
    """Index of the span holding ``pos`` among spans sorted by start and disjoint
    (sentences, clauses), or None."""
    i = bisect.bisect_right(starts, pos) - 1
    return i if i >= 0 and pos < ends[i] else None
