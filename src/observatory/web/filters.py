"""Turning query strings into fusion's ``IncidentFilter``, shared by pages and the API.

HTML forms send empty strings for untouched fields; those mean "no filter", and a bad
date or number is a 422 that names the field rather than a silently ignored filter.
"""

from __future__ import annotations

from datetime import date

from fastapi import HTTPException, Query

from observatory.fuse.queries import SORTS as SORT_KEYS
from observatory.fuse.queries import IncidentFilter

SORTS = tuple(prefix + key for key in SORT_KEYS for prefix in ("", "-"))


def _blank(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


def parse_date(name: str, value: str | None) -> date | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=f"{name}: expected YYYY-MM-DD, got {value!r}") from error


def _as_int(name: str, value: str | None) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    try:
        return int(value)
    except ValueError as error:
        raise HTTPException(status_code=422, detail=f"{name}: expected a whole number, got {value!r}") from error


def _as_bool(name: str, value: str | None) -> bool | None:
    value = _blank(value)
    if value is None:
        return None
    if value.lower() in ("1", "true", "yes"):
        return True
    if value.lower() in ("0", "false", "no"):
        return False
    raise HTTPException(status_code=422, detail=f"{name}: expected true or false, got {value!r}")


def incident_filter(
    date_from: str | None = Query(None, description="First day, YYYY-MM-DD"),
    date_to: str | None = Query(None, description="Last day, YYYY-MM-DD"),
    event_type: str | None = Query(None, description="ACLED event type"),
    sub_event_type: str | None = Query(None, description="ACLED sub-event type"),
    actor: str | None = Query(None, description="Canonical actor name"),
    admin1: str | None = Query(None, description="Governorate"),
    country: str | None = Query(None, description="ISO country code of the point (SY: Syria; unplaced incidents included)"),
    place: str | None = Query(None, description="Place name"),
    source: str | None = Query(None, description="Source name (e.g. SOHR)"),
    reviewed: str | None = Query(None, description="true: reviewed only; false: not reviewed only"),
    min_deaths: str | None = Query(None, description="Minimum best estimate of deaths"),
) -> IncidentFilter:
    """FastAPI dependency: the incident filters of a page or API request."""
    return IncidentFilter(
        date_from=parse_date("date_from", date_from),
        date_to=parse_date("date_to", date_to),
        event_type=_blank(event_type),
        sub_event_type=_blank(sub_event_type),
        actor=_blank(actor),
        admin1=_blank(admin1),
        country=_blank(country),
        place=_blank(place),
        source=_blank(source),
        reviewed=_as_bool("reviewed", reviewed),
        min_deaths=_as_int("min_deaths", min_deaths),
    )


def filter_params(flt: IncidentFilter) -> dict[str, str]:
    """The filter back as query-string values (for links that keep the filters)."""
    values = flt.model_dump(exclude_none=True)
    return {key: (str(v).lower() if isinstance(v, bool) else str(v)) for key, v in values.items()}


def checked_sort(sort: str) -> str:
    if sort not in SORTS:
        raise HTTPException(status_code=422, detail=f"sort: one of {', '.join(SORTS)}")
    return sort
