#!/usr/bin/env python3
"""How does the main job grow with the archive?  Ingest, extract and fuse at several sizes.

The corpus is built from public reports: every UCDP GED headline (one line each, with its
source date) and every FA-KES article.  When a size asks for more documents than there
are, later copies are re-dated (shifted back whole years) and re-numbered (every number
in the text raised by the copy's index, and a bulletin number appended), so no copy is a
duplicate of another and the store really grows.

Each stage runs as its own ``observatory`` process on a fresh store, so its wall time
and its peak resident memory (``wait4``; includes worker processes) are its own:

    observatory ingest CORPUS --allow-future      -> ingest
    observatory extract --workers W               -> extract
    observatory fuse                              -> fuse

(``observatory run`` does the same three stages in one process.)  The growth exponent
of each stage is the slope of log(time) against log(documents) over the sizes measured.

    python bench/pipeline_scale.py --sizes 1000,5000 [--workers 1,2] [--db sqlite|postgresql]
        [--stages ingest,extract,fuse] [--out results.json] [--keep DIR]

``--keep DIR`` (SQLite) keeps the corpora and, after extraction, a copy of each extracted
store in DIR; a later run with ``--stages fuse`` fuses a fresh copy of that store instead of
ingesting and extracting again (fusion at 200k documents can then be measured repeatedly).

PostgreSQL: set OBSERVATORY_TEST_PG_URL (scripts/setup-postgres.sh prints one); every
size drops and recreates the schema of that database first.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

UCDP = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
FAKES = Path("/work/shared/data/fakes/fakes.csv")
OBSERVATORY = Path(sys.executable).with_name("observatory")
_NUMBER = re.compile(r"\b\d+\b")


def base_reports() -> list[dict]:
    """Every UCDP headline and FA-KES article once: ``{text, published, source}``."""
    reports: list[dict] = []
    seen: set[str] = set()
    csv.field_size_limit(10**8)
    with UCDP.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            day = _day(row["source_date"].split(";")[0]) or _day(row["date_start"])
            for headline in row["source_headline"].split(";"):
                text = headline.strip()
                if len(text) > 20 and text not in seen:
                    seen.add(text)
                    reports.append({"text": text, "published": day, "source": "UCDP headline"})
    with FAKES.open(encoding="utf-8", errors="replace") as handle:
        for row in csv.DictReader(handle):
            text = row["article_content"].strip()
            if text and text not in seen:
                seen.add(text)
                reports.append({"text": text, "published": _day(row["date"][:10]), "source": row["source"] or None})
    return reports


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def corpus(size: int, base: list[dict]) -> Iterator[dict]:
    """``size`` distinct reports: the base set, then re-dated and re-numbered copies."""
    for index in range(size):
        copy, item = divmod(index, len(base))
        report = base[item]
        text, published = report["text"], report["published"]
        if copy:
            text = _NUMBER.sub(lambda m, shift=copy: str(int(m.group()) + shift), text) + f" (Bulletin {copy}-{item}.)"
            published = published - timedelta(days=366 * copy) if published else None
        yield {
            "id": f"scale-{index}",
            "text": text,
            "published": published.isoformat() if published else None,
            "source": report["source"],
        }


def day_density(size: int, base: list[dict]) -> float:
    """How many reports are published within a day of the average dated report.

    Copies are shifted back by whole years, and the base spans several years, so larger
    corpora pack more reports onto each day (as an archive that adds outlets over the same
    war does): fusion compares each claim with the claims of its days, so its work per
    document grows with this figure, not with the number of documents alone."""
    days: Counter[date] = Counter(
        date.fromisoformat(r["published"]) for r in corpus(size, base) if r["published"] is not None
    )
    one = timedelta(days=1)
    near = sum(n * (days[day - one] + n + days[day + one]) for day, n in days.items())
    return near / max(1, sum(days.values()))


def write_corpus(path: Path, size: int, base: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for record in corpus(size, base):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_stage(arguments: list[str], env: dict) -> tuple[float, float, float]:
    """Wall seconds, peak resident MB and CPU seconds of one CLI process (and its children).

    CPU seconds next to wall seconds show how much a stage was slowed by other load on
    the machine (a shared machine makes ``--workers`` speed-ups look smaller than they are).
    """
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(OBSERVATORY), *arguments], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    error = process.stderr.read().decode()
    if process.returncode not in (0, 1):
        raise SystemExit(f"observatory {' '.join(arguments)} failed ({process.returncode}):\n{error[-2000:]}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def fresh_database(kind: str, folder: Path, size: int) -> str:
    if kind == "sqlite":
        path = folder / f"scale-{size}.db"
        for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        return f"sqlite:///{path}"
    url = os.environ.get("OBSERVATORY_TEST_PG_URL")
    if not url:
        raise SystemExit("set OBSERVATORY_TEST_PG_URL for --db postgresql")
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return url


def measure(size: int, workers: int, stages: list[str], kind: str, base: list[dict], folder: Path, keep: bool) -> dict:
    corpus_path = folder / f"corpus-{size}.jsonl"
    if not corpus_path.exists():
        write_corpus(corpus_path, size, base)
    url = fresh_database(kind, folder, size)
    env = dict(os.environ, OBSERVATORY_DB=url)
    commands = {
        "ingest": ["ingest", str(corpus_path), "--allow-future"],
        "extract": ["extract", *(["--workers", str(workers)] if workers else [])],
        "fuse": ["fuse"],
    }
    extracted = folder / f"scale-{size}.extracted.db"
    reuse = keep and extracted.exists() and "extract" not in stages
    if reuse:
        shutil.copyfile(extracted, url.removeprefix("sqlite:///"))
    row: dict = {"documents": size, "workers": workers, "db": kind, "reports_within_a_day": round(day_density(size, base), 1)}
    print(f"{size} documents: {row['reports_within_a_day']} reports published within a day of each", flush=True)
    for stage in ["ingest", "extract", "fuse"]:
        if (stage not in stages and stage != "ingest") or (reuse and stage != "fuse"):
            continue
        seconds, peak, cpu = run_stage(commands[stage], env)
        row[stage] = {
            "seconds": round(seconds, 2),
            "docs_per_s": round(size / seconds, 1),
            "peak_mb": round(peak),
            "cpu_s": round(cpu, 2),
        }
        print(
            f"{kind:10} {size:>7} docs  workers={workers}  {stage:8} {seconds:8.1f} s  "
            f"{size / seconds:8.1f} docs/s  {peak:6.0f} MB  cpu {cpu:7.1f} s",
            flush=True,
        )
        if stage == "extract" and keep:
            _checkpoint(url)
            shutil.copyfile(url.removeprefix("sqlite:///"), extracted)
    return row


def _checkpoint(url: str) -> None:
    """Fold the write-ahead log into the database file, so copying the file copies the store."""
    import sqlite3

    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def exponents(rows: list[dict], stages: list[str], measure: str = "seconds") -> dict[str, float]:
    """Least-squares slope of log(``measure``: wall ``seconds`` or ``cpu_s``) on log(documents), per stage.

    On a shared machine wall time measures the other jobs as much as this one: compare CPU."""
    slopes = {}
    for stage in stages:
        points = [(math.log(r["documents"]), math.log(r[stage][measure])) for r in rows if stage in r]
        if len(points) < 2:
            continue
        mean_x = sum(x for x, _ in points) / len(points)
        mean_y = sum(y for _, y in points) / len(points)
        slopes[stage] = round(
            sum((x - mean_x) * (y - mean_y) for x, y in points) / sum((x - mean_x) ** 2 for x, _ in points), 2
        )
    return slopes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1000,5000")
    parser.add_argument("--workers", default="1", help="comma-separated; 0 omits --workers (code before it)")
    parser.add_argument("--db", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--stages", default="ingest,extract,fuse")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--keep", type=Path, help="SQLite: keep corpora and extracted stores here, and reuse them")
    args = parser.parse_args()
    if args.keep and args.db != "sqlite":
        parser.error("--keep works with --db sqlite")
    stages = args.stages.split(",")
    base = base_reports()
    print(f"base corpus: {len(base)} distinct reports", flush=True)
    results = []
    with tempfile.TemporaryDirectory(prefix="observatory-scale-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for workers in [int(w) for w in args.workers.split(",")]:
            rows = [
                measure(int(size), workers, stages, args.db, base, folder, args.keep is not None)
                for size in args.sizes.split(",")
            ]
            slopes, cpu_slopes = exponents(rows, stages), exponents(rows, stages, "cpu_s")
            print(f"growth exponents (workers={workers}): wall {slopes}, CPU {cpu_slopes}", flush=True)
            results.append({"workers": workers, "rows": rows, "exponents": slopes, "cpu_exponents": cpu_slopes})
    if args.out:
        args.out.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
