"""The search page: reports containing the words typed, and the incidents they stand behind."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.fuse.read_model import IncidentFilter
from observatory.store.tables.core import DocumentRow
from observatory.web.deps import db_session
from observatory.web.documents import list_documents
from observatory.web.filters import blank
from observatory.web.search import snippet
from observatory.web.security import Principal, page_user
from observatory.web.selection import Selection, list_selection
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)
SHOWN = 20  # of each kind; the full lists are one link away


@router.get("/search")
def search_page(
    request: Request, q: str | None = None, user: Principal = Depends(page_user), session: Session = Depends(db_session)
):
    q = blank(q)
    parts = request.app.state.store_cache.get(session, ("search", q), lambda: _found(session, q)) if q else {}
    return render(request, "search.html", user, q=q or "", **{**NOTHING_FOUND, **parts})


NOTHING_FOUND: dict[str, Any] = dict(incidents=[], n_incidents=0, reports=[], n_reports=0)


def _found(session: Session, q: str) -> dict[str, Any]:
    """The incidents and reports matching ``q`` with snippets (kept by ``web/store_cache.py``
    until the store changes: a team searches the same few words)."""
    incidents, n_incidents = list_selection(session, Selection(IncidentFilter(), q), per_page=SHOWN)
    found, n_reports = list_documents(session, q=q, per_page=SHOWN)
    texts = dict(session.execute(
        select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_([d.id for d in found]))
    ).all())
    reports = [(document, snippet(texts.get(document.id, ""), q)) for document in found]
    return dict(incidents=incidents, n_incidents=n_incidents, reports=reports, n_reports=n_reports)
