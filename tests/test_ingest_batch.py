"""Ingesting batches: idempotent, one clear error per bad input, the rest of the batch stored."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from observatory.ingest.batch import ingest_paths
from observatory.ingest.records import MAX_FILE_BYTES
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, Source

REPORTS = Path(__file__).parent / "fixtures" / "ingest" / "reports"
GOOD_REPORT = "Regime helicopters dropped barrel bombs on Daraa al-Balad on Monday, killing 5 civilians.\n"


def _documents(engine) -> list[DocumentRow]:
    with session_scope(engine) as session:
        return list(session.scalars(select(DocumentRow).order_by(DocumentRow.id)))


def test_a_folder_of_every_format_is_stored_with_its_metadata(engine):
    report = ingest_paths(engine, [str(REPORTS)])
    assert report.errors == []
    docs = _documents(engine)
    assert len(docs) == len(report.added) == 7  # 2 txt, 1 html, 2 jsonl lines, 2 feed entries
    by_id = {d.external_id: d for d in docs}
    assert by_id["deir-2017-05-12"].published == date(2017, 5, 12)
    with session_scope(engine) as session:
        assert set(session.scalars(select(Source.name))) == {"SOHR", "Example Syria Monitor"}
    assert all(d.content_hash and d.ingested_at for d in docs)


def test_ingesting_the_same_content_twice_stores_it_once(engine, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(REPORTS, copy)
    first = ingest_paths(engine, [str(REPORTS)])
    (copy / "2017-03-22-suran.txt").write_text((REPORTS / "2017-03-22-suran.txt").read_text().replace("\n", "\r\n"))
    second = ingest_paths(engine, [str(copy)])
    assert second.added == [] and sorted(second.duplicates) == sorted(first.added)
    assert len(_documents(engine)) == 7


def test_source_and_published_options_fill_in_what_files_omit(engine, tmp_path):
    path = tmp_path / "daraa.txt"
    path.write_text(GOOD_REPORT)
    ingest_paths(engine, [str(path), str(REPORTS / "batch.jsonl")], source="Local Council", published=date(2018, 7, 2))
    docs = {d.origin: d for d in _documents(engine)}
    assert docs[str(path)].published == date(2018, 7, 2)
    assert docs[str(REPORTS / "batch.jsonl") + ":1"].published == date(2017, 4, 4)  # its own date wins
    with session_scope(engine) as session:
        assert set(session.scalars(select(Source.name))) == {"Local Council", "SOHR"}


BAD_INPUTS = [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary.txt", "binary"),
    ("empty.txt", b"  \n\n", "empty.txt", "no text"),
    (
        "latin1.txt",
        "Clashes in Daraa.\nMore clashes.\nCaf\u00e9 hit by shells.".encode("latin-1"),
        "latin1.txt:3",
        "not valid UTF-8",
    ),
    ("broken.html", b"<html><body><div><<<>>></div></body", "broken.html", "no article text"),
    ("broken.rss", b'<?xml version="1.0"?>\n<rss version="2.0"><channel><item><title>Cut', "broken.rss:2", "malformed feed"),
    (
        "lines.jsonl",
        b'{"id": "ok-1", "text": "Clashes erupted in Busra al-Harir."}\n{"id": "x", "text": \n',
        "lines.jsonl:2",
        "malformed JSON",
    ),
    ("notext.jsonl", b'{"id": "x", "title": "Only a title"}\n', "notext.jsonl:1", 'missing "text"'),
    ("baddate.jsonl", b'{"id": "x", "text": "Clashes in Daraa.", "published": "2017-02-31"}\n', "baddate.jsonl:1", "impossible date '2017-02-31'"),
]


SQLITE_ONLY = pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
"""For tests about reading input, where the database kind makes no difference."""


@SQLITE_ONLY
@pytest.mark.parametrize(("name", "content", "origin", "message"), BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_gives_one_clear_error_and_the_batch_goes_on(engine, tmp_path, name, content, origin, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD_REPORT)
    report = ingest_paths(engine, [str(bad), str(good)])
    assert len(report.errors) == 1
    error = str(report.errors[0])
    assert error.startswith(str(tmp_path / origin) + ":") and message in error
    stored = {d.origin for d in _documents(engine)}
    assert str(good) in stored
    assert not any(o.startswith(str(bad)) and o != str(bad) + ":1" for o in stored)
    if name != "lines.jsonl":  # only that file has a good line, which is kept
        assert not any(o.startswith(str(bad)) for o in stored)


@SQLITE_ONLY
def test_a_file_over_the_size_limit_is_refused_without_reading_it(engine, tmp_path):
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    report = ingest_paths(engine, [str(huge)])
    assert [e.origin for e in report.errors] == [str(huge)]
    assert "too large" in report.errors[0].message
    assert _documents(engine) == []


@SQLITE_ONLY
def test_missing_paths_are_reported_and_existing_ones_still_read(engine, tmp_path):
    report = ingest_paths(engine, [str(tmp_path / "nowhere.txt"), str(REPORTS / "2017-03-22-suran.txt")])
    assert [e.message for e in report.errors] == ["no such file or folder"]
    assert len(report.added) == 1


def test_a_value_too_long_for_its_column_fails_only_that_document(engine, tmp_path):
    lines = tmp_path / "ids.jsonl"
    lines.write_text(
        '{"id": "%s", "text": "Clashes in Daraa killed 2."}\n{"id": "short", "text": "%s"}\n'  # noqa: UP031  braces of JSON read better without doubling
        % ("x" * 400, GOOD_REPORT.strip())
    )
    report = ingest_paths(engine, [str(lines)])
    assert [e.origin for e in report.errors] == [f"{lines}:1"]
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(DocumentRow)) == 1
