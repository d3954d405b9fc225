#!/usr/bin/env python3
"""Per-stage CPU budget of the 1 MB report (issue 14): does a change make a stage slower?

Runs ``Extractor.extract`` on ``bench/adversarial.py``'s 1 MB report with a timer around
each stage named in ``bench/data/stage_budget.yaml``, for two source trees in the same
invocation: this one (``src`` on ``PYTHONPATH``) and a baseline (``--baseline REV``, a git
revision exported with ``git archive`` to a temp dir, by default the merge-base of HEAD and
``main``; or the path of a ``src`` directory).  Each tree runs in its own worker process and
the runs alternate (baseline, branch, branch, baseline, …), so both see the same load.  It
prints each stage's CPU seconds (best of ``repeats``) on both trees and their ratio, and
exits 1 when the total or a stage grew past the file's ratios: a shared machine moves the
seconds by 10-20 %, the ratio of two alternating runs much less.  The absolute total is
printed beside the 5 s target of ``bench/adversarial.py`` so the line stays visible.

The timers are put in from here, by wrapping the named functions in every ``observatory``
module that holds them: the extractor holds no timing code, so it runs at full speed when
not measured, and a wrapper only returns what it wraps (each worker checks that the measured
run's result equals a plain run's).  Time is exclusive (a stage inside another is charged
to itself alone) and is the process's CPU time.  A stage entered 0 times fails the bench.

    python bench/stage_budget.py [--baseline REV|SRC] [--budget FILE] [--repeats N] [--show-calls]
"""

from __future__ import annotations

import argparse
import functools
import importlib
import importlib.util
import inspect
import json
import os
import subprocess
import sys
import tempfile
import time
import types
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
BUDGET_FILE = BENCH / "data" / "stage_budget.yaml"
OTHER = "other"
TOTAL = "total"
PACKAGE = "observatory"


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
                result = function(*args, **kwargs)
            finally:
                self._charge()
                self._stack.pop()
            if isinstance(result, types.GeneratorType):  # its work would run after the timer stopped
                raise SystemExit(f"stage_budget: {stage}: {function.__qualname__} returned a generator")
            return result
        timed.__stage__ = stage  # type: ignore[attr-defined]
        return timed

    def reset(self) -> None:
        self.seconds.clear()
        self.calls.clear()
        self._mark = time.process_time()


def _holders(original: object) -> list[tuple[object, str]]:
    """Every loaded ``observatory`` module whose globals hold ``original``: a function
    imported with ``from … import`` is called through each of these names, so a stage
    that wrapped only one of them would lose the calls made through the others."""
    return [(module, name) for module_name, module in list(sys.modules.items())
            if module is not None and (module_name == PACKAGE or module_name.startswith(PACKAGE + "."))
            for name, value in list(vars(module).items()) if value is original]


def instrument(stages: dict, clock: StageClock, missing_ok: bool = False) -> tuple[Callable[[], None], list[str]]:
    """Wrap every function the budget file names, under every name it is held by; returns
    the function that puts them back and the names not found.  A missing name is an error
    (the budget file must follow the code) unless ``missing_ok`` (the baseline tree may
    predate a stage); a generator function is refused, since a wrapper would time only its
    creation.  On any error, what was already wrapped is put back."""
    undo: list[Callable[[], None]] = []
    missing: list[str] = []

    def put_back() -> None:
        for restore in reversed(undo):
            restore()

    try:
        for stage, spec in stages.items():
            for call in spec.get("calls", []):
                module_name, _, path = call.partition(":")
                owner = importlib.import_module(module_name)
                *parents, name = path.split(".")
                for parent in parents:
                    owner = getattr(owner, parent)
                if name not in vars(owner):
                    if missing_ok:
                        missing.append(call)
                        continue
                    raise SystemExit(f"stage_budget.yaml: {stage}: {call} does not exist (renamed? update the file)")
                original = vars(owner)[name]
                if getattr(original, "__stage__", None) is not None:  # named twice (two holders of one function)
                    continue
                function = original.__func__ if isinstance(original, (classmethod, staticmethod)) else original
                if inspect.isgeneratorfunction(function) or inspect.isasyncgenfunction(function):
                    raise SystemExit(f"stage_budget.yaml: {stage}: {call} is a generator function: "
                                     "a wrapper would time only its creation; name its caller")
                timed = clock.wrap(stage, function)
                replacement = type(original)(timed) if function is not original else timed
                holders = [(owner, name)]
                if function is original:
                    holders += [(module, held_as) for module, held_as in _holders(original)
                                if (module, held_as) != (owner, name)]
                for holder, held_as in holders:
                    setattr(holder, held_as, replacement)
                    undo.append(functools.partial(setattr, holder, held_as, original))
    except BaseException:
        put_back()
        raise
    return put_back, missing


def unentered(stages: dict, calls: Counter[str], missing: list[str]) -> list[str]:
    """The stages that name functions but were never entered: their calls moved to a name
    the file does not list (another module, a tuple, a default argument), so their time
    went elsewhere and a 0.00 would read as "ok"."""
    return [stage for stage, spec in stages.items()
            if any(call not in missing for call in spec.get("calls", [])) and not calls[stage]]


@dataclass(frozen=True)
class Row:
    """One line of the verdict: a stage (or the total) on both trees."""

    stage: str
    branch: float
    baseline: float | None  # None: the baseline tree has no such stage
    limit: float | None  # the most the branch may take, in CPU s

    @property
    def ratio(self) -> float | None:
        return self.branch / self.baseline if self.baseline else None

    @property
    def over(self) -> bool:
        return self.limit is not None and self.branch > self.limit


def verdict(config: dict, branch: dict[str, float], baseline: dict[str, float], new: set[str]) -> list[Row]:
    """Each stage's and the total's best CPU s on the branch against the baseline's times
    the stage's ratio (``ratio`` in the file, or the stage's own) plus ``slack`` seconds (a
    stage of 0.05 s moves by more than 10 % from run to run); the total has no slack.  A
    stage the baseline lacks (``new``) is not gated: its time moved from another stage, and
    the total still holds."""
    rows = []
    for stage in [*config["stages"], OTHER] if OTHER not in config["stages"] else config["stages"]:
        ratio = config["stages"].get(stage, {}).get("ratio", config["ratio"])
        base = None if stage in new else baseline.get(stage, 0.0)
        rows.append(Row(stage, branch.get(stage, 0.0), base, None if base is None else base * ratio + config["slack"]))
    rows.append(Row(TOTAL, branch[TOTAL], baseline[TOTAL], baseline[TOTAL] * config["total_ratio"]))
    return rows


def worker(budget: Path, missing_ok: bool) -> None:
    """One tree's side: load the extractor found on ``sys.path``, run it plain once, then on
    each "run" line of stdin time one instrumented extraction and answer with a JSON line.
    Anything else printing goes to stderr, so stdout carries only the answers."""
    channel = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    spec = importlib.util.spec_from_file_location("adversarial", BENCH / "adversarial.py")
    adversarial = sys.modules["adversarial"] = importlib.util.module_from_spec(spec)  # dataclasses look it up
    spec.loader.exec_module(adversarial)
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    stages: dict = read_budget(budget)["stages"]
    text = adversarial.megabyte_report()
    document = Document(id="stage-budget", published="2018-02-20")
    extractor = Extractor()
    plain = extractor.extract(text, document).model_dump_json()  # also loads the lexicons and every module
    clock = StageClock()
    put_back, missing = instrument(stages, clock, missing_ok)
    print(json.dumps({"chars": len(text), "missing": missing}), file=channel, flush=True)
    try:
        for _ in sys.stdin:
            clock.reset()
            start = time.process_time()
            result = extractor.extract(text, document)
            clock._charge()
            total = time.process_time() - start
            if result.model_dump_json() != plain:
                raise SystemExit("the instrumented run gave another result than the plain one: a wrapper changes output")
            print(json.dumps({"seconds": {**clock.seconds, TOTAL: total}, "calls": clock.calls}),
                  file=channel, flush=True)
    finally:
        put_back()


class Side:
    """A worker process for one source tree, and the best of its runs."""

    def __init__(self, label: str, src: Path, budget: Path, missing_ok: bool) -> None:
        self.label = label
        self.process = subprocess.Popen(
            [sys.executable, str(Path(__file__).resolve()), "--worker", "--budget", str(budget),
             *(["--missing-ok"] if missing_ok else [])],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
            env={**os.environ, "PYTHONPATH": str(src)})
        self.hello = self._answer()
        self.runs: list[dict] = []

    def _answer(self) -> dict:
        line = self.process.stdout.readline()
        if not line:
            raise SystemExit(f"stage_budget: the {self.label} worker stopped (its error is above)")
        return json.loads(line)

    def run(self) -> None:
        self.process.stdin.write("run\n")
        self.process.stdin.flush()
        self.runs.append(self._answer())

    def best(self) -> dict[str, float]:
        stages = {stage for run in self.runs for stage in run["seconds"]}
        return {stage: min(run["seconds"].get(stage, 0.0) for run in self.runs) for stage in stages}

    def close(self) -> None:
        self.process.stdin.close()
        self.process.wait()


def read_budget(path: Path) -> dict:
    """The budget file, or a message naming it and what is wrong (a traceback tells a
    developer who just edited it nothing about where to look)."""
    try:
        config = yaml.safe_load(path.read_text())
    except OSError as error:
        raise SystemExit(f"stage_budget: {path}: cannot read it ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise SystemExit(f"stage_budget: {path}: not valid YAML ({error})") from None
    missing = [key for key in ("stages", "repeats", "ratio", "slack", "total_ratio")
               if not isinstance(config, dict) or key not in config]
    if missing:
        raise SystemExit(f"stage_budget: {path}: missing {', '.join(missing)}")
    return config


def _git(repo: Path, *words: str) -> bytes:
    """A git command's output, or a message naming the command when git refuses it."""
    done = subprocess.run(["git", "-C", str(repo), *words], capture_output=True)
    if done.returncode:
        raise SystemExit(f"stage_budget: git {' '.join(words)}: {done.stderr.decode().strip()}")
    return done.stdout


def baseline_source(baseline: str | None, workdir: Path) -> tuple[Path, str]:
    """The baseline's ``src`` directory and how to name it: a directory given as is, else
    a git revision (default: the merge-base of HEAD and main) exported with git archive."""
    if baseline and Path(baseline).is_dir():
        return Path(baseline).resolve(), baseline
    repo = BENCH.parent
    rev = baseline or _git(repo, "merge-base", "HEAD", "main").decode().strip()
    archive = _git(repo, "archive", rev, "src")
    subprocess.run(["tar", "-x", "-C", str(workdir)], input=archive, check=True)
    return workdir / "src", _git(repo, "rev-parse", "--short", rev).decode().strip()


def _cell(value: float | None, form: str) -> str:
    return format(value, form) if value is not None else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--budget", type=Path, default=BUDGET_FILE)
    parser.add_argument("--baseline", help="git revision or src directory to compare with (default: merge-base with main)")
    parser.add_argument("--repeats", type=int, help="runs per tree to take the best of (default: the file's)")
    parser.add_argument("--show-calls", action="store_true", help="also print how often each stage was entered")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--missing-ok", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args.budget, args.missing_ok)
        return
    config = read_budget(args.budget)
    stages: dict = config["stages"]
    repeats = config["repeats"] if args.repeats is None else args.repeats
    if repeats < 1:
        raise SystemExit(f"stage_budget: --repeats {repeats}: take the best of 1 run or more")
    branch_src = Path(importlib.util.find_spec(PACKAGE).origin).parents[1]

    with tempfile.TemporaryDirectory(prefix="stage-budget-") as workdir:
        base_src, base_name = baseline_source(args.baseline, Path(workdir))
        sides = [Side(f"baseline {base_name}", base_src, args.budget, missing_ok=True),
                 Side("branch", branch_src, args.budget, missing_ok=False)]
        try:
            for round_ in range(repeats):  # A B, B A, …: a trend in the load falls on both
                for side in sides if round_ % 2 == 0 else reversed(sides):
                    side.run()
        finally:
            for side in sides:
                side.close()
    baseline, branch = sides
    calls = Counter(branch.runs[-1]["calls"])
    lost = unentered(stages, calls, [])
    new = {stage for stage, spec in stages.items()
           if spec.get("calls") and all(call in baseline.hello["missing"] for call in spec["calls"])}
    rows = verdict(config, branch.best(), baseline.best(), new)

    print(f"{branch.hello['chars']:,} chars; {branch_src} against baseline {base_name}; "
          f"best of {repeats} alternating runs each (CPU s)")
    for side in sides:
        totals = " ".join(format(run["seconds"][TOTAL], ".2f") for run in side.runs)
        print(f"  {side.label} runs: {totals}")
    print(f"{'stage':24} {'branch':>6} {'base':>6} {'ratio':>6} {'limit':>6} {'share':>6}  result")
    total = branch.best()[TOTAL]
    for row in rows:
        shown_calls = f"  ({calls[row.stage]:,} calls per run)" if args.show_calls and row.stage in stages else ""
        result = "OVER" if row.over else "0 CALLS" if row.stage in lost else "new" if row.baseline is None else "ok"
        print(f"{row.stage:24} {row.branch:6.2f} {_cell(row.baseline, '6.2f'):>6} {_cell(row.ratio, '6.3f'):>6} "
              f"{_cell(row.limit, '6.2f'):>6} {row.branch / total:6.1%}  {result}{shown_calls}")
    print(f"absolute: {total:.2f} CPU s on this machine now, against the {config['target']:.0f} s target "
          f"({'under' if total < config['target'] else 'OVER'}; bench/adversarial.py on a quiet machine decides)")
    failures = sum(row.over for row in rows) + len(lost)
    print(f"{failures} failed (stage ratio {config['ratio']}, slack {config['slack']} s, "
          f"total ratio {config['total_ratio']}){': stages never entered: ' + ', '.join(lost) if lost else ''}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
