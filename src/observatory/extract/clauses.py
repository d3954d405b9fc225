"""Clause windows and page furniture.

Monitoring reports chain several incidents into one sentence ("..., while the regime
forces shelled X, and the Observatory documented ..."), so events take their actors,
places and dates from the clause around the trigger, not the whole sentence.  A clause
here ends at a semicolon, a dash or a comma/space before a connective that starts a new
statement.  Commas inside lists of places ("Al-Qaryatayn city, al-Tayba town") are kept.
Some clauses are asides whose dates are their own (data/events/clauses.yaml): a relative
clause's history, where and when a victim who died now was wounded, an earlier event
recalled to set the news in time: a stale day there must not make the sentence's other
clauses background.  A further incident joined with ", and another man was killed ..."
after a dated first one is a clause of its own, with its own place and count, but no aside.

Page furniture ("Related ...", "Tags ...", "Read Also") is not part of the report and
its headlines must not become events.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.dates import COUNT, any_phrase, lapse, lapse_days, pattern_list, string_list
from observatory.nlp.caseless import CaselessPattern, NeedledPattern, without_captures
from observatory.nlp.sentences import Sentence

CLAUSES_PATH = PACKAGE_DATA / "events" / "clauses.yaml"


class ClauseDataError(ValueError):
    """data/events/clauses.yaml is malformed."""


@dataclass(frozen=True)
class Asides:
    """The aside patterns of clauses.yaml as regular expressions."""

    further: str  # the break before a further incident with a time of its own, or a recalled event
    wounds: str  # the break before a wound's origin
    opening: str  # the words an aside opens with; group ``earlier`` a recalled event
    deaths: str  # a death from wounds, told before the wound noun; group ``relative`` in a relative clause
    times: str  # a time word of a clause's own ("last week", "on Monday", "in 2015")


def load_asides(path: Path = CLAUSES_PATH) -> Asides:
    """The aside patterns of clauses.yaml, each entry checked on loading so a bad one is
    refused naming the file and the list.  ``{count}`` in an entry is the date reader's
    count (``dates.COUNT``): one home for "a", "three", "12"."""
    data = read_yaml(path, ClauseDataError)
    if not isinstance(data, dict):
        raise ClauseDataError(f"{path}: must be a mapping of word lists")

    def alternation(key: str, count: str = COUNT.replace("?P<count>", "?:")) -> str:
        return "|".join(p.replace("{count}", count) for p in pattern_list(path, data, key, ClauseDataError))

    victim, verb, origin = alternation("further_victims"), alternation("finite_verbs"), alternation("wound_origins")
    totals, times = alternation("running_totals"), alternation("own_times")
    recalled = lapse(any_phrase(string_list(path, data, "recalled_relations", ClauseDataError)), counted=True)
    nouns = string_list(path, data, "wound_nouns", ClauseDataError)
    relative = "|".join(map(re.escape, string_list(path, data, "relative_asides", ClauseDataError)))
    injured = alternation("injured_verbs")
    further = rf"(?:(?:{victim})\b(?:\s+[\w'’-]+){{0,5}}?\s+(?:{verb})\b(?!\s+(?:{injured})\b)|{totals})"
    wounds = "(?:" + "|".join(rf"(?<=\b{re.escape(noun)})" for noun in nouns) + rf")\s+(?=(?:{origin}))"
    opens = rf"(?P<earlier>{recalled})|(?:{relative})\b"
    deaths = rf"(?P<relative>\b(?:{relative}|that)\s+(?:[\w-]+\s+)?)?\b(?:{alternation('wound_deaths')})\b"
    return Asides(rf",\s+(?=(?P<further>and\s+{further})|(?P<recalled>{without_captures(recalled)}))", wounds, opens, deaths,
                  rf"\b(?:{times})\b")


_ASIDES = load_asides()
_WOUND_ORIGIN = CaselessPattern(_ASIDES.wounds)
_WOUND_DEATH = re.compile(_ASIDES.deaths, re.IGNORECASE)
_OWN_TIME = CaselessPattern(_ASIDES.times)
_DEATH_REACH = 80  # how far before the wound noun its death verb may stand ("died in hospital in X of wounds")
# Where the main clause resumes after an earlier aside ("On April 7, three days after the attack on
# X, | US warships fired ..."): a comma before anything but a participle or a connective, which go
# on with the aside ("two days after jets struck X, killing 20 fighters").
_RESUME = re.compile(r",\s+(?!(?:[a-z]+ing|and|or|as|while|when|where|which|who|whom|whose|including|according)\b)",
                     re.IGNORECASE)
_RESUME_REACH = 300
# "On April 7, three days after the attack on X, US warships fired ...": a recalled event after a
# sentence's opening time of this many words or fewer stays in the sentence, whose news is dated
# by that time (the news clause would lose it if the aside cut them apart).
_OPENER_WORDS = 4
_OPENER_REACH = 40  # characters: an opening time is short, and a long sentence is not split into words
_STOP = re.compile(r"[;.]")

# "The bombing came as rebels pressed their assault on X", "The raids come amid clashes in Y": the
# clause after "came as" tells another story going on at the time (``Clause.beside``).
# Not "came as a surprise", "came as far as": "as" before an article, a degree or a share.
_BESIDE_VERBS = ("came", "come", "comes", "coming")
_BESIDE_OPENERS = r"(?:as(?!\s+(?:a|an|no|far|close|little|much|well|part|soon|such)\b)|amid|while)\s"
_BESIDE_BREAK = "(?:" + "|".join(rf"(?<=\b{verb})" for verb in _BESIDE_VERBS) + rf")\s+(?={_BESIDE_OPENERS})"

# Every break that opens on whitespace starts where a run of whitespace starts
# ``(?<!\s)``: the leftmost match does anyway, and without the guard each position inside
# a long run of spaces would retry the greedy ``\s+`` (quadratic in the run's length).
_CLAUSE_BREAK = CaselessPattern(
    # "Monday's bombings came as fighters pressed on Tal Tamr": what "came as" joins is another story;
    # first, so that "came while" is this break and not the "while" one below (the same span)
    r"(?P<beside>" + _BESIDE_BREAK + r")"
    r"|(?<!\s)\s*;\s*|(?<!\s)\s+[-–—]\s+"
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
    "|" + _ASIDES.further + "|(?P<wound>" + _ASIDES.wounds + ")"
)
_ASIDE_START = re.compile(r"[\s,]*(?:" + _ASIDES.opening + ")", re.IGNORECASE)


@dataclass(frozen=True)
class Furniture:
    """The page furniture words of clauses.yaml as patterns: ``spans`` finds where furniture
    opens (group ``end``, ``more`` or ``run`` says how far it reaches); ``links`` a list of links
    to other stories that runs to the end; ``caption`` a photo credit or a read-more cue with the
    title-case words it runs on into, or a share widget with its counters (group ``widget``)."""

    spans: NeedledPattern
    links: NeedledPattern
    caption: NeedledPattern


def load_furniture(path: Path = CLAUSES_PATH) -> Furniture:
    """The furniture lists of clauses.yaml, each entry checked on loading."""
    data = read_yaml(path, ClauseDataError)
    reach = data.get("page_furniture") if isinstance(data, dict) else None
    if not isinstance(reach, dict):
        raise ClauseDataError(f"{path}: 'page_furniture' must be a mapping of runs_to_end, read_more and tag_runs")

    def alternation(source: object, key: str) -> str:
        return "|".join(pattern_list(path, source, key, ClauseDataError))

    credits, widgets = alternation(data, "photo_credits"), alternation(data, "share_widgets")
    to_end, more = alternation(reach, "runs_to_end"), alternation(reach, "read_more")
    # a whole section is scanned: most hold none of these words, which the needles find at once
    runs = alternation(reach, "tag_runs")
    spans = NeedledPattern(rf"(?:(?<=\s)|^)(?:(?P<end>{to_end})|(?P<more>{more})|(?P<run>{runs}|{widgets}|{credits}))\b")
    links = NeedledPattern(rf"\b(?:{to_end})\b(?=\s*:?\s*[A-Z0-9])")
    caption = NeedledPattern(
        rf"(?<![\w(])(?:{credits}|(?:{more}):?)"
        r"(?: (?:[A-Z\d][\w'’.&-]*|in|of|on|to|the|a|an|and|for|at|as|with|by|from|after|over|near|into|amid|"
        r"against|[-–]))+"
        rf"|(?P<widget>(?:{widgets})(?: \d[\d,]*){{1,2}}\b)")
    return Furniture(spans, links, caption)


FURNITURE = load_furniture()
# A tag run or a read-more headline ends where a sentence or prose starts:
# "… Pound Kurdish Positions in Afrin In a separate raid gunmen kidnapped …".
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
    lapse: float | None = None  # a recalled event's days before the news ("two months after": 60)
    origin: int | None = None  # where the origin of the wounds a death here came from is told
    host: int | None = None  # a wound's origin: where the clause of the death it tells starts
    beside: bool = False  # opened by "came as"/"comes amid": another story going on at the time of the news


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
        start, host = sentence.start, None
        beside = False  # whether the clause starting at ``start`` is what "came as" opened
        for cut, resume, wound, opens_beside in _breaks(sentence):
            if cut > start:
                clauses.append(_clause(text, start, cut, index, start > sentence.start, host, beside))
            if wound and clauses and clauses[-1].start >= sentence.start:
                clauses[-1] = replace(clauses[-1], origin=resume)
            start, host, beside = resume, (clauses[-1].start if wound and clauses else None), opens_beside
        if sentence.end > start:
            clauses.append(_clause(text, start, sentence.end, index, start > sentence.start, host, beside))
    return clauses


def _breaks(sentence: Sentence) -> Iterator[tuple[int, int, bool, bool]]:
    """Where the sentence's clauses break: (cut, where the next clause starts, whether it
    starts a wound's origin, whether "came as" opens it).  A further incident splits off only between times of its own and
    of the first's (``_timed``); a recalled event only after more than an opening time
    (``_opening_time``); a wound's origin only after a death (``_dies_here``).  An earlier
    aside ends where the main clause resumes after a comma (``_RESUME``), before the next break."""
    text, at = sentence.text, sentence.start
    found = list(_CLAUSE_BREAK.finditer(text))
    times = [t.start() for t in _OWN_TIME.finditer(text)] if any(m.group("further") for m in found) else []
    for n, m in enumerate(found):
        wound = m.group("wound") is not None
        if wound and not _dies_here(text, m.start()) or m.group("further") is not None and not _timed(text, times, m) \
                or m.group("recalled") is not None and _opening_time(text, m.start()):
            continue
        yield at + m.start(), at + m.end(), wound, m.group("beside") is not None
        if wound or m.group("recalled") is not None:
            limit = min(found[n + 1].start() if n + 1 < len(found) else len(text), m.end() + _RESUME_REACH)
            resume = _RESUME.search(text, m.end(), limit)
            if resume is not None:
                yield at + resume.start(), at + resume.end(), False, False


def _opening_time(text: str, cut: int) -> bool:
    """Whether the words before ``cut`` are only the sentence's opening time ("On April 7")."""
    return cut <= _OPENER_REACH and len(text[:cut].split()) <= _OPENER_WORDS and _OWN_TIME.search(text[:cut]) is not None


def _timed(text: str, times: list[int], m: re.Match[str]) -> bool:
    """Whether a further incident tells a time of its own before the sentence's next semicolon
    or full stop ("and two others were shot dead last week"), and the words before it one of
    theirs ("executed three men on Monday").  Without the first, the further incident goes on
    the first one's story; without the second, the time may be both halves' ("killed 87 in X,
    and another 500 were injured on April 4"): the sentence stays whole and its dates date both.
    ``times`` are where the sentence's time words start, found once (a long run of further
    victims stays linear)."""
    stop = _STOP.search(text, m.end(), m.end() + _RESUME_REACH)
    after = bisect.bisect_left(times, m.end())
    return 0 < after < len(times) and times[after] < (stop.start() if stop else m.end() + _RESUME_REACH) \
        and times[after - 1] >= m.start() - _RESUME_REACH


def _dies_here(text: str, cut: int) -> bool:
    """Whether the words just before a wound noun tell the death the wound caused, in the
    main clause ("another farmer died of wounds"; not "who died last week of wounds"), with no
    time of its own ("died on Monday of wounds he had sustained in March" is dated by Monday
    whole, and the strike keeps its type and the victim)."""
    death = next(reversed(list(_WOUND_DEATH.finditer(text, max(0, cut - _DEATH_REACH), cut))), None)
    return death is not None and death.group("relative") is None and _OWN_TIME.search(text[death.end():cut]) is None


def _clause(text: str, start: int, end: int, sentence: int, after_break: bool, host: int | None,
            beside: bool) -> Clause:
    """The clause from ``start`` to ``end``: an aside when it opens with an aside's words after
    a break ("Several days before the raid, jets struck X" opens on the news itself) or tells
    the origin of a death's wounds (``host``, the death's clause); ``beside`` the news when
    "came as" opened it."""
    opening = _ASIDE_START.match(text, start, end) if after_break else None
    recalled = opening is not None and opening.group("earlier") is not None
    days = None
    if recalled and opening is not None:
        days = lapse_days(opening.group("count"), opening.group("unit"))
    return Clause(start, end, sentence, aside=opening is not None or host is not None,
                  earlier=recalled or host is not None, lapse=days, host=host, beside=beside)


def furniture_spans(text: str, sentences: list[Sentence]) -> list[tuple[int, int]]:
    """Spans of page furniture: link lists, tag lists, share widgets."""
    spans: list[tuple[int, int]] = []
    for m in FURNITURE.spans.finditer(text):
        sentence_end = next((s.end for s in sentences if s.start <= m.start() < s.end), len(text))
        if m.group("more") is not None:
            spans.append((m.start(), _headline_end(text, m.end(), sentence_end)))
        elif m.group("end") is not None:
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
