"""Incident pages: the filterable, sortable, paginated table and one incident in full."""

from __future__ import annotations

from typing import Any, TypedDict, get_args

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.fuse.matching import LINK_THRESHOLD
from observatory.fuse.near_misses import near_misses
from observatory.fuse.read_model import IncidentDetail, get_incident
from observatory.fuse.review import (
    ReviewDecision, list_decisions, merges_into, pending_decisions, unattached,
)
from observatory.fuse.redirects import where_now
from observatory.models import EventType, SubEventType
from observatory.web.bounds import IdPath, PageQuery
from observatory.web.deps import db_session
from observatory.web.documents import source_names
from observatory.web.filters import checked_sort
from observatory.web.highlight import segments
from observatory.web.incident_reads import filter_choices, incident_reports
from observatory.web.reviewing import EDITABLE, form_value
from observatory.web.security import Principal, page_user
from observatory.web.selection import Selection, incident_selection, list_selection
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)
PER_PAGE = 50


class Taxonomy(TypedDict):
    event_types: list[str]
    sub_event_types: list[str]


def taxonomy() -> Taxonomy:
    """Choices for the type filters, straight from the extraction contract."""
    return {"event_types": list(get_args(EventType)), "sub_event_types": list(get_args(SubEventType))}


@router.get("/incidents")
def incidents_page(
    request: Request,
    selection: Selection = Depends(incident_selection),
    sort: str = "-date",
    page: PageQuery = 1,
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    page = max(page, 1)
    params = {**selection.params(), "sort": sort}
    key = ("incidents", tuple(sorted(params.items())), page)
    parts = request.app.state.store_cache.get(session, key, lambda: _list_parts(session, selection, sort, page))
    return render(request, "incidents.html", user, **parts, page=page, per_page=PER_PAGE,
                  params=params, flt=selection.flt, q=selection.q, ids=selection.ids, sort=sort, **taxonomy())


def _list_parts(session: Session, selection: Selection, sort: str, page: int) -> dict[str, Any]:
    """One page of the selection and the filters' choices (kept by ``web/store_cache.py`` until the store changes)."""
    rows, total = list_selection(session, selection, sort=checked_sort(sort), page=page, per_page=PER_PAGE)
    return dict(rows=rows, total=total, sources=source_names(session), **filter_choices(session))


def incident_history(session: Session, incident: IncidentDetail) -> list[ReviewDecision]:
    """Decisions on the incident, on each of its claims and merging others into it, newest first."""
    targets = [("incident", incident.id)] + [(f"{claim.kind}_claim", claim.id) for claim in incident.claims]
    decisions = {
        decision.id: decision
        for kind, target in targets
        for decision in list_decisions(session, target_kind=kind, target_id=target, per_page=100)[0]
    }
    decisions |= {decision.id: decision for decision in merges_into(session, incident.id)}
    return sorted(decisions.values(), key=lambda decision: decision.id, reverse=True)


@router.get("/incidents/{incident_id}")
def incident_page(
    request: Request, incident_id: IdPath, user: Principal = Depends(page_user), session: Session = Depends(db_session)
):
    incident = get_incident(session, incident_id)
    if incident is None:
        now = where_now(session, incident_id)
        if len(now) == 1:  # a merged-away id leads to the incident that absorbed it
            return RedirectResponse(f"/incidents/{now[0]}", status_code=302)  # 302: a revert may bring it back
        if now:  # its members went to several incidents: say which
            return render(request, "moved.html", user, status_code=300, incident_id=incident_id, into=now)
        raise HTTPException(status_code=404, detail="no such incident")
    reports = [
        (report, segments(report.document.text, report.marks)) for report in incident_reports(session, incident_id)
    ]
    fields = [(name, form_value(incident, name)) for name in EDITABLE["incident"]]
    history = incident_history(session, incident)
    return render(request, "incident.html", user, incident=incident, reports=reports, fields=fields, history=history,
                  unattached=unattached(session, history),
                  near=near_misses(session, incident_id), link_threshold=LINK_THRESHOLD,
                  pending=pending_decisions(session, incident_id))
