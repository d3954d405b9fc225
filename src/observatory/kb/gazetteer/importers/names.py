"""Splitting feature words off names as event datasets write them, and mapping their
governorate spellings onto the gazetteer's."""

from __future__ import annotations

import re
from functools import lru_cache

from observatory.config import PACKAGE_DATA, read_yaml

from ..normalize import light_key

# Trailing words that say what a place is: "Al Qaryatayn town" -> ("Al Qaryatayn", "town").
_FEATURE_SUFFIXES = (
    (r"military air ?base|air ?base|airport|airfield", "military_site"),
    (r"army base|military base|base|barracks", "military_site"),
    (r"neighbou?rhood|quarter|suburb", "neighbourhood"),
    (r"mountains?|mountain range|hills?", "mountain"),
    (r"town", "town"), (r"village", "village"), (r"city", "city"), (r"camp", "camp"),
    (r"desert", "desert"), (r"dam", "dam"), (r"crossing|border crossing", "crossing"),
    (r"road|highway", "road"), (r"area|region|plain|valley", "region"),
)
_SUFFIX = re.compile(r"^(?P<name>.+?)\s+(?P<word>" + "|".join(p for p, _ in _FEATURE_SUFFIXES) + r")$", re.I)


# Features named after their host place ("Deir ez Zor airport", "Sukhnah desert"): the
# word stays in the name, or the airport would answer for the city.
_KEEP_WORD = frozenset({"military_site", "dam", "crossing", "road", "camp", "desert"})


def split_feature(name: str, default: str = "village") -> tuple[str, str]:
    """Name without its trailing feature word (kept for host-named features), and the feature."""
    name = " ".join(name.split())
    m = _SUFFIX.match(name)
    if not m:
        return name, default
    word = m.group("word").lower()
    feature = next(f for p, f in _FEATURE_SUFFIXES if re.fullmatch(p, word))
    return (name if feature in _KEEP_WORD else m.group("name")), feature


def admin1_name(value: str) -> str | None:
    """"Homs Governorate", "Dayr az Zawr", "Rif Dimashq" -> the gazetteer's governorate name."""
    value = re.sub(r"\s+(governorate|province|muhafazat)$", "", value.strip(), flags=re.I)
    if not value:
        return None
    return _governorate_keys().get(light_key(value), value)


def is_area_name(name: str) -> bool:
    """A country or governorate name: event datasets use them for events placed only
    that coarsely, and the built-in gazetteer already has them as areas."""
    return light_key(name) in _governorate_keys() or light_key(name) in _country_keys()


@lru_cache(maxsize=1)
def _governorate_keys() -> dict[str, str]:
    rows = _places_yaml("governorates.yaml")
    return {light_key(n): row["name"] for row in rows for n in (row["name"], *row.get("alt", ()))}


@lru_cache(maxsize=1)
def _country_keys() -> frozenset[str]:
    rows = _places_yaml("curated.yaml")["countries"]
    return frozenset(light_key(n) for row in rows for n in (row["name"], *row.get("alt", ())))


def _places_yaml(name: str):
    return read_yaml(PACKAGE_DATA / "places" / name)
