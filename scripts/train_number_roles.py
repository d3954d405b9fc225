#!/usr/bin/env python3
"""Fit the number-role model (``extract/tolls/role_model.py``) and report how it holds.

Weak supervision from real reports: a FA-KES article's labels give the toll of its main
incident (``nb_civilians + nb_noncivilians``), and the development gold set gives each
report's killed total.  The rules read each report (without the model); when the
report's top-level killed figures can be chosen in only one way to add up to that
total, every figure is labelled (counted or not); when several choices add up, only the
figures in all of them (counted) or in none (not counted) are labelled; reports whose
figures cannot add up to it teach nothing and are skipped.  Only reports with two or
more figures are used, as the model only decides among several.

Articles are split by id into a fit half and a held-out half.  Articles of the blind
half of fakes100 (``--odd-ids``), every fakes100 article (``--exclude``: the even half
is the check ``observatory eval`` makes) and the development set's articles (read once,
with their gold labels, in the fit half) are never read from the CSV, nor articles that
appear more than once in it.  The script prints the held-out figure accuracy and the
held-out killed-total agreement with and without the model, then writes the
coefficients as JSON (``--out``).

    .venv/bin/python scripts/train_number_roles.py [--fakes CSV] [--dev GOLD] [--out JSON]
"""

from __future__ import annotations

import argparse
import csv
import json
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from observatory.extract.casualties import read_report
from observatory.extract.context import DocContext, DocumentActors
from observatory.extract.pipeline import Extractor
from observatory.extract.tolls.reading import TollReading
from observatory.extract.tolls.role_model import CLOSE, MODEL_PATH, feature_names, figure_features, restated, toll_pool

FAKES = Path("/work/shared/data/fakes/fakes.csv")
DEV = Path("/work/shared/gold/dev.jsonl")
ODD_IDS = Path("/work/gold/odd_ids.txt")
FAKES100 = Path("/work/gold/fakes_even.jsonl")
MAX_POOL = 12  # subsets of at most 4096 choices per report
REGULARISATION = 0.5  # inverse L2 strength: few hundred reports, keep the weights small


@dataclass
class Report:
    id: str
    text: str
    published: date | None
    total: int | None  # the labelled killed total
    held_out: bool
    main_incident_only: bool = False  # FA-KES labels count the main incident, gold every incident


@dataclass
class Figures:
    report: Report
    pool: list[TollReading]
    rows: list[dict[str, float]]
    labels: list[int | None]  # 1 counted, 0 not, None unknown


def fakes_reports(path: Path, skip: set[str]) -> list[Report]:
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    seen = Counter(row["unit_id"] for row in rows)
    out = []
    for row in rows:
        unit = row["unit_id"]
        if seen[unit] != 1 or unit in skip:
            continue
        total = _int(row["nb_civilians"]) + _int(row["nb_noncivilians"])
        out.append(Report(f"fakes-{unit}", f"{row['article_title']}\n\n{row['article_content']}",
                          _fakes_date(row.get("date")), total, held_out=zlib.crc32(unit.encode()) % 2 == 1,
                          main_incident_only=True))
    return out


def gold_reports(path: Path) -> list[Report]:
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            title, text = doc.get("title") or "", doc["text"]
            full = text if not title or text.startswith(title) else f"{title}\n\n{text}"
            published = date.fromisoformat(doc["published"]) if doc.get("published") else None
            out.append(Report(doc["id"], full, published, doc.get("killed_total"), held_out=False))
    return out


def _fakes_date(value: str | None) -> date | None:
    from datetime import datetime

    try:
        return datetime.strptime(value or "", "%m/%d/%y").date()
    except ValueError:
        return None


def _int(value: str) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


def read_figures(extractor: Extractor, report: Report) -> Figures:
    """The rules' top-level killed figures of a report (model off), with their features and labels."""
    ctx = DocContext.build(report.text, report.published, extractor.actors, extractor.places)
    claims = read_report(report.text, ctx.sentences, report.published, DocumentActors(ctx, extractor.actors),
                         settle=False).claims
    pool = toll_pool(claims)
    rows = [figure_features(c, pool, len(report.text), report.published) for c in pool] if pool else []
    return Figures(report, pool, rows, labels(pool, report.total, report.main_incident_only))


def labels(pool: list[TollReading], total: int | None, main_incident_only: bool) -> list[int | None]:
    """Counted (1) or not (0) for the figures every choice adding up to ``total`` agrees on.

    With a main-incident label, a smaller figure left out may be a second incident of the
    report, which its killed total counts, and so may a larger one (a report that leads
    with a small new toll and recalls a bigger one of the days before): only figures close
    to the label (a restatement rounded otherwise) are labelled not counted.
    """
    if total is None or not pool or len(pool) > MAX_POOL:
        return [None] * len(pool)
    values = [c.value or 0 for c in pool]
    choices = [set(chosen) for size in range(1, len(pool) + 1)
               for chosen in combinations(range(len(pool)), size) if sum(values[n] for n in chosen) == total]
    if not choices:
        return [None] * len(pool)
    out: list[int | None] = [1 if all(n in c for c in choices) else 0 if not any(n in c for c in choices)
                             else None for n in range(len(pool))]
    if main_incident_only:
        out = [None if label == 0 and not CLOSE * total <= values[n] <= total / CLOSE else label
               for n, label in enumerate(out)]
    return out


def rules_total(pool: list[TollReading]) -> int | None:
    """The report's killed total as ``observatory eval`` takes it from the rules' figures."""
    incident = [c for c in pool if c.scope != "cumulative"]
    chosen = incident or pool
    return sum(c.value or 0 for c in chosen) if chosen else None


def model_total(figures: Figures, chances: list[float], threshold: float) -> int | None:
    """The same total once the model has put restatements under their figure (``settle_pool``)."""
    pool = figures.pool
    if len(pool) < 2:
        return rules_total(pool)
    moved = {id(c) for c, _ in restated(pool, chances, threshold)}
    return rules_total([c for c in pool if id(c) not in moved])


def matrix(figures: list[Figures], names: list[str], labelled_only: bool = True) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for fig in figures:
        if len(fig.pool) < 2:
            continue
        for row, label in zip(fig.rows, fig.labels):
            if labelled_only and label is None:
                continue
            xs.append([row.get(name, 0.0) for name in names])
            ys.append(label if label is not None else -1)
    return np.array(xs, dtype=float), np.array(ys, dtype=int)


def agreement(figures: list[Figures], model: LogisticRegression | None, names: list[str],
              threshold: float) -> tuple[float, float, float]:
    """Exact, within 20 % and overcount rates of the killed total against the labels."""
    exact = close = over = 0
    seen = [f for f in figures if f.report.total is not None]
    for fig in seen:
        if model is None or len(fig.pool) < 2:
            total = rules_total(fig.pool) or 0
        else:
            x = np.array([[row.get(name, 0.0) for name in names] for row in fig.rows])
            total = model_total(fig, list(model.predict_proba(x)[:, 1]), threshold) or 0
        target = fig.report.total or 0
        exact += total == target
        close += abs(total - target) <= 0.2 * max(target, 1)
        over += total > target
    n = max(len(seen), 1)
    return exact / n, close / n, over / n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fakes", type=Path, default=FAKES)
    parser.add_argument("--dev", type=Path, default=DEV)
    parser.add_argument("--odd-ids", type=Path, default=ODD_IDS)
    parser.add_argument("--exclude", type=Path, nargs="*", default=[FAKES100, DEV],
                        help="gold files whose articles are not read from the FA-KES CSV (the even half "
                             "is the check; dev articles are read once, with their gold labels)")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--check", type=Path, nargs="*", default=[FAKES100],
                        help="gold files to report the killed total on (never fitted)")
    args = parser.parse_args()

    skip = {line.strip().removeprefix("fakes-") for line in args.odd_ids.read_text().split()}
    for path in args.exclude:
        skip |= {json.loads(line)["id"].removeprefix("fakes-") for line in path.read_text().splitlines() if line}
    extractor = Extractor()
    reports = fakes_reports(args.fakes, skip) + gold_reports(args.dev)
    figures = [read_figures(extractor, r) for r in reports]
    fit = [f for f in figures if not f.report.held_out]
    held = [f for f in figures if f.report.held_out]
    names = feature_names()
    x_fit, y_fit = matrix(fit, names)
    x_held, y_held = matrix(held, names)
    print(f"reports: fit {len(fit)}, held out {len(held)} (skipped ids {len(skip)})")
    print(f"labelled figures: fit {len(y_fit)} ({y_fit.mean():.2f} counted), "
          f"held out {len(y_held)} ({y_held.mean():.2f} counted)")

    model = LogisticRegression(C=REGULARISATION, max_iter=2000)
    model.fit(x_fit, y_fit)
    baseline = max(y_held.mean(), 1 - y_held.mean())
    print(f"held-out figure accuracy {model.score(x_held, y_held):.3f} (majority class {baseline:.3f}; "
          f"fit {model.score(x_fit, y_fit):.3f})")
    fakes_fit = [f for f in fit if f.report.main_incident_only]
    gold_fit = [f for f in fit if not f.report.main_incident_only]
    threshold = max((t / 20 for t in range(4, 15)), key=lambda t: (  # both definitions of a report's toll
        agreement(fakes_fit, model, names, t)[0] + agreement(gold_fit, model, names, t)[0], -t))
    checks = [read_figures(extractor, r) for path in args.check for r in gold_reports(path)]
    for t in (0.2, 0.3, 0.4, 0.5, 0.6, 0.7):
        print(f"  threshold {t:.2f}: held out exact {agreement(held, model, names, t)[0]:.3f}"
              f"  fit: FA-KES {agreement(fakes_fit, model, names, t)[0]:.3f} gold {agreement(gold_fit, model, names, t)[0]:.3f}"
              f"  check exact {agreement(checks, model, names, t)[0]:.3f}")
    for label, part in (("fit", fit), ("held out", held), ("check", checks)):
        rules = agreement(part, None, names, threshold)
        learned = agreement(part, model, names, threshold)
        print(f"killed total on {label:8}  rules exact {rules[0]:.3f} within20 {rules[1]:.3f} over {rules[2]:.3f}"
              f"  | model exact {learned[0]:.3f} within20 {learned[1]:.3f} over {learned[2]:.3f}"
              f"  (threshold {threshold:.2f})")
    weights = {name: round(float(w), 4) for name, w in zip(names, model.coef_[0]) if abs(w) >= 1e-4}
    args.out.write_text(json.dumps({
        "about": "P(a top-level killed figure counts in its report's toll); fitted by "
                 "scripts/train_number_roles.py on FA-KES (fit half) and the development gold set",
        "bias": round(float(model.intercept_[0]), 4),
        "threshold": threshold,
        "weights": dict(sorted(weights.items(), key=lambda kv: -abs(kv[1]))),
    }, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
