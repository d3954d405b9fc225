"""The map page (incidents, and who held each place on the slider's day) and its offline town and road layers."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from fastapi import APIRouter, Depends, Request
from sqlalchemy.orm import Session

from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.roads import road_network
from observatory.web.deps import db_session
from observatory.web.documents import source_names
from observatory.web.incident_reads import date_bounds, filter_choices
from observatory.web.routes.incidents import taxonomy
from observatory.web.security import Principal, api_user, page_user
from observatory.web.selection import Selection, incident_selection
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)
TOWN_POPULATION = 10000  # the base layer names towns at least this big (GeoNames populations)
WINDOWS = (0, 3, 15, 45)  # days either side of the slider's day; 0: the whole From–To range


@router.get("/map")
def map_page(
    request: Request,
    selection: Selection = Depends(incident_selection),
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    first, last = date_bounds(session)
    first, last = first or date.today(), last or date.today()
    return render(request, "map.html", user, flt=selection.flt, q=selection.q, first=first, last=last,
                  span_days=(last - first).days, windows=WINDOWS, sources=source_names(session),
                  **taxonomy(), **filter_choices(session))


@lru_cache(maxsize=1)
def _towns() -> tuple[dict, ...]:
    places = (p for p in builtin_places() if p.country == "SY" and p.lat is not None and p.lon is not None)
    big = [p for p in places if p.feature in ("city", "town") and p.population >= TOWN_POPULATION]
    return tuple({"name": p.name, "lat": p.lat, "lon": p.lon, "population": p.population}
                 for p in sorted(big, key=lambda p: -p.population))


@router.get("/api/map/towns", dependencies=[Depends(api_user)])
def towns() -> list[dict]:
    """Syrian towns of the built-in gazetteer (GeoNames), the map's offline base layer."""
    return list(_towns())


@router.get("/api/map/roads", dependencies=[Depends(api_user)])
def roads() -> dict:
    """Syria's main roads, schematic lines through gazetteer towns (GeoJSON), the map's offline base layer."""
    return road_network()
