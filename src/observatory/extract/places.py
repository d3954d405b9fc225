"""Toponyms in report text, resolved against the gazetteer.

``PlaceFinder.find`` returns every toponym a report names, in text order, each as a
:class:`~observatory.models.Place` with UCDP ``where_prec``: the named place itself
(1), somewhere around it ("north of", "outskirts", "desert of": 2), only a district
(3) or governorate ("the countryside of Homs": 4), or only the country (6).  Names the
gazetteer cannot place keep their name and get null coordinates.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache


from observatory.config import PACKAGE_DATA, read_yaml
from observatory.kb.gazetteer import Gazetteer, GazetteerPlace, default_gazetteer
from observatory.kb.gazetteer.recognise import RawMention, Recogniser
from observatory.kb.gazetteer.record import ascii_name
from observatory.kb.gazetteer.boundaries import AdminUnits, admin_units, area_at
from observatory.kb.gazetteer.geo import km_between
from observatory.kb.gazetteer.cues import COMPASS
from observatory.kb.gazetteer.builtin import (countryside_governorates, governorate_ids, is_governorate_capital,
                                              nationality_adjectives, related_governorates)
from observatory.kb.gazetteer.index import SITE_FEATURES
from observatory.kb.gazetteer.lexicon import feature_descriptors, toponym_heads
from observatory.kb.gazetteer.normalize import ARTICLE_PATTERN, light_key, without_glued_article
from observatory.kb.gazetteer.resolve import MAJOR_CITY, SPANNING_FEATURES, ResolutionContext, Resolution, admissible_candidates, choose, document_context
from observatory.kb.place_nouns import alternation, nouns_with, place_nouns
from observatory.extract.clauses import breaks_clause
from observatory.extract.site_words import one_of, word_list, words
from observatory.models import Place
from observatory.nlp.sentences import Sentence

AROUND_PRECISION = 2
LINEAR_PRECISION = 5  # UCDP: a linear feature (a road) or a fuzzy area
DISTRICT_PRECISION = 3
SHORT_SPAN_KM = 50.0  # "between A and B" closer than this is "near" both (precision 2)
GOVERNORATE_PRECISION = 4
_ARABIC = re.compile(r"[\u0600-\u06ff]")
GUESSED_CONFIDENCE = 0.3  # a name placed only by the governorate its report is about
_AROUND_FEATURES = {"desert", "region", "area", "countryside"}


def lent_governorate(place: Place) -> bool:
    """A name the gazetteer lacks, placed at its report's governorate (``PlaceFinder``): its
    point says where the governorate is, not where the village is."""
    return place.gazetteer_id is None and place.precision == GOVERNORATE_PRECISION and place.lat is not None


@dataclass
class PlaceMention:
    start: int
    end: int
    mention: str
    place: Place


class PlaceFinder:
    """Recognise and resolve toponyms; cheap per document once constructed.

    Without an explicit gazetteer the process-wide default one is used, looked up at
    each call (a dictionary hit), so places resolved or imported while a long-running
    process (the web app) is up are seen as soon as the cache is reset.
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._fixed = gazetteer
        self._recogniser = Recogniser(gazetteer if gazetteer is not None else default_gazetteer())

    @property
    def gazetteer(self) -> Gazetteer:
        return self._fixed if self._fixed is not None else default_gazetteer()

    def find(self, text: str, sentences: list[Sentence]) -> list[PlaceMention]:
        gazetteer = self.gazetteer
        if self._recogniser.gazetteer is not gazetteer:
            self._recogniser = Recogniser(gazetteer)
        raw = self._recogniser.scan_sentences(text, [(sentence.start, sentence.end) for sentence in sentences])
        raw = [m for m in _outside_bylines(text, raw) if not _site_kind(m) and not _bare_generic_word(m)]
        ctx = document_context(raw, _countries_named(text), _attached(text, raw), _qualified_by(text, raw),
                               _placed_in(text, raw), _government_seats(text, raw), _clause_governorates(text, raw))
        groups = _same_names(raw)
        resolved: dict[NameKey, Resolution | None] = {}
        placed: dict[tuple[NameKey, bool, str | None, str], Place] = {}
        found = []
        for n, m in enumerate(raw):
            key = _name_key(m)
            if key not in resolved:
                resolved[key] = self._resolve_name(m, groups[key], ctx)
            if _credible(m, n, ctx):
                found.append(_placed_mention(text, m, key, resolved[key], placed))
        found = _quarters_of_their_city(text, _near_their_qualifiers(text, found))
        starts = [s.start for s in sentences]
        found = [_city_core(text, _abroad(text, p), gazetteer) for p in found]
        return _one_point_per_name(
            self._in_their_governorate(found, [max(0, bisect_right(starts, m.start) - 1) for m in found]))

    def _resolve_name(self, m: RawMention, mentions: frozenset[int], ctx: ResolutionContext) -> Resolution | None:
        """One answer for every mention of a name; a toponym the gazetteer lacks under any
        spelling is tried once more against near spellings of Syrian places."""
        if not m.candidates:
            m.candidates = self.gazetteer.near_spellings(m.name)
        resolution = choose(m, mentions, ctx)
        if resolution is None:
            return None
        return replace(resolution, place=self._countryside_of(resolution.place, m))

    def _in_their_governorate(self, found: list[PlaceMention], sentence_of: list[int]) -> list[PlaceMention]:
        """A village or quarter nothing places ("Bab al-Nayrab", "Tokhar") is in the one
        governorate the report's Syrian places all lie in (Damascus and the Rif Dimashq around
        it count as one), else in the one its headline names, unless its own sentence names
        another.  It takes the governorate's point at precision 4 (as UCDP codes a place known
        only to its governorate), keeps its own name and no gazetteer id (so it stays in the
        unresolved queue), with a low confidence.  Otherwise it stays unplaced: a report about
        several governorates says nothing of where such a name is.  A name in Arabic script is
        a gloss of the transliteration beside it, which is the place the report gives."""
        whole = _one_governorate(found)
        by_sentence: dict[int, list[PlaceMention]] = {}
        for p, n in zip(found, sentence_of):
            by_sentence.setdefault(n, []).append(p)
        headline = _one_governorate(by_sentence.get(0, []))
        out = []
        for p, n in zip(found, sentence_of):
            if _not_yet_placed(p.place) and p.place.country is None \
                    and not _ARABIC.search(p.mention):
                own = _one_governorate(by_sentence[n], unnamed="")
                chosen = whole or (headline if headline and own in ("", headline) else None)
                unit = self.gazetteer.get(governorate_ids().get(chosen or "", ""))
                if unit is not None:
                    p = PlaceMention(p.start, p.end, p.mention, p.place.model_copy(update={
                        "lat": unit.lat, "lon": unit.lon, "admin1": unit.admin1, "country": "SY",
                        "precision": GOVERNORATE_PRECISION, "confidence": GUESSED_CONFIDENCE}))
            out.append(p)
        return out

    def _countryside_of(self, place: GazetteerPlace, m: RawMention) -> GazetteerPlace:
        """"Damascus countryside" is Rif Dimashq, not the Damascus governorate."""
        if place.feature != "admin1" or not m.context.countryside:
            return place
        target = countryside_governorates().get(place.name)
        return (self.gazetteer.get(target) or place) if target else place


NameKey = tuple[str, str | None, bool, bool, bool]


# "By Ahmad Hama", "BY SAMI HADDAD AND LINA TADMUR, Reuters", "By Omar Kafr in Beirut": a line of
# capitalised words after "By", joined only by commas, "and", "in", "for" or a dash, is a byline.
_BYLINE = re.compile(
    r"^[ \t]*(?:By|BY)[ \t]+[A-Z][\w'’.\-]*"
    r"(?:(?:[ \t]+|[ \t]*,[ \t]*|[ \t]+(?:and|AND|in|IN|for|FOR)[ \t]+|[ \t]*[&|/–—-][ \t]*)[A-Z][\w'’.\-]*)*[ \t]*$",
    re.MULTILINE,
)


# "... damage to houses. Lina Hama / R.K/ Nour": agencies sign a report off with their reporters'
# and editors' names or initials after its last sentence, joined by slashes, with no full stop.
_NAME_WORD = r"(?:(?:al|el)-)?[A-Z][\w'’\-]*(?:\.[A-Z][\w'’\-]*)*\.?"
_SIGN_OFF_WORDS = 8
_SIGN_OFF_CHARS = 200  # where a sign-off may start: only the text's tail is searched
_SIGN_OFF = re.compile(
    rf"(?<=[.!?\"”])\s+(?:{_NAME_WORD}(?:[ \t]+|[ \t]*/[ \t]*)){{0,{_SIGN_OFF_WORDS - 1}}}{_NAME_WORD}\s*$")
_SIGN_OFF_MARK = re.compile(r"/|\b[A-Z]\.")  # a slash or an initial: names, not a title-case sentence


def _outside_bylines(text: str, raw: list[RawMention]) -> list[RawMention]:
    """A byline names reporters, and an agency's bureau: a reporter's surname that is also a
    village ("By Ahmad Hama") is no toponym of the report, nor is the bureau a site; nor is a
    sign-off of names after the last sentence ("... the source said. Lina Hama/ R.K").  The
    first line is the headline ("By Land And Sea, Troops Retake X"), never a byline."""
    lines = [(m.start(), m.end()) for m in _BYLINE.finditer(text) if text[:m.start()].strip()]  # not the headline
    sign_off = _SIGN_OFF.search(text, max(0, len(text) - _SIGN_OFF_CHARS))
    if sign_off is not None and not _title_case_sentence(sign_off.group(), sign_off.start(), raw):
        lines.append(sign_off.span())
    if not lines:
        return raw
    return [m for m in raw if not any(lo <= m.start < hi for lo, hi in lines)]


def _site_kind(m: RawMention) -> bool:
    """Words that say what kind of site is meant, not which: "Oil" in "Oil Field East of Homs"
    or "Air" in "Air Base" (``feature_descriptors.txt`` before a site noun) is a feature near
    the place named after it, never a place named "Oil"."""
    return m.context.feature in SITE_FEATURES and all(w in feature_descriptors() for w in m.name.lower().split())


def _bare_generic_word(m: RawMention) -> bool:
    """An Arabic generic word written alone and without its article ("Jabal (mountain)
    al-Mketaa", "Tall", "Kafr": ``toponym_heads.txt``), which some namesake spells but no
    report means by itself.  A big city the bare word is the usual name of ("Bab" for al-Bab)
    is still meant, and so is a settlement the words call one ("the village of Khan")."""
    words = m.name.lower().split()
    return len(words) == 1 and words[0] in toponym_heads() \
        and m.context.feature not in {noun.feature for noun in nouns_with("settlement")} \
        and not any(c.exact and c.place.population >= MAJOR_CITY for c in m.candidates)


def _title_case_sentence(tail: str, start: int, raw: list[RawMention]) -> bool:
    """"... Russian Jets Strike Idlib. Rebels Retake Kafr Nabl": a title-case tail with no
    slash or initial that names a Syrian place is a headline's sentence, not a sign-off."""
    end = start + len(tail)
    return not _SIGN_OFF_MARK.search(tail) and any(
        start <= m.start < end and any(c.exact and c.place.country == "SY" for c in m.candidates) for m in raw)


def _name_key(m: RawMention) -> NameKey:
    """Mentions that must get one answer: the same name with the same cue words ("X
    village" and "X province" may be two places)."""
    return light_key(m.name), m.context.feature, m.context.admin, m.context.countryside, m.context.part


def _same_names(raw: list[RawMention]) -> dict[NameKey, frozenset[int]]:
    groups: dict[NameKey, set[int]] = {}
    for n, m in enumerate(raw):
        groups.setdefault(_name_key(m), set()).add(n)
    return {key: frozenset(indices) for key, indices in groups.items()}


def _credible(m: RawMention, n: int, ctx: ResolutionContext) -> bool:
    """A name matching only inadmissible namesakes (a small Turkish village) and with no
    cue word around it was not a toponym of this report, unless the words put it inside a
    place of the report ("al-Taybah in Daraa countryside": a Syrian village the gazetteer
    lacks, spelled as a village of Jordan is)."""
    return not m.candidates or m.context.feature is not None or admissible_candidates(m, ctx) \
        or bool(ctx.placed_in.get(n))


# "X in Syria's Idlib province", "Hafez and Muhassen in Deir Ezzor", "X northeast of Aleppo",
# "X, 12 km south of Y", "X, a village south of Y" (an apposition naming what X is): the
# second only locates the first.
# "just", "some", "about" before a bearing or a distance (data/places/site_words.yaml, bearing_degree)
BEARING_DEGREE = one_of(words("bearing_degree"))
# The bearing fragments the gaps below share: "just outside", "near"; "some 12 km", "5 miles"
# before a bearing; "to the north", "eastern".
_NEAR_WORD = rf"(?:{BEARING_DEGREE}\s+)?(?:near|outside)"
_OFFSET = rf"(?:{BEARING_DEGREE}\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?"
_SIDE = rf"(?:to\s+the\s+)?{COMPASS}(?:ern)?"
QUALIFIER_GAP = re.compile(
    rf"^\s*,?\s*(?:(?:a|an)\s+(?:small\s+)?{one_of(words('between', 'nouns'))}\s+)?"
    r"(?:(?:in|of)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}"
    rf"|{_NEAR_WORD}\s+(?:the\s+)?(?:[\w'’]+\s+){{0,2}}"
    rf"|{_OFFSET}{_SIDE}\s+(?:of\s+)?(?:the\s+)?)"
    r"(?:(?:city|province|governorate|countryside|region|district|area|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "X in Y", "X in the eastern countryside of Y", "X, Y governorate": the words put X inside Y.
_IN_GAP = re.compile(rf"^\s*,?\s*in\s+(?:the\s+)?(?:{COMPASS}(?:ern)?\s+)?"
                     rf"(?:{alternation('locating')}\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
# "A, B and C, 10 km north of Y", "A and B near Y", "A and B in rural Y", "A and B, in the south of Y":
# words besides ``_IN_GAP``'s that locate a whole list.
_NEAR_GAP = re.compile(rf"^\s*,?\s*(?:{_NEAR_WORD}\s+(?:the\s+)?"
                       rf"|in\s+(?:{alternation('admin_before')}\s+|the\s+{COMPASS}\s+of\s+(?:the\s+)?)"
                       rf"|{_OFFSET}{_SIDE}\s+of\s+(?:the\s+)?)$", re.IGNORECASE)
# "X in the desert east of Y", "X in the countryside near Y": an area word between the name and the
# bearing locates X only around Y (its district, as UCDP codes such reports), not at it.
_AREA_GAP = re.compile(rf"^\s*,?\s*in\s+(?:the\s+)?(?:{COMPASS}(?:ern)?\s+)?{alternation('locating')}\s+"
                       rf"(?:{_NEAR_WORD}|{_SIDE}\s+of)"
                       rf"\s+(?:the\s+)?$", re.IGNORECASE)
_COMMA_GAP = re.compile(r"^\s*,\s*$")
# "... in the western countryside of X province", "... in rural X": the words before a governorate
# that put what precedes it in the same clause inside it (``_clause_governorates``)
_IN_BEFORE = re.compile(rf"\bin\s+(?:the\s+)?(?:(?:{COMPASS}(?:ern)?|{alternation('admin_before')})\s+)?"
                        rf"(?:{alternation('locating')}\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
_CLAUSE_JOIN = re.compile(r"\band\b|[,;&]", re.IGNORECASE)
_CHAIN_WORD = re.compile(rf"{one_of(words('locating_chain'), tuple({w for n in place_nouns() for w in n.word.split()}))}"
                         rf"|{COMPASS}(?:ern)?", re.IGNORECASE)
_NAME_START = re.compile(rf"(?:{ARTICLE_PATTERN}-)?[A-Z0-9]")  # "Atherya", "al-Tabqa", "17th"
_CLAUSE_REACH = 120  # characters from a place to the governorate its clause names
# "X, Hama province and the Latakia mountains": a list goes on after the governorate.
_LIST_GOES_ON = re.compile(r"^\s*,?\s*(?:and|&)\b", re.IGNORECASE)
# "in Hama and Idlib countryside", "in the Idlib, Hama and Latakia provinces": one noun for all.
_COORDINATED = re.compile(r"^\s*(?:,|,?\s*and|&)\s*$", re.IGNORECASE)
_SHARED_NOUN = re.compile(r"^\s+(?:countrysides?|provinces|governorates)\b", re.IGNORECASE)
# Between two toponyms of one phrase ("X east of Y", "X in Y", "X, Y countryside"): no
# conjunction, no clause break (an ellipsis, "A…B" or "A...B", joins two statements), a few words at most.
_SAME_PHRASE = re.compile(r"^(?:(?!\band\b|\bwhile\b|\bas\b|[;.:!?…])[^\n]){0,40}$", re.IGNORECASE)


def _attached(text: str, raw: list[RawMention]) -> dict[int, frozenset[int]]:
    """For each mention, its neighbours in the same phrase: a place written right beside
    a name says where that name is, unlike a place in the report's next clause."""
    out: dict[int, set[int]] = {}
    for n in range(len(raw) - 1):
        a, b = raw[n], raw[n + 1]
        if a.sentence == b.sentence and _SAME_PHRASE.match(text[a.end:b.start]):
            out.setdefault(n, set()).add(n + 1)
            out.setdefault(n + 1, set()).add(n)
    return {n: frozenset(v) for n, v in out.items()}


# "the government in Damascus", "the Syrian regime of Damascus" (data/places/site_words.yaml, government_seat)
_SEAT_BEFORE = re.compile(rf"\b{one_of(words('government_seat'))}\s+(?:in|of)\s+$", re.IGNORECASE)


def _government_seats(text: str, raw: list[RawMention]) -> frozenset[int]:
    """Mentions that stand for a government ("the government in Damascus could press its
    onslaught in Aleppo"): the seat of power, not a place the report is about, so they lend
    no namesake support (``document_context``)."""
    return frozenset(n for n, m in enumerate(raw) if _SEAT_BEFORE.search(text[max(0, m.start - 30):m.start]))


def _qualified_by(text: str, raw: list[RawMention]) -> dict[int, int]:
    """Mention -> the next one when the words between say where it is ("X in Y", "X, north of Y")."""
    return {n: n + 1 for n in range(len(raw) - 1)
            if raw[n].sentence == raw[n + 1].sentence and QUALIFIER_GAP.match(text[raw[n].end:raw[n + 1].start])}


def _placed_in(text: str, raw: list[RawMention]) -> dict[int, tuple[int, ...]]:
    """Mention -> the places the words after it put it inside ("X in Y", "X in the eastern
    countryside of Y", "X, Raqqa governorate", "X in Hama and Idlib countryside": either);
    unlike a bearing ("X south of Y", "X near Y"), which may cross a governorate's border.
    The names of a list before it share it ("A, B and C in Y") only to choose between their
    namesakes: a name none of whose Syrian places lies in Y's governorate keeps its own
    ("Tabqa and Saraqib in Idlib" is still the Tabqa of Raqqa)."""
    out = {}
    for n in range(len(raw) - 2, -1, -1):  # backwards: "A and B in Y" puts A where B is
        if raw[n].sentence != raw[n + 1].sentence:
            continue
        gap = text[raw[n].end:raw[n + 1].start]
        if _IN_GAP.match(gap):
            out[n] = _coordinated(text, raw, n + 1)
        elif raw[n + 1].context.admin and _COMMA_GAP.match(gap) and not _LIST_GOES_ON.match(text[raw[n + 1].end:]):
            out[n] = (n + 1,)
        elif n + 1 in out and _COORDINATED.match(gap) and not raw[n + 1].context.admin \
                and _has_namesake_in(raw[n], [raw[k] for k in out[n + 1]]):
            out[n] = out[n + 1]
    return out


def _has_namesake_in(m: RawMention, areas: list[RawMention]) -> bool:
    """A Syrian place of the name lies in the governorate of one of ``areas`` (or its twin's)."""
    governorates = {c.place.admin1 for a in areas for c in a.candidates if c.exact and c.place.country == "SY"}
    governorates |= {twin for g in governorates for twin in related_governorates().get(g or "", ())}
    return any(c.place.country == "SY" and c.place.admin1 in governorates for c in m.candidates)


def _clause_governorates(text: str, raw: list[RawMention]) -> dict[int, frozenset[int]]:
    """Mention -> the governorates that words after it, in the same clause, name as where it
    lies ("Zakiyeh crossroads on the old Tabqa road in the western countryside of Raqqa
    province"): after "in" ("in X province", "in the countryside of X", "in rural X"), with only
    words that go on locating it between (``_locating_chain``): "fled to X in Homs province" names
    X's governorate, "shelling on X and clashes in the countryside of Y" another statement's.  A
    governorate is none of its own."""
    out: dict[int, frozenset[int]] = {}
    for g, cued in enumerate(raw):
        if not cued.context.admin or not _IN_BEFORE.search(text[max(0, cued.start - _CLAUSE_REACH):cued.start]):
            continue
        n = g - 1
        while n >= 0 and raw[n].sentence == cued.sentence and not raw[n].context.admin \
                and cued.start - raw[n].end <= _CLAUSE_REACH and _locating_chain(text[raw[n].end:cued.start]):
            out[n] = out.get(n, frozenset()) | {g}
            n -= 1
    return out


def _locating_chain(gap: str) -> bool:
    """The words between a place and the governorate after it only go on locating the place:
    names, numbers, bearings, place nouns and ``locating_chain``'s words ("crossroads on the old
    Tabqa road in the western countryside of"), no conjunction or comma, no clause break."""
    if _CLAUSE_JOIN.search(gap) or breaks_clause(gap):
        return False
    return all(_name_like(w) or _CHAIN_WORD.fullmatch(w) for w in re.findall(r"[\w'’-]+", gap))


def _name_like(word: str) -> bool:
    """A word that may be part of a name: capitalised or a number, after an article or not
    ("al-Tabqa", "alTabqa", "17th")."""
    glued = without_glued_article(word)
    return _NAME_START.match(word) is not None or (glued is not None and glued[:1].isupper())


def _coordinated(text: str, raw: list[RawMention], first: int) -> tuple[int, ...]:
    """``first`` and the names joined to it that share one governorate noun after the last
    ("Hama and Idlib countryside"); ``first`` alone when no such noun closes the list."""
    last = first
    while last + 1 < len(raw) and raw[last + 1].sentence == raw[first].sentence \
            and _COORDINATED.match(text[raw[last].end:raw[last + 1].start]):
        last += 1
    closed = raw[last].context.admin or _SHARED_NOUN.match(text[raw[last].end:])
    return tuple(range(first, last + 1)) if last > first and closed else (first,)


# "40 km east of X", "in southern X": farther than UCDP's ~25 km of precision 2 (a district, precision 3);
# where X names a governorate's capital, "southern X" is the governorate's part (resolve.py) and
# the village takes that, unless a city's part ("the X district in southern Y") keeps the city.
_FAR_QUALIFIER = re.compile(r"\b(?:2[6-9]|[3-9]\d|\d{3,})(?:\.\d+)?\s*(?:km|kilomet|mile)"
                            rf"|\b{COMPASS}(?:ern\b|\s+(?!of\b))",  # "in southern X"
                            re.IGNORECASE)
COUNTRYSIDE_KM = 20.0  # where a governorate's "western countryside" is, from its capital (bench/geocode.py)
KM_PER_DEGREE = 111.2
_DIAGONAL = math.sqrt(0.5)
_BEARINGS = {"north": (1.0, 0.0), "south": (-1.0, 0.0), "east": (0.0, 1.0), "west": (0.0, -1.0),
             "northeast": (_DIAGONAL, _DIAGONAL), "northwest": (_DIAGONAL, -_DIAGONAL),
             "southeast": (-_DIAGONAL, _DIAGONAL), "southwest": (-_DIAGONAL, -_DIAGONAL)}
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$", re.IGNORECASE)  # "A, B and C"
_ADMIN_PRECISION = {"admin1": GOVERNORATE_PRECISION, "admin2": DISTRICT_PRECISION}  # "X in Idlib countryside"


_PLACING = ("lat", "lon", "admin1", "admin2", "country", "precision", "confidence")


def _not_yet_placed(place: Place) -> bool:
    """A name the gazetteer lacks that nothing has placed yet: the one kind the passes that
    lend a point (a qualifier's, a city's, a governorate's) or a country may change."""
    return place.lat is None and place.gazetteer_id is None


def _placed_like(place: Place, other: Place) -> Place:
    """``place``, its name kept, where ``other`` is (point, units, precision, confidence)."""
    return place.model_copy(update={key: getattr(other, key) for key in _PLACING})


def _near_their_qualifiers(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """"Kobla village in Afrin", "X, 5 km east of Jarabulus": a village the gazetteer lacks lies
    near the town that qualifies it, so it takes that town's point at precision 2.  Qualified
    by a district or governorate only ("X in Idlib countryside"), it is known to that unit's
    precision (3 or 4, as UCDP codes such reports), never better.  The qualifier of a list
    ("the villages of A and B east of Y") qualifies every unknown village in it, so the list
    is walked from its end.  Past an area word ("X in the desert east of Y") it is only in Y's
    district (precision 3), unless Y spans an area itself (a river, desert or mountain: "X in the
    desert east of the Euphrates" is not at the river's midpoint).  A village keeps its own name
    and no gazetteer id, so it stays in the unresolved queue and a user's resolution still re-places it."""
    out = list(found)
    for i in reversed(range(len(out) - 1)):
        village, town = out[i], out[i + 1]
        if not _not_yet_placed(village.place) or town.place.lat is None \
                or town.place.feature == "country":
            continue
        gap = text[village.end:town.start]
        span = _between(text, village, out[i + 1:i + 3])
        if span is not None:
            place = span
        elif town.place.gazetteer_id is None and _LIST_GAP.match(gap):  # a listed village near the same town
            place = _placed_like(village.place, town.place)
        elif QUALIFIER_GAP.match(gap):
            place = _near(village.place, town.place, bool(_FAR_QUALIFIER.search(gap)))
        elif _AREA_GAP.match(gap) and town.place.feature not in SPANNING_FEATURES:
            place = _near(village.place, town.place, True)
        elif (listed := _list_qualifier(text, out, i)) is not None:
            qualifier, qualifying = listed
            place = _near(village.place, qualifier.place, bool(_FAR_QUALIFIER.search(qualifying)))
        else:
            continue
        out[i] = PlaceMention(village.start, village.end, village.mention, place)
    return out


# "Aleppo's X", "Homs’ X"; not a glued "Aleppos X": "Hamas X" is as often the movement's
_POSSESSIVE_GAP = re.compile(r"^['’]s?\s+$")


def _quarters_of_their_city(text: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """"Aleppo's Marjeh district", "Raqqa's X neighbourhood": a quarter the gazetteer lacks, written
    as a city's possession, lies in that city, not at its governorate's point nor at a namesake:
    it takes the city's point at precision 2 (as UCDP codes a part of a city), and keeps its own
    name and no gazetteer id, so it stays in the unresolved queue."""
    out = list(found)
    for i in range(1, len(out)):
        city, quarter = out[i - 1], out[i]
        if not _not_yet_placed(quarter.place) or quarter.place.feature != "neighbourhood" or city.place.lat is None \
                or city.place.feature in SPANNING_FEATURES or (city.place.precision or 1) > AROUND_PRECISION:
            continue
        if _POSSESSIVE_GAP.match(text[city.end:quarter.start]):
            out[i] = PlaceMention(quarter.start, quarter.end, quarter.mention, _near(quarter.place, city.place, False))
    return out


def _list_qualifier(text: str, found: list[PlaceMention], i: int) -> tuple[PlaceMention, str] | None:
    """"A and Kafr Sajna in the southern Idlib countryside", "A, Hardatnin and B, north of
    Aleppo": the place that qualifies the list the unknown ``found[i]`` opens or continues, past
    the known places listed after it; with the words that qualify the list.  Only words that
    locate (in a place or its part, near it, a bearing of it) qualify a whole list: "struck A,
    B and C in support of Damascus" names who was helped, not where.  A known neighbour
    outside the qualifier (``_outside``) says the words qualify only the last name (or
    nothing), so the unknown one is left unplaced rather than put far from its own list."""
    k = i
    while k + 1 < len(found) and _LIST_GAP.match(text[found[k].end:found[k + 1].start]):
        k += 1
    if k == i or k + 1 >= len(found):
        return None
    qualifier, gap = found[k + 1], text[found[k].end:found[k + 1].start]
    if qualifier.place.lat is None or qualifier.place.feature == "country" \
            or not (_IN_GAP.match(gap) or _NEAR_GAP.match(gap)):
        return None
    if any(_outside(found[n].place, qualifier.place) for n in range(i + 1, k + 1)):
        return None
    return qualifier, gap


LIST_SPREAD_KM = 50.0  # a list's villages lie within about a district of the town that qualifies them all


def _outside(listed: Place, qualifier: Place) -> bool:
    """A listed place that the qualifier cannot hold: in another governorate than the one
    named ("A, Saraqib and B in Homs countryside"), or farther than one list of villages
    spreads from a town ("A, Saraqib and B near Damascus").  A place with no point is not."""
    if listed.lat is None or listed.lon is None or qualifier.lat is None or qualifier.lon is None:
        return False
    if qualifier.feature == "admin1":
        return listed.admin1 is not None and listed.admin1 != qualifier.admin1
    return km_between(listed.lat, listed.lon, qualifier.lat, qualifier.lon) > LIST_SPREAD_KM


# "X, a village between A and B", "X (between A and B)": the two ends locate X.
_BETWEEN_GAP = re.compile(rf"^\s*[,(]?\s*(?:(?:a|the)\s+(?:small\s+)?{one_of(words('between', 'nouns'))}\s+)?"
                          rf"(?:{one_of(words('between', 'lying'))}\s+)?(?:mid-?way\s+)?between\s+(?:the\s+)?"
                          rf"(?:{one_of(words('between', 'ends'))}\s+of\s+)?$", re.IGNORECASE)
_BETWEEN_AND = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)


def _between(text: str, village: PlaceMention, ends: list[PlaceMention]) -> Place | None:
    """"X, a village between A and B": an unknown village lies between the two places, at
    their midpoint, near both (precision 2) when they are close, else only to the district
    (3); never at either end, nor at its governorate's point."""
    if len(ends) < 2 or not _BETWEEN_GAP.match(text[village.end:ends[0].start]) \
            or not _BETWEEN_AND.match(text[ends[0].end:ends[1].start]):
        return None
    a, b = ends[0].place, ends[1].place
    point = midpoint(a, b, DISTRICT_PRECISION)
    if point is None or a.country != b.country:
        return None
    lat, lon, precision = point
    units = admin_units(lat, lon, a.country, None, None)
    return village.place.model_copy(update={
        "lat": lat, "lon": lon, "country": units.country, "admin1": units.admin1, "admin2": units.admin2,
        "precision": precision, "confidence": round(min(a.confidence or 1.0, b.confidence or 1.0) / 2, 2)})


def midpoint(a: Place, b: Place, far_precision: int) -> tuple[float, float, int] | None:
    """Where "between A and B" puts something: halfway, and near both ends (precision 2)
    when they are closer than ``SHORT_SPAN_KM``, else only as precise as ``far_precision``
    (a village between two towns is in their district, a front line between two cities is a
    fuzzy area).  None when either end has no point."""
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    short = km_between(a.lat, a.lon, b.lat, b.lon) < SHORT_SPAN_KM
    return round((a.lat + b.lat) / 2, 5), round((a.lon + b.lon) / 2, 5), AROUND_PRECISION if short else far_precision


def _one_point_per_name(found: list[PlaceMention]) -> list[PlaceMention]:
    """A name the gazetteer lacks is one place in one report: "infiltrated X in Aleppo
    province ... forces captured X on Monday" places both mentions where the best placed one
    is (``_rank``), so the report's later mentions count for it too."""
    best: dict[str, Place] = {}
    for p in found:
        place = p.place
        if place.gazetteer_id is None and place.lat is not None:
            key = light_key(place.name)
            if key not in best or _rank(place) < _rank(best[key]):
                best[key] = place
    out = []
    for p in found:
        chosen = best.get(light_key(p.place.name)) if p.place.gazetteer_id is None else None
        if chosen is not None and chosen is not p.place and (p.place.lat is None or _rank(p.place) > _rank(chosen)) \
                and p.place.country in (None, chosen.country):
            p = PlaceMention(p.start, p.end, p.mention, _placed_like(p.place, chosen))
        out.append(p)
    return out


def _rank(place: Place) -> tuple[int, float]:
    """Better placed first: the finer precision, then the surer (a qualifier's point beats the
    governorate a headline lends)."""
    return place.precision or 9, -(place.confidence or 0.0)


def _near(village: Place, near: Place, far: bool) -> Place:
    """The village at the point of the place qualifying it, no more precisely than that place."""
    unit = _ADMIN_PRECISION.get(near.feature or "", 1)
    return village.model_copy(update={
        "lat": near.lat, "lon": near.lon, "admin1": near.admin1, "admin2": near.admin2, "country": near.country,
        "precision": max(DISTRICT_PRECISION if far else AROUND_PRECISION, near.precision or 1, unit),
        "confidence": round((near.confidence or 1.0) / 2, 2)})


def _one_governorate(found: list[PlaceMention], unnamed: str | None = None) -> str | None:
    """The governorate every Syrian place of ``found`` lies in, if there is one (Damascus
    and Rif Dimashq count as one: the most named of the two), agency datelines apart;
    ``unnamed`` when they name none."""
    named = Counter(p.place.admin1 for p in found if p.place.lat is not None and p.place.country == "SY"
                    and p.place.admin1 and not is_dateline(p.mention))
    if not named:
        return unnamed
    first = next(iter(named))
    together = {first, *related_governorates().get(first, ())}
    return max(named, key=lambda a: named[a]) if set(named) <= together else None


_MENTION_CACHE = 4096  # place mentions whose dateline reading is kept


@lru_cache(maxsize=_MENTION_CACHE)
def is_dateline(mention: str) -> bool:
    """An agency dateline ("DAMASCUS, Syria (Xinhua) --") is where the bureau is, not the
    story: agencies write the filing city in capitals; reports never write an event's place so.
    A pure function of the mention, read letter by letter and asked of every place a report
    names: the few names it repeats are read once each."""
    letters = [c for c in mention if c.isalpha()]
    return len(letters) >= 4 and all(c.isupper() for c in letters)


_FOREIGN_KIND = re.compile(
    rf"\b(?P<adjective>[A-Z][a-z]+)\s+(?:[a-z]+\s+){{0,2}}(?:{alternation('kind_of')})\s+of\s+(?:the\s+)?$")


def _abroad(text: str, p: PlaceMention) -> PlaceMention:
    """"the Lebanese town of X", "the Turkish border village of X": a name the gazetteer lacks
    that a foreign nationality introduces is in that country, so no Syrian governorate is
    lent to it (it stays unplaced, in the unresolved queue, with its country)."""
    if not _not_yet_placed(p.place):
        return p
    m = _FOREIGN_KIND.search(text[max(0, p.start - 60):p.start])
    country = nationality_adjectives().get(m.group("adjective")) if m else None
    if country is None or country == "SY":
        return p
    return PlaceMention(p.start, p.end, p.mention, p.place.model_copy(update={"country": country}))


@lru_cache(maxsize=1)
def _city_core_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """("the old city of " before a city, "'s ancient quarter" after it), from data/places/city_cores.yaml."""
    path = PACKAGE_DATA / "places" / "city_cores.yaml"
    rows = read_yaml(path)
    if not isinstance(rows, dict):
        raise ValueError(f"{path}: expected non-empty lists 'adjectives' and 'nouns'")
    core = rf"{one_of(word_list(rows.get('adjectives'), path, 'adjectives'))}\s+" \
           rf"{one_of(word_list(rows.get('nouns'), path, 'nouns'))}"
    return (re.compile(rf"\b(?:the\s+)?(?P<core>{core}\s+of\s+(?:the\s+)?)$", re.IGNORECASE),
            re.compile(rf"^(?:['’]s|s)?\s+{core}\b", re.IGNORECASE))


def _city_core(text: str, p: PlaceMention, gazetteer: Gazetteer) -> PlaceMention:
    """"the Old City of X", "X's ancient quarter": the city's historic core, a place apart
    from the city (a report's other events "in X" stay at the city), at the city's point, or
    the gazetteer's "Old City of X" where it has one (so it is no unresolved name)."""
    if (p.place.feature or "") != "city" or p.place.lat is None:
        return p
    before, after = _city_core_patterns()
    if (m := before.search(text[max(0, p.start - 30):p.start])) is not None:
        start, end = p.start - len(m.group("core")), p.end
    elif (m := after.match(text[p.end:p.end + 30])) is not None:
        start, end = p.start, p.end + m.end()
    else:
        return p
    mention = text[start:end]
    name = f"Old City of {p.place.name}"
    known = next((c.place for c in gazetteer.syrian_lookup(name) if c.exact), None)
    update = {"name": name, "mention": mention, "gazetteer_id": None, "feature": "neighbourhood"} if known is None \
        else {"name": known.display_name, "mention": mention, "gazetteer_id": known.id, "lat": known.lat,
              "lon": known.lon, "feature": known.feature, "precision": known.where_prec}
    return PlaceMention(start, end, mention, p.place.model_copy(update=update))


def _countries_named(text: str) -> set[str]:
    return {iso for adjective, iso in nationality_adjectives().items() if adjective in text}


def _placed_mention(text: str, m: RawMention, key: NameKey, resolution: Resolution | None,
                    placed: dict[tuple[NameKey, bool, str | None, str], Place]) -> PlaceMention:
    """``m`` as the place its name resolved to.  Every mention of a name with the same cue
    words and spelling is the same place: its model is built once per report and shared
    (a report names its towns hundreds of times; places are copied, never changed, after)."""
    mention = text[m.start:m.end]
    if resolution is None:
        return PlaceMention(m.start, m.end, mention, _unplaced(m, mention))
    same = (key, m.context.around, m.context.bearing, mention)
    if same not in placed:
        placed[same] = _placed(resolution, m, mention)
    return PlaceMention(m.start, m.end, mention, placed[same])


def _placed(resolution: Resolution, m: RawMention, mention: str) -> Place:
    p = resolution.place
    precision = p.where_prec
    feature = p.feature
    if m.context.around and p.feature not in ("admin1", "admin2", "country"):
        precision = max(precision, _around_precision(p, m))
        if m.context.feature in _AROUND_FEATURES:
            feature = m.context.feature
    if m.context.feature == "road" and p.feature != "road":
        feature, precision = "road", LINEAR_PRECISION  # "the Khanasir road" runs from the town, somewhere
    units = _units(p)
    lat, lon = _toward(p, m.context.bearing)
    return Place(
        name=p.display_name, mention=mention, gazetteer_id=p.id, lat=lat, lon=lon,
        admin1=units.admin1, admin2=units.admin2, country=units.country, feature=feature, precision=precision,
        confidence=resolution.confidence,
    )


_GOVERNORATE_WIDE = frozenset(noun.feature for noun in nouns_with("governorate_wide"))


def _around_precision(p: GazetteerPlace, m: RawMention) -> int:
    """"The Palmyra desert" is around Palmyra (precision 2), but "the Homs desert" or "the Deir
    Ezzor desert" is the governorate's desert, which spans it far from its capital: known only
    to the governorate (4).  Which area nouns span a governorate: role ``governorate_wide`` of
    data/places/place_nouns.yaml."""
    if m.context.feature in _GOVERNORATE_WIDE and is_governorate_capital(p.admin1, p.lat, p.lon):
        return GOVERNORATE_PRECISION
    return AROUND_PRECISION


def _toward(p: GazetteerPlace, bearing: str | None) -> tuple[float | None, float | None]:
    """"The western countryside of Idlib" is not Idlib city, the governorate's point: it lies
    some way west of it (``COUNTRYSIDE_KM``), still inside the governorate (else the point
    stays: "the southern countryside of Daraa" must not cross into Jordan)."""
    step = _BEARINGS.get(bearing or "")
    if step is None or p.feature not in _ADMIN_PRECISION or p.lat is None or p.lon is None:
        return p.lat, p.lon
    north, east = step
    lat = round(p.lat + north * COUNTRYSIDE_KM / KM_PER_DEGREE, 5)
    lon = round(p.lon + east * COUNTRYSIDE_KM / (KM_PER_DEGREE * math.cos(math.radians(p.lat))), 5)
    area = area_at(lat, lon)
    return (lat, lon) if area is not None and area.admin1 == p.admin1 else (p.lat, p.lon)


def _units(p: GazetteerPlace) -> AdminUnits:
    """Coordinates decide country and governorate; a country or governorate row keeps its own
    (its point is a capital, which says nothing of the area's other units)."""
    if p.feature in ("country", "admin1"):
        return AdminUnits(p.country, p.admin1, None)
    return admin_units(p.lat, p.lon, p.country, p.admin1, p.admin2)


def _unplaced(m: RawMention, mention: str) -> Place:
    return Place(name=ascii_name(m.name), mention=mention, feature=m.context.feature, country=None)
