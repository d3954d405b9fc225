"""Quantities of people as reports state them: "at least 128", "twenty-five", "dozens".

Tolls are written in digits, in words and as vague amounts, with a qualifier in front
("more than 45", "nearly 20", "up to 30").  This module turns a token stream into
``Quantity`` values carrying the count fields of the extraction contract; it does not
decide whether a quantity is a toll — that needs the noun and the verb around it
(``casualties.py``).  Everything works on tokens with exact character offsets so the
evidence spans point into the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from text_to_num import text2num

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.models import count_bounds
from observatory.nlp.tokens import Token, tokens_of

LEXICON_PATH = PACKAGE_DATA / "casualties" / "lexicon.yaml"

_TOKEN = re.compile(
    r"\d+(?:[,.]\d+)*(?:-[A-Za-z]+)*"  # 128, 1,400, 12-year-old (kept whole: not a count)
    r"|[A-Za-z\u00C0-\u024F]+(?:[-'’][A-Za-z\u00C0-\u024F]+)*"  # words, twenty-five, non-Syrian
    r"|[^\sA-Za-z\d]"  # punctuation, one character each
)

_UNITS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
).split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_SCALES = {"hundred", "thousand", "million"}
_NUMBER_WORDS = set(_UNITS) | set(_TENS) | _SCALES
# The number words as one regex alternation, longest first ("seventeen" before "seven"), for patterns
# that let a counted noun stand ("seized four checkpoints in X").
NUMBER_WORD = "(?:" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
# No count of people needs more: longer digit runs ("1,2,3,…,1500" read as one token,
# phone numbers, ids) are not counts, and converting them would hit Python's limit on
# integer string length; longer runs of number words are lists, not one number.
MAX_DIGITS = 9
MAX_NUMBER_WORDS = 8
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


@dataclass(frozen=True, init=False)
class Quantity:
    """A stated amount: token indices ``[first, last)`` plus the contract's count fields."""

    first: int
    last: int
    start: int
    end: int
    text: str
    value: Optional[int]
    low: Optional[int]
    high: Optional[int]
    qualifier: str
    article: bool = False  # "a"/"an": only a count when a singular noun follows

    def __init__(self, first: int, last: int, start: int, end: int, text: str, value: Optional[int],
                 low: Optional[int], high: Optional[int], qualifier: str, article: bool = False) -> None:
        """The fields set in one step: the frozen dataclass's own ``__init__`` sets each through
        ``object.__setattr__``, twice the cost, and the number reader makes some 30,000
        quantities per MB of report.  Still frozen: ``__setattr__`` refuses any later change."""
        self.__dict__.update(first=first, last=last, start=start, end=end, text=text, value=value,
                             low=low, high=high, qualifier=qualifier, article=article)


# The sections the number and toll readers look up (``tolls/lexicon.py``): a lexicon
# edited by hand that lost one should fail on loading, naming the section, not later
# deep in a reader with a bare KeyError.
LEXICON_KEYS = (
    "status_before", "unknown_fate", "status_after", "status_nouns", "toll_nouns", "status_among", "adverbs",
    "auxiliaries", "group_nouns", "phrase_enders", "plurals_without_s", "nationalities", "foreign_words",
    "countries", "foreign_default_actor", "home_country", "vague", "qualifiers_before", "qualifiers_after",
    "nesting_before", "nesting_after", "organisation_words", "combined_nouns", "alternative_source_cues",
    "retold_event_nouns", "other_event_cues", "other_day_cues", "toll_reached", "reporting_words", "part_cues", "part_cue_blockers",
    "sum_cues", "cumulative_cues", "war_cues", "named_event_nouns", "past_event_cues", "non_person_nouns", "post_nouns",
    "recalled_periods", "toll_setting", "materiel_verbs", "battle_words", "be_forms", "breakdown_by_kind",
    "distributive", "foreign_enemy_heads", "foreign_listed_heads", "intransitive_after", "kin_clause",
    "materiel_fillers", "place_prepositions", "received_tally", "reported_passives", "similar_event_cues",
    "subject_tolls", "tells_more_cues", "toll_place_scopes", "unrealised_before", "other_clause_words", "collectives", "collective_wholes",
    "more_people", "side_name_ends", "loss_verbs", "animal_nouns", "foreign_civilian_categories",
    "aside_bare_predicates", "no_object_after", "period_tally",
)


@lru_cache(maxsize=1)
def load_lexicon() -> dict:
    """The casualty lexicon (``data/casualties/lexicon.yaml``), read once per process."""
    return read_lexicon(LEXICON_PATH)


def read_lexicon(path: Path) -> dict:
    """A casualty lexicon file, checked for every section the readers use."""
    lexicon = read_yaml(path)
    if not isinstance(lexicon, dict):
        raise ValueError(f"{path}: expected a mapping of sections, got {type(lexicon).__name__}")
    missing = [key for key in LEXICON_KEYS if key not in lexicon]
    if missing:
        raise ValueError(f"{path}: missing section(s): {', '.join(missing)}")
    _check_word_lists(lexicon, path)
    return lexicon | {"status_after": _with_intransitives(lexicon)}


def _with_intransitives(lexicon: dict) -> dict[str, list]:
    """``status_after`` with the predicates of ``intransitive_after`` added: each of those
    is a status after a group too ("six residents lost their lives"), so it is listed once,
    there, and every reader of ``status_after`` sees it."""
    merged = {status: list(phrases) for status, phrases in lexicon["status_after"].items()}
    for status, phrases in lexicon["intransitive_after"].items():
        known = merged.setdefault(status, [])
        known.extend(p for p in phrases if p not in known)
    return merged


def _check_word_lists(lexicon: dict, path: Path) -> None:
    """``toll_setting`` holds two word lists, ``recalled_periods`` is one, ``breakdown_by_kind``
    five (``_BREAKDOWN_LISTS``): a mapping without them would fail later as a bare KeyError,
    and a single string would be read as its letters.  An empty ``toll_setting`` list would let
    its pattern match without a verb or a noun."""
    setting = lexicon["toll_setting"]
    if not isinstance(setting, dict) or not all(_is_words(setting.get(key)) and setting[key]
                                                for key in ("verbs", "nouns")):
        raise ValueError(f"{path}: toll_setting: needs 'verbs' and 'nouns', each a non-empty list of words")
    if not _is_words(lexicon["recalled_periods"]):
        raise ValueError(f"{path}: recalled_periods: expected a list of words")
    breakdown = lexicon["breakdown_by_kind"]
    if not isinstance(breakdown, dict) or not all(_is_words(breakdown.get(key)) for key in _BREAKDOWN_LISTS):
        names = ", ".join(map(repr, _BREAKDOWN_LISTS))
        raise ValueError(f"{path}: breakdown_by_kind: needs {names}, each a list of words")


_BREAKDOWN_LISTS = ("totals", "kinds", "armed", "marks", "openers")


def _is_words(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(word, str) and word for word in value)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words, numbers and punctuation of ``text``; offsets are shifted by ``offset``."""
    return tokens_of(_TOKEN, text, offset)


_LONGEST_ENDING = 6  # words of the longest phrase ``match_ending`` finds


class PhraseSet:
    """Multi-word phrases looked up at a token position (longest match wins).

    A first-word index rather than spaCy's ``PhraseMatcher``: the number reader asks
    "which phrase starts at this token?" over the extractor's own tokens, where no ``Doc``
    exists; building one per token list to run the matcher cost about 7 % of extraction
    CPU for identical answers (measured on 800 FA-KES articles), and extraction time is
    what the per-document budget bounds.
    """

    def __init__(self, phrases: dict[str, str] | list[str]):
        items = phrases.items() if isinstance(phrases, dict) else ((p, p) for p in phrases)
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase, label in items:
            words = tuple(t.low for t in tokenize(str(phrase)))
            if words:
                self._by_first.setdefault(words[0], []).append((words, label))
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))
        # The same phrases by their last two words, longest first, and the one-word phrases
        # by their word: ``match_ending`` looks the words before ``end`` up instead of trying
        # every start of the last few tokens, or every phrase ending in a common word (36 of
        # the status verbs end in "of").
        self._by_last_two: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        self._one_word: dict[str, str] = {}
        for options in self._by_first.values():
            for words, label in options:
                if len(words) == 1:
                    self._one_word.setdefault(words[0], label)
                elif len(words) <= _LONGEST_ENDING:
                    self._by_last_two.setdefault((words[-2], words[-1]), []).append((words, label))
        for options in self._by_last_two.values():
            options.sort(key=lambda o: -len(o[0]))
        self._last_words = frozenset(self._one_word) | {last for _, last in self._by_last_two}

    def first_words(self) -> frozenset[str]:
        """Words some phrase starts with."""
        return frozenset(self._by_first)

    def last_words(self) -> frozenset[str]:
        """Words some phrase ``match_ending`` finds ends with: a caller asking at every
        token of a sentence first picks the few tokens after one."""
        return self._last_words

    def match(self, tokens: list[Token], i: int) -> Optional[tuple[int, str]]:
        """``(end index, label)`` of the longest phrase starting at token ``i``, or None."""
        if i >= len(tokens) or (options := self._by_first.get(tokens[i].low)) is None:
            return None  # most tokens start no phrase: asked some 30 times per sentence of a long report
        for words, label in options:
            if len(words) == 1:  # the last option (longest first): the word looked up is the phrase
                return i + 1, label
            j = i + len(words)
            if j <= len(tokens) and _same_words(tokens, i, words):
                return j, label
        return None

    def match_ending(self, tokens: list[Token], end: int) -> Optional[tuple[int, str]]:
        """``(start index, label)`` of the longest phrase (of at most ``_LONGEST_ENDING``
        words) ending just before token ``end``."""
        if end <= 0 or (last := tokens[end - 1].low) not in self._last_words:
            return None  # asked before most figures of a long report, whose word before ends no phrase
        if end > 1 and (options := self._by_last_two.get((tokens[end - 2].low, last))) is not None:
            for words, label in options:
                start = end - len(words)
                if start >= 0 and tokens[start].low == words[0] and _same_words(tokens, start, words):
                    return start, label
        one = self._one_word.get(last)
        return (end - 1, one) if one is not None else None


def _same_words(tokens: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether ``tokens`` from ``i`` on read ``words`` (whose first word the caller matched).

    Most phrases are one word, known to match from the index: the number reader asks
    hundreds of thousands of times in a long report, so ``match`` answers those without
    calling this, and the others stop at the first word that differs (a loop: ``all`` over a generator
    costs more than the few comparisons it makes).
    """
    for k in range(1, len(words)):
        if tokens[i + k].low != words[k]:
            return False
    return True


@lru_cache(maxsize=1)
def _qualifier_phrases() -> tuple[PhraseSet, PhraseSet, PhraseSet]:
    lex = load_lexicon()
    before = {p: q for q, ps in lex["qualifiers_before"].items() for p in ps}
    after = {p: q for q, ps in lex["qualifiers_after"].items() for p in ps}
    vague = {p: str(low) for p, low in lex["vague"].items()}
    return PhraseSet(before), PhraseSet(after), PhraseSet(vague)


@lru_cache(maxsize=1)
def qualifier_alternation() -> str:
    """The lexicon's qualifiers before a figure ("at least", "more than", "about") as one
    regex alternation, longest first (then alphabetical, so the pattern is the same in every
    process), any run of spaces between words: for readers that
    let a qualifier stand before a figure they find by pattern ("the toll rose on
    Wednesday to about 40", extract/context.py), so the words have one home."""
    phrases = {str(p) for ps in load_lexicon()["qualifiers_before"].values() for p in ps}
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in sorted(phrases, key=lambda p: (-len(p), p)))


def words_to_int(words: list[str]) -> Optional[int]:
    """Value of number words ("a hundred and twelve" -> 112) via text2num, or None."""
    cleaned = [w for part in words for w in part.replace("-", " ").split()]
    if cleaned and cleaned[0] in ("a", "an"):
        cleaned[0] = "one"
    try:
        return int(text2num(" ".join(cleaned), "en"))
    except ValueError:
        return None


@lru_cache(maxsize=1 << 14)
def is_number_word(low: str) -> bool:
    """Whether a lower-case token is (hyphenated) number words: "five", "twenty-one".

    Memoised per word: it is asked of nearly every token of every sentence, and a
    report's vocabulary is small next to its token count.
    """
    return all(part in _NUMBER_WORDS for part in low.split("-"))


def _read_number(tokens: list[Token], i: int) -> Optional[tuple[int, int, bool]]:
    """``(end index, value, is_article)`` for a number starting at token ``i``."""
    tok = tokens[i]
    if tok.low[0].isdecimal():
        return _space_grouped(tokens, i) or _read_digits(tok.low, i)
    j = i
    if tok.low == "half":  # "half a dozen wounded children": six, never the dozen it halves
        dozen = i + 2 < len(tokens) and tokens[i + 1].low in ("a", "an") and tokens[i + 2].low == "dozen"
        return (i + 3, 6, False) if dozen else None
    if tok.low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low == "dozen":
        return i + 2, 12, False  # "a dozen people"
    if tok.low in ("a", "an") and i + 1 < len(tokens) and tokens[i + 1].low in _SCALES:
        j = i + 1
    elif tok.low in ("a", "an", "another"):  # "a child", "another child": one person
        if tok.low == "another" and i + 1 < len(tokens) and (
                tokens[i + 1].low[0].isdecimal() or is_number_word(tokens[i + 1].low)):
            return None  # "another 23": the number follows
        return i + 1, 1, True
    words: list[str] = [tokens[i].low] if j > i else []
    while j < len(tokens) and len(words) <= MAX_NUMBER_WORDS:
        low = tokens[j].low
        if is_number_word(low):
            words.append(low)
            j += 1
        elif low == "and" and words and j + 1 < len(tokens) and is_number_word(tokens[j + 1].low) \
                and words[-1] in _SCALES:
            words.append(low)
            j += 1
        else:
            break
    if not words or words == ["a"] or len(words) > MAX_NUMBER_WORDS:
        return None
    if j < len(tokens) and tokens[j].low == "dozen":  # "two dozen"
        value = words_to_int(words)
        return (j + 1, value * 12, False) if value else None
    value = words_to_int(words)
    return (j, value, False) if value is not None else None


def _read_digits(low: str, i: int) -> Optional[tuple[int, int, bool]]:
    """A number written in digits, with or without thousands commas ("1,400"); not
    decimals, ages ("12-year-old"), comma lists ("1,2,3") or runs too long to be a count."""
    if not _THOUSANDS.fullmatch(low) or (low[0] == "0" and len(low) > 1):
        return None  # "016", "000": the tail of a figure cut by page furniture, not a count
    digits = low.replace(",", "")
    return (i + 1, int(digits), False) if len(digits) <= MAX_DIGITS else None


def _space_grouped(tokens: list[Token], i: int) -> Optional[tuple[int, int, bool]]:
    """"1 000 civilians": thousands set off by a single space, as French-trained desks and
    PDF extraction write them; only three-digit groups directly after one to three digits."""
    head = tokens[i].low
    j = i + 1
    while j < len(tokens) and len(tokens[j].low) == 3 and tokens[j].low.isdecimal() \
            and tokens[j].start == tokens[j - 1].end + 1:
        j += 1
    if j == i + 1 or not (head.isdecimal() and len(head) <= 3 and head[0] != "0"):
        return None
    digits = head + "".join(t.low for t in tokens[i + 1:j])
    return (j, int(digits), False) if len(digits) <= MAX_DIGITS else None


@lru_cache(maxsize=1)
def _quantity_openers() -> frozenset[str]:
    """Words other than numbers a quantity can start with: qualifiers, vague amounts, "a"."""
    before, _, vague = _qualifier_phrases()
    return before.first_words() | vague.first_words() | {"a", "an", "another", "between", "half"}


@lru_cache(maxsize=1 << 14)
def may_start_quantity(low: str) -> bool:
    """Cheap test before ``read_quantity``: most words of a sentence start no quantity.

    Memoised per word (a pure function of it), as the reader asks it at every token.
    """
    return low[0].isdecimal() or low in _quantity_openers() or is_number_word(low)


def read_quantity(tokens: list[Token], i: int) -> Optional[Quantity]:
    """The quantity (qualifier + number, or a vague amount) starting at token ``i``."""
    if not may_start_quantity(tokens[i].low):
        return None
    if tokens[i].low == "between":
        return _range(tokens, i)
    before, _, vague = _qualifier_phrases()
    qualifier = "exact"
    j = i
    hit = before.match(tokens, i)
    if hit and hit[0] < len(tokens):
        number = _read_number(tokens, hit[0])
        if number and not number[2]:
            j, qualifier = hit[0], hit[1]
    number = _read_number(tokens, j)
    vague_hit = vague.match(tokens, i) if j == i else None
    if vague_hit is not None and (number is None or number[2]):  # "a number of" is not "a"
        end, vague_low = vague_hit
        return _quantity(tokens, i, end, None, int(vague_low), None, "vague")
    if number is None:
        return None
    if qualifier == "exact" and (span := _range_to(tokens, i, number)) is not None:
        return span
    end, value, article = number
    if qualifier == "exact" and _plus_after(tokens, end):
        end, qualifier = end + 1, "at_least"
    low, high = count_bounds(value, qualifier)
    return _quantity(tokens, i, end, value, low, high, qualifier, article)


def _plus_after(tokens: list[Token], end: int) -> bool:
    """Whether a "+" sticks to the digits just read ("15+ killed", "20+ civilians"): posts
    and headlines write "at least" so; a spaced "+" ("5 + 3") is arithmetic, not a bound."""
    return end < len(tokens) and tokens[end].text == "+" and tokens[end].start == tokens[end - 1].end \
        and tokens[end - 1].low[-1].isdecimal()


def _range(tokens: list[Token], i: int) -> Optional[Quantity]:
    """"between 500 and 1300 people": see ``_range_from``."""
    first = _read_number(tokens, i + 1) if i + 1 < len(tokens) else None
    if first is None or first[2] or first[0] + 1 >= len(tokens) or tokens[first[0]].low != "and":
        return None
    return _range_from(tokens, i, first)


def _range_to(tokens: list[Token], i: int, first: tuple[int, int, bool]) -> Optional[Quantity]:
    """"20 to 25 soldiers": a range, unless "from" makes it a toll that rose ("the toll
    rose from 20 to 25", whose later figure is read as its own quantity)."""
    if first[2] or first[0] + 1 >= len(tokens) or tokens[first[0]].low != "to" \
            or i > 0 and tokens[i - 1].low == "from":
        return None
    return _range_from(tokens, i, first)


def _range_from(tokens: list[Token], i: int, first: tuple[int, int, bool]) -> Optional[Quantity]:
    """The range whose lower figure ``first`` was read, its higher one after the joining word.

    The count keeps both bounds, and its figure is the lower one, told as "at least": the
    lower end is the one number the report commits to, as a monitor counting the dead
    publishes the conservative figure of a range (ACLED codes a range's lower end)."""
    second = _read_number(tokens, first[0] + 1)
    if second is None or second[2] or second[1] <= first[1]:
        return None
    return _quantity(tokens, i, second[0], first[1], first[1], second[1], "at_least")


def _quantity(tokens: list[Token], first: int, last: int, value: Optional[int],
              low: Optional[int], high: Optional[int], qualifier: str,
              article: bool = False) -> Quantity:
    start, end = tokens[first].start, tokens[last - 1].end
    text = tokens[first].text if last == first + 1 else "".join(_join(tokens, first, last))  # mostly one token
    return Quantity(first, last, start, end, text, value, low, high, qualifier, article)


def _join(tokens: list[Token], first: int, last: int) -> list[str]:
    """Token texts with the original spacing restored (single spaces between words)."""
    out = [tokens[first].text]
    for k in range(first + 1, last):
        out.append((" " if tokens[k].start > tokens[k - 1].end else "") + tokens[k].text)
    return out


def qualifier_after_end(tokens: list[Token], i: int) -> Optional[int]:
    """Index after a qualifier that follows a figure ("at least", "or more") at token ``i``."""
    _, after, _ = _qualifier_phrases()
    hit = after.match(tokens, i)
    return hit[0] if hit else None


def requalify_after(quantity: Quantity, tokens: list[Token], i: int) -> Optional[tuple[int, Quantity]]:
    """A qualifier after the counted noun ("128 members at least") applied to ``quantity``.

    Returns ``(end index, requalified quantity)`` when tokens from ``i`` hold such a
    qualifier and the quantity had none of its own.
    """
    _, after, _ = _qualifier_phrases()
    hit = after.match(tokens, i)
    if hit is None or quantity.qualifier != "exact" or quantity.value is None:
        return None
    end, qualifier = hit
    low, high = count_bounds(quantity.value, qualifier)
    return end, Quantity(quantity.first, quantity.last, quantity.start, quantity.end,
                         quantity.text, quantity.value, low, high, qualifier, quantity.article)
