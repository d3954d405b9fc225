"""Country and governorate of a point, from the boundaries that ship with Observatory.

A gazetteer row's own country and admin1 are only as good as its source (cities500
has no admin1 for some rows, an imported file may have none, a curated landmark may
sit across a border from its name); coordinates settle it.  ``data/places/
boundaries.json`` holds Natural Earth's first-level areas of Syria and its neighbours
(public domain; built once by ``scripts/build-boundaries.py``), so an event in Mosul
or Beirut is in Iraq or Lebanon whatever the report's topic, and every point inside
Syria has its governorate.

A point-in-polygon test per area with a bounding-box check first: 140 areas, a few
microseconds per point, no geometry library needed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from observatory.config import PACKAGE_DATA, read_yaml

from .builtin import district_seats
from .geo import km_between

BOUNDARIES = PACKAGE_DATA / "places" / "boundaries.json"
OVERRIDES = PACKAGE_DATA / "places" / "boundary_overrides.yaml"
COUNTRY_NAMES = {"SY": "Syria", "IQ": "Iraq", "LB": "Lebanon", "JO": "Jordan", "TR": "Turkey",
                 "IL": "Israel", "PS": "Palestine"}

Ring = tuple[tuple[float, float], ...]
_BORDER_KM_DEG = 0.03  # about 3 km
_BORDER_PROBES = tuple((a * _BORDER_KM_DEG, b * _BORDER_KM_DEG) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b)


@dataclass(frozen=True)
class Area:
    """One first-level area: its country (ISO code), name, and polygons (outer ring, holes)."""

    country: str
    admin1: str
    polygons: tuple[tuple[Ring, ...], ...]
    bbox: tuple[float, float, float, float]  # min lon, min lat, max lon, max lat

    def contains(self, lat: float, lon: float) -> bool:
        west, south, east, north = self.bbox
        if not (west <= lon <= east and south <= lat <= north):
            return False
        return any(_inside(lon, lat, rings[0]) and not any(_inside(lon, lat, hole) for hole in rings[1:])
                   for rings in self.polygons)


def area_at(lat: float | None, lon: float | None) -> Area | None:
    """The area the point lies in, or None (at sea, or beyond the countries covered)."""
    if lat is None or lon is None:
        return None
    return _area_at(round(lat, 5), round(lon, 5))


def country_name(code: str | None) -> str | None:
    """"SY" -> "Syria", as ACLED and UCDP write countries."""
    return COUNTRY_NAMES.get(code or "", code)


@lru_cache(maxsize=65536)
def _area_at(lat: float, lon: float) -> Area | None:
    """Memoised: a corpus places thousands of events on a few hundred points."""
    return next((a for a in areas() if a.contains(lat, lon)), None)


@lru_cache(maxsize=1)
def areas() -> tuple[Area, ...]:
    """The overrides first (``data/places/boundary_overrides.yaml``: where the status the
    project follows differs from Natural Earth's lines), then Natural Earth's areas."""
    data = json.loads(BOUNDARIES.read_text(encoding="utf-8"))
    overrides = read_yaml(OVERRIDES) or []
    return tuple(_area({"country": row["country"], "admin1": row["admin1"],
                        "polygons": [[[(lon, lat) for lat, lon in row["ring"]]]]}) for row in overrides) \
        + tuple(_area(row) for row in data["areas"])


def _area(row: dict) -> Area:
    polygons = tuple(tuple(tuple((x, y) for x, y in ring) for ring in rings) for rings in row["polygons"])
    xs = [x for rings in polygons for x, _ in rings[0]]
    ys = [y for rings in polygons for _, y in rings[0]]
    return Area(row["country"], row["admin1"], polygons, (min(xs), min(ys), max(xs), max(ys)))


def _inside(x: float, y: float, ring: Ring) -> bool:
    """Even-odd ray casting."""
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


@dataclass(frozen=True)
class AdminUnits:
    """Country (ISO code), governorate and district of a point, as exports and views need them."""

    country: str | None
    admin1: str | None
    admin2: str | None

    @property
    def in_syria(self) -> bool:
        return self.country == "SY"


def admin_units(lat: float | None, lon: float | None, country: str | None = None,
                admin1: str | None = None, admin2: str | None = None) -> AdminUnits:
    """The units of a point: its coordinates decide the country, and the governorate when
    the gazetteer row has none or puts it in another country; Syrian districts come from
    the nearest district seat of the governorate (no district boundaries ship yet)."""
    if lat is None or lon is None:
        return AdminUnits(country, admin1, admin2)
    area = area_at(lat, lon)
    if area is None or (country and area.country != country and _near_country(lat, lon, country)):
        return AdminUnits(country, admin1, admin2)  # a border village: the simplified line may cut it off
    if area.country != country or not admin1:
        admin1, admin2 = area.admin1, None
    if area.country == "SY" and not admin2:
        admin2 = nearest_district(lat, lon, admin1)
    return AdminUnits(area.country, admin1, admin2)


def _near_country(lat: float, lon: float, country: str) -> bool:
    """Whether a point lies within about 3 km of ``country``: borders are simplified to
    ~300 m and gazetteer points are rounded, so a border town's own row is believed."""
    return any((area := area_at(lat + dlat, lon + dlon)) is not None and area.country == country
               for dlat, dlon in _BORDER_PROBES)


def nearest_district(lat: float, lon: float, admin1: str) -> str | None:
    local = [d for d in district_seats() if d.admin1 == admin1]
    if not local:
        return None
    return min(local, key=lambda d: km_between(lat, lon, *d.point)).admin2
