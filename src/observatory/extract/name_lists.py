"""Toponyms the gazetteer does not know, read from a list a control verb introduces.

"Rebels captured three villages - Zeitan Khalsa and Barna -" and "restored security to
Sanei Tal al-Hawa and Tal-Arous" name small villages that no gazetteer may hold, often
without commas.  Inside such a list a capitalised word that is not English is a
toponym; an Arabic generic head ("Tal", "Deir", "Kafr") or an article-led word
("al-Hawa") joins the word next to it into one name.  The names come back unresolved
(no coordinates), as the place finder returns names it cannot place.
"""

from __future__ import annotations

import re

from observatory.extract.places import PlaceMention
from observatory.kb.gazetteer.lexicon import english_words, toponym_heads
from observatory.kb.gazetteer.normalize import ARTICLE_PATTERN
from observatory.models import Place

_WORD = re.compile(rf"(?:{ARTICLE_PATTERN}-)?[A-Z][\w'’]*(?:-[\w'’]+)*")
_ARTICLE_LED = re.compile(rf"{ARTICLE_PATTERN}-", re.IGNORECASE)
_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+&\s+)|\s+", re.IGNORECASE)
_LIST_END = re.compile(r"\s*(?:[-–—.;:,]|$)|\s+(?:from|in|near|on|at|after|before|to|south|north|east|west|while|amid|as|where|when|with|by|during|since|until|following|under|said|says|according)\b")


def unknown_names(text: str, start: int, end: int, enclosed: bool = False) -> list[PlaceMention] | None:
    """The names of a list filling ``text[start:end]`` exactly, or None when it is not one.

    ``enclosed``: a known place of the same list stands on each side ("Morek, Zakat and
    Kafr Zita"), so every capitalised word between is a name, English-looking or not."""
    tokens = _tokens(text, start, end, enclosed)
    if not tokens:
        return None
    names = _group(text, tokens)
    return [_mention(text, a, b) for a, b in names] if names else None


def leading_names(text: str, start: int, end: int) -> list[PlaceMention]:
    """The names of a list starting at ``start`` and ending at a dash, stop or ``end``."""
    pos = start
    spans: list[tuple[int, int]] = []
    while True:
        gap = _JOINER.match(text, pos, end) if spans else re.compile(r"\s*").match(text, pos, end)
        word = _WORD.match(text, gap.end(), end) if gap else None
        if word is None or not _named_word(word.group(0), text[spans[-1][0]:spans[-1][1]] if spans else "",
                                           gap.group(0) if gap else ""):
            break
        spans.append(word.span())
        pos = word.end()
    if not spans or not _LIST_END.match(text, pos, end) and pos != end:
        return []
    return [_mention(text, a, b) for a, b in _group(text, spans)]


def _tokens(text: str, start: int, end: int, enclosed: bool) -> list[tuple[int, int]]:
    """Word spans of a gap made only of foreign capitalised words and list joiners."""
    gap = text[start:end]
    body = gap.strip(" ,")
    if not body:
        return []
    body = re.sub(r"^(?:and|&)\s+|\s+(?:and|&)$", "", body)
    offset = start + gap.index(body)
    spans: list[tuple[int, int]] = []
    pos = 0
    while pos < len(body):
        joiner = _JOINER.match(body, pos) if pos else None
        pos = joiner.end() if joiner else pos
        word = _WORD.match(body, pos)
        previous = text[spans[-1][0]:spans[-1][1]] if spans else ""
        if word is None or not (enclosed or _named_word(word.group(0), previous, joiner.group(0) if joiner else "")):
            return []
        spans.append((offset + word.start(), offset + word.end()))
        pos = word.end()
    return spans


def _named_word(word: str, previous: str, gap: str) -> bool:
    """A word of a name: a foreign one, an article-led one ("Al-Habit": the Arabic article
    says a name, English-looking or not) or any capitalised word right after a generic head
    ("Tell Sultan")."""
    return (_foreign(word) or _ARTICLE_LED.match(word) is not None
            or (gap.strip() == "" and previous.lower() in toponym_heads()))


def _foreign(word: str) -> bool:
    """A capitalised word no English reader would take for a common word."""
    bare = _ARTICLE_LED.sub("", word, count=1).lower()
    return word.lower() in toponym_heads() or (bare not in english_words() and len(bare) > 2)


def _group(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a generic head to the word after it ("Tal Meri") and a word to an article-led
    one after it with no comma between ("Tal al-Hawa")."""
    names: list[tuple[int, int]] = []
    for a, b in spans:
        word = text[a:b]
        if names:
            prev_a, prev_b = names[-1]
            between = text[prev_b:a]
            joins = between.strip() == "" and (text[prev_a:prev_b].lower() in toponym_heads()
                                               or _ARTICLE_LED.match(word))
            if joins:
                names[-1] = (prev_a, b)
                continue
        names.append((a, b))
    return names


def _mention(text: str, start: int, end: int) -> PlaceMention:
    name = text[start:end]
    return PlaceMention(start, end, name, Place(name=name, mention=name))
