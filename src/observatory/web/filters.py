"""Turning query strings into fusion's ``IncidentFilter`` and the review queue's
``QueueFilter``, shared by pages and the API (so a page and its JSON select alike).

HTML forms send empty strings for untouched fields; those mean "no filter", and a bad
date or number is a 422 that names the field rather than a silently ignored filter.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import HTTPException, Query

from observatory.fuse.read_model import SORTS as SORT_KEYS
from observatory.fuse.read_model import IncidentFilter
from observatory.web.bounds import MAX_COUNT, MAX_SEARCH
from observatory.web.documents import CLAIM_KINDS
from observatory.web.review_queue import STATUSES, QueueFilter

SORTS = tuple(prefix + key for key in SORT_KEYS for prefix in ("", "-"))


def blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def parse_date(name: str, value: str | None) -> date | None:
    value = blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=f"{name}: expected YYYY-MM-DD, got {value!r}") from error


def parse_period(date_from: str | None, date_to: str | None) -> tuple[date | None, date | None]:
    """The two days of a period filter; one that ends before it starts is a 422, because an
    empty page would look like a period with nothing in it."""
    start, end = parse_date("date_from", date_from), parse_date("date_to", date_to)
    if start and end and start > end:
        raise HTTPException(status_code=422, detail=f"date_from {start} is after date_to {end}")
    return start, end


def _as_count(name: str, value: str | None) -> int | None:
    """A whole number of people, 0…``MAX_COUNT`` (a larger one would overflow the database query)."""
    value = blank(value)
    if value is None:
        return None
    if len(value) > 12 or not value.isdecimal():
        raise HTTPException(status_code=422,
                            detail=f"{name}: expected a whole number 0…{MAX_COUNT}, got {value[:20]!r}")
    number = int(value)
    if number > MAX_COUNT:
        raise HTTPException(status_code=422, detail=f"{name}: at most {MAX_COUNT}, got {number}")
    return number


def _as_bool(name: str, value: str | None) -> bool | None:
    value = blank(value)
    if value is None:
        return None
    if value.lower() in ("1", "true", "yes"):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise HTTPException(status_code=422, detail=f"{name}: expected true or false, got {value!r}")


def incident_filter(
    date_from: str | None = Query(None, max_length=20, description="First day, YYYY-MM-DD"),
    date_to: str | None = Query(None, max_length=20, description="Last day, YYYY-MM-DD"),
    event_type: str | None = Query(None, max_length=MAX_SEARCH, description="ACLED event type"),
    sub_event_type: str | None = Query(None, max_length=MAX_SEARCH, description="ACLED sub-event type"),
    actor: str | None = Query(None, max_length=MAX_SEARCH, description="Canonical actor name"),
    admin1: str | None = Query(None, max_length=MAX_SEARCH, description="Governorate"),
    country: str | None = Query(None, max_length=3,
                                description="ISO country code of the point (SY: Syria; unplaced incidents included)"),
    place: str | None = Query(None, max_length=MAX_SEARCH, description="Place name"),
    source: str | None = Query(None, max_length=MAX_SEARCH, description="Source name (e.g. SOHR)"),
    reviewed: str | None = Query(None, max_length=5, description="true: reviewed only; false: not reviewed only"),
    min_deaths: str | None = Query(None, max_length=20, description="Minimum best estimate of deaths"),
) -> IncidentFilter:
    """FastAPI dependency: the incident filters of a page or API request."""
    start, end = parse_period(date_from, date_to)
    return IncidentFilter(
        date_from=start,
        date_to=end,
        event_type=blank(event_type),
        sub_event_type=blank(sub_event_type),
        actor=blank(actor),
        admin1=blank(admin1),
        country=blank(country),
        place=blank(place),
        source=blank(source),
        reviewed=_as_bool("reviewed", reviewed),
        min_deaths=_as_count("min_deaths", min_deaths),
    )


def filter_params(flt: IncidentFilter) -> dict[str, str]:
    """The filter back as query-string values (for links that keep the filters)."""
    values = flt.model_dump(exclude_none=True)
    return {key: (str(v).lower() if isinstance(v, bool) else str(v)) for key, v in values.items()}


def checked_sort(sort: str) -> str:
    if sort not in SORTS:
        raise HTTPException(status_code=422, detail=f"sort: one of {', '.join(SORTS)}")
    return sort


ConfidenceQuery = Annotated[float | None, Query(ge=0, le=1, description="a confidence bound, 0…1")]


def queue_filter(
    status: Annotated[str, Query(max_length=20, description="pending (nobody decided), decided or all")] = "pending",
    kind: Annotated[str | None, Query(max_length=20, description="event, casualty or control")] = None,
    governorate: Annotated[str | None, Query(max_length=MAX_SEARCH,
                                             description="the claim's governorate (a toll's: its report's events')")
                           ] = None,
    source: Annotated[str | None, Query(max_length=MAX_SEARCH, description="the outlet's name")] = None,
    date_from: Annotated[str | None, Query(max_length=20, description="first day, YYYY-MM-DD (the claim's date, "
                                                                       "else its report's)")] = None,
    date_to: Annotated[str | None, Query(max_length=20, description="last day, YYYY-MM-DD")] = None,
    min_confidence: ConfidenceQuery = None,
    max_confidence: ConfidenceQuery = None,
) -> QueueFilter:
    """FastAPI dependency: the review queue's filters of a page, form or API request,
    checked (422 on a bad value)."""
    if status not in STATUSES:
        raise HTTPException(status_code=422, detail=f"status: one of {', '.join(STATUSES)}")
    if kind and kind not in CLAIM_KINDS:
        raise HTTPException(status_code=422, detail="kind: event, casualty or control")
    start, end = parse_period(date_from, date_to)
    return QueueFilter(status=status, kind=kind or None, governorate=blank(governorate), date_from=start, date_to=end,
                       min_confidence=min_confidence, max_confidence=max_confidence, source=blank(source))
