"""Shared helpers for the tests that run invented sentences through the place finder
(holds no tests itself)."""

from __future__ import annotations

from observatory.extract.places import PlaceFinder
from observatory.models import Place
from observatory.nlp.sentences import split_sentences


def placed(finder: PlaceFinder, text: str) -> dict[str, Place]:
    """Each recognised mention of ``text`` and the place it was resolved to."""
    return {m.mention: m.place for m in finder.find(text, split_sentences(text))}


def starting(found: dict[str, Place], name: str) -> Place:
    """The place of the first mention that begins with ``name`` (mentions may carry a kind word)."""
    return next(place for mention, place in found.items() if mention.startswith(name))
