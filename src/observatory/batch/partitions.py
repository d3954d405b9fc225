"""Partitions: the unit of work of ``observatory batch``, named by their content.

A partition is a list of normalised records (what ingest would store).  Its name is a
hash of the records' content hashes, so the same input always yields the same names:
a re-run finds the partitions already written and skips them (idempotent), and a run
that was killed resumes where it stopped.

A worker writes a partition's four Parquet files (documents with their run status,
event, casualty and control claims, the store's columns keyed by content hash) into a
temporary folder and renames it into place when all are written, so a worker killed
mid-write leaves no half-written partition, only a temporary folder that is ignored.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

import fsspec
import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import JSON, Boolean, Date, Float, Integer

from observatory.ingest.errors import IngestError
from observatory.ingest.records import RawDocument, content_hash
from observatory.store.claims import CLAIM_KEYS, CLAIM_TABLES, ClaimKind, claim_records

if TYPE_CHECKING:
    from observatory.extract.pipeline import Extractor

PARTITION_PREFIX = "part-"
TEMPORARY_PREFIX = ".tmp-"
CLAIM_FILES: dict[ClaimKind, str] = {"event": "events.parquet", "casualty": "casualties.parquet", "control": "control.parquet"}
DOCUMENT_FIELDS = ("content_hash", "external_id", "source", "title", "url", "published", "text", "origin")


@dataclass(frozen=True)
class Partition:
    name: str
    records: list[dict]


def record_of(document: RawDocument) -> dict:
    """The stored fields of one normalised document, as plain values a task can carry."""
    return {
        "content_hash": content_hash(document.text),
        "external_id": document.external_id,
        "source": document.source,
        "title": document.title,
        "url": document.url,
        "published": document.published,
        "text": document.text,
        "origin": document.origin[:2000],
    }


def partitions(records: Iterable[dict], size: int) -> Iterator[Partition]:
    """Consecutive groups of ``size`` records (a content hash met twice is kept once)."""
    seen: set[str] = set()
    group: list[dict] = []
    for record in records:
        if record["content_hash"] in seen:
            continue
        seen.add(record["content_hash"])
        group.append(record)
        if len(group) == size:
            yield _named(group)
            group = []
    if group:
        yield _named(group)


def _named(records: list[dict]) -> Partition:
    digest = hashlib.sha256("\n".join(record["content_hash"] for record in records).encode()).hexdigest()
    return Partition(digest[:32], records)


@lru_cache(maxsize=2)
def _extractor(budget: float | None) -> Extractor:
    """One extractor per worker process and budget (lexicons and gazetteer load once)."""
    from observatory.extract.pipeline import Extractor

    return Extractor(budget=budget)


def process_partition(out: str, partition: Partition, budget: float | None) -> dict:
    """Extract one partition and write it atomically; returns what it did.

    Runs on a Dask worker: the extractor is built once per worker process.  Dask runs
    tasks in a worker thread, out of reach of the budget's timer signal; the
    extractor's own checks of its thread's CPU clock enforce the budget there, so a
    document over it is written as failed and the partition goes on.
    """
    fs, root = fsspec.core.url_to_fs(out)
    final = f"{root}/{PARTITION_PREFIX}{partition.name}"
    if fs.exists(final):
        return {"partition": partition.name, "documents": 0, "skipped": True, "failed": 0}
    tables = _extract(_extractor(budget), partition.records)
    temporary = f"{root}/{TEMPORARY_PREFIX}{partition.name}-{uuid.uuid4().hex[:8]}"
    fs.makedirs(temporary, exist_ok=True)
    for filename, table in tables.items():
        with fs.open(f"{temporary}/{filename}", "wb") as handle:
            pq.write_table(table, handle)
    if fs.exists(final):  # another attempt of the same partition finished first
        fs.rm(temporary, recursive=True)
    else:
        fs.mv(temporary, final, recursive=True)
    failed = sum(1 for status in tables["documents.parquet"].column("status").to_pylist() if status == "failed")
    return {"partition": partition.name, "documents": len(partition.records), "skipped": False, "failed": failed}


def _extract(extractor: Extractor, records: list[dict]) -> dict[str, pa.Table]:
    """Documents (with run status) and claim tables of one partition."""
    from observatory.extract.pipeline import EXTRACTOR_VERSION
    from observatory.models import Document

    documents: list[dict] = []
    claims: dict[ClaimKind, list[dict]] = {kind: [] for kind in CLAIM_FILES}
    for record in records:
        published = record["published"]
        model = Document(
            id=record["external_id"] or record["content_hash"][:12],
            title=record["title"],
            source=record["source"],
            url=record["url"],
            published=published.isoformat() if published else None,
        )
        status, error = "ok", None
        try:
            result = extractor.extract(record["text"], model)
        except Exception as failure:  # one unreadable report must not fail its partition
            status, error = "failed", f"{type(failure).__name__}: {failure}"
        else:
            for kind, rows in claim_records(result).items():
                claims[kind].extend({**row, "content_hash": record["content_hash"]} for row in rows)
        documents.append({**record, "extractor_version": EXTRACTOR_VERSION, "status": status, "error": error})
    tables = {"documents.parquet": pa.Table.from_pylist(documents, schema=DOCUMENT_SCHEMA)}
    for kind, filename in CLAIM_FILES.items():
        schema = claim_schema(kind)
        rows = [{key: _plain(value) for key, value in row.items()} for row in claims[kind]]
        tables[filename] = pa.Table.from_pylist(rows, schema=schema)
    return tables


def _plain(value):
    """JSON columns travel as JSON text; Parquet has no type for arbitrary structures."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


DOCUMENT_SCHEMA = pa.schema(
    [(name, pa.date32() if name == "published" else pa.string()) for name in DOCUMENT_FIELDS]
    + [("extractor_version", pa.string()), ("status", pa.string()), ("error", pa.string())]
)


def claim_schema(kind: str) -> pa.Schema:
    """The claim table's columns (less the store's ids) and the document's content hash."""
    table = CLAIM_TABLES[kind].__table__
    fields = [(column.key, _arrow_type(column.type)) for column in table.columns if column.key not in CLAIM_KEYS]
    return pa.schema([*fields, ("content_hash", pa.string())])


def _arrow_type(sql_type) -> pa.DataType:
    if isinstance(sql_type, JSON):
        return pa.string()
    if isinstance(sql_type, Date):
        return pa.date32()
    if isinstance(sql_type, Integer):
        return pa.int64()
    if isinstance(sql_type, Float):
        return pa.float64()
    if isinstance(sql_type, Boolean):
        return pa.bool_()
    return pa.string()


def finished_partitions(out: str) -> list[str]:
    """Paths of the partitions written under ``out`` (temporary folders are not)."""
    fs, root = fsspec.core.url_to_fs(out)
    if not fs.exists(root):
        return []
    names = [path.rstrip("/").rsplit("/", 1)[-1] for path in fs.ls(root, detail=False)]
    return sorted(f"{root}/{name}" for name in names if name.startswith(PARTITION_PREFIX))


def read_records(arguments: list[str], on_error) -> Iterator[dict]:
    """Normalised records from JSON Lines, folders, Parquet (local or fsspec URLs).

    Bad records are passed to ``on_error`` (file and line named) and skipped.
    """
    for argument in arguments:
        if argument.endswith(".parquet") or _is_parquet_folder(argument):
            yield from _parquet_records(argument, on_error)
        elif "://" in argument and not argument.startswith(("http://", "https://", "file://")):
            yield from _remote_jsonl_records(argument, on_error)
        else:
            yield from _local_records(argument, on_error)


def _local_records(argument: str, on_error) -> Iterator[dict]:
    from observatory.ingest.inputs import expand

    for item in expand([argument]):
        if isinstance(item, IngestError):
            on_error(item)
            continue
        try:
            for document in item.documents():
                if isinstance(document, IngestError):
                    on_error(document)
                else:
                    yield record_of(document)
        except IngestError as error:
            on_error(error)


def _remote_jsonl_records(url: str, on_error) -> Iterator[dict]:
    """JSON Lines behind an fsspec URL, read line by line (constant memory)."""
    from observatory.ingest.jsonl import parse_line

    with fsspec.open(url, "rb") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                try:
                    yield record_of(parse_line(line, f"{url}:{number}"))
                except IngestError as error:
                    on_error(error)


def _is_parquet_folder(argument: str) -> bool:
    fs, root = fsspec.core.url_to_fs(argument)
    return fs.isdir(root) and any(str(path).endswith(".parquet") for path in fs.find(root))


def _parquet_records(argument: str, on_error) -> Iterator[dict]:
    """Rows of Parquet files (columns as in JSON Lines: id, text, published, ...), batch by batch."""
    import pyarrow.dataset as ds

    from observatory.ingest.records import clean_str, parse_date, require_text

    fs, root = fsspec.core.url_to_fs(argument)
    dataset = ds.dataset(root, filesystem=fs, format="parquet")
    wanted = [name for name in ("id", "text", "published", "title", "source", "url") if name in dataset.schema.names]
    row_number = 0
    for batch in dataset.to_batches(columns=wanted):
        for row in batch.to_pylist():
            row_number += 1
            origin = f"{argument}:row {row_number}"
            try:
                published = row.get("published")
                day = published if isinstance(published, date) else parse_date(published, origin)
                yield record_of(
                    RawDocument(
                        text=require_text(row.get("text") or "", origin),
                        origin=origin,
                        title=clean_str(row.get("title")),
                        published=day,
                        source=clean_str(row.get("source")),
                        url=clean_str(row.get("url")),
                        external_id=None if row.get("id") is None else str(row["id"]),
                    )
                )
            except IngestError as error:
                on_error(error)
