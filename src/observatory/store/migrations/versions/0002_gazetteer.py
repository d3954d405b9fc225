"""Gazetteer tables: places, names and the unresolved-toponym queue.

Written by hand to mirror ``store/tables/gazetteer.py``.  On SQLite an FTS5 index over
the names (kept in step by triggers) serves ``gazetteer search`` and the web app; on
PostgreSQL a plain index on the normalised key does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002_gazetteer"
down_revision = "0001_core"
branch_labels = None
depends_on = None

_FTS_STATEMENTS = (
    "CREATE VIRTUAL TABLE gazetteer_names_fts USING fts5("
    "name, content='gazetteer_names', content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER gazetteer_names_ai AFTER INSERT ON gazetteer_names BEGIN "
    "INSERT INTO gazetteer_names_fts(rowid, name) VALUES (new.id, new.name); END",
    "CREATE TRIGGER gazetteer_names_ad AFTER DELETE ON gazetteer_names BEGIN "
    "INSERT INTO gazetteer_names_fts(gazetteer_names_fts, rowid, name) VALUES ('delete', old.id, old.name); END",
    "CREATE TRIGGER gazetteer_names_au AFTER UPDATE ON gazetteer_names BEGIN "
    "INSERT INTO gazetteer_names_fts(gazetteer_names_fts, rowid, name) VALUES ('delete', old.id, old.name); "
    "INSERT INTO gazetteer_names_fts(rowid, name) VALUES (new.id, new.name); END",
)


def upgrade() -> None:
    op.create_table(
        "gazetteer_places",
        sa.Column("id", sa.String(120), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("feature", sa.String(40), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("country", sa.String(8), nullable=True),
        sa.Column("admin1", sa.String(120), nullable=True),
        sa.Column("admin2", sa.String(120), nullable=True),
        sa.Column("population", sa.Integer(), nullable=False),
        sa.Column("precision", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(60), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gazetteer_places"),
    )
    for column in ("country", "admin1", "source"):
        op.create_index(f"ix_gazetteer_places_{column}", "gazetteer_places", [column])
    op.create_table(
        "gazetteer_names",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_id", sa.String(120), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gazetteer_names"),
        sa.ForeignKeyConstraint(["place_id"], ["gazetteer_places.id"],
                                name="fk_gazetteer_names_place_id_gazetteer_places", ondelete="CASCADE"),
    )
    op.create_index("ix_gazetteer_names_place_id", "gazetteer_names", ["place_id"])
    op.create_index("ix_gazetteer_names_key", "gazetteer_names", ["key"])
    op.create_table(
        "gazetteer_unresolved",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("example", sa.Text(), nullable=True),
        sa.Column("document", sa.String(300), nullable=True),
        sa.Column("resolved_place_id", sa.String(120), nullable=True),
        sa.Column("first_seen", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_gazetteer_unresolved"),
        sa.UniqueConstraint("key", name="uq_gazetteer_unresolved_key"),
        sa.ForeignKeyConstraint(["resolved_place_id"], ["gazetteer_places.id"],
                                name="fk_gazetteer_unresolved_resolved_place_id_gazetteer_places",
                                ondelete="SET NULL"),
    )
    op.create_index("ix_gazetteer_unresolved_resolved_place_id", "gazetteer_unresolved", ["resolved_place_id"])
    if op.get_bind().dialect.name == "sqlite":
        for statement in _FTS_STATEMENTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in ("gazetteer_names_ai", "gazetteer_names_ad", "gazetteer_names_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS gazetteer_names_fts")
    op.drop_table("gazetteer_unresolved")
    op.drop_table("gazetteer_names")
    op.drop_table("gazetteer_places")
