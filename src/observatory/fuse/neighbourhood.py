"""Which stored incidents a run's new members may change: those it re-fuses with them.

Stored incidents were made from the reports that had arrived by then.  A report that comes
later may fit an older incident's member better than the incident that member was joined
to, or tie two stored incidents together; had both arrived in one pass, clustering would
have grouped them otherwise.  So a run re-fuses with its new members every automatically
made incident some new member may link with (``matching.may_link``), and in turn every
incident a member of those may link with, until none is left: the closure.  An incident
outside it has no member that may link with anything re-clustered, and clustering never
moves a member that links with nothing across (the argument ``fuse.windows`` cuts by), so
the run gives the incidents one pass over every report gives.  That holds for reports that
are new to the store; a report extracted again (a new ``EXTRACTOR_VERSION``) leaves its old
claims' incidents as they were without it, which may keep together what it alone had joined
(``fuse --rebuild`` re-settles those).  The closure follows links,
and links need dates within a fortnight (``windows.SLACK``), so the work stays near the new
reports' days however large the archive.

A reviewed incident (merged, split, accepted or corrected by a reviewer) is never re-fused:
it keeps the reviewer's decision and takes in new members as before.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import date, timedelta

from observatory.fuse.clustering import MAX_INDEXED_DAYS
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import may_link
from observatory.fuse.windows import SLACK

Load = Callable[[list[EventFeatures], set[int]], Mapping[int, list[EventFeatures]]]


def reopen(
    members: list[EventFeatures],
    loaded: dict[int, list[EventFeatures]],
    load: Load,
    reviewed: Callable[[list[EventFeatures]], bool],
) -> dict[int, list[EventFeatures]]:
    """Take out of ``loaded`` (incident id -> members) the incidents to re-fuse with these
    new members, and return them; ``load(frontier, known)`` reads the incidents near the
    frontier that are not in ``known`` (members a re-fused incident brings may lie beyond
    what was loaded for the new ones)."""
    opened: dict[int, list[EventFeatures]] = {}
    kept = {key for key, value in loaded.items() if reviewed(value)}  # asked once per incident
    frontier = members
    while frontier:
        new = load(frontier, set(loaded) | set(opened))
        kept |= {key for key, value in new.items() if reviewed(value)}
        loaded.update(new)
        found = linked(frontier, {key: value for key, value in loaded.items() if key not in kept})
        frontier = [member for key in sorted(found) for member in loaded[key]]
        opened.update((key, loaded.pop(key)) for key in sorted(found))
    return opened


def linked(frontier: list[EventFeatures], incidents: Mapping[int, list[EventFeatures]]) -> set[int]:
    """The incidents with a member that may link with one of ``frontier``; each member is
    compared only with the frontier members dated within the widest slack of it."""
    index = _DayIndex(frontier)
    return {
        key for key, members in incidents.items()
        if any(may_link(other, member) for member in members for other in index.near(member))
    }


class _DayIndex:
    """Members by the days they cover; undated ones and long ranges are near everything."""

    def __init__(self, members: Iterable[EventFeatures]) -> None:
        self.by_day: dict[date, list[EventFeatures]] = defaultdict(list)
        self.everywhere: list[EventFeatures] = []
        self.every: list[EventFeatures] = []
        for member in members:
            self.every.append(member)
            span = _span(member)
            if span is None:
                self.everywhere.append(member)
            else:
                for day in _days(*span):
                    self.by_day[day].append(member)

    def near(self, member: EventFeatures) -> Iterator[EventFeatures]:
        """Each indexed member dated within ``SLACK`` of this one, once."""
        span = _span(member)
        if span is None:
            yield from self.every
            return
        seen: set[int] = set()
        for day in _days(span[0] - SLACK, span[1] + SLACK):
            for other in self.by_day.get(day, ()):
                if id(other) not in seen:
                    seen.add(id(other))
                    yield other
        yield from self.everywhere


def _span(member: EventFeatures) -> tuple[date, date] | None:
    """A member's days, or None when it has none or too many to index (a monthly round-up)."""
    if member.start is None or member.end is None or (member.end - member.start).days > MAX_INDEXED_DAYS:
        return None
    return member.start, member.end


def _days(first: date, last: date) -> Iterator[date]:
    for offset in range((last - first).days + 1):
        yield first + timedelta(days=offset)
