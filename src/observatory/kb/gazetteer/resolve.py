"""Choosing the place a toponym means, using the rest of the report.

Namesakes are many ("Al-Tayba" is a village in half the governorates), so a
candidate is scored on what the report itself says: the governorates it names
(the dateline most of all), the places named elsewhere in it that are unambiguous,
and then the candidate's own weight (Syrian, populated, spelled exactly as written).
A mention never counts as evidence for itself.  A village far from everything else
the report talks about is left unplaced rather than put on a far-away namesake: an
unresolved toponym is honest, a wrong point is not.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rapidfuzz import fuzz

from .builtin import related_governorates
from .geo import km_between
from .normalize import fold, light_key
from .record import GazetteerPlace
from .recognise import RawMention

FAR_KM = 150.0  # farther than this from all the report's anchors: doubtful
NEAR_KM = 50.0
SUPPORTED_SIMILARITY = 65
UNSUPPORTED_SIMILARITY = 80
CLOSE_KM = 30.0
SENTENCE_KM = 80.0  # a sound-alike village is believed only this close to another place of the report
FOREIGN_CITY = 100_000  # a foreign place this big may be named without its country
SMALL_PLACE = 10_000
USER_SOURCE = "user"
HOST_FEATURES = frozenset({"village", "neighbourhood", "military_site", "dam", "crossing", "road", "camp", "mountain"})
DATELINE_SENTENCES = 2


@dataclass(frozen=True)
class Anchor:
    lat: float
    lon: float
    mention: int
    sentence: int


@dataclass(frozen=True)
class ResolutionContext:
    """What the whole report says about where it is; values carry the mention they come from."""

    admin1: dict[str, frozenset[int]]
    dateline_admin1: dict[str, frozenset[int]]
    anchors: tuple[Anchor, ...]
    countries: frozenset[str]


def document_context(mentions: list[RawMention], countries_named: set[str] = frozenset()) -> ResolutionContext:
    """Collect the unambiguous evidence of the report before resolving the ambiguous."""
    admin1: dict[str, set[int]] = {}
    dateline: dict[str, set[int]] = {}
    anchors: list[Anchor] = []
    countries = set(countries_named)
    for n, m in enumerate(mentions):
        places = [c.place for c in m.candidates if c.exact]
        admins = {p.admin1 for p in places if p.admin1 and p.country == "SY"}
        if len(admins) == 1:
            admin = admins.pop()
            admin1.setdefault(admin, set()).add(n)
            if m.sentence < DATELINE_SENTENCES:
                dateline.setdefault(admin, set()).add(n)
        countries |= {p.country for p in places if p.feature == "country" and p.country}
        points = [p for p in places if p.has_point and p.feature not in ("country", "admin1")]
        if points and _all_close(points) and not m.context.admin:  # "Idlib province" is no point
            anchors.append(Anchor(points[0].lat, points[0].lon, n, m.sentence))
    freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
    return ResolutionContext(freeze(admin1), freeze(dateline), tuple(anchors), frozenset(countries))


def admissible_candidates(mention: RawMention, ctx: ResolutionContext) -> bool:
    """Whether any candidate could be chosen at all (else the match was spurious)."""
    return any(_admissible(c.place, mention, ctx) for c in mention.candidates)


def choose(mention: RawMention, index: int, ctx: ResolutionContext) -> GazetteerPlace | None:
    """The best candidate for the ``index``-th mention of the report, or None."""
    scored = []
    for c in mention.candidates:
        if not _admissible(c.place, mention, ctx):
            continue
        s = score(c.place, c.exact, mention, index, ctx)
        if s is not None:
            scored.append((s, c.place.population, c.place.id, c.place))
    return max(scored)[3] if scored else None


def score(place: GazetteerPlace, exact: bool, mention: RawMention, index: int, ctx: ResolutionContext) -> float | None:
    """Higher is likelier; None rules the candidate out."""
    s = 1.0 if exact else 0.0
    s += 0.3 if _spelled_alike(place, mention.name) else 0.0
    s += 2.0 if place.country == "SY" else (0.5 if place.country in ctx.countries else -1.0)
    s += math.log10(place.population + 1) / 3
    s += _feature_fit(place, mention)
    in_dateline = _named_elsewhere(ctx.dateline_admin1, place.admin1, index)
    in_report = _named_elsewhere(ctx.admin1, place.admin1, index)
    s += 2.0 if in_dateline else (1.0 if in_report else 0.0)
    distance = _nearest_anchor_km(place, index, ctx)
    supported = in_report or (distance is not None and distance < NEAR_KM)
    if not exact and not _sounds_close(place, mention.name, supported):
        return None
    if not exact and _is_small(place) and (distance is None or distance > CLOSE_KM):
        return None  # a village that only sounds like the name, with nothing near it
    if _needs_support(place, mention) and not supported and _other_governorates(ctx, index):
        return None  # the report is about other governorates: a namesake elsewhere
    if _is_small(place) and _far_from_its_sentence(place, mention, index, ctx):
        return None  # "al-Tayba north of Sukhnah" is not the Tayba 200 km away
    if distance is not None:
        if distance < NEAR_KM:
            s += 0.5 + 1.5 * (1 - distance / NEAR_KM)
            s += 1.0 if _near_in_sentence(place, mention, index, ctx) else 0.0
        elif distance > FAR_KM:
            if (_is_small(place) or not exact) and not in_report:
                return None  # far from the whole story: a namesake or a sound-alike
            s -= 1.0
    return s


def _sounds_close(place: GazetteerPlace, name: str, supported: bool) -> bool:
    """A sound-alike must also look alike, more so when nothing in the report backs it:
    then it must look like the place's own name, not an old or foreign alias."""
    key = light_key(name)
    names = place.names if supported else (place.name,)
    best = max(fuzz.ratio(key, light_key(n)) for n in names)
    return best >= (SUPPORTED_SIMILARITY if supported else UNSUPPORTED_SIMILARITY)


def _other_governorates(ctx: ResolutionContext, index: int) -> bool:
    return any(mentions - {index} for mentions in ctx.admin1.values())


def _spelled_alike(place: GazetteerPlace, name: str) -> bool:
    """The very spelling (bar diacritics and case), not only the same key."""
    written = fold(name).replace("-", " ")
    return any(fold(n).replace("-", " ") == written for n in place.names)


def _far_from_its_sentence(place: GazetteerPlace, mention: RawMention, index: int, ctx: ResolutionContext) -> bool:
    """Places named in one sentence are near each other; a village far from all of them is not meant."""
    distances = [km_between(place.lat, place.lon, a.lat, a.lon) for a in ctx.anchors
                 if a.sentence == mention.sentence and a.mention != index]
    return bool(distances) and min(distances) > SENTENCE_KM


def _near_in_sentence(place: GazetteerPlace, mention: RawMention, index: int, ctx: ResolutionContext) -> bool:
    return any(a.sentence == mention.sentence and a.mention != index
               and km_between(place.lat, place.lon, a.lat, a.lon) < NEAR_KM for a in ctx.anchors)


def _named_elsewhere(evidence: dict[str, frozenset[int]], admin1: str | None, index: int) -> bool:
    """Another mention names this governorate, or its twin (Damascus and Rif Dimashq)."""
    if not admin1:
        return False
    return any(evidence.get(a, frozenset()) - {index} for a in (admin1, *related_governorates().get(admin1, ())))


def _admissible(place: GazetteerPlace, mention: RawMention, ctx: ResolutionContext) -> bool:
    """A foreign place needs its country named in the report, unless it is a big city
    and the words around it do not call it a village or a base."""
    if place.country == "SY" or place.feature == "country":
        return True
    if place.country in ctx.countries:
        return True
    return place.population >= FOREIGN_CITY and mention.context.feature not in HOST_FEATURES


def _feature_fit(place: GazetteerPlace, mention: RawMention) -> float:
    """Prefer the governorate for "X province/countryside", the town for "X town"."""
    wants_admin = mention.context.admin
    if place.feature == "admin1":
        return 4.0 if wants_admin else -0.5
    if place.feature == "admin2":
        return -1.0
    if wants_admin:
        return -1.5
    return 0.3 if place.source == "curated" else 0.0


def _nearest_anchor_km(place: GazetteerPlace, index: int, ctx: ResolutionContext) -> float | None:
    if not place.has_point or place.feature in ("admin1", "country"):
        return None
    distances = [km_between(place.lat, place.lon, a.lat, a.lon) for a in ctx.anchors if a.mention != index]
    return min(distances) if distances else None


def _needs_support(place: GazetteerPlace, mention: RawMention) -> bool:
    """Villages, and anything a cue word calls a village, base or dam, are too common a
    name to take from another governorate than the report's; places users added or
    resolved themselves are taken as meant."""
    if place.source == USER_SOURCE:
        return False
    return _is_small(place) or mention.context.feature in HOST_FEATURES


def _is_small(place: GazetteerPlace) -> bool:
    return place.population < SMALL_PLACE and place.feature in ("village", "town", "neighbourhood")


def _all_close(points: list[GazetteerPlace]) -> bool:
    first = points[0]
    return all(km_between(first.lat, first.lon, p.lat, p.lon) < 15 for p in points[1:])
