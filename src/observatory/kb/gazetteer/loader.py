"""Building a process-wide gazetteer once per database: built-in data, then the user's rows."""

from __future__ import annotations

import logging
import threading
from functools import lru_cache

from observatory.config import database_url as configured_url

from .builtin import builtin_places
from .index import Gazetteer

log = logging.getLogger(__name__)
_lock = threading.Lock()
_by_url: dict[str, Gazetteer] = {}


@lru_cache(maxsize=1)
def _builtin_gazetteer() -> Gazetteer:
    return Gazetteer(builtin_places())


def load_gazetteer(database_url: str | None = None) -> Gazetteer:
    """The built-in places, plus the user's places kept in ``database_url`` when one is named.

    Only what the caller names is read (never a database found in the current folder),
    so an extractor built on the result answers the same everywhere.  Both kinds are
    built once per process.
    """
    return _builtin_gazetteer() if database_url is None else default_gazetteer(database_url)


def default_gazetteer(database_url: str | None = None) -> Gazetteer:
    """The cached gazetteer for the configured database (read only if it exists and has places)."""
    url = configured_url(database_url)
    with _lock:
        if url not in _by_url:
            gazetteer = Gazetteer(builtin_places())
            _add_user_places(gazetteer, url)
            _by_url[url] = gazetteer
        return _by_url[url]


def reset_default_gazetteer() -> None:
    """Forget cached gazetteers (after the store's places changed in this process)."""
    with _lock:
        _by_url.clear()


def _add_user_places(gazetteer: Gazetteer, url: str) -> None:
    from .repository import existing_database, load_user_places

    if not existing_database(url):
        return
    try:
        places, aliases = load_user_places(url)
    except Exception as exc:  # an old or foreign database must not stop extraction
        log.warning("gazetteer rows in %s not loaded: %s", url, exc)
        return
    for place in places:
        gazetteer.add(place)
    for place_id, alias in aliases:
        if gazetteer.get(place_id) is not None:
            gazetteer.add_alias(place_id, alias)
