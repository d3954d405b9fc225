"""Review pages: the queue, one claim with its correction form, incident actions,
resolving places, and the audit log.  Changing anything needs the reviewer role."""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.fuse.review import ReviewError, list_decisions
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import Incident
from observatory.web.bounds import MAX_ID, IdPath, PageQuery, PlaceQuery, SearchQuery
from observatory.web.deps import db_session
from observatory.web.highlight import Mark, segments
from observatory.web.incident_reads import incident_of_claim
from observatory.web.places import PlaceError, resolve_place, search_places
from observatory.web.review_queue import pending_claims, unresolved_places
from observatory.web.reviewing import (
    apply_pending_in_background,
    CLAIM_TABLES,
    URL_KINDS,
    as_form_text,
    claim_values,
    earlier_corrections,
    review_claim,
    review_incident,
)
from observatory.web.security import Principal, page_reviewer, page_user
from observatory.web.templating import flash, render

router = APIRouter(include_in_schema=False)
CONTEXT_CHARS = 400


def _target_kind(kind: str) -> str:
    if kind not in URL_KINDS:
        raise HTTPException(status_code=404, detail="claim kinds are event, casualty and control")
    return URL_KINDS[kind]


@router.get("/review")
def review_queue(
    request: Request, q: PlaceQuery = "", user: Principal = Depends(page_user), session: Session = Depends(db_session)
):
    """The queue; ``q`` looks a name up in the gazetteer, to resolve a place to an existing id."""
    found = search_places(request.app.state.engine.url.render_as_string(hide_password=False), q)
    return render(request, "review.html", user, pending=pending_claims(session, limit=100),
                  places=unresolved_places(session, limit=100), q=q, found=found)


@router.get("/claims/{kind}/{claim_id}")
def claim_page(
    request: Request, kind: str, claim_id: IdPath, user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    target = _target_kind(kind)
    row = session.get(CLAIM_TABLES[target], claim_id)
    if row is None:
        raise HTTPException(status_code=404, detail="no such claim")
    document = session.get(DocumentRow, row.document_id)
    span = row.evidence[0] if row.evidence else {"start": 0, "end": 0}
    start = max(0, span["start"] - CONTEXT_CHARS)
    end = min(len(document.text), span["end"] + CONTEXT_CHARS)
    marks = [Mark(s["start"] - start, s["end"] - start, kind, f"{kind}-{row.id}") for s in row.evidence or []]
    pieces = segments(document.text[start:end], marks)
    values = claim_values(target, row, earlier_corrections(session, target, row))
    fields = [(name, as_form_text(value)) for name, value in values.items()]
    history, _ = list_decisions(session, target_kind=target, target_id=claim_id, per_page=100)
    return render(request, "claim.html", user, kind=kind, row=row, document=document, pieces=pieces,
                  clipped=(start > 0, end < len(document.text)), fields=fields, history=history,
                  incident_id=incident_of_claim(session, kind, claim_id))


@router.post("/claims/{kind}/{claim_id}/review")
async def claim_review(
    request: Request, kind: str, claim_id: IdPath, user: Principal = Depends(page_reviewer),
    session: Session = Depends(db_session),
):
    target = _target_kind(kind)
    form = await request.form()
    submitted = {key: str(value) for key, value in form.items()}
    try:
        review_claim(session, user.name, target, claim_id, submitted.get("action", ""), submitted,
                     submitted.get("reason") or None)
        session.commit()
        flash(request, f"Recorded: {submitted.get('action')} {kind} claim {claim_id}.")
    except ReviewError as error:
        session.rollback()
        flash(request, f"Not recorded: {error}", error=True)
    return RedirectResponse(f"/claims/{kind}/{claim_id}", status_code=303)


@router.post("/incidents/{incident_id}/review")
async def incident_review(
    request: Request, incident_id: IdPath, background: BackgroundTasks, user: Principal = Depends(page_reviewer),
    session: Session = Depends(db_session),
):
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise HTTPException(status_code=404, detail="no such incident")
    form = await request.form()
    lists = ("claims", "reports")  # the split form's checkboxes: event claim ids, report members' document ids
    submitted = {key: str(value) for key, value in form.items() if key not in lists}
    submitted.update({key: ",".join(str(value) for value in form.getlist(key)) for key in lists})
    action = submitted.get("action", "")
    try:
        decision = review_incident(session, user.name, incident, action, submitted, submitted.get("reason") or None)
        session.commit()
        if decision.pending:
            background.add_task(apply_pending_in_background, request.app.state.engine)
        flash(request, f"Recorded: {action} incident {incident_id}.")
    except ReviewError as error:
        session.rollback()
        flash(request, f"Not recorded: {error}", error=True)
    return RedirectResponse(_after_review(session, incident_id, submitted), status_code=303)


def _after_review(session: Session, incident_id: int, submitted: dict[str, str]) -> str:
    """Where to go next: the incident, the one it was merged into, or the list if it is gone."""
    target = submitted.get("into", "") if submitted.get("action") == "merge" else ""
    for candidate in (target, str(incident_id)):
        if candidate.isdigit() and int(candidate) <= MAX_ID and session.get(Incident, int(candidate)) is not None:
            return f"/incidents/{candidate}"
    return "/incidents"


@router.post("/places/resolve")
async def place_resolve(
    request: Request, user: Principal = Depends(page_reviewer), session: Session = Depends(db_session)
):
    form = await request.form()
    submitted = {key: str(value) for key, value in form.items()}
    try:
        count = resolve_place(session, user.name, submitted)
        session.commit()
        flash(request, f"Resolved {submitted.get('name')!s}: {count} claims updated, gazetteer extended.")
    except (PlaceError, ReviewError) as error:
        session.rollback()
        flash(request, f"Not resolved: {error}", error=True)
    return RedirectResponse("/review#places", status_code=303)


@router.get("/audit")
def audit_log(
    request: Request, page: PageQuery = 1, who: SearchQuery = None, user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    page = max(page, 1)
    decisions, total = list_decisions(session, user=who or None, page=page, per_page=50)
    return render(request, "audit.html", user, decisions=decisions, total=total, page=page, per_page=50,
                  params={"who": who})
