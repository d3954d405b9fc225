"""GeoNames dump files: ``SY.txt`` / ``allCountries.txt`` (places) and
``alternateNamesV2.txt`` (extra names of places already in the store).

Layouts: https://download.geonames.org/export/dump/readme.txt
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterator

from ..builtin import COUNTRIES, GEONAMES_PREFIX, governorate_names
from ..record import GazetteerPlace, feature_from_population
from .base import BadRow, RowError, open_text, parse_float

SOURCE = "geonames"
_KEPT_CLASSES = frozenset("APTSRL")
_FEATURES = {
    "PPLX": "neighbourhood", "PPLQ": "village", "PPLW": "village",
    "ADM1": "admin1", "ADM2": "admin2", "ADM3": "region", "ADM4": "region", "PCLI": "country",
    "MT": "mountain", "MTS": "mountain", "HLL": "mountain", "HLLS": "mountain", "PK": "mountain",
    "RDGE": "mountain", "MESA": "mountain", "PLAT": "region", "DSRT": "desert", "VAL": "region",
    "PLN": "region", "RGN": "region", "AREA": "region", "LCTY": "region", "OILF": "site",
    "AIRB": "military_site", "AIRF": "military_site", "AIRP": "military_site", "AIRH": "military_site",
    "MILB": "military_site", "INSM": "military_site", "BRKS": "military_site", "DAM": "dam",
    "CMP": "camp", "CMPRF": "camp", "PSTB": "crossing", "BDG": "bridge", "RD": "road", "RDJCT": "road",
}
_SKIPPED_LANGUAGES = frozenset({"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "tcid", "unlc", "fr_1793"})


def read_places(path: Path, countries: frozenset[str] = frozenset(COUNTRIES)
                ) -> Iterator[GazetteerPlace | RowError | None]:
    """Places of ``countries`` from a GeoNames dump; None for rows deliberately skipped."""
    with open_text(path) as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield _place(line.rstrip("\n").split("\t"), countries)
            except BadRow as exc:
                yield RowError(str(path), line_no, str(exc))


def _place(cols: list[str], countries: frozenset[str]) -> GazetteerPlace | None:
    if len(cols) != 19:
        raise BadRow(f"expected 19 tab-separated columns, found {len(cols)}")
    geonameid, name, asciiname, alternates, lat, lon, fclass, fcode, country = cols[:9]
    if not geonameid.isdigit():
        raise BadRow(f"geonameid {geonameid!r} is not a number")
    if country not in countries or fclass not in _KEPT_CLASSES:
        return None
    population = int(cols[14]) if cols[14].isdigit() else 0
    alt = [a for a in alternates.split(",") if a and not a.islower()]
    if asciiname and asciiname != name:
        alt.insert(0, asciiname)
    return GazetteerPlace(
        id=f"{GEONAMES_PREFIX}{geonameid}", name=name, lat=parse_float(lat, "latitude", -90, 90),
        lon=parse_float(lon, "longitude", -180, 180), feature=_feature(fcode, population),
        country=country, admin1=governorate_names().get(cols[10]) if country == "SY" else None,
        population=population, source=SOURCE, alt_names=tuple(alt),
    )


def _feature(code: str, population: int) -> str:
    if code in _FEATURES:
        return _FEATURES[code]
    return feature_from_population(population) if code.startswith("PPL") else code.lower() or "place"


def read_alternates(path: Path) -> Iterator[tuple[str, str] | RowError | None]:
    """(place id, name) pairs from ``alternateNamesV2.txt``; None for skipped rows."""
    with open_text(path) as fh:
        for line_no, line in enumerate(fh, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or not cols[1].isdigit():
                yield RowError(str(path), line_no, "expected alternateNameId, geonameid, language, name")
                continue
            if cols[2] in _SKIPPED_LANGUAGES or not cols[3].strip():
                yield None
                continue
            yield f"{GEONAMES_PREFIX}{cols[1]}", cols[3].strip()
