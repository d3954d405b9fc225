"""Bounded fusion: cut the members waiting to be linked into date windows that cluster alone.

Clustering a whole archive at once holds every claim's features, every candidate pair's
score and the agglomeration's state in memory, so memory grows with the archive.  The
members are instead swept in the order clustering reads them (``in_date_order``) and cut
into windows of about ``WINDOW_MEMBERS``; each window is clustered, written and dropped
before the next is read.  So memory depends on the busiest window, not on the archive.

A cut must not change the result, so it is made only where no link can cross it:

* **no pair across the cut may link.**  Two groups merge only when their average pair
  score reaches the threshold, so at least one pair across them must reach it on its own;
  and pairs more than the date slack apart are ruled out by the date veto.  So the members
  near the end of the window (within the slack of the cut) are scored against those just
  after it (within the slack of them); when none of these pairs reaches the threshold,
  nothing on one side can ever join anything on the other.  When one does, the window
  takes in the next days and tries again further on.
* **no reviewer's merge may span it** (its claims join one group whatever their scores);
* **no incident already in the store may lie near it** (new members on both sides could
  both join it, and which joins first decides the other's score).  A first ``fuse`` or a
  rebuild has none; an incremental run cuts only between the incidents it loads.

Windows are cut between days in ``in_date_order``, so new incidents are made, and given
ids, in the same order as in one pass.  Members without a date match nothing by date and
come last, in windows of their own (one joined by a reviewer's merge goes with the merge's
dated claims).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, groupby
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Generic, TypeVar

from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import (
    DATE_SLACK_DAYS, FAMOUS_SLACK_DAYS, RARE_SLACK_DAYS, UPDATE_SLACK_DAYS, may_link, slack_days,
)

WINDOW_MEMBERS = 2000  # members per window before a cut is tried: memory against per-window queries
# The widest date slack of any pair (``matching.pair_slack_days``): a toll update's, a rare
# kind of event's or a town's massacre's week, or a famous massacre's two weeks.
SLACK = timedelta(days=max(UPDATE_SLACK_DAYS, RARE_SLACK_DAYS, FAMOUS_SLACK_DAYS))

Row = TypeVar("Row")


@dataclass(frozen=True)
class Pending:
    """A member waiting to be linked, with just what ordering and cutting need."""

    start: date | None
    end: date | None
    document: int
    claim: int | None  # event claim id; None for a document's report member
    group: int | None = None  # a reviewer's merge group it belongs to
    joins: date | None = None  # undated, in a merge: the day of the merge's first dated claim

    @property
    def day(self) -> date | None:
        """The day the sweep reads it on."""
        return self.start or self.joins

    def order(self) -> tuple[bool, date, int]:
        """``clustering.in_date_order``'s key (ties keep the order given: claim ids)."""
        return self.day is None, self.day or date.min, self.document


@dataclass
class Loaded(Generic[Row]):
    """A pending member read from the store: features (None when a reviewer rejected it)."""

    pending: Pending
    features: EventFeatures | None
    row: Row | None = None  # a report member's row, placed once clustered


def windows(
    members: Iterable[Loaded[Row]],
    threshold: float,
    blocked: Callable[[date], bool] = lambda day: False,
    size: int | None = None,
) -> Iterator[list[Loaded[Row]]]:
    """Cut members (in ``Pending.order``) into windows that cluster as they would in one pass.

    ``blocked(day)``: a cut just before this day is ruled out (a reviewer's merge or an
    existing incident spans it).  ``size``: members before a cut is tried (``WINDOW_MEMBERS``).
    """
    size = size or WINDOW_MEMBERS
    days = _by_day(members)
    window: list[Loaded[Row]] = []
    undated: list[Loaded[Row]] = []
    ahead = next(days, None)
    while ahead is not None:
        day, block = ahead
        if day is None:
            undated += block
            ahead = next(days, None)
            continue
        if len(window) >= size and not blocked(day):
            near = _near_cut(window, day)
            head, ahead = _head(block, days, max((reach for reach, _ in near), default=day))
            if _separate([member.features for _, member in near if member.features is not None], head, threshold):
                yield window
                window = []
            window += head
            continue
        window += block
        ahead = next(days, None)
    if window:
        yield window
    for start in range(0, len(undated), size):
        yield undated[start:start + size]


def _by_day(members: Iterable[Loaded[Row]]) -> Iterator[tuple[date | None, list[Loaded[Row]]]]:
    """Members grouped by start day, in order (undated ones, last, as one group)."""
    return ((day, list(block)) for day, block in groupby(members, key=lambda member: member.pending.day))


def _near_cut(window: list[Loaded[Row]], cut: date) -> list[tuple[date, Loaded[Row]]]:
    """The members before the cut that may match one after it, each with the last start
    day such a partner may have (its end plus its slack, on or after the cut).  Both the
    head to read and the pairs to score follow from these, so each slack is reckoned once,
    and only for members ending within ``SLACK`` (the widest) of the cut: a cut is tried on
    every day of a full window, which holds thousands of members ended long before it."""
    reaches = ((m.pending.end + _slack(m), m) for m in window
               if m.pending.end is not None and m.pending.end + SLACK >= cut)
    return [(reach, m) for reach, m in reaches if reach >= cut]


def _slack(member: Loaded[Row]) -> timedelta:
    """How far past its end a member may match another: its own slack, or a toll update's
    (the wider slack of a pair is either claim's: ``matching.pair_slack_days``)."""
    if member.features is None:
        return SLACK  # rejected by a reviewer: never scored, the widest keeps the rule simple
    return timedelta(days=max(slack_days(member.features), UPDATE_SLACK_DAYS))


def _head(
    block: list[Loaded[Row]], days: Iterator[tuple[date | None, list[Loaded[Row]]]], reach: date
) -> tuple[list[Loaded[Row]], tuple[date | None, list[Loaded[Row]]] | None]:
    """The members after the cut up to ``reach`` (at least the first day), and the next day."""
    head = list(block)
    for day, following in days:
        if day is None or day > reach:
            return head, (day, following)
        head += following
    return head, None


def _separate(tail: list[EventFeatures], head: list[Loaded[Row]], threshold: float) -> bool:
    """True when no member near the end of the window (``tail``: ``_near_cut``'s, scored
    ones) could link with one after the cut.

    Only pairs the date veto lets through are scored: a member after the cut is compared
    with those before it whose dates end within the pair's slack of its start (at most the
    larger of the two claims' ``slack_days``), found by bisecting the ends.  Scoring every
    pair of the week on each side made the check grow with the square of a day's reports.
    """
    # Claims whose own slack is wider than a day, or that have no dates (never ruled out by
    # date), are compared with every member after the cut; the rest by their ends.
    wide = [f for f in tail if _wide(f)]
    narrow = sorted((f for f in tail if not _wide(f)), key=_end)
    ends = [_end(f) for f in narrow]
    for right in (m.features for m in head if m.features is not None):
        if right.start is None or right.end is None:
            candidates: Iterable[EventFeatures] = tail
        else:
            since = right.start - timedelta(days=slack_days(right))
            candidates = chain(narrow[bisect_left(ends, since):], wide)
        if any(may_link(left, right, threshold) for left in candidates):
            return False
    return True


def _wide(features: EventFeatures) -> bool:
    """Compared with every member after a cut: undated, or a slack wider than a day."""
    return features.start is None or features.end is None or slack_days(features) > DATE_SLACK_DAYS


def _end(features: EventFeatures) -> date:
    return features.end or date.min  # a narrow claim always has one (``_wide``)
