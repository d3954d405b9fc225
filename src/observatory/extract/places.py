"""Toponyms in report text, resolved by the gazetteer (placeholder: finds nothing yet)."""

from __future__ import annotations

from dataclasses import dataclass

from observatory.models import Place
from observatory.nlp.sentences import Sentence


@dataclass
class PlaceMention:
    start: int
    end: int
    mention: str
    place: Place


class PlaceFinder:
    def find(self, text: str, sentences: list[Sentence]) -> list[PlaceMention]:
        return []
