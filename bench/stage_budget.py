#!/usr/bin/env python3
"""Per-stage CPU budget of the 1 MB report (issue 14): does new grammar keep it under 5 s?

Runs ``Extractor.extract`` on ``bench/adversarial.py``'s 1 MB report with a timer around
each stage named in ``bench/data/stage_budget.yaml`` and prints each stage's CPU seconds,
its share and its budget; exits 1 when the total or a stage is over its budget by more
than the file's noise margin.

The timers are put in from here, by wrapping the functions the file names where their
callers look them up: the extractor holds no timing code, so it runs at full speed when
not measured, and a wrapper only returns what it wraps (the bench checks that the
measured run's result equals a plain run's).  Time is exclusive (a stage inside another
is charged to itself alone) and is the process's CPU time, the best of ``repeats`` runs
per stage: on a machine shared with other jobs, wall time follows the load, CPU time
much less, and the best of several runs drops the runs slowed by cache contention.

    python bench/stage_budget.py [--budget bench/data/stage_budget.yaml] [--repeats N] [--show-calls] [--calibrated]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from adversarial import megabyte_report  # noqa: E402  # the very report the 1 MB case times

BUDGET_FILE = Path(__file__).resolve().parent / "data" / "stage_budget.yaml"
OTHER = "other"
_WORD = re.compile(r"\w+")
CALIBRATION_PASSES = 10  # ~0.5 s: long enough to share the extraction's conditions, not just a quiet instant


def calibration(text: str) -> float:
    """CPU seconds of a fixed workload shaped like the extractor's (a regex scan, a Python
    loop per word, dict and string work) that no change to the extractor touches: how fast
    the machine runs such code right now.  Run beside each extraction, its best time over
    the reference one in the budget file is the machine factor, printed, and with
    ``--calibrated`` divided out of the stage times (it followed the load only in part:
    bench/README.md)."""
    start = time.process_time()
    counts: dict[str, int] = {}
    for _ in range(CALIBRATION_PASSES):
        for m in _WORD.finditer(text):
            word = m.group().lower()
            counts[word] = counts.get(word, 0) + len(word)
    return time.process_time() - start


class StageClock:
    """Exclusive CPU time per stage: at each stage entry and exit, the time since the last
    mark goes to the stage on top of the stack (or to "other")."""

    def __init__(self) -> None:
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()
        self._stack: list[str] = [OTHER]
        self._mark = time.process_time()

    def _charge(self) -> None:
        now = time.process_time()
        self.seconds[self._stack[-1]] += now - self._mark
        self._mark = now

    def wrap(self, stage: str, function: Callable) -> Callable:
        @functools.wraps(function)
        def timed(*args, **kwargs):
            self._charge()
            self._stack.append(stage)
            self.calls[stage] += 1
            try:
                return function(*args, **kwargs)
            finally:
                self._charge()
                self._stack.pop()
        return timed

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self._mark = time.process_time()


def instrument(stages: dict, clock: StageClock) -> Callable[[], None]:
    """Wrap every call the budget file names; returns the function that puts them back.
    A name that no longer exists is an error: the budget file must follow the code."""
    undo: list[Callable[[], None]] = []
    for stage, spec in stages.items():
        for call in spec.get("calls", []):
            module_name, _, path = call.partition(":")
            owner = importlib.import_module(module_name)
            *parents, name = path.split(".")
            for parent in parents:
                owner = getattr(owner, parent)
            if name not in vars(owner):
                raise SystemExit(f"stage_budget.yaml: {stage}: {call} does not exist (renamed? update the file)")
            original = vars(owner)[name]
            if isinstance(original, (classmethod, staticmethod)):
                replacement = type(original)(clock.wrap(stage, original.__func__))
            else:
                replacement = clock.wrap(stage, original)
            setattr(owner, name, replacement)
            undo.append(functools.partial(setattr, owner, name, original))
    return lambda: [put_back() for put_back in reversed(undo)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=Path, default=BUDGET_FILE)
    parser.add_argument("--repeats", type=int, help="runs to take the best of (default: the file's)")
    parser.add_argument("--calibrated", action="store_true",
                        help="divide the CPU seconds by the machine factor before comparing (see bench/README.md)")
    parser.add_argument("--show-calls", action="store_true", help="also print how often each stage was entered")
    args = parser.parse_args()
    config = yaml.safe_load(args.budget.read_text())
    stages: dict = config["stages"]
    repeats = args.repeats or config["repeats"]
    noise = config["noise"]

    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    text = megabyte_report()
    document = Document(id="stage-budget", published="2018-02-20")
    extractor = Extractor()
    plain = extractor.extract(text, document).model_dump_json()  # also loads the lexicons

    clock = StageClock()
    put_back = instrument(stages, clock)
    best: dict[str, float] = {}
    totals: list[float] = []
    calibrations: list[float] = []
    try:
        for _ in range(repeats):
            calibrations.append(calibration(text))
            clock.reset()
            start = time.process_time()
            result = extractor.extract(text, document)
            clock._charge()
            totals.append(time.process_time() - start)
            for stage in [*stages, OTHER]:
                best[stage] = min(best.get(stage, float("inf")), clock.seconds[stage])
    finally:
        put_back()
    if result.model_dump_json() != plain:
        raise SystemExit("the instrumented run gave another result than the plain one: a wrapper changes output")

    total = min(totals)
    factor = min(calibrations) / config["calibration"]
    over = 0
    print(f"{len(text):,} chars, best of {repeats} runs (CPU s); runs: {' '.join(f'{t:.2f}' for t in totals)}")
    print(f"machine factor {factor:.2f} (calibration best {min(calibrations):.3f} s against "
          f"{config['calibration']:.3f} s){'; CPU s below are divided by it' if args.calibrated else ''}")
    if args.calibrated:
        best = {stage: seconds / factor for stage, seconds in best.items()}
        total /= factor
    print(f"{'stage':24} {'CPU s':>6} {'share':>6} {'budget':>7}  result")
    for stage in [*stages, OTHER] if OTHER not in stages else stages:
        budget = stages.get(stage, {}).get("budget")
        failed = budget is not None and best[stage] > budget * (1 + noise)
        over += failed
        calls = f"  ({clock.calls[stage]:,} calls per run)" if args.show_calls and stage != OTHER else ""
        shown = f"{budget:7.2f}" if budget is not None else f"{'-':>7}"
        print(f"{stage:24} {best[stage]:6.2f} {best[stage] / total:6.1%} {shown}  "
              f"{'OVER' if failed else 'ok'}{calls}")
    total_failed = total > config["total"] * (1 + noise)
    over += total_failed
    print(f"{'total':24} {total:6.2f} {1:6.1%} {config['total']:7.2f}  {'OVER' if total_failed else 'ok'}")
    print(f"{over} over budget (noise margin {noise:.0%})")
    sys.exit(1 if over else 0)


if __name__ == "__main__":
    main()
