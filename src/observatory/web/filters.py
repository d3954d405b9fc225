"""Turning query strings into fusion's ``IncidentFilter``, shared by pages and the API.

HTML forms send empty strings for untouched fields; those mean "no filter", and a bad
date or number is a 422 that names the field rather than a silently ignored filter.
"""

from __future__ import annotations

from datetime import date

from fastapi import HTTPException, Query

from observatory.fuse.read_model import SORTS as SORT_KEYS
from observatory.fuse.read_model import IncidentFilter
from observatory.web.bounds import MAX_COUNT, MAX_SEARCH

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
    return IncidentFilter(
        date_from=parse_date("date_from", date_from),
        date_to=parse_date("date_to", date_to),
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
