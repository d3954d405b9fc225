"""Downloads of a selection: a CSV of the list's columns, ACLED-style CSV, UCDP-style CSV and
GeoJSON (the last three written by ``observatory.export``).

Every download takes the same query string as the incidents list (filters, ``q`` and
``sort``), so "download this selection" holds exactly the incidents the list shows.
GeoJSON adds the control states of the date range and governorate/place, as the CLI does.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends
from fastapi.responses import Response, StreamingResponse
from sqlalchemy.orm import Session

from observatory.export.formats import Export, Format, csv_lines
from observatory.export.jsonstream import bytes_in_chunks
from observatory.fuse.read_model import IncidentSummary
from observatory.web.deps import db_session
from observatory.web.filters import checked_sort
from observatory.web.security import api_user
from observatory.web.selection import (
    Selection,
    all_selected,
    canonical_governorate,
    incident_selection,
    selected_incidents,
)

router = APIRouter(prefix="/api/export", tags=["export"], dependencies=[Depends(api_user)])

DOWNLOADS: dict[str, tuple[Format, str]] = {  # file name -> (exporter format, media type)
    "acled.csv": ("acled", "text/csv"),
    "ucdp.csv": ("ucdp", "text/csv"),
    "incidents.geojson": ("geojson", "application/geo+json"),
}
LIST_COLUMNS = ("id", "date_start", "date_end", "event_type", "sub_event_type", "place_name", "admin1",
                "latitude", "longitude", "where_prec", "actors", "deaths_low", "deaths_best", "deaths_high",
                "n_sources", "reviewed")


def _where(session: Session, selection: Selection) -> str | None:
    """The exporters' place selector for control states: ``GOVERNORATE``, ``PLACE`` or both."""
    flt = selection.flt
    admin1 = canonical_governorate(session, flt.admin1) if flt.admin1 else ""
    place = flt.place or ""
    if admin1 and place:
        return f"{admin1}/{place}"
    return admin1 or place or None


def _disposition(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="observatory-{filename}"'}


def _download(fmt: Format, filename: str, media_type: str):
    def endpoint(
        selection: Selection = Depends(incident_selection), session: Session = Depends(db_session)
    ) -> StreamingResponse:
        flt = selection.flt
        pieces = Export(session, fmt, date_from=flt.date_from, date_to=flt.date_to, where=_where(session, selection),
                        selection=selected_incidents(session, selection))
        # Streamed as the incidents are read: a download of the whole archive never sits in memory.
        return StreamingResponse(bytes_in_chunks(pieces), media_type=media_type,
                                 headers=_disposition(filename))

    endpoint.__doc__ = f"Download the selected incidents as {filename} ({fmt} layout)."
    return endpoint


def list_row(incident: IncidentSummary) -> dict:
    """One incident as the list page shows it."""
    return {
        **incident.model_dump(include=set(LIST_COLUMNS)), "latitude": incident.lat, "longitude": incident.lon,
        "actors": "; ".join(incident.actors), "reviewed": str(incident.reviewed).lower(),
    }


@router.get("/incidents.csv", name="export_list", response_class=Response)
def list_csv(
    selection: Selection = Depends(incident_selection), sort: str = "-date", session: Session = Depends(db_session)
) -> Response:
    """Download the selected incidents with the columns of the incidents list, in its order,
    streamed as they are read (like the other downloads)."""
    rows = (list_row(incident) for incident in all_selected(session, selection, checked_sort(sort)))
    return StreamingResponse(bytes_in_chunks(csv_lines(LIST_COLUMNS, rows)), media_type="text/csv",
                             headers=_disposition("incidents.csv"))


for _name, (_fmt, _media) in DOWNLOADS.items():
    router.add_api_route(f"/{_name}", _download(_fmt, _name, _media), methods=["GET"], name=f"export_{_fmt}",
                         response_class=Response)
