"""Incidents record the country their point lies in, so Syria-only views can leave out the rest."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_places_admin"
down_revision = "0007_fusion_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.add_column(sa.Column("country", sa.String(2), nullable=True))
        batch.create_index("ix_incidents_country", ["country"])


def downgrade() -> None:
    with op.batch_alter_table("incidents") as batch:
        batch.drop_index("ix_incidents_country")
        batch.drop_column("country")
