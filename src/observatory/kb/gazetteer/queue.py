"""Resolving a name of the unresolved-places queue: guesses, and the resolution as an alias.

A user resolves a name once (to a gazetteer id, or to a new point); the alias makes
every later extraction place it.  Each queue entry lists the gazetteer's best guesses
with their likeness, so most names resolve with one ``--to``.  Counting the queue over
the stored claims, and giving the current claims the resolved place, is
``observatory.fuse.unresolved`` (the knowledge bases never read claim tables).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.store.tables.gazetteer import UnresolvedPlaceRow

from .index import Gazetteer
from .normalize import light_key
from .record import GazetteerPlace
from .repository import add_alias
from .resolve import similarity

CANDIDATES = 3


@dataclass(frozen=True)
class Guess:
    """A place an unresolved name may be, and how alike the spellings look (0-100)."""

    place: GazetteerPlace
    score: float


def best_guesses(gazetteer: Gazetteer, name: str, limit: int = CANDIDATES) -> tuple[Guess, ...]:
    """Sound-alikes and near spellings of ``name``, Syrian places first, likeliest first."""
    found = {c.place.id: c.place for c in (*gazetteer.lookup(name), *gazetteer.near_spellings(name))}
    guesses = sorted((Guess(p, similarity(p, name)) for p in found.values()),
                     key=lambda g: (g.place.country != "SY", -g.score, g.place.id))
    return tuple(guesses[:limit])


def resolve(session: Session, name: str, place_id: str) -> None:
    """Make ``name`` an alias of ``place_id`` and close its queue entry."""
    add_alias(session, place_id, name, kind="resolution")
    row = session.scalar(select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.key == light_key(name)))
    if row is not None:
        row.resolved_place_id = place_id
