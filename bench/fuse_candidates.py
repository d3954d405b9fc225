"""Would the cap on candidates per group (``clustering.CANDIDATES``) cost a link on real reports?

Fusion scores a group only against the ``CANDIDATES`` neighbours that share most with it
(``clustering._shared``: words, sub-event type, place), so the pairs scored per claim stay
bounded on busy days.  This benchmark takes the UCDP GED headlines of a year
(``bench/dedup_ucdp.py``'s reading and extraction), builds the groups clustering starts
from, and for every group ranks *all* its neighbours by that pre-score, then reports

* how many neighbours groups have (the work without a cap),
* the ranks of the neighbours that would link (group score at or above the threshold),
* the ranks of the neighbours holding a headline of the same GED event (a true link, whether
  or not the matcher finds it),

and how many of each lie beyond rank K for several K.  A linking pair beyond the cap is one
the capped clustering could miss; a true pair beyond it that does not link was lost anyway.

    python bench/fuse_candidates.py [--year 2017 --year 2018] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
import statistics
from collections import Counter
from pathlib import Path

from dedup_ucdp import DEFAULT_CSV, headline_features, read_headlines

from observatory.fuse.clustering import CANDIDATES, Clusterer, _Groups, _shared, in_date_order
from observatory.fuse.matching import LINK_THRESHOLD

CUTS = (8, 16, 24, CANDIDATES, 48, 64)


def ranks(year: str, cache: Path | None) -> tuple[list[int], list[int], list[int]]:
    """(neighbours per group, ranks of linking neighbours, ranks of same-event neighbours)."""
    headlines = read_headlines(DEFAULT_CSV, year)
    event = {index: headline.event_id for index, headline in enumerate(headlines)}
    features = [item for _, item in headline_features(headlines, Counter(), cache)]
    groups = _Groups(Clusterer())
    for item in in_date_order(features):
        groups.add(item)
    sizes, linking, true = [], [], []
    for gid in list(groups.groups):
        mine = groups.groups[gid].everyone()
        if not groups.groups[gid].members:
            continue
        found = groups.neighbours(gid)
        sizes.append(len(found))
        shared = {other: max(_shared(a, b) for a in mine for b in groups.groups[other].everyone()) for other in found}
        for rank, other in enumerate(sorted(found, key=lambda o: (-shared[o], o)), start=1):
            score = groups._score(gid, other)
            if score is not None and score >= LINK_THRESHOLD:
                linking.append(rank)
            theirs = groups.groups[other].everyone()
            if any(event.get(a.document) == event.get(b.document) for a in mine for b in theirs):
                true.append(rank)
    return sizes, linking, true


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--year", action="append", help="UCDP year (repeatable; default 2017 and 2018)")
    parser.add_argument("--cache-dir", type=Path, help="keeps dedup_ucdp's extracted members per year")
    args = parser.parse_args()
    for year in args.year or ["2017", "2018"]:
        cache = args.cache_dir / f"ucdp-{year}.pkl" if args.cache_dir else None
        sizes, linking, true = ranks(year, cache)
        quantiles = statistics.quantiles(sizes, n=10)
        print(f"{year}: {len(sizes)} groups; neighbours per group median {statistics.median(sizes):.0f}, "
              f"90th percentile {quantiles[-1]:.0f}, max {max(sizes)}; "
              f"groups with more than {CANDIDATES}: {sum(size > CANDIDATES for size in sizes)}")
        for name, found in (("linking", linking), ("same GED event", true)):
            beyond = ", ".join(f"K={k}: {sum(rank > k for rank in found)}" for k in CUTS)
            print(f"  {name} neighbours {len(found)}, max rank {max(found, default=0)}; beyond rank {beyond}")


if __name__ == "__main__":
    main()
