"""Sentence splitting that keeps code-point offsets into the original text.

Monitoring reports run to very long sentences joined by commas, so a sentence here is
only what ends in ``.``, ``!``, ``?`` or a line break.  A rule-based splitter is used
instead of a parser because it is two orders of magnitude faster and the extractors
only need clause-sized windows with exact offsets for their evidence spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "brig", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "no", "vs", "etc", "approx", "km", "u.s", "u.n", "u.k", "e.g", "i.e",
}

_BOUNDARY = re.compile(r"(?<=[.!?…])([\"'”’)\]]*)\s+(?=[\"'“‘(\[]?[A-Z0-9\u0600-\u06ff])|\n\s*")

_LAST_WORD = re.compile(r"([A-Za-z.]+)\.$")
_TAIL = 24


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets are exact so ``text[s.start:s.end] == s.text``."""
    sentences: list[Sentence] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        cut = match.start() + len(match.group(1) or "")
        if "\n" not in match.group() and _ends_with_abbreviation(text[start:cut]):
            continue
        _append(sentences, text, start, cut)
        start = match.end()
    _append(sentences, text, start, len(text))
    return sentences


def _ends_with_abbreviation(chunk: str) -> bool:
    # Only the end of the chunk matters: search its last characters, and the whole chunk
    # only when the final run of letters reaches back beyond them.
    pos = max(0, len(chunk) - _TAIL)
    tail = _LAST_WORD.search(chunk, pos)
    if tail is not None and tail.start() == pos > 0:
        tail = _LAST_WORD.search(chunk)
    if not tail:
        return False
    word = tail.group(1).lower()
    return word in _ABBREVIATIONS or len(word) == 1


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
