"""Geocode UCDP GED's location names with the built-in gazetteer and compare with UCDP's points.

usage: python bench/geocode.py [GED_CSV] [--with-governorate]

Every distinct ``where_coordinates`` (with its point) of events UCDP placed on a named
place (``where_prec`` 1 or 2) is run through ``PlaceFinder`` as a one-line text; with
``--with-governorate`` the text also names UCDP's ``adm_1``, as a report's dateline
would.  Prints the share placed within 15 km of UCDP's point, the share left
unresolved, the share placed more than 50 km away (wrong), and lookups per second.
The built-in gazetteer is used alone: no database is read.
"""

from __future__ import annotations

import argparse
import csv
import time
from pathlib import Path

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.nlp.sentences import split_sentences

DEFAULT_CSV = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
NEAR_KM, WRONG_KM = 15.0, 50.0


def locations(path: Path) -> list[tuple[str, str, float, float]]:
    """Distinct (name, governorate, lat, lon) of precisely placed UCDP events."""
    seen: dict[tuple[str, str, float, float], None] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["where_prec"] in ("1", "2") and row["where_coordinates"]:
                key = (row["where_coordinates"], row["adm_1"], float(row["latitude"]), float(row["longitude"]))
                seen.setdefault(key, None)
    return list(seen)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--with-governorate", action="store_true")
    args = ap.parse_args()
    rows = locations(args.csv)
    finder = PlaceFinder(Gazetteer(builtin_places()))
    near = unresolved = wrong = 0
    started = time.perf_counter()
    for name, adm1, lat, lon in rows:
        text = f"{name}, {adm1}" if args.with_governorate and adm1 else name
        found = [m for m in finder.find(text, split_sentences(text)) if m.start == 0]
        place = found[0].place if found else None
        if place is None or place.lat is None:
            unresolved += 1
            continue
        distance = km_between(lat, lon, place.lat, place.lon)
        near += distance <= NEAR_KM
        wrong += distance > WRONG_KM
    elapsed = time.perf_counter() - started
    n = len(rows)
    print(f"locations {n}  (distinct name+point, where_prec 1-2)")
    print(f"within {NEAR_KM:.0f} km   {near / n:.3f}")
    print(f"unresolved     {unresolved / n:.3f}")
    print(f"wrong > {WRONG_KM:.0f} km  {wrong / n:.3f}")
    print(f"lookups/s      {n / elapsed:.0f}")


if __name__ == "__main__":
    main()
