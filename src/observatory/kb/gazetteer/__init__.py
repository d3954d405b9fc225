"""Observatory's gazetteer: Syrian toponyms, their spellings, and where they are.

``default_gazetteer()`` is the one in-memory index a process uses: the built-in places
(:mod:`.builtin`) plus, when the configured database already holds gazetteer rows,
the user's imported places, curated additions and resolutions.
"""

from __future__ import annotations

from .index import PlaceCandidate, Gazetteer
from .loader import default_gazetteer, load_gazetteer, reset_default_gazetteer
from .record import GazetteerPlace

__all__ = ["PlaceCandidate", "Gazetteer", "GazetteerPlace", "default_gazetteer", "load_gazetteer", "reset_default_gazetteer"]
