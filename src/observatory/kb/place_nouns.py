"""Nouns that name a kind of place ("town", "countryside", "air base"), in one data file.

The toponym cues ("X town", "the countryside of X") and the control grammar ("captured
three villages", "the town's streets") each read a subset of the same nouns; the subsets
are roles in ``data/places/place_nouns.yaml`` so that a noun is added, or its meaning
corrected, in one place, and every pattern built from a role sees it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from observatory.config import PACKAGE_DATA

PLACE_NOUNS_PATH = PACKAGE_DATA / "places" / "place_nouns.yaml"
ROLES = frozenset({
    "after", "of", "kind_of", "list_of", "around_after", "around_of", "admin_after", "admin_of", "settlement",
    "object", "unnamed", "anaphor", "lost", "locating", "closes_list", "building", "admin_before", "admin_in",
    "quarter_in", "around_before", "city_part", "governorate_wide",
})


@dataclass(frozen=True)
class PlaceNoun:
    """One word form of the file: its gazetteer feature (if any) and its roles."""

    word: str
    feature: str | None
    roles: frozenset[str]


@lru_cache(maxsize=1)
def place_nouns() -> tuple[PlaceNoun, ...]:
    """Every entry of the file, read once per process; a bad entry names file and line."""
    loader = yaml.SafeLoader(PLACE_NOUNS_PATH.read_text(encoding="utf-8"))
    try:
        root = loader.get_single_node()
        if not isinstance(root, yaml.MappingNode):
            raise ValueError(f"{PLACE_NOUNS_PATH}: expected a mapping of word -> entry")
        return tuple(_entry(loader, key, value) for key, value in root.value)
    except yaml.YAMLError as exc:
        raise ValueError(f"{PLACE_NOUNS_PATH}: invalid YAML: {exc}") from exc
    finally:
        loader.dispose()


def _entry(loader: yaml.SafeLoader, key: yaml.Node, value: yaml.Node) -> PlaceNoun:
    where = f"{PLACE_NOUNS_PATH}:{key.start_mark.line + 1}"
    word = loader.construct_object(key, deep=True)
    entry = loader.construct_object(value, deep=True)
    if not isinstance(word, str) or not isinstance(entry, dict):
        raise ValueError(f"{where}: expected 'word: {{feature: ..., roles: [...]}}'")
    roles = entry.get("roles")
    if not isinstance(roles, list) or not roles or set(roles) - ROLES:
        raise ValueError(f"{where}: {word!r} needs roles among {sorted(ROLES)}, got {roles!r}")
    feature = entry.get("feature")
    if feature is not None and not isinstance(feature, str):
        raise ValueError(f"{where}: {word!r} has a feature that is not a word: {feature!r}")
    return PlaceNoun(word.lower(), feature, frozenset(roles))


def nouns_with(role: str) -> tuple[PlaceNoun, ...]:
    """The entries that take part in ``role``, in file order."""
    if role not in ROLES:
        raise KeyError(f"unknown place-noun role {role!r}")
    return tuple(noun for noun in place_nouns() if role in noun.roles)


def words_with(role: str) -> frozenset[str]:
    return frozenset(noun.word for noun in nouns_with(role))


def alternation(role: str) -> str:
    """A regex group ``(?:...)`` matching any word of ``role``: longest first, so it picks
    what a greedy ``villages?`` would, whatever follows."""
    words = sorted(words_with(role), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"
