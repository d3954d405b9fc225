"""Alembic environment: runs on the connection ``store.db.migrate`` hands over.

Every module under ``store.tables`` is imported so the shared metadata knows all
tables (for ``alembic revision --autogenerate`` while developing); the migrations
themselves are written by hand.
"""

from __future__ import annotations

import importlib
import pkgutil

from alembic import context
from sqlalchemy import create_engine

import observatory.store.tables as tables_package
from observatory.store.base import Base

for _module in pkgutil.iter_modules(tables_package.__path__):
    importlib.import_module(f"{tables_package.__name__}.{_module.name}")

target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    """Emit SQL instead of executing it (``alembic upgrade --sql``)."""
    context.configure(
        url=context.config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        return
    url = context.config.get_main_option("sqlalchemy.url")
    if url is None:
        raise RuntimeError("alembic: no connection handed over and no sqlalchemy.url configured")
    engine = create_engine(url)
    with engine.begin() as own_connection:
        _configure(own_connection)
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
