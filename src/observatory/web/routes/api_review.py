"""The write side of the JSON API: review decisions and place resolutions (reviewer role).

Scripts send ``Authorization: Bearer <token>``; a browser session must send the
``X-CSRF-Token`` header with the token from the page's ``csrf-token`` meta tag.
"""

from __future__ import annotations

from fastapi import APIRouter, BackgroundTasks, Depends, HTTPException, Request
from sqlalchemy.orm import Session

from observatory.fuse.review import ReviewDecision, ReviewError
from observatory.store.tables.fusion import Incident
from observatory.web.bounds import IdPath
from observatory.web.deps import db_session
from observatory.web.places import PlaceError, resolve_place
from observatory.web.reviewing import URL_KINDS, apply_pending_in_background, review_claim, review_incident
from observatory.web.schemas import (
    ClaimReview,
    IncidentReview,
    PlaceResolution,
    ResolutionResult,
    form_values,
)
from observatory.web.security import Principal, api_reviewer

router = APIRouter(prefix="/api", tags=["review"])


@router.post("/claims/{kind}/{claim_id}/review", response_model=ReviewDecision)
def review_a_claim(
    kind: str, claim_id: IdPath, body: ClaimReview, user: Principal = Depends(api_reviewer),
    session: Session = Depends(db_session),
) -> ReviewDecision:
    """Accept, reject or correct a claim; the decision is logged and fusion re-applies it."""
    if kind not in URL_KINDS:
        raise HTTPException(status_code=404, detail="claim kinds are event, casualty and control")
    try:
        decision = review_claim(session, user.name, URL_KINDS[kind], claim_id, body.action,
                                form_values(body.fields), body.reason)
    except ReviewError as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
    session.commit()
    return decision


@router.post("/incidents/{incident_id}/review", response_model=ReviewDecision)
def review_an_incident(
    request: Request, incident_id: IdPath, body: IncidentReview, background: BackgroundTasks,
    user: Principal = Depends(api_reviewer), session: Session = Depends(db_session),
) -> ReviewDecision:
    """Accept, reject, correct, merge (``into``) or split an incident (merges and splits
    are answered as ``pending`` and applied right after the response).

    A split moves out event claims (``claims``) and report members (``reports``: the
    documents in which no event was found, by document id).
    """
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise HTTPException(status_code=404, detail="no such incident")
    submitted = form_values(body.fields)
    submitted.update(into="" if body.into is None else str(body.into), claims=",".join(map(str, body.claims)),
                     reports=",".join(map(str, body.reports)))
    try:
        decision = review_incident(session, user.name, incident, body.action, submitted, body.reason)
    except ReviewError as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
    session.commit()
    if decision.pending:  # a merge or split: applied by fusion after the response
        background.add_task(apply_pending_in_background, request.app.state.engine)
    return decision


@router.post("/places/resolve", response_model=ResolutionResult)
def resolve(
    body: PlaceResolution, user: Principal = Depends(api_reviewer), session: Session = Depends(db_session)
) -> ResolutionResult:
    """Add the place to the gazetteer (or alias an existing one) and fix the claims that name it."""
    try:
        updated = resolve_place(session, user.name, body.as_form())
    except (PlaceError, ReviewError) as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
    session.commit()
    return ResolutionResult(claims_updated=updated)
