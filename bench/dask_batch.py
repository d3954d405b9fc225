#!/usr/bin/env python3
"""``observatory batch`` on a Dask LocalCluster of 1 and 2 workers against one process.

The corpus is ``bench/pipeline_scale.py``'s (UCDP headlines and FA-KES articles, copies
re-dated and re-numbered).  The single-process run extracts the same partitions in this
process with the same code; each cluster run writes its own output folder.  Reported:
documents/s of each run (cluster start-up shown apart), the speed-up of 2 workers over 1,
and whether every run's claims (all columns of the event, casualty and control Parquet
files) equal the single-process run's.

    python bench/dask_batch.py [--size 2000] [--partition-size 250]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).parent))
import pipeline_scale  # noqa: E402  (the shared corpus)

from observatory.batch.partitions import CLAIM_FILES, finished_partitions, partitions, process_partition, read_records
from observatory.batch.runner import run_batch


def claims(out: Path) -> dict[str, list[tuple]]:
    """Every claim row of every partition, sorted, per file: comparable across runs."""
    found: dict[str, list[tuple]] = {}
    for filename in ["documents.parquet", *CLAIM_FILES.values()]:
        rows = []
        for part in finished_partitions(str(out)):
            rows.extend(
                tuple(sorted((k, str(v)) for k, v in row.items()))
                for row in pq.read_table(f"{part}/{filename}").to_pylist()
            )
        found[filename] = sorted(rows)
    return found


def single_process(source: Path, out: Path, size: int) -> float:
    started = time.perf_counter()
    for partition in partitions(read_records([str(source)], print), size):
        process_partition(str(out), partition, None)
    return time.perf_counter() - started


def on_cluster(workers: int, source: Path, out: Path, size: int) -> tuple[float, float]:
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster,
        Client(cluster) as client,
    ):
        ready = time.perf_counter()
        run_batch(client, [str(source)], str(out), partition_size=size)
        finished = time.perf_counter()
    return ready - started, finished - ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--partition-size", type=int, default=250)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="observatory-dask-") as tmp:
        folder = Path(tmp)
        source = folder / "corpus.jsonl"
        pipeline_scale.write_corpus(source, args.size, pipeline_scale.base_reports())
        seconds = single_process(source, folder / "single", args.partition_size)
        print(f"one process      {args.size} docs  {seconds:7.1f} s  {args.size / seconds:7.1f} docs/s", flush=True)
        reference = claims(folder / "single")
        timings = {}
        for workers in (1, 2):
            startup, run = on_cluster(workers, source, folder / f"dask-{workers}", args.partition_size)
            timings[workers] = run
            same = claims(folder / f"dask-{workers}") == reference
            print(
                f"LocalCluster x{workers}  {args.size} docs  {run:7.1f} s  {args.size / run:7.1f} docs/s  "
                f"(cluster start {startup:.1f} s)  claims equal to one process: {same}",
                flush=True,
            )
        print(f"speed-up 2 workers / 1 worker: {timings[1] / timings[2]:.2f}x")


if __name__ == "__main__":
    main()
