"""The fast store path: ingest in batched transactions, extraction by worker processes
written by one writer, and the write-ahead log on SQLite files."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import time
from concurrent.futures.process import BrokenProcessPool

import pytest
from sqlalchemy import func, select, text

from observatory.extract.pipeline import EXTRACTOR_VERSION
from observatory.ingest import batch as ingest_batch
from observatory.ingest.batch import ingest_paths
from observatory.store import extraction
from observatory.store.db import make_engine, session_scope
from observatory.store.extraction import effective_workers, extract_documents_in_workers
from observatory.store.tables.core import (
    CasualtyClaimRow,
    DocumentRow,
    EventClaim,
    ExtractionRun,
)

# Reports written for these tests: varied shapes, places and figures.
BULLETINS = [
    "Warplanes struck the town of Maarat al-Numan in Idlib on Tuesday, killing 14 civilians including 3 children.",
    "Government forces took control of the village of Khan Shaykhun after clashes with rebel fighters.",
    "A car bomb exploded near a checkpoint in Azaz, killing 9 people and wounding 22 others.",
    "Two fighters of the Islamic State were killed in clashes with the SDF east of Raqqa.",
    "Artillery shelling hit residential districts of Douma, leaving 6 dead.",
    "An improvised explosive device killed a police officer in the city of Daraa on Sunday.",
    "Regime helicopters dropped barrel bombs on Jisr al-Shughur, killing 11 civilians.",
    "Turkish troops shelled positions of the YPG near Afrin, killing 4 fighters.",
]


def _write_jsonl(path, lines: list[str]) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _bulletin_lines(count: int) -> list[str]:
    """``count`` distinct reports: the bulletins with the day of the month varied."""
    return [
        json.dumps(
            {
                "id": f"b{n}",
                "text": f"{BULLETINS[n % len(BULLETINS)]} (Bulletin {n}.)",
                "published": f"2018-03-{n % 27 + 1:02d}",
            }
        )
        for n in range(count)
    ]


def test_ingest_batches_keep_input_order_duplicates_and_bad_lines(engine, tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_batch, "BATCH_SIZE", 3)  # several batches out of a short file
    lines = _bulletin_lines(6)
    lines.insert(2, json.dumps({"id": "again", "text": "  " + BULLETINS[0].upper() + " (BULLETIN 0.)"}))
    lines.insert(4, "{not json")
    lines.append(json.dumps({"id": "b1-again", "text": BULLETINS[1] + "   (Bulletin 1.)"}))
    path = tmp_path / "feed.jsonl"
    _write_jsonl(path, lines)

    report = ingest_paths(engine, [str(path)])

    assert [error.origin for error in report.errors] == [f"{path}:5"]
    assert len(report.added) == 6 and len(report.duplicates) == 2
    with session_scope(engine) as session:
        external = {doc_id: name for doc_id, name in session.execute(select(DocumentRow.id, DocumentRow.external_id))}
    assert [external[doc_id] for doc_id in report.document_ids] == [f"b{n}" for n in range(6)]
    assert report.duplicates == [report.added[0], report.added[1]]


def test_reingesting_a_batched_file_adds_nothing(engine, tmp_path):
    path = tmp_path / "feed.jsonl"
    _write_jsonl(path, _bulletin_lines(12))
    first = ingest_paths(engine, [str(path)])
    second = ingest_paths(engine, [str(path)])
    assert second.added == [] and second.duplicates == first.added


def test_small_batches_stay_in_one_process():
    assert effective_workers(4, 50) == 1
    assert effective_workers(4, 2 * extraction.MIN_DOCUMENTS_PER_WORKER) == 2
    assert effective_workers(2, 10_000) == 2


def _claims(engine) -> dict[str, list[tuple]]:
    """Current claims per document (by external id), comparable across stores."""
    with session_scope(engine) as session:
        names = {doc_id: name for doc_id, name in session.execute(select(DocumentRow.id, DocumentRow.external_id))}
        found: dict[str, list[tuple]] = {}
        for claim in session.scalars(select(EventClaim).order_by(EventClaim.id)):
            found.setdefault(names[claim.document_id], []).append(
                ("event", claim.local_id, claim.event_type, claim.place_name)
            )
        for claim in session.scalars(select(CasualtyClaimRow).order_by(CasualtyClaimRow.id)):
            found.setdefault(names[claim.document_id], []).append(("toll", claim.local_id, claim.value, claim.status))
    return found


def _ingested_store(tmp_path, name: str, count: int):
    engine = make_engine(f"sqlite:///{tmp_path / name}")
    from observatory.store.db import migrate

    migrate(engine)
    path = tmp_path / "feed.jsonl"
    if not path.exists():
        _write_jsonl(path, _bulletin_lines(count))
    return engine, ingest_paths(engine, [str(path)]).document_ids


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_two_worker_processes_store_the_same_claims_as_one(tmp_path, monkeypatch, start):
    """Workers forked with this process's extractor, or (where there is no fork) spawned
    with their own, store what one process does."""
    if start == "spawn":
        monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    monkeypatch.setattr(extraction, "MIN_DOCUMENTS_PER_WORKER", 4)
    monkeypatch.setattr(extraction, "BATCH_SIZE", 5)  # several batches in flight per worker
    single, ids = _ingested_store(tmp_path, "one.db", 24)
    parallel, parallel_ids = _ingested_store(tmp_path, "two.db", 24)
    done: list[int] = []

    one = extract_documents_in_workers(single, 1, None, EXTRACTOR_VERSION, ids)
    two = extract_documents_in_workers(
        parallel, 2, None, EXTRACTOR_VERSION, parallel_ids, on_done=lambda: done.append(1)
    )

    assert one.failed == two.failed == []
    assert two.extracted == parallel_ids and len(done) == 24
    assert _claims(parallel) == _claims(single) != {}


@pytest.mark.parametrize("workers", [1, 2])
def test_extractors_read_with_the_places_the_store_holds(tmp_path, monkeypatch, workers):
    """A village only this store's users added is placed, in this process and in each worker."""
    from observatory.kb.gazetteer import reset_default_gazetteer
    from observatory.kb.gazetteer.curation import new_place
    from observatory.kb.gazetteer.repository import write_places

    monkeypatch.setattr(extraction, "MIN_DOCUMENTS_PER_WORKER", 2)
    engine, ids = _ingested_store(tmp_path, f"own-places-{workers}.db", 4)
    path = tmp_path / "farm.txt"
    path.write_text("Rocket fire hit the village of Tell Wardiyan Saghir on Monday, killing three farmers.")
    own_id = ingest_paths(engine, [str(path)]).added[0]
    village = new_place("Tell Wardiyan Saghir", 36.112, 40.517, feature="village", admin1="Al-Hasakah")
    with session_scope(engine) as session:
        write_places(session, [village])
    reset_default_gazetteer()

    stats = extract_documents_in_workers(engine, workers, None, EXTRACTOR_VERSION, [*ids, own_id])

    reset_default_gazetteer()
    assert stats.failed == []
    with session_scope(engine) as session:
        placed = session.scalars(select(EventClaim.place_id).where(EventClaim.document_id == own_id)).all()
    assert placed and set(placed) == {village.id}


def test_a_document_over_budget_in_a_worker_fails_alone_and_is_recorded(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "MIN_DOCUMENTS_PER_WORKER", 2)
    long_report = " ".join(f"Clashes in the village number {n} left {n % 9 + 2} fighters dead." for n in range(3000))
    engine, ids = _ingested_store(tmp_path, "budget.db", 6)
    path = tmp_path / "long.txt"
    path.write_text(long_report)
    long_id = ingest_paths(engine, [str(path)]).added[0]
    errors: list[int] = []

    stats = extract_documents_in_workers(
        engine, 2, 0.05, EXTRACTOR_VERSION, [*ids[:3], long_id, *ids[3:]], on_error=lambda doc, _: errors.append(doc)
    )

    assert [doc for doc, _ in stats.failed] == errors == [long_id]
    assert "budget" in stats.failed[0][1]
    assert sorted(stats.extracted) == sorted(ids)
    with session_scope(engine) as session:
        runs = {
            doc_id: status
            for doc_id, status in session.execute(select(ExtractionRun.document_id, ExtractionRun.status))
        }
    assert runs[long_id] == "failed" and all(runs[doc] == "ok" for doc in ids)


def test_sqlite_files_use_the_write_ahead_log(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'wal.db'}")
    with engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL


def test_json_lines_are_read_line_by_line_so_the_limit_is_per_line(engine, tmp_path):
    lines = _bulletin_lines(40)
    lines.insert(7, json.dumps({"id": "huge", "text": "Shelling on Harasta. " * 200}))
    path = tmp_path / "archive.jsonl"
    _write_jsonl(path, lines)
    limit = 1024
    assert path.stat().st_size > 3 * limit  # the file as a whole is far over the limit

    report = ingest_paths(engine, [str(path)], max_bytes=limit)

    assert len(report.added) == 40
    assert [(error.origin, "too large" in error.message) for error in report.errors] == [(f"{path}:8", True)]


def test_the_cli_extracts_with_worker_processes_and_refuses_zero_workers(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from observatory.cli import app

    monkeypatch.setattr(extraction, "MIN_DOCUMENTS_PER_WORKER", 3)
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    path = tmp_path / "feed.jsonl"
    _write_jsonl(path, _bulletin_lines(9))
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(path), "--db", db]).exit_code == 0

    refused = runner.invoke(app, ["extract", "--workers", "0", "--db", db])
    done = runner.invoke(app, ["extract", "--workers", "2", "--db", db])

    assert refused.exit_code == 2
    assert done.exit_code == 0 and "extracted 9 document(s)" in done.output
    engine = make_engine(db)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(ExtractionRun).where(ExtractionRun.status == "ok")) == 9


def test_a_dead_worker_process_stops_the_run_and_keeps_what_was_written(tmp_path, monkeypatch):
    monkeypatch.setattr(extraction, "MIN_DOCUMENTS_PER_WORKER", 4)
    monkeypatch.setattr(extraction, "BATCH_SIZE", 4)
    engine, ids = _ingested_store(tmp_path, "dead.db", 40)
    done: list[int] = []
    parent, extract_batch = os.getpid(), extraction._extract_batch

    def slow_in_workers(extractor, batch):
        # Worker processes (forked with this patch) hold every batch but the first, so they are
        # still busy when its outcome kills them, however loaded the machine is.
        if os.getpid() != parent and batch[0][0] != ids[0]:
            time.sleep(60)
        return extract_batch(extractor, batch)

    monkeypatch.setattr(extraction, "_extract_batch", slow_in_workers)

    def kill_workers() -> None:
        done.append(1)
        if len(done) == 1:
            for child in multiprocessing.active_children():
                os.kill(child.pid, signal.SIGKILL)

    with pytest.raises(BrokenProcessPool):
        extract_documents_in_workers(engine, 2, None, EXTRACTOR_VERSION, ids, on_done=kill_workers)

    with session_scope(engine) as session:
        kept = session.scalar(select(func.count()).select_from(ExtractionRun))
    assert kept >= 4 and kept % 4 == 0 and kept < 40  # whole batches only


def test_claim_rows_the_store_refuses_fail_their_document_alone(tmp_path):
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document
    from observatory.store.claims import claim_rows
    from observatory.store.extraction import write_outcomes

    engine, ids = _ingested_store(tmp_path, "refused.db", 3)
    extractor = Extractor()
    with session_scope(engine) as session:
        texts = [session.get(DocumentRow, doc_id).text for doc_id in ids]
    rows = [claim_rows(extractor.extract(body, Document(id=str(doc_id)))) for doc_id, body in zip(ids, texts)]
    rows[1].claims["event"][0]["local_id"] = None  # a column the store requires
    stats = write_outcomes(engine, EXTRACTOR_VERSION, [list(zip(ids, rows))], (None, None))

    assert stats.extracted == [ids[0], ids[2]]
    assert [doc_id for doc_id, _ in stats.failed] == [ids[1]] and "could not be stored" in stats.failed[0][1]
    with session_scope(engine) as session:
        stored = session.scalars(select(EventClaim.document_id).distinct()).all()
        statuses = dict(session.execute(select(ExtractionRun.document_id, ExtractionRun.status)).all())
    assert sorted(stored) == [ids[0], ids[2]]
    assert statuses == {ids[0]: "ok", ids[1]: "failed", ids[2]: "ok"}
