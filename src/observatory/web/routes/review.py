"""Review pages: the queue, one claim with its correction form, incident actions,
resolving places, and the audit log.  Changing anything needs the reviewer role."""

from __future__ import annotations

from dataclasses import replace
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.fuse.decisions import accept_claims
from observatory.fuse.review import ReviewError, list_decisions, unattached
from observatory.fuse.unresolved import open_unresolved
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import Incident
from observatory.web.bounds import MAX_ID, MAX_REASON, IdPath, PageQuery, PlaceQuery, SearchQuery
from observatory.web.deps import db_session
from observatory.web.documents import source_names
from observatory.web.filters import queue_filter
from observatory.web.highlight import Mark, segments
from observatory.web.incident_reads import incident_of_claim
from observatory.web.places import PlaceError, resolve_place, search_places
from observatory.web.review_queue import QUEUE_SORTS, STATUSES, QueueFilter, queue_page
from observatory.web.routes.login import safe_next
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


QUEUE_PER_PAGE = 50
PLACES_PER_PAGE = 50
BULK_LIMIT = 500  # claims one bulk accept may touch: a bounded unit of work per request
def _filter_params(flt: QueueFilter) -> dict[str, str]:
    """The filter as query-string values (empty ones left out), for links and forms."""
    values = {name: getattr(flt, name) for name in QueueFilter.__dataclass_fields__}
    return {name: str(value) for name, value in values.items() if value not in (None, "")}


@router.get("/review")
def review_queue(
    request: Request,
    flt: QueueFilter = Depends(queue_filter),
    sort: str = "confidence",
    page: PageQuery = 1,
    places_page: PageQuery = 1,
    q: PlaceQuery = "",
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    """The queue, paged, filtered and sorted; ``q`` looks a name up in the gazetteer, to
    resolve a place to an existing id."""
    if sort not in QUEUE_SORTS:
        raise HTTPException(status_code=422, detail=f"sort: one of {', '.join(QUEUE_SORTS)}")
    params = {**_filter_params(flt), "sort": sort}
    key = ("review", tuple(sorted(params.items())), page, places_page)
    parts = request.app.state.store_cache.get(session, key,
                                              lambda: _queue_parts(session, flt, sort, page, places_page))
    found = search_places(request.app.state.engine.url.render_as_string(hide_password=False), q)
    return render(request, "review.html", user, **parts, page=page, per_page=QUEUE_PER_PAGE,
                  params=params, flt=flt, sort=sort, sorts=QUEUE_SORTS, statuses=STATUSES, kinds=list(URL_KINDS),
                  places_page=places_page, places_per_page=PLACES_PER_PAGE, q=q, found=found,
                  here=f"/review?{urlencode({**params, 'page': page})}")


def _queue_parts(session: Session, flt: QueueFilter, sort: str, page: int, places_page: int) -> dict[str, Any]:
    """One page of the queue and of unresolved places, and the source names: what the store
    decides on the review page (kept by ``web/store_cache.py`` until a decision or run changes it)."""
    claims, total = queue_page(session, flt, sort=sort, page=page, per_page=QUEUE_PER_PAGE)
    places, places_total = open_unresolved(session, PLACES_PER_PAGE, (places_page - 1) * PLACES_PER_PAGE)
    return dict(pending=claims, total=total, places=places, places_total=places_total,
                sources=source_names(session))


@router.post("/review/decide")
async def queue_decide(
    request: Request, user: Principal = Depends(page_reviewer), session: Session = Depends(db_session)
):
    """Accept or reject one claim from the queue and come back to the same page of it."""
    form = {key: str(value) for key, value in (await request.form()).items()}
    kind, action, back = form.get("kind", ""), form.get("action", ""), safe_next(form.get("back"))
    claim_id = form.get("id", "")
    if kind not in URL_KINDS or not claim_id.isdigit() or not 0 < int(claim_id) <= MAX_ID:
        raise HTTPException(status_code=422, detail="kind (event, casualty, control) and a claim id are needed")
    if action not in ("accept", "reject"):
        raise HTTPException(status_code=422, detail="action: accept or reject")
    try:
        review_claim(session, user.name, URL_KINDS[kind], int(claim_id), action, form, form.get("reason") or None)
        session.commit()
        flash(request, f"Recorded: {action} {kind} claim {claim_id}.")
    except ReviewError as error:
        session.rollback()
        flash(request, f"Not recorded: {error}", error=True)
    return RedirectResponse(back if back != "/" else "/review", status_code=303)


@router.post("/review/accept-confident")
async def queue_accept_confident(
    request: Request, user: Principal = Depends(page_reviewer), session: Session = Depends(db_session)
):
    """Accept every pending claim the filter selects at or above a confidence (at most
    ``BULK_LIMIT`` at a time), with one audit entry each."""
    form = {key: str(value) for key, value in (await request.form()).items()}
    try:
        threshold = float(form.get("min_confidence", ""))
    except ValueError:
        threshold = -1.0
    if not 0.5 <= threshold <= 1:
        raise HTTPException(status_code=422, detail="min_confidence: a number from 0.5 to 1")
    flt = replace(queue_filter(kind=form.get("kind") or None, governorate=form.get("governorate") or None,
                               source=form.get("source") or None, date_from=form.get("date_from") or None,
                               date_to=form.get("date_to") or None), status="pending", min_confidence=threshold)
    claims, _ = queue_page(session, flt, sort="-confidence", per_page=BULK_LIMIT)
    try:
        decisions = accept_claims(session, user.name, [(URL_KINDS[c.kind], c.id) for c in claims],
                                  (form.get("reason") or "")[:MAX_REASON] or f"bulk accept, confidence >= {threshold}")
        session.commit()
        flash(request, f"Accepted {len(decisions)} claims with confidence of at least {threshold}.")
    except ReviewError as error:
        session.rollback()
        flash(request, f"Not recorded: {error}", error=True)
    return RedirectResponse(f"/review?{urlencode(_filter_params(replace(flt, min_confidence=None)))}",
                            status_code=303)


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
    if document is None:  # never: a document's claims are deleted with it
        raise HTTPException(status_code=404, detail="no such document")
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
                  incident_id=incident_of_claim(session, kind, claim_id), unattached=unattached(session, history))


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
                  params={"who": who}, unattached=unattached(session, decisions))
