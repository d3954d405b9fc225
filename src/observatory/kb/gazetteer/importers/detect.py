"""Guessing a place file's format from its first line."""

from __future__ import annotations

from pathlib import Path

from .base import open_text

FORMATS = ("geonames", "geonames-alternates", "ucdp", "acled", "csv")
_GEONAMES_COLUMNS = 19
_ALTERNATES_COLUMNS = range(8, 11)  # v1 has 8 columns, V2 10


def detect_format(path: Path) -> str:
    """``ucdp``/``acled``/``csv`` by CSV header, GeoNames dumps by their tab layout."""
    with open_text(path) as fh:
        first = fh.readline()
    header = {h.strip().strip('"').lower() for h in first.split(",")}
    if {"where_coordinates", "latitude", "longitude"} <= header:
        return "ucdp"
    if {"location", "latitude", "longitude", "admin1"} <= header:
        return "acled"
    if {"name", "lat", "lon"} <= header:
        return "csv"
    columns = first.rstrip("\n").split("\t")
    if len(columns) == _GEONAMES_COLUMNS and columns[0].isdigit():
        return "geonames"
    if len(columns) in _ALTERNATES_COLUMNS and columns[0].isdigit() and columns[1].isdigit():
        return "geonames-alternates"
    raise ValueError(
        f"{path}: cannot tell the format from the first line; pass --format ({', '.join(FORMATS)})"
    )
