"""Syria's main roads as schematic lines through the gazetteer's towns (the map's base layer).

No npm or PyPI package ships a road network for Syria, so ``data/places/roads.yaml`` lists
each main road as the towns it passes, in order, and the line is drawn straight from town
to town at the built-in gazetteer's coordinates. A town the gazetteer does not know, or
knows twice, is an error naming the road and the town: a silently shortened road would
mislead the analyst reading the map.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from observatory.config import read_yaml

from .builtin import PLACES_DATA, builtin_places
from .record import GazetteerPlace

ROADS_FILE = PLACES_DATA / "roads.yaml"
# Areas have a point too (their seat), but a road passes a town, a crossing or a base.
AREA_FEATURES = frozenset({"country", "admin1", "admin2", "region", "desert", "mountain"})
COORDINATE_DIGITS = 4  # about 10 m: far finer than a schematic line needs, and a small response


class RoadError(ValueError):
    """roads.yaml names a road or a town that cannot be drawn."""


@dataclass(frozen=True)
class Road:
    """One main road: its name and the gazetteer places it passes, in order."""

    name: str
    towns: tuple[GazetteerPlace, ...]

    def feature(self) -> dict[str, Any]:
        """The road as a GeoJSON LineString feature, [lon, lat] through each town in order."""
        coordinates = [[round(town.point[1], COORDINATE_DIGITS), round(town.point[0], COORDINATE_DIGITS)]
                       for town in self.towns]
        return {"type": "Feature", "properties": {"kind": "road", "name": self.name,
                                                   "towns": [town.name for town in self.towns]},
                "geometry": {"type": "LineString", "coordinates": coordinates}}


def load_roads(path: Path = ROADS_FILE, places: Iterable[GazetteerPlace] | None = None) -> list[Road]:
    """The roads of ``path`` resolved against ``places`` (the built-in Syrian gazetteer by default)."""
    index = _index(builtin_places() if places is None else places)
    rows = read_yaml(path, RoadError)
    if not isinstance(rows, list):
        raise RoadError(f"{path}: a list of roads is expected")
    return [_road(path, number, row, index) for number, row in enumerate(rows, start=1)]


@lru_cache(maxsize=1)
def road_network() -> dict[str, Any]:
    """The built-in roads as one GeoJSON FeatureCollection, built once per process."""
    return {"type": "FeatureCollection", "features": [road.feature() for road in load_roads()]}


def _index(places: Iterable[GazetteerPlace]) -> dict[str, list[GazetteerPlace]]:
    index: dict[str, list[GazetteerPlace]] = defaultdict(list)
    for place in places:
        if place.country == "SY" and place.has_point and place.feature not in AREA_FEATURES:
            index[place.name].append(place)
    return index


def _road(path: Path, number: int, row: Any, index: dict[str, list[GazetteerPlace]]) -> Road:
    if not isinstance(row, dict) or not isinstance(row.get("name"), str) or not isinstance(row.get("towns"), list):
        raise RoadError(f"{path}: road {number} needs a name and a list of towns")
    name = row["name"]
    if len(row["towns"]) < 2:
        raise RoadError(f"{path}: road {name!r} needs at least two towns")
    return Road(name=name, towns=tuple(_town(path, name, str(town), index) for town in row["towns"]))


def _town(path: Path, road: str, entry: str, index: dict[str, list[GazetteerPlace]]) -> GazetteerPlace:
    """The one place spelt ``entry`` ("Name" or "Name, Governorate") in the gazetteer."""
    town, _, governorate = (part.strip() for part in entry.partition(","))
    found = [p for p in index.get(town, []) if not governorate or p.admin1 == governorate]
    if not found:
        raise RoadError(f"{path}: road {road!r}: town {entry!r} is not in the gazetteer "
                        "(write it as the gazetteer spells it, e.g. with its diacritics)")
    if len(found) > 1:
        where = ", ".join(f"{p.id} ({p.admin1})" for p in found)
        raise RoadError(f"{path}: road {road!r}: town {entry!r} is ambiguous ({where}): "
                        "add its governorate as \"Name, Governorate\"")
    return found[0]
