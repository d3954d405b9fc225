"""Cut a report's text into plain and highlighted segments for the templates.

Templates escape every segment themselves (Jinja autoescape), so report text never
reaches the page as markup: highlighting works on offsets, not on HTML strings.
Spans may overlap (an event's evidence sentence contains a casualty count), so the
text is cut at every span boundary and each piece lists all the spans covering it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``kind`` (event, casualty, control) styles it, ``ref`` links it."""

    start: int
    end: int
    kind: str
    ref: str


@dataclass
class Segment:
    text: str
    marks: list[Mark] = field(default_factory=list)

    @property
    def kinds(self) -> list[str]:
        return sorted({mark.kind for mark in self.marks})

    @property
    def refs(self) -> list[str]:
        return [mark.ref for mark in self.marks]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Split ``text`` at every boundary of ``marks``; spans outside the text are clipped."""
    valid = [m for m in marks if 0 <= m.start < m.end and m.start < len(text)]
    cuts = sorted({0, len(text), *(m.start for m in valid), *(min(m.end, len(text)) for m in valid)})
    pieces: list[Segment] = []
    for start, end in pairwise(cuts):
        covering = [m for m in valid if m.start <= start and m.end >= end]
        pieces.append(Segment(text=text[start:end], marks=covering))
    return pieces
