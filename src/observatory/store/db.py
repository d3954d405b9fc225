"""Engines, migrations and sessions: the one way every area reaches the database.

The same code serves the embedded SQLite default and PostgreSQL; only the URL differs
(``config.database_url``).  Migrations are run programmatically from the package's own
Alembic folder, so an installed package needs no ``alembic.ini`` and every CLI verb can
call ``migrate`` on start to bring any database (new or old) up to date.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session

from observatory import config

MIGRATIONS = Path(__file__).parent / "migrations"


def make_engine(url: str | None = None) -> Engine:
    """Create an engine for ``url`` (None: ``--db``-less default from the environment)."""
    resolved = config.database_url(url)
    if resolved.startswith("sqlite"):
        engine = create_engine(resolved, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(resolved, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """Foreign keys on (SQLite ignores them unless asked; cascades need them), and the
    write-ahead log with ``synchronous=NORMAL``: a commit then appends to the log instead
    of syncing the database file twice, which is what made one-document transactions
    slow, and readers (the web app) no longer block the writer.  A committed transaction
    survives a crash of the process; only a power cut may lose the last commits."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    if _is_file_database(dbapi_connection):
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _is_file_database(dbapi_connection) -> bool:
    """In-memory databases have no log to write ahead of."""
    cursor = dbapi_connection.cursor()
    try:
        return any(row[2] for row in cursor.execute("PRAGMA database_list") if row[1] == "main")
    finally:
        cursor.close()


def alembic_config(engine: Engine | None = None) -> Config:
    """An Alembic config pointing at the packaged migrations (no ini file involved)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:
        cfg.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%"))
    return cfg


def migrate(url_or_engine: str | Engine | None = None) -> Engine:
    """Upgrade the database to the newest schema; a no-op when it is already there."""
    engine = url_or_engine if isinstance(url_or_engine, Engine) else make_engine(url_or_engine)
    cfg = alembic_config(engine)
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")
    return engine


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """One unit of work: commit when the block succeeds, roll back when it raises."""
    session = Session(engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
