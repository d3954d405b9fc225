"""Tolls laid out as labels and lines rather than sentences (issue 9).

Monitors' daily reports and NGO bulletins write "Dead: 8 civilians, 3 fighters. Injured: 20",
"Civilians: 5 dead, 12 injured", or a total followed by lines "- 19 civilians" under
"… distributed as follows:", closed by "Total: 41".  Sentence grammar gives such figures no
status and no total; here a label (the words before a colon opening a line or a segment of
it) or the heading line of a list gives them.  Only labels of the words in
``data/casualties/labels.yaml`` act ("Score: 2-1", "Date: 12 March", "Destroyed: 3 tanks"
name no status, group or total), and listed lines count people only under a heading naming
a status.  Parts nest under their total when they fit in it, never beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.numbers import tokenize
from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import TollReading
from observatory.nlp.sentences import Sentence
from observatory.nlp.tokens import Token

LABELS_PATH = PACKAGE_DATA / "casualties" / "labels.yaml"
_ENUMERATOR = re.compile(r"\d{1,2}[.)]|[a-z][.)]")  # "2.", "3)", "b)": a numbered line's mark
_LABEL_LINE = re.compile(r"[^\W\d][^:\n\d]{0,40}:[ \t]*\d")  # "Civilians: 11", "Total: 17"


@dataclass(frozen=True)
class LabelWords:
    status: dict[str, str]  # word -> status
    totals: frozenset[str]
    parts: frozenset[str]
    speakers: frozenset[str]
    marks: frozenset[str]
    bullets: frozenset[str]
    most: int  # words of the longest label


@lru_cache(maxsize=1)
def label_words() -> LabelWords:
    data = read_yaml(LABELS_PATH)
    return LabelWords({w: s for s, words in data["status_words"].items() for w in words},
                      frozenset(data["total_words"]), frozenset(data["part_words"]),
                      frozenset(data["speaker_words"]),
                      frozenset(data["segment_marks"]), frozenset(data["bullets"]), int(data["label_words"]))


OPENING_REACH = 8  # characters of a bullet or number mark between a line's start and its sentence


def listed_line(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a listed line, or opens one: after a bullet or a number mark
    ("- 19 civilians", "2. 7 fighters") or a label and its figure ("Civilians: 11")."""
    reach = max(0, sentence.start - OPENING_REACH)  # not back over a whole report run on one line
    newline = text.rfind("\n", reach, sentence.start)
    if newline < 0 < reach:
        return False  # told within a line
    opening = text[newline + 1:sentence.start].strip()
    words = label_words()
    if opening and opening not in words.bullets and _ENUMERATOR.fullmatch(opening) is None:
        return False
    line = sentence.text
    return line[:1] in words.bullets or bool(opening) or _LABEL_LINE.match(line) is not None


def read_labels(candidates: list[TollReading], text: str, lex: TollLexicon,
                earlier: list[TollReading]) -> list[TollReading]:
    """Status and group of the figures a label or a list's heading gives them: "Dead: 6
    civilians, 2 fighters" (both killed), "Civilians: 5 dead" and "Civilian deaths: 12"
    (civilians), "Killed today:\\n- 5 civilians" (killed).  A figure's own verb or noun wins
    ("Casualties: 4 killed, 11 wounded").  A reading inside another figure's label ("Civilian"
    of "Civilian deaths: 12") names that figure's people, no one more: it is dropped."""
    words = label_words()
    labelled: list[tuple[int, int]] = []
    for cand in candidates:
        label = _label(cand, words, lex)
        if label is not None:
            labelled.append((label[0].start, label[-1].end))
            status = _status_in(label, words)
            if cand.status is None and status is not None:
                cand.status = status
            if lex.category(cand.head) == "unknown":  # "Civilians: 5 dead": the label names the dead
                cand.head = _group_label(cand.tokens, label, lex) or cand.head
        if cand.status is None and (cand.head is not None or _totals(cand, words, lex)) \
                and listed_line(text, cand.sentence):
            heading = _heading(text, cand.sentence.start, words)
            if heading is not None:
                cand.status = _status_in(tokenize(text[heading[0]:heading[1]]), words)
            if cand.status is None and _totals(cand, words, lex):
                cand.status = _status_above(cand, text, earlier, words)  # "Women: 3 killed\nChildren: 5 killed\nTotal: 8"
    return [c for c in candidates if not any(s <= c.quantity.start and c.quantity.end <= e for s, e in labelled)]


def nest_lines(candidates: list[TollReading], text: str, lex: TollLexicon, earlier: list[TollReading]) -> None:
    """Parts of a laid-out toll under their total: lines listed under a heading that tells a
    total ("the death of 41 people …, distributed as follows:\\n- 19 civilians"), figures after
    a "Breakdown:" label, and the parts a "Total:" label closes ("- 8 civilians\\n- 4
    fighters\\nTotal: 12").  A part joins a total only while the parts fit in it: the parts are
    never added to it, and a total that holds them not is no total of theirs."""
    words = label_words()
    for n, cand in enumerate(candidates):
        if cand.status is None or cand.value is None:
            continue
        label = _label(cand, words, lex)
        if label is not None and _totals_label(label, words):
            _close_block(cand, candidates[:n], text, earlier, words)
        elif cand.parent is None and (label is not None and _parts_label(label, words)
                                      or cand.head is not None and listed_line(text, cand.sentence)):
            total = _total_above(cand, text, earlier, words)
            if total is not None and _fits(total, cand, earlier + candidates[:n]):
                cand.parent = total


def _label(cand: TollReading, words: LabelWords, lex: TollLexicon) -> list[Token] | None:
    """The label over ``cand``'s figure: the words from the start of its segment (a line, or
    after ";", "|", ".", or a comma before a label: "Fighters: 12 killed, Civilians: 2 killed")
    to a colon, when only the figures listed after that colon stand between it and the figure
    ("Dead: 6 civilians, 2 fighters": both under "Dead"; not "Killed: the mayor, who had
    sheltered 30 families"); or a status word opening the segment right before the figure
    ("dead 11; wounded 26")."""
    tokens, first = cand.tokens, cand.quantity.first
    bare = first - 1
    if bare >= 0 and tokens[bare].low in words.status and (
            bare == 0 or tokens[bare - 1].text in words.marks or tokens[bare - 1].text in words.bullets
            or tokens[bare - 1].text == ":"):
        return tokens[bare:first]
    colon = next((j for j in range(first - 1, -1, -1) if tokens[j].text == ":" or tokens[j].text in words.marks), None)
    if colon is None or tokens[colon].text != ":":
        return None
    if first - colon > LIST_REACH or any(t.low in lex.other_clause or t.low in lex.reporting
                                         for t in tokens[colon:first]):
        return None
    start = colon
    while start > 0 and tokens[start - 1].text not in words.marks and tokens[start - 1].text not in words.bullets \
            and tokens[start - 1].text != ",":
        start -= 1
    label = tokens[start:colon]
    if not label or len(label) > words.most or any(t.low[:1].isdigit() or t.low in words.speakers
                                                   or t.low in lex.reporting for t in label):
        return None
    return label


LIST_REACH = 12  # words between a label's colon and the last figure it lists


def _status_in(tokens: list[Token], words: LabelWords) -> str | None:
    return next((words.status[t.low] for t in tokens if t.low in words.status), None)


def _totals_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.totals for t in label)


def _parts_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.parts for t in label)


def _totals(cand: TollReading, words: LabelWords, lex: TollLexicon) -> bool:
    label = _label(cand, words, lex)
    return label is not None and _totals_label(label, words)


def _group_label(tokens: list[Token], label: list[Token], lex: TollLexicon) -> str | None:
    """The group a label names ("Civilians:", "Rebel fighters:", "Civilian deaths:")."""
    start = tokens.index(label[0])
    end = start + len(label)
    return next((hit[1] for k in range(start, end)
                 if (hit := lex.group_nouns.match(tokens, k)) is not None and hit[0] <= end), None)


def _heading(text: str, at: int, words: LabelWords) -> tuple[int, int] | None:
    """The span of the line a list starting before ``at`` hangs from: the first line above
    that is no listed line (a line "Total: 23 killed" heads the lines after it too); None at
    a blank line or the text's start."""
    heading, _ = _block(text, at, words)
    return heading


def _block(text: str, at: int, words: LabelWords) -> tuple[tuple[int, int] | None, int]:
    """The heading of the list whose line holds ``at`` (as ``_heading``), and where the list's
    block starts: after its heading, else at the first of the listed lines right above."""
    first = text.rfind("\n", 0, at) + 1
    end = first - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return None, first
        opening = line[:1] in words.bullets or _ENUMERATOR.match(line) is not None
        labelled = _LABEL_LINE.match(line)
        if not opening and (labelled is None or any(t.low in words.totals for t in tokenize(line[:labelled.end()]))):
            return (start, end), end
        first, end = start, start - 1
    return None, first


def _total_above(cand: TollReading, text: str, earlier: list[TollReading], words: LabelWords) -> TollReading | None:
    """The total whose parts ``cand`` lists: the last toll of its status told on the heading
    line of its list (or, after a "Breakdown:" label, the last told before it)."""
    heading = _heading(text, cand.sentence.start, words)
    start, end = heading if heading is not None else (text.rfind("\n", 0, cand.sentence.start) + 1, cand.quantity.start)
    for told in reversed(earlier):
        if told.quantity.start < start:
            return None
        if told.quantity.start < end and told.parent is None and told.status == cand.status and told.value is not None:
            return told
    return None


def _status_above(total: TollReading, text: str, earlier: list[TollReading], words: LabelWords) -> str | None:
    """The status of the last toll told on the lines listed right above a total's line."""
    _, start = _block(text, total.sentence.start, words)
    return next((t.status for t in reversed(earlier) if t.quantity.start >= start and t.status), None)


def _fits(total: TollReading, cand: TollReading, told: list[TollReading]) -> bool:
    siblings = sum(c.value or 0 for c in told if c.parent is total)
    return siblings + (cand.value or 0) <= (total.value or 0)


def _close_block(total: TollReading, before: list[TollReading], text: str, earlier: list[TollReading],
                 words: LabelWords) -> None:
    """"- 8 civilians\\n- 4 fighters\\nTotal: 12", "Dead: 9 civilians, 5 fighters. Total dead: 14":
    the tolls of the total's status told since its list's heading (or its line's start), not
    yet parts of anything, are its parts when they fit in it."""
    _, start = _block(text, total.sentence.start, words)
    parts = [c for c in earlier + before if c.quantity.start >= start and c.parent is None and c is not total
             and c.status == total.status and c.value is not None]
    if parts and sum(c.value or 0 for c in parts) <= (total.value or 0):
        for part in parts:
            part.parent = total
