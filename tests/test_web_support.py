"""Shared helpers for the web tests (imported by ``test_web_*.py``; holds no tests itself).

The store is seeded through the real pipeline — ingest, extract, fuse — from report
texts in ``fixtures/web/reports.jsonl``, so pages and API answers come from real claims.
"""

from __future__ import annotations

import functools
import hashlib
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import Engine, Integer, insert, make_url, select, text

from observatory.extract.pipeline import EXTRACTOR_VERSION, Extractor
from observatory.fuse.incidents import update_incidents
from observatory.ingest.batch import ingest_paths
from observatory.models import Document
from observatory.store.base import Base
from observatory.store.claims import save_extraction
from observatory.store.db import make_engine, migrate, session_scope
from observatory.store.extraction import extract_documents
from observatory.store.tables import core, fusion, gazetteer, web  # noqa: F401  (every table in Base.metadata)
from observatory.store.tables.core import DocumentRow
from observatory.web.accounts import add_user, create_token
from observatory.web.app import create_app

REPORTS = Path(__file__).parent / "fixtures" / "web" / "reports.jsonl"
PASSWORD = "correct horse battery"
CSRF_INPUT = re.compile(r'name="csrf_token" value="([^"]+)"')


@functools.cache
def extractor() -> Extractor:
    """One extractor per test session: loading the language model is the slow part."""
    return Extractor()


def seed_reports(engine: Engine, path: Path = REPORTS) -> list[int]:
    """Ingest, extract and fuse the fixture reports; returns the document ids."""
    report = ingest_paths(engine, [str(path)])
    assert not report.errors, report.errors
    stats = extract_documents(engine, extractor(), EXTRACTOR_VERSION, report.document_ids)
    assert not stats.failed, stats.failed
    with session_scope(engine) as session:
        update_incidents(session, report.document_ids)
    return report.document_ids


def add_report(engine: Engine, text: str, title: str, published: date) -> int:
    """Store one more report, extract it and fuse it incrementally; returns its document id."""
    with session_scope(engine) as session:
        row = DocumentRow(text=text, title=title, published=published, language="en",
                          content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest())
        session.add(row)
        session.flush()
        result = extractor().extract(text, Document(id=str(row.id), published=published.isoformat()))
        save_extraction(session, row, result, EXTRACTOR_VERSION)
        update_incidents(session, [row.id])
        return row.id


def add_people(engine: Engine) -> dict[str, str]:
    """A viewer, a reviewer and an admin; returns an API token per role."""
    tokens = {}
    with session_scope(engine) as session:
        for role in ("viewer", "reviewer", "admin"):
            add_user(session, role, role, PASSWORD)
            tokens[role] = create_token(session, role, label="tests")
    return tokens


def web_client(engine: Engine) -> TestClient:
    app = create_app(engine.url.render_as_string(hide_password=False), secret="test-secret")
    return TestClient(app)


def csrf_of(client: TestClient, path: str = "/login") -> str:
    """The CSRF token the page at ``path`` embeds in its forms."""
    match = CSRF_INPUT.search(client.get(path).text)
    assert match, f"no CSRF field on {path}"
    return match.group(1)


def log_in(client: TestClient, name: str) -> str:
    """Log in through the form; returns the CSRF token of the new (logged-in) session."""
    token = csrf_of(client)
    response = client.post("/login", data={"name": name, "password": PASSWORD, "csrf_token": token, "next": "/"},
                           follow_redirects=False)
    assert response.status_code == 303, response.text
    return csrf_of(client, "/")


@dataclass(frozen=True)
class SeededTemplate:
    """A seeded SQLite file to copy for each test, and the API tokens of its people."""

    path: Path
    tokens: dict[str, str]


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> SeededTemplate:
    """Run the pipeline once per session; SQLite tests start from copies of the result."""
    path = tmp_path_factory.mktemp("web-template") / "observatory.db"
    engine = migrate(f"sqlite:///{path}")
    seed_reports(engine)
    tokens = add_people(engine)
    engine.dispose()
    return SeededTemplate(path, tokens)


def seeded_engine(db_url: str, template: SeededTemplate) -> tuple[Engine, dict[str, str]]:
    """A seeded store at ``db_url``: a copy of the template for SQLite, a fresh seeding elsewhere."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        shutil.copyfile(template.path, url.database)
        return migrate(db_url), template.tokens
    engine = migrate(make_engine(db_url))
    source = make_engine(f"sqlite:///{template.path}")
    copy_rows(source, engine)
    source.dispose()
    return engine, template.tokens


def copy_rows(source: Engine, target: Engine) -> None:
    """Copy every table's rows (parents first) and move PostgreSQL's id sequences past them."""
    with source.connect() as reading, target.begin() as writing:
        for table in Base.metadata.sorted_tables:
            rows = [dict(row._mapping) for row in reading.execute(select(table))]
            if rows:
                writing.execute(insert(table), rows)
            if "id" in table.c and isinstance(table.c.id.type, Integer) and writing.dialect.name == "postgresql":
                writing.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT COALESCE(MAX(id), 0) + 1 FROM {table.name}), false)"
                ))


@dataclass
class Store:
    """A seeded store, the API tokens of its people, and a client of the app over it."""

    engine: Engine
    tokens: dict[str, str]
    client: TestClient

    def bearer(self, role: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[role]}"}


@pytest.fixture
def store(db_url: str, seeded_template: SeededTemplate) -> Iterator[Store]:
    engine, tokens = seeded_engine(db_url, seeded_template)
    with web_client(engine) as client:
        yield Store(engine, tokens, client)
    engine.dispose()
