"""Where deduplication loses UCDP's pairs: the missed and the wrong pairs of one year, by family.

Runs the same clustering as ``bench/dedup_ucdp.py`` and then, for every pair of headlines
UCDP put in one GED event that fusion left apart, names the first thing that kept them
apart: a veto of ``fuse.matching`` (the date slack, incompatible types, places that
cannot be one, one report's events) with the gap or the kind of place, a pair score below
the threshold (by how the types and places compare), or the clustering (the pair scores
enough but the average or a complete-link veto against another member keeps the groups
apart).  The same pairs are first counted by stage: never compared (blocking: dates
beyond the slack, governorates apart), compared and ruled out or scored too low, or kept
apart by the clustering.  Every pair fusion joined that UCDP keeps apart is counted by the same type and
place families.  ``--show`` and ``--show-wrong`` print a sample of the missed and of the wrong
pairs (seed 0) with both headlines, to read for a census of why.  Study the fitting year (2018)
only; the held-out year is for reporting.

    python bench/dedup_misses.py [--year 2018] [--cache FILE] [--threshold 0.25] [--show N] [--show-wrong N]
"""

from __future__ import annotations

import itertools
import random
from collections import Counter, defaultdict

from dedup_ucdp import study_clusters, study_parser

from observatory.fuse.clustering import _blocks, _days, _window
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import (
    COARSE_PRECISION, LINK_THRESHOLD, date_similarity, pair_probability, place_similarity, type_similarity,
)


def veto(a: EventFeatures, b: EventFeatures) -> str | None:
    """The veto that rules a pair out, in the order ``matching.pair_signals`` tries them."""
    if a.document == b.document:
        return "veto: one report"
    if date_similarity(a, b) is None:
        assert a.start and a.end and b.start and b.end  # undated pairs are never ruled out by date
        gap = max((a.start - b.end).days, (b.start - a.end).days)
        if gap == 1:
            return "veto: two stated days, a day apart"
        return f"veto: dates {'2-3' if gap <= 3 else '4-7' if gap <= 7 else '8+'} days apart"
    if type_similarity(a, b) is None:
        return "veto: types " + " / ".join(sorted({a.event_type, b.event_type}))
    if place_similarity(a, b) is None:
        coarse = max(a.where_prec or 1, b.where_prec or 1)
        if a.admin1 != b.admin1 and coarse < COARSE_PRECISION:
            return f"veto: two governorates ({'points' if coarse <= 2 else 'district or governorate'})"
        return "veto: two districts" if coarse == 3 else "veto: places farther apart than twice the tolerance"
    return None


def compared(a: EventFeatures, b: EventFeatures) -> bool:
    """Whether clustering's blocking ever puts the pair side by side: dated, within one's
    date slack of the other, in governorates that meet (``clustering._blocks``)."""
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False  # an undated member is indexed under no day
    if not set(_window(a)) & set(_days(b.start, b.end)) and not set(_window(b)) & set(_days(a.start, a.end)):
        return False
    left, right = _blocks(a), _blocks(b)
    return left == (None,) or right == (None,) or bool(set(left) & set(right))


def stage(reason: str, a: EventFeatures | None, b: EventFeatures | None) -> str:
    """Where in fusion a missed pair is lost: never compared (blocking), compared and ruled
    out or scored too low, or kept apart by the clustering though the pair scores enough."""
    if a is None or b is None or not compared(a, b):
        return "never compared (blocking: dates beyond the slack, governorates apart, no member)"
    if reason.startswith("clustering"):
        return "compared, scored enough, kept apart by the clustering"
    return "compared, ruled out by a veto" if reason.startswith("veto") else "compared, scored below the threshold"


def family(a: EventFeatures, b: EventFeatures) -> str:
    """How a pair's types and places compare, in words."""
    kind = type_similarity(a, b)
    types = (
        "event-less report" if a.is_report or b.is_report
        else "same type" if kind == 1.0 else "close types" if kind == 0.7 else "other types"
    )
    where = place_similarity(a, b)
    places = (
        "unknown place" if a.place_name is None or b.place_name is None
        else "same place" if where is not None and where[1].get("place") == "same"
        else f"{(where[1] if where else {}).get('place', 'places')}"
    )
    return f"{types}, {places}"


def main() -> None:
    parser = study_parser(__doc__)
    parser.add_argument("--threshold", type=float, default=LINK_THRESHOLD)
    parser.add_argument("--show", type=int, default=0, help="print this many missed pairs, drawn at random (seed 0)")
    parser.add_argument("--show-wrong", type=int, default=0, help="print this many wrong pairs, drawn at random (seed 0)")
    args = parser.parse_args()

    study = study_clusters(args)
    headlines, labels, primary, events = study.headlines, study.labels, study.primary, study.events

    missed: Counter = Counter()
    stages: Counter = Counter()
    examples: list[tuple[str, int, int]] = []
    for indexes in events.values():
        for i, j in itertools.combinations(indexes, 2):
            if labels[i] == labels[j]:
                continue
            if i not in primary or j not in primary:
                missed["a headline with nothing to match (no event, no place)"] += 1
                stages[stage("", None, None)] += 1
                continue
            a, b = primary[i], primary[j]
            reason = veto(a, b)
            if reason is None:
                score = pair_probability(a, b) or 0.0
                reason = (
                    f"score below {args.threshold}: {family(a, b)}" if score < args.threshold
                    else "clustering: the pair scores enough, the groups do not"
                )
            missed[reason] += 1
            stages[stage(reason, a, b)] += 1
            examples.append((reason, i, j))
    wrong: Counter = Counter()
    wrong_examples: list[tuple[str, int, int]] = []
    incidents: dict = defaultdict(list)
    for index, label in labels.items():
        incidents[label].append(index)
    for indexes in incidents.values():
        for i, j in itertools.combinations(indexes, 2):
            if headlines[i].event_id != headlines[j].event_id and i in primary and j in primary:
                kind = family(primary[i], primary[j])
                wrong[kind] += 1
                wrong_examples.append((f"wrong: {kind}", i, j))

    true_pairs = sum(len(indexes) * (len(indexes) - 1) // 2 for indexes in events.values())
    print(f"{args.year}: {true_pairs} same-event pairs, {sum(missed.values())} missed (threshold {args.threshold})")
    for name, count in stages.most_common():
        print(f"  {count:5d}  {name}")
    print("by family:")
    for reason, count in missed.most_common():
        print(f"  {count:5d}  {reason}")
    print(f"{sum(wrong.values())} wrong pairs (one incident, two GED events)")
    for reason, count in wrong.most_common():
        print(f"  {count:5d}  {reason}")
    shown = random.Random(0).sample(examples, min(args.show, len(examples)))
    shown += random.Random(0).sample(wrong_examples, min(args.show_wrong, len(wrong_examples)))
    for reason, i, j in shown:
        print(f"\n{reason}")
        for index in (i, j):  # only pairs of two primary events are kept as examples
            item = primary[index]
            print(f"  {headlines[index].published} {item.sub_event_type} | {item.place_name} | "
                  f"{item.start}..{item.end} | {sorted(item.figures)}\n    {headlines[index].text[:200]!r}")


if __name__ == "__main__":
    main()
