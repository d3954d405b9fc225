"""bench/stage_budget.py's gate: its timers must name functions that exist, be put in under
every name the extractor calls them by, enter every stage, come out again (also when
putting them in fails), leave the extractor's result as it was; its verdict must hold a
stage and the total to their ratios against the baseline.  The timing itself is measured
in the bench, never asserted here."""

from __future__ import annotations

import importlib
import importlib.util
import sys
import types
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from observatory.extract import short_reports, toll_events
from observatory.extract.pipeline import Extractor
from observatory.models import Document

# loaded by path under its own name: putting bench/ on sys.path would shadow top-level modules for later tests
_SPEC = importlib.util.spec_from_file_location("bench_stage_budget",
                                               Path(__file__).resolve().parents[1] / "bench" / "stage_budget.py")
stage_budget = sys.modules["bench_stage_budget"] = importlib.util.module_from_spec(_SPEC)  # dataclasses look it up
_SPEC.loader.exec_module(stage_budget)

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


def test_timed_extraction_enters_every_stage_returns_the_same_result_and_puts_the_functions_back() -> None:
    extractor = Extractor()
    document = Document(id="stages", published="2019-05-10")
    plain = extractor.extract(REPORT, document).model_dump_json()
    before = _named_calls()
    held = (toll_events.is_short_report, short_reports.is_short_report)
    clock = stage_budget.StageClock()
    put_back, missing = stage_budget.instrument(_stages(), clock)
    try:
        aliases = (toll_events.is_short_report.__stage__, short_reports.is_short_report.__stage__)
        timed = extractor.extract(REPORT, document).model_dump_json()
    finally:
        put_back()
    assert timed == plain and missing == []
    assert all(clock.calls[stage] for stage, spec in _stages().items() if spec.get("calls"))
    assert stage_budget.unentered(_stages(), clock.calls, missing) == []
    assert aliases == ("consolidation", "consolidation")  # the copy toll_events imported is charged too
    assert _named_calls() == before
    assert (toll_events.is_short_report, short_reports.is_short_report) == held


@pytest.fixture
def fixture_module(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    """A module of stage functions: a plain one, a generator function and one returning a generator."""
    module = types.ModuleType("stage_budget_fixture")

    def count_words(text: str) -> int:
        return len(text.split())

    def each_word(text: str) -> Iterator[str]:
        yield from text.split()

    def lazy_words(text: str) -> Iterator[str]:
        return (word for word in text.split())

    module.count_words, module.each_word, module.lazy_words = count_words, each_word, lazy_words
    monkeypatch.setitem(sys.modules, module.__name__, module)
    return module


def test_a_missing_name_stops_the_bench_and_puts_back_what_was_wrapped(fixture_module: types.ModuleType) -> None:
    original = fixture_module.count_words
    stages = {"words": {"calls": ["stage_budget_fixture:count_words"]},
              "gone": {"calls": ["stage_budget_fixture:renamed_away"]}}
    with pytest.raises(SystemExit, match="renamed_away does not exist"):
        stage_budget.instrument(stages, stage_budget.StageClock())
    assert fixture_module.count_words is original


def test_the_baseline_side_may_lack_a_name_and_says_which(fixture_module: types.ModuleType) -> None:
    stages = {"words": {"calls": ["stage_budget_fixture:count_words", "stage_budget_fixture:renamed_away"]}}
    clock = stage_budget.StageClock()
    put_back, missing = stage_budget.instrument(stages, clock, missing_ok=True)
    try:
        assert fixture_module.count_words("three short words") == 3
    finally:
        put_back()
    assert missing == ["stage_budget_fixture:renamed_away"] and clock.calls["words"] == 1


def test_a_generator_function_is_refused_and_nothing_stays_wrapped(fixture_module: types.ModuleType) -> None:
    original = fixture_module.count_words
    stages = {"words": {"calls": ["stage_budget_fixture:count_words"]},
              "lazy": {"calls": ["stage_budget_fixture:each_word"]}}
    with pytest.raises(SystemExit, match="generator function"):
        stage_budget.instrument(stages, stage_budget.StageClock())
    assert fixture_module.count_words is original


def test_a_function_returning_a_generator_stops_the_timed_run(fixture_module: types.ModuleType) -> None:
    put_back, _ = stage_budget.instrument({"lazy": {"calls": ["stage_budget_fixture:lazy_words"]}},
                                          stage_budget.StageClock())
    try:
        with pytest.raises(SystemExit, match="returned a generator"):
            fixture_module.lazy_words("rebels took the bridge")
    finally:
        put_back()


def test_a_stage_never_entered_is_reported_unless_its_names_are_missing() -> None:
    stages = {"dates": {"calls": ["m:a"]}, "control": {"calls": ["m:b"]}, "new": {"calls": ["m:c"]}, "other": {}}
    assert stage_budget.unentered(stages, Counter({"dates": 3}), ["m:c"]) == ["control"]


def _config() -> dict:
    return {"ratio": 1.10, "slack": 0.03, "total_ratio": 1.05,
            "stages": {"events": {"calls": ["m:a"]}, "tiny": {"calls": ["m:b"]},
                       "lenient": {"calls": ["m:c"], "ratio": 1.5}, "fresh": {"calls": ["m:d"]}, "other": {}}}


def test_verdict_holds_each_stage_and_the_total_to_their_ratio_of_the_baseline() -> None:
    baseline = {"events": 1.20, "tiny": 0.05, "lenient": 0.40, "other": 0.10, "total": 2.00}
    branch = {"events": 1.40, "tiny": 0.07, "lenient": 0.58, "fresh": 0.30, "other": 0.10, "total": 2.12}
    rows = {row.stage: row for row in stage_budget.verdict(_config(), branch, baseline, new={"fresh"})}
    assert rows["events"].over  # 1.40 > 1.20 * 1.10 + 0.03
    assert not rows["tiny"].over  # +0.02 s on a 0.05 s stage is within the slack
    assert not rows["lenient"].over  # its own ratio
    assert not rows["fresh"].over and rows["fresh"].ratio is None  # the baseline has no such stage
    assert rows["total"].over  # 2.12 > 2.00 * 1.05: the total has no slack
    assert round(rows["events"].ratio, 3) == 1.167


def test_verdict_passes_a_branch_as_fast_as_the_baseline() -> None:
    same = {"events": 1.2, "tiny": 0.05, "lenient": 0.4, "fresh": 0.2, "other": 0.1, "total": 1.95}
    assert not any(row.over for row in stage_budget.verdict(_config(), same, same, new=set()))


@pytest.mark.parametrize(("content", "message"), [
    (None, "cannot read it"),
    ("stages: [sentences,\n", "not valid YAML"),
    ("- just a list\n", "missing stages"),
    ("stages: {}\nrepeats: 3\n", "missing ratio, slack, total_ratio"),
])
def test_a_bad_budget_file_is_named_with_what_is_wrong(tmp_path: Path, content: str | None, message: str) -> None:
    budget = tmp_path / "budget.yaml"
    if content is not None:
        budget.write_text(content)
    with pytest.raises(SystemExit) as stopped:
        stage_budget.read_budget(budget)
    assert str(budget) in str(stopped.value) and message in str(stopped.value)


def test_a_baseline_that_is_no_revision_is_named(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as stopped:
        stage_budget.baseline_source("no-such-revision-here", tmp_path)
    assert "git archive no-such-revision-here src" in str(stopped.value)
