"""One gazetteer row as the rest of the package sees it, independent of the store."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

# Features that stand for an area rather than a point, with the UCDP ``where_prec``
# a report naming only that area gets.
AREA_PRECISION = {"admin1": 4, "admin2": 3, "country": 6, "region": 2, "desert": 2}


@dataclass(frozen=True)
class GazetteerPlace:
    """A named place with where it is, what it is and where the row came from."""

    id: str
    name: str
    lat: float | None
    lon: float | None
    feature: str = "village"
    country: str | None = "SY"
    admin1: str | None = None
    admin2: str | None = None
    population: int = 0
    source: str = "curated"
    alt_names: tuple[str, ...] = field(default=())
    precision: int | None = None
    vouched_names: tuple[str, ...] = field(default=())  # alternates Observatory's own data adds (aliases.yaml)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alt_names)

    @property
    def has_point(self) -> bool:
        return self.lat is not None and self.lon is not None

    @property
    def point(self) -> tuple[float, float]:
        """(lat, lon), for code that has already kept only the rows with a point: a row
        without one reaching it is a bug there, named here rather than as a TypeError."""
        if self.lat is None or self.lon is None:
            raise ValueError(f"gazetteer place {self.id} has no coordinates")
        return self.lat, self.lon

    @property
    def where_prec(self) -> int:
        """UCDP precision of a report that names this place and nothing finer."""
        if self.precision is not None:
            return self.precision
        return AREA_PRECISION.get(self.feature, 1)

    @property
    def display_name(self) -> str:
        """The name in plain Latin letters, as analysts and UCDP write it."""
        return ascii_name(self.name)


@lru_cache(maxsize=65536)
def ascii_name(name: str) -> str:
    """Strip diacritics and turn the half-rings of ʿayn/hamza into an apostrophe.

    Kept per name: every resolved mention of a report asks for its place's display
    name, and a report names the same few places again and again."""
    name = unicodedata.normalize("NFKD", name)
    name = "".join(c for c in name if not unicodedata.combining(c))
    return name.translate(_APOSTROPHES)


_APOSTROPHES = str.maketrans("‘’ʿʾ`", "'" * 5)


def feature_from_population(population: int) -> str:
    """cities500 carries no feature code; size is the best hint at city/town/village."""
    if population >= 100_000:
        return "city"
    if population >= 10_000:
        return "town"
    return "village"
