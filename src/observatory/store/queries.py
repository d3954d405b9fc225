"""Read-side helpers shared by every area: which extraction run is current.

Claims are append-only, so "the claims" of a document always means the claims of its
latest successful extraction run.  Keeping that rule in one subquery means fusion, the
web app, exports and the CLI summary can never disagree about it.
"""

from __future__ import annotations

from collections.abc import Sequence

from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, select
from sqlalchemy.orm import Session, aliased

from observatory.store.tables.core import ExtractionRun


def current_runs(document_ids: Sequence[int] | None = None) -> Select:
    """Subquery-able select of ``(document_id, run_id)``: the newest successful run per document."""
    query = (
        select(ExtractionRun.document_id, func.max(ExtractionRun.id).label("run_id"))
        .where(ExtractionRun.status == "ok")
        .group_by(ExtractionRun.document_id)
    )
    if document_ids is not None:
        query = query.where(ExtractionRun.document_id.in_(list(document_ids)))
    return query


def is_current_claim(table: Any) -> ColumnElement[bool]:
    """Where-clause form of the same rule for a claim table: no newer successful run of the
    claim's document (claims are written only with successful runs, ``store.claims``).
    A query that first narrows claims by an index (unplaced ones, say) checks just those
    rows this way, instead of joining the per-document grouping of every run."""
    newer = aliased(ExtractionRun)
    return ~exists().where(newer.document_id == table.document_id, newer.status == "ok", newer.id > table.run_id)


def current_run_ids(session: Session, document_ids: Sequence[int] | None = None) -> dict[int, int]:
    """Map document id -> id of its current run (documents never extracted are absent)."""
    return {doc_id: run_id for doc_id, run_id in session.execute(current_runs(document_ids))}


def documents_with_current_version(session: Session, version: str) -> set[int]:
    """Ids of documents whose current run was made by extractor ``version``."""
    runs = current_runs().subquery()
    query = select(runs.c.document_id).join(ExtractionRun, ExtractionRun.id == runs.c.run_id).where(
        ExtractionRun.extractor_version == version
    )
    return set(session.scalars(query))
