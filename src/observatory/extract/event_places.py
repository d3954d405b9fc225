"""Where an event happened: the places its trigger points at, and the report's main place.

Long report sentences name several places for different things ("helicopters dropped
barrel bombs on X, while clashes continue on the outskirts of Y, 20 km from Z"); an
event takes the place list nearest its trigger, never a place only named to locate
another one ("40 km from Homs", "X in Idlib province", "pro-Damascus media").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from spacy.tokens import Token

from observatory.extract import place_relations as relations
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.control_syntax import word_at
from observatory.extract.triggers import load_lexicon
from observatory.extract.places import GOVERNORATE_PRECISION, QUALIFIER_GAP, PlaceMention, is_dateline
from observatory.extract.site_words import one_of, words
from observatory.nlp.caseless import CaselessPattern, holds_any
from observatory.models import Place
from observatory.kb.place_nouns import alternation, place_nouns
from observatory.kb.gazetteer.cues import COMPASS
from observatory.kb.gazetteer.builtin import governorate_ids, governorate_points, is_governorate_capital, \
    related_governorates
from observatory.kb.gazetteer.geo import km_between
from observatory.kb.gazetteer.index import SITE_FEATURES
from observatory.kb.gazetteer.normalize import light_key
from observatory.kb.gazetteer.lexicon import person_cues

COARSE_FEATURES = {"admin1", "admin2", "region", "country", "governorate", "district"}
# A place only named to say where another is ("40 km from Homs", "fired from X").
_REFERENCE_BEFORE = CaselessPattern(
    r"(?:\b(?:km|kilometers?|kilometres?|miles?)\)?\s+(?:\w+\s+){0,2}(?:of|from)"
    r"|\b(?:fired|launched|coming|came|fled|flee|fleeing|displaced|headed|heading|travell?ing|moving|arriving)\s+from"
    r"|\b(?:evacuated|bussed|relocated|deported|head(?:ed|ing)?)"
    r"\s+to|\bleav(?:e|es|ing) for|\bleft for|\bbound for|\bhead(?:ed|ing)? for|\ben route to"
    r"|\bon (?:their|its|the) way to"
    r"|\blinking\s+(?:\w+\s+){0,4}(?:with|to)"
    r"|\bthe road to)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$")
# "pro-Damascus media", "blamed on Ankara", "cooperates with Damascus": the government, not the city.
_ADJECTIVAL_BEFORE = CaselessPattern(
    r"(?:(?:pro|anti)-|\bblamed? on\s+|\bblames on\s+"
    r"|\b(?:cooperat\w+|talks|ties|relations|negotiat\w+|reconcil\w+|sid(?:e|es|ed|ing)|allied|aligned) with\s+"
    r"|\b(?:loyal|allied) to\s+)$")
_ADJECTIVAL_AFTER = re.compile(
    r"^(?:-(?:backed|based|led|allied|affiliated|aligned)\b|\s+(?:ally|allies|government|authorities|officials"
    r"|governor|mayor|council|health directorate|police command)\b)",
    re.IGNORECASE,
)
# "Damascus denied", "Ankara said": a capital speaking for its government.  "claimed" only as
# a word of saying: "an air strike on Saraqib claimed the lives of 8 people" is a toll at Saraqib.
_SPEAKS_AFTER = re.compile(
    r"^\s+(?:has\s+|had\s+)?(?:said|says|denied|denies|blamed|"
    r"blames|accused|accuses|rejected|rejects|announced|claimed(?!\s+(?:the\s+)?(?:\w+\s+)?lives\b)"
    r"|insisted|warned|refuted)\b",
    re.IGNORECASE,
)
_SPEAKS_REACH = 40  # characters after a place read for its verb of saying (and what follows "claimed")
# "a security source in X confirmed": X is where the speaker sits (data/places/site_words.yaml, speaker).
_SPEAKER_BEFORE = CaselessPattern(
    rf"\b{one_of(words('speaker'))}\s+(?:in|from)\s+(?:the\s+)?(?:(?:{alternation('kind_of')})\s+of\s+)?$")
# "buses carrying evacuees from the besieged towns of X": where people came from (site_words.yaml, origin_people).
_ORIGIN_BEFORE = CaselessPattern(
    rf"\b(?:{one_of(words('origin_people', 'nouns'))}\s+(?:people\s+|families\s+)?|{one_of(words('origin_people', 'carrying'))}\s+(?:[\w'’\-]+\s+){{1,3}}?)"
    rf"from\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,2}}?(?:(?:{alternation('kind_of')})\s+of\s+)?$"
    rf"|\b{one_of(words('origin_people', 'leaving'))}\s+(?:the\s+)?(?:(?:{alternation('kind_of')})\s+of\s+)?$")
# "residents of the besieged towns of X", "evacuating residents of X": an origin when the same
# people are told on the move (``carried``, or ``_OWN_JOURNEY`` after X).
_RESIDENTS_BEFORE = CaselessPattern(
    rf"\b(?:(?P<carried>{one_of(words('origin_people', 'carrying'))})\s+)?"
    rf"{one_of(words('origin_people', 'residents'))}\s+of\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,2}}?"
    rf"(?:(?:{alternation('kind_of')})\s+of\s+)?$")
# "... of X died when gunmen attacked their buses", "... of X who were fleeing": X's own people travel.
_OWN_JOURNEY = CaselessPattern(rf"\b{one_of(words('origin_people', 'own_journey'))}\b")
# "in the town", "the city's market": a settlement told again, most often the origin itself.
_SETTLEMENT_TOLD_AGAIN = CaselessPattern(rf"\bthe\s+(?:{alternation('settlement')})\b(?!\s+of\b)")
_ADMIN_UNITS = {"admin1", "admin2", "governorate", "district"}
# "in the province", "battered the northwest province": a governorate named again without its
# name (the nouns data/places/place_nouns.yaml gives the feature admin1); not "the province of X"
# nor "the province's governor", who speaks for it.
_AREA_TOLD_AGAIN = CaselessPattern(
    rf"\b(?:the|this|that)\s+(?:{COMPASS}(?:ern)?\s+)?"
    rf"{one_of(tuple(n.word for n in place_nouns() if n.feature == 'admin1'))}\b(?!\s+of\b|['’]s\b)")
QUARTER_FEATURES = {"neighbourhood"}  # a part of a city (data/places/place_nouns.yaml)
# What a report calls a settlement, one the gazetteer may lack ("the town of X", "the village of Y").
SETTLEMENT_FEATURES = {"village", "town"}
# "Aleppo city", "the city of Aleppo": a capital so named is the city itself, not its governorate.
CITY_WORD = re.compile(r"\bcity$", re.IGNORECASE)
CITY_OF = re.compile(r"\bcity\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_WORD_START = re.compile(r"\b\w")
CITY_KM = 10.0  # a place closer to a capital's point is in or beside the city
_BEARING_WORD = re.compile(r"\b(?:north|south|east|west|near|outside|km|kilomet)", re.IGNORECASE)
# Between two places of one phrase there is no conjunction introducing another clause
# ("such as" gives examples of the places before it: "villages of Idlib such as X").
_CLAUSE_BREAK = re.compile(r"[;.:!?…]|\band\b(?!\s+(?:in|on|at)\b)|\bwhile\b|(?<!such\s)\bas\b", re.IGNORECASE)
_PLACE_REACH = 100  # characters after a trigger within which "its" place is looked for
_PLACE_REACH_FAR = 250  # farthest a place may be from the trigger when none is close after it
_SEAT_REACH = 300  # characters before a speaker's seat read for the event's own site
# "a source in X said ... in the city": the report refers back to the seat, so X is the site.
_SEAT_NAMED_AGAIN = CaselessPattern(rf"\bthe\s+(?:{alternation('settlement')})\b")
# A trigger-less sentence speaking of an event: a toll, a strike or a landing (site_words.yaml, event_words).
_EVENT_WORD = re.compile(
    rf"\b{one_of(words('event_words'), words('told_site', 'verbs'), words('toll', 'joined_verbs'))}\b", re.IGNORECASE)
# "the wounded were taken to a hospital in X": where the event's dead or hurt went (site_words.yaml, aftermath).
_AFTERMATH_WORD = re.compile(rf"\b{one_of(words('aftermath'))}\b", re.IGNORECASE)
_STRIKE_WORD = re.compile(rf"\b{one_of(words('told_site', 'verbs'))}\b", re.IGNORECASE)
# The words of striking a trigger-less sentence lists sites after, or "near X" hangs on (site_words.yaml).
_STRIKING = frozenset(words('told_site', 'verbs') + words('event_words') + words('site', 'strikes'))
_LISTS_SITES = re.compile(rf"\b{one_of(tuple(_STRIKING))}\b", re.IGNORECASE)
_NEAR_HEADS = _STRIKING | frozenset(words('told_site', 'near_heads'))
# ``_NEAR_HEADS`` as substrings, asked of a sentence before it is parsed (``_near_a_strike``, whose
# walk up the parse succeeds only at a word of them).  A necessary condition: a parsed word is a
# stretch of the sentence, and lower-casing a stretch gives a stretch of the lower-cased sentence.
# It saves the parse (tens of ms for a long sentence of a real report) of most "near X"
# sentences that tell of shelters, homes or origins rather than strikes.
_NEAR_HEAD_WORDS = tuple(sorted(_NEAR_HEADS))
_NEAR_REACH = 4  # links climbed from "near" through what was struck ("dropped on a camp near X")
_STRUCK_LINKS = frozenset({"pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos", "compound"})
_LOCATIVE_REACH = 45  # characters before a place read for "in the opposition-controlled town of"
_LOCATIVE_BEFORE = CaselessPattern(
    rf"\b(?:in|into|on|at|near|of|around|inside|{one_of(words('site', 'strikes'))})\s+(?:the\s+)?"
    rf"(?:(?:{one_of(words('site', 'held'))}|{COMPASS}ern)\s+)?"
    rf"(?:(?:{alternation('kind_of')}|countryside)\s+of\s+)?$",
)
# A place introduced as a site of the event itself, not as a bearing or a qualifier.
_BEARING_ADJECTIVE = rf"(?:{COMPASS}ern\s+)"  # "the southwestern district of X"


def _site_pattern(*leads: tuple[str, ...]) -> re.Pattern[str]:
    """"in the besieged town of X", "hit the southern district of X": a lead word, then who
    holds the place or where it lies, then its kind; what follows is the site."""
    return re.compile(rf"\b{one_of(*leads)}\s+(?:the\s+)?(?:{one_of(words('site', 'held'))}\s+)?"
                      rf"{_BEARING_ADJECTIVE}?(?:{alternation('kind_of')}\s+of\s+)?$", re.IGNORECASE)


_SITE_BEFORE = _site_pattern(words("site", "prepositions"), words("site", "strikes"))
# "targeted the X neighbourhood with four mortar shells": the trigger is the weapon, told
# after the place it struck; "with" and a few words (a count, "a number of") lie between.
_INSTRUMENT_BEFORE = re.compile(r"\bwith\s+(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)
_STRUCK_BEFORE = _site_pattern(words("site", "strikes"))
_SITE_OR_NEAR_BEFORE = _site_pattern(words("site", "prepositions"), words("site", "strikes"), ("near",))
# "hit X on Monday, coinciding with air strikes on Y", "hit X, a coastal town, in tandem with bombings in Y":
# a comma or a joining word ends the weapon's reach (site_words.yaml, not_weapon).
_NOT_WEAPON_GAP = re.compile(rf",|\b{one_of(words('not_weapon'))}\s+with\b", re.IGNORECASE)
_INSTRUMENT_REACH = 60  # characters from the struck place to its weapon
# "in the besieged rebel enclave outside X": X locates the enclave (data/places/site_words.yaml, landmark).
_LANDMARK_BEFORE = CaselessPattern(
    rf"\b{one_of(words('landmark', 'nouns'))}\s+{one_of(words('landmark', 'bearings'))}\s+(?:the\s+)?$")
# A toll's own site: "killed in X", "died near the town of X" (no strike verb: a toll is no
# attack), or a place a noun introduces after any word but an origin's or a destination's
# ("killed as they tried to enter the villages of X and Y"; not "fighters from the town of X").
TOLL_SITE_BEFORE = re.compile(
    rf"{_site_pattern(words('site', 'prepositions'), words('toll', 'prepositions')).pattern}"
    rf"|\b(?!{one_of(words('toll', 'not_named'))}\s)[\w'’\-]+\s+the\s+(?:{one_of(words('site', 'held'))}\s+)?"
    rf"{_BEARING_ADJECTIVE}?(?:{alternation('kind_of')})\s+of\s+$", re.IGNORECASE)
# A later sentence telling where an already told event struck: "the strikes hit the village
# of X", "the clinic in the Islamic State group-dominated town of X", "the car blew up on the
# western edge of the town of X" (names and hyphenated words may describe the town; plain
# words would reach back into another phrase).
_TOLD_SITE_BEFORE = re.compile(
    rf"\b(?:{one_of(words('told_site', 'prepositions'), words('told_site', 'verbs'))}|(?P<near>{one_of(words('told_site', 'near'))}))"
    rf"\s+(?:the\s+)?"
    rf"(?:{_BEARING_ADJECTIVE}?{one_of(words('part_of_place'))}\s+of\s+(?:the\s+)?)?"
    rf"(?:(?:(?-i:[A-Z])[\w'’\-]*\s+|[\w'’]+-[\w'’\-]+\s+|{_BEARING_ADJECTIVE}){{0,3}}"
    rf"(?:{alternation('kind_of')})\s+of\s+)?$",
    re.IGNORECASE,
)
# "X, Y and Z", "X as well as Y", "X and nearby Y", "rural X and rural Y", "X and its
# countryside and Y", "X and in the vicinity of Y".
_LIST_JOIN = re.compile(
    r"^\s*(?:,\s*|\s)(?:and\s+its\s+(?:countryside|outskirts|surroundings|suburbs|environs)\s*,?\s*)?"
    r"(?:(?:and|or|&|as\s+well\s+as|in\s+addition\s+to|along\s+with)\s+)?"
    r"(?:(?:the\s+)?(?:nearby|neighbou?ring|adjacent)\s+)?(?:in\s+|on\s+|at\s+)?(?:the\s+)?"
    rf"(?:{alternation('kind_of')}\s+of\s+|{alternation('admin_before')}\s+)?$|^\s*$",
    re.IGNORECASE,
)
# "the eastern countryside of X and the southern countryside of Y", "the villages of X and the
# western side of Y": after a joining word only ("X in the countryside of Y" says where X is, a
# qualifier), and not when Y is the subject of a new clause ("... and the province of Y remained calm").
_AND_PART_OF = re.compile(
    rf"^\s*,?\s*(?:and|&|as\s+well\s+as)\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?{_BEARING_ADJECTIVE}?"
    rf"(?:{alternation('kind_of')}|{alternation('admin_of')}|{alternation('around_of')}"
    rf"|{one_of(words('part_of_place'))})\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_VERB_AFTER = re.compile(rf"^\s+(?:[\w'’-]+\s+){{0,2}}{one_of(words('site', 'clause_verbs'))}\b", re.IGNORECASE)
# Who holds a place or where it lies, between its owner's name and its own: "Idlib's rebel-held
# X", "Hama's northern X", "the Aleppo city's central district of X".
_HELD_OR_BEARING = rf"(?:(?:{one_of(words('site', 'held'))}|{COMPASS}(?:ern)?|central)\s+){{0,2}}"
# "Aleppo's X district", "Homs' X", "Aleppos X district" (a copy that lost the apostrophe),
# "Aleppo citys X neighbourhood", "Idlib's rebel-held X", "Hama's northern X": the owner's
# mention stops before its possessive, which is all (with "city", who holds the place or
# where it lies) that stands between the two names.
_POSSESSIVE_GAP = re.compile(rf"^(?:['’]s?|s|\s+city(?:['’]s?|s))\s+{_HELD_OR_BEARING}$", re.IGNORECASE)
# The same when the owner's mention took the lost apostrophe's "s" ("Aleppos opposition-held X").
_POSSESSIVE_TAKEN_GAP = re.compile(rf"^\s+{_HELD_OR_BEARING}$", re.IGNORECASE)
# "the Damascus suburb of X", "Aleppo city's rebel-held district of X", "Aleppos eastern district
# of X": a place, then the kind of place it holds and "of"; what follows lies in it.  When the
# owner's mention took the noun ("Damascus suburb"), only "of" is left between the two names.
_OWNER_KIND_GAP = re.compile(
    rf"^(?:['’]s?|s)?\s+(?:city(?:['’]s?|s)?\s+)?{_HELD_OR_BEARING}"
    rf"(?:{alternation('kind_of')})\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_KIND_OF_LEFT = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ENDS_WITH_KIND = re.compile(rf"\b(?:{alternation('kind_of')})$", re.IGNORECASE)


_AND_AFTER_QUALIFIER = re.compile(
    rf"^\s*,?\s*(?:and|&)\s+(?:in\s+|on\s+|at\s+)?(?:the\s+)?(?:{alternation('kind_of')}\s+of\s+)?$", re.IGNORECASE)


def event_places(ctx: DocContext, clause: Clause, pos: int) -> list[PlaceMention]:
    """Where the triggered event happened: the place list nearest the trigger.

    Long report sentences name several places for different things; the event's own
    place is the one its trigger points at ("raids on X", "clashes in X and Y"), else
    the nearest one before it.  The whole list it belongs to is kept ("the towns of X,
    Y and Z"); governorates give way to the towns in the same list.
    """
    sentence = ctx.sentence_of(clause)
    for lo, hi in ((clause.start, clause.end), (sentence.start, sentence.end)):
        candidates = [p for p in ctx.places_in(lo, hi)
                      if (p.place.feature or "") != "country"
                      and not ctx.is_background(ctx.clause_at(p.start))  # "comes weeks after an attack in X"
                      and not _told_beside(ctx, clause, p)]
        rest, spans = relations.take_spans(ctx.text, candidates)
        places = [p for p in rest if not reference_in(ctx, p)]
        if not places:  # "clashes between A and B", "a bomb on the A-B road": the span is the place;
            places = spans or relations.measured_from(ctx.text, candidates)  # "10 km east of X": X
        qualified = [(places[i - 1], p) for i, p in enumerate(places) if i and _qualifies(ctx.text, places[i - 1], p)]
        qualified += _owned(ctx.text, places)
        qualifiers = [p for _, p in qualified]
        places = [p for p in places if p not in qualifiers]
        anchor = _anchor(ctx.text, places, pos)
        if anchor is not None:
            chosen = relations.bearing_instead_of_road(ctx.text, places,
                                                       place_list(ctx.text, places, anchor, qualifiers))
            further = _further_sites(ctx.text, places, chosen, pos) if lo == clause.start else []
            return _sites(chosen, further + _cities_of_quarters(chosen, qualified))
    told_again = _governorate_told_again(ctx, clause)
    return [told_again] if told_again is not None else []


def _told_beside(ctx: DocContext, clause: Clause, place: PlaceMention) -> bool:
    """"Monday's twin bombings came as IS pressed its assault on Kobane": a place of another
    clause that "came as" opened (``Clause.beside``) is that other story's, not the
    bombings'."""
    other = ctx.clause_at(place.start)
    return other.beside and other.start != clause.start


def _governorate_told_again(ctx: DocContext, clause: Clause) -> PlaceMention | None:
    """"Since Thursday strikes have killed 44 civilians in the province": a clause naming no
    place that speaks of "the province" (``_AREA_TOLD_AGAIN``) is about the governorate of the
    nearest sentence naming places before it (the nearest event's: "Hama city" or a town of
    Hama as well as "Hama province"; a province it names outright before a city it names
    beside, "Idlib province came under bombardment as rebels battled for the nearby city of
    Aleppo"), so a region's tally over days is placed at the region (UCDP's precision 4)
    instead of joining the town as a guess.  Only the clause's sentence and the one before
    are read: further back, "the province" may be any the report named."""
    found = _AREA_TOLD_AGAIN.search(ctx.text, clause.start, clause.end)
    if found is None:
        return None
    since = ctx.sentences[max(0, clause.sentence - 1)].start
    named = [p for p in ctx.places_in(since, found.start())
             if p.place.admin1 and not ctx.is_background(ctx.clause_at(p.start))]
    if not named:
        return None
    last = ctx.sentence_of(ctx.clause_at(named[-1].start))
    nearest = [p for p in named if p.start >= last.start]
    provinces = [p for p in nearest if (p.place.feature or "") == "admin1"]
    governorate = _governorate_of((provinces or nearest)[-1].place)
    return PlaceMention(found.start(), found.end(), found.group(0), governorate) if governorate is not None else None


def _governorate_of(place: Place) -> Place | None:
    """The Syrian governorate ``place`` lies in (itself if it is one), at its point (precision 4)."""
    if (place.feature or "") == "admin1":
        return place
    point = governorate_points().get(place.admin1 or "")
    if point is None:
        return None
    name = place.admin1 or ""
    return Place(name=name, mention=name, gazetteer_id=governorate_ids()[name], lat=point[0], lon=point[1],
                 admin1=name, country="SY", feature="admin1", precision=GOVERNORATE_PRECISION)


def _qualifies(text: str, place: PlaceMention, other: PlaceMention) -> bool:
    """``other`` only says where ``place`` is ("X in Idlib province", "X, north of Y"); a town
    after a governorate ("Idlib province, in the town of X") is finer, so it is the site, and
    so is a town of the governorate a bearing places the event by ("in the northern part of
    Aleppo province near X", "in Hama countryside north of Y"): no town locates a governorate
    (so "in Homs province, east of Palmyra" is placed at Palmyra, the finer site).  A town
    elsewhere stays a reference; distances are read before (``relations.measured_from``).
    ``QUALIFIER_GAP`` admits no "and": "near X and in Idlib province" are two members of a list.
    "the Idlib town of X" is the other way round: Idlib owns X (``_holds_by_kind``)."""
    gap = text[place.end:other.start]
    if _holds_by_kind(text, place, other) or _possessive(text, place, other):  # "Aleppos eastern X": Aleppo owns X
        return False
    finer = (place.place.feature or "") in _ADMIN_UNITS and (other.place.feature or "") not in COARSE_FEATURES \
        and (not _BEARING_WORD.search(gap) or _inside(other.place, place.place))
    return not finer and bool(QUALIFIER_GAP.match(gap))


def _owned(text: str, places: list[PlaceMention]) -> list[tuple[PlaceMention, PlaceMention]]:
    """(owned, owner) for "Aleppo's X district", "Idlib's Y": the owner only says where the
    place it owns is, as "X in Aleppo" does; a city owning a quarter is named with it (see
    ``_cities_of_quarters``), a governorate owning a town is not."""
    return [(p, places[i - 1]) for i, p in enumerate(places)
            if i and (_possessive(text, places[i - 1], p) or _holds_by_kind(text, places[i - 1], p))]


def _possessive(text: str, owner: PlaceMention, place: PlaceMention) -> bool:
    """"Aleppo's X", "Aleppos rebel-held X": the owner's possessive, and at most who holds the
    place or where it lies, stand between the two names; and the owned place, where it was
    placed, lies in the owner ("Raqqa's al-Hamra" is no Hamra of Hama)."""
    if place.place.admin1 and not _inside(place.place, owner.place):
        return False
    gap = text[owner.end:place.start]
    if _POSSESSIVE_GAP.match(gap):
        return True
    lost_apostrophe = owner.mention.endswith("s") and not light_key(owner.place.name).endswith("s")
    return lost_apostrophe and bool(_POSSESSIVE_TAKEN_GAP.match(gap))


def _holds_by_kind(text: str, owner: PlaceMention, place: PlaceMention) -> bool:
    """"the Idlib town of X", "the Damascus suburb of X", "Aleppo city's district of X": a
    governorate, or the city named after one, then the kind of place it holds, then the place.
    "the X area of Idlib" is the other way round (the first place lies in the second), so the
    owner must stand for a governorate and the owned one must not."""
    gap = text[owner.end:place.start]
    if not (_OWNER_KIND_GAP.match(gap) or (_KIND_OF_LEFT.match(gap) and _ENDS_WITH_KIND.search(owner.mention))):
        return False
    return owner.place.gazetteer_id is not None and stands_for_governorate(owner.place) \
        and not stands_for_governorate(place.place)


def _cities_of_quarters(chosen: list[PlaceMention],
                        qualified: list[tuple[PlaceMention, PlaceMention]]) -> list[PlaceMention]:
    """The city a chosen quarter is named with ("the X district in Homs", "X neighbourhood,
    Aleppo"): an event in a quarter happened in its city too, and reports and datasets name
    both.  A governorate qualifying a town stays a qualifier: it adds no finer place."""
    out: list[PlaceMention] = []
    for place, city in qualified:
        if place in chosen and (place.place.feature or "") in QUARTER_FEATURES \
                and _is_city(city.place) and city not in out:
            out.append(city)
    return out


def _further_sites(text: str, places: list[PlaceMention], chosen: list[PlaceMention],
                   pos: int) -> list[PlaceMention]:
    """Other places the same clause says the event hit ("killed 12 in X and another nine
    in the town of Y"): each must be governed by a locative preposition, with no trigger of
    another kind of event before it ("bombed X and clashes erupted in Y"), and none only
    locating a place noun before it ("a truce in the enclave outside Y")."""
    extra: list[PlaceMention] = []
    for index, place in enumerate(places):
        if place in chosen or place in extra or place.start < pos:
            continue
        before = text[max(pos, place.start - 40):place.start]
        if _SITE_BEFORE.search(before) and not _LANDMARK_BEFORE.search(before) \
                and not _another_event_between(text, pos, pos, place.start):
            extra.extend(p for p in place_list(text, places, index) if p not in chosen and p not in extra)
    return extra


def _another_event_between(text: str, pos: int, start: int, end: int) -> bool:
    """A plain trigger of another kind of event than the one at ``pos`` between two places
    puts them in two events' clauses ("bomb X and clashes in the countryside of Y": Y says
    nothing of where X is); the same kind told again ("shells on X ... shells on Y") or a
    word that only describes ("attacks with shells") does not."""
    lexicon = load_lexicon()
    own = lexicon.triggers_at(text, pos)
    kinds = {trigger.sub_event_type for trigger, _ in own}
    start = max([start, *(end for _, end in own)])  # "rocket shell" is one trigger, not two
    for word in _WORD_START.finditer(text, start, end):
        if lexicon.first_at(text, word.start()) is None:
            continue
        told = {trigger.sub_event_type for trigger, _ in lexicon.triggers_at(text, word.start()) if not trigger.weak}
        if told and not kinds & told:
            return True
    return False


def _anchor(text: str, places: list[PlaceMention], pos: int) -> int | None:
    """Index of the place the trigger points at.

    After the trigger and close, a town beats a governorate, and a place introduced by a
    preposition ("fired into X", "raids on X") beats a bare one ("snipers positioned
    [in] Y fired into X") unless another kind of event's trigger comes first ("bombed Y and
    clashes erupted in X": X is the clashes'); with none close after, the last place before the trigger,
    else the first after it.  A place far from the trigger is another statement's: None.
    """
    struck = _struck_with(text, places, pos)
    if struck is not None:
        return struck
    after = [i for i, p in enumerate(places) if p.start >= pos and p.start - pos <= _PLACE_REACH]
    after = [i for i in after if not _town_follows(text, places, i, after)]
    governed = [i for i in after if _LOCATIVE_BEFORE.search(text[max(pos, places[i].start - _LOCATIVE_REACH):places[i].start])
                and not _qualifies_earlier_town(text, places, i, after, pos)
                and not (i != after[0] and _another_event_between(text, pos, pos, places[i].start))]
    if governed:
        return governed[0]
    if after:
        return after[0]
    before = [i for i, p in enumerate(places) if p.start < pos and pos - p.end <= _PLACE_REACH_FAR]
    if before:
        return before[-1]
    later = [i for i, p in enumerate(places) if p.start >= pos and p.start - pos <= _PLACE_REACH_FAR]
    return later[0] if later else None


def _struck_with(text: str, places: list[PlaceMention], pos: int) -> int | None:
    """Index of the place a weapon trigger was used on: "targeted the X neighbourhood in
    Damascus with four mortar shells" (the strike verb governs X, the trigger comes after it
    with "with"), else None.  A place named after the weapon ("... adding that two shells
    hit the Y institute") is another statement's, and so is a place a comma or a joining word
    parts from the "with" ("hit X on Monday, coinciding with air strikes on Y": the strikes are Y's)."""
    if not _INSTRUMENT_BEFORE.search(text, max(0, pos - 40), pos):
        return None
    struck = [i for i, p in enumerate(places) if p.end <= pos and pos - p.end <= _INSTRUMENT_REACH
              and _STRUCK_BEFORE.search(text[max(0, p.start - 40):p.start])
              and not _CLAUSE_BREAK.search(text[p.end:pos]) and not _NOT_WEAPON_GAP.search(text, p.end, pos)]
    return struck[-1] if struck else None


def _qualifies_earlier_town(text: str, places: list[PlaceMention], i: int, candidates: list[int],
                            pos: int) -> bool:
    """"bomb X and Y in the countryside of Aleppo": the governorate says where the towns
    the trigger governs are (when they lie in it), unless another event's trigger comes
    between them; "target X and areas in the countryside of Homs", X not in Homs, is two sites."""
    area = places[i].place
    if (area.feature or "") not in COARSE_FEATURES:
        return False
    return any(j < i and (places[j].place.feature or "") not in COARSE_FEATURES and _inside(places[j].place, area)
               and not _another_event_between(text, pos, places[j].end, places[i].start) for j in candidates)


def _inside(place: Place, area: Place) -> bool:
    """``place`` lies in the governorate or district ``area`` names (or its twin, Damascus
    and Rif Dimashq)."""
    admin = area.admin1 or area.name
    return bool(place.admin1) and (place.admin1 == admin or place.admin1 in related_governorates().get(admin, ()))


def _town_follows(text: str, places: list[PlaceMention], i: int, candidates: list[int]) -> bool:
    """A governorate or region with a town of the same phrase after it ("in Idlib province,
    in the town of X"): the town is the finer answer.  A town in the next clause ("shelling
    in Hama countryside and the regime targets Y") is another event's place, and a town
    that only locates the region again ("... in the rebel enclave outside Y", Y not in the
    region) no answer; a town of the region after a landmark ("in Idlib province hit the
    rebel pocket near Y") is still the finer answer."""
    if (places[i].place.feature or "") not in COARSE_FEATURES:
        return False
    return any(j > i and (places[j].place.feature or "") not in COARSE_FEATURES
               and not _CLAUSE_BREAK.search(text[places[i].end:places[j].start])
               and (_town_of(places[j].place, places[i].place)
                    or not _LANDMARK_BEFORE.search(text[max(0, places[j].start - 40):places[j].start]))
               for j in candidates)


def _town_of(place: Place, area: Place) -> bool:
    """``place`` is a town of the governorate ``area`` names, not its capital (a city or, as
    Daraa or Sweida, a town at the governorate's point) nor a town of its twin: "an enclave
    outside Damascus" or "outside Sweida" locates the region instead."""
    admin = area.admin1 or area.name
    return place.admin1 == admin and not is_governorate_capital(place.admin1, place.lat, place.lon)


def place_list(text: str, places: list[PlaceMention], anchor: int,
                qualifiers: Sequence[PlaceMention] = ()) -> list[PlaceMention]:
    """The anchor place and its neighbours joined by list punctuation ("X, Y and Z"), also
    across the place qualifying the first ("X in the Hama countryside and the town of Y")."""
    lo = hi = anchor
    while lo > 0 and _joined(text, places[lo - 1], places[lo], qualifiers):
        lo -= 1
    while hi + 1 < len(places) and _joined(text, places[hi], places[hi + 1], qualifiers):
        hi += 1
    return places[lo:hi + 1]


def _joined(text: str, first: PlaceMention, second: PlaceMention, qualifiers: Sequence[PlaceMention]) -> bool:
    """``first`` and ``second`` are listed together, directly or with a place qualifying
    ``first`` between them and "and" after it, or as the two ends of a front ("the A-B axis")."""
    gap = text[first.end:second.start]
    if _LIST_JOIN.match(gap) or relations.axis_ends(text, first, second) \
            or (_AND_PART_OF.match(gap) and not _CLAUSE_VERB_AFTER.match(text[second.end:second.end + 60])):
        return True
    return any(first.end <= q.start and q.end <= second.start and QUALIFIER_GAP.match(text[first.end:q.start])
               and _AND_AFTER_QUALIFIER.match(text[q.end:second.start]) for q in qualifiers)


def is_reference(text: str, place: PlaceMention) -> bool:
    """Not where something happened: named to locate something else ("40 km from Homs"),
    as an adjective ("pro-Damascus media"), as a government ("Damascus denied"), as
    the dateline of the bureau that filed the report ("BEIRUT (Reuters) -"), or as an
    end of a span or a road that a bearing replaces ("between X and Y", "the X road,
    north of Z")."""
    return _locates_another(text, place) or _speaks(text, place)


def _locates_another(text: str, place: PlaceMention) -> bool:
    """:func:`is_reference` but for a capital speaking for its government."""
    return bool((is_dateline(place.mention) and not _in_capitals_line(text, place))
                or relations.locates_another(text, place)
                or _REFERENCE_BEFORE.search(text[max(0, place.start - 60):place.start])
                or _ADJECTIVAL_BEFORE.search(text[max(0, place.start - 30):place.start])
                or _ADJECTIVAL_AFTER.match(text[place.end:place.end + 16]))


def _speaks(text: str, place: PlaceMention) -> bool:
    return bool(_SPEAKS_AFTER.match(text[place.end:place.end + _SPEAKS_REACH]))


def speaker_sits(text: str, place: PlaceMention) -> bool:
    """"A security source in X confirmed the air strikes", "an official from X told ...":
    X says where an office speaking of the event sits, often (a local source on a local
    event) the event's site too; see :func:`_seat_beside_site`."""
    return bool(_SPEAKER_BEFORE.search(text[max(0, place.start - 60):place.start])
                and person_cues()[1].match(text[place.end:place.end + 30]))


def _city_of_quarter_speaking(text: str, quarter: PlaceMention | None, city: PlaceMention) -> bool:
    """"activists in the X district of Aleppo said": the city names where the quarter before
    it is; the people in it speak, not its government, so it stays the quarter's city.  (A
    town alone before "said", "a witness in Akcakale said", is only where the speaker is.)"""
    if quarter is None or (city.place.feature or "") != "city" \
            or (quarter.place.feature or "") not in QUARTER_FEATURES:
        return False
    return bool(QUALIFIER_GAP.match(text[quarter.end:city.start]))


def reference_in(ctx: DocContext, place: PlaceMention) -> bool:
    """``is_reference`` of a place of the report, judged once: every trigger of a clause
    asks again for the clause's places, and the report's main place asks for all.  A city
    that "speaks" right after a quarter it locates is the quarter's city, not its government
    (:func:`_city_of_quarter_speaking`), for every reader of the report's sites alike."""
    key = (place.start, place.end, place.mention, place.place.feature)
    if key not in ctx.references:
        ctx.references[key] = _locates_another(ctx.text, place) or (
            _speaks(ctx.text, place) and not _city_of_quarter_speaking(ctx.text, _place_before(ctx, place), place)) \
            or _seat_beside_site(ctx, place) or _origin_beside_site(ctx, place)
    return ctx.references[key]


def _origin_beside_site(ctx: DocContext, place: PlaceMention) -> bool:
    """Where the people hit came from ("a bus carrying evacuees from X and Y was bombed at a
    crossing in Z") is not where the event happened once another place of its sentence,
    neither such an origin nor a reference, may be the site; alone ("families from X were
    shelled") it stays the event's place, as a speaker's seat does (:func:`_seat_beside_site`); a
    country or another office's seat (``displaces_seat``) is no such site.
    Every place listed with the first origin ("the towns of X and Y") is an origin too.
    An origin whose own people are told travelling after it (``_OWN_JOURNEY``: "many residents
    of X died when gunmen attacked their buses") gives way alone too: the journey was hit
    somewhere the sentence does not say.  Not where the sentence refers back to a settlement
    ("... on their way to the market in the town"): that is mostly the origin itself.
    Judged once per sentence (``DocContext.origins``): a sentence naming thousands of places
    would otherwise be read once for each of them."""
    sentence = ctx.sentence_of(ctx.clause_at(place.start))
    if sentence.start not in ctx.origins:
        ctx.origins[sentence.start] = _origins_giving_way(ctx.text, ctx.places_in(sentence.start, sentence.end),
                                                          sentence.start, sentence.end)
    return (place.start, place.end) in ctx.origins[sentence.start]


def _origins_giving_way(text: str, places: list[PlaceMention], start: int, end: int) -> frozenset[tuple[int, int]]:
    """The spans of a sentence's origins when another of its places, no origin, may be the
    site, or when their own journey is told (and no settlement told again)."""
    found = _origins(text, places, end)
    origins = {(p.start, p.end) for p in found}
    journey = any(_OWN_JOURNEY.search(text, p.end, end) for p in found) \
        and not _SETTLEMENT_TOLD_AGAIN.search(text, start, end)
    if origins and (journey or any(
            (p.start, p.end) not in origins and displaces_seat(text, p) and _site_said(text, p)
            and not _locates_another(text, p) and not _speaks(text, p) for p in places)):
        return frozenset(origins)
    return frozenset()


def _site_said(text: str, place: PlaceMention) -> bool:
    """The place is told as where something is, "in/at/near/outside X" (the opposition-held
    town of X): the site an origin gives way to, not another place of the sentence named for
    something else ("their journey to Aleppo, Latakia or Damascus")."""
    return bool(_SITE_OR_NEAR_BEFORE.search(text[max(0, place.start - _LOCATIVE_REACH):place.start]))


def _origins(text: str, places: list[PlaceMention], end: int) -> list[PlaceMention]:
    """The places of a sentence (ending at ``end``) named as where people came from, with the
    places listed after each; "residents of X" only when they are told on the move."""
    found: list[PlaceMention] = []
    for index, place in enumerate(places):
        before = text[max(0, place.start - 80):place.start]
        if found and found[-1] is places[index - 1] and _joined(text, places[index - 1], place, ()):
            found.append(place)
        elif _ORIGIN_BEFORE.search(before) or _residents_travelling(text, before, place, end):
            found.append(place)
    return found


def _residents_travelling(text: str, before: str, place: PlaceMention, end: int) -> bool:
    """"evacuating residents of X", "inhabitants of X ... their convoy": the people of X are
    the ones on the move (alone, "residents of X" are as often the dead of a strike on X)."""
    residents = _RESIDENTS_BEFORE.search(before)
    return residents is not None and (residents.group("carried") is not None
                                      or _OWN_JOURNEY.search(text, place.end, end) is not None)


def _seat_beside_site(ctx: DocContext, place: PlaceMention) -> bool:
    """A speaker's seat ("a medical source in X told Reuters") is a fallback, not a reference:
    a local source mostly reports a local event, so X is only dropped when another place,
    itself neither a reference nor a seat, is named near it (before it, or in its sentence),
    and its own sentence does not refer back to it ("killed five in the city")."""
    if not speaker_sits(ctx.text, place):
        return False
    end = ctx.sentence_of(ctx.clause_at(place.start)).end
    if _SEAT_NAMED_AGAIN.search(ctx.text[place.end:end]):
        return False
    return any(p is not place and displaces_seat(ctx.text, p) and not reference_in(ctx, p)
               for p in ctx.places_in(max(0, place.start - _SEAT_REACH), end))


def displaces_seat(text: str, other: PlaceMention) -> bool:
    """A place that may stand for the site beside a speaker's seat: neither a country (a
    hospital "in Jordan", a crossing Iraq closed tells no site) nor a seat itself.  One home
    for the event sites and the place of a report that tells no event."""
    return (other.place.feature or "") != "country" and not speaker_sits(text, other)


def _place_before(ctx: DocContext, place: PlaceMention) -> PlaceMention | None:
    """The report's last place ending before ``place`` starts (within a phrase's reach)."""
    before = [p for p in ctx.places_in(max(0, place.start - _PLACE_REACH), place.start) if p.end <= place.start]
    return before[-1] if before else None


def may_be_site(ctx: DocContext, place: PlaceMention) -> bool:
    """Neither a country nor a place named only to locate, qualify or speak for another
    (:func:`reference_in`): a place that may be where something happened."""
    return (place.place.feature or "") != "country" and not reference_in(ctx, place)


def _in_capitals_line(text: str, place: PlaceMention) -> bool:
    """"JETS POUND REBEL POSITIONS NEAR HAMA": a headline written all in capitals, whose
    places are the news, not a bureau's dateline (which opens its line, or follows a
    line's lower-case words: "Updated Jul 1 BEIRUT At least ...")."""
    before = text[max(0, place.start - 60):place.start].rsplit("\n", 1)[-1]
    letters = [c for c in before if c.isalpha()]
    return len(before.split()) >= 2 and all(c.isupper() for c in letters)


def _sites(listed: list[PlaceMention], further: list[PlaceMention]) -> list[PlaceMention]:
    """The finest of the trigger's place list and of the further sites the clause gives it: a
    governorate or region stays unless a town or village of either lies in it ("near X and in
    Idlib province" keeps Idlib when X is a Hama town; "strikes in Deir Ezzor province and
    raids in Hasakeh" are two sites)."""
    places = [*listed, *further]
    fine = [p for p in places if (p.place.feature or "") not in COARSE_FEATURES]
    return [p for p in places
            if (p.place.feature or "") not in COARSE_FEATURES or not any(_inside(f.place, p.place) for f in fine)]


def stands_for_governorate(place: Place) -> bool:
    """A governorate, or the city (or the town, ``_town_seat``: "Daraa") that shares its name
    and point ("Aleppo", "Raqqa"): a headline naming it may mean the whole governorate, so a
    town the body names in it is the finer answer for the same event."""
    feature = place.feature or ""
    if feature in _ADMIN_UNITS:
        return True
    return (feature == "city" and is_governorate_capital(place.admin1, place.lat, place.lon)) or _town_seat(place)


def _is_city(place: Place) -> bool:
    """A city, or a governorate's seat the gazetteer calls a town ("the Daraa town of X",
    Daraa al-Balad a quarter of Daraa): a place that has quarters."""
    return (place.feature or "") == "city" or _town_seat(place)


def _town_seat(place: Place) -> bool:
    """A town the gazetteer places at its governorate's point: Daraa, Quneitra.  A town it
    lacks, lent the governorate's point ("the town of X" unknown), is no seat."""
    return (place.feature or "") == "town" and place.gazetteer_id is not None \
        and is_governorate_capital(place.admin1, place.lat, place.lon)


def town_in_governorate(place: Place, governorate: Place) -> bool:
    """``place`` is a town of its own, placed by the gazetteer (not lent its governorate's
    point), outside the capital ``governorate`` is named after, in that governorate or in
    the one a report names by it ("Damascus" for a Rif Dimashq town).  A quarter of the
    capital lies within ``CITY_KM`` and is no town of its own (``quarter_of`` tells when it
    is the finer answer)."""
    if not _inside(place, governorate):
        return False
    if place.lat is None or place.lon is None or governorate.lat is None or governorate.lon is None:
        return False
    return (place.precision or 1) < GOVERNORATE_PRECISION \
        and km_between(place.lat, place.lon, governorate.lat, governorate.lon) > CITY_KM


def place_key(place: Place | None) -> str | None:
    """Identity of a place for merging: gazetteer id, else its normalised name."""
    if place is None:
        return None
    if place.gazetteer_id:
        return place.gazetteer_id
    return re.sub(r"[^a-z0-9]", "", place.name.lower()) or None


def main_place(ctx: DocContext) -> PlaceMention | None:
    """Where the report is about: the town its headline names, else the one it names most
    (a site and its town counted as one, ``_site_town_pairs``; the first named wins a tie), if
    named at least twice; a headline that names no town but a governorate or region ("clashes in Hama
    countryside") is about that area (at its own, coarse, precision)."""
    located = [p for p in ctx.places
               if p.place.lat is not None and may_be_site(ctx, p)]
    headline_end = ctx.sentences[0].end if ctx.sentences else 0
    fine = [p for p in located if (p.place.feature or "") not in COARSE_FEATURES]
    if not fine:
        return next((p for p in located if p.end <= headline_end), None)
    in_headline = [p for p in fine if p.end <= headline_end]
    if in_headline:
        return in_headline[0]
    counts: dict[str | None, int] = {}
    for p in fine:
        counts[place_key(p.place)] = counts.get(place_key(p.place), 0) + 1
    pair = _site_town_pairs({place_key(p.place): p.place for p in fine}, counts)
    pooled: dict[str | None, int] = {}
    for key, n in counts.items():
        pooled[pair.get(key, key)] = pooled.get(pair.get(key, key), 0) + n
    times = {p.start: pooled[pair.get(place_key(p.place), place_key(p.place))] for p in fine}
    best = max(fine, key=lambda p: times[p.start])
    return best if times[best.start] >= 2 or len(counts) == 1 else None


def _site_town_pairs(named: dict[str | None, Place], counts: dict[str | None, int]) -> dict[str | None, str | None]:
    """A report about a base or a dam names it again and again and the town beside it too
    ("the fight over Tabqa base ... residents of Tabqa city ... Tabqa base fell"): a site named
    at least twice and the nearest town within ``CITY_KM`` of it are one place for
    ``main_place``, counted together, and the one named first stands for both.  A site named
    once is a passing mention ("rebels also shelled the airport") and counts alone, so the
    town the report keeps naming stays its place.  Site key -> its town's key."""
    located: dict[str, tuple[float, float]] = {k: (p.lat, p.lon) for k, p in named.items()
                                               if k is not None and p.lat is not None and p.lon is not None}
    sites = [k for k in located if (named[k].feature or "") in SITE_FEATURES]
    towns = [k for k in located if k not in sites]
    pairs: dict[str | None, str | None] = {}
    for key in (k for k in sites if counts[k] >= 2):
        town = _nearest(located, key, towns)
        if town is not None and _nearest(located, town, sites) == key:
            pairs[key] = town
    return pairs


def _nearest(located: dict[str, tuple[float, float]], key: str, others: Iterable[str]) -> str | None:
    """The one of ``others`` nearest ``key``'s point, within ``CITY_KM``; None when none is."""
    near = min(((km_between(*located[key], *located[k]), k) for k in others), default=None)
    return near[1] if near is not None and near[0] <= CITY_KM else None


def told_sites(ctx: DocContext, sentence: int) -> list[PlaceMention]:
    """Where a sentence that tells no event of its own puts one told just before it ("The
    strikes hit the village of X", "the clinic in the town of X was levelled"): its first
    town introduced as a site, else its first governorate or region so introduced, with the
    places listed beside it when it has a word of striking ("the shells hit X and Y", "the barrels
    landed on X, Y and Z"; a place that only qualifies one, "X in Hama countryside", is not listed).
    "Near the village of X" puts it around X when something struck near X (``_near_a_strike``).

    Reports often name a strike vaguely ("in a village in Deir Ezzor province") and give
    the village a sentence later with no trigger word; that village is the event's place.
    A quarter counts only in a sentence that speaks of the event itself (``_names_an_event``):
    "said a vendor in the X neighbourhood" is where the vendor is, "the wounded were taken to a
    hospital in the X district" where the wounded went.
    """
    span = ctx.sentences[sentence]
    named = ctx.places_in(span.start, span.end)
    told = [(p, _TOLD_SITE_BEFORE.search(ctx.text[max(span.start, p.start - 60):p.start])) for p in named]
    kept = [(p, site) for p, site in told if _kept_as_site(ctx, span.start, span.end, p, site)]
    sites = [p for p, site in kept if site is not None]
    quarter = any((p.place.feature or "") in QUARTER_FEATURES for p in sites)
    if quarter and not _names_an_event(ctx.text, span.start, span.end):  # "said a vendor in the X neighbourhood"
        sites = [p for p in sites if (p.place.feature or "") not in QUARTER_FEATURES]
    fine = [p for p in sites if (p.place.feature or "") not in COARSE_FEATURES]
    if not (fine or sites):
        return []
    site = (fine or sites)[0]
    if not _LISTS_SITES.search(ctx.text, span.start, span.end):  # "families shelter in X, Y and Z"
        return [site]
    return _listed_with(ctx.text, [p for p, _ in kept], site)


def _kept_as_site(ctx: DocContext, start: int, end: int, place: PlaceMention, told: re.Match[str] | None) -> bool:
    """A place of the trigger-less sentence ``ctx.text[start:end]`` that may be where the event
    told before it struck: placed, not a reference or background, and not "near" it unless
    the sentence says something struck near it (``_near_a_strike``).  ``told``: the
    ``_TOLD_SITE_BEFORE`` match in the 60 characters before it, which ``told_sites`` reads too."""
    if place.place.lat is None or not may_be_site(ctx, place) or ctx.is_background(ctx.clause_at(place.start)):
        return False
    if told is None or told.group("near") is None:
        return True
    near = max(start, place.start - 60) + told.start("near")
    return _near_a_strike(ctx, start, end, near)


def _near_a_strike(ctx: DocContext, start: int, end: int, near: int) -> bool:
    """"The car was hit near X", "the blast happened near X", "the bombs were dropped on a camp
    near X", "the posts near X came under shelling": "near" hangs on a word of striking in the
    parse, itself or through what was struck.  Not where people fled, live, were treated,
    buried or came from ("fled to the area near X", "were from a town near X"), which hang on
    other verbs, nor a question or what will or could happen ("will reach a camp near X")."""
    sentence = ctx.text[start:end]
    if sentence.rstrip(" \"'”’").endswith("?") or ctx.is_irrealis(ctx.clause_at(near), near):
        return False
    low = sentence.lower()  # its length, not the sentence's: "İ" lower-cases to two characters
    if not holds_any(_NEAR_HEAD_WORDS, low, 0, len(low)):
        return False  # no word "near" may hang on: the parse below would find none
    word = word_at(sentence, near - start)
    if word is None:
        return False
    head = word.head
    for _ in range(_NEAR_REACH):
        if head.lower_ in _NEAR_HEADS or _comes_under_fire(head):
            return not (_modal(head) or _modal(head.head))
        if head.pos_ in {"VERB", "AUX"} or head.dep_ not in _STRUCK_LINKS:
            return False  # another verb's place ("fled to the area near X"), or the top of the sentence
        head = head.head
    return False


def _comes_under_fire(verb: Token) -> bool:
    """"the posts near X came under heavy shelling": struck, said with "under"."""
    return any(prep.lower_ == "under" and any(obj.lower_ in _NEAR_HEADS for obj in prep.children)
               for prep in verb.children)


def _modal(verb: Token) -> bool:
    """A modal governs ``verb`` ("could hit", "will reach"), not a guess at the past ("may have hit")."""
    return any(aux.tag_ == "MD" and aux.i + 1 < len(aux.doc) and aux.doc[aux.i + 1].lower_ != "have"
               for aux in verb.children)


def _listed_with(text: str, kept: list[PlaceMention], site: PlaceMention) -> list[PlaceMention]:
    """``site`` and the places of ``kept`` listed with it, of its own grain (towns with a town,
    areas with an area), none named only to qualify another.  ``kept``: the sentence's places
    that may be a site as ``site`` was (``_kept_as_site``, asked once per place by ``told_sites``)."""
    coarse = (site.place.feature or "") in COARSE_FEATURES
    places = [p for p in kept if p is site or ((p.place.feature or "") in COARSE_FEATURES) == coarse]
    qualifiers = [p for i, p in enumerate(places) if i and _qualifies(text, places[i - 1], p)]
    places = [p for p in places if p is site or p not in qualifiers]
    return place_list(text, places, places.index(site), qualifiers)


def _names_an_event(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` speaks of an event, not only of where a speaker or a vendor is (a
    quarter of the city is where many people are): it has a word of a toll, a strike or a
    landing ("the dead included", "the device hit", "they landed in") or a trigger, a weak one
    included ("the attack occurred in"), and tells no aftermath without a strike ("the wounded
    were taken to a hospital in", "funerals were held in": where they went, not where it struck)."""
    if _AFTERMATH_WORD.search(text, start, end) and not _STRIKE_WORD.search(text, start, end):
        return False
    if _EVENT_WORD.search(text, start, end):
        return True
    lexicon = load_lexicon()
    return any(lexicon.first_at(text, word.start()) is not None for word in _WORD_START.finditer(text, start, end))


def finer_site(site: PlaceMention, told: Place | None) -> bool:
    """``site`` may stand for an event told at ``told``: any place for an event told nowhere,
    a town in it for one told at a governorate (or the capital standing for it), a quarter of
    the city it was told at ("shells killed four in Homs ... Most landed in the X
    neighbourhood": X is where, in the city)."""
    if told is None:
        return True
    if (site.place.feature or "") in COARSE_FEATURES:
        return False
    if quarter_of(site.place, told):
        return True
    if (told.feature or "") in _ADMIN_UNITS:
        return _inside(site.place, told)
    return stands_for_governorate(told) and (town_in_governorate(site.place, told) or _named_village_in(site.place, told))


def quarter_of(place: Place, city: Place) -> bool:
    """``place`` is a quarter (a neighbourhood, ``QUARTER_FEATURES``) of the city ``city``
    (``_is_city``): a part of a city within ``CITY_KM`` of its point."""
    if (place.feature or "") not in QUARTER_FEATURES or not _is_city(city):
        return False
    if place.lat is None or place.lon is None or city.lat is None or city.lon is None:
        return False
    return km_between(place.lat, place.lon, city.lat, city.lon) <= CITY_KM


def _named_village_in(place: Place, governorate: Place) -> bool:
    """A village the gazetteer lacks, placed by the governorate a report names beside it ("the
    village of X in the Aleppo region"): its point is the capital's, yet it is no quarter of it."""
    return place.gazetteer_id is None and (place.feature or "village") in SETTLEMENT_FEATURES and _inside(place, governorate)
