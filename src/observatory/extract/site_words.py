"""The words that introduce a place as a site, read from ``data/places/site_words.yaml``.

Event places, toll sites and the "X, a village between A and B" rule each recognise a
place as where something happened by the words just before it; the words live in one
data file so that a new verb or a new "X-held" is added once and every pattern sees it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path


from observatory.config import PACKAGE_DATA, read_yaml

SITE_WORDS_PATH = PACKAGE_DATA / "places" / "site_words.yaml"
_SHAPE: dict[str, tuple[str, ...]] = {
    "site": ("prepositions", "strikes", "held", "clause_verbs"),
    "toll": ("prepositions", "not_named", "joined_verbs", "joined_adverbs"),
    "told_site": ("prepositions", "verbs", "near", "near_heads"),
    "part_of_place": (),
    "event_words": (),
    "aftermath": (),
    "not_weapon": (),
    "between": ("nouns", "lying", "ends"),
    "landmark": ("nouns", "bearings"),
    "speaker": (),
    "origin_people": ("nouns", "carrying", "leaving", "residents", "own_journey"),
    "government_seat": (),
    "bearing_degree": (),
    "locating_chain": (),
}


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, tuple[str, ...]] | tuple[str, ...]]:
    """The file, checked once: every list a list of lower-case words (a bad one names the file)."""
    rows = read_yaml(SITE_WORDS_PATH)
    if not isinstance(rows, dict) or set(rows) != set(_SHAPE):
        raise ValueError(f"{SITE_WORDS_PATH}: expected the keys {sorted(_SHAPE)}")
    out: dict[str, dict[str, tuple[str, ...]] | tuple[str, ...]] = {}
    for key, parts in _SHAPE.items():
        if not parts:
            out[key] = word_list(rows[key], SITE_WORDS_PATH, key)
            continue
        if not isinstance(rows[key], dict) or set(rows[key]) != set(parts):
            raise ValueError(f"{SITE_WORDS_PATH}: {key!r} needs the lists {list(parts)}")
        out[key] = {part: word_list(rows[key][part], SITE_WORDS_PATH, f"{key}.{part}") for part in parts}
    return out


def word_list(value: object, path: Path, where: str) -> tuple[str, ...]:
    """``value`` as words for ``one_of``, checked: a non-empty list of lower-case words (a
    bad entry names the file ``path`` and the list ``where``)."""
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w == w.lower() for w in value):
        raise ValueError(f"{path}: {where!r} must be a non-empty list of lower-case words")
    return tuple(value)


def words(key: str, part: str | None = None) -> tuple[str, ...]:
    """One list of the file: ``words("part_of_place")``, ``words("site", "held")``."""
    entry = _words()[key]
    if isinstance(entry, dict):
        if part is None:
            raise KeyError(f"{key!r} has the lists {sorted(entry)}; name one")
        return entry[part]
    return entry


def one_of(*lists: tuple[str, ...]) -> str:
    """A regex group matching any word of ``lists`` (longest first, as a greedy pattern would)."""
    found = sorted({w for ws in lists for w in ws}, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in found) + ")"
