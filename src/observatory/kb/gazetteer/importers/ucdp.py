"""UCDP GED CSV: one place per distinct (where_coordinates, latitude, longitude).

UCDP writes the feature into the name ("Al Qaryatayn town", "Tabqa Military
Airbase"), governorates as "Homs Governorate" and districts as "Ar Rastan district";
those are split off.  Rows located only to a district, governorate or the country
(``where_prec`` 3, 4, 6) are not places and are skipped, and so are descriptions
("Deir ez Zor/Homs border", "area between X and Y").  ``where_prec`` 2 is a property
of the event, not of the place; 5 (a line or fuzzy area) is kept.
"""

from __future__ import annotations

import re
from pathlib import Path
from collections.abc import Iterator

from ..record import GazetteerPlace
from .base import BadRow, RowError, parse_float, place_id, read_csv_places
from .names import admin1_name, is_area_name, split_feature

SOURCE = "ucdp"
_KEPT_PRECISION = {1, 2, 5}
_DESCRIPTION = re.compile(r"/| - |\bbetween\b|\bborder\b|\bgovernorate\b|\bcountryside\b|\bdistrict\b", re.I)


def read_places(path: Path) -> Iterator[GazetteerPlace | RowError | None]:
    return read_csv_places(path, _place)


def _place(row: dict[str, str]) -> GazetteerPlace | None:
    where = row.get("where_coordinates", "")
    if not where:
        raise BadRow("where_coordinates is empty")
    precision = int(row["where_prec"]) if row.get("where_prec", "").isdigit() else None
    if precision not in _KEPT_PRECISION or _DESCRIPTION.search(where):
        return None
    lat = parse_float(row.get("latitude", ""), "latitude", -90, 90)
    lon = parse_float(row.get("longitude", ""), "longitude", -180, 180)
    name, feature = split_feature(where)
    if is_area_name(name):
        return None
    return GazetteerPlace(
        id=place_id(SOURCE, where, lat, lon), name=name, lat=lat, lon=lon, feature=feature,
        country="SY" if (row.get("country") or "Syria") == "Syria" else None,
        admin1=admin1_name(row.get("adm_1", "")), admin2=_district(row.get("adm_2", "")),
        source=SOURCE, alt_names=(where,) if where != name else (), precision=5 if precision == 5 else None,
    )


def _district(value: str) -> str | None:
    value = re.sub(r"\s+(district|sub-?district|nahiya)$", "", value.strip(), flags=re.I)
    return value or None
