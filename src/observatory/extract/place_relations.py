"""Places named only to say where an event was relative to them.

"near Ithriya, a town between Khanasir and Tadif": Khanasir and Tadif locate Ithriya,
they are not where the ambush was.  "clashes between Saraqib and Maarat al-Numan",
"a bomb on the Homs-Palmyra road": the event lies somewhere along the span, so it gets
one place for the span (its midpoint, with UCDP precision 2 for a short gap between two
places, 5 for a road or a long gap), never one of the ends.  "a checkpoint on the
Khanasir road, north of Ithriya" is placed by its bearing (near Ithriya), not by the
road.  "clashes on the Morek-Lahaya axis" are the other way round: a front is fought
along, at both its ends, so both places are the event's (``axis_ends``).  "10 km east of
X" places the event at X with precision 2 when nothing else does.
"""

from __future__ import annotations

import re

from observatory.extract.places import (AROUND_PRECISION, BEARING_DEGREE, DISTRICT_PRECISION, LINEAR_PRECISION, PlaceMention,
                                        midpoint)
from observatory.extract.site_words import one_of
from observatory.kb.gazetteer.cues import COMPASS
from observatory.kb.gazetteer.lexicon import front_line_words
from observatory.models import Place
from observatory.kb.place_nouns import alternation
from observatory.nlp.caseless import CaselessPattern, NeedledPattern

NEAR_KM = 25  # UCDP's precision 2 reaches ~25 km
# How the place of "between X and Y" is named: no toponym, two placed ones (the unresolved
# queue leaves it out: there is nothing to resolve).
SPAN_PREFIX = "between "

# "the town of X", "the villages of X": a noun that says what the next name is (data/places/place_nouns.yaml).
_KIND_OF = alternation("kind_of")
_BETWEEN = CaselessPattern(rf"\bbetween\s+(?:the\s+)?(?:{_KIND_OF}\s+of\s+)?$")
_AND = re.compile(rf"^\s*(?:and|&)\s+(?:the\s+)?(?:{_KIND_OF}\s+of\s+)?$", re.IGNORECASE)
_ROAD_BETWEEN = re.compile(r"\b(?:road|highway|motorway)\s+between\s+(?:the\s+)?$", re.IGNORECASE)
_ROAD_JOIN = re.compile(r"^\s*(?:-|–|—|to)\s*$", re.IGNORECASE)
_ROAD_WORD = re.compile(r"\s(?:road|highway|motorway)$", re.IGNORECASE)
_AXIS_JOIN = re.compile(r"^[-–—]$")  # a spaced dash opens an aside ("Tafas - a town in Daraa -")
_AXIS_AFTER = re.compile(rf"\s+{one_of(front_line_words())}\b")  # lower case: "Nusra Front" is a group
_BEARING = re.compile(
    rf"^\s*,?\s*(?:{BEARING_DEGREE}\s+)?(?:\d+\s*(?:km|kilometres?|kilometers?|miles?)\s+)?"
    rf"(?:{COMPASS}(?:ern)?\s+(?:of|parts\s+of)|near|outside|close\s+to)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SECOND_END = NeedledPattern(
    rf"\bbetween\s+(?:the\s+)?(?:{_KIND_OF}\s+of\s+)?[A-Z][\w'’\- ]{{1,40}}\s+and\s+(?:the\s+)?$"
)
_BEARING_AFTER = re.compile(
    r"\s*,?\s*(?:\d+\s*(?:km|kilometres?|kilometers?)\s+)?"
    rf"(?:{COMPASS}(?:ern)?\s+of|near|outside|close\s+to)\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)
_MEASURED = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s*(?:km|kilomet(?:re|er)s?)\s+(?:\w+\s+)?(?:of|from)\s+(?:the\s+)?"
    rf"(?:{_KIND_OF}\s+of\s+)?$",
    re.IGNORECASE,
)


def take_spans(text: str, places: list[PlaceMention]) -> tuple[list[PlaceMention], list[PlaceMention]]:
    """Split off the ends of "between A and B" and "A-B road" spans: the remaining places,
    and one place per span."""
    rest: list[PlaceMention] = []
    spans: list[PlaceMention] = []
    i = 0
    while i < len(places):
        pair = places[i:i + 2]
        kind = _span_kind(text, pair) if len(pair) == 2 else None
        if kind is None:
            rest.append(places[i])
            i += 1
            continue
        spans.append(_span_place(text, pair[0], pair[1], kind))
        i += 2
    return rest, spans


def bearing_instead_of_road(text: str, places: list[PlaceMention], chosen: list[PlaceMention]) -> list[PlaceMention]:
    """"on the Khanasir road, north of Ithriya": the bearing's place, not the road."""
    if not chosen or any((p.place.feature or "") != "road" for p in chosen):
        return chosen
    after = places.index(chosen[-1]) + 1
    if after < len(places) and _BEARING.match(text[chosen[-1].end:places[after].start]):
        return [places[after]]
    return chosen


def axis_ends(text: str, first: PlaceMention, second: PlaceMention) -> bool:
    """"on the Morek-Lahaya axis", "the Tafas–Sheikh Maskin front": two places joined by a
    dash and named a front (``data/places/front_line_words.txt``) are its ends,
    and the fighting reported on it is at both, so they are listed together; a road between
    two places is one span instead (``take_spans``)."""
    return bool(_AXIS_JOIN.match(text[first.end:second.start]) and _AXIS_AFTER.match(text, second.end))


def measured_from(text: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """"10 km east of X": X, at precision 2 (3 when farther than UCDP's ~25 km)."""
    out = []
    for p in places:
        m = _MEASURED.search(text[max(0, p.start - 40):p.start])
        if m and p.place.lat is not None:
            precision = AROUND_PRECISION if float(m.group("n")) <= NEAR_KM else DISTRICT_PRECISION
            place = p.place.model_copy(update={"precision": max(p.place.precision or 1, precision)})
            out.append(PlaceMention(p.start, p.end, p.mention, place))
    return out


def locates_another(text: str, place: PlaceMention) -> bool:
    """An end of "between X and Y", or a road a bearing follows ("the X road, north of Z")."""
    before = text[max(0, place.start - 80):place.start]
    if _BETWEEN.search(before) or _SECOND_END.search(before):
        return True
    return (place.place.feature or "") == "road" and bool(_BEARING_AFTER.match(text[place.end:place.end + 40]))


def _span_kind(text: str, pair: list[PlaceMention]) -> str | None:
    first, second = pair
    before, gap = text[max(0, first.start - 40):first.start], text[first.end:second.start]
    if _ROAD_JOIN.match(gap) and _ROAD_WORD.search(second.mention):
        return "road"
    if _AND.match(gap) and _BETWEEN.search(before):
        return "road" if _ROAD_BETWEEN.search(before) else "between"
    return None


def _span_place(text: str, first: PlaceMention, second: PlaceMention, kind: str) -> PlaceMention:
    a, b = first.place, second.place
    names = f"{a.name}–{_ROAD_WORD.sub('', b.name)}"
    name = f"{names} road" if kind == "road" else f"{SPAN_PREFIX}{a.name} and {b.name}"
    point = midpoint(a, b, LINEAR_PRECISION)
    lat, lon, precision = point or (None, None, None)
    if kind == "road" and point is not None:
        precision = LINEAR_PRECISION  # a road runs its whole length, however short
    same = a.admin1 if a.admin1 == b.admin1 else None
    place = Place(name=name, mention=text[first.start:second.end], lat=lat, lon=lon, admin1=same,
                  country=a.country if a.country == b.country else None,
                  feature="road" if kind == "road" else "area", precision=precision)
    return PlaceMention(first.start, second.end, place.mention, place)
