"""``observatory batch`` on a real Dask LocalCluster: complete, idempotent, and a worker
killed mid-run leaves neither duplicates nor half-written partitions."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from observatory.batch.partitions import CLAIM_FILES, finished_partitions
from observatory.batch.runner import run_batch

distributed = pytest.importorskip("distributed")

# Reports written for these tests; the day and a bulletin number make each one distinct.
SHAPES = [
    "Russian jets bombed the market of Ariha in Idlib province, killing {n} civilians.",
    "Clashes between the SDF and ISIS fighters near Hajin left {n} militants dead.",
    "A roadside bomb struck a bus near Salamiyah, killing {n} passengers and injuring others.",
    "Opposition factions recaptured the hill of Tal Rifaat after fierce fighting.",
    "Rocket fire from rebel areas hit the Old City of Aleppo, wounding {n} residents.",
]


def _corpus(path: Path, count: int) -> None:
    lines = [
        json.dumps(
            {
                "id": f"k{n}",
                "text": SHAPES[n % len(SHAPES)].format(n=n % 13 + 2) + f" Bulletin {n}.",
                "published": f"2019-0{n % 9 + 1}-1{n % 10}",
            }
        )
        for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0") as local:
        with distributed.Client(local) as client:
            yield local, client


def _hashes(out: Path) -> list[str]:
    return [
        h
        for part in finished_partitions(str(out))
        for h in pq.read_table(f"{part}/documents.parquet").column("content_hash").to_pylist()
    ]


def _kill_one_worker(local) -> None:
    nanny = next(iter(local.workers.values()))
    os.kill(nanny.process.process.pid, signal.SIGKILL)


def test_a_worker_killed_mid_run_leaves_the_result_complete_without_duplicates(cluster, tmp_path):
    local, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 60)
    out = tmp_path / "out"
    done: list[dict] = []

    def after(outcome: dict) -> None:
        done.append(outcome)
        if len(done) == 1:
            _kill_one_worker(local)

    stats = run_batch(client, [str(source)], str(out), partition_size=5, on_partition=after)

    hashes = _hashes(out)
    assert len(hashes) == len(set(hashes)) == 60
    # A partition the killed worker had renamed into place before dying is found written
    # by its second attempt and counted as skipped: either way it is there once.
    assert len(stats.written) + len(stats.skipped) == 12 and stats.failed == 0
    for part in finished_partitions(str(out)):
        assert sorted(p.name for p in Path(part).iterdir()) == sorted(["documents.parquet", *CLAIM_FILES.values()])


def test_rerunning_the_same_input_writes_nothing_new(cluster, tmp_path):
    _, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 12)
    out = tmp_path / "out"
    first = run_batch(client, [str(source)], str(out), partition_size=4)
    again = run_batch(client, [str(source), str(source)], str(out), partition_size=4)
    assert len(first.written) == 3 and again.written == [] and sorted(again.skipped) == sorted(first.written)
    assert len(_hashes(out)) == 12


def test_partition_claims_equal_those_of_the_extractor_in_one_process(cluster, tmp_path):
    from observatory.extract.pipeline import Extractor
    from observatory.batch.partitions import read_records
    from observatory.models import Document

    _, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 10)
    out = tmp_path / "out"
    run_batch(client, [str(source)], str(out), partition_size=3)

    stored = sorted(
        (row["content_hash"], row["local_id"], row["event_type"], row["place_name"])
        for part in finished_partitions(str(out))
        for row in pq.read_table(f"{part}/events.parquet").to_pylist()
    )
    extractor = Extractor()
    expected = sorted(
        (record["content_hash"], event.id, event.event_type, event.location.name if event.location else None)
        for record in read_records([str(source)], pytest.fail)
        for event in extractor.extract(
            record["text"], Document(id=record["external_id"], published=record["published"].isoformat())
        ).events
    )
    assert stored == expected != []


def test_a_bad_line_is_reported_and_the_rest_extracted(cluster, tmp_path):
    _, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 4)
    source.write_text(source.read_text() + "{broken\n")
    errors: list = []
    stats = run_batch(client, [str(source)], str(tmp_path / "out"), partition_size=10, on_error=errors.append)
    assert [error.origin for error in errors] == [f"{source}:5"] and stats.documents == 4


def test_a_document_over_the_budget_fails_alone_in_its_partition(cluster, tmp_path):
    _, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 5)
    # About 400 KB of reporting: many sections, far more than a tenth of a second of work.
    long_report = " ".join(
        f"Shelling of the {n}th quarter of Maarat al-Numan on Friday killed {n % 7 + 2} people and "
        f"wounded {n % 4 + 3}, medics at the field hospital of Kafr Nabl said." for n in range(2500)
    )
    with source.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "long", "text": long_report, "published": "2019-08-30"}) + "\n")
    out = tmp_path / "out"
    stats = run_batch(client, [str(source)], str(out), partition_size=10, budget=0.1)

    rows = [row for part in finished_partitions(str(out)) for row in pq.read_table(f"{part}/documents.parquet").to_pylist()]
    failed = [row for row in rows if row["status"] == "failed"]
    assert stats.documents == 6 and stats.failed == 1
    assert [row["external_id"] for row in failed] == ["long"] and "budget of 0.1 s" in failed[0]["error"]
    assert sum(row["status"] == "ok" for row in rows) == 5


@pytest.mark.postgres
def test_loading_partitions_into_postgresql_twice_stores_them_once(cluster, tmp_path, engine):
    from sqlalchemy import func, select

    from observatory.batch.loader import load_partitions
    from observatory.store.db import session_scope
    from observatory.store.tables.core import DocumentRow, EventClaim, ExtractionRun

    if engine.dialect.name != "postgresql":
        pytest.skip("COPY loader is for PostgreSQL")
    _, client = cluster
    source = tmp_path / "archive.jsonl"
    _corpus(source, 15)
    out = tmp_path / "out"
    run_batch(client, [str(source)], str(out), partition_size=4)
    events = sum(pq.read_table(f"{p}/events.parquet").num_rows for p in finished_partitions(str(out)))

    first = load_partitions(engine, finished_partitions(str(out)))
    again = load_partitions(engine, finished_partitions(str(out)))

    assert (first.documents, first.runs, again.documents, again.runs) == (15, 15, 0, 0)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 15
        assert session.scalar(select(func.count()).select_from(ExtractionRun)) == 15
        assert session.scalar(select(func.count()).select_from(EventClaim)) == events > 0


def test_the_cli_writes_partitions_on_a_local_cluster(tmp_path):
    from observatory.cli import app

    source = tmp_path / "archive.jsonl"
    _corpus(source, 6)
    result = CliRunner().invoke(app, ["batch", "run", str(source), "--out", str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert len(_hashes(tmp_path / "out")) == 6
