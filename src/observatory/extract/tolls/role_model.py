"""A small learned check on which killed figures make up a report's own toll.

The rules (``reading`` … ``consolidate``) leave a report with its top-level killed
figures; when there are several, the report's killed total is their sum, and on real
outlets that sum often counts a figure twice (a headline and a body that round
differently, a "toll rose to" after the first count).  Figures of other events (a
recalled massacre, a month's tally) are the rules' to recognise by their words
(``scope``, ``consolidate.outsized_totals``).  Rules written for one outlet's sentences
do not carry to the next, so a logistic model weighs the same evidence for every figure:
the rules' own reading (scope, confidence, qualifier, group), the figure's size against
the report's other figures, where it stands, and word groups of its sentence
(``data/casualties/role_cues.yaml``).

It was fitted by ``scripts/train_number_roles.py`` on FA-KES articles, whose labels give
each article's main-incident toll (only figures close to that toll are taken as not
counted: a smaller one may be a second incident, which a report's toll counts), and on
the development gold set (weights in
``data/casualties/number_roles.json``; plain coefficients, no pickle).  It only ever
takes restatements out of a report's sum, never adds a figure, and keeps at least the
figure it trusts most: a figure it leaves out goes under the counted figure it restates
(``parent``), as ``attach_alternatives`` does for a second source's figure.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path


from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.tolls.consolidate import apart, more_beside
from observatory.extract.tolls.lexicon import any_phrase
from observatory.extract.tolls.reading import TollReading, confidence
from observatory.extract.tolls.scope import longer
from observatory.nlp.caseless import NeedledPattern

CUES_PATH = PACKAGE_DATA / "casualties" / "role_cues.yaml"
MODEL_PATH = PACKAGE_DATA / "casualties" / "number_roles.json"
QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "vague")
CATEGORIES = ("civilians", "combatants", "children", "unknown")
_YEAR = re.compile(r"\b(?:19[5-9]\d|20[0-4]\d)\b")
_QUOTE = re.compile("[\"“”]")
CLOSE = 0.75  # "20 killed" in the headline, "at least 23" in the body: one toll rounded twice


@dataclass(frozen=True)
class RoleModel:
    """A logistic model: P(figure counts in the report's toll) = sigmoid(bias + w · features)."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@lru_cache(maxsize=1)
def role_cues() -> dict[str, NeedledPattern]:
    """One whole-word regex per cue group of ``role_cues.yaml``."""
    groups = read_yaml(CUES_PATH)
    if not isinstance(groups, dict) or not all(isinstance(v, list) for v in groups.values()):
        raise ValueError(f"{CUES_PATH}: expected a mapping of group name to a list of phrases")
    return {name: NeedledPattern(any_phrase([str(p).lower() for p in phrases])) for name, phrases in groups.items()}



@lru_cache(maxsize=1)
def role_model() -> RoleModel:
    """The fitted weights shipped with the package, read once per process."""
    return load_role_model(MODEL_PATH)


def load_role_model(path: Path) -> RoleModel:
    """Weights from ``path``; a weight for a feature this code does not compute is an error."""
    with open(path, encoding="utf-8") as handle:
        try:
            data = json.load(handle)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    if not isinstance(data, dict) or not {"weights", "bias", "threshold"} <= set(data):
        raise ValueError(f"{path}: expected an object with weights, bias and threshold")
    unknown = sorted(set(data["weights"]) - set(feature_names()))
    if unknown:
        raise ValueError(f"{path}: weights for unknown features {unknown}; refit the model")
    return RoleModel(weights=dict(data["weights"]), bias=float(data["bias"]), threshold=float(data["threshold"]))


def feature_names() -> list[str]:
    """Every feature ``figure_features`` may give, in a fixed order (the trainer's columns)."""
    fixed = ["log_value", "share_of_largest", "largest", "smallest", "pool_size", "same_value_elsewhere",
             "sum_of_others", "part_of_another_sum", "close_to_another", "below_headline", "above_headline", "headline", "position", "order", "first_in_body",
             "cumulative", "rule_confidence", "round_ten", "round_hundred", "no_group_noun",
             "explicit_actor", "two_sided", "possessive", "coordinated", "shares_sentence",
             "long_period", "days_back", "year_in_sentence", "quoted", "sentence_figures"]
    return fixed + [f"qualifier_{q}" for q in QUALIFIERS] + [f"category_{c}" for c in CATEGORIES] + [
        f"cue_{name}" for name in role_cues()]


def toll_pool(claims: list[TollReading]) -> list[TollReading]:
    """The figures a report's killed total adds up: top-level killed claims with a value."""
    return [c for c in claims if c.status == "killed" and c.parent is None and c.value is not None]


@dataclass(frozen=True)
class _Pool:
    """What every figure's features ask of the whole pool, read once per pool: a long
    report's pool holds hundreds of figures, and comparing each with all the others
    several times over (sums, close values, shared sentences) made settling it quadratic."""

    values: list[int]
    largest: int
    smallest: int
    total: int
    counts: Counter[int]  # how many figures have each value
    order: dict[int, int]  # id of a figure -> its place in the pool
    per_sentence: Counter[int]  # id of a sentence -> the pool's figures in it
    body: list[TollReading]
    headline: list[TollReading]

    @classmethod
    def of(cls, pool: list[TollReading]) -> _Pool:
        values = [c.value or 0 for c in pool]
        order: dict[int, int] = {}
        for n, c in enumerate(pool):
            order.setdefault(id(c), n)
        return cls(values, max(values), min(values), sum(values), Counter(values), order,
                   Counter(id(c.sentence) for c in pool), [c for c in pool if c.sentence.start > 0], [c for c in pool if c.sentence.start == 0])

    def among_others(self, value: int, own: int) -> bool:
        """Whether a figure other than the one asking (whose value is ``own``) has ``value``."""
        return self.counts[value] - (value == own) > 0


def figure_features(cand: TollReading, pool: list[TollReading], text_length: int,
                    published: date | None) -> dict[str, float]:
    """What the model sees of one figure among the report's top-level killed figures."""
    return _features(cand, _Pool.of(pool), text_length, published)


def _features(cand: TollReading, pool: _Pool, text_length: int, published: date | None) -> dict[str, float]:
    """``figure_features`` with the pool's facts read already."""
    values = pool.values
    value = cand.value or 0
    largest = pool.largest
    distinct = pool.counts.keys()  # a value other than the figure's own is another figure's
    sentence = cand.sentence.text.lower()
    body = pool.body
    headline = [c.value or 0 for c in pool.headline if c is not cand]
    others = len(values) - 1
    in_sentence = pool.per_sentence[id(cand.sentence)]
    features: dict[str, float] = {
        "log_value": math.log10(1 + value) / 4,
        "share_of_largest": value / largest if largest else 0.0,
        "largest": float(value == largest),
        "smallest": float(value == pool.smallest),
        "pool_size": math.log(len(values)),
        "same_value_elsewhere": float(pool.among_others(value, value)),
        "sum_of_others": float(others > 1 and value == pool.total - value),
        "part_of_another_sum": float(any(v > value and pool.among_others(v - value, value) for v in distinct)),
        "close_to_another": float(any(v != value and _close(value, v) for v in distinct)),
        "below_headline": float(bool(headline) and value < min(headline)),
        "above_headline": float(bool(headline) and value > max(headline)),
        "headline": float(cand.sentence.start == 0),
        "position": cand.quantity.start / max(text_length, 1),
        "order": pool.order[id(cand)] / len(values),
        "first_in_body": float(bool(body) and body[0] is cand),
        "cumulative": float(cand.scope == "cumulative"),
        "rule_confidence": confidence(cand),
        "round_ten": float(value >= 10 and value % 10 == 0),
        "round_hundred": float(value >= 100 and value % 100 == 0),
        "no_group_noun": float(cand.head is None),
        "explicit_actor": float(cand.explicit_actor),
        "two_sided": float(cand.two_sided),
        "possessive": float(cand.possessive),
        "coordinated": float(cand.coordinated),
        "shares_sentence": float(in_sentence > 1),
        "long_period": float(_period_days(cand) > 1),
        "days_back": _days_back(cand, published),
        "year_in_sentence": float(bool(_YEAR.search(sentence))),
        "quoted": float(bool(_QUOTE.search(sentence))),
        "sentence_figures": math.log(1 + in_sentence),
    }
    features[f"qualifier_{cand.count.qualifier}"] = 1.0
    features[f"category_{cand.category if cand.category in CATEGORIES else 'unknown'}"] = 1.0
    for name, pattern in role_cues().items():
        if pattern.search(sentence):
            features[f"cue_{name}"] = 1.0
    return features


def _period_days(cand: TollReading) -> int:
    period = cand.period
    if period is None or not period.start or not period.end:
        return 0
    return (date.fromisoformat(period.end) - date.fromisoformat(period.start)).days + 1


def _days_back(cand: TollReading, published: date | None) -> float:
    """How long before publication the figure's period ended (log scale, 0 when undated)."""
    if published is None or cand.period is None or not cand.period.end:
        return 0.0
    days = (published - date.fromisoformat(cand.period.end)).days
    return math.log1p(max(days, 0)) / 5


def settle_pool(claims: list[TollReading], text_length: int, published: date | None) -> None:
    """Put under a counted figure the restatements the model does not count (``restated``)."""
    pool = toll_pool(claims)
    if len(pool) < 2:
        return
    model = role_model()
    facts = _Pool.of(pool)
    chances = [model.probability(_features(c, facts, text_length, published)) for c in pool]
    for cand, home in restated(pool, chances, model.threshold):
        cand.parent, cand.restates = home, True
        if cand.scope == "cumulative" and home.scope != "cumulative" and cand.sentence.start == 0:
            # "Over 500 Killed in One Week" over "at least 545 … since Tuesday": the headline
            # that states the frame tells what the figure it restates counts.
            home.scope, home.period = "cumulative", longer(home.period, cand.period)
            for part in claims:
                if part.parent is home and not part.restates:
                    part.scope, part.period = home.scope, home.period


def restated(pool: list[TollReading], chances: list[float],
             threshold: float) -> list[tuple[TollReading, TollReading]]:
    """The figures not counted, each with the counted figure it restates.

    The figure the model trusts most is always counted.  The model only takes out a
    restatement: a figure close to a counted one, one of them in the headline ("20
    killed" in the headline, "at least 23" in the body), which goes under it; two close
    figures of the body are as often two incidents.  A figure far from every counted one stays
    counted whatever the model says: a report's second incident adds to its toll, and
    background figures are the rules' to recognise, by their words.  Nor does a figure told
    as more dead first in its sentence ("killed 5 … Later, rescuers pulled 4 more bodies")
    restate one before it: it adds to that toll (after a figure of its own sentence, "30 in
    Aleppo and another 39", it is more than that one).
    """
    best = max(range(len(pool)), key=lambda n: chances[n])
    counted = [c for n, c in enumerate(pool) if chances[n] >= threshold or n == best]
    kept = {id(c) for c in counted}
    out: list[tuple[TollReading, TollReading]] = []
    for cand in pool:
        value = cand.value or 0
        close = [c for c in counted if _close(value, c.value or 0) and c.sentence is not cand.sentence
                 and 0 in (c.sentence.start, cand.sentence.start) and not apart(c, cand)
                 and {c.category, cand.category} != _SIDES
                 and not (c.quantity.start < cand.quantity.start and _adds_to_earlier(cand, pool))]
        if id(cand) not in kept and close:
            out.append((cand, min(close, key=lambda c: abs((c.value or 0) - value))))
    return out


def _adds_to_earlier(cand: TollReading, pool: list[TollReading]) -> bool:
    """Whether a figure is told as more dead ("4 more bodies") with no figure of its own
    sentence before it, so that it is more than a count told before its sentence."""
    return more_beside(cand) and not any(c.sentence is cand.sentence and c.quantity.start < cand.quantity.start
                                         for c in pool)


_SIDES = {"civilians", "combatants"}  # "15 civilians killed" never restates "14 ISIS members killed"


def _close(a: int, b: int) -> bool:
    """Two figures one toll may have been rounded to ("20 killed", "at least 23 dead")."""
    return CLOSE * b <= a <= b / CLOSE
