"""Driving a Dask cluster over the partitions of an input.

Partitions are submitted as they are read, with a bounded number in flight, so the
client's memory does not grow with the archive.  Dask reschedules the task of a worker
that dies (``retries`` more times if it keeps failing); the partition's atomic rename
makes a second attempt harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from observatory.batch.partitions import partitions, process_partition, read_records

PARTITION_SIZE = 500
"""Documents per partition: one Parquet file set, one task (about a few seconds of work)."""


@dataclass
class BatchStats:
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    documents: int = 0
    failed: int = 0
    errors: list = field(default_factory=list)


def run_batch(
    client,
    arguments: list[str],
    out: str,
    partition_size: int = PARTITION_SIZE,
    budget: float | None = None,
    on_error: Callable | None = None,
    on_partition: Callable[[dict], None] | None = None,
) -> BatchStats:
    """Read ``arguments``, extract every partition on ``client``'s cluster, write under ``out``."""
    from distributed import as_completed

    stats = BatchStats()

    def fail(error) -> None:
        stats.errors.append(error)
        if on_error:
            on_error(error)

    window = 2 * max(1, len(client.scheduler_info().get("workers", {}))) + 2
    running = as_completed()
    for partition in partitions(read_records(arguments, fail), partition_size):
        running.add(
            client.submit(process_partition, out, partition, budget, key=f"partition-{partition.name}", retries=3)
        )
        while running.count() >= window:
            _collect(next(running), stats, on_partition)
    for future in running:
        _collect(future, stats, on_partition)
    return stats


def _collect(future, stats: BatchStats, on_partition) -> None:
    outcome = future.result()
    (stats.skipped if outcome["skipped"] else stats.written).append(outcome["partition"])
    stats.documents += outcome["documents"]
    stats.failed += outcome["failed"]
    if on_partition:
        on_partition(outcome)
