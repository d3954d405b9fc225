"""Choosing the place a toponym means, using the rest of the report.

Namesakes are many ("Al-Tayba" is a village in half the governorates), so a
candidate is scored on what the report itself says: the governorates it names
(the dateline most of all), the places named elsewhere in it that are unambiguous,
and then the candidate's own weight (Syrian, populated, spelled exactly as written).
A name never counts as evidence for itself: all mentions of one name in a report are
resolved together, once (the same name in one report is one place), against anchors
de-duplicated by point, so a report repeating names thousands of times costs what its
distinct names cost.  A village far from everything else
the report talks about is left unplaced rather than put on a far-away namesake: an
unresolved toponym is honest, a wrong point is not.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .builtin import divided_governorates, is_governorate_capital, neighbouring_governorates, related_governorates
from .geo import km_between
from .index import SITE_FEATURES
from .normalize import fold, light_key, usable_vowel_key, vowel_key
from .record import GazetteerPlace
from .recognise import RawMention

FAR_KM = 150.0  # farther than this from all the report's anchors: doubtful
NEAR_KM = 50.0
SUPPORTED_SIMILARITY = 65
_SETTLEMENT_CUES = frozenset({"village", "town", "city"})
THIN_CONFIDENCE = 0.6  # a namesake chosen with nothing in the report to back it
TWIN_CONFIDENCE = 0.9  # another romanisation of the same name: nearly as sure as the spelling itself
UNSUPPORTED_SIMILARITY = 80
CLOSE_KM = 30.0
SENTENCE_KM = 80.0  # a sound-alike village is believed only this close to another place of the report
FOREIGN_CITY = 100_000  # a foreign place this big may be named without its country
WORLD_CITY = 1_000_000  # ... and this big, even right beside a Syrian place ("from Mosul in Raqqa")
SMALL_PLACE = 10_000
MAJOR_CITY = 100_000  # a city this big is what its name means, whatever cue word follows
USER_SOURCE = "user"
LISTED_TOWNS = "geonames-cities500"
QUARTER_LIKE = frozenset({"neighbourhood", "street", "road"})  # what a quarter's namesake in its own city is
_NATURAL_AREAS = frozenset({"region", "desert", "mountain", "valley"})  # no city has them as a quarter
# Cue words that host a small place's name ("X village", "X base"); roads are named after
# the cities they lead to ("the Raqqa highway"), so "road" is not one of them.
HOST_FEATURES = frozenset({"village", "neighbourhood", "military_site", "dam", "crossing", "camp", "mountain"})
DATELINE_SENTENCES = 2
# Places that span governorates or contain them: being "in" one says nothing against them.
SPANNING_FEATURES = frozenset({"country", "admin1", "admin2", "region", "river", "desert", "mountain", "valley",
                                "lake", "road"})


@dataclass(frozen=True)
class Anchor:
    """An unambiguous point the report names, with the mentions and sentences naming it."""

    lat: float
    lon: float
    mentions: frozenset[int]
    sentences: frozenset[int]

    def other_than(self, exclude: frozenset[int]) -> bool:
        return not self.mentions <= exclude


@dataclass(frozen=True)
class ResolutionContext:
    """What the whole report says about where it is; values carry the mention they come from."""

    admin1: dict[str, frozenset[int]]
    dateline_admin1: dict[str, frozenset[int]]
    anchors: tuple[Anchor, ...]
    countries: frozenset[str]
    attached: dict[int, frozenset[int]] = field(default_factory=dict)
    qualified_by: dict[int, int] = field(default_factory=dict)  # "X in Y", "X north of Y": X -> Y
    placed_in: dict[int, tuple[int, ...]] = field(default_factory=dict)  # "X in Y and Z countryside": X -> Y, Z
    governorates: dict[int, str] = field(default_factory=dict)  # "Homs province", "Idlib", "Homs city": mention -> its governorate
    # "X ... in the western countryside of Raqqa province": mention -> the governorates its clause
    # names with a cue word that no other place of the clause takes as its own qualifier
    clause_governorates: dict[int, frozenset[int]] = field(default_factory=dict)


def document_context(mentions: list[RawMention], countries_named: Set[str] = frozenset(),
                     attached: dict[int, frozenset[int]] | None = None,
                     qualified_by: dict[int, int] | None = None,
                     placed_in: dict[int, tuple[int, ...]] | None = None,
                     seats: Set[int] = frozenset(),
                     clause_governorates: dict[int, frozenset[int]] | None = None) -> ResolutionContext:
    """Collect the unambiguous evidence of the report before resolving the ambiguous;
    ``attached`` gives, for a mention, the mentions written right beside it in the same
    phrase ("Umm Kahf east of Daraa city"), which locate it.  ``seats`` are mentions that
    stand for a government ("the government in Damascus"): no evidence of where the report is."""
    admin1: dict[str, set[int]] = {}
    governorates: dict[int, str] = {}
    dateline: dict[str, set[int]] = {}
    points: dict[tuple[float, float], tuple[set[int], set[int]]] = {}
    countries = set(countries_named)
    for n, m in enumerate(mentions):
        places = [c.place for c in m.candidates if c.exact] if n not in seats else []
        admins = {p.admin1 for p in places if p.admin1 and p.country == "SY"}
        if len(admins) == 1:
            admin = admins.pop()
            admin1.setdefault(admin, set()).add(n)
            if m.context.admin or m.context.feature == "city" or any(p.feature == "admin1" for p in places):
                governorates[n] = admin
            if m.sentence < DATELINE_SENTENCES:
                dateline.setdefault(admin, set()).add(n)
        countries |= {p.country for p in places if p.feature == "country" and p.country}
        located = [p for p in places if p.has_point and p.feature not in ("country", "admin1")]
        if located and _all_close(located) and not m.context.admin:  # "Idlib province" is no point
            named, sentences = points.setdefault(located[0].point, (set(), set()))
            named.add(n)
            sentences.add(m.sentence)
    freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
    anchors = tuple(Anchor(lat, lon, frozenset(named), frozenset(sentences))
                    for (lat, lon), (named, sentences) in points.items())
    return ResolutionContext(freeze(admin1), freeze(dateline), anchors, frozenset(countries), attached or {},
                             qualified_by or {}, placed_in or {}, governorates, clause_governorates or {})


def admissible_candidates(mention: RawMention, ctx: ResolutionContext) -> bool:
    """Whether any candidate could be chosen at all (else the match was spurious)."""
    return any(_admissible(c.place, mention, ctx) for c in mention.candidates)


@dataclass(frozen=True)
class Resolution:
    """The chosen place and how sure the choice is (0-1): 1 for the very spelling in a
    report that supports it, less for a near spelling or a namesake with little support."""

    place: GazetteerPlace
    confidence: float


def choose(mention: RawMention, exclude: frozenset[int], ctx: ResolutionContext) -> Resolution | None:
    """The best candidate for a name whose mentions in the report are ``exclude``, or None."""
    scored = []
    for c in mention.candidates:
        if not _admissible(c.place, mention, ctx):
            continue
        s = score(c.place, c.exact, mention, exclude, ctx, c.near)
        if s is not None:
            scored.append((s, c.place.population, c.place.id, c.place, c.exact))
    if not scored:
        return None
    best = max(scored)
    runner_up = max((x[0] for x in scored if x[3].id != best[3].id), default=None)
    confidence = _confidence(best[3], best[4], mention, best[0], runner_up)
    if _guessed(best[3], [x[3] for x in scored], exclude, ctx):
        confidence = min(confidence, THIN_CONFIDENCE)
    return Resolution(best[3], confidence)


def _guessed(place: GazetteerPlace, admissible: list[GazetteerPlace], exclude: frozenset[int],
             ctx: ResolutionContext) -> bool:
    """The chosen namesake has a rival the report could mean (one of the ``admissible``,
    away from it) and nothing in the report backs it.  A city of ``MAJOR_CITY`` people is
    what its name means, whatever small namesake shares it ("Duma" is the Damascus suburb)."""
    return place.population < MAJOR_CITY and _away_from(place, admissible) and not _backed(place, exclude, ctx)


def _backed(place: GazetteerPlace, exclude: frozenset[int], ctx: ResolutionContext) -> bool:
    """A governorate or a country backs itself; any other place needs the report's support
    (``_supported``).  A namesake chosen without it (by its size or spelling alone) is a guess.
    The distance to the report's places is measured only when no governorate named backs it."""
    return place.feature in ("admin1", "country") or _named_elsewhere(ctx.admin1, place.admin1, exclude) \
        or _near(_nearest_anchor_km(place, exclude, ctx))


def _supported(in_report: bool, distance: float | None) -> bool:
    """The report itself says where the name is: another of its names names the place's
    governorate (``in_report``), or one of its places lies near it (``_near``)."""
    return in_report or _near(distance)


def _near(distance: float | None) -> bool:
    """One of the report's places lies within ``NEAR_KM`` (``distance`` to the nearest, if any)."""
    return distance is not None and distance < NEAR_KM


def _confidence(place: GazetteerPlace, exact: bool, mention: RawMention, best: float,
                runner_up: float | None) -> float:
    """Spelling likeness times a margin over the next namesake: two close namesakes halve it."""
    spelling = 1.0 if exact else (TWIN_CONFIDENCE if _spelling_twin(place, mention.name)
                                  else similarity(place, mention.name) / 100)
    margin = 1.0 if runner_up is None else min(1.0, 0.5 + (best - runner_up) / 4)
    return round(spelling * margin, 2)


def score(place: GazetteerPlace, exact: bool, mention: RawMention, exclude: frozenset[int],
          ctx: ResolutionContext, near: bool = False) -> float | None:
    """Higher is likelier; None rules the candidate out."""
    if place.country not in ("SY", None) and place.country not in ctx.countries and place.population < WORLD_CITY \
            and _beside_syria(exclude, ctx):
        return None  # "al-Sinaa in Damascus city" is a quarter of Damascus, not a town of Iraq
    s = 1.0 if exact else 0.0
    s += 0.3 if _spelled_alike(place, mention.name) else 0.0
    s += 0.5 if light_key(place.name) == light_key(mention.name) else 0.0  # its own name, not an old alias
    s += 2.0 if place.country == "SY" else (0.5 if place.country in ctx.countries else -1.0)
    s += math.log10(place.population + 1) / 3
    s += _feature_fit(place, mention)
    in_dateline = _named_elsewhere(ctx.dateline_admin1, place.admin1, exclude)
    in_report = _named_elsewhere(ctx.admin1, place.admin1, exclude)
    s += 2.0 if in_dateline else (1.0 if in_report else 0.0)
    distance = _nearest_anchor_km(place, exclude, ctx)
    supported = _supported(in_report, distance)
    twin = exact or _spelling_twin(place, mention.name, supported)
    s += 0.8 if twin and not exact else 0.0
    site_guess = near and _site_of_its_cue(place, mention)
    if not twin and not site_guess and not _sounds_close(place, mention.name, supported):
        return None
    if near and not supported and not site_guess:
        return None  # a near spelling is believed only where the report already is
    # cities500's unknown population is no sign of a hamlet only under the town's own name
    own_spelling = exact and _vouched(place, mention.name)
    if not exact and _is_small(place) and (distance is None or distance > CLOSE_KM) \
            and not _vouched_likeness(place, mention) and not (twin and in_report):
        return None  # a village that only sounds (or is spelled) like the name, with nothing near it
    # (another romanisation of a village of a governorate the report names is that village:
    # "Khanaser, southeast of Aleppo" is Khanasir, 60 km from the city)
    unique = exact and _one_place(mention) and not _located_elsewhere(place, exclude, ctx)
    if _needs_support(place, mention, own_spelling) and not supported and _other_governorates(ctx, exclude) \
            and not unique:
        return None  # the report is about other governorates: a namesake elsewhere
    if not _major(place) and _qualified_elsewhere(place, mention, exclude, ctx):
        return None  # "al-Masharfeh in the countryside of Homs" is not the Masharfeh of Aleppo
    if not _major(place) and _clause_names_elsewhere(place, mention, exclude, ctx):
        return None  # "Zakiyeh ... in the western countryside of Raqqa province" is no Zakiyah by Damascus
    if _is_small(place, own_spelling) and not unique and _far_from_its_sentence(place, mention, exclude, ctx):
        return None  # "al-Tayba north of Sukhnah" is not the Tayba 200 km away
    if _namesake_of_a_quarter(place, mention, exclude, ctx):
        return None  # "raids on Aleppo ... hit the Marjeh neighbourhood": not al-Marj by Damascus
    if distance is not None:
        if distance < NEAR_KM:
            s += 0.5 + 1.5 * (1 - distance / NEAR_KM)
            s += 1.0 if _near_in_sentence(place, mention, exclude, ctx) else 0.0
        elif distance > FAR_KM:
            if (_is_small(place, own_spelling) or not twin) and not in_report and not unique:
                return None  # far from the whole story: a namesake or a sound-alike
            s -= 1.0
    return s


def similarity(place: GazetteerPlace, name: str, names: tuple[str, ...] | None = None) -> float:
    """How alike ``name`` and the place's names look, letter for letter (0-100)."""
    light = light_key(name)
    return max(fuzz.ratio(light, light_key(n)) for n in (names or place.names))


def _spelling_twin(place: GazetteerPlace, name: str, supported: bool = True) -> bool:
    """Written with other vowels only ("Menbej" for Manbij): as good as the same spelling.
    Without support from the report, only the place's own name counts (a short old alias
    of a city is too easily some village's name)."""
    key = vowel_key(name)
    names = place.names if supported else (place.name,)
    return usable_vowel_key(key) and any(vowel_key(n) == key for n in names)


def _site_of_its_cue(place: GazetteerPlace, mention: RawMention) -> bool:
    """A site the name's own site word names ("Tabaqa air base", :meth:`Gazetteer.sites_named`):
    the site word vouches for the kind, the consonants for the name; the distance and qualifier
    checks still judge it as the guess it is."""
    return place.feature in SITE_FEATURES and mention.context.feature == place.feature


def _sounds_close(place: GazetteerPlace, name: str, supported: bool) -> bool:
    """A sound-alike must also look alike, more so when nothing in the report backs it:
    then it must look like the place's own name, not an old or foreign alias."""
    names = place.names if supported else (place.name,)
    return similarity(place, name, names) >= (SUPPORTED_SIMILARITY if supported else UNSUPPORTED_SIMILARITY)


def _other_governorates(ctx: ResolutionContext, exclude: frozenset[int]) -> bool:
    return any(mentions - exclude for mentions in ctx.admin1.values())


def _spelled_alike(place: GazetteerPlace, name: str) -> bool:
    """The very spelling (bar diacritics and case), not only the same key."""
    written = fold(name).replace("-", " ")
    return any(fold(n).replace("-", " ") == written for n in place.names)


def _far_from_its_sentence(place: GazetteerPlace, mention: RawMention, exclude: frozenset[int],
                           ctx: ResolutionContext) -> bool:
    """Places named in one sentence are near each other; a village far from all of them is not meant."""
    return _far_from_places_of(place, {mention.sentence}, exclude, ctx)


def _far_from_places_of(place: GazetteerPlace, sentences: Set[int], exclude: frozenset[int],
                        ctx: ResolutionContext) -> bool:
    """``place`` lies over ``SENTENCE_KM`` from every other place named in ``sentences`` (and
    they name one)."""
    distances = [km_between(*place.point, a.lat, a.lon) for a in ctx.anchors
                 if a.sentences & sentences and a.other_than(exclude)]
    return bool(distances) and min(distances) > SENTENCE_KM


def _namesake_of_a_quarter(place: GazetteerPlace, mention: RawMention, exclude: frozenset[int],
                           ctx: ResolutionContext) -> bool:
    """A name the words call a quarter ("the X neighbourhood") is a part of the city its story
    is told in: a region, valley or mountain of the name far from every place named in its
    sentence and the sentences either side (the story around it) is a namesake.  Towns and
    villages are left to the other rules ("the X district" may be a town's district)."""
    if mention.context.feature != "neighbourhood" or place.feature not in _NATURAL_AREAS or not place.has_point:
        return False
    return _far_from_places_of(place, {mention.sentence - 1, mention.sentence, mention.sentence + 1}, exclude, ctx)


def _near_in_sentence(place: GazetteerPlace, mention: RawMention, exclude: frozenset[int],
                      ctx: ResolutionContext) -> bool:
    return any(mention.sentence in a.sentences and a.other_than(exclude)
               and km_between(*place.point, a.lat, a.lon) < NEAR_KM for a in ctx.anchors)


def _named_elsewhere(evidence: dict[str, frozenset[int]], admin1: str | None, exclude: frozenset[int]) -> bool:
    """Another name of the report names this governorate, or its twin (Damascus and Rif Dimashq)."""
    if not admin1:
        return False
    return any(evidence.get(a, frozenset()) - exclude for a in (admin1, *related_governorates().get(admin1, ())))


def _admissible(place: GazetteerPlace, mention: RawMention, ctx: ResolutionContext) -> bool:
    """A foreign place needs its country named in the report, unless it is a big city
    and the words around it do not call it a village or a base; a city abroad that is not
    world-known also yields to a Syrian place spelled the same (the local reading, which
    resolution may still leave unplaced rather than cross the border).  A street is only
    ever a street or quarter the gazetteer knows."""
    if mention.context.feature == "street":  # "Baghdad Street" is in a city, named after another
        return place.feature in QUARTER_LIKE
    if place.country == "SY" or place.feature == "country":
        return True
    if place.country in ctx.countries:
        return True
    if place.population < WORLD_CITY and any(c.exact and c.place.country == "SY" for c in mention.candidates):
        return False
    return place.population >= FOREIGN_CITY and mention.context.feature not in HOST_FEATURES


def _feature_fit(place: GazetteerPlace, mention: RawMention) -> float:
    """Prefer the governorate for "X province/countryside", the town for "X town"."""
    wants_admin = mention.context.admin or _part_of_governorate(place, mention)
    if place.feature == "admin1":
        return 4.0 if wants_admin else -0.5
    if place.feature == "admin2":
        return -1.0
    if wants_admin:
        return -1.5
    return 0.3 if place.source == "curated" else 0.0


def _part_of_governorate(place: GazetteerPlace, mention: RawMention) -> bool:
    """"Eastern Deir Ezzor", "across Idlib": a part of the governorate, not of its capital (the
    city loses to the governorate as in "Idlib province", even where the report names the city
    elsewhere), but for the capitals reports split into parts of the city ("eastern Aleppo")."""
    if not mention.context.part or mention.context.feature is not None or place.admin1 in divided_governorates():
        return False
    return place.feature == "admin1" or is_governorate_capital(place.admin1, place.lat, place.lon)


def _nearest_anchor_km(place: GazetteerPlace, exclude: frozenset[int], ctx: ResolutionContext) -> float | None:
    if not place.has_point or place.feature in ("admin1", "country"):
        return None
    distances = [km_between(*place.point, a.lat, a.lon) for a in ctx.anchors if a.other_than(exclude)]
    return min(distances) if distances else None


def _needs_support(place: GazetteerPlace, mention: RawMention, exact: bool = False) -> bool:
    """Villages, and anything a cue word calls a village, base or dam, are too common a
    name to take from another governorate than the report's; places users added or
    resolved themselves are taken as meant.  A governorate or a city is no village's
    namesake: "the mountains of Latakia" and "Deir Ezzor airport" still name them."""
    if place.source == USER_SOURCE:
        return False
    hosted = mention.context.feature in HOST_FEATURES and not _major(place)
    return _is_small(place, exact) or hosted


def _major(place: GazetteerPlace) -> bool:
    return place.feature in ("admin1", "admin2") or place.population >= MAJOR_CITY


def _located_elsewhere(place: GazetteerPlace, exclude: frozenset[int], ctx: ResolutionContext) -> bool:
    """A place written beside the name puts it in another governorate ("Umm Kahf east of
    Daraa city" when the only Umm Kahf known is in Hasakah)."""
    beside = frozenset().union(*(ctx.attached.get(n, frozenset()) for n in exclude)) - exclude
    return any(mentions & beside for admin, mentions in ctx.admin1.items()
               if admin != place.admin1 and admin not in related_governorates().get(place.admin1 or "", ()))


def _qualified_elsewhere(place: GazetteerPlace, mention: RawMention, exclude: frozenset[int],
                         ctx: ResolutionContext) -> bool:
    """Every mention of the name is put inside a governorate ("X in the countryside of Homs",
    "X, Raqqa governorate") other than the candidate's (or its twin's), and the candidate has a
    rival: another place of the name elsewhere, or the named governorates do not even border
    the candidate's.  A town's only point, put in the governorate next door (a common slip on
    the Hama-Idlib border), is kept.  A country, a governorate or a region that spans several
    (a river, a desert) is no namesake; nor is a place a user added, or one of no known
    governorate (nothing says it lies elsewhere)."""
    named = _governorates_elsewhere(place, exclude, ctx, ctx.placed_in)
    if named is None:
        return False
    return not _borders_one(place, named) or _has_rival(place, mention)


def _clause_names_elsewhere(place: GazetteerPlace, mention: RawMention, exclude: frozenset[int],
                            ctx: ResolutionContext) -> bool:
    """Every mention of the name stands in a clause that names governorates with a cue word
    ("in the western countryside of Raqqa province", far from the name, past a road or a
    crossroads) and the candidate lies in none of them (nor a twin): it is a namesake when a
    place of the name lies in a named one, or when the candidate's governorate does not even
    border a named one (a point hundreds of km off; the name is better left unplaced).  Which
    governorates a clause names for the name is read from its words (``places._clause_governorates``)."""
    named = _governorates_elsewhere(place, exclude, ctx, ctx.clause_governorates)
    if named is None:
        return False
    if not _borders_one(place, named):
        return True
    return any(c.place.admin1 in named and c.place.feature not in SPANNING_FEATURES for c in mention.candidates)


def _governorates_elsewhere(place: GazetteerPlace, exclude: frozenset[int], ctx: ResolutionContext,
                            named_for: Mapping[int, Iterable[int]]) -> set[str] | None:
    """The governorates ``named_for`` gives every mention of the name (mention -> the mentions of
    governorates that locate it), when each mention has one and none is the candidate's own or
    its twin's; else None.  A place that spans governorates, a user's place and one of no known
    governorate are never put elsewhere."""
    if place.feature in SPANNING_FEATURES or place.source == USER_SOURCE or not place.admin1:
        return None
    named = {ctx.governorates.get(g) for n in exclude for g in named_for.get(n, (-1,))}
    if not named or None in named:
        return None
    own = place.admin1
    if any(admin == own or admin in related_governorates().get(own, ()) for admin in named):
        return None
    return {admin for admin in named if admin is not None}


def _borders_one(place: GazetteerPlace, governorates: Set[str]) -> bool:
    """Whether the candidate's governorate borders one of ``governorates``."""
    return any(admin in neighbouring_governorates().get(place.admin1 or "", ()) for admin in governorates)


def _has_rival(place: GazetteerPlace, mention: RawMention) -> bool:
    """Another candidate of the name lies away from ``place``: the report may mean that one."""
    return _away_from(place, [c.place for c in mention.candidates])


def _away_from(place: GazetteerPlace, others: list[GazetteerPlace]) -> bool:
    """One of ``others`` lies 15 km or more from ``place``: another place of the name."""
    if not place.has_point:
        return False
    return any(other.has_point and km_between(*place.point, *other.point) >= 15 for other in others)


def _beside_syria(exclude: frozenset[int], ctx: ResolutionContext) -> bool:
    """The report says the name is in or near a Syrian place ("X in Damascus city")."""
    qualifiers = {ctx.qualified_by[n] for n in exclude if n in ctx.qualified_by} - exclude
    return any(mentions & qualifiers for mentions in ctx.admin1.values())


def _one_place(mention: RawMention) -> bool:
    """The name, spelled as written, is one place's only (no namesake anywhere): a report
    naming other governorates too is a report of several clauses, not a hint that a
    namesake is meant ("raids on Jobar and clashes in the Raqqa countryside").  It must be
    the place's own name or a curated spelling: GeoNames' old alternates of a village
    ("Sijna" for a Suwayda village) are too often some other village's name."""
    exact = [c.place for c in mention.candidates if c.exact and c.place.has_point]
    return bool(exact) and _all_close(exact) and all(_vouched(p, mention.name) for p in exact)


def _vouched(place: GazetteerPlace, name: str) -> bool:
    """Spelled as the place's own name or a spelling Observatory's data adds: cities500's
    other alternates are old or foreign names, too often some other village's."""
    if place.source != LISTED_TOWNS:
        return True
    key = light_key(name)
    return any(light_key(n) == key for n in (place.name, *place.vouched_names))


def _vouched_likeness(place: GazetteerPlace, mention: RawMention) -> bool:
    """Another outlet's romanisation of a spelling Observatory's own data vouches for (a
    curated place, or an alias data/places/aliases.yaml adds to a GeoNames town): the same
    consonants in the same order, other vowels ("Shekh Maqsoud"), and not contradicted by
    the cue word ("Sheikh Saed town" is no quarter of Aleppo).  GeoNames' own names of
    villages are left out: without the report's support a twin of one is as likely another
    village that cities500 lacks."""
    key = vowel_key(mention.name)
    if not usable_vowel_key(key) or (mention.context.feature in _SETTLEMENT_CUES and place.feature == "neighbourhood"):
        return False
    names = place.vouched_names if place.source == LISTED_TOWNS else place.names
    return any(vowel_key(n) == key for n in names)


def _is_small(place: GazetteerPlace, exact: bool = False) -> bool:
    """A village or neighbourhood: a common name, likely to have namesakes.  cities500
    lists only places of 500 people or more and has no figure for most Syrian ones, so a
    missing population there is not evidence of a hamlet (Tall Abyad, As Sukhnah) when the
    report spells its name; a sound-alike of it is still judged as a village."""
    if exact and place.source == LISTED_TOWNS and place.population == 0:
        return False
    return place.population < SMALL_PLACE and place.feature in ("village", "town", "neighbourhood")


def _all_close(points: list[GazetteerPlace]) -> bool:
    first = points[0]
    return all(km_between(*first.point, *p.point) < 15 for p in points[1:])
