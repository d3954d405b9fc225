"""Case-insensitive regular expressions at case-sensitive speed.

Python's ``re`` under ``IGNORECASE`` folds every character it compares and cannot jump
ahead to a literal, which makes a long alternation ("kill|dead|wound|…") searched over
each sentence of each report a real cost.  The same pattern with its letters in lower
case, without the flag, finds the same spans several times faster in the lower-cased
text — when lower-casing keeps every offset and folds case exactly as ``IGNORECASE``
does, which holds for ASCII text (and text whose other characters have no case:
``lower_exactly``).  A hit there is matched once more, at its offset, in
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

import copy
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache, reduce
from operator import or_
from re import _constants as sre  # type: ignore[attr-defined]  # a parsed pattern, read for its needles
from re import _parser as sre_parse  # type: ignore[attr-defined]

# Inline flags, and escapes that name a character by its code (\x41 is "A").
_UNSAFE = re.compile(r"\(\?[aiLmsux-]+[:)]|\\[xuUN0-7]")
_VERBATIM = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)  # escapes and group names keep their case
# A lookbehind opening a pattern ("(?<!\w)", "(?<![\w\-])"), with no group inside it, or a word boundary.
_LEADING_ASSERTION = re.compile(r"\(\?<[!=](?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\[\\])*\)|\\b")
_SYNTAX = frozenset("\\()[].^$|?*+{")
_QUANTIFIERS = frozenset("?*+{")


# Characters ``IGNORECASE`` matches to an ASCII letter ("ſ" to "s", the Kelvin sign to "k",
# dotted and dotless i; "İ" also lower-cases to two characters): in a text holding none,
# lower-casing keeps every offset and leaves any other character no ASCII letter.
_ASCII_LETTER_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")


def folded(text: str) -> str | None:
    """``text.lower()`` when a lower-case ASCII literal stands in it exactly where the
    literal matches ``text`` under ``IGNORECASE``, offsets kept; None when the text holds a
    character that breaks this (``_ASCII_LETTER_TWINS``).  Also for text that is not all
    ASCII, which a curly quote or a bullet is enough to make: a pattern's literals can
    still rule out a section before ``re`` folds every character of it."""
    if text.isascii():
        return text.lower()
    return None if _ASCII_LETTER_TWINS.search(text) else text.lower()


_LAST_BMP = 0xFFFF


@lru_cache(maxsize=1)
def _unlike_ascii() -> re.Pattern[str]:
    """Any character beyond ASCII that the lower-case forms may read otherwise than
    ``IGNORECASE`` does: one with a case (a lower, upper or folded form other than itself:
    "é", "ſ", "İ", the Kelvin sign), a blank or a digit (a first-character finder takes
    "\\s" and "\\d" for their ASCII characters: ``_ESCAPE_FIRST``), and any character
    beyond the Basic Multilingual Plane, unread.  Built when the first text beyond ASCII
    is met (some 20 ms, once per process)."""
    unlike = [code for code in range(0x80, _LAST_BMP + 1)
              if (char := chr(code)).lower() != char or char.upper() != char or char.casefold() != char
              or _BLANK_OR_DIGIT.match(char)]
    runs: list[list[int]] = []
    for code in unlike:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    ranges = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs)
    return re.compile(f"[{ranges}{re.escape(chr(_LAST_BMP + 1))}-{re.escape(chr(sys.maxunicode))}]")


_BLANK_OR_DIGIT = re.compile(r"[\s\d]")


def lower_exactly(text: str) -> str | None:
    """``text.lower()`` when the lower-case forms of this module find in it just what
    ``IGNORECASE`` finds in ``text``, offsets kept; None otherwise.  True of ASCII text,
    and of text whose other characters have no case and are no blank or digit: curly
    quotes, bullets, dashes, a replacement character, Arabic letters.  ``IGNORECASE``
    matches such a character only to itself and lower-casing leaves it as it is, so the
    text reads as ASCII text does (a real report is seldom all ASCII: one bullet sent a
    whole section of it to the slow ``IGNORECASE`` scans).  Any other character
    (``_unlike_ascii``: "é", "ſ", a no-break space) leaves the text to ``IGNORECASE``."""
    if text.isascii() or _unlike_ascii().search(text) is None:
        return text.lower()
    return None


def folds_alike(literal: str) -> bool:
    """Whether ``literal`` (lower-case) is found by ``folded`` wherever ``IGNORECASE``
    matches it: ASCII, or characters without case ("“", "•"), which only match themselves."""
    return all(ch.isascii() or ch.lower() == ch.upper() for ch in literal)


class CaselessPattern:
    """``re.compile(pattern, re.IGNORECASE)`` for ``search`` and ``finditer``, faster on ASCII text
    (and on text ``lower_exactly`` reads).

    The pattern must not match the empty string (``finditer`` would then step
    differently through the two texts).
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._caseless = re.compile(pattern, flags | re.IGNORECASE)
        if self._caseless.search("") is not None:
            raise ValueError(f"caseless pattern must not match the empty string: {pattern!r}")
        lowered = _lowered(pattern)
        # Without an exact lower-case form, a wider one finds candidates that are then checked.
        self._checked = lowered is None
        lowered = lowered if lowered is not None else _widened(pattern)
        gathered = by_first_char(lowered) if lowered is not None and not flags else lowered
        self._lower = re.compile(gathered, flags) if gathered is not None else None
        # Alternatives anchored at the text's start are tried there once, apart from the rest.
        anchored, rest = _anchored_apart(lowered) if lowered is not None and not flags else (None, lowered)
        self._anchored = re.compile(anchored) if anchored is not None else None
        self._anchored_needles = needles(anchored) if anchored is not None else None
        rest = gathered if anchored is None or rest is None else by_first_char(rest)  # no anchored ones: all is rest
        self._rest = re.compile(rest) if anchored is not None and rest is not None else self._lower
        self._split = _split_lookbehind(rest) if rest is not None and not flags else None
        self._finder = _first_char_finder(rest) if rest is not None and not flags and not self._split else None
        # ``_first_start``'s one search where no assertion is split off, bound once: ``search``
        # calls it directly when nothing is anchored either (most patterns, some 280,000 times per MB).
        self._scan = (self._finder or self._rest).search \
            if self._rest is not None and (self._finder is not None or self._split is None) else None
        # Every match holds one of these (lower-cased); a pattern left to IGNORECASE has its literals'.
        self._needles = None if flags else needles(lowered) if lowered is not None else _fallback_needles(pattern)
        self._folding_needles = self._needles if self._needles and all(map(folds_alike, self._needles)) else None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # Text beyond ASCII is read whole (``lower_exactly``) only when searched whole: a
        # window of a long section is searched under IGNORECASE rather than the section read.
        lower = text.lower() if text.isascii() else \
            lower_exactly(text) if pos == 0 and endpos >= len(text) else None
        if lower is None:
            return self._caseless.search(text, pos, endpos)
        if self._needles is not None and not holds_any(self._needles, lower, pos, endpos):  # ``_may_match``, inline:
            return None  # asked some 280,000 times per MB of report
        if self._lower is None:
            return self._caseless.search(text, pos, endpos)
        if not self._checked:
            if self._scan is not None and self._anchored is None:
                hit = self._scan(lower, pos, endpos)
                return self._caseless.match(text, hit.start(), endpos) if hit is not None else None
            start = self._first_start(lower, pos, endpos)
            return self._caseless.match(text, start, endpos) if start is not None else None
        while (start := self._first_start(lower, pos, endpos)) is not None:
            if (match := self._caseless.match(text, start, endpos)) is not None:
                return match
            pos = start + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lower = lower_exactly(text)
        if lower is None:
            if self._may_hold(text):
                yield from self._caseless.finditer(text)
            return
        if not self._may_match(lower, 0, len(lower)):
            return
        if self._lower is None:
            yield from self._caseless.finditer(text)
            return
        if self._checked:
            yield from self._checked_matches(text)
            return
        if self._finder is None and self._split is None and self._anchored is None:
            for hit in self._lower.finditer(lower):
                if (match := self._caseless.match(text, hit.start())) is not None:
                    yield match
            return
        pos = 0
        while (start := self._first_start(lower, pos)) is not None:
            match = self._caseless.match(text, start)
            if match is None:  # not on ASCII text, where both patterns match alike
                pos = start + 1
                continue
            yield match
            pos = match.end() if match.end() > start else start + 1  # where ``finditer`` goes on

    def may_occur_in(self, text: str) -> bool:
        """False when no part of ``text`` can hold a match: for a caller that searches each
        sentence of a section, to rule a pattern out for all of them with one test.  Only
        for text ``lower_exactly`` reads (each part's lower case is then a part of the
        whole's, and holds no needle the whole lacks); other text may always match."""
        lower = lower_exactly(text)
        return lower is None or self._may_match(lower, 0, len(lower))

    def _may_match(self, lower: str, pos: int, endpos: int) -> bool:
        """False when ``lower[pos:endpos]`` holds none of the words every match must hold:
        most clauses hold no cue of a list, and a few substring tests in C cost less than
        trying the list's alternation at every character."""
        return self._needles is None or holds_any(self._needles, lower, pos, endpos)

    def _may_hold(self, text: str) -> bool:
        """``_may_match`` for a whole text ``lower_exactly`` refuses, where the ``IGNORECASE``
        pattern does the matching: its needles are asked in the ``folded`` text when they
        fold alike; else (or when the text cannot be folded) the pattern may match.  Only
        for ``finditer``, asked once per text: ``search`` is asked again and again along
        one section, where folding the rest of it each time cost more than it saved."""
        if self._folding_needles is None or (lower := folded(text)) is None:
            return True
        return holds_any(self._folding_needles, lower, 0, len(lower))

    def _anchored_may_match(self, lower: str, endpos: int) -> bool:
        """``_may_match`` for the anchored alternatives alone: "^(?!.*\\bfirst\\b).*?\\bsince
        the start of" reads the whole clause twice before it can fail, where a substring
        test ("since the ") fails at once."""
        return self._anchored_needles is None or holds_any(self._anchored_needles, lower, 0, endpos)

    def _checked_matches(self, text: str) -> Iterator[re.Match[str]]:
        """``finditer`` through a widened pattern: its hits include every place the
        pattern matches, so the first hit that the pattern confirms is its next match, and
        the search goes on from that match's end (or one past a refused hit)."""
        lower = text.lower()
        pos = 0
        while (start := self._first_start(lower, pos)) is not None:
            match = self._caseless.match(text, start)
            if match is None:
                pos = start + 1
                continue
            yield match
            pos = max(match.end(), start + 1)

    def _first_start(self, lower: str, pos: int = 0, endpos: int = sys.maxsize) -> int | None:
        """Where the lower-case pattern's first match in ``lower[pos:endpos]`` starts.

        A pattern that opens with a lookbehind or a word boundary ("(?<!\\w)kill…",
        "\\bsince") gives ``re`` nothing to skip ahead with: it tries the whole pattern
        at every character.  Without that assertion, a pattern whose every match starts
        with a literal letter lets ``re`` jump from one possible first letter to the next
        in C; the assertion is then checked at each hit, and a hit it refuses is searched
        again one character on.  Other patterns whose matches start with a few known
        characters go through a finder that stops only at those (``_first_char_finder``).
        One call, no generator: most searches ask for one match of a short clause, and a
        long report asks over a hundred thousand times.
        """
        assert self._rest is not None
        if pos == 0 and self._anchored is not None and self._anchored_may_match(lower, endpos) \
                and self._anchored.match(lower, 0, endpos) is not None:
            return 0
        if self._scan is not None:
            hit = self._scan(lower, pos, endpos)
            return hit.start() if hit is not None else None
        assert self._split is not None  # no one search: the opening assertion is split off
        assertion, rest = self._split
        while (hit := rest.search(lower, pos, endpos)) is not None:
            if assertion.match(lower, hit.start()) is not None:
                return hit.start()
            pos = hit.start() + 1
        return None


class NeedledPattern:
    """A case-sensitive pattern (``search`` and ``finditer``) that first asks whether the
    text holds one of its ``needles``: for cue patterns tried on a window of every clause
    or figure (often already lower-cased), most of which hold no cue at all."""

    def __init__(self, pattern: str | re.Pattern[str], flags: int = 0) -> None:
        self._pattern = re.compile(pattern, flags)
        if self._pattern.flags & re.IGNORECASE:
            raise ValueError(f"a needled pattern is case-sensitive (use CaselessPattern): {self._pattern.pattern!r}")
        self.pattern = self._pattern.pattern
        self._needles = needles(self.pattern, self._pattern.flags)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._needles is not None and not holds_any(self._needles, text, pos, endpos):
            return None
        return self._pattern.search(text, pos, endpos)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if self._needles is not None and not holds_any(self._needles, text, 0, len(text)):
            return iter(())
        return self._pattern.finditer(text)


def holds_any(found: tuple[str, ...], text: str, pos: int, endpos: int) -> bool:
    """Whether ``text[pos:endpos]`` holds one of the needles ``found``.  Also in a long
    text (a whole section): a cue pattern opening with a lookbehind is tried at every
    character (50-90 ns each), a substring test runs through the text in C some hundred
    times faster, and most of a section's cue lists (the control verbs, say) hold no cue
    there at all; where one does, the test stops at its first occurrence."""
    if pos == 0 and endpos >= len(text):
        for needle in found:
            if needle in text:
                return True
        return False
    for needle in found:
        if text.find(needle, pos, endpos) >= 0:
            return True
    return False


def _fallback_needles(pattern: str) -> tuple[str, ...] | None:
    """``needles`` for a pattern that is matched under ``IGNORECASE`` alone (a case-sensitive
    group inside a negative lookahead, "(?!,?\\s+(?-i:[A-Z]))", has no lower-case form): its
    literals lower-cased are still in the lower-cased text of every match, inside a
    case-sensitive group too, so a text without any is refused before the slow scan.  Only
    for an ASCII pattern without escapes naming a code point ("\\x41" is "A", which no
    lower-cased text holds)."""
    if not pattern.isascii() or _CODE_ESCAPE.search(pattern):
        return None
    return needles(_lower_literals(pattern))


_CODE_ESCAPE = re.compile(r"\\[xuUN0-7]")


def needles(lowered: str, flags: int = 0) -> tuple[str, ...] | None:
    """Substrings of which every match of ``lowered`` contains one, or None when no such
    set is plain to see (an alternative made only of sets, repeats that may be empty,
    back-references), or when testing them would cost more than it saves: a needle of
    one or two letters ("no", "li") is in nearly every clause, and past
    ``_MOST_NEEDLES`` the substring tests cost as much as the pattern's own scan.

    Read from the parsed pattern: in a sequence of required items, the longest run of
    literal characters (zero-width assertions do not break a run: they consume nothing)
    or a required group's own needles; an alternation needs one of each alternative's.
    A needle that contains a shorter one is dropped: the shorter is present whenever it is.
    """
    try:
        found = _sequence_needles(list(sre_parse.parse(lowered, flags)))  # flags: VERBOSE changes the words
    except (re.error, ValueError, TypeError):
        return None
    if found is None:
        return None
    kept: list[str] = []
    for needle in sorted(found, key=len):
        if not any(shorter in needle for shorter in kept):
            kept.append(needle)
    return tuple(kept) if kept and len(kept[0]) >= 3 and len(kept) <= _MOST_NEEDLES else None


_MOST_NEEDLES = 60  # the background cue list has 42 (its clauses: 22 → 11 ms per 100 kB); the irrealis list 93
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _sequence_needles(items: list[tuple[object, object]]) -> set[str] | None:
    """``needles`` of one parsed sequence: the best of the sets any required item gives."""
    options: list[set[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre.LITERAL:
            run.append(chr(arg))  # type: ignore[arg-type]
            continue
        if op in _ZERO_WIDTH:
            continue
        if run:
            options.append({"".join(run)})
            run = []
        inner = _item_needles(op, arg)
        if inner is not None:
            options.append(inner)
    if run:
        options.append({"".join(run)})
    if not options:
        return None
    return max(options, key=lambda option: (min(map(len, option)), -len(option)))


def _item_needles(op: object, arg) -> set[str] | None:
    """``needles`` of one consuming item: a group, an alternation, a repeat of at least one."""
    if op is sre.SUBPATTERN:
        _group, add_flags, del_flags, inner = arg
        return None if add_flags or del_flags else _sequence_needles(list(inner))
    if op is sre.ATOMIC_GROUP:
        return _sequence_needles(list(arg))
    if op is sre.BRANCH:
        branches = [_sequence_needles(list(branch)) for branch in arg[1]]
        if any(branch is None for branch in branches):
            return None
        return set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS and arg[0] >= 1:
        return _sequence_needles(list(arg[2]))
    return None


def any_phrase(phrases: list[str]) -> str:
    """An alternation of phrases, longest first, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))


def by_first_char(pattern: str) -> str:
    """``pattern`` with the alternatives of each alternation that open with a literal
    character gathered under that character, their shared start written once:
    "kill|dead|death|wound|dying" becomes "kill|d(?:ea(?:d|th)|ying)|wound".

    ``re`` tries an alternation's branches one by one at each position; a branch opening
    with a literal is refused at once when the character differs, but a cue list of 45
    words still costs 45 refusals per character.  Gathered, a position costs one refusal
    per distinct first character, and a top-level alternation of literal-led branches
    gives ``re`` the set of first characters to skip ahead with in C.  The matches are
    the same and are found in the same order: only branches that open with different
    characters change places, and no two of those can match at the same position.
    Group numbers may change, so this is for finding where matches start (the caller
    matches the original pattern there), and a pattern with back-references is kept.
    """
    return pattern if _BACK_REFERENCE.search(pattern) else _gathered(pattern)


_BACK_REFERENCE = re.compile(r"\\[1-9]|\(\?P=")


def without_captures(pattern: str) -> str:
    """``pattern`` with its capturing groups, named or not, made plain groups ``(?:…)``,
    unless something refers to them (a back-reference, a conditional group).

    For a pattern asked only whether it matches at a position (a gate before the full
    pattern is matched for its groups): ``re`` then sets no marks on entering and leaving
    each group, and ``by_first_char`` can gather the alternatives inside what were named
    groups (it reads only plain ones).  Groups do not change what a pattern matches.
    """
    if _BACK_REFERENCE.search(pattern) or "(?(" in pattern:
        return pattern
    out: list[str] = []
    last = 0
    for i, ch, _ in _syntax(pattern):
        if ch != "(" or (pattern.startswith("(?", i) and not pattern.startswith("(?P<", i)):
            continue
        out.append(pattern[last:i] + "(?:")
        last = pattern.index(">", i) + 1 if pattern.startswith("(?P<", i) else i + 1
    out.append(pattern[last:])
    return "".join(out)


def _gathered(pattern: str) -> str:
    alternatives = _alternatives(pattern)
    if len(alternatives) == 1:
        head = _LEADING_ASSERTION.match(pattern)
        if head is not None and head.end() > 0:
            return head.group() + _gathered(pattern[head.end():])
        if pattern.startswith("(?:") and (close := _group_end(pattern)) > 0:
            return f"(?:{_gathered(pattern[3:close])}){pattern[close + 1:]}"
        return pattern
    alternatives = _shared_heads(alternatives)
    out: list[str] = []
    run: dict[str, list[str]] = {}  # first character -> what follows it, in the branches' order
    for alternative in [*alternatives, ""]:
        if alternative[:1] and alternative[0] not in _SYNTAX and alternative[1:2] not in _QUANTIFIERS:
            run.setdefault(alternative[0], []).append(alternative[1:])
            continue
        out += [first + rests[0] if len(rests) == 1 else _under(first, rests) for first, rests in run.items()]
        run = {}
        out.append(alternative)
    return "|".join(out[:-1])


def _under(first: str, rests: list[str]) -> str:
    """Alternatives ``first + rest`` for each of ``rests`` as one, their shared literal
    start written once ("for(?:merly|mer mayor)", not "f(?:o(?:r(?:…)))")."""
    n = 0
    while all(len(rest) > n + 1 and rest[n] == rests[0][n] and rest[n] not in _SYNTAX
              and rest[n + 1] not in _QUANTIFIERS for rest in rests):
        n += 1
    return f"{first}{rests[0][:n]}(?:{_gathered('|'.join(rest[n:] for rest in rests))})"


def _shared_heads(alternatives: list[str]) -> list[str]:
    """Consecutive alternatives opening with the same word boundary or lookbehind, as one:
    "\\blast year\\b|\\bpreviously\\b" is "\\b(?:last year\\b|previously\\b)", whose
    branches can then be gathered by their first characters."""
    runs: list[tuple[str, list[str]]] = []
    for alternative in map(_unwrapped, alternatives):
        head = _LEADING_ASSERTION.match(alternative)
        shared = head.group() if head is not None and head.end() > 0 else ""
        rest = alternative[len(shared):]
        if not rest or rest[0] in _QUANTIFIERS:
            shared, rest = "", alternative
        if shared and runs and runs[-1][0] == shared:
            runs[-1][1].append(rest)
        else:
            runs.append((shared, [rest]))
    return [shared + rests[0] if len(rests) == 1 else f"{shared}(?:{_gathered('|'.join(rests))})"
            for shared, rests in runs]


def _unwrapped(alternative: str) -> str:
    """"(?:\\blast year\\b)" as "\\blast year\\b": a cue list joins its cues each in a plain
    group, which is the whole alternative and holds no alternation of its own."""
    if alternative.startswith("(?:") and _group_end(alternative) == len(alternative) - 1 \
            and len(_alternatives(alternative[3:-1])) == 1:
        return alternative[3:-1]
    return alternative


def first_char_finder(pattern: str, first: set[str]) -> re.Pattern[str]:
    """A pattern matching one character wherever ``pattern`` matches, given the characters
    every match of it starts with (``first_chars``, or those of each of its alternatives).

    It opens with those characters as a set, so ``re`` skips from one to the next in C;
    the whole pattern is then tried there, as a lookahead inside a one-character
    lookbehind ("(?<=(?=PATTERN).)": from the position before the character just taken).
    Most words of a report start with another letter and are never tried.  Where the
    pattern's alternatives open with known literal texts (``opening_literals``), those
    are asked first, gathered by first character: a long alternation whose branches open
    with groups ("(?:took|seiz(?:e|ed)) …control|…") would otherwise try each of its
    forty-odd branches at every word starting with one of fifteen letters.
    """
    chars = "".join(re.escape(c) for c in sorted(first))
    literals = opening_literals(pattern)
    ahead = f"(?=(?:{by_first_char('|'.join(sorted(literals)))}))" if literals else ""
    return re.compile(f"[{chars}](?<={ahead}(?=(?:{pattern}))(?s:.))")


def _first_char_finder(lowered: str) -> re.Pattern[str] | None:
    """``first_char_finder`` of ``lowered`` when every match of it opens with one of a
    few known characters; else None."""
    first = first_chars(lowered)
    return first_char_finder(lowered, first) if first is not None and len(first) <= _FEW_FIRST_CHARS else None


_FEW_FIRST_CHARS = 20  # 12, 20, 26, 40 tried on the 1 MB report: 20 spent least in caseless scans


def first_chars(pattern: str) -> set[str] | None:
    """The characters every match of ``pattern`` may start with, or None when that is not
    plain to see (a set with an escape or a negation, an escape of a class other than
    ``\\s`` and ``\\d``, an optional first part, an alternative that may be empty)."""
    return _over_alternatives(pattern, _first_of)


def _over_alternatives(pattern: str, of_one: Callable[[str], set[str] | None]) -> set[str] | None:
    """What ``of_one`` finds in each top-level alternative of ``pattern``, gathered; None
    when it finds nothing plain to see in any one of them."""
    found: set[str] = set()
    for alternative in _alternatives(pattern):
        part = of_one(alternative)
        if part is None:
            return None
        found |= part
    return found


def _first_of(sequence: str) -> set[str] | None:
    """``first_chars`` of one alternative: zero-width assertions before its first
    character are stepped over, and so is a group of them ("(?:(?<=troops and )|(?<=army
    and ))militia": a lookbehind per word that may come before); a group counts if it
    cannot be skipped."""
    past = _after_assertions(sequence)
    if not past:
        return None
    sequence = past
    if sequence[0] == "(":
        close = _group_end(sequence)
        opening = _GROUP_OPENING.match(sequence)
        if close < 0 or opening is None:
            return None
        first, after = first_chars(sequence[opening.end():close]), close + 1
    elif sequence[0] == "\\":
        first, after = _ESCAPE_FIRST.get(sequence[1:2]) or _literal_escape(sequence[1:2]), 2
    elif (plain_set := _PLAIN_SET.match(sequence)) is not None:
        first, after = _set_chars(plain_set.group(1)), plain_set.end()
    elif sequence[0] in _SYNTAX:
        return None
    else:
        first, after = {sequence[0]}, 1
    if first is None:
        return None
    if sequence[after:after + 1] == "{":
        return first if _AT_LEAST_ONCE.match(sequence, after) else None
    if sequence[after:after + 1] not in ("?", "*"):
        return first
    rest = _first_of(sequence[after + 1:].removeprefix("?"))  # an optional part: what follows may start it
    return first | rest if rest is not None else None


# A set of literal characters and ranges only ("[A-Z]", "[ai]"): no escape, negation or "-".
_PLAIN_SET = re.compile(r"\[((?:[^\\\[\]^-]-[^\\\[\]^-]|[^\\\[\]^-])+)\]")
_SET_ITEM = re.compile(r"(.)-(.)|(.)", re.DOTALL)
_AT_LEAST_ONCE = re.compile(r"\{[1-9]\d*(?:,\d*)?\}")  # "{1,3}", "{2}": the item is there


def _set_chars(content: str) -> set[str]:
    """The characters of a ``_PLAIN_SET``'s content, its ranges spelled out."""
    chars: set[str] = set()
    for item in _SET_ITEM.finditer(content):
        low, high, single = item.groups()
        if single is None:
            chars.update(chr(c) for c in range(ord(low), ord(high) + 1))
        else:
            chars.add(single)
    return chars


_ASSERTIONS = ("(?<!", "(?<=", "(?=", "(?!", "\\b")


def _after_assertions(sequence: str) -> str | None:
    """``sequence`` without the zero-width assertions (or groups of them) it opens with;
    None when one is quantified (not plain to see)."""
    while sequence.startswith(_ASSERTIONS) or _assertions_only(sequence):
        end = 2 if sequence.startswith("\\b") else _group_end(sequence) + 1
        if end <= 0 or sequence[end:end + 1] in _QUANTIFIERS:
            return None
        sequence = sequence[end:]
    return sequence


def opening_literals(pattern: str) -> set[str] | None:
    """Literal texts, one of which opens every match of ``pattern`` (each at least a
    character), or None when that is not plain to see: ``first_chars`` read on to the
    first character that is not a plain literal ("took|captur(?:e|ed)" gives "took" and
    "captur")."""
    return _over_alternatives(pattern, _opening_of)


def _opening_of(sequence: str) -> set[str] | None:
    """``opening_literals`` of one alternative: past its opening assertions, a group that
    cannot be skipped gives its own, a run of literal characters itself (without a last
    character that a quantifier may drop)."""
    past = _after_assertions(sequence)
    if not past:
        return None
    sequence = past
    if sequence[0] == "(":
        close = _group_end(sequence)
        opening = _GROUP_OPENING.match(sequence)
        if close < 0 or opening is None or sequence[close + 1:close + 2] in _QUANTIFIERS:
            return None
        return opening_literals(sequence[opening.end():close])
    run = _LITERAL_RUN.match(sequence).group()  # type: ignore[union-attr]  # matches the empty string
    if sequence[len(run):len(run) + 1] in _QUANTIFIERS:
        run = run[:-1]
    return {run} if run else None


_LITERAL_RUN = re.compile(r"[^\\()\[\].^$|?*+{]*")


def _assertions_only(sequence: str) -> bool:
    """Whether ``sequence`` opens with a plain group each of whose alternatives is nothing
    but zero-width assertions, so the group matches no character."""
    if not sequence.startswith("(?:"):
        return False
    close = _group_end(sequence)
    return close > 0 and all(a and _after_assertions(a) == "" for a in _alternatives(sequence[3:close]))


# What a class escape matches in ASCII text, the only blanks and digits of the text the lower-case
# forms read (``lower_exactly``).
_ESCAPE_FIRST = {
    "s": {chr(c) for c in range(128) if re.match(r"\s", chr(c))},  # blanks, also \x1c-\x1f
    "d": set("0123456789"),
}


def _literal_escape(char: str) -> set[str] | None:
    """An escaped punctuation mark ("\\.", "\\-") is that mark; other escapes are not plain."""
    return {char} if char and not char.isalnum() and char.isascii() else None


# Groups whose content is matched as written: plain, non-capturing, named.
_GROUP_OPENING = re.compile(r"\((?!\?)|\(\?:|\(\?P<\w+>")


def _anchored_apart(lowered: str) -> tuple[str | None, str]:
    """The top-level alternatives of ``lowered`` that open with ``^`` (one pattern), and
    the others (another), when there are both; else (None, ``lowered``).

    ``re`` tries an alternation at every character, the anchored alternatives included,
    although they can match only at the text's start (no MULTILINE here): "^since the
    start of …|\\bwill …" costs as much per character as its longest branch.  Apart, the
    anchored ones are tried once at the start and the rest may get a finder or a split.
    The rest's first match is the whole pattern's anywhere but at the start, where the
    whole pattern is matched anyway (``search`` and ``finditer`` match each start again).
    """
    alternatives = _alternatives(lowered)
    anchored = [a for a in alternatives if _anchored(a)]
    if not anchored or len(anchored) == len(alternatives):
        return None, lowered
    rest = "|".join(a for a in alternatives if not _anchored(a))
    try:
        re.compile(rest)
    except re.error:  # a back-reference into an anchored alternative
        return None, lowered
    return "|".join(f"(?:{a})" for a in anchored), rest


def _anchored(alternative: str) -> bool:
    """Whether every match of ``alternative`` starts at ``^`` (also inside a plain group)."""
    if alternative.startswith("^"):
        return True
    if alternative.startswith("(?:") and _group_end(alternative) == len(alternative) - 1:
        return all(_anchored(a) for a in _alternatives(alternative[3:-1]))
    return False


def _split_lookbehind(lowered: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The opening lookbehind or word boundary of ``lowered`` and the pattern after it,
    compiled apart, when every match of the rest starts with a literal character (else None)."""
    head = _LEADING_ASSERTION.match(lowered)
    if head is None or not _literal_start(lowered[head.end():]):
        return None
    return re.compile(head.group()), re.compile(lowered[head.end():])


def _literal_start(pattern: str) -> bool:
    """Whether each top-level alternative of ``pattern`` opens with a literal character
    that is not optional (or with a plain group of such alternatives): the shapes for
    which ``re`` scans for a first character instead of trying every position."""
    alternatives = _alternatives(pattern)
    if len(alternatives) == 1 and pattern.startswith("(?:"):
        close = _group_end(pattern)
        return close > 0 and pattern[close + 1:close + 2] not in _QUANTIFIERS and _literal_start(pattern[3:close])
    return all(a[:1] and a[0] not in _SYNTAX and a[1:2] not in _QUANTIFIERS for a in alternatives)


def _syntax(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of the characters outside escapes and sets."""
    depth, escaped, in_set = 0, False, False
    for i, ch in enumerate(pattern):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_set:
            in_set = ch != "]"
        elif ch == "[":
            in_set = True
        else:
            depth += (ch == "(") - (ch == ")")
            yield i, ch, depth


def _alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``."""
    cuts = [i for i, ch, depth in _syntax(pattern) if ch == "|" and depth == 0]
    return [pattern[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)])]


def _group_end(pattern: str) -> int:
    """Index of the parenthesis closing the group ``pattern`` opens with, or -1."""
    return next((i for i, ch, depth in _syntax(pattern) if ch == ")" and depth == 0), -1)


def closes_at_end(pattern: str) -> bool:
    """Whether ``pattern`` is one group: the parenthesis it opens with closes at its end."""
    return pattern.startswith("(") and _group_end(pattern) == len(pattern) - 1


def _lowered(pattern: str) -> str | None:
    """``pattern`` with its literal letters in lower case, or None when that could change
    what it matches on lower-cased ASCII text.

    A letter outside ASCII that no case of folds onto ASCII ("é" in "Médecins") matches
    no character of that text in either form, so it does not stand in the way; one that
    does ("ſ", "K") does, and so does one at a range's end ("[A-É]" spans ASCII marks that
    "[a-é]" does not)."""
    if _UNSAFE.search(pattern) or any(c.isalpha() and not c.isascii() and _folds_to_ascii(c) for c in pattern):
        return None
    if any(m.group().isalpha() for m in _BESIDE_A_DASH.finditer(pattern)):
        return None  # a dash beside such a letter outside a set refuses a pattern that would do: no harm
    return _lower_literals(pattern)


_BESIDE_A_DASH = re.compile(r"[^\x00-\x7f](?=-)|(?<=-)[^\x00-\x7f]")


def _widened(pattern: str) -> str | None:
    """A lower-case pattern matching wherever ``pattern`` may, when its only case-sensitive
    parts are ``(?-i:…)`` groups: lowered, such a group takes the lower-cased form of all
    it took before ("[A-Z]" becomes "[a-z]") and more, so every hit is checked against
    ``pattern``.  None where lowering could also refuse something: a negated set or a
    negative lookaround inside the group, the group inside a negative lookaround, other
    inline flags or code escapes, letters whose case folds onto ASCII ("ſ", "K")."""
    opens = [i for i, ch, _ in _syntax(pattern) if ch == "(" and pattern.startswith(_CASE_SENSITIVE, i)]
    if not opens:
        return None
    negative = [(i, i + _group_end(pattern[i:])) for i, ch, _ in _syntax(pattern)
                if ch == "(" and pattern.startswith(("(?!", "(?<!"), i)]
    for start in opens:
        inner = pattern[start:start + _group_end(pattern[start:])]
        if any(mark in inner for mark in ("[^", "(?!", "(?<!")) or any(a < start < b for a, b in negative):
            return None
    if "(?>" in pattern or _POSSESSIVE.search(pattern):
        return None  # an atomic group could keep a wider match and fail where the pattern did not
    plain = "".join(pattern[a:b] + "(?:" for a, b in zip([0, *(i + len(_CASE_SENSITIVE) for i in opens)], opens))
    plain += pattern[opens[-1] + len(_CASE_SENSITIVE):]
    if _UNSAFE.search(plain) or any(c.isalpha() and not c.isascii() and _folds_to_ascii(c) for c in plain):
        return None
    return _lower_literals(plain)


_CASE_SENSITIVE = "(?-i:"
_POSSESSIVE = re.compile(r"[?*+}]\+")


def lower_case_form(pattern: str) -> tuple[str, bool] | None:
    """What to search lower-cased ASCII text with instead of ``pattern`` under IGNORECASE,
    and whether its hits must be confirmed by that pattern (a widened form), or None.

    For callers that try one pattern at many positions of one text (``match``), where a
    ``CaselessPattern`` would lower-case the text again at each call."""
    exact = _lowered(pattern)
    if exact is not None:
        return exact, False
    widened = _widened(pattern)
    return (widened, True) if widened is not None else None


def _folds_to_ascii(letter: str) -> bool:
    return any(c.isascii() for c in letter.lower() + letter.upper() + letter.casefold())


def _lower_literals(pattern: str) -> str:
    """``pattern`` with its letters in lower case, escapes and group names left as they are."""
    out: list[str] = []
    last = 0
    for verbatim in _VERBATIM.finditer(pattern):
        out.append(pattern[last:verbatim.start()].lower())
        out.append(verbatim.group())
        last = verbatim.end()
    out.append(pattern[last:].lower())
    return "".join(out)


def cue_alternation(patterns: list[str]) -> CaselessPattern:
    """One alternation of cues: it matches somewhere exactly when one of the cues does
    (anchors and lookarounds keep their meaning inside a group), and the clause is
    lower-cased and scanned once instead of once per cue.

    The cues that start at a word boundary share one leading ``\b``: most positions of
    a clause are inside words, where the shared test fails once instead of once per cue.
    """
    bounded = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    others = [f"(?:{p})" for p in patterns if not p.startswith(r"\b")]
    if bounded:
        others.append(r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    return CaselessPattern("|".join(others))


class CueList:
    """A cue list searched as one alternation of only the cues that can match the text.

    Each cue is gated on its own needles (words every match of it holds): one needle
    for the whole list must be common to all of it, and the background list's became
    " the ", "may", "after", so half of a report's clauses went on to the full
    forty-cue alternation, which tries every cue at every word.  A cue whose needles
    the clause lacks cannot match it, so the alternation of the others finds the very
    match the whole list would (the same leftmost start, the same cue first there).
    The alternation of each set of possible cues is compiled once, when first needed.
    (Only for the background list, searched over every clause: the irrealis list,
    searched over a short window before each event, mostly ends in ``$`` with needles
    of its own too short to gate on, and costs more gated than whole.)
    """

    def __init__(self, patterns: list[str]) -> None:
        self._patterns = patterns
        self._whole = cue_alternation(patterns)
        self._always = 0  # bit i: cue i has no needles plain to see, so it is always tried
        by_needle: dict[str, int] = {}
        for i, pattern in enumerate(patterns):
            form = lower_case_form(pattern)
            found = needles(form[0]) if form is not None else None
            if found is None:
                self._always |= 1 << i
            for needle in found or ():
                by_needle[needle] = by_needle.get(needle, 0) | 1 << i
        self._by_needle = sorted(by_needle.items())
        self._subsets: dict[int, CaselessPattern] = {}
        self._met: Counter[int] = Counter()  # how often each set of cues not compiled was met
        # The order in which ``cue_alternation`` tries the cues at one position.
        self._order = [i for i, p in enumerate(patterns) if not p.startswith(r"\b")] + \
            [i for i, p in enumerate(patterns) if p.startswith(r"\b")]
        self._cues: dict[int, CaselessPattern] = {}  # each cue alone, compiled when first needed

    def search(self, text: str) -> re.Match[str] | None:
        """``re.search`` of the list under IGNORECASE (needles hold for the text ``lower_exactly`` reads)."""
        lower = lower_exactly(text)
        if lower is None:
            return self._whole.search(text)
        found = [holders for needle, holders in self._by_needle if needle in lower]
        if not found and not self._always:
            return None  # most clauses: no cue's words at all
        cues = reduce(or_, found, self._always)
        if cues in self._subsets:
            return self._subsets[cues].search(text)
        if len(self._met) < _MOST_SUBSETS or cues in self._met:
            self._met[cues] += 1
            if self._met[cues] > _COMPILE_AFTER:
                return self._subset(cues).search(text)
        return self._first_match(cues, text)

    def _first_match(self, cues: int, text: str) -> re.Match[str] | None:
        """The span the alternation of ``cues`` would match, found cue by cue: the leftmost
        match of any of them, the first in ``cue_alternation``'s order where several start
        there (the alternation tries them so at each position).  For a set of cues met for
        the first time: compiling its alternation costs some 6 ms, and most sets a report
        of varied text meets occur once (FA-KES, 1 MB: 378 sets, 2 s of compiling), while
        a few single-cue searches of a clause cost microseconds.  A set met often is
        compiled (``_subset``, ``_COMPILE_AFTER``).  The match is the cue's own: the same
        span and text as the alternation's."""
        best: re.Match[str] | None = None
        for i in self._order:
            if cues >> i & 1 and (match := self._cue(i).search(text)) is not None \
                    and (best is None or match.start() < best.start()):
                best = match
        return best

    def _cue(self, i: int) -> CaselessPattern:
        if (pattern := self._cues.get(i)) is None:
            pattern = self._cues[i] = cue_alternation([self._patterns[i]])
        return pattern

    def within(self, text: str) -> CueList:
        """The list as searched in parts of ``text``: only the needles ``text`` holds are
        looked for in each part.  Computed once per report (or section), whose clauses it
        is then asked of one by one: a needle missing from the text (as ``lower_exactly`` reads it) is missing from
        each of its parts, so testing it there again finds nothing (most of the sixty-odd
        needles of the background list are in no given report).  The cues, their numbering
        and the alternations compiled for sets of them are the list's own."""
        lower = lower_exactly(text)
        if lower is None:
            return self
        narrowed = copy.copy(self)
        narrowed._by_needle = [(needle, holders) for needle, holders in self._by_needle if needle in lower]
        return narrowed

    def _subset(self, cues: int) -> CaselessPattern:
        """The alternation of the cues whose bits are set, in the list's order."""
        if (pattern := self._subsets.get(cues)) is None:
            pattern = cue_alternation([p for i, p in enumerate(self._patterns) if cues >> i & 1])
            if len(self._subsets) < _MOST_SUBSETS:  # bounded: a few dozen sets occur in practice
                self._subsets[cues] = pattern
        return pattern


_MOST_SUBSETS = 1024
# A set of cues is compiled into one alternation once met this often: its 6 ms then pay
# for themselves (a cue-by-cue search of a clause costs a few µs more than the alternation's).
_COMPILE_AFTER = 200
