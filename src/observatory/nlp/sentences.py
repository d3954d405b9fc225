"""Sentence splitting that keeps code-point offsets into the original text.

Monitoring reports run to very long sentences joined by commas, so a sentence here is
only what ends in ``.``, ``!``, ``?`` or a line break.  A rule-based splitter is used
instead of a parser because it is two orders of magnitude faster and the extractors
only need clause-sized windows with exact offsets for their evidence spans.

A "sentence" without end punctuation can run to a whole page (a pasted list, a feed
dump); extractors scan each sentence with patterns whose cost grows faster than its
length, so a sentence longer than ``MAX_SENTENCE`` characters is cut at whitespace into
pieces no longer than that.  Real reporting stays well below it.
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
MAX_SENTENCE = 2000
_BLANKS = " \t\u00a0\u2009\u202f"


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
    """Add ``text[start:end]`` trimmed, in pieces of at most ``MAX_SENTENCE`` characters."""
    while True:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start <= MAX_SENTENCE:
            break
        cut = _piece_end(text, start)
        out.append(Sentence(start, cut, text[start:cut]))
        start = cut
    if end > start:
        out.append(Sentence(start, end, text[start:end]))


def _piece_end(text: str, start: int) -> int:
    """Where an overlong sentence's first piece ends: the last blank in its second half,
    else (one giant token) right at the limit."""
    limit = start + MAX_SENTENCE
    blank = max(text.rfind(c, start + MAX_SENTENCE // 2, limit) for c in _BLANKS)
    cut = blank if blank > start else limit
    while cut > start and text[cut - 1].isspace():
        cut -= 1
    return cut if cut > start else limit
