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
from pathlib import Path

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.dates import string_list
from observatory.extract.numbers import load_lexicon, tokenize
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
    negations: frozenset[str]
    clause_marks: frozenset[str]
    stops: frozenset[str]
    other_fates: frozenset[str]
    continuations: frozenset[str]
    holders: frozenset[str]
    possessives: frozenset[str]
    most: int  # words of the longest label


class LabelDataError(ValueError):
    """labels.yaml is malformed: the message names the file and the key."""


@lru_cache(maxsize=1)
def label_words(path: Path = LABELS_PATH) -> LabelWords:
    """The words of labels.yaml, each list checked on loading (``dates.string_list``) so a
    missing or empty one is refused naming the file and the key, not met later as a KeyError."""
    data = read_yaml(path)

    def words(key: str) -> frozenset[str]:
        return frozenset(string_list(path, data, key, LabelDataError))

    most = data.get("label_words") if isinstance(data, dict) else None
    if not isinstance(most, int) or isinstance(most, bool) or most < 1:
        raise LabelDataError(f"{path}: 'label_words' must be a positive number of words")
    return LabelWords(_status_words(string_list(path, data, "statuses", LabelDataError)),
                      words("total_words"), words("part_words"), words("speaker_words"),
                      words("segment_marks"), words("bullets"), words("negations"), words("clause_marks"),
                      words("list_stops"), words("other_fates"), words("line_continuations"),
                      words("kind_holders"), words("possessives"), most)


def _status_words(statuses: list[str]) -> dict[str, str]:
    """The toll lexicon's one-word status nouns and status words after a figure, the nouns of
    its "<noun> of" status phrases and its toll nouns ("Dead:", "Fatalities:", "Injuries:",
    "Death toll:", "the death of 45 people. They are:"): one list for prose and labels."""
    lex = load_lexicon()
    words = {w: s for section in ("status_after", "status_nouns") for s in statuses
             for w in lex[section].get(s, []) if " " not in w}
    nouns = {phrase.split()[0]: s for s in statuses for phrase in lex["status_before"].get(s, [])
             if len(phrase.split()) == 2 and phrase.split()[1] == "of"}
    return {w: "killed" for w in lex["toll_nouns"]} | nouns | words


OPENING_REACH = 8  # characters of a bullet or number mark between a line's start and its sentence
LIST_REACH = 12  # words between a label's colon and the last figure it lists


def listed_line(text: str, sentence: Sentence, lex: TollLexicon) -> bool:
    """Whether ``sentence`` is a listed line, or opens one: after a bullet or a number mark
    ("- 19 civilians", "2. 7 fighters") or a label of people or of a sum and its figure
    ("Civilians: 11", "Total: 17"; not "Displaced civilians: 3000", "Round 3: 8 delegates")."""
    reach = max(0, sentence.start - OPENING_REACH)  # not back over a whole report run on one line
    newline = text.rfind("\n", reach, sentence.start)
    if newline < 0 < reach:
        return False  # told within a line
    opening = text[newline + 1:sentence.start].strip()
    words = label_words()
    if opening and opening not in words.bullets and _ENUMERATOR.fullmatch(opening) is None:
        return False
    line = sentence.text
    if line[:1] in words.bullets or opening:
        return True
    labelled = _LABEL_LINE.match(line)
    return labelled is not None and _people_or_sum(tokenize(line[:labelled.end() - 1].rstrip(" \t:")), words, lex)


def _people_or_sum(label: list[Token], words: LabelWords, lex: TollLexicon) -> bool:
    """Whether a label names a sum ("Total:") or only people ("Civilians:", "Rebel fighters:",
    "Regime forces:", "Of whom children:"): after a nesting phrase, group nouns and names
    only, a group noun last, and no word of another fate ("Displaced civilians:")."""
    if any(t.low in words.other_fates for t in label):
        return False
    if any(t.low in words.totals for t in label):
        return True
    nesting = lex.nesting_before.match(label, 0) if label else None
    k = nesting[0] if nesting is not None else 0
    people = False
    while k < len(label):
        hit = lex.group_nouns.match(label, k)
        if hit is None and not label[k].text[:1].isupper():
            return False
        people = hit is not None
        k = hit[0] if hit is not None else k + 1
    return people


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
            listed = bool(labelled) and labelled[-1] == (label[0].start, label[-1].end)
            labelled.append((label[0].start, label[-1].end))
            status = _status_in(label, words)
            if cand.status is None and status is not None and _bare_line(cand, words):
                cand.status = status  # not "Martyrs Hall: 300 guests attended"
            group = _group_label(cand.tokens, label, lex)
            if lex.category(cand.head) == "unknown" and not (listed and lex.category(group) == "unknown"):
                cand.head = group or cand.head  # "Civilians: 5 dead"; not "The wounded: 7 civilians, 2 of them"
        totals = label is not None and _totals_label(label, words)
        if cand.status is None and (cand.head is not None or totals) and listed_line(text, cand.sentence, lex):
            heading = _heading(text, cand.sentence.start, words)
            if heading is not None and (totals or _bare_line(cand, words)) \
                    and not any(p in text[heading[0]:heading[1]].lower() for p in lex.recalled_periods):
                cand.status = _heading_status(tokenize(text[heading[0]:heading[1]]), words)  # not "Killed last week:"
            if cand.status is None and totals:
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
            _close_block(cand, candidates[:n], text, earlier, words, lex)
        elif cand.parent is None and (label is not None and _parts_label(label, words)
                                      or cand.head is not None and listed_line(text, cand.sentence, lex)):
            total = _total_above(cand, text, earlier, words) or _holder_above(cand, text, earlier + candidates[:n],
                                                                              words, lex)
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
    if ":" not in cand.sentence.text:
        return None  # no colon to find (most sentences): the walk back over every word is spared
    colon = next((j for j in range(first - 1, -1, -1) if tokens[j].text == ":" or tokens[j].text in words.marks), None)
    if colon is None or tokens[colon].text != ":":
        return None
    if first - colon > LIST_REACH or any(t.low in lex.other_clause or t.low in lex.reporting or t.low in words.stops
                                         for t in tokens[colon:first]):
        return None  # not "Killed: the mayor, who had sheltered 30 families", "Dead: 7, up from 5"
    start = colon
    while start > 0 and tokens[start - 1].text not in words.marks and tokens[start - 1].text not in words.bullets \
            and tokens[start - 1].text != ",":
        start -= 1
    label = tokens[start:colon]
    if not label or len(label) > words.most or any(t.low[:1].isdigit() or t.low in words.speakers
                                                   or t.low in lex.reporting or t.low in words.stops for t in label):
        return None
    return label


def _status_in(tokens: list[Token], words: LabelWords) -> str | None:
    """The status the first status word of a label or heading names, unless a capitalised
    word after it makes it part of a name ("Martyrs' Square:", "Martyrs Brigade:")."""
    for k, token in enumerate(tokens):
        if token.low in words.status and not _in_a_name(tokens, k + 1):
            return words.status[token.low]
    return None


def _in_a_name(tokens: list[Token], k: int) -> bool:
    possessives = label_words().possessives
    while k < len(tokens) and tokens[k].low in possessives:
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper()


def _heading_status(heading: list[Token], words: LabelWords) -> str | None:
    """The status of the heading's last clause that names one, the clause that governs the
    list ("No one was killed, but the injured were:" lists the injured; "… the death of 45
    people. They are:" the dead): none when a negation denies it or the clause names two
    ("Killed and wounded today:")."""
    end = len(heading)
    for k in range(len(heading) - 1, -2, -1):
        if k >= 0 and heading[k].low not in words.clause_marks:
            continue
        clause = heading[k + 1:end]
        statuses = {words.status[t.low] for j, t in enumerate(clause)
                    if t.low in words.status and not _in_a_name(clause, j + 1)}
        if statuses:
            return statuses.pop() if len(statuses) == 1 and not any(
                t.low in words.negations for t in clause) else None
        end = k
    return None


def _bare_line(cand: TollReading, words: LabelWords) -> bool:
    """Whether a listed or labelled figure tells no deed of its own after its counted people
    ("- 12 civilians in Douma", "- 9 by Russian forces"; not "- 12 rescuers deployed"): only
    then does its heading's or label's status reach it."""
    tokens = cand.tokens
    k = max(cand.end, cand.desc_end)
    return k >= len(tokens) or not tokens[k].low[:1].isalpha() or tokens[k].low in words.continuations


def _totals_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.totals for t in label)


def _parts_label(label: list[Token], words: LabelWords) -> bool:
    return any(t.low in words.parts for t in label)


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
    """The status of the tolls told on the lines listed right above a total's line, when they
    share one ("Wounded: 6\nDead: 3\nTotal: 9" sums no one status)."""
    _, start = _block(text, total.sentence.start, words)
    statuses = {t.status for t in earlier if t.quantity.start >= start and t.status}
    return statuses.pop() if len(statuses) == 1 else None


def _holder_above(cand: TollReading, text: str, told: list[TollReading], words: LabelWords,
                  lex: TollLexicon) -> TollReading | None:
    """The line of civilians whose kinds ``cand`` lists ("Civilians: 230\nChildren: 48") or
    whose part an "Of whom …" line tells: the last such toll of its status in the block."""
    if lex.category(cand.head) not in lex.kinds and lex.nesting_before.match(cand.tokens, 0) is None:
        return None
    _, start = _block(text, cand.sentence.start, words)
    for told_one in reversed(told):
        if told_one.quantity.start < start:
            return None
        if told_one.parent is None and told_one.status == cand.status and told_one.value is not None \
                and lex.category(told_one.head) in words.holders:
            return told_one
    return None


def _fits(total: TollReading, cand: TollReading, told: list[TollReading]) -> bool:
    siblings = sum(c.value or 0 for c in told if c.parent is total)
    return siblings + (cand.value or 0) <= (total.value or 0)


def _close_block(total: TollReading, before: list[TollReading], text: str, earlier: list[TollReading],
                 words: LabelWords, lex: TollLexicon) -> None:
    """"- 8 civilians\\n- 4 fighters\\nTotal: 12", "Dead: 9 civilians, 5 fighters. Total dead: 14":
    the tolls of the total's status told since its list's heading on listed lines or after a
    label, not yet parts of anything, are its parts, even when they overrun it (a sum is never
    added to its parts).  Never a toll told in prose ("An air strike killed 6 … Total so far:
    40"), nor a lone part as large as the total: that is the same toll told twice."""
    _, start = _block(text, total.sentence.start, words)
    parts = [c for c in earlier + before if c.quantity.start >= start and c.parent is None and c is not total
             and c.status == total.status and c.value is not None
             and (_label(c, words, lex) is not None or listed_line(text, c.sentence, lex))]
    if len(parts) == 1 and (parts[0].value or 0) >= (total.value or 0):
        return
    for part in parts:
        part.parent = total
