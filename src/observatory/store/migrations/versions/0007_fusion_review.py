"""Review decisions recorded at once and applied by fusion afterwards (``pending``)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_fusion_review"
down_revision = "0006_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("review_decisions") as table:
        table.add_column(sa.Column("pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        table.create_index("ix_review_decisions_pending", ["pending"])


def downgrade() -> None:
    with op.batch_alter_table("review_decisions") as table:
        table.drop_index("ix_review_decisions_pending")
        table.drop_column("pending")
