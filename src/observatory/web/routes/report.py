"""The monthly toll report in the app (the same report as ``observatory report``).

The page shows the report inside the app; "Save as HTML" gives the standalone file: its
links are relative and lead to the file's own table of the incidents the figures name,
so it works opened from disk, mailed on or read with no server at all.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.export.chart import svg_bars
from observatory.export.report import Report, build_report, render_html
from observatory.store.tables.fusion import Incident
from observatory.web.deps import db_session
from observatory.web.incident_reads import latest_incident_day
from observatory.web.security import Principal, page_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)


def months_with_incidents(session: Session) -> list[str]:
    """``YYYY-MM`` of every month with an incident, newest first (the month chooser)."""
    days = session.scalars(select(Incident.date_start).where(Incident.date_start.is_not(None)).distinct())
    return sorted({day.strftime("%Y-%m") for day in days if day is not None}, reverse=True)


def _report(session: Session, month: str | None, link_base: str | None) -> tuple[str, Report | None]:
    if not month:
        latest = latest_incident_day(session)
        if latest is None:
            return "", None
        month = latest.strftime("%Y-%m")
    try:
        return month, build_report(session, month, link_base)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=f"month: {error}") from error


@router.get("/report")
def report_page(
    request: Request, month: str | None = None, user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    month, report = _report(session, (month or "").strip() or None, "/incidents/")
    chart = svg_bars(report.daily, "Killed per day") if report else ""
    return render(request, "report.html", user, month=month, report=report, chart=chart,
                  months=months_with_incidents(session))


@router.get("/report.html")
def report_file(
    month: str | None = None, _user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    month, report = _report(session, (month or "").strip() or None, None)
    if report is None:
        raise HTTPException(status_code=404, detail="no incidents yet: nothing to report")
    return Response(render_html(report), media_type="text/html",
                    headers={"Content-Disposition": f'attachment; filename="observatory-report-{month}.html"'})
