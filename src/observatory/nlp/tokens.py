"""The one token tuple the tokenisers share (the casualty grammar's, the toponym finder's).

Each tokeniser keeps its own pattern (numbers and punctuation matter to one, only words
to the other), but a token is the same thing everywhere: where it is, what it says and
its lower case, which every reader of tokens compares against.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Token(NamedTuple):
    """A word, number or punctuation mark (a tuple: reports are tokenised by the thousand)."""

    start: int
    end: int
    text: str
    low: str


_new_tuple = tuple.__new__  # NamedTuple's own constructor is a Python-level call per token


def tokens_of(pattern: re.Pattern[str], text: str, offset: int = 0) -> list[Token]:
    """The matches of ``pattern`` in ``text`` as tokens, their offsets shifted by ``offset``."""
    return [
        _new_tuple(Token, (m.start() + offset, m.end() + offset, word, word.lower()))
        for m in pattern.finditer(text) for word in [m.group()]  # one group() call per token
    ]
