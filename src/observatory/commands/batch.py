"""``observatory batch``: extraction beyond one machine, on a Dask cluster.

``batch run`` reads JSON Lines, folders or Parquet (local paths or fsspec URLs), extracts
every partition on a Dask cluster (a local one by default, or ``--scheduler`` of a
cluster started with dask-jobqueue / dask-kubernetes) and writes Parquet partitions;
``batch load`` copies them into PostgreSQL, after which ``observatory fuse`` runs as usual.
"""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from observatory.commands.extract import BudgetOption, WorkersOption
from observatory.commands.options import DbOption, PathsArgument

batch_app = typer.Typer(
    help="Extract large archives on a Dask cluster into Parquet; load them into PostgreSQL.", no_args_is_help=True
)


def register(app: typer.Typer) -> None:
    """Add ``batch run`` and ``batch load`` to the root app."""
    app.add_typer(batch_app, name="batch")


@batch_app.command("run")
def run(
    paths: PathsArgument,
    out: Annotated[str, typer.Option("--out", help="Folder or fsspec URL for the Parquet partitions.")],
    scheduler: Annotated[
        Optional[str], typer.Option("--scheduler", help="Address of a running Dask scheduler (tcp://host:8786).")
    ] = None,
    workers: WorkersOption = None,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="Documents per partition.")] = 500,
    budget: BudgetOption = None,
) -> None:
    """Extract PATHS into Parquet partitions under --out; partitions already there are skipped."""
    from distributed import Client, LocalCluster
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from observatory.batch.runner import run_batch
    from observatory.commands.extract import budget_seconds, worker_count
    from observatory.commands.options import report_error, stderr

    seconds = budget_seconds(budget)
    cluster = None if scheduler else LocalCluster(n_workers=worker_count(workers), threads_per_worker=1)
    with Client(scheduler or cluster) as client:
        stderr.print(f"Dask dashboard: {client.dashboard_link}")
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), console=stderr, transient=True) as bar:
            task = bar.add_task("Extracting partitions", total=None)
            counts = {"documents": 0, "partitions": 0}

            def advance(outcome: dict) -> None:
                counts["documents"] += outcome["documents"]
                counts["partitions"] += 1
                bar.update(task, description=f"{counts['partitions']} partitions, {counts['documents']} documents")

            stats = run_batch(client, paths, out, partition_size, seconds, lambda e: report_error(str(e)), advance)
    if cluster is not None:
        cluster.close()
    stderr.print(
        f"wrote {len(stats.written)} partition(s) ({stats.documents} documents, {stats.failed} failed), "
        f"{len(stats.skipped)} already written, {len(stats.errors)} input error(s)"
    )
    raise typer.Exit(1 if stats.errors or stats.failed else 0)


@batch_app.command("load")
def load(
    out: Annotated[str, typer.Argument(help="The --out of batch run.")],
    db: DbOption = None,
) -> None:
    """Copy the partitions under OUT into the PostgreSQL store (again is harmless); then run `observatory fuse`."""
    from observatory.batch.loader import load_partitions
    from observatory.batch.partitions import finished_partitions
    from observatory.commands.options import open_store, progress, report_error, stderr

    engine = open_store(db)
    if engine.dialect.name != "postgresql":
        report_error(f"batch load copies into PostgreSQL (--db postgresql+psycopg://...), not {engine.dialect.name}")
        raise typer.Exit(2)
    paths = finished_partitions(out)
    with progress("Loading", len(paths)) as advance:
        stats = load_partitions(engine, paths, advance)
    stderr.print(f"loaded {stats.partitions} partition(s): {stats.documents} new document(s), {stats.runs} new run(s)")
