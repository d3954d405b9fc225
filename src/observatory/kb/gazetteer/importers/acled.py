"""ACLED CSV: one place per distinct (location, latitude, longitude).

ACLED's ``geo_precision`` runs 1 (the town) to 3 (a larger region); it becomes the
place's UCDP-style precision 1, 2 or 4.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator

from ..record import GazetteerPlace
from .base import BadRow, RowError, parse_float, place_id, read_csv_places
from .names import admin1_name, is_area_name, split_feature

SOURCE = "acled"
_PRECISION = {"1": None, "2": 2, "3": 4}
_COUNTRY_CODES = {"syria": "SY", "iraq": "IQ", "lebanon": "LB", "jordan": "JO", "turkey": "TR",
                  "israel": "IL", "palestine": "PS"}


def read_places(path: Path) -> Iterator[GazetteerPlace | RowError | None]:
    return read_csv_places(path, _place)


def _place(row: dict[str, str]) -> GazetteerPlace | None:
    location = row.get("location", "")
    if not location:
        raise BadRow("location is empty")
    lat = parse_float(row.get("latitude", ""), "latitude", -90, 90)
    lon = parse_float(row.get("longitude", ""), "longitude", -180, 180)
    name, feature = split_feature(location, default="town")
    if is_area_name(name):
        return None
    country = _COUNTRY_CODES.get(row.get("country", "").lower())
    return GazetteerPlace(
        id=place_id(SOURCE, location, lat, lon), name=name, lat=lat, lon=lon, feature=feature,
        country=country, admin1=admin1_name(row.get("admin1", "")) if country in (None, "SY") else row.get("admin1"),
        admin2=row.get("admin2") or None, source=SOURCE,
        alt_names=(location,) if location != name else (), precision=_PRECISION.get(row.get("geo_precision", "1")),
    )
