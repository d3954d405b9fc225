"""Which GED events the missed pairs come from, and why their headlines were not linked.

Pairwise recall weighs an event by the square of its headlines: one event of ten headlines
split in two loses about 25 pairs.  This study clusters one year's headlines as
``bench/dedup_ucdp.py`` does, groups the missed same-event pairs by GED event, prints the
share of them that the ``--top`` biggest events (most headlines) hold, and for each of those events its
GED coding (days from ``date_start`` to ``date_end``, UCDP's date and place precision,
where) and the reasons its missed pairs were not linked (``dedup_misses.veto`` and the
score), by the days between the two headlines.  Its last lines split every missed pair by
how far GED's own coding sets its two headlines apart: days between their publication
dates, and whether the GED event itself spans more than a day or a place coarser than a
town (a part of recall that is GED's definition of an event as much as a linking miss).
Study the fitting year (2018) only; the held-out year is for reporting.

    python bench/dedup_events.py [--year 2018] [--top 20] [--cache FILE] [--threshold 0.25]
"""

from __future__ import annotations

import csv
import itertools
from collections import Counter, defaultdict
from datetime import date

from dedup_misses import veto
from dedup_ucdp import study_clusters, study_parser

from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import LINK_THRESHOLD, pair_probability


def ged_events(path, year: str) -> dict[str, dict]:
    """GED rows of one year by event id."""
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["id"]: row for row in csv.DictReader(handle) if row["year"] == year}


def why(a: EventFeatures | None, b: EventFeatures | None, threshold: float) -> str:
    """The first thing that kept a missed pair apart."""
    if a is None or b is None:
        return "no member (no event, no place)"
    reason = veto(a, b)
    if reason is not None:
        return reason
    if a.place_name is None or b.place_name is None:
        place = "place missing"
    else:
        place = "placed"
    score = pair_probability(a, b) or 0.0
    if score < threshold:
        return f"below threshold ({place}, {'same type' if a.sub_event_type == b.sub_event_type else 'types differ'})"
    return "clustering (pair scores enough, groups do not)"


def reach_of(a: EventFeatures | None, b: EventFeatures | None, span: int, first: str, second: str) -> str:
    """Whether a missed pair is linkable at all: one side carries nothing to match (no
    member, or an event-less report naming no place: a report code, the day's nationwide
    digest), GED codes one event over several days told 2+ days apart (its definition as
    much as a miss), or both name something to go on within a day or two."""
    if a is None or b is None or any(f.is_report and f.place_name is None for f in (a, b)):
        return "nothing to match on one side (no event and no place: a code, a digest)"
    gap = abs((date.fromisoformat(first) - date.fromisoformat(second)).days)
    if gap > 1 and span > 1:
        return "GED's multi-day event, told 2+ days apart"
    if gap > 1:
        return "one-day GED event, told 2+ days apart"
    if a.place_name is None or b.place_name is None:
        return "within a day, one side's event has no place"
    return "within a day, both placed"


def main() -> None:
    parser = study_parser(__doc__)
    parser.add_argument("--threshold", type=float, default=LINK_THRESHOLD)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()

    study = study_clusters(args)
    headlines, labels, primary, events = study.headlines, study.labels, study.primary, study.events
    rows = ged_events(args.csv, args.year)

    missed: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for event, indexes in events.items():
        missed[event] = [(i, j) for i, j in itertools.combinations(indexes, 2) if labels[i] != labels[j]]
    total = sum(len(pairs) for pairs in missed.values())
    true_pairs = sum(len(ix) * (len(ix) - 1) // 2 for ix in events.values())
    by_size: Counter = Counter()
    for event, pairs in missed.items():
        size = len(events[event])
        by_size["2" if size == 2 else "3-4" if size <= 4 else "5-9" if size <= 9 else "10+"] += len(pairs)
    print(f"{args.year}: {true_pairs} same-event pairs, {total} missed, in "
          f"{sum(1 for p in missed.values() if p)} GED events")
    print("missed pairs by the event's headlines: " + ", ".join(f"{k}: {v}" for k, v in sorted(by_size.items())))
    biggest = sorted(missed, key=lambda e: (-len(events[e]), -len(missed[e]), e))[: args.top]
    share = sum(len(missed[e]) for e in biggest)
    print(f"the {args.top} biggest events (most headlines) hold {share} missed pairs ({share / total:.0%}) "
          f"of their {sum(len(events[e]) * (len(events[e]) - 1) // 2 for e in biggest)}\n")

    overall: Counter = Counter()
    for event in biggest:
        row = rows[event]
        span = (date.fromisoformat(row["date_end"]) - date.fromisoformat(row["date_start"])).days + 1
        reasons: Counter = Counter()
        for i, j in missed[event]:
            gap = abs((date.fromisoformat(headlines[i].published) - date.fromisoformat(headlines[j].published)).days)
            reasons[why(primary.get(i), primary.get(j), args.threshold)] += 1
            overall[(gap > 1, span > 1)] += 1
        published = sorted(headlines[i].published for i in events[event])
        print(f"{event}: {len(events[event])} headlines, {len(missed[event])} missed; GED {row['date_start']}.."
              f"{row['date_end']} ({span} d, date_prec {row['date_prec']}), where_prec {row['where_prec']} "
              f"{row['where_coordinates']!r} ({row['adm_1']}); published {published[0]}..{published[-1]}")
        for reason, count in reasons.most_common():
            print(f"    {count:4d}  {reason}")

    print("\nevery missed pair, by GED's coding:")
    coding: Counter = Counter()
    for event, pairs in missed.items():
        row = rows[event]
        span = (date.fromisoformat(row["date_end"]) - date.fromisoformat(row["date_start"])).days + 1
        for i, j in pairs:
            gap = abs((date.fromisoformat(headlines[i].published) - date.fromisoformat(headlines[j].published)).days)
            coding[(
                "published 2+ days apart" if gap > 1 else "published within a day",
                "event spans days" if span > 1 else "one-day event",
                "area (where_prec 2+)" if int(row["where_prec"]) > 1 else "point",
            )] += 1
    for key, count in coding.most_common():
        print(f"  {count:5d} ({count / total:.0%})  {', '.join(key)}")
    ceiling: Counter = Counter()
    for event, pairs in missed.items():
        row = rows[event]
        span = (date.fromisoformat(row["date_end"]) - date.fromisoformat(row["date_start"])).days + 1
        for i, j in pairs:
            ceiling[reach_of(primary.get(i), primary.get(j), span, headlines[i].published, headlines[j].published)] += 1
    print("\nevery missed pair, by what linking could do:")
    for key, count in ceiling.most_common():
        print(f"  {count:5d} ({count / total:.0%})  {key}")
    reasons_all: Counter = Counter(
        why(primary.get(i), primary.get(j), args.threshold) for pairs in missed.values() for i, j in pairs
    )
    print("\nevery missed pair, by reason:")
    for reason, count in reasons_all.most_common():
        print(f"  {count:5d} ({count / total:.0%})  {reason}")


if __name__ == "__main__":
    main()
