"""Casualty claims carry whether they are told as an update of an earlier toll (``is_update``).

Fusion used to re-read each claim's sentence from its document's text on every fuse to ask
this; the extractor now sets ``CasualtyClaim.update`` and fusion reads the column.  Stored
claims are backfilled here, once, from the sentence around each claim's evidence in its
document, with the same update wording the extractor reads (``short_reports.update_at``),
so that a store migrated from the previous schema gives the tolls it gave before without a
re-extraction (marking old rows for the next ``extract`` instead would leave the claims of
an unchanged extractor version unflagged, and their tolls changed, until a new version ran).
A flagged claim's payload (the claim as extracted, which the API shows) gets the field too;
an unflagged one's payload reads as ``update: false`` by the model's default.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict

import sqlalchemy as sa
from alembic import op

revision = "0012_claim_update"
down_revision = "0011_redirect"
branch_labels = None
depends_on = None

_BATCH = 500


def upgrade() -> None:
    op.add_column("casualty_claims", sa.Column("is_update", sa.Boolean(), server_default=sa.false(), nullable=False))
    _backfill()


def _backfill() -> None:
    """Flag the stored claims whose sentence tells their figure as an update, a batch of
    documents at a time (a document's text is read once for all its claims)."""
    from observatory.extract.short_reports import update_at
    from observatory.nlp.sentences import split_sentences

    bind = op.get_bind()
    claims = sa.table("casualty_claims", sa.column("id", sa.Integer), sa.column("document_id", sa.Integer),
                      sa.column("evidence", sa.JSON), sa.column("payload", sa.JSON),
                      sa.column("is_update", sa.Boolean))
    documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    document_ids = sorted(set(bind.execute(sa.select(claims.c.document_id)).scalars()))
    for first in range(0, len(document_ids), _BATCH):
        batch = document_ids[first:first + _BATCH]
        by_document: dict[int, list] = defaultdict(list)
        for row in bind.execute(sa.select(claims.c.id, claims.c.document_id, claims.c.evidence, claims.c.payload)
                                .where(claims.c.document_id.in_(batch))):
            if row.evidence:
                by_document[row.document_id].append(row)
        for document_id, text in bind.execute(sa.select(documents.c.id, documents.c.text)
                                              .where(documents.c.id.in_(batch))):
            sentences = split_sentences(text or "")
            starts = [sentence.start for sentence in sentences]
            for row in by_document[document_id] if sentences else ():
                sentence = sentences[max(bisect_right(starts, row.evidence[0]["start"]) - 1, 0)]
                if update_at(sentence.text) is not None:
                    bind.execute(claims.update().where(claims.c.id == row.id).values(
                        is_update=True, payload={**(row.payload or {}), "update": True}))


def downgrade() -> None:
    with op.batch_alter_table("casualty_claims") as batch:
        batch.drop_column("is_update")
