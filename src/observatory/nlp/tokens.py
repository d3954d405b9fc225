"""The one token tuple the tokenisers share (the casualty grammar's, the toponym finder's).

Each tokeniser keeps its own pattern (numbers and punctuation matter to one, only words
to the other), but a token is the same thing everywhere: where it is, what it says and
its lower case, which every reader of tokens compares against.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, repeat
from typing import NamedTuple


class Token(NamedTuple):
    """A word, number or punctuation mark (a tuple: reports are tokenised by the thousand)."""

    start: int
    end: int
    text: str
    low: str


_new_tuple = tuple.__new__  # NamedTuple's own constructor is a Python-level call per token


def tokens_of(pattern: re.Pattern[str], text: str, offset: int = 0) -> list[Token]:
    """The matches of ``pattern`` in ``text`` as tokens, their offsets shifted by ``offset``.

    Built without a Python step per token (a 1 MB report has some 400,000 of them, each
    once a ``Match`` and four calls): ``re.split`` on the pattern as one group cuts the text
    into gap, token, gap, …, token, gap, whose running lengths are the tokens' offsets, and
    the tuples are made by ``map`` in C.  The pattern must not match the empty string nor
    hold groups of its own (both tokenisers' do not), so the split's tokens are its matches.
    """
    parts = _as_one_group(pattern).split(text)
    bounds = list(accumulate(map(len, parts), initial=offset))
    words = parts[1::2]
    return list(map(_new_tuple, repeat(Token), zip(bounds[1::2], bounds[2::2], words, map(str.lower, words))))


@lru_cache(maxsize=8)
def _as_one_group(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` wrapped in one capturing group, for ``re.split`` to keep what it matches."""
    if pattern.groups:
        raise ValueError(f"a token pattern must hold no group: {pattern.pattern!r}")
    return re.compile(f"({pattern.pattern})", pattern.flags)
