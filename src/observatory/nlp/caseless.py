"""Case-insensitive regular expressions at case-sensitive speed.

Python's ``re`` under ``IGNORECASE`` folds every character it compares and cannot jump
ahead to a literal, which makes a long alternation ("kill|dead|wound|…") searched over
each sentence of each report a real cost.  The same pattern with its letters in lower
case, without the flag, finds the same spans several times faster in the lower-cased
text — when lower-casing keeps every offset and folds case exactly as ``IGNORECASE``
does, which holds for ASCII text.  A hit there is matched once more, at its offset, in
the original text, so callers get the very ``Match`` the ``IGNORECASE`` pattern gives.
Other text ("ſ" matches "s" under ``IGNORECASE``; "İ" lower-cases to two characters),
and patterns whose meaning lower-casing could change (inline flags such as
``(?-i:[A-Z])``, escapes naming code points), use the ``IGNORECASE`` pattern alone.

Why not spaCy's ``Matcher`` (phrase lists do use ``PhraseMatcher``: ``PhraseSet`` in
``extract/numbers.py``): the patterns wrapped here are character grammars over raw
text — "the text before this name ends in 'the western countryside of '", optional
spaces inside words ("air ?base"), named groups callers read (``m.group("noun")``),
character offsets into the report.  A ``Matcher`` works on the tokens of a ``Doc``,
which the extractor does not build for most sentences; moving these patterns would be
a rewrite of the grammar into token patterns (with different spans for hyphens and
apostrophes), not a change of matcher, and a ``Doc`` per sentence costs some 40 µs
before any matching (measured for ``PhraseSet``, where it is the main cost).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

# Inline flags, and escapes that name a character by its code (\x41 is "A").
_UNSAFE = re.compile(r"\(\?[aiLmsux-]+[:)]|\\[xuUN0-7]")
_VERBATIM = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)  # escapes and group names keep their case


class CaselessPattern:
    """``re.compile(pattern, re.IGNORECASE)`` for ``search`` and ``finditer``, faster on ASCII text.

    The pattern must not match the empty string (``finditer`` would then step
    differently through the two texts).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._caseless = re.compile(pattern, flags | re.IGNORECASE)
        if self._caseless.search("") is not None:
            raise ValueError(f"caseless pattern must not match the empty string: {pattern!r}")
        lowered = _lowered(pattern)
        self._lower = re.compile(lowered, flags) if lowered is not None else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._lower is None or not text.isascii():
            return self._caseless.search(text, pos, endpos)
        hit = self._lower.search(text.lower(), pos, endpos)
        return self._caseless.match(text, hit.start(), endpos) if hit else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._lower is None or not text.isascii():
            yield from self._caseless.finditer(text)
            return
        for hit in self._lower.finditer(text.lower()):
            if (match := self._caseless.match(text, hit.start())) is not None:
                yield match


def _lowered(pattern: str) -> str | None:
    """``pattern`` with its literal letters in lower case, or None when that could change
    what it matches on lower-cased ASCII text."""
    if _UNSAFE.search(pattern) or any(c.isalpha() and not c.isascii() for c in pattern):
        return None
    out: list[str] = []
    last = 0
    for verbatim in _VERBATIM.finditer(pattern):
        out.append(pattern[last:verbatim.start()].lower())
        out.append(verbatim.group())
        last = verbatim.end()
    out.append(pattern[last:].lower())
    return "".join(out)
