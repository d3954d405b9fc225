"""Clause windows and page furniture.

Monitoring reports chain several incidents into one sentence ("..., while the regime
forces shelled X, and the Observatory documented ..."), so events take their actors,
places and dates from the clause around the trigger, not the whole sentence.  A clause
here ends at a semicolon, a dash or a comma/space before a connective that starts a new
statement.  Commas inside lists of places ("Al-Qaryatayn city, al-Tayba town") are kept.
Some clauses are asides whose dates are their own (data/events/clauses.yaml): a relative
clause's history, where and when a victim who died now was wounded, a further incident
joined with ", and another man died ...": a stale day there must not make the sentence's
other clauses background.

Page furniture ("Related ...", "Tags ...", "Read Also") is not part of the report and
its headlines must not become events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from observatory.config import PACKAGE_DATA
from observatory.extract.dates import pattern_list, string_list
from observatory.nlp.caseless import CaselessPattern, NeedledPattern
from observatory.nlp.sentences import Sentence

CLAUSES_PATH = PACKAGE_DATA / "events" / "clauses.yaml"


class ClauseDataError(ValueError):
    """data/events/clauses.yaml is malformed."""


def load_asides(path: Path = CLAUSES_PATH) -> tuple[str, str, str]:
    """The break before a further incident or a recalled one, the break before a wound's
    origin, and the words an aside opens with (clauses.yaml), each entry checked on loading
    so a bad one is refused naming the file and the list."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ClauseDataError(f"{path}: must be a mapping of word lists")

    def alternation(key: str) -> str:
        return "|".join(pattern_list(path, data, key, ClauseDataError))

    victim, verb, origin = alternation("further_victims"), alternation("finite_verbs"), alternation("wound_origins")
    totals, times, recalled = alternation("running_totals"), alternation("own_times"), alternation("recalled_events")
    nouns = string_list(path, data, "wound_nouns", ClauseDataError)
    relative = "|".join(map(re.escape, string_list(path, data, "relative_asides", ClauseDataError)))
    further = rf"(?:(?:{victim})\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:{verb})\b|{totals})"
    timed = rf"{further}[^;.]*?\b(?:{times})\b"
    wounds = "(?:" + "|".join(rf"(?<=\b{re.escape(noun)})" for noun in nouns) + rf")\s+(?=(?:{origin}))"
    opens = rf"(?:(?:and|as|while|whereas)\s+{further}|(?P<earlier>{recalled}|{origin})|(?:{relative})\b)"
    return rf",\s+(?=and\s+{timed}|(?:{recalled}))", wounds, opens


_FURTHER_BREAK, _WOUNDS_BREAK, _ASIDE_OPENING = load_asides()
_WOUND_ORIGIN = CaselessPattern(_WOUNDS_BREAK)

# Every break that opens on whitespace starts where a run of whitespace starts
# ``(?<!\s)``: the leftmost match does anyway, and without the guard each position inside
# a long run of spaces would retry the greedy ``\s+`` (quadratic in the run's length).
_CLAUSE_BREAK = CaselessPattern(
    r"(?<!\s)\s*;\s*|(?<!\s)\s+[-–—]\s+"
    r"|,?(?<!\s)\s+(?=(?:while|whereas|where|meanwhile|however|but|in the meantime|in another development|"
    r"in addition|elsewhere|separately|in retaliation)\b)"
    r"|,\s+(?=(?:after|before|as|when|since|which|who|amid|according|accompanied)\s)"
    r"|,\s+(?=and (?:a|an|in|on|at|also|then)\s)"
    # "…, bringing to 312 the number killed since the start": a running total appended
    r"|,\s+(?=(?:bringing|raising|pushing|increasing) (?:the|to|up)\s)"
    r"|,?(?<!\s)\s+(?=and (?:the|a|an) (?:Syrian Observatory|SOHR|Observatory|monitor)\b)"
    r"|(?<!\s)\s+(?=(?:after|before) (?:the )?(?:being|having|they|it|he|she)\b)"
    r"|(?<!\s)\s+(?=(?:comes?|came|coming) (?:less than |more than |about |nearly |just |only |some )?"
    r"(?:a|an|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?) (?:after|since)\b)"
    "|" + _FURTHER_BREAK + "|" + _WOUNDS_BREAK
)
_ASIDE_START = re.compile(r"[\s,]*" + _ASIDE_OPENING, re.IGNORECASE)

_FURNITURE = NeedledPattern(  # a whole section is scanned: most hold none of its words
    r"(?:(?<=\s)|^)(?:Related(?: News| Articles| Stories)?|Read Also|Read more|READ MORE|Also read|See also|Tags|"
    r"Topic|Get short URL|Community standards|Slideshow \(\d+ Images?\)|More from|REUTERS|AFP PHOTO|AP Photo"
    # a photo credit that opens a linked story's headline: "Sputnik Ivan Petrov Army Repels Attack Near X"
    r"|Sputnik(?= [A-Z][\w-]+ [A-Z][\w-]+ [A-Z]))\b"
)
# How far furniture runs: "Tags" lists a few capitalised words; "Related" runs to the end; a
# read-more cue to its headline's end (``_READ_MORE``). Compared lower-cased: "READ MORE" and
# "Read more" are one cue.
_RUN_TO_END = {"related", "related news", "related articles", "related stories", "see also", "more from",
               "community standards"}
# A read-more link is one headline: it ends where prose starts ("… Pound Kurdish Positions in Afrin In a
# separate raid gunmen kidnapped …"), the article's next sentence.
_READ_MORE = {"read more", "read also", "also read"}
_OPENERS = (r"The|A|An|At least|More than|Some|Nearly|About|Around|In|On|Meanwhile|Elsewhere|Separately|Earlier|"
            r"\d+|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Fresh|Heavy|Fierce")
_SENTENCE_START = re.compile(rf"\s+(?=(?:{_OPENERS})\s)")
_PROSE_START = re.compile(rf"\s+(?=(?:{_OPENERS})[\s,]+[a-z])")
# A headline's words: capitalised, figures, or the small words title case leaves lower-case.
_HEADLINE = re.compile(r"^[\s:|-]*(?:(?:[A-Z\d][\w'’.-]*|in|of|on|to|the|a|an|and|for|at|as|with|by|from|after|"
                       r"over|near|into|amid|against|[-–—:|,])\s+)*[A-Z\d][\w'’.-]*$")


@dataclass(frozen=True)
class Clause:
    start: int
    end: int
    sentence: int  # index into the document's sentences
    aside: bool = False  # its dates are its own: they make no other clause of the sentence background
    earlier: bool = False  # an aside telling an earlier time (a recalled event, a wound's origin): not the news's day


def breaks_clause(text: str) -> bool:
    """Whether a clause ends inside ``text``: the words between a referring word and a side
    named later ("killed 23 terrorists near X, while ISIS terrorists attacked …") tell
    whether that side is still the same story's."""
    return _CLAUSE_BREAK.search(text) is not None


def wound_origin_start(text: str, start: int, end: int) -> int:
    """Where the words telling when and where a victim was wounded begin in ``text[start:end]``
    ("died of wounds | he sustained last week in shelling"), else ``end``: a toll of the dead
    before them is not dated by them."""
    found = _WOUND_ORIGIN.search(text, start, end)
    return found.start() if found is not None else end


def split_clauses(sentences: list[Sentence], text: str) -> list[Clause]:
    """Clauses of every sentence, with offsets into ``text``."""
    clauses: list[Clause] = []
    for index, sentence in enumerate(sentences):
        start = sentence.start
        for m in _CLAUSE_BREAK.finditer(sentence.text):
            cut = sentence.start + m.start()
            if cut > start:
                clauses.append(_clause(text, start, cut, index, start > sentence.start))
            start = sentence.start + m.end()
        if sentence.end > start:
            clauses.append(_clause(text, start, sentence.end, index, start > sentence.start))
    return clauses


def _clause(text: str, start: int, end: int, sentence: int, after_break: bool) -> Clause:
    """The clause from ``start`` to ``end``, an aside when it opens with an aside's words after
    a break ("Several days before the raid, jets struck X" opens on the news itself)."""
    opening = _ASIDE_START.match(text, start, end) if after_break else None
    return Clause(start, end, sentence, aside=opening is not None,
                  earlier=opening is not None and opening.group("earlier") is not None)


def furniture_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Spans of page furniture: link lists, tag lists, share widgets."""
    spans: list[tuple[int, int]] = []
    for m in _FURNITURE.finditer(text):
        word = m.group(0)
        sentence_end = next((s.end for s in sentences if s.start <= m.start() < s.end), len(text))
        if word.lower() in _READ_MORE:
            spans.append((m.start(), _headline_end(text, m.end(), sentence_end)))
        elif word.lower() in _RUN_TO_END:
            spans.append((m.start(), sentence_end))
        else:
            spans.append((m.start(), _tag_run_end(text, m.end(), sentence_end)))
    return spans


def _headline_end(text: str, pos: int, limit: int) -> int:
    """End of a read-more link: its title-case headline, when prose follows it in the same
    sentence; else the sentence end (a headline in sentence case cannot be told from prose)."""
    window = text[pos:limit]
    restart = _PROSE_START.search(window, 1)
    if restart is None or not _HEADLINE.match(window[:restart.start()]):
        return limit
    return pos + restart.start()


def _tag_run_end(text: str, pos: int, limit: int) -> int:
    """End of a tag list: up to the next words that look like a sentence start."""
    window = text[pos:limit]
    restart = _SENTENCE_START.search(window, 1)
    return pos + (restart.start() if restart else min(len(window), 120))
