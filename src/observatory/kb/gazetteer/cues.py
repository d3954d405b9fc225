"""Words around a toponym that say what it is and how precisely it is meant.

"Al-Qaryatayn city", "the village of Kabajeb", "Dahek mountain", "north of Sukhnah",
"the western countryside of Deir Ezzor": the words before and after a name give its
feature (for names the gazetteer lacks) and the UCDP ``where_prec`` (near, outskirts
and desert of a place are within ~25 km: precision 2; the countryside of a
governorate is only the governorate: precision 4).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from observatory.kb.place_nouns import alternation, nouns_with, words_with
from observatory.nlp.caseless import CaselessPattern, holds_any
from observatory.nlp.tokens import Token

from .lexicon import apposition_words, holding_determiners, people_words

# Words that follow a name: word -> feature it gives; two-word suffixes ("X air base") apart.
SUFFIX_FEATURES = {n.word: n.feature for n in nouns_with("after") if " " not in n.word and n.feature}
SUFFIX_PAIRS = {tuple(n.word.split()): n.feature for n in nouns_with("after") if " " in n.word and n.feature}
# Suffixes that mean "somewhere around X", not X itself.
SUFFIX_AROUND = words_with("around_after")
# Suffixes that, after a governorate, mean only the governorate.
ADMIN_SUFFIXES = words_with("admin_after")

# A compass point, plain or between two ("north", "south-west", "northeast"): every pattern
# that reads a bearing ("north of X", "the western countryside of X", "in southern X") adds
# its own "-ern" and what follows, so the points themselves are spelt once, here.
COMPASS = r"(?:north|south|east|west)(?:-?(?:east|west))?"
# Words before "of X": "the town of X", "the outskirts of X".
PREFIX_OF = CaselessPattern(
    rf"\b(?:the\s+)?(?:(?P<bearing>{COMPASS})(?:ern)?\s+)?"
    rf"(?P<noun>{alternation('of')})\s+of\s+$"
)
PREFIX_AROUND = words_with("around_of")
PREFIX_ADMIN = words_with("admin_of")
# "the town of X", "the hills of X" say what X is; "the outskirts of X" does not.
PREFIX_NOUN_FEATURE = {n.word: n.feature for n in nouns_with("kind_of") if n.feature}
# "north of X", "near X", "outside X": the place is an anchor, precision 2.
PREFIX_NEAR = CaselessPattern(
    rf"\b(?:{COMPASS}(?:ern)?\s+(?:of|parts\s+of)|near(?:by)?|"
    r"outside|around|close\s+to|in\s+the\s+(?:vicinity|outskirts|surroundings)\s+of|"
    r"kilometres?\s+(?:\w+\s+)?(?:of|from)|km\s+(?:\w+\s+)?(?:of|from))\s+(?:the\s+)?$"
)
# "western Idlib", "east Aleppo": a part of the place, somewhere around its point (precision 2);
# a part of the governorate when the name is a governorate's (resolve.py).  Case matters:
# "Eastern Ghouta" is a name.
PREFIX_BEARING = re.compile(rf"(?:^|\s)(?P<bearing>{COMPASS})(?:ern)?\s+$")
# "in the east of Hama" says what "in eastern Hama" says; "to the east of Hama", like "east of
# Hama", locates a place outside it (PREFIX_NEAR).
PREFIX_THE_BEARING_OF = CaselessPattern(rf"(?:^|\s)(?<!\bto\s)the\s+(?P<bearing>{COMPASS})\s+of\s+$")
# "the Joura district in eastern Deir Ezzor", "neighbourhoods of the west of Hama": a bearing
# after a city's part is the city's, so the name stays the city (its quarters lie in it).
PREFIX_CITY_PART = CaselessPattern(rf"\b{alternation('city_part')}\s+(?:in|of)\s+(?:the\s+)?$")
# "Jurud Arsal": the barrens around the name, somewhere around its point.
AROUND_BEFORE_WORDS = words_with("around_before")
PREFIX_AROUND_BEFORE = CaselessPattern(rf"(?:^|\s){alternation('around_before')}\s+$")
# "rural Idlib", "rural Damascus": the countryside of the name, the governorate only.
COUNTRYSIDE_WORDS = words_with("admin_before")
PREFIX_COUNTRYSIDE = CaselessPattern(rf"(?:^|\s){alternation('admin_before')}\s+$")
# "an opposition village in Idlib", "the Syrian town in Idlib", "shelling on villages in northern
# Hama": an unnamed settlement the name holds, so only the governorate is meant.  Only words
# in lower case or a people's word ("Turkmen", "Druze") stand between the determiner and the
# noun: after a name ("Umm Sirrin village in Hama") the name after "in" qualifies it as
# before, and a quarter ending in the noun ("the old city in Homs") lies in the city.
_QUARTER_HEADS = [n.word.rsplit(" ", 1)[0] for n in nouns_with("quarter_in")]
PREFIX_HOLDS = re.compile(
    rf"\b(?i:{'|'.join(map(re.escape, holding_determiners()))})\s+"
    rf"(?:(?!(?i:{'|'.join(map(re.escape, _QUARTER_HEADS))})\s+(?i:{alternation('admin_in')})\b)"
    rf"(?:[a-z][\w'’-]*|{'|'.join(map(re.escape, people_words()))})\s+){{0,2}}"
    rf"(?i:{alternation('admin_in')})\s+(?i:in)\s+(?:(?i:the)\s+)?(?:(?P<bearing>(?i:{COMPASS}))(?i:ern)?\s+)?$")
# Verbs whose object in a conflict report is a place: "recovered X", "took control of X".
PREFIX_VERB = CaselessPattern(
    r"\b(?:(?:re)?captur(?:e|ed|ing)|recover(?:ed|ing)?|regain(?:ed|ing)?|seiz(?:e|ed|ing)|"
    r"(?:took|take|taking|seized|regained|gained|lost) control (?:over|of)|control over|"
    r"entered|storm(?:ed|ing)|shell(?:ed|ing)|bombard(?:ed|ing)|besieg(?:ed|ing)|"
    r"withdr(?:ew|awn|awing) from|advanc(?:ed|ing) (?:in|into|on|towards?)|"
    r"liberat(?:e|ed|ing)|overr(?:an|un)|target(?:ed|ing)|pound(?:ed|ing)|struck|hit)\s+(?:the\s+)?$"
)

# "Al-Shaara, a town held by IS", "al-Inzarat - a rebel-held neighbourhood of east Aleppo": a
# name that a kind of settlement or city part describes in apposition, after a comma or a
# dash, is a place.  The noun must end the description ("Omar, a village elder", "Rami, a
# town council member": a person).  "the <noun> of Y" names Y, so only "a/an <noun> of"
# describes the name before it: "Smart News, the town of Saraqib", "For Abu Omar, the city
# of his birth".  The noun is matched in any case so that recognise.py can tell a headline's
# "The District" from prose.
_APPOSITION_NOUNS = "|".join(sorted(
    {n.word for n in (*nouns_with("settlement"), *nouns_with("city_part")) if not n.word.endswith("s")},  # singular
    key=lambda w: (-len(w), w)))
_FOLLOW, _BARRED = apposition_words()
SUFFIX_APPOSITION = CaselessPattern(
    rf"^(?:\s*,|\s+[-–—])\s+(?P<article>a|an|the)\s+(?:(?!(?:{'|'.join(_BARRED)})\b)[\w'’-]+\s+){{0,2}}"
    rf"(?P<noun>{_APPOSITION_NOUNS})(?=\s*[,.;:)]|\s+(?:{'|'.join(_FOLLOW)}|{COMPASS}|\d+)\b|\s+(?P<of>of)\b)"
)


def in_apposition(after: str) -> bool:
    """Whether ``after`` (the text after a name) describes the name as a settlement or city
    part: not "the <noun> of Y", which names Y, nor a headline's capitalised noun."""
    m = SUFFIX_APPOSITION.search(after)
    return m is not None and m.group("noun").islower() \
        and not (m.group("of") and m.group("article").lower() == "the")

# "in Maarzita in southern Idlib province", "shelling on Tell Karmin in rural Hama": a name
# after "in", "on" or "at" that the next words put in a part, the countryside or the province
# of a place the gazetteer holds (``name``) is a place.  Both sides must say so: "Ahmed in
# Idlib" is a man where he is.
PREFIX_AT = re.compile(r"(?:^|\s)(?i:in|on|at)\s+(?:(?i:the)\s+)?$")
SUFFIX_IN_AREA = re.compile(
    rf"^\s+(?i:in)\s+(?:(?i:the)\s+)?(?:(?P<part>(?i:{COMPASS})(?i:ern)?|(?i:{alternation('admin_before')}))\s+)?"
    r"(?P<name>(?:[Aa][lr]-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}?)"
    rf"(?P<admin>\s+(?i:{alternation('admin_after')}))?\b"
)


def placed_in_area(after: str, known: Callable[[str], bool]) -> bool:
    """Whether ``after`` (the text after a name) puts the name in a part or the countryside of a
    place the gazetteer holds ("in southern Idlib province", "in rural Hama")."""
    m = SUFFIX_IN_AREA.match(after)
    return m is not None and bool(m.group("part") or m.group("admin")) and known(m.group("name"))


@dataclass(frozen=True)
class CueContext:
    """What the words around a name say: a feature hint, and whether it is 'around' or 'admin'."""

    feature: str | None = None
    around: bool = False
    admin: bool = False
    cue_end: int | None = None  # end offset of a suffix cue included in the mention
    countryside: bool = False
    bearing: str | None = None  # "the western countryside of X", "X's northern countryside": "west", "north"
    part: bool = False  # "eastern X", "the east of X": a part of X's area (X's governorate, if it names one)


# What words that say nothing say: one frozen instance, shared (a name has no cue words
# around it far more often than it has some, and a report names thousands).
NO_CUE = CueContext()

# Last words the prefix patterns can end with; anything else needs no regex search.
_PREFIX_ENDINGS = frozenset({
    "of", "the", "near", "nearby", "outside", "around", "to", "from", "over", "into", "in", "on", "toward",
    "towards", "struck", "hit", "overran", "overrun", "capture", "recapture", "recover", "regain", "seize",
    "liberate", "target", "pound", "shell", "storm", "bombard", "besiege", *COUNTRYSIDE_WORDS, *AROUND_BEFORE_WORDS,
    *(f"{a}{b}" for a in ("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                          "north-east", "north-west", "south-east", "south-west") for b in ("", "ern")),
})


def _last_word(before: str) -> str | None:
    """The last word of ``before`` in lower case when a prefix regex can end with it, else
    None: a cheap test before the regexes."""
    tail = before[-16:].split()
    if not tail:
        return None
    last = tail[-1].lower()
    return last if last in _PREFIX_ENDINGS or last.endswith(("ed", "ing", "drew", "drawn")) else None


# The last words each pattern below can end with (each ends "<word>\s+$"; "the" where it
# may follow): a name comes after "in", "of" or "on" more often than not, and the text before
# it is searched only with the patterns that end with its own last word ("in X" with none of
# the bearing's or the countryside's).
_OF_LAST = frozenset({"of"})
_HOLDS_LAST = frozenset({"in", "the"})  # and a bearing
_NEAR_LAST = frozenset({"of", "near", "nearby", "outside", "around", "to", "from", "the"})
_BEARING_WORD = re.compile(rf"{COMPASS}(?:ern)?")
_HOLDING_NOUNS = tuple(sorted(words_with("admin_in")))


def _may_hold(before: str) -> bool:
    """Whether ``before`` may end as ``PREFIX_HOLDS`` does: it must hold one of the pattern's
    nouns ("village", "towns"), which a substring test finds in C, where the pattern is tried
    at every character ("a checkpoint in X" holds none).  On ASCII text, whose lower case
    folds as ``IGNORECASE`` does; other text goes to the pattern."""
    return not before.isascii() or holds_any(_HOLDING_NOUNS, before.lower(), 0, len(before))


def has_place_prefix(before: str) -> bool:
    """"the village of", "recovered", "took control of", "near", "north of", "Jurud": the next name is a place."""
    last = _last_word(before)
    return last is not None and bool(PREFIX_VERB.search(before) or _placing_words(before, last))


def has_locative_prefix(before: str) -> bool:
    """"in", "at", "near", "north of", "the village of", "outskirts of": words that say where
    the next name lies, which a Title Case headline cannot fake; a verb before it ("Hit",
    "Shell") may itself be a capitalised word read as a name (``has_place_prefix`` counts it)."""
    last = _last_word(before)
    return last is not None and bool(PREFIX_AT.search(before) or _placing_words(before, last))


def _placing_words(before: str, last: str) -> bool:
    """The words both prefixes accept ("the village of", "near", "north of"), each tried only
    when ``last`` (the word right before the name) can end it."""
    return bool(last in _OF_LAST and PREFIX_OF.search(before) or last in _NEAR_LAST and PREFIX_NEAR.search(before)
                or last in AROUND_BEFORE_WORDS and PREFIX_AROUND_BEFORE.search(before))


def prefix_context(before: str) -> CueContext:
    """Read the words just before a name (the text up to it, ending in a space)."""
    last = _last_word(before)
    if last is None:
        return NO_CUE
    m = PREFIX_OF.search(before) if last in _OF_LAST else None
    if m:
        noun = m.group("noun").lower()
        return CueContext(PREFIX_NOUN_FEATURE.get(noun), noun in PREFIX_AROUND, noun in PREFIX_ADMIN,
                       countryside=noun == "countryside", bearing=_bearing(m.group("bearing")))
    bearing_word = _BEARING_WORD.fullmatch(last) is not None
    holds = PREFIX_HOLDS.search(before) if (last in _HOLDS_LAST or bearing_word) and _may_hold(before) else None
    if holds:
        return CueContext(None, False, True, bearing=_bearing(holds.group("bearing")))
    if last in _NEAR_LAST and PREFIX_NEAR.search(before):
        the_bearing = PREFIX_THE_BEARING_OF.search(before) if last in _OF_LAST else None
        if the_bearing:
            return _bearing_part(before[:the_bearing.start("bearing")], the_bearing.group("bearing"))
        return CueContext(None, True, False)
    if last in AROUND_BEFORE_WORDS and PREFIX_AROUND_BEFORE.search(before):
        return CueContext(None, True, False)
    if last in COUNTRYSIDE_WORDS and PREFIX_COUNTRYSIDE.search(before):
        return CueContext(None, False, True, countryside=True)
    bearing = PREFIX_BEARING.search(before) if bearing_word else None
    if bearing:
        return _bearing_part(before[:bearing.start("bearing")], bearing.group("bearing"))
    return NO_CUE


def _bearing_part(before: str, word: str) -> CueContext:
    """"eastern X", "the east of X": somewhere around X, a part of X's area (its governorate's,
    if X names one) but after a city's part ("the Joura district in"), which lies in the city."""
    part = PREFIX_CITY_PART.search(before) is None
    return CueContext(None, True, False, bearing=_bearing(word), part=part)


_DIRECTIONS = frozenset(
    f"{a}{b}" for a in ("north", "south", "east", "west", "north-east", "north-west", "south-east",
                        "south-west", "northeast", "northwest", "southeast", "southwest")
    for b in ("ern", "")
)


def suffix_context(words: Sequence[Token]) -> CueContext:
    """Read the one or two words just after a name; a bearing before the cue is skipped
    ("Hama's eastern countryside" is the countryside of Hama)."""
    bearing = None
    if len(words) > 1 and words[0].low in _DIRECTIONS and words[1].low in ADMIN_SUFFIXES:
        bearing, words = _bearing(words[0].low), words[1:]
    if not words:
        return NO_CUE
    first = words[0].low
    if len(words) > 1 and (first, words[1].low) in SUFFIX_PAIRS:
        return CueContext(SUFFIX_PAIRS[(first, words[1].low)], False, False, words[1].end)
    if first in SUFFIX_FEATURES:
        return CueContext(SUFFIX_FEATURES[first], first in SUFFIX_AROUND, first in ADMIN_SUFFIXES, words[0].end,
                       countryside=first == "countryside", bearing=bearing)
    return NO_CUE


def _bearing(word: str | None) -> str | None:
    """"North-Western", "northern" -> "northwest", "north"."""
    if not word:
        return None
    word = word.lower().replace("-", "")
    return word[:-3] if word.endswith("ern") else word


def merge(prefix: CueContext, suffix: CueContext) -> CueContext:
    """The cues of both sides; ``prefix`` itself when nothing follows the name (a prefix
    ends no mention, so it has no ``cue_end``: the merged context would equal it)."""
    if suffix is NO_CUE and prefix.cue_end is None:
        return prefix
    return CueContext(
        suffix.feature or prefix.feature,
        prefix.around or suffix.around,
        prefix.admin or suffix.admin,
        suffix.cue_end,
        prefix.countryside or suffix.countryside,
        suffix.bearing or prefix.bearing,
        prefix.part,
    )
