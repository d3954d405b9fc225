"""Fusion tables: incidents, links, casualty attachments, tolls, control states, reviews.

Written by hand to mirror ``store/tables/fusion.py``; names follow ``store/base.py``.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_fusion"
down_revision = "0002_gazetteer"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}", ondelete="CASCADE"
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(f"ix_{table}_{column}", table, [column])


def upgrade() -> None:
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.String(60), nullable=False),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("place_name", sa.String(300), nullable=True),
        sa.Column("place_id", sa.String(100), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("where_prec", sa.Integer(), nullable=True),
        sa.Column("admin1", sa.String(200), nullable=True),
        sa.Column("admin2", sa.String(200), nullable=True),
        sa.Column("actors", sa.JSON(), nullable=False),
        sa.Column("actors_key", sa.Text(), nullable=False),
        sa.Column("sources_key", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("deaths_low", sa.Integer(), nullable=True),
        sa.Column("deaths_best", sa.Integer(), nullable=True),
        sa.Column("deaths_high", sa.Integer(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("n_claims", sa.Integer(), nullable=False),
        sa.Column("reviewed", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incidents"),
    )
    _indexes(
        "incidents",
        "date_start",
        "date_end",
        "event_type",
        "sub_event_type",
        "place_name",
        "admin1",
        "deaths_best",
        "n_sources",
        "reviewed",
    )
    op.create_index("ix_incidents_date_start_id", "incidents", ["date_start", "id"])

    op.create_table(
        "incident_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("event_claim_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incident_links"),
        _fk("incident_links", "incident_id", "incidents"),
        _fk("incident_links", "event_claim_id", "event_claims"),
        _fk("incident_links", "document_id", "documents"),
        sa.UniqueConstraint("event_claim_id", name="uq_incident_links_event_claim_id"),
    )
    _indexes("incident_links", "incident_id", "document_id")

    op.create_table(
        "incident_casualties",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("casualty_claim_id", sa.Integer(), nullable=False),
        sa.Column("via", sa.String(16), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incident_casualties"),
        _fk("incident_casualties", "incident_id", "incidents"),
        _fk("incident_casualties", "casualty_claim_id", "casualty_claims"),
        sa.UniqueConstraint("casualty_claim_id", name="uq_incident_casualties_casualty_claim_id"),
    )
    _indexes("incident_casualties", "incident_id")

    op.create_table(
        "incident_tolls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(300), nullable=True),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("subset_of", sa.String(340), nullable=True),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("best", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("claim_ids", sa.JSON(), nullable=False),
        sa.Column("document_ids", sa.JSON(), nullable=False),
        sa.Column("aggregate", sa.Boolean(), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_incident_tolls"),
        _fk("incident_tolls", "incident_id", "incidents"),
    )
    _indexes("incident_tolls", "incident_id", "actor", "date_start")

    op.create_table(
        "control_states",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("place_key", sa.String(300), nullable=False),
        sa.Column("place_name", sa.String(300), nullable=False),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("admin1", sa.String(200), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("actor", sa.String(300), nullable=True),
        sa.Column("date_start", sa.Date(), nullable=False),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("claim_ids", sa.JSON(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_control_states"),
    )
    _indexes("control_states", "place_key", "place_name", "date_start", "date_end")

    op.create_table(
        "review_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user", sa.String(100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("target_kind", sa.String(20), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_review_decisions"),
    )
    _indexes("review_decisions", "user", "created_at")
    op.create_index("ix_review_decisions_target", "review_decisions", ["target_kind", "target_id"])


def downgrade() -> None:
    for table in (
        "review_decisions",
        "control_states",
        "incident_tolls",
        "incident_casualties",
        "incident_links",
        "incidents",
    ):
        op.drop_table(table)
