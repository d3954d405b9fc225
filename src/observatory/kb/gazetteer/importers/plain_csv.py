"""A plain CSV anyone can write: ``name, lat, lon, feature, admin1, admin2, aliases``.

``aliases`` holds other spellings separated by ``;`` or ``|``.  Only name, lat and
lon are required.
"""

from __future__ import annotations

import re
from pathlib import Path
from collections.abc import Iterator

from ..record import GazetteerPlace
from .base import BadRow, RowError, csv_rows, open_text, parse_float, place_id
from .names import admin1_name

SOURCE = "csv"


def read_places(path: Path) -> Iterator[GazetteerPlace | RowError]:
    with open_text(path) as fh:
        for line_no, row in csv_rows(fh):
            try:
                yield _place(row)
            except BadRow as exc:
                yield RowError(str(path), line_no, str(exc))


def _place(row: dict[str, str]) -> GazetteerPlace:
    name = row.get("name", "")
    if not name:
        raise BadRow("name is empty")
    lat = parse_float(row.get("lat", ""), "lat", -90, 90)
    lon = parse_float(row.get("lon", ""), "lon", -180, 180)
    aliases = tuple(a.strip() for a in re.split(r"[;|]", row.get("aliases", "")) if a.strip())
    return GazetteerPlace(
        id=place_id(SOURCE, name, lat, lon), name=name, lat=lat, lon=lon,
        feature=row.get("feature") or "village", country=row.get("country") or "SY",
        admin1=admin1_name(row.get("admin1", "")), admin2=row.get("admin2") or None,
        source=SOURCE, alt_names=aliases,
    )
