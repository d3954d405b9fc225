"""One scan of a text for many caseless patterns (``PatternScan``).

Lists of patterns read over a whole report (the control verbs, the actor KB's free-form
names) would each scan it on their own; reading where each pattern can open lets one
pass find every place any of them may match.
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]  # a parsed pattern, read for its openings
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from observatory.nlp.caseless import CaselessPattern, by_first_char, folded, folds_alike, lower_case_form


class PatternScan:
    """Every pattern's matches in a text, as each pattern's ``finditer`` gives them, from
    one scan of the text instead of one per pattern.

    A report is read by lists of caseless patterns (the control verbs, the KB's free-form
    names); scanned one at a time, a list of thirty reads a long report thirty times, most
    patterns finding nothing, and one whose words are common ("was", "fighters") tries its
    whole alternation at each of them.  Every match of a pattern that opens with a
    word-start lookbehind starts at a word start with one of its opening words
    (``_opening_texts``: "took", "was", "regain"), so one scan of the lower-cased text
    for the word starts that open with any pattern's words finds every place a pattern can
    match, and each pattern is matched only at its own: the first of them at or after the
    end of its last match where it matches is the match ``finditer`` gives next, since a
    match can start nowhere else.  A pattern that asks for words before it ("(?<=\\bafter
    )"), any word opening it, starts where those words end.  A pattern without a
    word-start lookbehind, or whose openings are not plain to see, only a letter long or
    hold a letter with case beyond ASCII, is scanned alone, and so is every pattern on
    text that lower-casing cannot be trusted with (``caseless.folded``: "ſ", "İ"); a curly
    quote or a bullet alone does not stop the one scan.
    """

    def __init__(self, patterns: list[CaselessPattern]) -> None:
        self._patterns = patterns
        self._whole = [re.compile(p.pattern, re.IGNORECASE) for p in patterns]
        self._alone: list[int] = []
        # The first two letters of an opening -> (pattern index, that pattern's openings starting
        # so, how far after an opening's start a match starts).
        self._openings: dict[str, list[tuple[int, tuple[str, ...], int]]] = {}
        for index, pattern in enumerate(patterns):
            read = _word_start_openings(pattern.pattern)
            if read is None or not all(map(folds_alike, read[0])):
                self._alone.append(index)
                continue
            openings, shift = read
            by_head: dict[str, list[str]] = {}
            for opening in sorted(openings):
                by_head.setdefault(opening[:2], []).append(opening)
            for head, starting in by_head.items():
                self._openings.setdefault(head, []).append((index, tuple(starting), shift))
        every = sorted({o for entries in self._openings.values() for _, starting, _ in entries for o in starting},
                       key=len, reverse=True)
        self._finder = re.compile(rf"(?<!\w)(?={by_first_char('|'.join(map(re.escape, every)))})") if every else None

    def matches(self, text: str) -> list[list[re.Match[str]]]:
        """Each pattern's matches in ``text``, in the order of the patterns."""
        finder = self._finder
        lower = folded(text) if finder is not None else None
        if finder is None or lower is None:
            return [list(pattern.finditer(text)) for pattern in self._patterns]
        starts: list[list[int]] = [[] for _ in self._patterns]
        for hit in finder.finditer(lower):
            pos = hit.start()
            for index, openings, shift in self._openings.get(lower[pos:pos + 2], ()):
                if lower.startswith(openings, pos):
                    starts[index].append(pos + shift)
        found = [self._matched_at(text, index, candidates) for index, candidates in enumerate(starts)]
        for index in self._alone:
            found[index] = list(self._patterns[index].finditer(text))
        return found

    def _matched_at(self, text: str, index: int, candidates: list[int]) -> list[re.Match[str]]:
        """The pattern's matches starting at ``candidates`` (sorted), none inside the one before."""
        whole, found, end = self._whole[index], [], 0
        for pos in candidates:
            if pos >= end and (m := whole.match(text, pos)) is not None:
                found.append(m)
                end = m.end()
        return found


_WORD_START = (r"(?<!\w)", r"(?<![\w\-])")  # lookbehinds that refuse a word character before a match


def _word_start_openings(pattern: str) -> tuple[set[str], int] | None:
    """The lower-case texts every match of ``pattern`` opens with, when it opens at a word
    start (``_WORD_START``) and they are plain to see and at least two characters long,
    and how far after the start of such a text a match starts: 0, or the length of the
    words a lookbehind asks for first ("(?<=\\bafter )the regime's control of": a match
    starts where "after " ends, and any word may open it)."""
    if not pattern.startswith(_WORD_START) or (form := lower_case_form(pattern)) is None:
        return None
    try:
        parsed = list(sre_parse.parse(form[0]))
    except (re.error, ValueError, TypeError):
        return None
    if (behind := _words_behind(parsed)) is not None:
        return {behind}, len(behind)
    openings = {text for text, _ in _opening_texts(parsed) or ()}
    return (openings, 0) if openings and min(map(len, openings)) >= 2 else None


def _words_behind(items: list[tuple[object, Any]]) -> str | None:
    """The words of a lookbehind the pattern opens with, after its word-start lookbehind,
    when they are literal and start at a word boundary ("(?<=\\bafter )"); else None."""
    rest = [(op, arg) for op, arg in items[:2] if not (op is sre.ASSERT_NOT and arg[0] == -1)]
    if not rest or rest[0][0] is not sre.ASSERT or rest[0][1][0] != -1:
        return None
    body = list(rest[0][1][1])
    if body[:1] != [(sre.AT, sre.AT_BOUNDARY)] or len(body) < 3 or any(op is not sre.LITERAL for op, _ in body[1:]):
        return None
    words = "".join(chr(code) for _, code in body[1:])
    return words if re.match(r"\w", words) else None


_Openings = set[tuple[str, bool]]  # (text, whether what follows it may still be added)
_MOST_OPENINGS = 400
_LONG_ENOUGH = 6  # a text this long is rare enough: read further, it finds the same few places
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
_STOP: _Openings = {("", False)}


def _opening_texts(items: list[tuple[object, object]]) -> _Openings | None:
    """The texts a parsed sequence opens with (``nlp.caseless.opening_literals`` read
    further): an optional part opens with itself or with what follows ("(?:turkish
    )?occupation", "(?:were|was)? ?expelled"), a small set of characters with each of
    them ("turk(?:ish|ey)[- ]backed"), and a lookaround is stepped over (it takes no
    text).  A text ends where the pattern stops being literal or once it is
    ``_LONG_ENOUGH``; None past ``_MOST_OPENINGS`` texts."""
    texts: _Openings = {("", True)}
    for op, arg in items:
        if not any(more for _, more in texts):
            break
        if op in _ZERO_WIDTH:
            continue
        following = _item_openings(op, arg)
        if following is None:
            return None
        texts = {(text + after, further and len(text + after) < _LONG_ENOUGH) if more else (text, False)
                 for text, more in texts for after, further in ([("", False)] if not more else following)}
        if len(texts) > _MOST_OPENINGS:
            return None
    return texts


def _item_openings(op: object, arg: Any) -> _Openings | None:
    """``_opening_texts`` of one parsed item."""
    if op is sre.LITERAL:
        return {(chr(arg), True)}
    if op is sre.IN and len(arg) <= 4 and all(kind is sre.LITERAL for kind, _ in arg):
        return {(chr(code), True) for _, code in arg}
    if op is sre.SUBPATTERN and not arg[1] and not arg[2]:
        return _opening_texts(list(arg[3]))
    if op is sre.ATOMIC_GROUP:
        return _opening_texts(list(arg))
    if op is sre.BRANCH:
        branches = [_opening_texts(list(branch)) for branch in arg[1]]
        return None if any(b is None for b in branches) else set().union(*branches)  # type: ignore[arg-type]
    if op in _REPEATS:
        low, high, inner = arg
        once = _opening_texts(list(inner))
        if once is None:
            return None
        taken = once if high == 1 else {(text, False) for text, _ in once}  # more may follow a repeat
        return taken | {("", True)} if low == 0 else taken
    return _STOP
