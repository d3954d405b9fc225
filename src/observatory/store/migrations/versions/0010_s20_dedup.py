"""Document frequencies of content words, for the rare-word signal of incident matching.

The table starts empty: the next fusion counts every stored document (``fuse.rarity``).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_s20_dedup"
down_revision = "0009_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "word_documents",
        sa.Column("word", sa.String(length=100), primary_key=True),
        sa.Column("documents", sa.Integer(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("word_documents")
