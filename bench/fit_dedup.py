"""Fit the logistic weights of ``fuse.matching`` on one year of UCDP headlines.

Every pair of members (events, or report members of event-less headlines) from
different headlines whose dates come within the matching slack (``slack_days``), and
that no veto rules out, is one training example: its signals from ``pair_signals`` and whether UCDP
put both headlines in one GED event.  A ridge-penalised logistic regression (Newton's
method, numpy only) gives the weights to paste into ``matching.WEIGHTS`` and ``BIAS``
(the hand-set weights, ``matching.HAND_SET``, enter the fit as they are); the candidate
pairs' precision and recall at each threshold are printed before clustering.
With those weights the headlines are then clustered at a range of thresholds (the
precision-recall curve is printed); the suggested ``LINK_THRESHOLD`` is the lowest whose
B-cubed F1 beats putting every headline alone (merging more would cost more than it finds).  Fit on 2018 and report on 2017
(``bench/dedup_ucdp.py``) so the reported year is unseen.

    python bench/fit_dedup.py [--csv PATH] [--year 2018] [--ridge 1.0] [--cache FILE]
"""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

import numpy as np
from dedup_ucdp import bcubed, cluster_features, pairwise, study_members, study_parser

from observatory.fuse import matching
from observatory.fuse.clustering import MAX_INDEXED_DAYS
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import HAND_SET, WEIGHTS, pair_signals, slack_days

THRESHOLDS = [round(0.05 * step, 2) for step in range(2, 15)]

NAMES = [name for name in WEIGHTS if name not in HAND_SET]  # the fitted signals


def candidate_pairs(members: list[tuple[int, EventFeatures]]) -> list[tuple[int, int]]:
    """Member index pairs whose date ranges come within the slack (a day index)."""
    by_day: dict = defaultdict(set)
    for n, (_, item) in enumerate(members):
        if item.start is None or item.end is None or (item.end - item.start).days > MAX_INDEXED_DAYS:
            continue
        day = item.start
        while day <= item.end:
            by_day[day].add(n)
            day += timedelta(days=1)
    pairs: set[tuple[int, int]] = set()
    for day, here in by_day.items():
        for a in here:
            reach = slack_days(members[a][1])  # a toll update reaches further back and ahead
            near = set().union(*(by_day.get(day + timedelta(days=k), set()) for k in range(-reach, reach + 1)))
            pairs |= {(min(a, b), max(a, b)) for b in near if a != b}
    return sorted(pairs)


def fit(x: np.ndarray, y: np.ndarray, ridge: float, offset: np.ndarray | None = None, rounds: int = 50) -> np.ndarray:
    """Logistic regression by Newton's method; the last column of ``x`` is the intercept.
    ``offset``: each row's fixed part of the logit (the hand-set signals' contribution)."""
    weights = np.zeros(x.shape[1])
    fixed = np.zeros(len(y)) if offset is None else offset
    penalty = ridge * np.eye(x.shape[1])
    penalty[-1, -1] = 0.0  # the intercept is not shrunk
    for _ in range(rounds):
        p = 1.0 / (1.0 + np.exp(-(x @ weights + fixed)))
        gradient = x.T @ (p - y) + penalty @ weights
        hessian = (x * (p * (1 - p))[:, None]).T @ x + penalty
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < 1e-8:
            break
    return weights


def main() -> None:
    parser = study_parser(__doc__)
    parser.add_argument("--ridge", type=float, default=1.0)
    args = parser.parse_args()

    headlines, members = study_members(args)
    rows, labels, offsets = [], [], []
    for a, b in candidate_pairs(members):
        (i, first), (j, second) = members[a], members[b]
        found = pair_signals(first, second)
        if found is None:
            continue
        rows.append([found[0][name] for name in NAMES] + [1.0])
        offsets.append(sum(WEIGHTS[name] * found[0][name] for name in HAND_SET))
        labels.append(float(headlines[i].event_id == headlines[j].event_id))
    x, y = np.array(rows), np.array(labels)
    weights = fit(x, y, args.ridge, np.array(offsets))
    print(f"{len(y)} candidate pairs of {args.year}, {int(y.sum())} from one GED event")
    print("WEIGHTS = {" + ", ".join(f'"{n}": {w:.2f}' for n, w in zip(NAMES, weights[:-1])) + "}")
    print(f"BIAS = {weights[-1]:.2f}")
    matching.WEIGHTS.update({n: round(float(w), 2) for n, w in zip(NAMES, weights[:-1])})
    matching.BIAS = round(float(weights[-1]), 2)
    pair_curve(1.0 / (1.0 + np.exp(-(x @ weights + np.array(offsets)))), y)
    print(f"LINK_THRESHOLD = {choose_threshold(headlines, members)}")


def pair_curve(scores: np.ndarray, labels: np.ndarray) -> None:
    """Precision and recall of the candidate pairs alone, before clustering, at each threshold."""
    print("pairs (before clustering):")
    for threshold in THRESHOLDS:
        chosen = scores >= threshold
        hits = float((chosen & (labels == 1)).sum())
        precision = hits / chosen.sum() if chosen.any() else 1.0
        print(f"  threshold {threshold:.2f}: pairs P {precision:.3f} R {hits / labels.sum():.3f}")
    print("clusters:")


def choose_threshold(headlines: list, members: list[tuple[int, EventFeatures]]) -> float | None:
    """The lowest threshold whose B-cubed F1 beats every headline alone (printing each)."""
    gold = {index: headline.event_id for index, headline in enumerate(headlines)}
    alone = bcubed({index: index for index in gold}, gold)[2]
    chosen = None
    for threshold in THRESHOLDS:
        labels = cluster_features(members, len(headlines), threshold)
        (p, r, f1, _), b_f1 = pairwise(labels, gold), bcubed(labels, gold)[2]
        print(
            f"  threshold {threshold:.2f}: pairwise P {p:.3f} R {r:.3f} F1 {f1:.3f}, "
            f"B-cubed F1 {b_f1:.4f} (alone {alone:.4f})"
        )
        if chosen is None and b_f1 > alone:
            chosen = threshold
    return chosen


if __name__ == "__main__":
    main()
