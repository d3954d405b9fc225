"""Tolls of named past events: "the Ghouta massacre that claimed the lives of 1400", told years on.

A report on a new development often recalls an earlier event by its name, with that
event's toll.  The name alone does not date the event and the toll's sentence often
states no date at all; the report dates it somewhere, in any sentence that names it: "on
the third anniversary of the Houla massacre", "the 2013 Ghouta massacre", "three years
after the Ghouta massacre", "has denied responsibility for the Ghouta massacre over the
past three years".  A toll told of a named event the report sets in an earlier year is
the report's background, never a toll of its own incident.  A name the report never
dates stays the news: "the Ariha market massacre that killed 30" is usually today's.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from observatory.extract import dates
from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import TollReading
from observatory.nlp.sentences import Sentence
from observatory.nlp.caseless import CaselessPattern

_YEAR = re.compile(r"(?<![\d-])(19[5-9]\d|20[0-4]\d)(?![\d-])")
# "three years after", "a year ago", "over the past three years": an event at least a year old.
_YEARS_BACK = re.compile(r"\byears?\s+(?:ago|after|since|on|later|earlier|before)\b|"
                         r"\b(?:past|last|previous)\s+(?:\w+\s+)?years\b", re.IGNORECASE)
# Capitalised words that open a sentence or a date, not an event's name.
_NOT_NAMES = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "his", "their", "our",
                        "last", "latest", "new", "recent", "deadly", "monday", "tuesday", "wednesday",
                        "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays", "wednesdays",
                        "thursdays", "fridays", "saturdays", "sundays", "syrian", "syrias", "russian",
                        "regime", "government", "suicide", "terrorist", "terror", "isis", "is", "daesh"})
YEAR_REACH = 40  # characters around a name in which a year dates it ("the 2013 Ghouta massacre")
LEAD_REACH = 120  # characters before a figure in which the event it is a toll of is named


@lru_cache(maxsize=4)
def _named_event(nouns: tuple[str, ...]) -> re.Pattern:
    """One to three capitalised words before an event noun: "Ghouta Massacre", "Houla massacre"."""
    return re.compile(r"((?:\b[A-Z][\w'-]*\s+){1,3})(?i:" + dates.any_phrase(list(nouns)) + r")\b")


@lru_cache(maxsize=4)
def _any_noun(nouns: tuple[str, ...]) -> CaselessPattern:
    """Any event noun, as a cheap test before looking for a name in front of it."""
    return CaselessPattern(r"\b(?:" + "|".join(re.escape(n.split()[-1]) for n in nouns) + r")\b")


def _name(match: re.Match) -> str:
    """The event's name in lower case, without the words that only open a phrase."""
    words = [w.lower() for w in match.group(1).split()]
    while words and words[0] in _NOT_NAMES:
        words.pop(0)
    return " ".join(words) if words and not any(w in _NOT_NAMES for w in words) else ""


def recalled_events(sentences: list[Sentence], published: date | None, lex: TollLexicon) -> set[str]:
    """Names of the events the report dates to an earlier year than its own news."""
    pattern = _named_event(lex.named_event_nouns)
    nouns = _any_noun(lex.named_event_nouns)
    names: set[str] = set()
    for sentence in sentences:
        if nouns.search(sentence.text) is None:
            continue  # most sentences name no event: skip the slower scan for names
        for match in pattern.finditer(sentence.text):
            name = _name(match)
            if name and _dated_earlier(sentence.text, match, published, lex):
                names.add(name)
    return names


def _dated_earlier(text: str, match: re.Match, published: date | None, lex: TollLexicon) -> bool:
    """Whether the sentence naming an event sets it a year or more before publication."""
    before = text[max(0, match.start() - 40):match.start()].lower().rstrip()
    if any(before.endswith(cue) for cue in lex.past_event_cues if cue != "since"):
        return True
    if _YEARS_BACK.search(text):
        return True
    near = text[max(0, match.start() - YEAR_REACH):match.end() + YEAR_REACH]
    return published is not None and any(int(y) < published.year for y in _YEAR.findall(near))


def mark_recalled(readings: list[TollReading], names: set[str], lex: TollLexicon) -> None:
    """Tolls told of a recalled named event ("the Houla massacre that killed 108") are background."""
    if not names:
        return
    pattern = _named_event(lex.named_event_nouns)
    for cand in readings:
        if not cand.status or cand.background:
            continue
        sentence = cand.sentence
        lead = sentence.text[max(0, cand.quantity.start - sentence.start - LEAD_REACH):
                             cand.quantity.start - sentence.start]
        if any(_name(m) in names for m in pattern.finditer(lead)):
            cand.background = True
