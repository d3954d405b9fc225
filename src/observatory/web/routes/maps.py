"""The map page: incidents for a date range and the control timeline with a day slider."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from observatory.fuse.queries import IncidentFilter
from observatory.web.deps import db_session
from observatory.web.filters import incident_filter
from observatory.web.incident_reads import date_bounds
from observatory.web.security import Principal, page_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/map")
def map_page(
    request: Request,
    flt: IncidentFilter = Depends(incident_filter),
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    first, last = date_bounds(session)
    first, last = first or date.today(), last or date.today()
    return render(request, "map.html", user, flt=flt, first=first, last=last, span_days=(last - first).days)
