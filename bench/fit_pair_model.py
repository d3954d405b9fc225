"""Would a learned pair model link UCDP's headlines better than the package's logistic one?

Trains scikit-learn models (logistic regression, gradient boosting) on the candidate pairs
of the fitting year (``fit_dedup.candidate_pairs``: dates within the slack) over the
package's signals plus facts the hand-made model does not use (exact type and event-type
agreement, same governorate or district, the precisions of both places, an unknown place,
event-less reports, word counts, shared words, the longest date range, toll updates).  The
vetoes stay as they are: a pair ``pair_signals`` rules out is never scored.  Prints the
pairs' precision-recall curve on the fitting year, clusters both years with the same
``Clusterer`` at a range of thresholds, chooses the operating point on the fitting year
(the lowest threshold whose B-cubed F1 beats every headline alone, as ``fit_dedup`` does)
and reports the held-out year at that point once, beside the package's model.

    python bench/fit_pair_model.py [--fit-year 2018] [--report-year 2017] [--cache-dir DIR]
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import numpy as np
from dedup_ucdp import DEFAULT_CSV, Headline, bcubed, cluster_features, headline_features, pairwise, read_headlines
from fit_dedup import THRESHOLDS, candidate_pairs
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, precision_recall_curve

from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import LINK_THRESHOLD, pair_probability, pair_signals, rare_types


def pair_row(a: EventFeatures, b: EventFeatures) -> list[float] | None:
    """The package's signals and the extra facts of a pair; None when a veto rules it out."""
    found = pair_signals(a, b)
    if found is None:
        return None
    signals = found[0]
    return [*signals.values(),
            float(a.sub_event_type == b.sub_event_type), float(a.event_type == b.event_type),
            float(a.is_report or b.is_report), float(a.is_report and b.is_report),
            float(bool(a.admin1) and a.admin1 == b.admin1), float(bool(a.admin2) and a.admin2 == b.admin2),
            max(a.where_prec or 0, b.where_prec or 0), min(a.where_prec or 0, b.where_prec or 0),
            float(a.place_name is None or b.place_name is None),
            min(len(a.words), len(b.words)), max(len(a.words), len(b.words)), len(a.words & b.words),
            float(a.updates or b.updates), max(a.days, b.days),
            float(a.sub_event_type in rare_types() or b.sub_event_type in rare_types())]


def training_pairs(headlines: list[Headline], members: list[tuple[int, EventFeatures]]) -> tuple[np.ndarray, np.ndarray]:
    rows, labels = [], []
    for first, second in candidate_pairs(members):
        (i, a), (j, b) = members[first], members[second]
        row = pair_row(a, b)
        if row is not None:
            rows.append(row)
            labels.append(float(headlines[i].event_id == headlines[j].event_id))
    return np.array(rows), np.array(labels)


def scorer_of(
    model: object, members: list[tuple[int, EventFeatures]]
) -> Callable[[EventFeatures, EventFeatures], float | None]:
    """The model as a ``Clusterer`` scorer: every candidate pair of the year scored in one
    batch (a model's per-call overhead would dominate), any other pair on demand."""
    known: dict[tuple, float | None] = {}
    pairs, rows = [], []
    for first, second in candidate_pairs(members):
        a, b = members[first][1], members[second][1]
        row = pair_row(a, b)
        if row is None:
            known[_key(a, b)] = known[_key(b, a)] = None
        else:
            pairs.append((a, b))
            rows.append(row)
    if rows:
        for (a, b), value in zip(pairs, model.predict_proba(np.array(rows))[:, 1]):  # type: ignore[attr-defined]
            known[_key(a, b)] = known[_key(b, a)] = float(value)

    def score(a: EventFeatures, b: EventFeatures) -> float | None:
        key = _key(a, b)
        if key not in known:
            row = pair_row(a, b)
            known[key] = None if row is None else float(model.predict_proba(np.array([row]))[0, 1])  # type: ignore[attr-defined]
        return known[key]
    return score


def _key(a: EventFeatures, b: EventFeatures) -> tuple:
    return (a.document, a.key, b.document, b.key)


def sweep(headlines: list[Headline], members: list, scorer: Callable, label: str) -> float | None:
    """Cluster at each threshold, print the figures; the lowest threshold beating 'alone'."""
    gold = {index: headline.event_id for index, headline in enumerate(headlines)}
    alone = bcubed({index: index for index in gold}, gold)[2]
    chosen = None
    for threshold in THRESHOLDS:
        labels = cluster_features(members, len(headlines), threshold, scorer)
        (p, r, f1, _), b_f1 = pairwise(labels, gold), bcubed(labels, gold)[2]
        print(f"  {label} t={threshold:.2f}: pairwise P {p:.3f} R {r:.3f} F1 {f1:.3f}, B-cubed F1 {b_f1:.4f} "
              f"(alone {alone:.4f})", flush=True)
        if chosen is None and b_f1 > alone:
            chosen = threshold
    return chosen


def report(headlines: list[Headline], members: list, scorer: Callable, threshold: float, label: str) -> None:
    gold = {index: headline.event_id for index, headline in enumerate(headlines)}
    labels = cluster_features(members, len(headlines), threshold, scorer)
    (p, r, f1, _), b_f1 = pairwise(labels, gold), bcubed(labels, gold)[2]
    print(f"{label} at t={threshold:.2f}: pairwise P {p:.3f} R {r:.3f} F1 {f1:.3f}, B-cubed F1 {b_f1:.4f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--fit-year", default="2018")
    parser.add_argument("--report-year", default="2017")
    parser.add_argument("--cache-dir", type=Path, help="folder for the extracted members (c<year>.pkl)")
    args = parser.parse_args()

    def load(year: str) -> tuple[list[Headline], list]:
        headlines = read_headlines(args.csv, year)
        cache = args.cache_dir / f"c{year}.pkl" if args.cache_dir else None
        return headlines, headline_features(headlines, Counter(), cache)

    fit_headlines, fit_members = load(args.fit_year)
    held_headlines, held_members = load(args.report_year)
    x, y = training_pairs(fit_headlines, fit_members)
    print(f"{len(y)} candidate pairs of {args.fit_year}, {int(y.sum())} from one GED event")
    models = {
        "logistic": LogisticRegression(C=1.0, max_iter=3000),
        "boosting": HistGradientBoostingClassifier(
            max_iter=150, learning_rate=0.05, max_leaf_nodes=15, l2_regularization=1.0, random_state=0
        ),
    }
    for name, model in models.items():
        model.fit(x, y)
        scores = model.predict_proba(x)[:, 1]
        precision, recall, cuts = precision_recall_curve(y, scores)
        print(f"{name}: pairs of {args.fit_year} average precision {average_precision_score(y, scores):.3f}")
        for threshold in THRESHOLDS:
            at = min(int(np.searchsorted(cuts, threshold)), len(cuts) - 1)
            print(f"  pairs t={threshold:.2f}: P {precision[at]:.3f} R {recall[at]:.3f}")
        chosen = sweep(fit_headlines, fit_members, scorer_of(model, fit_members), f"{name} {args.fit_year}")
        if chosen is None:
            print(f"{name}: no threshold beats every headline alone on {args.fit_year}")
            continue
        held_out = f"{name} {args.report_year} (held out)"
        report(held_headlines, held_members, scorer_of(model, held_members), chosen, held_out)
    report(held_headlines, held_members, pair_probability, LINK_THRESHOLD, f"package {args.report_year}")


if __name__ == "__main__":
    main()
