"""Loading finished partitions into PostgreSQL with ``COPY``.

Each partition is loaded in one transaction: its rows are copied into temporary tables,
then inserted into the store's tables by content hash.  A document already stored is
not stored again, and a document that already has a run of the partition's extractor
version gets no second run, so loading the same partitions twice changes nothing.
``observatory fuse`` then links the new claims as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass

import fsspec
import pyarrow.parquet as pq
from sqlalchemy import Engine

from observatory.batch.partitions import CLAIM_FILES, DOCUMENT_SCHEMA, claim_schema
from observatory.store.claims import CLAIM_TABLES

_DOCUMENT_COLUMNS = [field.name for field in DOCUMENT_SCHEMA]


@dataclass
class LoadStats:
    partitions: int = 0
    documents: int = 0
    runs: int = 0


def load_partitions(engine: Engine, paths: list[str], on_done: Callable[[], None] | None = None) -> LoadStats:
    """Copy every partition folder in ``paths`` into the store (PostgreSQL only)."""
    if engine.dialect.name != "postgresql":
        raise ValueError(f"batch load copies into PostgreSQL; {engine.dialect.name} is not supported")
    stats = LoadStats()
    for path in paths:
        connection = engine.raw_connection()
        try:
            with closing(connection.cursor()) as cursor:
                added, runs = _load_one(cursor, path)
            connection.commit()
        except BaseException:
            connection.rollback()
            raise
        finally:
            connection.close()
        stats.partitions += 1
        stats.documents += added
        stats.runs += runs
        if on_done:
            on_done()
    return stats


def _read(path: str, filename: str):
    fs, root = fsspec.core.url_to_fs(path)
    with fs.open(f"{root}/{filename}", "rb") as handle:
        return pq.read_table(handle)


def _copy(cursor, table: str, columns: list[str], rows: list[tuple]) -> None:
    with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _load_one(cursor, path: str) -> tuple[int, int]:
    """One partition's documents, runs and claims; returns (new documents, new runs)."""
    documents = _read(path, "documents.parquet")
    cursor.execute(
        "CREATE TEMP TABLE batch_documents (content_hash text, external_id text, source text, title text, "
        "url text, published date, text text, origin text, extractor_version text, status text, error text) "
        "ON COMMIT DROP"
    )
    _copy(cursor, "batch_documents", _DOCUMENT_COLUMNS, [tuple(row.values()) for row in documents.to_pylist()])
    cursor.execute(
        "INSERT INTO sources (name) SELECT DISTINCT source FROM batch_documents WHERE source IS NOT NULL "
        "ON CONFLICT (name) DO NOTHING"
    )
    cursor.execute(
        "INSERT INTO documents (external_id, source_id, title, url, published, language, text, content_hash, origin) "
        "SELECT b.external_id, s.id, b.title, b.url, b.published, 'en', b.text, b.content_hash, b.origin "
        "FROM batch_documents b LEFT JOIN sources s ON s.name = b.source "
        "ON CONFLICT (content_hash) DO NOTHING"
    )
    added = cursor.rowcount
    cursor.execute(
        "CREATE TEMP TABLE batch_runs ON COMMIT DROP AS "
        "SELECT b.content_hash, d.id AS document_id, "
        "nextval(pg_get_serial_sequence('extraction_runs', 'id')) AS run_id, b.extractor_version, b.status, b.error "
        "FROM batch_documents b JOIN documents d ON d.content_hash = b.content_hash "
        "WHERE NOT EXISTS (SELECT 1 FROM extraction_runs r WHERE r.document_id = d.id "
        "AND r.extractor_version = b.extractor_version)"
    )
    runs = cursor.rowcount
    cursor.execute(
        "INSERT INTO extraction_runs (id, document_id, extractor_version, status, error) "
        "SELECT run_id, document_id, extractor_version, status, error FROM batch_runs ORDER BY run_id"
    )
    for kind, filename in CLAIM_FILES.items():
        _load_claims(cursor, kind, _read(path, filename))
    _register_actors(cursor)
    return added, runs


def _load_claims(cursor, kind: str, table) -> None:
    if table.num_rows == 0:
        return
    target = CLAIM_TABLES[kind].__tablename__
    columns = [field.name for field in claim_schema(kind)]
    claim_columns = [name for name in columns if name != "content_hash"]
    staging = f"batch_{target}"
    cursor.execute(
        f"CREATE TEMP TABLE {staging} ON COMMIT DROP AS SELECT {', '.join(claim_columns)} FROM {target} WITH NO DATA"
    )
    cursor.execute(f"ALTER TABLE {staging} ADD COLUMN content_hash text")
    _copy(cursor, staging, columns, [tuple(row[name] for name in columns) for row in table.to_pylist()])
    cursor.execute(
        f"INSERT INTO {target} (run_id, document_id, {', '.join(claim_columns)}) "
        f"SELECT r.run_id, r.document_id, {', '.join('c.' + name for name in claim_columns)} "
        f"FROM {staging} c JOIN batch_runs r ON r.content_hash = c.content_hash WHERE r.status = 'ok'"
    )


def _register_actors(cursor) -> None:
    """Canonical actors named by the new event claims, as ``save_extraction`` registers them."""
    if not _exists(cursor, "batch_event_claims"):  # the partition had no event claims
        return
    cursor.execute(
        "INSERT INTO actors (name, type) SELECT DISTINCT ON (a->>'name') a->>'name', a->>'type' "
        "FROM batch_event_claims c, json_array_elements(c.actors::json) a "
        "ON CONFLICT (name) DO NOTHING"
    )


def _exists(cursor, table: str) -> bool:
    cursor.execute("SELECT to_regclass(%s) IS NOT NULL", (f"pg_temp.{table}",))
    return bool(cursor.fetchone()[0])
