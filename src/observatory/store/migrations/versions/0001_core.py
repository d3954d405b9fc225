"""Core tables: sources, documents, actors, extraction runs and the three claim kinds.

Written by hand to mirror ``store/tables/core.py``; constraint and index names follow
the naming convention in ``store/base.py`` so SQLite and PostgreSQL end up identical.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_core"
down_revision = None
branch_labels = None
depends_on = None


def _claim_columns() -> list[sa.Column]:
    """Columns shared by every claim table (mirrors ``_ClaimColumns``)."""
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(20), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
    ]


def _claim_keys(table: str) -> list[sa.schema.SchemaItem]:
    return [
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
        sa.ForeignKeyConstraint(
            ["run_id"], ["extraction_runs.id"], name=f"fk_{table}_run_id_extraction_runs", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=f"fk_{table}_document_id_documents", ondelete="CASCADE"
        ),
    ]


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sources"),
        sa.UniqueConstraint("name", name="uq_sources_name"),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("external_id", sa.String(300), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.String(2000), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(16), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("origin", sa.String(2000), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name="fk_documents_source_id_sources"),
        sa.UniqueConstraint("content_hash", name="uq_documents_content_hash"),
    )
    _indexes("documents", "external_id", "source_id", "published")
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("nationality", sa.String(16), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_actors"),
        sa.UniqueConstraint("name", name="uq_actors_name"),
    )
    op.create_table(
        "extraction_runs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("extractor_version", sa.String(40), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_extraction_runs"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_extraction_runs_document_id_documents", ondelete="CASCADE"
        ),
    )
    _indexes("extraction_runs", "document_id")

    op.create_table(
        "event_claims",
        *_claim_columns(),
        sa.Column("event_type", sa.String(60), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Integer(), nullable=True),
        sa.Column("place_name", sa.String(300), nullable=True),
        sa.Column("place_id", sa.String(100), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("admin1", sa.String(200), nullable=True),
        sa.Column("admin2", sa.String(200), nullable=True),
        sa.Column("where_prec", sa.Integer(), nullable=True),
        sa.Column("actors", sa.JSON(), nullable=False),
        *_claim_keys("event_claims"),
    )
    _indexes("event_claims", "run_id", "document_id", "sub_event_type", "date_start", "place_id")

    op.create_table(
        "casualty_claims",
        *_claim_columns(),
        sa.Column("event_local_id", sa.String(20), nullable=True),
        sa.Column("parent_local_id", sa.String(20), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(300), nullable=True),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("nationality", sa.String(16), nullable=True),
        sa.Column("scope", sa.String(16), nullable=False),
        sa.Column("period_start", sa.Date(), nullable=True),
        sa.Column("period_end", sa.Date(), nullable=True),
        *_claim_keys("casualty_claims"),
    )
    _indexes("casualty_claims", "run_id", "document_id", "status", "actor")

    op.create_table(
        "control_claims",
        *_claim_columns(),
        sa.Column("place_name", sa.String(300), nullable=False),
        sa.Column("place_id", sa.String(100), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("where_prec", sa.Integer(), nullable=True),
        sa.Column("gained_by", sa.String(300), nullable=True),
        sa.Column("lost_by", sa.String(300), nullable=True),
        sa.Column("change", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Integer(), nullable=True),
        *_claim_keys("control_claims"),
    )
    _indexes("control_claims", "run_id", "document_id", "place_id", "date_start")


def downgrade() -> None:
    for table in ("control_claims", "casualty_claims", "event_claims", "extraction_runs", "actors", "documents", "sources"):
        op.drop_table(table)
