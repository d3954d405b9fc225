"""Export downloads: ACLED-style CSV, UCDP-style CSV and GeoJSON, written by ``observatory.export``.

Exports take the date range and a governorate and/or place (the filters the exporters
understand); the other incident filters do not narrow an export.
"""

from __future__ import annotations

import io

from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response
from sqlalchemy.orm import Session

from observatory.export.formats import export
from observatory.web.deps import db_session
from observatory.web.filters import parse_date
from observatory.web.security import api_user

router = APIRouter(prefix="/api/export", tags=["export"], dependencies=[Depends(api_user)])

DOWNLOADS = {  # file name -> (exporter format, media type)
    "acled.csv": ("acled", "text/csv"),
    "ucdp.csv": ("ucdp", "text/csv"),
    "incidents.geojson": ("geojson", "application/geo+json"),
}


def _where(admin1: str | None, place: str | None) -> str | None:
    """The exporters' place selector: ``GOVERNORATE``, ``PLACE`` or ``GOVERNORATE/PLACE``."""
    admin1, place = (admin1 or "").strip(), (place or "").strip()
    if admin1 and place:
        return f"{admin1}/{place}"
    return admin1 or place or None


def _download(fmt: str, filename: str, media_type: str):
    def endpoint(
        date_from: str | None = Query(None, description="First day, YYYY-MM-DD"),
        date_to: str | None = Query(None, description="Last day, YYYY-MM-DD"),
        admin1: str | None = Query(None, description="Governorate"),
        place: str | None = Query(None, description="Place name"),
        session: Session = Depends(db_session),
    ) -> Response:
        buffer = io.StringIO()
        export(session, fmt, buffer, date_from=parse_date("date_from", date_from),
               date_to=parse_date("date_to", date_to), where=_where(admin1, place))
        return Response(buffer.getvalue(), media_type=media_type,
                        headers={"Content-Disposition": f'attachment; filename="observatory-{filename}"'})

    endpoint.__doc__ = f"Download incidents as {filename} ({fmt} layout)."
    return endpoint


for _name, (_fmt, _media) in DOWNLOADS.items():
    router.add_api_route(f"/{_name}", _download(_fmt, _name, _media), methods=["GET"], name=f"export_{_fmt}",
                         response_class=Response)
