"""Documents: the list of reports and one report's text with every extracted claim highlighted."""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from observatory.store.tables.core import DocumentRow
from observatory.web.bounds import IdPath, PageQuery, SearchQuery
from observatory.web.deps import db_session
from observatory.web.documents import (
    claim_marks,
    document_claims,
    list_documents,
    source_names,
)
from observatory.web.highlight import segments
from observatory.web.security import Principal, page_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


@router.get("/documents")
def documents_page(
    request: Request,
    q: SearchQuery = None,
    source: SearchQuery = None,
    page: PageQuery = 1,
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    page = max(page, 1)
    rows, total = list_documents(session, q=q, source=source or None, page=page, per_page=PER_PAGE)
    params = {"q": q, "source": source}
    return render(request, "documents.html", user, rows=rows, total=total, page=page, per_page=PER_PAGE,
                  params=params, sources=source_names(session))


@router.get("/documents/{document_id}")
def document_page(
    request: Request, document_id: IdPath, user: Principal = Depends(page_user), session: Session = Depends(db_session)
):
    document = session.get(DocumentRow, document_id)
    if document is None:
        raise HTTPException(status_code=404, detail="no such document")
    claims = document_claims(session, document_id)
    pieces = segments(document.text, claim_marks(claims))
    return render(request, "document.html", user, document=document, claims=claims, pieces=pieces)
