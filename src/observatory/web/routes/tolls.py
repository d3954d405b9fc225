"""The tolls page: killed and injured by side, category and month, with low–best–high bands.

The numbers come from ``fuse.tolls.compute_tolls`` through the API, so the page, the
API and ``observatory tolls`` never disagree.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request

from observatory.web.filters import parse_period
from observatory.web.security import Principal, page_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)


@router.get("/tolls")
def tolls_page(
    request: Request, date_from: str | None = None, date_to: str | None = None, period: str = "month",
    user: Principal = Depends(page_user),
):
    start, end = parse_period(date_from, date_to)
    return render(request, "tolls.html", user, date_from=start, date_to=end,
                  period=period if period in ("day", "week", "month") else "month")
