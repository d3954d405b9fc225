"""Changes users make to the stored gazetteer: the built-in load, new places, resolutions."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from .builtin import builtin_places
from .importers.base import place_id
from .importers.names import admin1_name
from .record import GazetteerPlace
from .repository import write_places
from .resolve import USER_SOURCE
BATCH = 1000


def build_store(engine: Engine, progress: Callable[[int], None] = lambda n: None) -> int:
    """Write the built-in places into the store (idempotent; user aliases are kept)."""
    places = builtin_places()
    written = 0
    for start in range(0, len(places), BATCH):
        batch = places[start:start + BATCH]
        with Session(engine) as session, session.begin():
            written += write_places(session, batch)
        progress(len(batch))
    return written


def new_place(name: str, lat: float, lon: float, aliases: Iterable[str] = (), feature: str = "village",
              admin1: str | None = None, country: str = "SY") -> GazetteerPlace:
    """A place a user adds by hand; its id says so ("user:…")."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise ValueError(f"latitude {lat} / longitude {lon} out of range")
    return GazetteerPlace(
        id=place_id(USER_SOURCE, name, lat, lon), name=name, lat=lat, lon=lon, feature=feature,
        country=country, admin1=admin1_name(admin1 or ""), source=USER_SOURCE, alt_names=tuple(aliases),
    )
