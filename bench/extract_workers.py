#!/usr/bin/env python3
"""What does ``extract --workers W`` cost, process by process?  Alternating runs on copies of one store.

``bench/pipeline_scale.py`` times whole stages (wall, and the CPU of a stage's process and
its children together).  On a machine shared with other jobs the wall time of two
workers says little, so this benchmark splits the CPU seconds: the main process (which
reads, writes every result and extracts when the workers are busy) and its worker
processes, for runs made back to back in the order given, e.g. ``--workers 1,2,1,2``:

    observatory ingest CORPUS --db sqlite:///STORE --allow-future     (once, by you)
    python bench/extract_workers.py STORE --workers 1,2,1,2

Every run extracts a fresh copy of STORE in a process of its own (the CLI, imported
there, so its start-up counts); the machine's load average is printed next to each run.
Code of another commit can be measured the same way with ``PYTHONPATH=ITS/src``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = """
import resource, sys, time
from observatory.cli import app
started = time.perf_counter()
try:
    app(["extract", "--workers", sys.argv[1], "--db", sys.argv[2]], standalone_mode=False)
finally:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print("RESULT", time.perf_counter() - started, own.ru_utime + own.ru_stime,
          workers.ru_utime + workers.ru_stime, file=sys.stderr)
"""


def measure(store: Path, workers: int, folder: Path) -> tuple[float, float, float]:
    """Wall seconds (after the CLI's imports), main-process CPU and worker-process CPU of one run."""
    copy = folder / f"run-{workers}.db"
    for leftover in folder.glob("run-*"):
        leftover.unlink()
    shutil.copyfile(store, copy)
    done = subprocess.run([sys.executable, "-c", RUN, str(workers), f"sqlite:///{copy}"],
                          capture_output=True, text=True)
    result = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("RESULT")]
    if not result:
        raise SystemExit(f"extract --workers {workers} failed:\n{done.stderr[-2000:]}")
    wall, own, children = (float(value) for value in result[0])
    return wall, own, children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("store", type=Path, help="an ingested (not yet extracted) SQLite store")
    parser.add_argument("--workers", default="1,2,1,2")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="observatory-workers-") as tmp:
        for workers in (int(value) for value in args.workers.split(",")):
            wall, own, children = measure(args.store, workers, Path(tmp))
            print(f"workers={workers}  wall {wall:6.1f} s  main process {own:5.1f} s CPU  "
                  f"workers {children:5.1f} s CPU  all {own + children:5.1f} s  load {os.getloadavg()[0]:.1f}",
                  flush=True)


if __name__ == "__main__":
    main()
