"""The dashboard: counts for a period, a map, deaths per week by side, what needs attention."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from observatory.fuse.read_model import IncidentFilter, list_incidents
from observatory.fuse.unresolved import open_unresolved
from observatory.web.deps import db_session
from observatory.web.filters import parse_period
from observatory.web.incident_reads import SYRIA, latest_incident_day, period_counts
from observatory.web.review_queue import QueueFilter, queue_page
from observatory.web.security import Principal, page_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)
DEFAULT_DAYS = 90


@router.get("/")
def dashboard(
    request: Request,
    date_from: str | None = None,
    date_to: str | None = None,
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    start, end = parse_period(date_from, date_to)
    parts = request.app.state.store_cache.get(session, ("dashboard", start, end),
                                              lambda: _dashboard_parts(session, start, end))
    return render(request, "dashboard.html", user, **parts)


def _dashboard_parts(session: Session, start: date | None, end: date | None) -> dict[str, Any]:
    """Everything the dashboard shows for a period (kept by ``web/store_cache.py`` until the store changes)."""
    if start is None and end is None:
        end = latest_incident_day(session) or date.today()
        start = end - timedelta(days=DEFAULT_DAYS - 1)
    # the queue of the same period, counted the way the review page counts it (its link shows the same number)
    pending, pending_total = queue_page(session, QueueFilter(date_from=start, date_to=end), per_page=10)
    places, places_total = open_unresolved(session, limit=10)
    syria = IncidentFilter(date_from=start, date_to=end, country=SYRIA)
    latest, _ = list_incidents(session, syria, sort="-date", page=1, per_page=10)
    return dict(date_from=start, date_to=end, counts=period_counts(session, start, end), latest=latest,
                places=places, places_total=places_total, pending=pending, pending_total=pending_total)
