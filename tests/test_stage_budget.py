"""bench/stage_budget.py's timers: they must name functions that exist, leave the
extractor as it was, and not change what it returns (the timing itself is measured in the
bench, never asserted here)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))
stage_budget = importlib.import_module("stage_budget")

from observatory.extract.pipeline import Extractor  # noqa: E402
from observatory.models import Document  # noqa: E402

REPORT = ("Government artillery shelled the village of Kafr Nabudah on Thursday, killing four "
          "civilians, among them two women. Later that day rebel fighters seized two checkpoints "
          "near Qalaat al-Madiq after clashes that left nine soldiers dead.")


def _stages() -> dict:
    return yaml.safe_load(stage_budget.BUDGET_FILE.read_text())["stages"]


def _named_calls() -> dict[str, object]:
    found = {}
    for spec in _stages().values():
        for call in spec.get("calls", []):
            module_name, _, path = call.partition(":")
            owner = importlib.import_module(module_name)
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            found[call] = vars(owner)[name]
    return found


def test_every_stage_names_functions_that_exist() -> None:
    assert _named_calls()  # a KeyError/AttributeError above is a renamed function


def test_timed_extraction_returns_the_same_result_and_puts_the_functions_back() -> None:
    extractor = Extractor()
    document = Document(id="stages", published="2019-05-10")
    plain = extractor.extract(REPORT, document).model_dump_json()
    before = _named_calls()
    clock = stage_budget.StageClock()
    put_back = stage_budget.instrument(_stages(), clock)
    try:
        timed = extractor.extract(REPORT, document).model_dump_json()
    finally:
        put_back()
    assert timed == plain
    assert clock.calls["event candidates"] == 1 and clock.calls["toll reading"] >= 2
    assert _named_calls() == before
