"""Document-level passes over a report's tolls: repeats, recovered bodies, components.

A headline and its body, or a lead and a quote, state one toll several times: those
become one claim keeping the most informative reading.  "100 bodies recovered" after
"126 killed" counts the same dead.  Parts stated after an aggregate ("42 killed … 19
outside Saraqeb and another 23 in Ehsim") become its subsets so they are not counted
twice.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Optional

from observatory.extract.dates import WEEKDAYS
from observatory.extract.numbers import Quantity, load_lexicon, qualifier_alternation
from observatory.extract.tolls.groups import noun_less
from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import (
    UPDATE_CUES,
    TollReading,
    named_places,
    place_words,
    same_places,
    same_sentence_places,
)
from observatory.extract.tolls.scope import PERFECT_TOLL, one_tally
from observatory.models import category_holds
from observatory.nlp.caseless import CaselessPattern

SIDES_SHARE = 0.9  # two sides' figures cover at least this share of their combined toll
CLOSE_FIGURES = 1.25  # "more than 20" and "25" may be one toll from two sources; 20 and 40 not
LARGE_VAGUE = 20  # "dozens", "hundreds": same people as a stated figure of that size
VAGUE_SLACK = 0.8  # "dozens" (24 and up) loosely covers a stated 20 …
VAGUE_SPAN = 5  # … and at most 120; "hundreds" 200 to 1000
OUTSIZED = 10  # an undated figure this many times the report's lead toll is not of the same news
OUTSIZED_FLOOR = 100  # … and only a large one: "2 killed" then "30 dead" may be one day's news
SAME_FIGURE_FLOOR = 10  # an exact figure this large told twice, once of "people", is one toll
PARTS_REACH = 400  # characters between a total and the parts told before it
SUM_SHARE = 0.7  # the parts of a sum reach this share of it: a report need not list every dead it sums ("17 … 3 … 27 in total")
_NAMED_DAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\b(?:January|February|March|April|May|June|"
                        r"July|August|September|October|November|December)\b|\b(?:yesterday|today|tonight)\b",
                        re.IGNORECASE)
_BODY_WORDS = {"bodies", "corpses", "remains", "body", "corpse"}  # "one body … another body": one each
# "…, bringing the death toll to", "raising to": the figure that follows sums the ones before it.
_RAISED_TO = CaselessPattern(r"\b(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|"
                              r"pushed|take|takes|taking|took|increase|increases|increasing|increased)\b"
                              r"[^,;:.]{0,80}?\bto\s*$")
# "Of the 45 civilians killed, 17 died in Qaterji": a sentence that opens on a total tells its parts after it.
_OF_THE = re.compile(r"^\W*(?:of|among|from)\s+(?:the|those|these|all)\s*$", re.IGNORECASE)
RAISED_REACH = 110  # characters between "bringing" and the total it brings the toll to
MORE_DEAD = frozenset({"also", "another", "second", "separate", "further", "more", "other", "others",
                        "elsewhere", "additional"})
_BOUNDS = frozenset({"at_least", "more_than"})  # qualifiers under which two figures may be one toll


def _same_people(a: TollReading, b: TollReading, lex: TollLexicon) -> bool:
    """Two statements of one toll: same status, same figure, compatible groups."""
    if _figures_differ(a.count, b.count):
        return False  # the common case within a section, rejected before the slower checks
    if a.status != b.status or a.scope != b.scope and not _same_figure_elsewhere(a, b):
        return False
    if a.value is not None and b.value is not None:
        same = a.value == b.value and not _more_than_before(a, b) and not _joined_to(a, b) \
            and not _other_incident(a, b) \
            or (a.sentence is not b.sentence and a.parent is None
                                      and b.parent is None and _bounds_agree(a.count, b.count) and not apart(a, b)
                                      and not _told_as_other(b, lex))
    elif a.value is not None:
        same = _vague_covers(b, a.value)
    elif b.value is not None:
        same = _vague_covers(a, b.value)
    else:
        same = a.count.low == b.count.low or _vague_retold(a, b, lex)
    if not same:
        return False
    if (a.parent is None) != (b.parent is None) and (a.category != b.category or a.leader or b.leader):
        return False  # "Six had been killed" is not the "6 children" of another toll, nor "X and three of his men"
    if a.actor == b.actor:
        return a.category == b.category or "unknown" in (a.category, b.category) or _noun_added(a, b)
    return not (a.explicit_actor and b.explicit_actor) or _same_figure_retold(a, b) \
        or _estimate_retold(a, b, lex)


def _vague_retold(a: TollReading, b: TollReading, lex: TollLexicon) -> bool:
    """"Jet crash kills 35 and wounds dozens" over "… and scores of others injured": a
    headline's large vague figure retold in the body by another vague word is one toll, as
    a headline's "dozens" is one with a body's stated 30 (``_vague_covers``); nothing may
    set the body's figure apart ("another", "more", a later day, a risen toll; "others"
    beside a wounded figure is the wounded beside the dead: "35 killed and scores of others
    injured").  Vague words are loose, so the two must count the same kind of people at the
    same places: "Scores killed in strikes on a convoy" is not the background's "strikes in
    the east killed dozens of soldiers"."""
    if a.in_headline == b.in_headline or a.sentence is b.sentence or apart(a, b) \
            or a.category != b.category or not same_sentence_places(a, b) or _told_as_other(b, lex, _FURTHER_AFTER):
        return False
    return (b.count.low is not None and _vague_covers(a, b.count.low)) \
        or (a.count.low is not None and _vague_covers(b, a.count.low))


def _noun_added(a: TollReading, b: TollReading) -> bool:
    """"Three children were killed and 14 injured … 14 students were injured": a bare figure
    (no noun of its own, its group read from a figure beside it) retold with a noun in
    another sentence is the same people; the noun it borrowed does not set it apart.  Only
    the same stated figure, outside any toll's parts."""
    return a.value is not None and a.value == b.value and a.sentence is not b.sentence \
        and a.parent is None and b.parent is None and noun_less(a) != noun_less(b)


def _more_than_before(a: TollReading, b: TollReading) -> bool:
    """"Raids on Kafrnabl killed five people … Another five were killed in Hish": the same
    figure told later with "another" or "more" beside it, and not beside the first, counts
    further dead.  A headline's figure is the exception: "40 terrorists killed" over "40 more
    terrorists were killed" is one toll, the headline dropping the word."""
    return a.sentence is not b.sentence and not a.in_headline and more_beside(b, _FURTHER_AFTER) \
        and not more_beside(a)


def _other_incident(a: TollReading, b: TollReading) -> bool:
    """"Some 30 civilians died in a raid on Tal Rifaat. Another raid killed some 30 in Marea",
    "… 20 militants were killed in a separate attack on Idlib": the same figure told again in
    the body is another incident's when its sentence opens on one ("Another raid", "In a
    separate attack", ``_set_apart``) or its own clause says it is elsewhere.  Places alone
    do not set it apart: a body retells "22 killed in Idlib province" as "the raids on
    Saraqeb killed 22", and a headline's places cover its body's.  Small figures ("two
    others", "3 civilians") recur by chance and are left to the passes that read the
    headline's sum (``headline_covers``)."""
    if a.sentence is b.sentence or a.in_headline or b.in_headline or (a.value or 0) < SAME_FIGURE_FLOOR:
        return False
    return _set_apart(b) or bool(_own_words(b) & _ELSEWHERE_LEADS)


def _joined_to(a: TollReading, b: TollReading) -> bool:
    """"A man and a woman were killed", "three soldiers and three rebels": a figure joined by
    "and" to the one before it in its sentence names other people, however equal the two."""
    return b.coordinated and a.sentence is b.sentence


def _same_figure_retold(a: TollReading, b: TollReading) -> bool:
    """"IS killed 270 soldiers, guards and staff … the monitor said IS had killed and
    executed 270 people", "Army kills at least 50 gunmen in Lattakia" over "… at least 50
    terrorists, most of them from al-Nusra, were killed": one exact figure of some size
    told twice in a report, once of people in general or by headline and body of the same
    category, is one toll however each sentence names the side (small figures, "two
    people", recur by chance)."""
    return a.value is not None and a.value == b.value and a.value >= SAME_FIGURE_FLOOR \
        and a.parent is None and b.parent is None \
        and ("unknown" in (a.category, b.category) and a.sentence is not b.sentence
             or a.category == b.category and a.in_headline != b.in_headline)


def _estimate_retold(a: TollReading, b: TollReading, lex: TollLexicon) -> bool:
    """"The army killed about 40 militants of the Nusra Front and the FSA … the battle left
    nearly 40 militants killed, according to the opposition": one rounded estimate of the
    same people told again, by the same noun, in another sentence, is one toll however each
    sentence names their side (each reads its own group).  Both figures must be estimates
    ("about", "nearly", "some"): a rounded figure is what two tellers agree on, while
    "about 40 soldiers … about 40 rebels" name other people by their noun, and "another",
    a later day or a risen toll (``_told_as_other``) or another place sets the second apart.
    One of them must count the fighters of two groups joined ("of the Nusra Front and the
    FSA"), so that the other's side may be either: "about 20 fighters of IS … about 20
    fighters of the SDF" are the two sides of one fight, and add."""
    return a.value is not None and a.value == b.value and a.value >= SAME_FIGURE_FLOOR \
        and a.count.qualifier == b.count.qualifier == _ESTIMATE and (_joint_group(a) or _joint_group(b)) \
        and a.head is not None and a.head == b.head and a.category == b.category \
        and a.sentence is not b.sentence and a.parent is None and b.parent is None \
        and same_sentence_places(a, b) and not apart(a, b) and not _told_as_other(b, lex)


_ESTIMATE = "about"  # the qualifier of a rounded figure (lexicon.yaml ``qualifiers_before``)


def _joint_group(cand: TollReading) -> bool:
    """Whether the figure's own description joins two groups ("40 militants of the Nusra Front
    and the Free Syrian Army"): its of-phrase, after the counted noun, holds an "and"."""
    return any(token.low == "and" for token in cand.tokens[cand.end:cand.desc_end])


def apart(a: TollReading, b: TollReading) -> bool:
    """"At least 17 killed on Monday" and "at least 15 killed in air strikes on Friday":
    two different figures, each dated to its own days, and the days do not overlap, tell
    two incidents however close the figures are.  (The same figure told twice stays one
    toll: a dateline in a lead can date a sentence to the day of the report.)"""
    if a.period is None or b.period is None or not (a.period.start and b.period.start):
        return False
    return (a.period.end or a.period.start) < b.period.start or (b.period.end or b.period.start) < a.period.start


_MORE_BEFORE = frozenset({"another", "further", "additional"})  # "another 26 were killed"
_MORE_AFTER = frozenset({"more", "others"})  # "26 more died", "26 others were killed"
# "two others" is most often the wounded set beside the dead of its own sentence, not more of a count told before.
_FURTHER_AFTER = frozenset({"more"})


def _told_as_other(later: TollReading, lex: TollLexicon, more_after: frozenset[str] = _MORE_AFTER) -> bool:
    """"At least 20 killed in Harasta on Monday … A day earlier, 22 died in raids on Beit
    Sawa", "another 26 were killed", "the toll was later revised to 23": two close figures,
    one a bound, are one toll told twice by two sources only when nothing sets the later
    one apart.  Another day told from the first's (``other_day_cues``, which no date read
    resolves), "another" or "more" beside the later figure, or a toll told as risen to it
    (which replaces the first, see ``attach_updates``) each make it another count.
    ``more_after``: the words after a figure that count further dead (``more_beside``)."""
    return more_beside(later, more_after) or _updated(later, lex) or lex.other_day.search(later.sentence.text.lower()) is not None


def more_beside(cand: TollReading, after_words: frozenset[str] = _MORE_AFTER) -> bool:
    """Whether the words right beside a figure count further dead ("another 26", "26 more"),
    or its own word does ("another woman was killed": one more)."""
    before, after = cand.quantity.first - 1, cand.quantity.last  # ``last`` is past the figure's tokens
    return (before >= 0 and cand.tokens[before].low in _MORE_BEFORE) \
        or cand.tokens[cand.quantity.first].low in _MORE_BEFORE \
        or (after < len(cand.tokens) and cand.tokens[after].low in after_words)


def _vague_covers(vague: TollReading, stated: int) -> bool:
    """"dozens killed" and "at least 20 people": reports round, so a large vague figure
    is the same toll as a stated one of about its size."""
    floor = vague.count.low or 0
    return floor >= LARGE_VAGUE and VAGUE_SLACK * floor <= stated <= VAGUE_SPAN * floor


def _figures_differ(a: Quantity, b: Quantity) -> bool:
    """Two stated figures that differ with neither told as a bound ("at least", "more
    than"): never one toll, whatever their groups and sentences (see ``_bounds_agree``)."""
    return a.value is not None and b.value is not None and a.value != b.value \
        and not {a.qualifier, b.qualifier} & _BOUNDS


def _same_figure_elsewhere(a: TollReading, b: TollReading) -> bool:
    """A headline's "toll rises to 486" and the body's "killed since the start … rises to
    486": one figure in two sentences, whose scope only one of them states, at the same
    places ("12 people in Idlib on Monday" is not "12 civilians in Hama since Sunday")."""
    return a.value is not None and a.value == b.value and a.sentence is not b.sentence \
        and a.parent is None and b.parent is None \
        and same_sentence_places(a, b)


def _bounds_agree(a: Quantity, b: Quantity) -> bool:
    """"more than 20 dead" and "22 killed" can be one figure told by two sources."""
    if "at_least" not in (a.qualifier, b.qualifier) and "more_than" not in (a.qualifier, b.qualifier):
        return False
    if a.value is None or b.value is None or max(a.value, b.value) > CLOSE_FIGURES * min(a.value, b.value):
        return False
    lows = [a.low if a.low is not None else a.value, b.low if b.low is not None else b.value]
    highs = [q.high for q in (a, b)]
    return all(h is None or h >= max(lows) for h in highs)


def _root(cand: TollReading) -> TollReading:
    while cand.merged_into is not None:
        cand = cand.merged_into
    return cand


def merge_repeats(claims: list[TollReading], lex: TollLexicon) -> list[TollReading]:
    """Headline and body (or lead and quote) stating one toll become one claim."""
    kept: list[TollReading] = []
    kept_by_status: dict[Optional[str], _KeptTolls] = {}  # only a toll of the same status can be a twin
    for n, cand in enumerate(claims):
        parent = _root(cand.parent) if cand.parent is not None else None
        same_status = kept_by_status.setdefault(cand.status, _KeptTolls())
        twin = next((k for k in same_status.may_be_twins(cand) if _same_people(k, cand, lex)
                     and _parents_agree(k, parent) and not _vague_whole(k, parent)
                     and not _first_of_parts(k, cand, claims, n + 1)), None) \
            or _headline_restated(kept, cand, claims, n + 1)
        if twin is None:
            cand.parent = parent
            kept.append(cand)
            same_status.add(cand)
            continue
        cand.merged_into = twin
        same_status.withdraw(twin)
        _absorb(twin, cand, parent, _told_next(twin, claims, n))  # may give the twin the other's figure
        same_status.file(twin)
    for cand in kept:
        if cand.parent is not None:
            cand.parent = _root(cand.parent)
    return kept


class _KeptTolls:
    """The tolls of one status kept so far, filed by figure, in the order they were kept.

    ``_same_people`` refuses at once two exact figures that differ (``_figures_differ``),
    and in a long report nearly every pair differs so: comparing each toll with every kept
    one grew with the square of its length (some 270,000 comparisons in a 1 MB report).
    Filed under its figure, a toll told exactly is compared only with those of the same
    figure and with the open ones (no figure, or a bound: "at least 20"), in kept order,
    so the first twin found is the one the full comparison found.
    """

    def __init__(self) -> None:
        self._kept: list[TollReading] = []  # every one, in kept order
        self._order: dict[int, int] = {}  # id of a kept toll -> its place in that order
        self._open: list[TollReading] = []
        self._by_figure: dict[int, list[TollReading]] = {}

    def add(self, toll: TollReading) -> None:
        self._order[id(toll)] = len(self._kept)
        self._kept.append(toll)
        self.file(toll)

    def may_be_twins(self, cand: TollReading) -> list[TollReading]:
        """The kept tolls whose figures do not rule out ``cand``'s, in kept order."""
        figure = _exact_figure(cand.count)
        if figure is None:
            return self._kept
        same = self._by_figure.get(figure, [])
        return sorted([*self._open, *same], key=self._place) if self._open and same else self._open or same

    def withdraw(self, toll: TollReading) -> None:
        """Take a kept toll off its shelf, before its figure may change (``_absorb``)."""
        self._shelf(toll).remove(toll)

    def file(self, toll: TollReading) -> None:
        """Put a kept toll on the shelf of its figure, in kept order."""
        bisect.insort(self._shelf(toll), toll, key=self._place)

    def _place(self, toll: TollReading) -> int:
        return self._order[id(toll)]

    def _shelf(self, toll: TollReading) -> list[TollReading]:
        figure = _exact_figure(toll.count)
        return self._open if figure is None else self._by_figure.setdefault(figure, [])


def _exact_figure(count: Quantity) -> Optional[int]:
    """The figure under which a toll is filed: its value when ``_figures_differ`` can tell
    it apart from another (stated, not a bound), else None."""
    return count.value if count.value is not None and count.qualifier not in _BOUNDS else None


def _headline_restated(kept: list[TollReading], cand: TollReading,
                       claims: list[TollReading], later: int) -> Optional[TollReading]:
    """"Air strikes kill 11 in Idlib" over a body whose first toll is "at least 12 civilians":
    one toll told twice, the headline's figure standing for both (``_absorb`` keeps the
    body's words only where the headline has no group noun).  "Strike kills 18" over
    "killed 17 militants and a child": the headline sums the body's list, whose figures
    then stay its parts (``headline_covers``).  ``claims[later:]`` are the readings after
    ``cand``, passed by index: a copy of them per reading would grow with the square of a
    long report's list of tolls."""
    if cand.parent is not None or cand.value is None or cand.in_headline or more_beside(cand):
        return None  # "another 26 were killed" tells more dead than the headline's
    if any(k.status == cand.status and not k.in_headline and k.parent is None for k in kept):
        return None  # only the body's first toll restates the headline
    head = next((k for k in kept if k.in_headline and k.status == cand.status and k.parent is None
                 and k.value is not None), None)
    if head is None or head.value is None or max(head.value, cand.value) > CLOSE_FIGURES * min(head.value, cand.value):
        return None
    if head.value != cand.value and head.value == cand.value + _listed_after(cand, claims, later) \
            or _first_of_parts(head, cand, claims, later):
        return None
    # The same figure is the same people, whatever name each gives them ("23 terrorists
    # killed" over "at least 23 Daesh members were killed").
    compatible = head.actor == cand.actor or not (head.explicit_actor and cand.explicit_actor) \
        or head.value == cand.value
    return head if compatible and head.scope == cand.scope else None


def _listed_after(cand: TollReading, claims: list[TollReading], later: int, joined: bool = True,
                  within: Optional[TollReading] = None) -> int:
    """The figures joined to ``cand`` by "and" in its sentence ("17 militants and a child"), summed
    (``claims[later:]``: the readings after ``cand``); ``joined=False``: every figure of its
    status told after it in the sentence ("… killed 20 while shelling killed another three").
    ``within``: the total they would be parts of; the run stops at a figure whose people
    cannot be among that total's, or that is told at a place the total's sentence does not name."""
    total = 0
    for k in range(later, len(claims)):
        other = claims[k]
        if other.sentence is not cand.sentence or joined and not other.coordinated or other.parent is not None \
                or other.status != cand.status or other.value is None \
                or within is not None and not (_sits_inside(within, other)
                                               and _at_its_places(within, cand, claims, later, k)):
            break
        total += other.value
    return total


def _first_of_parts(total: TollReading, cand: TollReading, claims: list[TollReading], later: int) -> bool:
    """"Raids killed 23 civilians … raids on two villages killed 20 while rockets on a town
    killed another three": a figure close to an earlier toll is not that toll told again by
    another source when it and the figures told after it in its sentence add up to it
    exactly: it is the first of its parts (``attach_sums`` then files them under it).  "…
    while three rebels died in clashes in Hama" is none of "25 civilians in Maarat al-Numan"."""
    return total.value is not None and cand.value is not None and total.value != cand.value \
        and _sits_inside(total, cand) \
        and total.value == cand.value + _listed_after(cand, claims, later, joined=False, within=total)


def _sits_inside(total: TollReading, part: TollReading) -> bool:
    """Whether ``part``'s people may be among ``total``'s: "three rebels" are none of "25
    civilians", nor "four soldiers" of "11 rebels"; "five children" may be of "30 civilians"."""
    return _may_belong(total, part) and category_holds(total.category, part.category)


def _places_between(part: TollReading, start: int, end: Optional[TollReading]) -> set[str]:
    """The places ``part``'s sentence names from token ``start`` up to the figure ``end`` (the
    next one told in the sentence; None: to the sentence's end)."""
    stop = end.quantity.first if end is not None and end.sentence is part.sentence else len(part.tokens)
    return named_places(" ".join(t.text for t in part.tokens[start:stop]))


def _at_its_places(total: TollReading, first: TollReading, claims: list[TollReading], later: int,
                   k: int) -> bool:
    """Whether ``claims[k]``, told after ``first`` (``claims[later]`` the first after it) in its
    sentence, may be of ``total``'s places: its clause names no place, or one ``total``'s
    sentence names, or ``first`` already names another (the total broken down by place: "20 in Kafrnabl while … another three in
    Maarzita")."""
    places = named_places(total.sentence.text)
    part, after = claims[k], claims[k + 1] if k + 1 < len(claims) else None
    return same_places(_places_between(part, part.desc_end, after), places) \
        or not same_places(_places_between(first, 0, claims[later]), places)


def _vague_whole(kept: TollReading, parent: Optional[TollReading]) -> bool:
    """"Dozens of children dead … Nearly 70 children were among those killed": a part told
    under a vague toll does not give that toll its figure, since the report may go on to
    give the whole ("68 children were among the 126 killed"), of which it is a part too."""
    return parent is kept and kept.value is None


def _parents_agree(kept: TollReading, parent: Optional[TollReading]) -> bool:
    return kept.parent is None or parent is None or _root(kept.parent) is parent


def _told_next(twin: TollReading, claims: list[TollReading], n: int) -> bool:
    """Whether ``claims[n]`` is the next figure of ``twin``'s status told after it (vague
    words between do not count): the body's first figure retelling a headline's."""
    for k in range(n - 1, -1, -1):
        cand = claims[k]
        if cand.quantity.start <= twin.quantity.start:
            return True
        if cand.status == twin.status and cand.value is not None:
            return False
    return True


def _absorb(twin: TollReading, other: TollReading, parent: Optional[TollReading], next_told: bool) -> None:
    """Keep the most informative reading of a toll stated twice (``next_told``: ``other``
    is the next figure of its status after ``twin``, see ``_tighter_bound``).

    A count taken from ``other`` is shown in ``other``'s words (``shown``): the evidence
    must hold the figure it gives.  ``shown`` moves the words only; ``_cite`` moves the
    whole reading (sentence, tokens, head), which also makes a headline toll a body one
    (``in_headline``) — right when the twin's own words tell no figure or no group, wrong
    when they only told a looser bound of the same people."""
    if twin.value is None and other.value is not None:
        twin.count = other.count
    elif twin.count.qualifier in ("more_than", "about") and other.count.qualifier == "exact":
        twin.count, twin.shown = other.count, other  # "over 50 injured", then the hospital's "55"
    elif twin.count.qualifier == "exact" and other.count.qualifier not in ("exact", "vague") \
            and other.value == twin.value:
        twin.count = other.count
    elif next_told and _tighter_bound(twin, other):  # "Over 70 dead", then the body's "at least 73": its count
        twin.count, twin.shown = other.count, other  # shown in the body's words, which hold it
    if other.explicit_actor and not twin.explicit_actor or (
            twin.category == "unknown" and other.category != "unknown" and other.actor == twin.actor):
        twin.actor, twin.category, twin.nationality = other.actor, other.category, other.nationality
        twin.explicit_actor = other.explicit_actor
    if twin.head is None and other.head is not None and not _vague_words(other) \
            or _vague_words(twin) and other.value is not None:
        _cite(twin, other)
    twin.two_sided = twin.two_sided or other.two_sided
    if twin.parent is None and parent is not None and parent is not twin:  # "12 of them" restating the 12
        twin.parent = parent
    if twin.period is None:
        twin.period = other.period
    if other.scope == "cumulative":  # the statement that says "since the start" tells the scope
        twin.scope, twin.period = other.scope, other.period or twin.period


def _tighter_bound(twin: TollReading, other: TollReading) -> bool:
    """Whether ``other`` bounds the toll ``twin`` bounds from below more tightly: "More than
    35 civilians dead" over "at least 37 civilians died", "Over 70 dead" over "at least 73
    people".  A headline rounds its bound down; the body's is the report's count.
    Only a headline's bound is raised, and by the body's: two bounds told in the body are
    two sources' counts ("at least 42, the monitor said … at least 50, rescuers said"), and
    the headline takes the figure only, keeping its own sentence and its part as the whole.
    A figure told exactly is never replaced by a bound ("Shelling kills 14" stays 14 beside
    "at least 15"), nor is a bound lowered by a looser one told later, nor raised by one of
    other days merged with it ("at least 16 on Tuesday", "at least 19 on Sunday and Monday"),
    nor by one told after other figures of the toll's status (only the next retells it);
    "over 70" for "at least 70" is the same count, and keeps the first words."""
    if other.count.qualifier not in _BOUNDS or twin.count.qualifier not in _BOUNDS \
            or other.value is None or twin.value is None:
        return False
    return twin.in_headline and not other.in_headline and other.value > twin.value and not apart(twin, other)


def _vague_words(cand: TollReading) -> bool:
    """Whether a reading's own words give no figure ("hundreds", "dozens")."""
    return cand.quantity.value is None and cand.quantity.qualifier == "vague"


def _cite(twin: TollReading, other: TollReading) -> None:
    """Cite the fuller statement of a toll told twice.  A vague word never carries the
    figure of another statement: "Hundreds dead" merged with the body's "the toll reached
    330" cites the 330, and remembers that the headline told it (``in_headline``).  A
    headline with a figure of its own ("Six killed") cited by the body's words is a body
    toll, as before: the gold sets count the body's other incidents beside it."""
    twin.headlined = twin.in_headline and _vague_words(twin)
    twin.head, twin.quantity, twin.sentence, twin.tokens, twin.end, twin.desc_end = (
        other.head, other.quantity, other.sentence, other.tokens, other.end, other.desc_end)


def attach_bodies(claims: list[TollReading], lex: TollLexicon) -> None:
    """"Rescuers recovered 100 bodies" after "126 killed": a count of the same dead.  A
    hospital's or morgue's tally ("the hospital received 40 bodies", "a doctor said 12 dead
    were brought in") retells the last toll told before it whose days do not differ, even
    when it is the larger figure (the hospital counts the dead the first report had not): it
    goes under that toll as a restatement, never beside it.  Not when it is told as other
    dead ("four other victims") or its sentence opens on another incident ("In a separate
    attack"), unless the toll is of its own sentence, nor a body count told as more ("another
    10 bodies"), nor when it names places
    the toll's sentence does not and is the larger ("killed 3 in Hamdaniya ... the hospital in
    Idlib received 40 bodies": other dead; a smaller tally at one hospital is a part of the toll).
    Told alone it stays the report's toll.  Bodies told as more than a count of bodies
    ("first counted 11 bodies … pulled 4 more bodies") are beyond those bodies: they go
    under a larger toll of the dead only, never under the bodies they add to."""
    for n, cand in enumerate(claims):
        if cand.parent is not None or cand.value is None:
            continue
        received = _received_tally(cand, lex) and not (_own_words(cand) & _OTHER_DEAD or _told_as_other(cand, lex))
        if not (received or _counts_bodies(cand) and not _more_bodies(cand, claims[:n])):
            continue
        told = [c for c in claims[:n] if c.parent is None and c.status == cand.status
                and c.value is not None and c.scope == cand.scope
                and (c.actor == cand.actor or not (c.explicit_actor and cand.explicit_actor))
                and (c.sentence is cand.sentence or not (received and _set_apart(cand)))
                and not (more_beside(cand) and _counts_bodies(c))]
        larger = [c for c in told if (c.value or 0) > cand.value]
        if larger:
            cand.parent = larger[-1]
            continue
        if not received:
            continue
        places = _tally_places(cand, lex)
        same_days = [c for c in told if not apart(c, cand) and (
            c.sentence is cand.sentence or same_places(places, named_places(c.sentence.text)))]
        if same_days:
            cand.parent, cand.restates = same_days[-1], True


def _more_bodies(cand: TollReading, before: list[TollReading]) -> bool:
    """"Rescuers found another 10 bodies": bodies told as more than the toll are further dead.
    After a count of bodies ("one body … another body", "90 bodies … another five bodies")
    the word counts beyond those bodies, among the toll's dead."""
    return more_beside(cand) and not any(_counts_bodies(c) for c in before)


def body_seen_among_dead(cand: TollReading) -> bool:
    """"Another video showed the lifeless body of a child", "nearby the body of a man lay
    where he had died": one body seen in a report whose larger toll holds it (``attach_bodies``
    set it under that toll) is a witness's detail of those dead, no claim of its own.  Told
    alone ("The body of a shepherd was found near X") it stays the report's toll."""
    return cand.status == "killed" and cand.value == 1 and cand.parent is not None \
        and (cand.parent.value or 0) > 1 and _counts_bodies(cand)


def headline_victim_told_below(cand: TollReading, claims: list[TollReading]) -> bool:
    """"Syrian Army Kills Top Terrorist Commander" over a body that tells "A notorious
    commander … was killed with nine of his comrades": a headline's article-less victim
    (``bare``) is one the body tells again in its own words, which the body's claims hold
    already; read beside them it would replace or nest under them.  A headline is the first
    sentence, or a line in title case (its victim's noun capitalised) that outlets repeat
    at the top of the body ("Sun Sep 4 2016 Syrian Army Kills Top Terrorist Commander …")."""
    headline = cand.sentence.start == 0 or cand.tokens[cand.end - 1].text[:1].isupper()
    return cand.bare and headline and any(c.sentence.start != cand.sentence.start and not c.bare for c in claims)


def _counts_bodies(cand: TollReading) -> bool:
    """"100 bodies", "the bodies of two martyrs": the figure counts bodies, not deaths told anew."""
    first = cand.verb_at if cand.verb_at is not None else cand.quantity.last
    before = cand.quantity.first
    return any(t.low in _BODY_WORDS for t in cand.tokens[first:cand.end]) \
        or before >= 2 and cand.tokens[before - 1].low == "of" and cand.tokens[before - 2].low in _BODY_WORDS


def _received_tally(cand: TollReading, lex: TollLexicon) -> bool:
    """A killed figure told as the dead a hospital or morgue took in (``received_tally``):
    both words stand in the figure's own clause, so "killed 22 and wounded dozens, many of
    whom were taken to a hospital" or "killed 3, whose bodies were taken to the morgue"
    tell no tally (the hospital took in other people, or the verb is about another phrase)."""
    if cand.status != "killed":
        return False
    clause = _own_clause(cand)
    return lex.received_verbs.search(clause) is not None and lex.receivers.search(clause) is not None


# What closes a figure's clause: punctuation or a relative ("whose bodies", "many of whom").  Not
# "and": "received 822 wounded and 270 dead bodies" is one verb with two objects.
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:whose|whom|which|where|who)\b")
# Words in a tally's own clause that make its dead others ("four other victims"); not "more",
# which is as often "more than 270" ("26 more" is ``_told_as_other``'s).
_OTHER_DEAD = MORE_DEAD - {"more"}
# Words opening a sentence that tell another incident than the ones told before it.
# Of these, the words that put the incident elsewhere ("Elsewhere, …", "In a separate attack"),
# not only another figure of one incident ("Another five fighters …").
_ELSEWHERE_LEADS = frozenset({"separate", "separately", "elsewhere"})
_SET_APART_LEADS = _ELSEWHERE_LEADS | {"earlier", "another", "other"}
# A name just before the receiver ("the Raqqa national hospital", "The Afrin hospital"): the
# receiver's place, read with the places after a preposition (``named_places``).
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'-]*\s+)+)(?:[a-z]+\s+){0,2}$")


def _tally_places(cand: TollReading, lex: TollLexicon) -> set[str]:
    """The places a hospital's tally names: after a preposition, or as the name of its receiver."""
    text = cand.sentence.text
    named = named_places(text)
    for receiver in lex.receivers.finditer(text.lower()):
        name = _NAME_BEFORE.search(text, max(0, receiver.start() - 40), receiver.start())
        if name:
            named |= place_words(name.group(1))
    return named


def _own_clause(cand: TollReading) -> str:
    """The figure's own clause, lower-cased: from the last break before it to the first after it."""
    text = cand.sentence.text.lower()
    at, end = cand.quantity.start - cand.sentence.start, cand.quantity.end - cand.sentence.start
    before = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    after = _CLAUSE_BREAK.search(text, end)
    return text[before[-1] if before else 0:after.start() if after else len(text)]


def _own_words(cand: TollReading) -> set[str]:
    """The words of the figure's own clause ("four other victims were taken to hospitals")."""
    return set(re.findall(r"[a-z]+", _own_clause(cand)))


def _set_apart(cand: TollReading) -> bool:
    """"In a separate attack, ...", "Earlier, ...": the sentence opens on another incident
    than those told before it."""
    return _opens_on(cand, _SET_APART_LEADS)


def _opens_on(cand: TollReading, leads: frozenset[str]) -> bool:
    """Whether one of ``leads`` stands in the first six words of the figure's sentence before its first comma."""
    lead = cand.sentence.text.lower().split(",", 1)[0]
    return bool(set(re.findall(r"[a-z]+", lead)[:6]) & leads)


def attach_components(claims: list[TollReading]) -> None:
    """Figures that add up to an aggregate stated before them become its subsets.

    Reports give a total first and then its parts ("42 killed … 19 outside Saraqeb and
    another 23 in Ehsim"); without this the parts would be counted twice.  The parts are
    a run of consecutive claims of the same status; a part that names no group of its
    own ("19 more", "16 others") belongs to the aggregate's group.
    """
    for n, total in enumerate(claims):
        if total.parent is not None or total.value is None:
            continue
        later = [c for c in claims[n + 1:] if c.status == total.status and c.scope == total.scope]
        lead = not any(c.parent is None and c.status == total.status and c.value is not None for c in claims[:n])
        parts = _run_summing_to(total, later, lead) or (_lead_parts(total, later) if lead else []) \
            or _sides_of(total, later) or _parts_before(total, claims[:n])
        for part in parts:
            part.parent = total
            if part.category == "unknown" and not part.explicit_actor:
                part.actor, part.category, part.nationality = total.actor, total.category, total.nationality


def attach_sums(claims: list[TollReading], lex: TollLexicon) -> None:
    """"Air strikes on a school killed 19 children … four teachers also died, while the
    monitor said 26 people in total had been killed": a figure its clause calls a sum
    (``sum_cues`` as an adverb, ``_sum_cue_at``), with no span of its own, holds the
    incident figures told before the cue when they reach most of it
    (``SUM_SHARE``; the report need not list every dead it sums).  Added, the same dead
    would count twice.  A sum far beyond its parts ("4 killed in Saraqib … Overall, 3,000
    civilians have been killed in the province") is a war's figure, left to
    ``outsized_totals``; told in the perfect it is a running total (``cumulative``).  A
    headline's figure ("17 children, 4 teachers killed") within the sum is one of its
    parts too."""
    for n, total in enumerate(claims):
        cue_at = _sum_cue_at(total, lex) if total.parent is None and total.value is not None \
            and total.scope == "incident" else None
        if cue_at is None or total.value is None:
            continue
        if total.period is None and PERFECT_TOLL.search(total.sentence.text):
            total.scope = "cumulative"  # "In total, 300 civilians have been killed in the province"
            continue
        parts: list[TollReading] = []
        running = 0
        for k in range(n - 1, -1, -1):  # by index: a copy of the claims before each sum grows with the square
            cand = claims[k]
            if total.sentence.start - cand.sentence.end > PARTS_REACH:
                break  # claims run in text order: every one before it is further still
            if cand.parent is not None or cand.status != total.status or cand.quantity.start >= cue_at:
                continue  # "In total, 3 were killed in X and 5 in Y": figures after the cue are no parts
            if cand.value is None or cand.scope != "incident" or not _may_belong(total, cand) \
                    or running + cand.value > total.value:
                break
            running += cand.value
            parts.append(cand)
        if running < SUM_SHARE * total.value:
            continue  # "4 killed in Saraqib … In all, 40 were killed across the province": not its parts alone
        for part in parts:
            part.parent = total


def _sum_cue_at(total: TollReading, lex: TollLexicon) -> Optional[int]:
    """Where (a text offset) the sentence calls its figure a sum, if a sum cue of it is an
    adverb of its clause: set off by a comma or ending a phrase ("In all, 40 …", "26 people
    in total had been killed", "… killed overall.").  Followed by a number or a word other
    than an auxiliary, the cue modifies that word ("in all three villages", "the overall
    commander") and sums nothing."""
    text = total.sentence.text.lower()
    for cue in lex.sums.finditer(text):
        follower = re.match(r"\s*([a-z]+|\d)", text[cue.end():])
        if follower is None or follower.group(1) in lex.auxiliaries:
            return total.sentence.start + cue.start()
    return None


def _parts_before(total: TollReading, earlier: list[TollReading]) -> list[TollReading]:
    """"… killing nine children and 14 others. … strikes killed 23 civilians on Thursday":
    the figures told just before a total, in the same or the sentences before it, that
    add up to it exactly are its parts told first, whatever scope the total gives ("in
    all").  The headline is never a part (it restates a toll), and only a run of two or
    more top-level figures counts."""
    run: list[TollReading] = []
    if total.value is None:
        return []
    for cand in reversed(earlier):
        if cand.parent is not None or _other_status_between(cand, total, earlier):
            continue
        if cand.status != total.status or cand.value is None \
                or cand.in_headline or total.sentence.start - cand.sentence.end > PARTS_REACH \
                or not _sits_inside(total, cand) or apart(total, cand):
            return []  # "4 children on Monday … 2 women … 6 fighters on Tuesday": no parts of the fighters
        run.append(cand)
        running = sum(c.value or 0 for c in run)
        if running >= total.value:
            return run if running == total.value and len(run) > 1 else []
    return []


def _other_status_between(cand: TollReading, total: TollReading, earlier: list[TollReading]) -> bool:
    """"Dead: 5 civilians, 3 fighters\nWounded: 12\nDead: 8": a toll of another status told
    on a sentence of its own (no toll of the total's status beside it) and of no place but
    the total's between the parts and their total interrupts no run of parts.  A line that
    tells both ("Idlib: 6 killed, 20 wounded\nHama: 4 killed, 9 wounded\nAleppo: 10 killed")
    or names a place of its own ("Wounded in Hama: 9") is one place's count: it still ends
    the run, or Idlib's and Hama's dead would go under Aleppo's 10."""
    return cand.status != total.status and cand.sentence is not total.sentence \
        and total.sentence.start - cand.sentence.end <= PARTS_REACH \
        and named_places(cand.sentence.text) <= named_places(total.sentence.text) \
        and not any(c.sentence is cand.sentence and c.status == total.status for c in earlier)


def _sides_of(total: TollReading, later: list[TollReading]) -> list[TollReading]:
    """"No fewer than 55 army and opposition fighters died … 24 soldiers and 28 rebels": the
    next two figures, for two different sides, are the sides of a combined toll when they
    come close to it — reports round a combined total up, never down."""
    pair = [c for c in later if c.parent is None][:2]
    if not total.two_sided or total.value is None or len(pair) < 2 or pair[0].actor == pair[1].actor:
        return []
    first, second = pair[0].value, pair[1].value
    if first is None or second is None:
        return []
    return pair if SIDES_SHARE * total.value <= first + second <= total.value else []


def _run_summing_to(total: TollReading, later: list[TollReading], lead: bool = False) -> list[TollReading]:
    """The first run of two or more later claims whose figures add up to ``total`` (``lead``:
    the total is the report's first figure of its status).  A total of people of no kind
    ("nine people", "12 dead") counts every side: parts naming sides of their own ("four
    civilians … another five rebel fighters") are its parts when they make it up exactly,
    or within its bound when one sentence lists them all (a breakdown, not a second event)."""
    target = total.value
    if target is None:
        return []
    for allow_children in (False, True):
        pool = [c for c in later if c.parent is None or (allow_children and c.parent is total)]
        for first in range(len(pool)):
            running = 0
            crossed = False  # a part names another side than the total
            for last in range(first, len(pool)):
                value = pool[last].value
                if value is None or allow_children and pool[last].parent is None and more_beside(pool[last]) \
                        and pool[last].sentence is total.sentence \
                        and any(p.parent is total and p.sentence is total.sentence for p in pool[first:last]):
                    break  # "killed 14 people – 6 children, 5 women – and 9 more in Taftanaz": beyond the parts it follows
                if not _may_belong(total, pool[last]):
                    if total.category != "unknown":
                        break  # "11 soldiers" is not made of "7 rebels" and "4 soldiers"
                    crossed = True
                running += value
                if last > first and running < target and not allow_children and not crossed \
                        and _rounds_to(total, running):
                    return pool[first:last + 1]  # "nearly 60 over two days": 31 on one, 27 on the other
                if running >= target:
                    run = pool[first:last + 1]
                    if last > first and (not crossed or all(_told_of_total(total, p) for p in run)) and (
                            running == target or not allow_children and _adds_up(
                                total, run, running, lead) and (not crossed or _one_sentence(run))):
                        return run
                    break
    return []


def _one_sentence(parts: list[TollReading]) -> bool:
    """Whether one sentence tells every part (a breakdown of a toll, not tolls of two events)."""
    return all(p.sentence is parts[0].sentence for p in parts)


def _told_of_total(total: TollReading, part: TollReading) -> bool:
    """Whether a side's figure may be a part of a toll of people of no kind: told in the
    total's own sentence, or in a sentence that names no place the total's does not, no
    other day, and does not open on another incident ("Elsewhere, …", "In a separate
    attack").  Separate events whose figures happen to add up ("nine killed in Douma …
    four civilians in Harasta … five fighters in Jobar on Tuesday") are no breakdown."""
    if part.sentence is total.sentence:
        return True
    return not apart(total, part) and not _opens_on(part, _ELSEWHERE_LEADS) \
        and named_places(part.sentence.text) <= named_places(total.sentence.text)


def _lead_parts(total: TollReading, later: list[TollReading]) -> list[TollReading]:
    """"Strikes kill 180 extremists, mercenaries" over "some 120 IS fighters and 60 foreign
    mercenaries were killed": figures of one later sentence that add up exactly to the
    report's first figure (its headline or lead) are its parts, whatever name the lead
    gives the whole ("four people killed … two women as well as two soldiers")."""
    if total.value is None:
        return []
    pool = [c for c in later if c.parent is None and c.value is not None and c.sentence is not total.sentence]
    for first, head in enumerate(pool):
        run = [c for c in pool[first:] if c.sentence is head.sentence]
        running = 0
        for last, part in enumerate(run):
            running += part.value or 0
            if running >= total.value:
                if running == total.value and last > 0:
                    return run[:last + 1]
                break
    return []


def _may_belong(total: TollReading, part: TollReading) -> bool:
    """A part naming another actor than the one its total names is not one of its parts."""
    return not (total.explicit_actor and part.explicit_actor and part.actor != total.actor)


def _adds_up(total: TollReading, parts: list[TollReading], running: int, lead: bool) -> bool:
    """Exact sums; a lower bound may be overshot by its parts, as "more than 500" by "at least
    346" and "more than 170", and a headline's or lead's bound ("at least 30 civilians") by
    exact parts ("17 in one district and 16 in the other"): the bound is what the lead could
    vouch for.  A bound told later is summed up by bounds only (exact figures after it are
    as likely further dead)."""
    if running == total.value:
        return True
    return total.value is not None and total.count.qualifier in _BOUNDS \
        and (lead or all(p.count.qualifier in _BOUNDS for p in parts)) \
        and running <= CLOSE_FIGURES * total.value


def _rounds_to(total: TollReading, running: int) -> bool:
    """A round figure ("nearly 50", "some 40") whose parts come short of it by a little:
    reports round their total, so the parts told after it are its own."""
    return total.value is not None and total.count.qualifier == "about" and running >= SIDES_SHARE * total.value


def raised_totals(claims: list[TollReading]) -> list[tuple[TollReading, TollReading]]:
    """"Strikes killed 12 on Monday, bringing to 45 the number killed in 24 hours": the 12
    are among the 45, told first; "Of the 45 civilians killed, 17 died in one district":
    the 17 are among them, told after.  Pairs (part, total) of figures of one sentence, the part
    smaller and of the total's status; a running total over a long span (``cumulative``)
    keeps the day's figure as the incident's own toll.  Read before repeats are merged,
    while each figure still stands in its own sentence (``attach_raised``)."""
    pairs: list[tuple[TollReading, TollReading]] = []
    for total in claims:
        sentence = total.sentence
        if total.value is None or total.scope == "cumulative":
            continue
        lead = _lead(total)
        if _ends_in_to(lead) and _RAISED_TO.search(lead):
            told = [p for p in claims if p.sentence is sentence and p.quantity.start < total.quantity.start]
        elif _OF_THE.search(lead):
            told = [p for p in claims if p.sentence is sentence and p.quantity.start > total.quantity.start]
        else:
            continue
        pairs.extend((part, total) for part in told if part.parent is None and part.status == total.status
                     and part.value is not None and part.value < total.value)
    return pairs


# "was later revised up to 13", "went up to 20": the "up to" the figure was read with (a bound,
# as in "killed up to 13") is the raising verb's, after one.
_UP_TO = re.compile(r"up\s+to\s+", re.IGNORECASE)
_RAISING_VERB_END = re.compile(r"\b(?:" + UPDATE_CUES + r"|went|gone|goes|go)\s*$", re.IGNORECASE)


def _lead(cand: TollReading) -> str:
    """The words of its sentence just before a figure, as far back as a verb raising a toll
    to it may stand ("bringing to 45", "the toll rose on Wednesday to 31"), with the "up to"
    after such a verb ("revised up to 13")."""
    text, at = cand.sentence.text, cand.quantity.start - cand.sentence.start
    if (up_to := _UP_TO.match(text, at)) is not None and _RAISING_VERB_END.search(text, max(0, at - 20), at):
        at = up_to.end()
    return text[max(0, at - RAISED_REACH):at]


def _ends_in_to(lead: str) -> bool:
    """Whether ``lead`` ends in "to" (white space after it aside): every ``_RAISED_TO`` match
    does, and most figures of a long report follow no such word, so the pattern's scan of
    the words before each of them is skipped."""
    return lead.rstrip()[-2:].lower() == "to"


def attach_raised(pairs: list[tuple[TollReading, TollReading]], claims: list[TollReading]) -> None:
    """Each part of a raised total goes under the claim its total became once merged."""
    kept = {id(c) for c in claims}
    for part, total in pairs:
        part, total = _root(part), _root(total)
        if id(part) in kept and id(total) in kept and part.parent is None and part is not total \
                and total.parent is not part:
            part.parent = total


# "The death toll from the bombing rose on Wednesday to 31", "the number of dead has climbed
# to 40", "the monitor later raised its toll to 41": a toll told as risen, in a sentence of
# its own, to the figure just after ("went up to" by "up").
_TOLL_NOUN = r"(?:toll|tally|number\s+of\s+(?:the\s+)?(?:dead|deaths|victims|fatalities|people\s+killed|those\s+killed))"
# After a verb that raises it, the toll may be named by the dead themselves: "brought the
# number killed in the enclave to 31", "raised the day's dead to 40".
_RAISED_NOUN = r"(?:" + _TOLL_NOUN + r"|number\s+(?:of\s+people\s+)?(?:killed|dead)|dead)"
_TOLL_ROSE = CaselessPattern(r"\b" + _TOLL_NOUN + r"\b[^,;:.]{0,80}?\b(?:" + UPDATE_CUES + r")\b[^,;:.]{0,30}?\bto\s*$|"
                             r"\b(?:" + UPDATE_CUES + r")\s+(?:the|its|their)\s+(?:[\w'\u2019]+\s+){0,2}?" + _RAISED_NOUN +
                             r"\s+(?:\w+\s+){0,3}?to\s*$")
# "The raids brought to 31 the number killed in three days", "raising to 40 the toll": the
# figure told between the raising verb and the toll it raises.
_RAISED_BEFORE_TOLL = CaselessPattern(r"\b(?:" + UPDATE_CUES + r")\s+to\s*$")
_TOLL_AFTER = re.compile(r"^\s*(?:the|its|their)\s+(?:[\w'\u2019-]+\s+){0,2}?" + _RAISED_NOUN + r"\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _toll_reached() -> CaselessPattern:
    """"The toll reached 270", "the number of dead now stands at 41", "the tally hit 60": a
    toll told as having come to the figure right after the verb (lexicon ``toll_reached``),
    no "to" between (``_TOLL_ROSE`` reads the verbs followed by "to").  Built on first use,
    when the lexicon is read."""
    verbs = "|".join(r"\s+".join(map(re.escape, v.split())) for v in load_lexicon()["toll_reached"]["verbs"])
    return CaselessPattern(r"\b" + _TOLL_NOUN + r"\b[^,;:.]{0,60}?\b(?:" + verbs + r")\s*$")


@lru_cache(maxsize=1)
def _other_scope() -> tuple[frozenset[str], re.Pattern[str]]:
    """The words of a side or a period after the toll noun, and the possessive day or period
    ("Sunday's", "this week's") that make a reached toll another scope's (lexicon ``toll_reached``)."""
    words = load_lexicon()["toll_reached"]
    owners = sorted(set(WEEKDAYS) | set(words["possessive_periods"]))
    return frozenset(words["other_scope_words"]), re.compile(r"\b(?:" + "|".join(owners) + r")['\u2019]s\b")


def _reached(lead: str, lex: TollLexicon) -> re.Match[str] | None:
    """The toll told as reached in ``lead`` (``_toll_reached``), unless it is told of another
    scope than the report's incident: "the number of dead among the rebels reached 9", "the
    toll for the week", "the toll from Sunday's car bomb reached 19", or an other-event or
    other-day cue before the toll noun ("Elsewhere, in Binnish, the death toll reached 8",
    "This week's toll stood at 30").  Any such toll stays a count of its own, as on a "rose to"."""
    found = _toll_reached().search(lead)
    if found is None:
        return None
    words, possessive = _other_scope()
    told = lead[found.start():].lower()
    if set(re.findall(r"[a-z]+", told)) & words or possessive.search(lead.lower()) \
            or lex.other_event.search(lead[:found.start()].lower()):
        return None
    return found


# "This was later updated to 82", "the figure has since been revised to 41": a sentence that
# opens on a word for the toll told before it, raised to the figure just after.
UPDATED_TO = CaselessPattern(r"^\W*(?:this|that|it|the\s+(?:death\s+)?(?:figure|number|count|tally|toll))\s+(?:was|is|has\s+been|had\s+been)"
                             r"\s+(?:\w+\s+)?(?:updated|revised|raised|increased|lifted|put|brought)\s+(?:up\s+)?to\s+")


def _updated(cand: TollReading, lex: TollLexicon) -> bool:
    """Whether a figure is told as a toll raised to it ("rose on Wednesday to 31", "This was
    later updated to 82", "the toll had reached 15"): its "later" dates the count, not another event."""
    lead = _lead(cand)
    after = cand.sentence.text[cand.quantity.end - cand.sentence.start:]
    return bool(_TOLL_ROSE.search(lead) or UPDATED_TO.search(lead) or _reached(lead, lex)
                or (_RAISED_BEFORE_TOLL.search(lead) and _TOLL_AFTER.match(after)))


def attach_updates(claims: list[TollReading], lex: TollLexicon, told: list[TollReading] | None = None) -> None:
    """"A barrel bomb killed 12 in the market on Monday. The toll from the bombing rose on
    Wednesday to 31": a toll told as risen replaces the last toll told before it, whose
    dead it holds; added, the first count would be counted twice.  Only a smaller killed
    figure of an earlier sentence (a headline's too), with no other side named, is so replaced.
    A toll cannot rise to less than it was: "… killed 160. Other websites said the death
    toll had risen to 85", told by a source with no other event or day named, is another
    count of the same dead and goes under the larger one (``attach_alternatives``)."""
    for n, total in enumerate(claims):
        if total.parent is not None or total.status != "killed" or total.value is None:
            continue
        if not _updated(total, lex):
            continue
        earlier = [c for c in claims[:n] if c.parent is None and c.status == "killed"
                   and c.sentence.end <= total.sentence.start]
        _recount_after(total, claims[n + 1:], lex)
        before = earlier[-1] if earlier else None
        if before is None or before.value is None or before.scope != total.scope or not _may_belong(total, before) \
                or _of_a_place(total, lex) and not same_places(_places_told(before, lex), _places_told(total, lex)):
            continue
        if before.value < total.value and not _outgrown(before, total, lex):
            before.parent = total
            total.period = total.period or before.period  # the deaths' day, not the day of the count
        elif before.value > total.value and _source_retells(total, lex):
            total.parent = before
            widen(before, total)
    readings, kept = told if told is not None else claims, {id(c) for c in claims}
    for n in range(len(readings)):
        _recount_told_later(readings, n, kept, lex)


_DAY_NAMES = "|".join(WEEKDAYS)
RECOUNT_REACH = 300  # characters from its sentence's start to a figure told again ("But on Saturday the monitor, which …, said")
# "The monitor reported on Thursday that 90 had been killed": a source's count dated by the day
# it was told, the day named right after the reporting verb, before the figure.
_TOLD_ON_DAY = CaselessPattern(r"\b(?:reported|said|announced|stated)\s+on\s+(" + _DAY_NAMES + r")\b[^.;]*$")
# "But on Saturday the Observatory said …", "Later they said …": the same kind of source telling
# its count again on a later day, the day or "later" opening the sentence (or its "but" clause)
# before its reporting verb.
_TOLD_AGAIN = CaselessPattern(r"(?:^\W*|\bbut\s+)(?P<opener>on\s+(?P<day>" + _DAY_NAMES + r")|later)\b[^.;]{0,160}?"
                              r"\b(?:said|saying|reported|announced|stated)\b[^.;]*$")


@lru_cache(maxsize=1)
def _new_event() -> re.Pattern[str]:
    """"a car bomb", "an air strike": an event noun told with "a"/"an" is an event not told
    before (a retold one takes "the").  Built on first use, when the lexicon is read."""
    nouns = sorted(load_lexicon()["retold_event_nouns"], key=len, reverse=True)
    return re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+){0,2}?(?:" + "|".join(map(re.escape, nouns)) + r")\b")


def _recount_told_later(readings: list[TollReading], n: int, kept: set[int], lex: TollLexicon) -> None:
    """"The monitor reported on Thursday that 90 had been killed in the attack … But on Saturday
    it said IS had killed 270 during the assault": a source's count told on one day, then told
    again on a later day (or "later") is that count risen, as a "toll rose to" is, and the
    first goes under the claim the second is (its own, or the headline's it repeats); added,
    the first count's dead would count twice.  Narrow: the first must be dated by the day its
    source told it ("reported on Thursday that"), the second opened by another day or "later"
    before its own reporting verb, be the next killed figure after the first, larger, of the
    same group, with no other place, no new event ("a car bomb"), no other-event cue and no
    "another"/"more" (new dead: "three more died on Sunday").  ``readings``: the report's
    readings, repeats included, in its order (``n`` is the one told again); ``kept``: the ids
    of the claims."""
    again = readings[n]
    at = again.quantity.start - again.sentence.start
    if again.status != "killed" or again.value is None or at > RECOUNT_REACH:
        return
    cue = _TOLD_AGAIN.search(again.sentence.text[:at])
    if cue is None:
        return
    first = next((c for c in reversed(readings[:n]) if c.status == "killed"), None)
    if first is None or first.value is None or first.value >= again.value or first.scope != again.scope \
            or first.sentence.end > again.sentence.start:
        return
    told = _TOLD_ON_DAY.search(first.sentence.text[:first.quantity.start - first.sentence.start])
    if told is None or told.group(1).lower() == (cue.group("day") or "").lower():
        return
    text = again.sentence.text.lower()
    rest = text[:cue.start("opener")] + text[cue.end("opener"):]  # "later" opens the recount, no other event
    if not (first.category == again.category or "unknown" in (first.category, again.category)) \
            or not _may_belong(again, first) or more_beside(again) \
            or not _places_told(again, lex) <= _places_told(first, lex) \
            or _new_event().search(text) or lex.other_event.search(rest) or lex.similar_event.search(rest):
        return
    earlier, later = _root(first), _root(again)
    if earlier is not later and earlier.parent is None and later.parent is None and {id(earlier), id(later)} <= kept:
        earlier.parent = later
        later.period = later.period or earlier.period


def _outgrown(before: TollReading, total: TollReading, lex: TollLexicon) -> bool:
    """"Air strikes killed 6 … The toll of the siege reached 300": a toll told only as reached
    (no "rose to"), ten times the count before it and 100 or more, is a running total's
    (``outsized_totals`` reads it so), not that count grown."""
    lead = _lead(total)
    return (total.value or 0) >= max(OUTSIZED * (before.value or 0), OUTSIZED_FLOOR) \
        and _reached(lead, lex) is not None and _TOLL_ROSE.search(lead) is None and UPDATED_TO.search(lead) is None


def _of_a_place(total: TollReading, lex: TollLexicon) -> bool:
    """Whether a raised toll is told of one place, from its toll words on ("the death toll in
    Bosra rose to", "brought to 20 the number killed in the town", "the toll there"): only a
    toll of the same place holds the earlier count.  "A second blast in Suluk brought the
    number of dead to 8" raises the report's toll, wherever the blast was."""
    lead = _lead(total)
    reached = _reached(lead, lex)
    rose = _TOLL_ROSE.search(lead) or reached or _RAISED_BEFORE_TOLL.search(lead)
    if rose is None:
        return False
    # "In Binnish, the death toll reached 8": a reached toll's place may open its sentence.
    tail = lead[0 if rose is reached else rose.start():] + total.sentence.text[total.quantity.end - total.sentence.start:]
    return bool(named_places(tail)) or lex.place_scope.search(tail.lower()) is not None


_PLUPERFECT = re.compile(r"\bhad\b", re.IGNORECASE)
_WORD = re.compile(r"[\w'-]+")  # "the Azaz car bomb": a place the risen toll's sentence names without "in"


def _recount_after(total: TollReading, later: list[TollReading], lex: TollLexicon) -> None:
    """"The toll from the car bomb rose to 19 on Wednesday. The blast had killed 13 people on
    Tuesday": the first killed toll of the sentence after a risen one, smaller and told in
    the pluperfect, is the count the toll rose from, not more dead — unless it tells of
    another day or event ("the previous week", "in a similar bombing")."""
    after = next((c for c in later if c.parent is None and c.status == "killed"
                  and c.sentence.start >= total.sentence.end), None)
    if after is None or after.value is None or total.value is None or after.value >= total.value \
            or after.scope != total.scope:
        return
    if _PLUPERFECT.search(_lead(after)) and _may_belong(total, after) and after.sentence.start - total.sentence.end < 3 \
            and _no_new_place(total, after) and lex.other_event.search(after.sentence.text) is None \
            and lex.similar_event.search(after.sentence.text) is None:
        after.parent = total  # not "Earlier, rockets had killed 4 in Latakia": another place


def _no_new_place(total: TollReading, after: TollReading) -> bool:
    """Whether every place ``after``'s sentence names is named in ``total``'s sentence too."""
    return named_places(after.sentence.text) <= place_words(" ".join(_WORD.findall(total.sentence.text)))


def _source_retells(cand: TollReading, lex: TollLexicon) -> bool:
    """Whether a figure's sentence cites a source before it and names no other event or day."""
    sentence = cand.sentence.text.lower()
    lead = sentence[:cand.quantity.start - cand.sentence.start]
    return bool(set(re.findall(r"[a-z]+", lead)) & lex.reporting) and lex.other_event.search(sentence) is None


def attach_alternatives(claims: list[TollReading], lex: TollLexicon) -> None:
    """"The monitor said 20 died … state media gave a toll of 12": a second source's figure
    for dead already counted.  The contract has no "alternative count" link, so it is kept
    as a claim under the first statement; summed, it would add the same dead twice.  A
    figure told only of "the raid" (``_retold_after_source``) goes under the first earlier
    toll of the same days and places (``_same_dead``): "a child was killed in the shelling
    of Kafr Batna, the group said" is not Tal Hamra's dead."""
    for n, cand in enumerate(claims):
        if cand.parent is not None or cand.value is None:
            continue
        cited = _cites_other_source(cand, lex)  # "… has risen to 42, up from an earlier toll of 17": one sentence
        of_event = not (cited or _retold_by_source(cand, lex) or _counted_by_source(cand, lex))
        if of_event and not _retold_after_source(cand, lex):
            continue
        earlier = [c for c in claims[:n] if c.parent is None and c.status == cand.status
                   and c.value is not None and c.scope == cand.scope
                   and (c.sentence is not cand.sentence or cited and c.quantity.start < cand.quantity.start)
                   and (c.actor == cand.actor or not (c.explicit_actor and cand.explicit_actor))
                   and (not of_event or _same_dead(c, cand, lex))]
        if earlier:
            cand.parent = earlier[0]
            widen(earlier[0], cand)


def attach_parts_alone(claims: list[TollReading], lex: TollLexicon) -> None:
    """"Strikes killed 40 across the province … 25 died in Douma alone": a figure its own
    clause sets apart with "alone" is a part of a wider toll the report told before it.
    Larger than every such toll, it is another source's count of the widest one's dead
    ("at least 30 across the province … 45 in one town alone, activists said"): it goes
    under the largest earlier toll of its status, whose range takes it, never under a
    smaller toll told first of other dead.  Summed, it would count the same dead twice.
    Told before any other toll, it stays the report's figure."""
    for n, cand in enumerate(claims):
        if cand.parent is not None or cand.value is None or not _told_alone(cand, lex):
            continue
        earlier = [c for c in claims[:n] if c.parent is None and c.status == cand.status and c.value is not None
                   and c.scope == cand.scope]
        if earlier:
            holders = [c for c in earlier if (c.value or 0) >= cand.value]
            cand.parent = holders[-1] if holders else max(earlier, key=lambda c: c.value or 0)
            if not holders:
                widen(cand.parent, cand)  # another source's count: the largest toll's range holds it


def unnest_outsized(claims: list[TollReading]) -> None:
    """A part is never larger than its whole: a subset whose figure is more than its parent's
    was put under the wrong toll, or the report gives two figures for one whole, and the
    grammar says which.  Told as more dead ("another 14 among them …"), it is a toll of its
    own, unless an earlier toll of its status, days and places gave the same figure ("14
    were hurt … wounding another 14"): it retells that one.  Else the nearest toll above it
    that holds it is its whole, or for a share ("two of the killed", "among the dead") the
    last earlier toll of its status that does.  With none it is a toll of its own, unless
    it is a share of its parent ("killed 9 … Twelve of them were fighters", "among the
    dead"; not "and 12 others") and the two may count the same people (``_one_whole``):
    then the report counts that whole twice, and the whole's range takes both figures
    (summed, the same dead would count twice).
    A restatement (the role model's) is no part."""
    for n, cand in enumerate(claims):
        parent = cand.parent
        if parent is None or cand.restates or not _outgrows(cand, parent):
            continue
        told = [c for c in reversed(claims[:n]) if _whole_told(c) and c.status == cand.status
                and c.scope == cand.scope]
        first = cand.quantity.first
        if first and cand.tokens[first - 1].low in MORE_DEAD:
            cand.parent = next((c for c in told if c.value == cand.value and _same_news(c, cand)), None)
            continue
        cand.parent = _holding_above(cand) or (next((c for c in told if not _outgrows(cand, c)), None)
                                               if cand.partitive or cand.among_the else None)
        if cand.parent is None and (cand.partitive or cand.among_the) and _one_whole(parent, cand):
            cand.parent = parent
            widen(parent, cand)


def _whole_told(cand: TollReading) -> bool:
    """A toll that stands as a whole for the shares told after it: top-level, or taken into
    a total a later sentence raised it to ("19 killed … brought to 49 the number killed"),
    which leaves its own shares ("14 of the victims") its own."""
    return cand.parent is None or cand.parent.sentence.start > cand.sentence.start


def _same_news(a: TollReading, b: TollReading) -> bool:
    """Whether two tolls may tell the same dead: their days overlap (``apart``) and their
    sentences name the same places, or one names none."""
    return not apart(a, b) and same_sentence_places(a, b)


def _one_whole(whole: TollReading, share: TollReading) -> bool:
    """Whether a share larger than its whole may be another count of that whole: the same
    status, a category the whole holds, the same days and places."""
    return whole.status == share.status and category_holds(whole.category, share.category) and _same_news(whole, share)


def _outgrows(part: TollReading, whole: TollReading) -> bool:
    """Whether ``part``'s least figure is more than ``whole``'s greatest."""
    low = part.count.low if part.count.low is not None else part.value
    high = whole.count.high if whole.count.high is not None else whole.value
    return low is not None and high is not None and low > high


def _holding_above(cand: TollReading) -> TollReading | None:
    """The nearest toll above ``cand``'s parent, of its status, that holds its figure."""
    above = cand.parent.parent if cand.parent is not None else None
    while above is not None and (above.status != cand.status or _outgrows(cand, above)):
        above = above.parent
    return above


PART_REACH = 12  # tokens of a figure's clause, either side of it, searched for "alone"
_CLAUSE_ENDS = frozenset({",", ";", ".", ":"})


def _told_alone(cand: TollReading, lex: TollLexicon) -> bool:
    """Whether the figure's clause, between the commas or stops around it, says "alone"
    ("died in the old quarter alone", "the raids of Friday alone killed 14")."""
    tokens = cand.tokens
    after = range(cand.quantity.last + 1, min(len(tokens), cand.quantity.last + 1 + PART_REACH))
    before = range(cand.quantity.first - 1, max(0, cand.quantity.first - PART_REACH) - 1, -1)
    for ks in (after, before):
        for k in ks:
            if tokens[k].low in _CLAUSE_ENDS:
                break
            if tokens[k].low in lex.part_cues and (k == 0 or tokens[k - 1].low not in lex.part_cue_blockers):
                return True
    return False


def widen(first: TollReading, other: TollReading) -> None:
    """The first statement's count spans both sources' figures ("58", "more than 100": 58 to
    100), so the one claim a reader sees carries the range the report gives."""
    own, alt = first.count, other.count
    figures = [f for f in (own.low, own.value, own.high, alt.low, alt.value, alt.high) if f is not None]
    first.count = replace(own, low=min(figures), high=max(figures))


def _cites_other_source(cand: TollReading, lex: TollLexicon) -> bool:
    """Whether the words of its sentence before the figure bring in another source."""
    lead = cand.sentence.text[:cand.quantity.start - cand.sentence.start].lower()
    return lex.alternative.search(lead) is not None or lex.toll_set_at.search(lead) is not None


def _retold_by_source(cand: TollReading, lex: TollLexicon) -> bool:
    """"Meanwhile the coalition said the attack killed more than 100": the report's event
    named again by a definite noun after a cited source, with that source's figure.  "The
    attack also killed", "another raid killed" tell more dead, not another count of the same."""
    lead = cand.sentence.text[:cand.quantity.start - cand.sentence.start].lower()
    retold = lex.retold.search(lead)
    if retold is None:
        return False
    counted = _dead_words(lead + " " + cand.text_between(cand.quantity.last, cand.end).lower(), lex)
    # The source comes first ("the council said the strike killed 41"); in "the strikes killed
    # five, the group said" the strikes are those the sentence before told of, a new event.
    return not counted & MORE_DEAD and bool(set(re.findall(r"[a-z]+", lead[:retold.start()])) & lex.reporting)


def _same_dead(earlier: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """Whether a figure told only of "the raid" may retell ``earlier``'s dead: the same days
    and places, no place ``earlier``'s sentence does not name ("in the shelling of Kafr
    Batna"), and no other day or event ("on Tuesday", "a day later").  "Also" is read by
    ``_retold_after_source``: "Reuters also reported" cites one more source."""
    cues = lex.other_event.finditer(cand.sentence.text.lower())
    return _same_news(earlier, cand) and _places_told(cand, lex) <= _places_told(earlier, lex) \
        and all(cue.group(0) == "also" for cue in cues)


def _places_told(cand: TollReading, lex: TollLexicon) -> set[str]:
    """The place words of a toll's sentence: after "in"/"near" (``named_places``) and after an
    event noun ("the shelling of Kafr Batna", "shelling of Bosra")."""
    text = cand.sentence.text
    return named_places(text) | {w for m in lex.event_place.finditer(text) for w in place_words(m.group(1))}


def _retold_after_source(cand: TollReading, lex: TollLexicon) -> bool:
    """"The monitor said at least 27 civilians were killed in the raids": a source cited
    before the figure, and its dead told of a definite event noun after it ("in the
    raids", "in that attack"), which points back to the event the report told first.
    "Also", "another", "more" tell further dead; a new event is told with "a" or no
    article ("were killed in air strikes on Saraqib").  The source may close the sentence
    ("…, the group said"); an event named before the figure is ``_retold_by_source``'s.
    Whose dead it retells is ``_same_dead``'s to say."""
    lead = cand.sentence.text[:cand.quantity.start - cand.sentence.start].lower()
    after = cand.sentence.text[cand.quantity.end - cand.sentence.start:].lower()
    event = lex.retold_after.search(after)
    if event is None or lex.retold.search(lead) is not None:
        return False
    if not set(re.findall(r"[a-z]+", lead + " " + _attribution_after(after[event.end():], lex))) & lex.reporting:
        return False
    # "… were killed in the strikes, which also wounded dozens": only words up to the event count.
    words = _dead_words(lead, lex) | _dead_words(after[:event.end()], lex)
    return not words & MORE_DEAD


# '…were killed in the attack," said Wael Haddad, a local official', '… died in the raid, the
# group said': the source named once the figure's clause is closed by a comma or a closing
# quote, with nothing after it that tells more (no figure, no "adding", "while", "killing").
_TRAILING_SOURCE = re.compile(r"^[^,;:.\"\u201d]*[,\"\u201d]+([^\d;:]*)$")


def _attribution_after(rest: str, lex: TollLexicon) -> str:
    """The words of a source cited at the end of a sentence after the figure's clause
    (lower-case text after its event noun); empty when the sentence goes on to tell more."""
    match = _TRAILING_SOURCE.match(rest)
    return match.group(1) if match and lex.tells_more.search(match.group(1)) is None else ""


def _dead_words(text: str, lex: TollLexicon) -> set[str]:
    """The words of lower-case ``text`` read for more dead (``MORE_DEAD``), less an "also"
    that only brings in one more source: "Reuters also reported … two dozen were killed in
    the strikes" is another count of the same dead, "the strikes also killed" more dead."""
    words = re.findall(r"[a-z]+", text)
    return {w for k, w in enumerate(words) if w != "also" or k + 1 == len(words) or words[k + 1] not in lex.reporting}


# "Anadolu reported 15 deaths", "the monitor counted 24 dead": a source's verb whose object is the
# figure, a qualifier of the lexicon ("at least", "nearly") or "only" between.
@lru_cache(maxsize=1)
def _counting_verb() -> re.Pattern[str]:
    """Built on first use: the lexicon's qualifiers are read then, not when the module is imported."""
    return re.compile(r"(?:\b(?:reported|reports|counted|counts|recorded|records|documented|documents|"
                      r"gave|gives|cited|cites|confirmed|confirms)|" + _SOURCE_SAID + r")\s+(?:(?:" +
                      qualifier_alternation() + r"|only)\s+)?$")


# "the Local Coordination Committees said 27 were killed", "according to SANA, 2 died": a source
# named before the figure ("claimed" is left out: "an attack that claimed 20 lives").  A pronoun
# ("it said", "he told AFP") is the source told before, which then tells more of its own count.
_SOURCE_SAID = (r"(?<!\bit\s)(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)(?<!\bwe\s)"
                r"\b(?:said|says|told\s+\w+|stated|states|announced|announces)(?:\s+that)?"
                r"|\baccording\s+to\s[^,;]+,")
# "another monitoring group, the LCC, said": "another" or "other" before a source names one more
# source, not more dead.
_OTHER_SOURCE = re.compile(r"\b(?:another|other|a\s+second|a\s+separate)\s+(?:\w+\s+)?(?:group|groups|monitor|"
                           r"monitors|source|sources|agency|agencies|outlet|outlets|activists?|media|network|"
                           r"organi[sz]ation)\b")
# After the figure, in its clause: a place or an event of its own makes it other dead.
OWN_EVENT = re.compile(r"\b(?:in|on|near|at|across|around|outside|inside|during|after|when|as)\b")
# ... and so does a killer or cause of its own ("2 officers were killed by sniper fire", "4 children
# died of hunger"), but not the wounds of people already counted ("died of their wounds").
_OWN_CAUSE = re.compile(r"\b(?:killed|died|dies|die|dying|perished|deaths?)\s+(?:by|of|from|under)\s+"
                        r"(?!(?:(?:their|his|her|its|the)\s+)?(?:wounds|injuries)\b)\w")


def _counted_by_source(cand: TollReading, lex: TollLexicon) -> bool:
    """"Turkey's state agency reported 15 deaths, citing a statement": a source whose
    reporting verb takes the bare figure as its object, with no place, day or event of
    its own after it, counts the dead the report has told already.  "The monitor reported
    12 people killed in air strikes on Ain Tarma" tells of other dead, and so does "also"
    or a cause of its own ("2 officers were killed by sniper fire")."""
    sentence = cand.sentence.text
    lead = sentence[:cand.quantity.start - cand.sentence.start].lower()
    if _counting_verb().search(lead) is None or set(re.findall(r"[a-z]+", _OTHER_SOURCE.sub(" ", lead))) & MORE_DEAD:
        return False
    clause = re.split(r"[,;:.]|\b(?:citing|according|said|says|adding)\b",
                      sentence[cand.quantity.end - cand.sentence.start:].lower(), maxsplit=1)[0]
    # "counted 24 dead and dozens more wounded": the "more" of the wounded joined by "and"
    # counts other people, not further dead; only the figure's own phrase is asked.
    own_phrase = re.split(r"\band\b", clause, maxsplit=1)[0]
    return OWN_EVENT.search(clause) is None and _OWN_CAUSE.search(clause) is None and not set(re.findall(r"[a-z]+", own_phrase)) & MORE_DEAD


def headline_covers(claims: list[TollReading], lex: TollLexicon, titled: bool) -> None:
    """A headline's one killed figure sums up the report: "Air strikes kill 32 in Daraa and
    Aleppo" over a body telling 12 and 15 more, or "25 children killed" over a body's "82
    killed".  A headline never tells dead the body does not (the body tells them again),
    so the two are never added: a headline figure at least the body's sum has the body's
    figures as its parts; a smaller one is a part of the body's smallest figure that can
    hold it.  A headline naming a side ("Four Hezbollah members killed") sums up only the
    figures of that side, and a figure the body sets on another day, at other places than
    the headline names, or tells as another event (``other_event_cues``) is never one of
    its parts."""
    if not titled:
        return
    heads = [c for c in claims if c.in_headline and _incident_killed(c)]
    if len(heads) != 1:
        return
    head, value = heads[0], heads[0].value or 0
    # "Four Hezbollah members killed" sums up that side's dead only; "32 killed" sums up all;
    # "In retaliation rebels fired rockets … killing three", "Six had been killed the previous
    # day": another event of the report, never a part of the headline's.
    places = named_places(head.sentence.text)
    body = [c for c in claims if not c.in_headline and _incident_killed(c)
            and (not head.explicit_actor or c.actor == head.actor) and not apart(head, c)
            and (lex.other_event.search(c.sentence.text.lower()) is None or _updated(c, lex))
            and same_places(places, named_places(c.sentence.text)) and not _added_to(c, head)]
    if not body:
        return
    if value >= sum(c.value or 0 for c in body) or _rounds_body(head, body):
        for part in body:
            part.parent = head
        return
    holders = [c for c in body if (c.value or 0) >= value]
    if holders and not head.headlined:  # "Hundreds dead" is the body's 330, never a part of it
        head.parent = min(holders, key=lambda c: c.value or 0)


def _rounds_body(head: TollReading, body: list[TollReading]) -> bool:
    """"Shelling kills 50 in Kafr Doumal" over "killed 39 civilians and 13 fighters": a
    headline a little short of the body's sum (``CLOSE_FIGURES``) rounds the figures the body
    then tells in full; added, every dead would count twice.  The body's figures go under
    it as for a headline at least their sum (a part is never larger than its whole, so the
    headline cannot go under one of them).  Only when no body figure alone reaches the
    headline's (else that one holds it)."""
    total = sum(c.value or 0 for c in body)
    return head.value is not None and all((c.value or 0) < head.value for c in body) \
        and total <= CLOSE_FIGURES * head.value


def _added_to(cand: TollReading, head: TollReading) -> bool:
    """"Ten children and four women were killed" under "kill 10 children": the body's ten
    became the headline's claim, and the four joined to them by "and" are more dead beside
    it, never a part of it."""
    return cand.coordinated and cand.antecedent is not None and _root(cand.antecedent) is head


def _incident_killed(cand: TollReading) -> bool:
    """A top-level killed figure of the report's own incidents, stated as a number."""
    return cand.parent is None and cand.status == "killed" and cand.value is not None \
        and cand.scope == "incident" and not cand.combined


def drop_combined(claims: list[TollReading]) -> list[TollReading]:
    """A headline's "kills and injures 175" over a body that gives the killed their own
    figures: the split figures are the toll, the combined one says nothing more."""
    if not any(c.status == "killed" and c.value is not None and not c.combined for c in claims):
        return claims
    return [c for c in claims if not c.combined]


def outsized_totals(claims: list[TollReading], lex: TollLexicon) -> None:
    """"At least 72 people were killed … Washington accuses the regime of killing more than
    1400 people with chemical weapons": a report leads with its own toll, and a later
    figure an order of magnitude larger that no date of its own ties to the news is a
    recalled event or a war's figure, not a toll of this report's incident: it stays a
    claim, read as a running total, so it is never added to the report's toll.  A sentence
    naming a day or a month ("Saturdays convoy attack", outlets that drop apostrophes)
    is dated even where no date was read.  A battle's toll ("a sniper killed two … clashes
    for the airbase killed more than 200 fighters") is the report's news however small its
    lead: the fighting words of its sentence (``battle_words``) keep it an incident.  The
    wounded or missing told with such a total in one breath are the same tally's."""
    tops = [c for c in claims if c.parent is None and c.value is not None and c.status == "killed"]
    if not tops:
        return
    lead = tops[0].value or 0
    for cand in tops[1:]:
        if cand.scope == "incident" and cand.period is None and not cand.in_headline \
                and (cand.value or 0) >= max(OUTSIZED * lead, OUTSIZED_FLOOR) \
                and not _NAMED_DAY.search(cand.sentence.text) and not lex.battle.search(cand.sentence.text.lower()):
            cand.scope = "cumulative"
            for other in claims:  # "… have been killed and 2,600 injured": the wounded of the same tally
                if other.parent is None and other.status != "killed" and other.scope == "incident" \
                        and other.period is None and (one_tally(cand, other) or one_tally(other, cand)):
                    other.scope = "cumulative"
