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
    marks: frozenset[str]
    bullets: frozenset[str]
    most: int  # words of the longest label


@lru_cache(maxsize=1)
def label_words() -> LabelWords:
    data = read_yaml(LABELS_PATH)
    return LabelWords({w: s for s, words in data["status_words"].items() for w in words},
                      frozenset(data["total_words"]), frozenset(data["part_words"]),
                      frozenset(data["segment_marks"]), frozenset(data["bullets"]), int(data["label_words"]))


def listed_line(text: str, sentence: Sentence) -> bool:
    """Whether ``sentence`` is a listed line, or opens one: after a bullet or a number mark
    ("- 19 civilians", "2. 7 fighters") or a label and its figure ("Civilians: 11")."""
    opening = text[text.rfind("\n", 0, sentence.start) + 1:sentence.start].strip()
    words = label_words()
    if opening and opening not in words.bullets and _ENUMERATOR.fullmatch(opening) is None:
        return False
    line = sentence.text
    return line[:1] in words.bullets or bool(opening) or _LABEL_LINE.match(line) is not None


def read_labels(candidates: list[TollReading], text: str, lex: TollLexicon) -> list[TollReading]:
    """Status and group of the figures a label or a list's heading gives them: "Dead: 6
    civilians, 2 fighters" (both killed), "Civilians: 5 dead" and "Civilian deaths: 12"
    (civilians), "Killed today:\\n- 5 civilians" (killed).  A figure's own verb or noun wins
    ("Casualties: 4 killed, 11 wounded").  A reading inside another figure's label ("Civilian"
    of "Civilian deaths: 12") names that figure's people, no one more: it is dropped."""
    words = label_words()
    labelled: list[tuple[int, int]] = []
    for cand in candidates:
        label = _label(cand, words)
        if label is not None:
            labelled.append((label[0].start, label[-1].end))
            status = _status_in(label, words)
            if cand.status is None and status is not None:
                cand.status = status
            if lex.category(cand.head) == "unknown":  # "Civilians: 5 dead": the label names the dead
                cand.head = _group_label(cand.tokens, label, lex) or cand.head
        if cand.status is None and (cand.head is not None or _totals(cand, words)) \
                and listed_line(text, cand.sentence):
            heading = _heading(text, cand.sentence.start, words)
            if heading is not None:
                cand.status = _status_in(tokenize(text[heading[0]:heading[1]]), words)
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
        label = _label(cand, words)
        if label is not None and _totals_label(label, words):
            _close_block(cand, candidates[:n], text, earlier, words)
        elif cand.parent is None and (label is not None and _parts_label(label, words)
                                      or cand.head is not None and listed_line(text, cand.sentence)):
            total = _total_above(cand, text, earlier, words)
            if total is not None and _fits(total, cand, earlier + candidates[:n]):
                cand.parent = total


def _label(cand: TollReading, words: LabelWords) -> list[Token] | None:
    """The label over ``cand``'s figure: the words from the start of its segment (a line, or
    after ";", "|", ".") to a colon, when only the figures listed after that colon stand
    between it and the figure ("Dead: 6 civilians, 2 fighters": both under "Dead")."""
    tokens = cand.tokens
    colon = next((j for j in range(cand.quantity.first - 1, -1, -1)
                  if tokens[j].text == ":" or tokens[j].text in words.marks), None)
    if colon is None or tokens[colon].text != ":":
        return None
    start = colon
    while start > 0 and tokens[start - 1].text not in words.marks and tokens[start - 1].text not in words.bullets:
        start -= 1
    label = tokens[start:colon]
    if not label or len(label) > words.most or any(t.low[:1].isdigit() for t in label):
        return None
    return label


def _status_in(tokens: list[Token], words: LabelWords) -> str | None:
    return next((words.status[t.low] for t in tokens if t.low in words.status), None)


def _totals_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.totals for t in label)


def _parts_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.parts for t in label)


def _totals(cand: TollReading, words: LabelWords) -> bool:
    label = _label(cand, words)
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
    end = text.rfind("\n", 0, at)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if not line:
            return None
        opening = line[:1] in words.bullets or _ENUMERATOR.match(line) is not None
        labelled = _LABEL_LINE.match(line)
        if not opening and (labelled is None or any(t.low in words.totals for t in tokenize(line[:labelled.end()]))):
            return start, end
        end = start - 1
    return None


def _total_above(cand: TollReading, text: str, earlier: list[TollReading], words: LabelWords) -> TollReading | None:
    """The total whose parts ``cand`` lists: the last toll of its status told on the heading
    line of its list (or, after a "Breakdown:" label, the last told before it)."""
    heading = _heading(text, cand.sentence.start, words)
    start, end = heading if heading is not None else (text.rfind("\n", 0, cand.sentence.start) + 1, cand.quantity.start)
    return next((t for t in reversed(earlier) if start <= t.quantity.start < end and t.parent is None
                 and t.status == cand.status and t.value is not None), None)


def _fits(total: TollReading, cand: TollReading, told: list[TollReading]) -> bool:
    siblings = sum(c.value or 0 for c in told if c.parent is total)
    return siblings + (cand.value or 0) <= (total.value or 0)


def _close_block(total: TollReading, before: list[TollReading], text: str, earlier: list[TollReading],
                 words: LabelWords) -> None:
    """"- 8 civilians\\n- 4 fighters\\nTotal: 12", "Dead: 9 civilians, 5 fighters. Total dead: 14":
    the tolls of the total's status told since its list's heading (or its line's start), not
    yet parts of anything, are its parts when they fit in it."""
    heading = _heading(text, total.sentence.start, words)
    start = heading[1] if heading is not None else text.rfind("\n", 0, total.sentence.start) + 1
    parts = [c for c in earlier + before if c.quantity.start >= start and c.parent is None and c is not total
             and c.status == total.status and c.value is not None]
    if parts and sum(c.value or 0 for c in parts) <= (total.value or 0):
        for part in parts:
            part.parent = total
