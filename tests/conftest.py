"""Database fixtures shared by every area's tests.

``db_url`` runs a test once on a fresh SQLite file and, when ``OBSERVATORY_TEST_PG_URL``
is set (CI always sets it; ``make test`` does too), once more on PostgreSQL in a schema
of its own that is dropped afterwards.  ``engine`` is that database migrated to head.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from observatory.store.db import make_engine, migrate

PG_ENV = "OBSERVATORY_TEST_PG_URL"
SCHEMA_PATH = Path(__file__).resolve().parents[2] / "shared" / "spec" / "extraction.schema.json"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database: a temp SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'observatory.db'}"
        return
    base_url = os.environ.get(PG_ENV)
    if not base_url:
        pytest.skip(f"{PG_ENV} not set")
    yield from _fresh_pg_schema(base_url)


def _fresh_pg_schema(base_url: str) -> Iterator[str]:
    """Create a throwaway schema and hand out a URL whose search_path points at it.

    Commits skip the wait for the disk (``synchronous_commit=off``): test data need not
    survive a crash, and it makes each test's DDL several times faster.
    """
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(_with_pg_options(base_url))
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield _with_pg_options(base_url, f"-csearch_path={schema}")
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def _with_pg_options(url: str, *options: str) -> str:
    joined = " ".join(("-csynchronous_commit=off", *options))
    return make_url(url).update_query_dict({"options": joined}).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def migrated_sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head per session; tests get copies (migrating is the slow part)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    make_engine(f"sqlite:///{path}").dispose()
    migrate(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def engine(db_url: str, migrated_sqlite_template: Path) -> Iterator[Engine]:
    """The ``db_url`` database, migrated to the newest schema."""
    url = make_url(db_url)
    if url.get_backend_name() == "sqlite":
        shutil.copyfile(migrated_sqlite_template, url.database)
    engine = make_engine(db_url)
    migrate(engine)  # a no-op on the copied template; the real migration on PostgreSQL
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def extraction_schema() -> dict:
    """The JSON schema of ``observatory extract --format json`` (from ``shared/`` beside the clone)."""
    if not SCHEMA_PATH.exists():
        pytest.skip(f"{SCHEMA_PATH} not found")
    import json

    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def actor_kb():
    """The built-in actor knowledge base, loaded once: it is read-only in tests."""
    from observatory.kb.actors import ActorKB

    return ActorKB.load()


@pytest.fixture(scope="session")
def extractor():
    """The default extractor, built once: loading the language model and the knowledge
    bases is the slow part, and extraction keeps no state between documents."""
    from observatory.extract.pipeline import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def place_finder():
    """The place finder over the built-in gazetteer, built once (the gazetteer load is the slow part)."""
    from observatory.extract.places import PlaceFinder
    from observatory.kb.gazetteer import Gazetteer
    from observatory.kb.gazetteer.builtin import builtin_places

    return PlaceFinder(Gazetteer(builtin_places()))


@pytest.fixture
def read_tolls(actor_kb, request: pytest.FixtureRequest):
    """``read_tolls(text, published=...)``: the casualty claims of a report.

    The publication date defaults to the test module's ``PUBLISHED``, so each module
    states once which day its reports are dated.
    """
    from observatory.extract.casualties import find_casualties
    from observatory.nlp.sentences import split_sentences

    default = getattr(request.module, "PUBLISHED", None)

    def read(text: str, published=default):
        return find_casualties(text, split_sentences(text), published, actor_kb)

    return read
