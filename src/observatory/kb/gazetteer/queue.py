"""Resolving a name of the unresolved-places queue: the resolution becomes an alias.

A user resolves a name once (to a gazetteer id, or to a new point); the alias makes
every later extraction place it.  Counting the queue over the stored claims is
``observatory.fuse.unresolved`` (the knowledge bases never read claim tables).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.store.tables.gazetteer import UnresolvedPlaceRow

from .normalize import light_key
from .repository import add_alias


def resolve(session: Session, name: str, place_id: str) -> None:
    """Make ``name`` an alias of ``place_id`` and close its queue entry."""
    add_alias(session, place_id, name, kind="resolution")
    row = session.scalar(select(UnresolvedPlaceRow).where(UnresolvedPlaceRow.key == light_key(name)))
    if row is not None:
        row.resolved_place_id = place_id
