"""Incident redirects: where an incident id that fusion made disappear now lives.

Reviewers' merges redirected through the review log only; the table is filled here from
the applied, unreverted merges whose absorbed incident is gone, so one record serves both.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011_redirect"
down_revision = "0010_s20_dedup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    redirects = op.create_table(
        "incident_redirects",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("into_id", sa.Integer(), nullable=False),
        sa.Column("cause", sa.String(length=16), nullable=False),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
    )
    op.create_index("ix_incident_redirects_incident_id", "incident_redirects", ["incident_id"])
    op.bulk_insert(redirects, _review_merges())


def _review_merges() -> list[dict]:
    """The reviewers' merges still in force whose absorbed incident no longer exists."""
    bind = op.get_bind()
    decisions = sa.table("review_decisions", sa.column("id", sa.Integer), sa.column("action", sa.String),
                         sa.column("target_kind", sa.String), sa.column("target_id", sa.Integer),
                         sa.column("after", sa.JSON), sa.column("pending", sa.Boolean))
    incidents = sa.table("incidents", sa.column("id", sa.Integer))
    reverted = set(bind.execute(sa.select(decisions.c.target_id).where(decisions.c.action == "revert")).scalars())
    existing = set(bind.execute(sa.select(incidents.c.id)).scalars())
    merges = bind.execute(sa.select(decisions.c.id, decisions.c.target_id, decisions.c.after).where(
        decisions.c.action == "merge", decisions.c.target_kind == "incident",
        decisions.c.pending.is_(False)).order_by(decisions.c.id))
    latest = {target: (decision, (after or {}).get("into")) for decision, target, after in merges
              if decision not in reverted}
    return [{"incident_id": target, "into_id": int(into), "cause": "review", "decision_id": decision}
            for target, (decision, into) in latest.items() if into is not None and target not in existing]


def downgrade() -> None:
    op.drop_index("ix_incident_redirects_incident_id", table_name="incident_redirects")
    op.drop_table("incident_redirects")
