"""Reading the counted group of each quantity in a sentence ("at least 18 civilians").

A quantity becomes a ``TollReading`` when a noun naming people follows it (after up to
four modifiers: "21 moderate opposition fighters") or when it is a bare number that a
status word may touch ("3 killed").  The reading records where the counted words and
the describing ``of``-phrase end; status, nesting, group and scope are filled in by
the sibling modules.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field, replace
from typing import Optional

from observatory.extract.dates import WEEKDAYS
from observatory.extract.numbers import (
    Quantity, Token, is_number_word, may_start_quantity, qualifier_after_end, read_quantity,
    requalify_after,
)
from observatory.extract.tolls.lexicon import HEAD_REACH, TollLexicon, toll_lexicon
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Period, count_bounds
from observatory.nlp.caseless import CaselessPattern
from observatory.nlp.sentences import Sentence

_STOP = {
    "and", "or", "in", "on", "at", "by", "from", "to", "of", "with", "including", "among",
    "who", "which", "that", "were", "was", "are", "is", "have", "has", "had", "been", "as",
    "after", "when", "while", "during", "since", "near", "into", "the", "a", "an", "for",
    "their", "his", "her", "its", "our", "them", "more", "than", "but", "across", "amid", "per",
}
_DESC_LINKS = {"of", "from", "belonging", "loyal", "affiliated", "allied", "backed", "with", "to"}
_DANGLING = frozenset(_DESC_LINKS | {"and", "the", "("})  # no description ends on these
_DESC_STOP = {"including", "who", "which", "were", "was", "have", "has", "had", "in", "on", "at",
              "during", "by", "since", "after", "when", "while", "among", "amid", "near", "as",
              "are", "is", "that", "died", "killed", "wounded", "injured", "dead", "following"}
_AGE = re.compile(r"\d+-(?:year|month|week|day)s?-old$")
VAGUE_PLURAL_LOW = 2  # "fighters were killed": at least two, like "several"
MAX_NAME_TOKENS = 4  # "Ahrar al-Sham", "Jaysh al-Islam", "the Free Syrian Army"
_COUNT_FRAMES = {"number", "toll", "tally", "count"}
_QUOTES = {'"', "“", "”", "'", "’", "‘"}
_POSSESSIVES = {"its", "their", "his", "her", "our"}  # "our": the side that tells the report (groups.py)
_OF_WHOSE = frozenset(_POSSESSIVES | {"the"})  # "one of its soldiers", "12 of the soldiers"
# "the", "these", "their": a determiner naming a group the report has already told of.
DEFINITE = frozenset({"the", "these", "those", "its", "their"})
_KNOWN_GROUP = DEFINITE | _POSSESSIVES
_ARTICLED = _KNOWN_GROUP | {"a", "an"}  # before a participle that describes a noun ("an abducted woman")
RISE_WORDS = frozenset({"rose", "risen", "rises", "climbed", "increased", "jumped", "reached", "reaches", "mounted",
                        "raise", "raises", "raised", "raising", "bring", "brings", "bringing", "brought",
                        "increase", "increases", "increasing"})
# Verbs of a toll raised to a new figure ("rose to", "went up to", "was revised to"): the
# cues of an update, in consolidate (a risen toll holds the count before it) and scope
# (the day it rose on is not the deaths'), as one regex alternation.
UPDATE_CUES = "|".join(sorted(RISE_WORDS | {"up", "revised", "updated"}))
_FROM_LEADS = RISE_WORDS | {"up", "toll", "tally", "number"}  # "went up from", "the death toll from 20 to 25"
# Cues that the figures after them are a count a later one replaced ("an earlier toll of 20",
# "had earlier reported 12 dead", "initially said 20 were killed"); not a source named by
# "by" ("the attack, first reported by state television, killed 7").
_SUPERSEDED = CaselessPattern(r"\b(?:earlier|previous|initial|first|preliminary|lower|higher|smaller|"
                              r"different)\s+(?:death\s+)?(?:toll|count|report|figure)(?!ed\s+by\b)|\b(?:conflicting|differing|contradictory)\s+"
                              r"(?:casualty\s+|death\s+)?(?:figures|tolls|reports|numbers)|\bthe claim\b|"
                              r"\b(?:initially|previously|originally|earlier|first|at\s+first)\s+(?:gave|given|put|placed|set|"
                              r"reported|counted|estimated|said|says)\b(?!\s+by\b)|"
                              r"\bhad\s+(?:put|placed|set)\s+(?:the|its|their)\s+(?:death\s+)?toll\b")
# "said 11 people died …, but later revised the death toll down to 9", "then corrected the
# figure to 3": a source's later count of its own sentence told with no cue before the
# earlier one; every figure before the revising verb is the count it replaced.
# Not "then raised the number of troops to 500": a number names a count of the dead only with
# a word of them after it.
_REVISED = CaselessPattern(r"\b(?:later|then|subsequently|since)\s+(?:revised|lowered|raised|corrected|updated|"
                           r"reduced|cut|adjusted|increased)\s+(?:the|its|their|this|that)\s+(?:(?:death\s+)?"
                           r"(?:toll|figure|count|tally)|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|"
                           r"killed|wounded|injured|casualties))\b")
# "corrected the figure to 3", "revised the death toll down to 9", "revised the number to 11",
# "revised it to 18": a bare figure given as a count's new value, which counts whom the count
# it revises counted (not "the number of troops … to 500").
_FIGURE_TO = re.compile(r"\b(?:(?:toll|figure|count|tally)\s+(?:\w+\s+){0,2}?|(?:number|it)\s+(?:up\s+|down\s+)?)"
                        r"to\s*$", re.IGNORECASE)
# Words after a cue of ``_SUPERSEDED`` that open the later count ("… had earlier reported 12 dead, but on
# Saturday it said 31", "initially said 20 …; it later revised the figure to 34"): the figures
# after them are the report's own, not the replaced count.  A "but" opens one only with a
# source's verb after it: "an earlier toll reported 15 killed, but three more died" still
# tells the earlier count and its increment.
_LATER_COUNT = CaselessPattern(r";|\b(?:later|now|then|subsequently)\b|"
                               r"\bbut\b(?=[^.;]{0,40}?\b(?:said|says|reported|put|gave|counted)\b)")


# "in Kafr Zita", "near Latamna": a capitalised name after a preposition of place.
_PLACE_PHRASE = re.compile(r"\b(?i:in|near|at|on|outside|around)\s+((?:[A-Z][\w'-]*(?:,?\s+and\s+|,\s*|\s+)?){1,6})")
# Capitalised words after such a preposition that name no place: the country, days, months.
_NOT_PLACES = frozenset({"syria", "syrias", "syria's", "the", "and", *WEEKDAYS,
                         *(month.lower() for month in calendar.month_name if month)})


def named_places(text: str) -> set[str]:
    """Words of the places a sentence names ("Kafr Zita" gives "kafr", "zita"; "in Daraa and
    Busra" both); the country is no place here (a headline "… in Syria" covers every town
    of the body), nor is a day or a month ("on Thursday")."""
    return {w for m in _PLACE_PHRASE.finditer(text) for w in place_words(m.group(1))}


def place_words(name: str) -> set[str]:
    """The lower-cased words of a capitalised run that may name a place (no country, day, month)."""
    return {w.lower().strip(",") for w in name.split()} - _NOT_PLACES


def same_places(headline: set[str], sentence: set[str]) -> bool:
    """Whether two texts may tell of the same places: one names none, or they share one."""
    return not headline or not sentence or bool(headline & sentence)



@dataclass
class TollReading:
    """One quantity of people being read; becomes a claim if it gets a status."""

    quantity: Quantity
    end: int  # token index after the counted words (noun, post-qualifier)
    desc_end: int  # token index after the description (of-phrase)
    head: Optional[str]  # group-noun class from the lexicon, None for a bare number
    sentence: Sentence
    tokens: list[Token]
    status: Optional[str] = None
    own_status: bool = False
    parent: Optional[TollReading] = None
    coordinated: bool = False  # joined by "and" to the candidate before it
    actor: Optional[str] = None
    category: str = "unknown"
    nationality: Optional[str] = None
    explicit_actor: bool = False
    verb_at: Optional[int] = None  # token index of the status verb before the number
    possessive: bool = False  # "one of its soldiers": whose is said before the number
    leader: bool = False  # "Abu Ali and two of his men": the figure counts a named man beside his men
    among_the: bool = False  # "20 women were among the dead"
    among_day: bool = False  # "a medic was among Friday's dead": of the day's whole toll
    antecedent: Optional[TollReading] = None  # the reading before it in the sentence
    partitive: bool = False  # "six of them", "14 of the dead"
    two_sided: bool = False  # "70 regime and rebel fighters", "50 dead on both sides": a total of two sides
    combined: bool = False  # "kill and injure 14": one figure for two statuses, read as killed without a value
    bare: bool = False  # "Landmine kills boy": an article-less victim after a status verb (_bare_objects)
    scope: str = "incident"
    period: Optional[Period] = None
    background: bool = False
    recalled_period: bool = False  # dated only by "last week": a period before the report's own news
    merged_into: Optional[TollReading] = None
    restates: bool = False  # kept as a claim under the figure it restates (the role model's call)
    replaced: bool = False  # told between an earlier-count cue and its sentence's later count (``drop_replaced``)
    headlined: bool = False  # cites a body figure that a vague headline ("Hundreds dead") was merged into
    shown: Optional[TollReading] = None  # whose words hold ``count`` when they are not its own (a raised bound)
    count: Quantity = field(init=False)  # the figure to report; ``quantity`` until a restatement lends one
    mention: Quantity = field(init=False)  # the words read here, kept when a restatement lends its own

    def __post_init__(self) -> None:
        self.count = self.quantity
        self.mention = self.quantity

    @property
    def value(self) -> Optional[int]:
        return self.count.value

    @property
    def in_headline(self) -> bool:
        """Told in the report's headline, in its own words or as the figure a vague headline
        stood for: consolidation treats both as the report's summary."""
        return self.sentence.start == 0 or self.headlined

    def span(self) -> tuple[int, int]:
        return self.quantity.start, self.tokens[self.end - 1].end

    def words_to(self, later: TollReading) -> list[str]:
        """The lower-cased tokens between this figure's group (its of-phrase included) and a
        later figure of its sentence: how nesting and scope tell a list, "and" or a new clause."""
        return [t.low for t in self.tokens[self.desc_end:later.quantity.first]]

    def text_between(self, first: int, last: int) -> str:
        if last <= first:
            return ""
        return self.sentence.text[self.tokens[first].start - self.sentence.start:
                                  self.tokens[last - 1].end - self.sentence.start]


def same_sentence_places(a: TollReading, b: TollReading) -> bool:
    """Whether two readings' sentences may tell of the same places (``same_places``)."""
    return same_places(named_places(a.sentence.text), named_places(b.sentence.text))


def superseding_cue(sentence: Sentence) -> bool:
    """Whether a sentence says its figures were replaced ("an earlier toll", "initial reports")."""
    return _SUPERSEDED.search(sentence.text) is not None


def read_tolls(tokens: list[Token], sentence: Sentence, lex: TollLexicon,
               one_line: bool = False, keep_superseded: bool = False) -> list[TollReading]:
    """Quantities that count people (a group noun follows) or sit next to a status word.

    ``one_line``: the sentence is the whole report ("Airstrikes kill fighters in Raqqa");
    its only content is the toll, so a plural group with no figure is read as a vague one.
    ``keep_superseded``: read the figures after a cue such as "an earlier toll" too (the
    report gives no other).  A figure its own sentence's later count replaced ("first said
    10 were injured, but later said 26 were wounded") is still marked ``replaced``: that
    sentence gives the later count itself, so the earlier one is no toll in either reading.
    """
    out: list[TollReading] = []
    cue = _SUPERSEDED.search(sentence.text)
    cue_at = cue.start() + sentence.start if cue else None
    later = _LATER_COUNT.search(sentence.text, cue.end()) if cue else None
    later_at = later.start() + sentence.start if later else None
    dropped_at = None if keep_superseded else cue_at
    if cue is None and (revised := _REVISED.search(sentence.text)) is not None:
        cue_at, later_at = sentence.start, revised.start() + sentence.start
    i = 0
    if tokens and (subject := _headline_subject(tokens, sentence, lex)) is not None:
        out.append(subject)
        i = subject.end
    # Only the few tokens a quantity may start at are read, in order, each past where the
    # last reading ended: most words of a long report's sentences start none.
    for at in [k for k, token in enumerate(tokens) if may_start_quantity(token.low)]:
        if at < i or (quantity := read_quantity(tokens, at)) is None:
            continue
        i = quantity.last
        if superseded(tokens, quantity, dropped_at, later_at):
            continue
        replaced = later_at is not None and cue_at is not None and cue_at <= quantity.start < later_at
        if quantity.first and tokens[quantity.first - 1].low in ("how", "too", "so", "not"):
            continue  # "how many died", "too many lives lost", "not many victims": no amount stated
        if _clock_time(tokens, quantity):
            continue  # "17:27 Nine Civilians Killed": a time of day in a date line
        cand = _group_after(quantity, tokens, sentence, lex)
        if cand is not None:
            if out:
                _elided_head(out[-1], cand, lex)
            cand.replaced = replaced
            out.append(cand)
            i = max(i, cand.end)
    if bare := _bare_objects(tokens, sentence, lex, out):
        out = sorted(out + bare, key=lambda c: c.quantity.first)
    if one_line and not out:
        out = _unnumbered_groups(tokens, sentence, lex)
    elif one_line and lex.nesting_before.match_ending(tokens, out[0].quantity.first) is not None:
        # "Regime militiamen died …, including an officer": the plural group before a first
        # figure told as a part is the toll that part belongs to, when a status verb is its own
        # ("Civilians fled the shelling, including a child who was wounded": none is)
        out = [c for c in _unnumbered_groups(tokens, sentence, lex) if c.desc_end <= out[0].quantity.first
               and lex.status_after.match(tokens, skip_auxiliaries(tokens, c.desc_end, lex)) is not None] + out
    elif (not one_line or all(c.bare for c in out)) and "other" in sentence.text.lower() \
            and any(t.low in OTHERS for t in tokens):
        # only "others" is read outside one-liners (and beside a one-liner's bare victim: "kills
        # young man and injures others"); most sentences lack the letters, found in C
        out += [c for c in _unnumbered_groups(tokens, sentence, lex)
                if _others(c) and not any(o.quantity.first <= c.quantity.first < o.end for o in out)]
    return out


def _elided_head(before: TollReading, cand: TollReading, lex: TollLexicon) -> None:
    """"12 fighters of the Army of Islam, 4 of the Rahman Legion and 2 civilians": a bare figure
    whose of-phrase names another side, listed right after a group told with an of-phrase of
    its own, counts the same kind of people (the noun is left out, not unknown): it takes that
    group's noun, and its of-phrase is read as that group's is, naming the side."""
    tokens, of_at = cand.tokens, cand.quantity.last
    name_at = of_at + 2 if of_at + 2 < len(tokens) and tokens[of_at + 1].low == "the" else of_at + 1
    if cand.head is None and not cand.partitive and name_at < len(tokens) and tokens[of_at].low == "of" \
            and _named(tokens[name_at]) and before.head is not None and before.desc_end > before.end \
            and before.tokens[before.end].low == "of" and before.words_to(cand) in ([","], ["and"], [",", "and"]):
        cand.head, cand.end, cand.desc_end = before.head, of_at, _description_end(tokens, of_at, lex)


def superseded(tokens: list[Token], quantity: Quantity, cue_at: Optional[int],
               later_at: Optional[int] = None) -> bool:
    """A figure a later one replaced, which counts no one of its own: any figure after a cue
    such as "an earlier toll" or "initially gave" (``cue_at``: where its sentence has one)
    when no words open a later count after it (``later_at``: "but", "later", "now"; the
    figures before those are read, marked ``replaced``, and left to ``drop_replaced``),
    and the first figure of "the toll rose from 20 to 25"."""
    if cue_at is not None and cue_at < quantity.start and later_at is None:
        return True
    return rise_from_at(tokens, quantity.first) and quantity.last + 1 < len(tokens) \
        and tokens[quantity.last].low == "to" and read_quantity(tokens, quantity.last + 1) is not None


def drop_replaced(candidates: list[TollReading]) -> list[TollReading]:
    """The readings less the earlier counts their sentence's later count replaced.

    A later count replaces only an earlier figure of its own status: "had earlier reported
    9 dead, but later said 23 were killed" drops the 9, while "had earlier said 7 people were
    wounded; it later said 2 of them had died" keeps the wounded 7 (the 2 killed count other
    news of them).  So an earlier figure goes when a figure after it shares its status, or
    when either status is unread (the later count may be "revised the figure to 34"), and
    stays when the statuses are known and differ, or when no figure follows it.  The later
    count told with no word of status as a count's new value ("then corrected the figure to
    3", ``_figure_to``) counts the status of the figure it replaced."""
    later = [c for c in candidates if not c.replaced]
    kept = []
    for cand in candidates:
        after = [o for o in later if o.quantity.start > cand.quantity.start
                 and (cand.status is None or o.status in (None, cand.status))] if cand.replaced else []
        if not after:
            kept.append(cand)
        elif cand.status is not None and after[0].status is None and _figure_to(after[0]) \
                and not any(o.status == cand.status for o in after):
            after[0].status = cand.status
    return kept


def _figure_to(cand: TollReading) -> bool:
    """Whether a figure is told as a count's new value ("the figure to 3", ``_FIGURE_TO``)."""
    at = cand.quantity.start - cand.sentence.start
    return _FIGURE_TO.search(cand.sentence.text, max(0, at - 40), at) is not None


def rise_from_at(tokens: list[Token], first: int) -> bool:
    """Whether the number at ``first`` follows "<rise word> from" ("climbed from 20",
    "went up from 20", "raising the toll from 20"): the count before a change."""
    return first > 1 and tokens[first - 1].low == "from" and tokens[first - 2].low in _FROM_LEADS


OTHERS = frozenset({"other", "others"})  # "24 other people", "24 others": the rest of a group already named


def _others(cand: TollReading) -> bool:
    """"A woman was killed. Other people were injured", "wounding others": a report
    counts the further victims of an event it has told without giving their number, so
    "other(s)" marks a vague amount even outside a one-line report; a plain plural group
    ("residents were hurt") there is too often a description to be read as a toll."""
    first = cand.quantity.first
    if first and cand.tokens[first - 1].low in _KNOWN_GROUP:
        return False  # "the other fighters were killed": a group the report has already counted
    return any(t.low in OTHERS for t in cand.tokens[first:cand.end])


def _clock_time(tokens: list[Token], quantity: Quantity) -> bool:
    """Either half of "17:27": digits joined by a colon to other digits, with no space
    between ("the toll reached 20: 11 civilians and 9 soldiers" opens a breakdown)."""
    first, last = quantity.first, quantity.last
    before = first >= 2 and _glued_colon(tokens[first - 2], tokens[first - 1], tokens[first])
    after = last + 1 < len(tokens) and _glued_colon(tokens[last - 1], tokens[last], tokens[last + 1])
    return before or after


def _glued_colon(left: Token, colon: Token, right: Token) -> bool:
    """Two digit runs and a colon between them written without a space: a time."""
    return colon.text == ":" and left.text.isdigit() and right.text.isdigit() \
        and left.end == colon.start and colon.end == right.start


def _unnumbered_groups(tokens: list[Token], sentence: Sentence, lex: TollLexicon) -> list[TollReading]:
    """Plural groups without a figure ("fighters were killed", "kill members of ISIS"), each
    as a vague amount starting at its first modifier; the status step keeps those a status
    word touches."""
    out: list[TollReading] = []
    k = 0
    while k < len(tokens):
        hit = lex.group_nouns.match(tokens, k)
        if hit is None or not (tokens[hit[0] - 1].low.endswith(("s", "men")) or tokens[hit[0] - 1].low in lex.plurals):
            k += 1
            continue
        start = k
        while start > 0 and k - start < 3 and (tokens[start - 1].low == "more" or (
                _modifier(tokens, start - 1, lex) and not lex.group_nouns.match(tokens, start - 1))):
            start -= 1  # "more civilians", "British and Canadian fighters"
        if _counted_elsewhere(tokens, start, k, lex):
            k += 1
            continue
        anchor = tokens[start].start
        vague = Quantity(start, start, anchor, anchor, "", None, VAGUE_PLURAL_LOW, None, "vague")
        cand = _group_after(vague, tokens, sentence, lex)
        if cand is not None and cand.head is not None:
            out.append(cand)
            k = max(k + 1, cand.desc_end)
        else:
            k += 1
    return out


def _counted_elsewhere(tokens: list[Token], start: int, noun: int, lex: TollLexicon) -> bool:
    """Plural groups that are not an unnumbered toll: a noun that is itself a status ("lives
    have been lost"), an amount before it ("too many people"), or an of-phrase of a count
    ("the number of people killed") — but not the object of "the killing of"."""
    if lex.status_nouns.match(tokens, noun):
        return True
    if start == 0:
        return False
    before = tokens[start - 1].low
    if may_start_quantity(before) or before in ("too", "how", "so"):
        return True
    return before == "of" and lex.status_before.match_ending(tokens, start) is None


def _headline_subject(tokens: list[Token], sentence: Sentence, lex: TollLexicon) -> Optional[TollReading]:
    """"Iranian fighter killed in Syria": headlines drop the article, and a singular
    group noun opening the sentence with a status after it counts one person."""
    if not tokens[0].text[:1].isupper() or may_start_quantity(tokens[0].low) or tokens[0].low in _STOP:
        return None
    start = tokens[0].start
    low, high = count_bounds(1, "exact")
    one = Quantity(0, 0, start, start, "", 1, low, high, "exact", article=True)
    words = _group_words(one, tokens, 0, lex)[0]
    if lex.group_starts.isdisjoint(t.low for t in tokens[words:words + HEAD_REACH]) \
            and not lex.nesting_after.match(tokens, 0):
        return None  # no group noun starts where ``_find_head`` looks ("Turkish officials said on Monday
        # that …"): the token walk would find none, and half a long report's openings are such
    cand = _group_after(one, tokens, sentence, lex)
    if cand is None or cand.head is None or not lex.status_after.match(tokens, skip_auxiliaries(tokens, cand.desc_end, lex)):
        return None
    return cand


def _bare_objects(tokens: list[Token], sentence: Sentence, lex: TollLexicon,
                  read: list[TollReading]) -> list[TollReading]:
    """"Regime shelling kills woman in Ariha", "Sniper kills young man in Daraa", "gunmen
    abducted shepherd near Maadan": headlines and terse monitors drop the article before a
    status verb's one victim, so a singular group noun right after the verb (after its
    modifiers, not itself a modifier: "kills child soldiers' hopes") counts one person, as
    "a woman" would.  A figure read there already ("kills a woman", "kills 3") wins."""
    out: list[TollReading] = []
    endings = lex.status_before.last_words()
    # Only after a word that ends a status phrase: most tokens of a sentence follow none.
    for k in [i + 1 for i, token in enumerate(tokens[:-1]) if token.low in endings]:
        if (verb := lex.status_before.match_ending(tokens, k)) is None or not _modifier(tokens, k, lex) \
                or any(c.quantity.first <= k < c.end for c in read):
            continue  # "kills IS emir": an acronym may open the phrase, "kills the", "kills 3" do not
        if not _finite(tokens, verb[0], lex):
            continue  # "an abducted citizen woman", "Lost child reunited": the status word describes the noun
        start = tokens[k].start
        low_one, high_one = count_bounds(1, "exact")
        one = Quantity(k, k, start, start, "", 1, low_one, high_one, "exact", article=True)
        cand = _group_after(one, tokens, sentence, lex)
        if cand is not None and cand.head is not None and not (verb[1] == "injured" and _dies_later(tokens, cand, lex)):
            cand.bare = True
            out.append(cand)
    return out


def _finite(tokens: list[Token], v: int, lex: TollLexicon) -> bool:
    """Whether the status word at ``v`` can be a headline's or a clause's own verb, whose
    object a bare noun is: not at the sentence start ("Wounded fighter treated …"), not an
    "-ing" form, a word that loses no one ("He lost father") nor one after an article or a
    word a describing participle or a mere plan follows ("release of detained teacher",
    "an abducted woman", "to kill")."""
    low = tokens[v].low
    return v > 0 and not low.endswith("ing") and low not in lex.bare_not_verbs and low not in _ARTICLED \
        and tokens[v - 1].low not in _ARTICLED and tokens[v - 1].low not in lex.bare_not_after


def _dies_later(tokens: list[Token], cand: TollReading, lex: TollLexicon) -> bool:
    """"wounded man who died hours later": the one person's later death is the toll (read
    without a figure), which a bare wounded reading must not displace."""
    return any((hit := lex.status_after.match(tokens, k)) is not None and hit[1] == "killed"
               for k in range(cand.end, len(tokens)))


def skip_auxiliaries(tokens: list[Token], k: int, lex: TollLexicon) -> int:
    """Index after the auxiliaries and adverbs from ``k`` ("were reportedly", "have also been"),
    and a source's word after an auxiliary ("were reported", "were said to have been")."""
    start = k
    while k < len(tokens) and (tokens[k].low in lex.auxiliaries or tokens[k].low in lex.adverbs):
        k += 1
    return reported_passive_end(tokens, start, k, lex)


def reported_passive_end(tokens: list[Token], start: int, k: int, lex: TollLexicon) -> int:
    """Index after "reported", "said to have been" at ``k`` when a form of "be" comes between
    ``start`` and ``k`` ("12 people were reported killed", "have been reported"), else ``k``:
    without it the word is the verb of the figure's own clause ("12 witnesses reported …",
    "3 medics have reported wounded people arriving"), and what follows is its object."""
    if k == start or not any(tok.low in lex.be_forms for tok in tokens[start:k]):
        return k  # mostly nothing was skipped: no auxiliary to look at
    hit = lex.reported_passives.match(tokens, k)
    return hit[0] if hit is not None else k


def _group_after(quantity: Quantity, tokens: list[Token], sentence: Sentence,
                 lex: TollLexicon) -> Optional[TollReading]:
    """The counted group after ``quantity``, or a bare number that a status word touches."""
    j = quantity.last
    if j < len(tokens) and tokens[j].low == "%" or _is_age(tokens, quantity) or _apposed_age(tokens, quantity, lex):
        return None  # "12-year-old", "aged 5", "Omar Haddad, 34," are ages
    if _year_before_name(tokens, quantity):
        return None  # "2018 JOHN SMITH US Service Member": a photo credit's year
    while j < len(tokens) and tokens[j].text in _QUOTES:
        j += 1  # '"dozens" of Islamist rebels'
    nested = lex.nesting_after.match(tokens, j)
    if nested and tokens[j].low in ("among", "amongst") and nested[0] < len(tokens) \
            and read_quantity(tokens, nested[0]) is not None:
        nested = None  # "wounding nine among them a child": a list of the nine opens, as after a comma
    if nested:  # "four of them were boys", "9 of the dead were gunmen"
        if quantity.qualifier == "vague" and any(t.low in lex.status_among for t in tokens[j:nested[0]]):
            return None  # "several of the injured are in a grave state": no new figure
        head, noun_end = _predicate_head(tokens, nested[0], lex)
        end = nested[0] if head is None else noun_end
        return TollReading(quantity, end, end, head, sentence, tokens, partitive=True)
    j, quantity, possessive = _group_words(quantity, tokens, j, lex)
    head, noun_end = _find_head(tokens, j, lex, singular=quantity.article and not possessive)
    if head is None:
        if (quantity.article and not _another_told(tokens, quantity, lex)) \
                or (quantity.text.lower() in ("some", "many", "few", "a few") and not _many_more(tokens, quantity, lex)):
            return None
        if (_counts_things(tokens, j, lex) and not _of_named_side(tokens, j, lex)) or (
                j < len(tokens) and tokens[j].low[:1].isdecimal() and _counts_things(tokens, j + 1, lex)):
            return None  # "30 raids", "five entire families", "9 of the 25 lorries"
        if _materiel_object(tokens, quantity.first, lex):
            return None  # "killing 8 fighters and destroying two": tanks, not people
        if quantity.value is not None and 1900 <= quantity.value <= 2100:
            return None
        post = requalify_after(quantity, tokens, j)  # "kill 7 at least"
        end, quantity = post if post else (j, quantity)
        end = _name_end(tokens, end, lex)  # "10 SDF killed": the name is the counted group
        of_number = end + 1 < len(tokens) and may_start_quantity(tokens[end + 1].low)  # "one of two people"
        desc = end if of_number else _description_end(tokens, end, lex)
        return TollReading(_distributed(quantity, tokens, desc, lex), end, desc, None, sentence, tokens)
    end = noun_end
    if quantity.article and _with_their_kin(tokens, end, lex):
        return None  # "a baker and his family": how many died is not told, no figure stands for it
    if quantity.article and not possessive and (people := _joined_nouns(tokens, j, end, lex)) > 1:
        quantity = replace(quantity, value=people, low=people, high=people)  # "a man, woman and child": three
    leader = False
    if possessive and quantity.value is not None and _named_leader(tokens, quantity, j):
        leader = True
        quantity = replace(quantity, value=quantity.value + 1, low=(quantity.low or 0) + 1,
                           high=None if quantity.high is None else quantity.high + 1)  # "Abu Ali and two of his men"
    elif not quantity.article and quantity.value is not None and (kin := kin_added(tokens, j, end, lex)):
        quantity = replace(quantity, value=quantity.value + kin, low=(quantity.low or 0) + kin,
                           high=None if quantity.high is None else quantity.high + kin)  # "two boys and their father"
    post = requalify_after(quantity, tokens, end)
    if post:
        end, quantity = post
    desc_end = _description_end(tokens, past_age(tokens, end), lex)  # "his wife, 55, were killed"
    return TollReading(_distributed(quantity, tokens, desc_end, lex), end, desc_end, head, sentence, tokens, possessive=possessive,
                       two_sided=_two_sided(tokens, quantity.last, end, desc_end), leader=leader)


def _group_words(quantity: Quantity, tokens: list[Token], j: int,
                 lex: TollLexicon) -> tuple[int, Quantity, bool]:
    """Where the counted group's words begin after a figure ending at ``j``, past a count
    frame ("the total number of"), a qualifier with "of" ("at least of the"), "more" and
    "of its": the one home of that walk, which ``_find_head`` then searches from; with the
    figure (requalified by "at least") and whether "of its" made the group possessive."""
    j = _skip_count_frame(tokens, j)
    skip = qualifier_after_end(tokens, j)
    if skip is not None and skip < len(tokens) and tokens[skip].low == "of":  # "25 at least of the army's soldiers"
        post = requalify_after(quantity, tokens, j)
        j, quantity = (skip, post[1]) if post else (skip, quantity)
    if j < len(tokens) and tokens[j].low == "more" and not lex.status_after.match(tokens, j + 1):
        j += 1  # "two more Turkish soldiers"
    possessive = False
    if j + 1 < len(tokens) and tokens[j].low == "of" and (
            quantity.qualifier == "vague" or tokens[j + 1].low in _OF_WHOSE):
        possessive = tokens[j + 1].low in _POSSESSIVES  # "one of its soldiers", "12 of the soldiers"
        j += 2 if tokens[j + 1].low in _OF_WHOSE else 1
    return j, quantity, possessive


def _another_told(tokens: list[Token], quantity: Quantity, lex: TollLexicon) -> bool:
    """"A child was killed and another wounded", "one soldier died and another was captured":
    a bare "another" after "and" with a status of its own is one more person of the group
    told before it.  "another" alone before a verb of no status ("and another fled") counts
    no one, nor one before a noun, which the group reader takes; and an "another" whose status
    word has an object ("one bomb killed 3 and another wounded 5", "another injured her son") is
    the other bomb, not one more person.  A person must be named before it in its clause: "one
    tank was destroyed and another captured" counts a thing."""
    if quantity.text.lower() != "another" or quantity.first == 0 or tokens[quantity.first - 1].low != "and" \
            or not _person_before(tokens, quantity.first - 1, lex):
        return False
    hit = lex.status_after.match(tokens, skip_auxiliaries(tokens, quantity.last, lex))
    if hit is None or hit[0] >= len(tokens):
        return hit is not None
    after = hit[0]
    return not (read_quantity(tokens, after) or tokens[after].low in _KIN_DETERMINERS or tokens[after].low in _ARTICLED
                or lex.group_nouns.match(tokens, after))


def _many_more(tokens: list[Token], quantity: Quantity, lex: TollLexicon) -> bool:
    """"… were killed and many more wounded", "killing nine and wounding many more": "many
    more" with a status word of its own, just after it or as the verb before it, counts people
    beyond the group told before it, as "dozens more" does: a vague toll.  "many" alone is no
    count of its own ("many fled", "many of the houses"), nor is "many more" left to borrow the
    status of the group before it ("killing four and leaving many more suffering"), and "how
    many more" states no amount (``read_tolls``)."""
    last = quantity.last
    if quantity.text.lower() != "many" or last >= len(tokens) or tokens[last].low != "more":
        return False
    return lex.status_after.match(tokens, skip_auxiliaries(tokens, last + 1, lex)) is not None \
        or lex.status_before.match_ending(tokens, quantity.first) is not None


def _person_before(tokens: list[Token], end: int, lex: TollLexicon) -> bool:
    """Whether a noun of people stands before ``end`` in its clause (back to a comma or stop;
    a comma just before "and" closes none: "Two boys died, and another was hurt")."""
    if end and tokens[end - 1].text == ",":
        end -= 1
    for n in range(end - 1, -1, -1):
        if tokens[n].low in (",", ";", ".", ":"):
            return False
        if lex.group_nouns.match(tokens, n) is not None:
            return True
    return False


def _name_end(tokens: list[Token], j: int, lex: TollLexicon) -> int:
    """End of a capitalised name right after a bare number ("10 SDF killed", "Four
    Hezbollah Killed"): the group is named, not counted with a noun."""
    k = j
    while k < len(tokens) and k - j < MAX_NAME_TOKENS and _named(tokens[k]) \
            and not lex.status_after.match(tokens, k) and not lex.status_before.match(tokens, k):
        k += 1
    return k if k < len(tokens) and lex.status_after.match(tokens, k) else j


def _named(token: Token) -> bool:
    """A word of a name: capitalised, or a particle joined to one ("al-Sham"), or the
    quotes around it ("4 “Jaish al-Islam” killed")."""
    return any(ch.isupper() for ch in token.text) or token.text in _QUOTES


def _two_sided(tokens: list[Token], first: int, end: int, desc_end: int) -> bool:
    """"70 regime and rebel fighters", "40 people on both sides": a combined toll of two sides."""
    words = [t.low for t in tokens[first:min(len(tokens), desc_end + 4)]]
    if "and" in words[:end - first]:
        return True
    return ("sides" in words or "parties" in words) and any(  # rare: most figures end the pair test here
        a in ("both", "two", "all") and b in ("sides", "parties") for a, b in zip(words, words[1:]))


def _skip_count_frame(tokens: list[Token], j: int) -> int:
    """Index after "the number of" in "bringing to 187 the number of civilians killed",
    "raising to 64, the number of those who were killed": the figure comes first and the
    counted people after the frame ("those" only points at them: their predicate follows)."""
    start = j + 1 if j < len(tokens) and tokens[j].text == "," else j
    k = start + 1 if start < len(tokens) and tokens[start].low == "the" else start
    if k < len(tokens) and tokens[k].low in ("total", "overall"):
        k += 1
    if k > start and k + 1 < len(tokens) and tokens[k].low in _COUNT_FRAMES and tokens[k + 1].low == "of":
        k += 2
        return k + 1 if k < len(tokens) and tokens[k].low == "those" else k
    return j


def _of_named_side(tokens: list[Token], j: int, lex: TollLexicon) -> bool:
    """"4 of the Nusra Front", "6 of the Southern Front": a thing noun ending sides' names
    (``side_name_ends``) that is itself the capitalised last word of a name after "of the"
    names a side whose members the figure counts, not things ("3 of the Regime Tanks" counts
    tanks).  A thing noun after the name ("2 of the FSA armoured vehicles", "3 of
    the YPG bases") counts that side's things, and a nationality opens no side's name ("3 of
    the Russian Tanks" in a headline's capitals)."""
    if not (2 <= j < len(tokens) and tokens[j - 1].low == "the" and tokens[j - 2].low == "of") \
            or lex.nationalities.get(tokens[j].low):
        return False
    thing = next((k for k in range(j, min(j + 3, len(tokens))) if counts_thing(tokens, k, lex)), None)
    return thing is not None and thing > j and tokens[thing].low in lex.side_name_ends \
        and tokens[j].text[:1].isupper() and tokens[thing].text[:1].isupper() \
        and all(_named(t) and t.text.replace("-", "").isalpha() for t in tokens[j:thing + 1]) \
        and not (thing + 1 < len(tokens) and _named(tokens[thing + 1]))  # not "the Regime's Tanks"


def _counts_things(tokens: list[Token], j: int, lex: TollLexicon) -> bool:
    """Whether a bare number is followed, after at most two modifiers, by a non-person noun."""
    for k in range(j, min(j + 3, len(tokens))):
        if counts_thing(tokens, k, lex):
            return True
        if not _modifier(tokens, k, lex):
            return False
    return False


DISTRIBUTIVE_REACH = 8  # tokens between a group and "in each of" that shares it out
MAX_DISTRIBUTED_SET = 50  # "in each of the N towns": a larger N is no set a report counts out


def _distributed(quantity: Quantity, tokens: list[Token], end: int, lex: TollLexicon) -> Quantity:
    """"One was killed in each of Douma, Harasta and Arbin", "two died in each of the
    three towns": the figure holds for every place, so the toll is it times their count
    (the count stated, or the names listed); the figure alone when no count is told."""
    k, stop = end, min(len(tokens), end + DISTRIBUTIVE_REACH)
    while k + 2 < stop and not (tokens[k].low in lex.distributive_leads and tokens[k + 1].low == "each"
                                and tokens[k + 2].low == "of"):
        if tokens[k].low in lex.distributive_ends:
            return quantity
        k += 1
    if k + 2 >= stop or quantity.value is None:
        return quantity
    places = _places_counted(tokens, k + 3, lex)
    if places < 2:
        return quantity
    times = {f: getattr(quantity, f) * places for f in ("value", "low", "high") if getattr(quantity, f) is not None}
    return replace(quantity, **times)


def _places_counted(tokens: list[Token], k: int, lex: TollLexicon) -> int:
    """How many places "each of" spans: "the three towns" states it; "Douma, Harasta and
    Arbin" lists them (a run of name words is one name). A stated count must be small and
    count places or events ("the 2014 sieges", "the 2016 offensives" name years, not sets)."""
    if k + 1 < len(tokens) and tokens[k].low == "the" and (counted := read_quantity(tokens, k + 1)) is not None:
        value = counted.value or 0
        fits = 2 <= value <= MAX_DISTRIBUTED_SET and counted.last < len(tokens) \
            and tokens[counted.last].low in lex.distributive_sets
        return value if fits else 0
    names, in_name = 0, False
    while k < len(tokens):
        tok = tokens[k]
        if _named(tok):
            names, in_name = names + (not in_name), True
        elif tok.low in (",", "and") and in_name:
            in_name = False
        elif not (in_name and tok.low in lex.name_particles):
            break
        k += 1
    return names


def _materiel_object(tokens: list[Token], first: int, lex: TollLexicon) -> bool:
    """Whether a bare number is the object of a verb that only takes things ("destroyed
    two", "shooting down another three"): its noun was left out, but people are not destroyed."""
    k = first
    while k > 0 and first - k < 2 and tokens[k - 1].low in lex.materiel_fillers:
        k -= 1
    return lex.materiel_verbs.match_ending(tokens, k) is not None


def _year_before_name(tokens: list[Token], quantity: Quantity) -> bool:
    """A bare four-digit year right before a capitalised word is a date line, not a count."""
    text = quantity.text
    return len(text) == 4 and text.isdecimal() and 1900 <= int(text) <= 2100 and \
        quantity.last < len(tokens) and tokens[quantity.last].text[:1].isupper()


def _is_age(tokens: list[Token], quantity: Quantity) -> bool:
    """Ages, numbering and fractions ("aged 5", "No. 3", "a quarter of a million")."""
    first = quantity.first
    if first == 0:
        return False
    before = tokens[first - 1].low
    return before in ("aged", "age", "ages", "no", "number") or \
        before == "of" and first >= 2 and tokens[first - 2].low in ("quarter", "half", "third", "age", "ages")


MAX_AGE = 110
_AGE_BRACKETS = {(",", ","), (",", "."), ("(", ")")}


def _apposed_age(tokens: list[Token], quantity: Quantity, lex: TollLexicon) -> bool:
    """A bare number set off by commas or brackets right after one person is that person's
    age, as news desks write it: "a man, 60, and his wife, 55, were killed", "a boy (9)",
    "Omar Haddad, 34, was shot".  After a name only when a lower-case word follows the
    bracket: "in Douma, 5, Harasta, 3" lists places with their dead."""
    first, last = quantity.first, quantity.last
    if first < 2 or quantity.article or quantity.qualifier != "exact" or not 0 < (quantity.value or 0) <= MAX_AGE:
        return False
    closer = tokens[last].text if last < len(tokens) else "."
    if (tokens[first - 1].text, closer) not in _AGE_BRACKETS:
        return False
    person = tokens[first - 2]
    noun = lex.group_nouns.match(tokens, first - 2)
    if noun is not None and noun[0] == first - 1:
        return not (person.low.endswith(("s", "men")) or person.low in lex.plurals)
    after = tokens[last + 1] if last + 1 < len(tokens) else None
    return person.text[:1].isupper() and person.low not in _STOP and after is not None and after.text[:1].islower() \
        and not _names_place(tokens, first - 2, lex)


_TOWN_FEATURES = frozenset({"country", "admin1", "admin2", "region", "city"})  # not villages: many share a family's name


def _names_place(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether the capitalised run ending at token ``k`` names a place, not a person: a
    preposition of place opens it ("In Homs, 14, including 3 children, were killed"), or
    the gazetteer knows it as a town, city or wider area ("Aleppo, 7, Idlib, 4")."""
    start = k
    while start > 0 and tokens[start - 1].low not in lex.place_prepositions and (
            tokens[start - 1].text[:1].isupper() or tokens[start - 1].low in lex.name_particles):
        start -= 1
    if start > 0 and tokens[start - 1].low in lex.place_prepositions:
        return True
    name = " ".join(t.text for t in tokens[start:k + 1])
    return any(c.exact and c.place.feature in _TOWN_FEATURES for c in load_gazetteer().lookup(name))


def past_age(tokens: list[Token], k: int) -> int:
    """Index after an age set off right after a noun (", 60," or "(9)"), else ``k``."""
    if k + 2 < len(tokens) and (tokens[k].text, tokens[k + 2].text) in _AGE_BRACKETS \
            and tokens[k + 1].text.isdecimal() and 0 < int(tokens[k + 1].text) <= MAX_AGE:
        return k + 3 if tokens[k + 2].text != "." else k
    return k


def _find_head(tokens: list[Token], j: int, lex: TollLexicon,
               singular: bool) -> tuple[Optional[str], int]:
    """Group-noun class and end index, allowing up to four modifiers before the noun."""
    # "the body of an": asked once, not at each modifier (most figures follow no such words)
    after_singular = singular and lex.singular_before.match_ending(tokens, j - 1) is not None
    for k in range(j, min(j + HEAD_REACH, len(tokens))):
        hit = lex.group_nouns.match(tokens, k)
        if hit:
            end, label = hit
            while True:  # "rebel officers", "soldiers and militiamen", "citizens, fighters and members"
                k = past_age(tokens, end)  # "a man, 60, and his wife"
                k = k + 1 if k < len(tokens) and tokens[k].low in ("and", ",") else end
                k += kin_conjunct(tokens, k, end, lex)  # "a child and his mother"
                more = lex.group_nouns.match(tokens, k)
                if more is None or lex.status_after.match(tokens, k) or (
                        more[0] < len(tokens) and read_quantity(tokens, more[0]) is not None):
                    break  # "fighters and displaced 100000": a verb with its object, not a noun
                    # (but "civilian casualties at least": a qualifier after the group, no figure)
                end = more[0]
            if singular and (tokens[end - 1].low.endswith(("s", "men")) or tokens[end - 1].low in lex.plurals):
                return None, j  # "a child soldiers' camp": no one person
            if singular and noun_follows(tokens, end, lex):
                if tokens[end].text[:1].isupper():
                    return None, j  # "lawyer Dawood Haddad member of …": a name, whose phrase is not read
                if not _noun_modifier(tokens, end, lex):
                    return None, j  # "a man carrying a child", "a man whose son": the man is the head
                continue  # "a jihadist assault", "a fighter jet pilot": a modifier; the head may follow
            if tokens[end - 1].low == "body" and _organisation_body(tokens, j, end, lex):
                return None, j  # "a transitional governing body", "a body of 30 lawyers": an organisation
            return label, end
        tok = tokens[k].low
        if tok[0].isdecimal() and _AGE.match(tok):  # an age opens with a digit: other words skip the regex
            continue  # "a 12-year-old boy"
        if tok == "and" and k > j and k + 1 < len(tokens) and _modifier(tokens, k - 1, lex) \
                and _modifier(tokens, k + 1, lex):
            continue  # "regime and rebel fighters": two sides counted together
        if after_singular and _captive_participle(tokens, k, lex):
            continue  # "the body of an abducted citizen woman": who she was, not what befell her here
        if not _modifier(tokens, k, lex):
            break
    return None, j


def _noun_modifier(tokens: list[Token], end: int, lex: TollLexicon) -> bool:
    """Whether the singular group noun before ``end`` can be a modifier of the word at ``end``
    ("a fighter jet pilot"): not when that word opens a clause of the noun's own, a verb in
    "-ing", a relative "whose" or a verb the lexicon knows ("a man carrying a child")."""
    low = tokens[end].low
    return not low.endswith("ing") and low not in ("whose", "whom") and low not in lex.reporting \
        and lex.status_before.match(tokens, end) is None


def _captive_participle(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether token ``k`` is a participle of captivity ("abducted", "detained") that can
    describe one person after an article: the status word is not that person's toll."""
    hit = lex.status_after.match(tokens, k)
    return hit is not None and hit == (k + 1, "captured") and tokens[k].low.endswith("ed")


def _organisation_body(tokens: list[Token], j: int, end: int, lex: TollLexicon) -> bool:
    """Whether the singular "body" ending at ``end`` names an organisation: a word of one
    before it ("a transitional governing body"), or the members it counts after it ("a legal
    body of 30 lawyers"; one dead person's body holds no number of people)."""
    if end - 2 >= j and tokens[end - 2].low in lex.organisation_words:
        return True
    counted = read_quantity(tokens, end + 1) if end + 1 < len(tokens) and tokens[end].low == "of" else None
    return counted is not None and not counted.article


_KIN_DETERMINERS = frozenset(_POSSESSIVES - {"its", "our"})  # "and his mother": one more person, named by kinship
CLAUSE_REACH = 8  # words before a kin conjunct searched for the status verb whose object the group is


def kin_conjunct(tokens: list[Token], k: int, end: int, lex: TollLexicon) -> int:
    """1 when token ``k``, right after "and" or a comma that closes a counted group
    (``end``), is a possessive determiner before a singular group noun ("a child and his
    mother", "two boys and their father", "a teacher and her husband"): that noun names one
    more person of the group.  A plural ("and their families", "and his men") states no
    figure, and a number after the determiner ("and his two sons") is a count of its own."""
    if k == end or k + 1 >= len(tokens) or tokens[k].low not in _KIN_DETERMINERS:
        return 0
    hit = lex.group_nouns.match(tokens, k + 1)
    if hit is None or tokens[hit[0] - 1].low.endswith(("s", "men")) or tokens[hit[0] - 1].low in lex.plurals:
        return 0
    return 0 if _kin_opens_clause(tokens, k, hit[0], lex) else 1


def _kin_opens_clause(tokens: list[Token], k: int, after: int, lex: TollLexicon) -> bool:
    """Whether the kin noun ending at ``after`` is the subject of a clause of its own: a
    singular verb follows it ("killed 3 children and their mother was wounded"), or any verb
    or status word does while the group is the object of a status verb before it ("executed
    4 hostages and their leader vowed more attacks").  "Two boys and their father were
    killed", "a child and his mother died" share the predicate: the kin is one more."""
    if after >= len(tokens):
        return False
    nxt = tokens[after].low
    if nxt in lex.kin_clause["singular_verbs"]:
        return True
    verb = nxt.isalpha() and tokens[after].text[:1].islower() and nxt not in lex.kin_clause["phrase_words"] \
        and nxt not in lex.kin_clause["plural_verbs"]
    return verb and any(lex.status_before.match(tokens, i) is not None for i in range(max(0, k - CLAUSE_REACH), k))


def _with_their_kin(tokens: list[Token], end: int, lex: TollLexicon) -> bool:
    """Whether "and his/her/their" and a noun of a household ("family", non-person nouns)
    follow a group: a count of unknown size joined to it."""
    return end + 2 < len(tokens) and tokens[end].low == "and" and tokens[end + 1].low in _KIN_DETERMINERS \
        and tokens[end + 2].low in lex.non_person


_ONE_OWNER = frozenset({"his", "her"})


def _named_leader(tokens: list[Token], quantity: Quantity, j: int) -> bool:
    """"Abu Khaled and three of his comrades were killed": a named person joined to a part of
    his own men is one more of the dead, so the group counts him too.  Only a name right before
    "and" (no comma, no noun: "the town and two of his sons" names no owner) and only "his" or
    "her" (one person: "the army and two of its allies" is a side)."""
    first = quantity.first
    return first >= 2 and j >= 1 and tokens[j - 1].low in _ONE_OWNER and tokens[first - 1].low == "and" \
        and _named(tokens[first - 2]) and tokens[first - 2].text not in _QUOTES


def kin_added(tokens: list[Token], j: int, end: int, lex: TollLexicon) -> int:
    """How many people the kinship conjuncts of a counted group's phrase add ("seven
    children and their mother": one), each a singular noun after his/her/their."""
    return sum(kin_conjunct(tokens, k + 1, k, lex) for k in range(j, end) if tokens[k].low in ("and", ","))


def _joined_nouns(tokens: list[Token], j: int, end: int, lex: TollLexicon) -> int:
    """How many people one article counts when it joins group nouns with "and" ("a woman
    and child", "a man, woman and child", outlets that drop commas: "a man woman and
    child"): one per noun.  Without "and" the nouns name one person ("a rebel commander")."""
    if not any(t.low == "and" for t in tokens[j:end]):
        return 1
    count, k = 0, j
    while k < end:
        hit = lex.group_nouns.match(tokens, k)
        if hit is None:
            k += 1
            continue
        count, k = count + 1, hit[0]
    return count


def _modifier(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether token ``k`` can stand between a number and its noun ("21 moderate … fighters")."""
    tok = tokens[k].low
    if tok == "/" and 0 < k < len(tokens) - 1 and tokens[k - 1].low[0].isalpha() and tokens[k + 1].low[0].isalpha():
        return True  # "14 PKK/YPG terrorists": one name written with a slash
    if tokens[k].text.isupper() and len(tok) > 1 and tok.isalpha():
        return True  # "287 IS fighters": an acronym, not the verb "is"
    if tokens[k].text in _QUOTES:
        return True  # "9 “Islamic State” members": a name in quotes, as monitors write it
    if not tok[0].isalpha() or is_number_word(tok) or tok in _STOP:
        return False
    if tok in lex.non_person or tok in lex.auxiliaries:
        return False
    return not (lex.status_after.match(tokens, k) or lex.status_before.match(tokens, k))


def counts_thing(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether token ``k`` is a thing noun ("raids", "tanks") or a post word closing the phrase."""
    return k < len(tokens) and (tokens[k].low in lex.non_person or closes_on_post(tokens, k, lex))


def closes_on_post(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """"one of the military posts in ...": a post or base word that closes the phrase counts a
    place; before a person noun ("5 checkpoint guards", "the base commanders") it names their post."""
    return k < len(tokens) and tokens[k].low in lex.posts and not noun_follows(tokens, k + 1, lex)


def noun_follows(tokens: list[Token], i: int, lex: TollLexicon) -> bool:
    """Whether token ``i`` is a plain word that could be the real head of the phrase."""
    if i >= len(tokens):
        return False
    low = tokens[i].low
    return low[0].isalpha() and low not in _STOP and low not in lex.auxiliaries and low not in lex.phrase_enders and \
        not lex.status_after.match(tokens, i) and not low.endswith("ly") and not participle(low)


def participle(low: str) -> bool:
    """A past participle that opens a reduced relative after a noun ("a man accused of
    spying", "a shepherd wanted by the regime"), never the head of the phrase, or a headline's
    predicate without its auxiliary ("killed in raids", status.py): the nouns in "-ed" are
    short ("bed", "seed")."""
    return len(low) > 4 and low.endswith("ed")


def _membership_end(tokens: list[Token], j: int) -> int:
    """"a militant in the SDF killed": a named group after "in" when the status follows it
    directly (headline grammar); any other "in" phrase is a place or a time."""
    k = j + 1
    if k < len(tokens) and tokens[k].low == "the":
        k += 1
    start = k
    while k < len(tokens) and k - start < MAX_NAME_TOKENS and _named(tokens[k]):
        k += 1
    lex = toll_lexicon()
    return k if k > start and k < len(tokens) and lex.status_after.match(tokens, k) else j


def _predicate_head(tokens: list[Token], j: int, lex: TollLexicon) -> tuple[Optional[str], int]:
    """The group named after "were" in "six of them were children"."""
    return _find_head(tokens, skip_auxiliaries(tokens, j, lex), lex, singular=False)


def _description_end(tokens: list[Token], j: int, lex: TollLexicon) -> int:
    """End of an ``of``-phrase naming whose members the group are ("of the regime forces"):
    it never runs into a predicate that takes no object ("of the Syrian Democratic Forces
    went missing"), the group's own status."""
    if j < len(tokens) and tokens[j].low == "on" and (side := next(
            (k for k in range(j + 1, min(j + 6, len(tokens))) if tokens[k].low == "side"), None)) is not None:
        return side + 1  # "about 50 dead on the government side"
    if j + 3 < len(tokens) and tokens[j].low in ("in", "among", "within") and \
            tokens[j + 1].low == "the" and tokens[j + 2].low == "ranks":
        j += 3  # "in the ranks of …"
    if j < len(tokens) and tokens[j].low in ("in", "within"):
        return _membership_end(tokens, j)
    if j >= len(tokens) or tokens[j].low not in _DESC_LINKS and tokens[j].text != "(":
        return j
    k = j
    while k < len(tokens) and k - j < 14:
        tok = tokens[k]
        if tok.low in _DESC_STOP or tok.low[0].isdecimal() or (tok.text in ",;.)" or tok.text in lex.breakdown_marks) \
                or lex.intransitive_after.match(tokens, k) is not None \
                or (tok.low == "and" and k + 1 < len(tokens) and _counts_again(tokens[k + 1].low)):
            break
        k += 1
    while k > j and tokens[k - 1].low in _DANGLING:
        k -= 1  # "fighters of the group of who died": no dangling link word
    return k


def _counts_again(low: str) -> bool:
    """Whether a word after "and" opens a second counted group, which ends the first one's
    description: "14 fighters from the Islamic State group and five civilians" counts the
    civilians apart, written in digits or in words alike."""
    return low[0].isdecimal() or is_number_word(low)


def confidence(cand: TollReading) -> float:
    """Lower for readings that leaned on defaults: no noun, borrowed status, vague amount."""
    score = 0.9
    if not cand.own_status:
        score -= 0.15
    if cand.head is None:
        score -= 0.15
    if cand.count.qualifier == "vague":
        score -= 0.1
    if not cand.explicit_actor and cand.category == "combatants":
        score -= 0.1
    return round(max(score, 0.3), 2)
