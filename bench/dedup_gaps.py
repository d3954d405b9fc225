"""Would a wider date window find UCDP's same-event pairs?  The share of one GED event among
pairs of headlines at one place, by the days between them.

UCDP events often span several days and outlets date a report by its publication, so a
report a day or two after the event may fall outside fusion's one-day slack.  Before
widening the window, count what it would let in: every pair of located headlines of one
year in one governorate whose places score as one (``place_similarity`` 1.0), from 0 days
apart (ranges that overlap: what the window compares now) to ``--days``, by gap, by how
their types compare (the same sub-event type, an event-less report, other types) and by
whether both *state* their one day (precision 1) or are dated by publication; for each,
how many are one GED event and how many are not.
Study the fitting year (2018) and a second year (2019); 2017 is held out.

    python bench/dedup_gaps.py [--year 2018] [--days 4] [--cache FILE]
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

from dedup_ucdp import study_members, study_parser

from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import place_similarity, type_similarity


def gap_days(a: EventFeatures, b: EventFeatures) -> int:
    """Days between two date ranges (0 when they overlap)."""
    assert a.start and a.end and b.start and b.end
    return max((a.start - b.end).days, (b.start - a.end).days, 0)


def kind(a: EventFeatures, b: EventFeatures) -> str:
    found = type_similarity(a, b)
    return "same type" if found == 1.0 else "event-less report" if a.is_report or b.is_report else "other types"


def dating(a: EventFeatures, b: EventFeatures) -> str:
    stated = all(f.precision == 1 and f.days == 1 for f in (a, b))
    return "both state the day" if stated else "dated by publication"


def count_pairs(members: list[tuple[int, EventFeatures]], gold: dict[int, str], days: int) -> Counter:
    """(gap, types, dating, one GED event) -> pairs, over located pairs at one place."""
    by_governorate: dict[str | None, list[tuple[int, EventFeatures]]] = defaultdict(list)
    for index, item in members:
        if item.start and item.end and item.place_name:
            by_governorate[item.admin1].append((index, item))
    counts: Counter = Counter()
    for group in by_governorate.values():
        for (i, a), (j, b) in itertools.combinations(group, 2):
            gap = gap_days(a, b)
            if i == j or gap > days:
                continue
            place = place_similarity(a, b)
            if place is None or place[0] < 1.0:
                continue
            counts[(gap, kind(a, b), dating(a, b), gold[i] == gold[j])] += 1
    return counts


def main() -> None:
    parser = study_parser(__doc__)
    parser.add_argument("--days", type=int, default=4)
    args = parser.parse_args()
    headlines, members = study_members(args)
    counts = count_pairs(members, {i: h.event_id for i, h in enumerate(headlines)}, args.days)
    print(f"{args.year}: pairs of headlines at one place, 0-{args.days} days apart")
    print(f"{'gap':>3}  {'types':<18} {'dating':<21} {'one event':>9} {'two':>5} {'share':>6}")
    for key in sorted({key[:3] for key in counts}):
        same, other = counts[(*key, True)], counts[(*key, False)]
        print(f"{key[0]:>3}  {key[1]:<18} {key[2]:<21} {same:>9} {other:>5} {same / (same + other):>6.3f}")


if __name__ == "__main__":
    main()
