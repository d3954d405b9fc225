#!/usr/bin/env python3
"""Issue 14's closing table: what was tried against the product, what held, what did not.

Rows, each a count of cases tried, passed and failed:

- bad inputs: ingest of malformed or misleading files through the CLI; each must give a
  one-line error naming the file, a non-zero exit, and no traceback (and a good file in
  the same batch must still be stored).
- fuzzing: generated report-shaped documents through ``Extractor.extract`` (the fixed
  seed of bench/adversarial.py); a crash or a document over the 5 s budget fails.
- crash points: ``observatory run`` on a generated corpus is killed with SIGKILL at
  several points of its progress (watched in the store: migrating, ingesting,
  extracting, fusing); the store must pass SQLite's integrity check, and a rerun must exit 0
  and leave exactly the documents, claims and incidents of one clean run.
- concurrency: two ``observatory run`` processes at once on the two halves of the corpus
  must leave the same incidents as one run over all of it.
- web security / correction validation: the regression tests that probe them (headers,
  CSRF, replayed cookies after logout, lockouts, role checks, token revocation; refused
  impossible corrections), run here with pytest and counted per test.

Everything runs in a temporary folder on SQLite.  About two minutes on one core.

    python bench/hardening.py [--fuzz 2000] [--reports 120] [--skip fuzz,web]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))  # adversarial.fuzz
sys.path.insert(0, str(ROOT / "tests"))  # fuzz_documents

WEB_TESTS = ("tests/test_web_sessions.py", "tests/test_web_accounts.py")
CORRECTION_TESTS = ("tests/test_web_corrections.py",)


@dataclass
class Row:
    name: str
    tried: int = 0
    passed: int = 0
    notes: list[str] = field(default_factory=list)

    def record(self, ok: bool, what: str) -> None:
        self.tried += 1
        self.passed += ok
        if not ok:
            self.notes.append(what)

    @property
    def failed(self) -> int:
        return self.tried - self.passed


# -- a generated corpus: several outlets telling the same clashes --------------------------

_OUTLETS = ("SOHR", "Enab Baladi", "Reuters", "SANA")
_TOWNS = ("Saraqib", "Maarat al-Numan", "Khan Shaykhun", "Kafr Nabl", "Jisr al-Shughur", "Ariha",
          "Taftanaz", "Sarmin", "Binnish", "Atarib", "Darat Izza", "Harem")
_TELLINGS = (
    "Warplanes struck the town of {town} on {weekday}, killing {n} civilians, {k} of them children, "
    "according to {outlet}.",
    "{outlet}: at least {n} people died on {weekday} when air strikes hit a market in {town}.",
    "Shelling by government forces on {town} killed {n} civilians and wounded {w} on {weekday}, {outlet} said.",
)


def corpus(count: int) -> list[dict]:
    """``count`` short reports: each clash (town, day) told by up to three outlets, so that
    fusion has to link reports that end up in different halves of the corpus."""
    reports = []
    start = date(2018, 2, 5)
    for i in range(count):
        clash, telling = divmod(i, 3)
        day = start + timedelta(days=clash % 40)
        published = day + timedelta(days=1)
        text = _TELLINGS[telling].format(
            town=_TOWNS[clash % len(_TOWNS)], weekday=day.strftime("%A"), n=3 + clash % 17, k=1 + clash % 3,
            w=5 + clash % 9, outlet=_OUTLETS[(clash + telling) % len(_OUTLETS)])
        reports.append({"id": f"h-{i:04d}", "title": f"Report {i}", "published": published.isoformat(),
                        "source": _OUTLETS[(clash + telling) % len(_OUTLETS)], "text": text})
    return reports


def write_jsonl(path: Path, reports: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in reports), encoding="utf-8")
    return path


# -- the store, summarised ---------------------------------------------------------------

def fingerprint(db: Path) -> dict:
    """What a run must leave: documents (once each), one set of claims per document, and
    the incidents with their tolls and sources."""
    with sqlite3.connect(db) as con:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        return {
            "documents": one("SELECT count(*) FROM documents"),
            "distinct texts": one("SELECT count(DISTINCT content_hash) FROM documents"),
            "documents with claims": one("SELECT count(DISTINCT document_id) FROM extraction_runs "
                                         "WHERE status = 'ok'"),
            "event claims": one("SELECT count(*) FROM event_claims"),
            "casualty claims": one("SELECT count(*) FROM casualty_claims"),
            "incidents": sorted(con.execute(
                "SELECT event_type, sub_event_type, coalesce(place_name, ''), coalesce(date_start, ''), "
                "coalesce(deaths_best, -1), n_sources FROM incidents").fetchall()),
        }


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as con:
        return con.execute("PRAGMA integrity_check").fetchone()[0]


def observatory(*arguments: str) -> list[str]:
    return [str(Path(sys.executable).parent / "observatory"), *arguments]


def run(db: Path, *inputs: Path) -> subprocess.CompletedProcess:
    return subprocess.run(observatory("run", *map(str, inputs), "--db", f"sqlite:///{db}"),
                          capture_output=True, text=True, timeout=600)


def differences(got: dict, want: dict) -> str:
    return ", ".join(f"{k}: {len(got[k]) if k == 'incidents' else got[k]} vs {len(want[k]) if k == 'incidents' else want[k]}"
                     for k in want if got[k] != want[k]) or "same"


# -- rows --------------------------------------------------------------------------------

def bad_inputs(folder: Path) -> Row:
    """Each bad file beside a good one: error naming the file, exit 1, the good one stored."""
    row = Row("bad inputs (ingest)")
    later = (date.today() + timedelta(days=400)).isoformat()
    good = {"id": "fine", "title": "fine", "published": "2018-03-02", "source": "SOHR",
            "text": "Two farmers were killed by a landmine near Kafr Nabl on Thursday."}
    # name: (file name, content, words the error must say, documents stored with the good one)
    cases: dict[str, tuple[str, bytes, str, int]] = {
        "page with only navigation": ("nav.html", b"<html><body><nav><a href='/'>Home</a> <a>News</a></nav></body></html>",
                                      "no article text", 1),
        "future publication date": ("future.jsonl", json.dumps({**good, "id": "f", "published": later}).encode(),
                                    "in the future", 1),
        "list as title": ("title.jsonl", json.dumps({**good, "id": "t", "title": ["a", "b"]}).encode(),
                          "must be a string", 1),
        "object as source": ("source.jsonl", json.dumps({**good, "id": "s", "source": {"name": "x"}}).encode(),
                             "must be a string", 1),
        "broken JSON line": ("broken.jsonl", b'{"id": "b", "text": "Shelling on', "", 1),
        "malformed feed XML": ("feed.xml", b"<?xml version='1.0'?><rss><channel><item><title>x</title>"
                                          b"<description>Clashes in Ariha</description></item><item></channel>",
                               "malformed", 2),
        "binary file": ("photo.txt", bytes(range(256)) * 8, "", 1),
        "empty file": ("empty.txt", b"", "", 1),
    }
    for name, (filename, content, says, expected) in cases.items():
        case = folder / name.replace(" ", "-")
        case.mkdir()
        bad = case / filename
        bad.write_bytes(content)
        write_jsonl(case / "good.jsonl", [good])
        db = case / "o.db"
        outcome = subprocess.run(observatory("ingest", str(bad), str(case / "good.jsonl"), "--db", f"sqlite:///{db}"),
                                 capture_output=True, text=True, timeout=120)
        errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
        stored = fingerprint(db)["documents"] if db.exists() else 0
        ok = (outcome.returncode == 1 and len(errors) == 1 and str(bad) in errors[0] and says in errors[0]
              and "Traceback" not in outcome.stderr and stored == expected)
        said = [line.replace(str(case) + "/", "") for line in errors] or [outcome.stderr.strip()[-120:]]
        row.record(ok, f"{name}: exit {outcome.returncode}, {stored} stored, {said}")
    missing = subprocess.run(observatory("ingest", str(folder / "no-such-file.txt"), "--db", f"sqlite:///{folder / 'm.db'}"),
                             capture_output=True, text=True, timeout=120)
    row.record(missing.returncode != 0 and "no-such-file.txt" in missing.stderr and "Traceback" not in missing.stderr,
               f"missing file: exit {missing.returncode}")
    return row


def fuzzing(count: int) -> Row:
    from adversarial import FUZZ_BUDGET_S, fuzz

    tally = fuzz(count, FUZZ_BUDGET_S)
    row = Row(f"fuzzing (extractor, {FUZZ_BUDGET_S:g} s budget)", tried=tally["documents"], passed=tally["ok"])
    if tally["crash"] or tally["over limit"]:
        row.notes.append(f"{tally['crash']} crashes, {tally['over limit']} over budget")
    row.notes.append(f"slowest {tally['slowest ms']} ms")
    return row


def crash_points(folder: Path, reports: Path, reference: dict) -> Row:
    """Kill ``run`` at points of its progress; the store stays sound and a rerun finishes
    the work with nothing lost or doubled."""
    row = Row("crash points (kill -9 of run)")
    total = reference["documents"]
    for name, reached in crash_points_of(total):
        db = folder / f"crash-{len(row.notes) + row.tried}.db"
        process = subprocess.Popen(observatory("run", str(reports), "--db", f"sqlite:///{db}"),
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while process.poll() is None and not reached(db):
            time.sleep(0.02)
        finished_first = process.poll() is not None
        if not finished_first:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        sound = not db.exists() or integrity(db) == "ok"
        again = run(db, reports)
        got = fingerprint(db)
        ok = sound and again.returncode == 0 and got == reference and not finished_first
        row.record(ok, f"{name}: {'run finished before the point, ' if finished_first else ''}integrity "
                       f"{'ok' if sound else 'BAD'}, rerun exit {again.returncode}, {differences(got, reference)}")
    return row


def crash_points_of(total: int) -> list[tuple[str, Callable[[Path], bool]]]:
    """Where to kill: named points of a run's progress, each a test on the store."""
    def count(db: Path, sql: str) -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.05) as con:
                return con.execute(sql).fetchone()[0]
        except sqlite3.Error:  # not created or not migrated yet, or busy: not there yet
            return 0

    def at_least(sql: str, n: int) -> Callable[[Path], bool]:
        return lambda db: count(db, sql) >= n

    documents, runs = "SELECT count(*) FROM documents", "SELECT count(*) FROM extraction_runs"
    return [
        ("while migrating", lambda db: db.exists()),
        ("after the first document", at_least(documents, 1)),
        ("half the documents ingested", at_least(documents, total // 2)),
        ("after the first extraction", at_least(runs, 1)),
        ("half the documents extracted", at_least(runs, total // 2)),
        ("while fusing", at_least("SELECT count(*) FROM incidents", 1)),
    ]


def concurrency(folder: Path, halves: tuple[Path, Path], reference: dict, rounds: int) -> Row:
    """Two runs at once on the two halves: the incidents of one run over everything."""
    from observatory.store.db import migrate

    row = Row("concurrency (two runs at once)")
    for attempt in range(rounds):
        db = folder / f"two-{attempt}.db"
        migrate(f"sqlite:///{db}").dispose()  # the schema first: the race under test is fusion's
        processes = [subprocess.Popen(observatory("run", str(half), "--db", f"sqlite:///{db}"),
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                     for half in (halves if attempt % 2 == 0 else halves[::-1])]
        codes = [p.wait(timeout=600) for p in processes]
        got = fingerprint(db)
        row.record(codes == [0, 0] and got == reference,
                   f"round {attempt + 1}: exits {codes}, {differences(got, reference)}")
    return row


def pytest_row(name: str, paths: tuple[str, ...]) -> Row:
    """The regression tests that probe this area, counted per test."""
    import pytest

    class Count:
        def __init__(self) -> None:
            self.row = Row(name)

        def pytest_runtest_logreport(self, report) -> None:
            if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
                if report.outcome == "skipped":
                    return
                self.row.record(report.outcome == "passed", report.nodeid)

    counter = Count()
    pytest.main(["-q", "-p", "no:cacheprovider", "-m", "not browser and not postgres", "--no-header",
                 "-o", "addopts=", *[str(ROOT / p) for p in paths]], plugins=[counter])
    return counter.row


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fuzz", type=int, default=2000, help="generated documents for the fuzz row")
    parser.add_argument("--reports", type=int, default=120, help="reports in the generated corpus")
    parser.add_argument("--rounds", type=int, default=2, help="rounds of two concurrent runs")
    parser.add_argument("--skip", default="", help="rows to leave out: bad,fuzz,crash,concurrency,web")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="hardening-") as tmp:
        folder = Path(tmp)
        steps: list[tuple[str, Callable[[], list[Row]]]] = [
            ("bad", lambda: [bad_inputs(_fresh(folder / "bad"))]),
            ("fuzz", lambda: [fuzzing(args.fuzz)]),
            ("crash", lambda: _store_rows(folder, args.reports, args.rounds, skip)),
            ("web", lambda: [pytest_row("web security", WEB_TESTS),
                             pytest_row("correction validation", CORRECTION_TESTS)]),
        ]
        for key, step in steps:
            if key not in skip:
                started = time.monotonic()
                new = step()
                rows.extend(new)
                print(f"  {key}: {time.monotonic() - started:.0f} s", file=sys.stderr)
    print_table(rows)


def _fresh(path: Path) -> Path:
    path.mkdir(parents=True)
    return path


def _store_rows(folder: Path, count: int, rounds: int, skip: set[str]) -> list[Row]:
    """Crash points and concurrency share one generated corpus and its clean reference run."""
    reports = corpus(count)
    everything = write_jsonl(folder / "all.jsonl", reports)
    halves = (write_jsonl(folder / "first.jsonl", reports[0::2]), write_jsonl(folder / "second.jsonl", reports[1::2]))
    clean = run(folder / "clean.db", everything)
    if clean.returncode != 0:
        raise SystemExit(f"the clean run failed: {clean.stderr[-500:]}")
    reference = fingerprint(folder / "clean.db")
    rows = [crash_points(folder, everything, reference)]
    if "concurrency" not in skip:
        rows.append(concurrency(folder, halves, reference, rounds))
    return rows


def print_table(rows: list[Row]) -> None:
    print(f"{'probe':42} {'tried':>6} {'passed':>7} {'failed':>7}")
    for row in rows:
        print(f"{row.name:42} {row.tried:>6} {row.passed:>7} {row.failed:>7}")
        for note in row.notes:
            print(f"    {note}")
    print(f"{'total':42} {sum(r.tried for r in rows):>6} {sum(r.passed for r in rows):>7} "
          f"{sum(r.failed for r in rows):>7}")


if __name__ == "__main__":
    main()
