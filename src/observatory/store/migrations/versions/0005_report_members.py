"""Report members: event-less reports taking part in incidents (mirrors ``IncidentReport``)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_report_members"
down_revision = "0004_web"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "incident_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date(), nullable=True),
        sa.Column("date_end", sa.Date(), nullable=True),
        sa.Column("date_precision", sa.Integer(), nullable=True),
        sa.Column("place_name", sa.String(300), nullable=True),
        sa.Column("place_id", sa.String(100), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("where_prec", sa.Integer(), nullable=True),
        sa.Column("feature", sa.String(60), nullable=True),
        sa.Column("admin1", sa.String(200), nullable=True),
        sa.Column("admin2", sa.String(200), nullable=True),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_incident_reports"),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incidents.id"], name="fk_incident_reports_incident_id_incidents", ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_incident_reports_document_id_documents", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["run_id"], ["extraction_runs.id"], name="fk_incident_reports_run_id_extraction_runs", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", name="uq_incident_reports_document_id"),
    )
    op.create_index("ix_incident_reports_incident_id", "incident_reports", ["incident_id"])
    op.create_index("ix_incident_reports_run_id", "incident_reports", ["run_id"])


def downgrade() -> None:
    op.drop_index("ix_incident_reports_run_id", table_name="incident_reports")
    op.drop_index("ix_incident_reports_incident_id", table_name="incident_reports")
    op.drop_table("incident_reports")
