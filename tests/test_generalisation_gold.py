"""The generalisation gold set (reports written in the styles of several outlets) is
well-formed and the evaluator runs on it.  Accuracy is measured with `observatory eval`,
never asserted here."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.eval.scoring import evaluate, load_gold
from observatory.extract.pipeline import Extractor
from observatory.models import Document

FIXTURES = Path(__file__).parent / "fixtures" / "generalisation"
GOLD = FIXTURES / "gold.jsonl"  # the 20 reports the fixes were studied on
HELD_OUT = FIXTURES / "heldout.jsonl"  # written after the fixes, to check they generalise


@pytest.mark.parametrize("path, at_least", [(GOLD, 20), (HELD_OUT, 6)])
def test_the_gold_set_loads_with_parents_inside_each_document(path: Path, at_least: int) -> None:
    docs = load_gold(path)
    assert len(docs) >= at_least
    for doc in docs:
        claims = doc["casualties"]
        assert all(c["parent"] is None or 0 <= c["parent"] < len(claims) for c in claims), doc["id"]
        assert doc["text"].startswith(doc["title"]), doc["id"]


def test_the_evaluator_scores_the_set() -> None:
    docs = load_gold(GOLD)[:3]
    extractor = Extractor()
    results = {d["id"]: extractor.extract(d["text"], Document(id=d["id"], title=d["title"], published=d["published"]))
               .model_dump(mode="json") for d in docs}
    summary = evaluate(docs, results).summary()
    assert 0.0 <= summary["score"] <= 1.0
