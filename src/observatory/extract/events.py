"""Events: trigger words (data/events/triggers.yaml) attached to their clause's actors,
places and dates, then merged to one event per (sub-event type, place).

A report mentions the same strike three times (headline, lead, body) and the analyst
wants it once; it also chains strikes on three towns into one sentence and the analyst
wants three.  So every trigger becomes a candidate carrying the places of its clause,
candidates fan out per place, and candidates with the same type and place merge.
Triggers inside background, reported threats or page furniture are dropped first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

import yaml

from observatory.config import PACKAGE_DATA
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.dates import make_range
from observatory.extract.places import PlaceMention
from observatory.kb.actors import ActorKB, ActorMention
from observatory.models import ActorRef, DateRange, Event, Place, Span

TRIGGERS_PATH = PACKAGE_DATA / "events" / "triggers.yaml"

# Victims are parties to these events (a strike that killed civilians), not to battles.
_VICTIM_EVENTS = {"Explosions/Remote violence", "Violence against civilians"}
_COARSE_FEATURES = {"admin1", "admin2", "region", "country", "governorate", "district"}
# A place only named to say where another is ("40 km from Homs", "fired from X").
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:km|kilometers?|kilometres?|miles?)\)?\s+(?:\w+\s+){0,2}(?:of|from)"
    r"|\b(?:fired|launched|coming|came|fled|flee|fleeing|displaced|headed|heading|travell?ing|moving|arriving)\s+from"
    r"|\b(?:evacuated|bussed|relocated|deported|head(?:ed|ing)?)"
    r"\s+to|\bleav(?:e|es|ing) for|\bleft for|\bbound for"
    r"|\blinking\s+(?:\w+\s+){0,4}(?:with|to)"
    r"|\bthe road (?:to|between))\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}$",
    re.IGNORECASE,
)


_TARGET_BEFORE = re.compile(
    r"(?:\b(?:on|against|targeting|targeted|target|hit|hitting|struck|striking)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}"
    r"|\b(?:killing|killed|wounding|injuring)\s+(?:at least\s+)?\d[\d,]*\s+(?:[\w'’\-]+\s+){0,3}"
    r"|\b(?:run|manned|held|controlled|belonging|used|guarded)\s+by\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2})$",
    re.IGNORECASE,
)
_DESCRIPTOR_BEFORE = re.compile(
    r"\b(?:stronghold|bastion|capital|territory|held|controlled|hands|affiliated|linked|funded|armed|allied)"
    r"\s+(?:of|by|to|with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_DESCRIPTOR_AFTER = re.compile(r"^(?:\s+|-)(?:stronghold|bastion|territory|heartland|held|controlled|-held)\b",
                               re.IGNORECASE)
# Violence whose attacker a report often cannot name: then it is an unidentified armed group.
_UNATTRIBUTED_TYPES = {"Suicide bomb", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
                       "Grenade", "Attack", "Abduction/forced disappearance"}
UNIDENTIFIED = "Unidentified Armed Group"


# "X in Syria's Idlib province", "Hafez and Muhassen in Deir Ezzor": the second only locates the first.
_QUALIFIER_GAP = re.compile(
    r"^\s*,?\s*(?:in|of|near|outside)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}"
    r"(?:(?:city|province|governorate|countryside|region|district|area)\s+of\s+)?$",
    re.IGNORECASE,
)
_ADJECTIVAL_BEFORE = re.compile(r"(?:pro|anti)-$", re.IGNORECASE)
_ADJECTIVAL_AFTER = re.compile(r"^-(?:backed|based|led|allied|affiliated|aligned)\b", re.IGNORECASE)
_PLACE_REACH = 100
_WORD_START = re.compile(r"\b\w")
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|into|on|at|targeting|targeted|hit|hitting|struck|near|of|around|inside)\s+(?:the\s+)?"
    r"(?:(?:besieged|rebel-held|regime-held|opposition-held|government-held|nearby|northern|southern|eastern|western)\s+)?"
    r"(?:(?:town|village|city|area|district|neighbou?rhood|suburb|countryside)\s+of\s+)?$",
    re.IGNORECASE,
)  # characters after a trigger within which "its" place is looked for
_LIST_JOIN = re.compile(
    r"^\s*(?:,\s*|\s)(?:and\s+|or\s+|&\s+)?(?:in\s+|on\s+|at\s+)?(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities|city|areas?|neighbou?rhoods?|districts?)\s+of\s+)?$|^\s*$",
    re.IGNORECASE,
)


class TriggerDataError(ValueError):
    """A bad trigger file entry; the message names the file and the family."""


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    event_type: str
    regex: re.Pattern[str]
    weak: bool = False
    requires: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None
    actor: str | None = None


@dataclass
class Candidate:
    """One event reading of one clause, before merging."""

    sub_event_type: str
    event_type: str
    clause: Clause
    trigger: tuple[int, int]
    actors: list[ActorMention]
    place: PlaceMention | None
    date: DateRange
    date_level: int  # 0 clause, 1 sentence, 2 report lead, 3 unstated (see DocContext.event_date)
    weak: bool = False
    confidence: float = 0.8
    evidence: list[Span] = field(default_factory=list)
    targets: frozenset[int] = frozenset()  # starts of actor mentions named as targets, not perpetrators
    trigger_text: str = ""


def _word(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def _compile(pattern: str | None, path: str, family: str) -> re.Pattern[str] | None:
    if pattern is None:
        return None
    try:
        return re.compile(_word(pattern), re.IGNORECASE)
    except re.error as exc:
        raise TriggerDataError(f"{path}: family {family!r}: bad pattern {pattern!r}: {exc}") from exc


def _trigger_from(raw: Any, family: dict[str, Any], path: str) -> Trigger:
    spec = raw if isinstance(raw, dict) else {"pattern": raw}
    name = family.get("sub_event_type", "?")
    if not isinstance(spec.get("pattern"), str):
        raise TriggerDataError(f"{path}: family {name!r}: every trigger needs a 'pattern'")
    return Trigger(
        sub_event_type=family["sub_event_type"],
        event_type=family["event_type"],
        regex=_compile(spec["pattern"], path, name),
        weak=bool(spec.get("weak", False)),
        requires=_compile(spec.get("requires"), path, name),
        unless=_compile(spec.get("unless"), path, name),
        actor=spec.get("actor"),
    )


@dataclass(frozen=True)
class Lexicon:
    """All triggers plus one combined scanner that finds where any of them may start."""

    triggers: tuple[Trigger, ...]
    scanner: re.Pattern[str]  # any trigger, tried only at word starts

    def triggers_at(self, text: str, pos: int) -> list[Trigger]:
        """Triggers matching at ``pos``, in file order."""
        return [t for t in self.triggers if t.regex.match(text, pos)]


@lru_cache(maxsize=2)
def load_lexicon(path: str = str(TRIGGERS_PATH)) -> Lexicon:
    """The trigger lexicon, compiled once per process."""
    triggers = load_triggers(path)
    scanner = re.compile("|".join(f"(?:{t.regex.pattern})" for t in triggers), re.IGNORECASE)
    return Lexicon(triggers, scanner)


def load_triggers(path: str = str(TRIGGERS_PATH)) -> tuple[Trigger, ...]:
    """Every trigger of every family, in file order."""
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    triggers: list[Trigger] = []
    for family in data.get("families") or []:
        if not isinstance(family, dict) or "sub_event_type" not in family or "event_type" not in family:
            raise TriggerDataError(f"{path}: each family needs 'sub_event_type' and 'event_type'")
        triggers.extend(_trigger_from(raw, family, path) for raw in family.get("triggers") or [])
    return tuple(triggers)


# -- finding candidates -------------------------------------------------------------


def find_candidates(ctx: DocContext, kb: ActorKB) -> list[Candidate]:
    """Every trigger that survives the filters, as one candidate per place of its clause."""
    hits = _trigger_hits(ctx)
    out: list[Candidate] = []
    for (sub_type, clause_start), (trigger, start, end) in hits.items():
        clause = ctx.clause_at(start)
        actors = _event_actors(ctx, clause, trigger, (start, end), kb)
        targets = frozenset(a.start for a in actors if _is_target(ctx.text, a))
        places = _event_places(ctx, clause, start)
        when, date_level = ctx.event_date(clause, start)
        evidence = Span(start=clause.start, end=clause.end, text=ctx.text[clause.start:clause.end])
        for place in places or [None]:
            out.append(Candidate(sub_type, trigger.event_type, clause, (start, end), actors, place, when,
                                 date_level, weak=trigger.weak, confidence=_confidence(trigger, actors, place),
                                 evidence=[evidence], targets=targets, trigger_text=ctx.text[start:end]))
    return out


def _trigger_hits(ctx: DocContext) -> dict[tuple[str, int], tuple[Trigger, int, int]]:
    """The first valid trigger of each sub-event type in each clause (strong beats weak)."""
    hits: dict[tuple[str, int], tuple[Trigger, int, int]] = {}
    strong_in_clause: set[tuple[str, int]] = set()
    lexicon = load_lexicon()
    for word in _WORD_START.finditer(ctx.text):
        pos = word.start()
        if not lexicon.scanner.match(ctx.text, pos) or ctx.in_furniture(pos):
            continue
        clause = ctx.clause_at(pos)
        applied: set[str] = set()
        for trigger in lexicon.triggers_at(ctx.text, pos):
            if trigger.sub_event_type in applied or not _applies(ctx, trigger, clause, pos):
                continue
            applied.add(trigger.sub_event_type)
            end = trigger.regex.match(ctx.text, pos).end()
            key = (trigger.sub_event_type, clause.start)
            if trigger.weak and (trigger.event_type, clause.start) in strong_in_clause:
                continue
            if not trigger.weak:
                strong_in_clause.add((trigger.event_type, clause.start))
            if key not in hits or (hits[key][0].weak and not trigger.weak):
                hits[key] = (trigger, pos, end)
    return hits


def _applies(ctx: DocContext, trigger: Trigger, clause: Clause, pos: int) -> bool:
    words = ctx.text[clause.start:clause.end]
    if trigger.requires is not None and not trigger.requires.search(words):
        return False
    if trigger.unless is not None and trigger.unless.search(words):
        return False
    return not ctx.is_irrealis(clause, pos) and not ctx.is_background(clause)


def _event_actors(ctx: DocContext, clause: Clause, trigger: Trigger, span: tuple[int, int],
                  kb: ActorKB) -> list[ActorMention]:
    """Armed actors of the clause (else of the sentence), victims when the type has them."""
    in_clause = [a for a in ctx.actors_in(clause.start, clause.end) if not _is_descriptor(ctx.text, a)]
    armed = [a for a in in_clause if a.type != "civilians"]
    if not armed:
        sentence = ctx.sentence_of(clause)
        armed = [a for a in ctx.actors_in(sentence.start, sentence.end)
                 if a.type != "civilians" and not _is_descriptor(ctx.text, a)]
    if trigger.actor and not any(a.type in ("state_forces", "external_forces") for a in armed):
        entry = kb.get(trigger.actor)
        if entry is not None:
            armed.append(ActorMention(span[0], span[1], ctx.text[span[0]:span[1]],
                                      entry.name, entry.type, entry.nationality))
    victims = [a for a in in_clause if a.type == "civilians"] if trigger.event_type in _VICTIM_EVENTS else []
    return armed + victims


def _is_descriptor(text: str, actor: ActorMention) -> bool:
    """Named only to describe a place or someone else ("IS stronghold", "affiliated to X")."""
    return bool(_DESCRIPTOR_BEFORE.search(text[max(0, actor.start - 40):actor.start])
                or _DESCRIPTOR_AFTER.match(text[actor.end:actor.end + 20]))


def _is_target(text: str, actor: ActorMention) -> bool:
    """Named as the one hit ("a car bomb at a checkpoint run by the SDF"), not the attacker."""
    return actor.type == "civilians" or bool(_TARGET_BEFORE.search(text[max(0, actor.start - 60):actor.start]))


def _event_places(ctx: DocContext, clause: Clause, pos: int) -> list[PlaceMention]:
    """Where the triggered event happened: the place list nearest the trigger.

    Long report sentences name several places for different things; the event's own
    place is the one its trigger points at ("raids on X", "clashes in X and Y"), else
    the nearest one before it.  The whole list it belongs to is kept ("the towns of X,
    Y and Z"); governorates give way to the towns in the same list.
    """
    sentence = ctx.sentence_of(clause)
    for lo, hi in ((clause.start, clause.end), (sentence.start, sentence.end)):
        places = [p for p in ctx.places_in(lo, hi)
                  if (p.place.feature or "") != "country" and not _is_reference(ctx.text, p)]
        places = [p for i, p in enumerate(places) if not (i and _QUALIFIER_GAP.match(ctx.text[places[i - 1].end:p.start]))]
        if places:
            return _finest(_place_list(ctx.text, places, _anchor(ctx.text, places, pos)))
    return []


def _anchor(text: str, places: list[PlaceMention], pos: int) -> int:
    """Index of the place the trigger points at.

    After the trigger and close, a place introduced by a preposition ("fired into X",
    "raids on X") beats a bare one ("snipers positioned [in] Y fired into X"); with
    none close after, the last place before the trigger.
    """
    after = [i for i, p in enumerate(places) if p.start >= pos and p.start - pos <= _PLACE_REACH]
    governed = [i for i in after if _LOCATIVE_BEFORE.search(text[max(pos, places[i].start - 25):places[i].start])]
    if governed:
        return governed[0]
    if after:
        return after[0]
    before = [i for i, p in enumerate(places) if p.start < pos]
    return before[-1] if before else next(i for i, p in enumerate(places) if p.start >= pos)


def _place_list(text: str, places: list[PlaceMention], anchor: int) -> list[PlaceMention]:
    """The anchor place and its neighbours joined by list punctuation ("X, Y and Z")."""
    lo = hi = anchor
    while lo > 0 and _LIST_JOIN.match(text[places[lo - 1].end:places[lo].start]):
        lo -= 1
    while hi + 1 < len(places) and _LIST_JOIN.match(text[places[hi].end:places[hi + 1].start]):
        hi += 1
    return places[lo:hi + 1]


def _is_reference(text: str, place: PlaceMention) -> bool:
    """Named to locate something else ("40 km from Homs", "pro-Damascus media", "Britain-based")."""
    return bool(_REFERENCE_BEFORE.search(text[max(0, place.start - 60):place.start])
                or _ADJECTIVAL_BEFORE.search(text[max(0, place.start - 5):place.start])
                or _ADJECTIVAL_AFTER.match(text[place.end:place.end + 12]))


def _finest(places: list[PlaceMention]) -> list[PlaceMention]:
    """Drop governorates/regions when the clause also names a town or village in them."""
    fine = [p for p in places if (p.place.feature or "") not in _COARSE_FEATURES]
    return fine or places


def _confidence(trigger: Trigger, actors: list[ActorMention], place: PlaceMention | None) -> float:
    score = 0.55 if trigger.weak else 0.75
    score += 0.1 if any(a.type != "civilians" for a in actors) else 0.0
    score += 0.1 if place is not None else 0.0
    return round(min(score, 0.95), 2)


# -- merging --------------------------------------------------------------------------


def place_key(place: Place | None) -> str | None:
    """Identity of a place for merging: gazetteer id, else its normalised name."""
    if place is None:
        return None
    if place.gazetteer_id:
        return place.gazetteer_id
    return re.sub(r"[^a-z0-9]", "", place.name.lower()) or None


def assemble_events(candidates: list[Candidate], kb: ActorKB) -> list[Event]:
    """One event per (sub-event type, place); placeless mentions fold into a placed twin.

    A weak trigger ("explosion", "fighting") stands only when the report has no stronger
    event of that type and the clause dates it: otherwise it is description, not news.
    """
    strong_types = {c.event_type for c in candidates if not c.weak}
    kept = [c for c in candidates if not c.weak or (c.event_type not in strong_types and c.date_level <= 1)]
    kept.sort(key=lambda c: c.trigger[0])
    groups: dict[tuple[str, str | None], list[Candidate]] = {}
    for cand in kept:
        groups.setdefault((cand.sub_event_type, place_key(cand.place.place if cand.place else None)), []).append(cand)
    _fold_regions_into_towns(groups)
    placed_types = {k[0] for k in groups if k[1] is not None}
    merged: list[list[Candidate]] = []
    for (sub_type, key), members in groups.items():
        if key is None and sub_type in placed_types:
            target = _nearest_placed(groups, sub_type, members[0].trigger[0])
            target.extend(members)
            continue
        merged.append(members)
    attackers = _attackers_by_type(kept)
    events = [_event_from(members, kb, attackers.get(members[0].sub_event_type, {})) for members in merged]
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    for index, event in enumerate(events, start=1):
        event.id = f"e{index}"
    return events


def _fold_regions_into_towns(groups: dict[tuple[str, str | None], list[Candidate]]) -> None:
    """A strike "in Idlib province" and the same strike "on Urum al-Joz" (in Idlib) are one event."""
    for key in list(groups):
        sub_type, _ = key
        region = groups[key][0].place
        if region is None or (region.place.feature or "") not in _COARSE_FEATURES:
            continue
        inside = [k for k, m in groups.items() if k[0] == sub_type and k != key and m[0].place is not None
                  and m[0].place.place.admin1 and m[0].place.place.admin1 == (region.place.admin1 or region.place.name)]
        if inside:
            groups[inside[0]].extend(groups.pop(key))


def _nearest_placed(groups: dict[tuple[str, str | None], list[Candidate]], sub_type: str, pos: int) -> list[Candidate]:
    placed = [m for (t, k), m in groups.items() if t == sub_type and k is not None]
    return min(placed, key=lambda m: min(abs(c.trigger[0] - pos) for c in m))


def _attackers_by_type(candidates: list[Candidate]) -> dict[str, dict[str, ActorMention]]:
    """Who the report says carries out each kind of event (its other mentions reuse them)."""
    found: dict[str, dict[str, ActorMention]] = {}
    for cand in candidates:
        for a in cand.actors:
            if a.start not in cand.targets:
                found.setdefault(cand.sub_event_type, {}).setdefault(a.name, a)
    return found


def _event_from(members: list[Candidate], kb: ActorKB, type_attackers: dict[str, ActorMention]) -> Event:
    first = next((c for c in members if c.place is not None), members[0])
    actors: dict[str, ActorRef] = {}
    attackers: set[str] = set()
    for cand in members:
        for a in cand.actors:
            actors.setdefault(a.name, ActorRef(name=a.name, type=a.type, mention=a.mention))
            if a.start not in cand.targets:
                attackers.add(a.name)
    if not attackers and first.sub_event_type in _UNATTRIBUTED_TYPES:
        # Unnamed here: the attacker the report names for the same kind of event, else unidentified.
        for a in type_attackers.values():
            actors.setdefault(a.name, ActorRef(name=a.name, type=a.type, mention=a.mention))
        unidentified = kb.get(UNIDENTIFIED)
        if not type_attackers and unidentified is not None:
            actors[UNIDENTIFIED] = ActorRef(name=UNIDENTIFIED, type=unidentified.type, mention=first.trigger_text)
    evidence: dict[tuple[int, int], Span] = {}
    for cand in members:
        for span in cand.evidence:
            evidence.setdefault((span.start, span.end), span)
    return Event(
        id="e0",
        event_type=first.event_type,
        sub_event_type=first.sub_event_type,
        date=_best_dates(members),
        location=_located(first.place),
        actors=list(actors.values()),
        evidence=sorted(evidence.values(), key=lambda s: s.start),
        confidence=max(c.confidence for c in members),
    )


def _located(mention: PlaceMention | None) -> Place | None:
    if mention is None:
        return None
    return mention.place.model_copy(update={"mention": mention.mention})


def _best_dates(members: list[Candidate]) -> DateRange:
    """The span of the best-attested dates among merged mentions (a stated day beats the lead)."""
    best = min(c.date_level for c in members)
    known = [c.date for c in members if c.date_level == best and c.date.start]
    if not known:
        return next(c.date for c in members if c.date_level == best)
    start = min(date.fromisoformat(d.start) for d in known)
    end = max(date.fromisoformat(d.end or d.start) for d in known)
    return make_range(start, end)
