"""The read side of the JSON API: incidents, documents, claims, tolls, control, places, decisions.

Every endpoint needs a login (session cookie) or ``Authorization: Bearer <token>``
(``observatory tokens create NAME``).  Filters are the same as the pages'.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.export.geojson import encoded_collection
from observatory.fuse.control import ControlState, control_at, timeline
from observatory.fuse.read_model import (
    IncidentDetail,
    get_incident,
    summary,
)
from observatory.fuse.redirects import where_now
from observatory.fuse.review import list_decisions
from observatory.fuse.unresolved import open_unresolved
from observatory.fuse.tolls import compute_tolls
from observatory.store.claims import CLAIM_TABLES
from observatory.store.queries import current_runs
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import Incident
from observatory.web.bounds import MAX_PLACE_QUERY, IdPath, OptionalId, PageQuery, SearchQuery
from observatory.web.deps import db_session
from observatory.web.documents import document_claims, list_documents
from observatory.web.filters import checked_sort, parse_period
from observatory.web.places import search_places
from observatory.web.schemas import (
    ClaimOut,
    ClaimPage,
    DecisionPage,
    DocumentDetail,
    DocumentOut,
    DocumentPage,
    GazetteerPlaceOut,
    IncidentPage,
    PlaceOut,
    TollOut,
    claim_out,
)
from observatory.web.security import Principal, api_user
from observatory.web.selection import Selection, incident_selection, list_selection, selected_incidents

router = APIRouter(prefix="/api", tags=["read"], dependencies=[Depends(api_user)])
MAX_PER_PAGE = 500
MAX_FEATURES = 5000
ClaimKind = Literal["event", "casualty", "control"]


@router.get("/me")
def me(user: Principal = Depends(api_user)) -> dict:
    """Who the request is authenticated as."""
    return {"name": user.name, "role": user.role}


@router.get("/incidents", response_model=IncidentPage)
def incidents(
    selection: Selection = Depends(incident_selection),
    sort: str = Query("-date", description="date, deaths, sources or id; '-' for descending"),
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
    session: Session = Depends(db_session),
) -> IncidentPage:
    """Incidents matching the filters (and the search words ``q``), one page at a time, with the total."""
    items, total = list_selection(session, selection, sort=checked_sort(sort), page=page, per_page=per_page)
    return IncidentPage(total=total, page=page, per_page=per_page, items=items)


@router.get("/incidents/geojson", response_class=Response,
            responses={200: {"content": {"application/json": {}},
                             "description": "A GeoJSON FeatureCollection with a `truncated` flag"}})
def incidents_geojson(
    request: Request,
    selection: Selection = Depends(incident_selection),
    limit: int = Query(2000, ge=1, le=MAX_FEATURES),
    session: Session = Depends(db_session),
) -> Response:
    """Located incidents as a GeoJSON FeatureCollection (newest first, up to ``limit``) for maps.

    The body is encoded row by row as the rows are read and streamed out, and kept per
    filter until the store changes (``web/store_cache.py``): a team's maps ask for the same
    days over and over, and encoding thousands of features costs far more than checking
    the store's stamp."""
    cache = request.app.state.store_cache
    key = ("geojson", tuple(sorted(request.query_params.multi_items())))
    stamp, body = cache.lookup(session, key)
    if body is not None:
        return Response(body, media_type="application/json")
    return StreamingResponse(cache.keep_stream(key, stamp, _geojson_chunks(session, selection, limit)),
                             media_type="application/json")


GEOJSON_ROWS_PER_READ = 500


def _geojson_chunks(session: Session, selection: Selection, limit: int) -> Iterator[bytes]:
    """The FeatureCollection as JSON, newest incidents first, read ``GEOJSON_ROWS_PER_READ``
    rows at a time; one row past ``limit`` says whether the map got all of them."""
    query = selected_incidents(session, selection).where(Incident.lat.is_not(None), Incident.lon.is_not(None))
    query = query.order_by(Incident.date_start.desc(), Incident.id.desc()).limit(limit + 1)
    rows = session.scalars(query.execution_options(yield_per=GEOJSON_ROWS_PER_READ))
    features = (_map_feature(row) for row in itertools.islice(rows, limit))
    yield from encoded_collection(features, lambda: {"truncated": next(rows, None) is not None})


def _map_feature(row: Incident) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [row.lon, row.lat]},
        "properties": summary(row).model_dump(mode="json", exclude={"lat", "lon", "title"}),
    }


@router.get("/incidents/{incident_id}", response_model=IncidentDetail)
def incident(incident_id: IdPath, session: Session = Depends(db_session)) -> IncidentDetail | JSONResponse:
    """One incident with its tolls per side, its claims, its reports and their evidence spans."""
    found = get_incident(session, incident_id)
    if found is None:
        now = where_now(session, incident_id)
        if len(now) == 1:  # merged away: say where it went, and lead there
            return JSONResponse({"detail": f"incident {incident_id} was merged into {now[0]}",
                                 "merged_into": now[0]}, status_code=302,
                                headers={"Location": f"/api/incidents/{now[0]}"})
        if now:  # split among several: name them all (300 Multiple Choices, no Location to follow)
            return JSONResponse({"detail": f"incident {incident_id} was split into {', '.join(map(str, now))}",
                                 "split_into": now}, status_code=300)
        raise HTTPException(status_code=404, detail="no such incident")
    return found


@router.get("/documents", response_model=DocumentPage)
def documents(
    q: SearchQuery = None,
    source: SearchQuery = None,
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
    session: Session = Depends(db_session),
) -> DocumentPage:
    rows, total = list_documents(session, q=q, source=source, page=page, per_page=per_page)
    items = [DocumentOut(id=r.id, title=r.title, source=r.source, published=r.published, claims=r.claims) for r in rows]
    return DocumentPage(total=total, page=page, per_page=per_page, items=items)


@router.get("/documents/{document_id}", response_model=DocumentDetail)
def document(document_id: IdPath, session: Session = Depends(db_session)) -> DocumentDetail:
    """A report's text and its current claims (evidence offsets index into ``text``)."""
    row = session.get(DocumentRow, document_id)
    if row is None:
        raise HTTPException(status_code=404, detail="no such document")
    claims = [claim_out(kind, claim) for kind, rows in document_claims(session, document_id).items() for claim in rows]
    return DocumentDetail(id=row.id, title=row.title, source=row.source.name if row.source else None,
                          published=row.published, url=row.url, text=row.text, claims=claims)


@router.get("/claims", response_model=ClaimPage)
def claims(
    kind: ClaimKind = "event",
    document_id: OptionalId = None,
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
    session: Session = Depends(db_session),
) -> ClaimPage:
    """Current claims of one kind (latest successful extraction of each document)."""
    table = CLAIM_TABLES[kind]
    runs = current_runs([document_id] if document_id is not None else None).subquery()
    query = select(table).join(runs, table.run_id == runs.c.run_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(query.order_by(table.id).offset((page - 1) * per_page).limit(per_page))
    return ClaimPage(total=total, page=page, per_page=per_page, items=[claim_out(kind, row) for row in rows])


@router.get("/claims/{kind}/{claim_id}", response_model=ClaimOut)
def claim(kind: ClaimKind, claim_id: IdPath, session: Session = Depends(db_session)) -> ClaimOut:
    row = session.get(CLAIM_TABLES[kind], claim_id)
    if row is None:
        raise HTTPException(status_code=404, detail="no such claim")
    return claim_out(kind, row)


@router.get("/tolls", response_model=list[TollOut])
def tolls(
    request: Request,
    by: Literal["actor", "category", "governorate"] = "actor",
    period: Literal["day", "week", "month"] = "month",
    status: Literal["killed", "injured", "captured", "missing"] = "killed",
    date_from: str | None = Query(None, description="First day, YYYY-MM-DD"),
    date_to: str | None = Query(None, description="Last day, YYYY-MM-DD"),
    session: Session = Depends(db_session),
) -> list[TollOut]:
    """Tolls added up per period, exactly as ``observatory tolls`` computes them."""
    start, end = parse_period(date_from, date_to)
    return request.app.state.store_cache.get(
        session, ("tolls", by, period, status, start, end),
        lambda: [TollOut(**row.model_dump(), status=status) for row in
                 compute_tolls(session, by=by, period=period, date_from=start, date_to=end, status=status)],
    )


@router.get("/control", response_model=list[ControlState])
def control(
    at: date,
    near: str | None = Query(None, max_length=MAX_PLACE_QUERY, description="only places near this place"),
    km: float | None = Query(None, gt=0, le=1000, description="radius for near (default 10 km)"),
    session: Session = Depends(db_session),
) -> list[ControlState]:
    """Who held each known place on day ``at``."""
    try:
        return control_at(session, at, near=near, km=km)
    except LookupError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error


@router.get("/control/timeline", response_model=list[ControlState])
def control_timeline(
    place: str = Query(..., max_length=MAX_PLACE_QUERY), session: Session = Depends(db_session)
) -> list[ControlState]:
    """Every control state of one place (gazetteer id or name), oldest first."""
    return timeline(session, place)


@router.get("/places", response_model=list[GazetteerPlaceOut])
def places(
    request: Request,
    q: str = Query(..., min_length=2, max_length=MAX_PLACE_QUERY, description="a place name, any spelling"),
    limit: int = Query(10, ge=1, le=50),
) -> list[GazetteerPlaceOut]:
    """Gazetteer places matching a name: exact spellings first, then prefixes, sound-alikes, fuzzy matches."""
    found = search_places(request.app.state.engine.url.render_as_string(hide_password=False), q, limit)
    return [GazetteerPlaceOut(id=p.id, name=p.name, lat=p.lat, lon=p.lon, feature=p.feature, admin1=p.admin1,
                              admin2=p.admin2) for p in found]


@router.get("/places/unresolved", response_model=list[PlaceOut])
def places_unresolved(
    response: Response, limit: int = Query(100, ge=1, le=1000), page: PageQuery = 1,
    session: Session = Depends(db_session),
) -> list[PlaceOut]:
    """Place names the gazetteer could not place that no reviewer resolved, named in most
    reports first (``mentions``: how many reports), ``limit`` a page; the ``X-Total-Count``
    header has how many there are in all, the number the dashboard and review page show."""
    places, total = open_unresolved(session, limit, (page - 1) * limit)
    response.headers["X-Total-Count"] = str(total)
    return [PlaceOut(name=p.name, mentions=p.count, example=p.example) for p in places]


@router.get("/decisions", response_model=DecisionPage)
def decisions(
    user: SearchQuery = None,
    target_kind: SearchQuery = None,
    target_id: OptionalId = None,
    page: PageQuery = 1,
    per_page: int = Query(50, ge=1, le=MAX_PER_PAGE),
    session: Session = Depends(db_session),
) -> DecisionPage:
    """The audit log: every review decision, newest first."""
    items, total = list_decisions(session, user=user, target_kind=target_kind, target_id=target_id,
                                  page=page, per_page=per_page)
    return DecisionPage(total=total, page=page, per_page=per_page, items=items)
