"""Resolving a place the gazetteer missed: extend the gazetteer, then fix the claims.

The new place (or the existing one the reviewer picked) is written to the store's
gazetteer with the reported name as an alias, so future extractions find it; every
current claim that used the name without coordinates gets a ``resolve_place``
decision, which fusion applies now and on every recomputation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlalchemy.orm import Session

from observatory.fuse.unresolved import replace_claims, sync_unresolved
from observatory.kb.gazetteer.loader import default_gazetteer, reset_default_gazetteer
from observatory.kb.gazetteer.queue import resolve
from observatory.kb.gazetteer.record import GazetteerPlace
from observatory.kb.gazetteer.repository import to_place, write_places
from observatory.store.tables.gazetteer import GazetteerPlaceRow

FEATURES = ("village", "town", "city", "neighbourhood", "military_site", "mountain", "desert", "road", "region",
            "admin2", "admin1")


class PlaceError(ValueError):
    """A resolution that cannot be made (no coordinates, unknown place id…)."""


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "place"


def _coordinate(submitted: Mapping[str, str], key: str, bound: float) -> float:
    try:
        value = float(submitted.get(key, "").strip())
    except ValueError as error:
        raise PlaceError(f"{key}: a decimal number is needed") from error
    if not -bound <= value <= bound:
        raise PlaceError(f"{key}: {value} is out of range")
    return value


def place_for(session: Session, submitted: Mapping[str, str]) -> GazetteerPlace:
    """The existing gazetteer place named by ``place_id``, or a new user place from the form."""
    place_id = submitted.get("place_id", "").strip()
    if place_id:
        row = session.get(GazetteerPlaceRow, place_id)
        if row is None:
            raise PlaceError(f"no gazetteer place with id {place_id!r}")
        return to_place(row)
    name = submitted.get("canonical", "").strip() or submitted.get("name", "").strip()
    feature = submitted.get("feature", "village").strip() or "village"
    if feature not in FEATURES:
        raise PlaceError(f"feature: one of {', '.join(FEATURES)}")
    place = GazetteerPlace(
        id=f"user:{_slug(name)}",
        name=name,
        lat=_coordinate(submitted, "lat", 90),
        lon=_coordinate(submitted, "lon", 180),
        feature=feature,
        admin1=submitted.get("admin1", "").strip() or None,
        admin2=submitted.get("admin2", "").strip() or None,
        source="user",
    )
    write_places(session, [place])
    session.flush()
    return place


def search_places(engine_url: str, query: str, limit: int = 10) -> list[GazetteerPlace]:
    """Gazetteer places (built-in and the store's own) whose names match ``query``."""
    return default_gazetteer(engine_url).search(query, limit=limit) if query.strip() else []


def resolve_place(session: Session, user: str, submitted: Mapping[str, str]) -> int:
    """Resolve the reported name ``submitted["name"]``; returns how many claims were updated."""
    name = submitted.get("name", "").strip()
    if not name:
        raise PlaceError("name: which reported place name is being resolved?")
    place = place_for(session, submitted)
    sync_unresolved(session)  # make sure the queue has the name, so resolving closes it
    resolve(session, name, place.id)
    updated = replace_claims(session, user, name, place, submitted.get("reason"))
    reset_default_gazetteer()
    return updated
