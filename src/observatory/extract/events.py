"""Events: trigger words attached to their clause's actors, places and dates, then
merged to one event per (sub-event type, place).

A report mentions the same strike three times (headline, lead, body) and the analyst
wants it once; it also chains strikes on three towns into one sentence and the analyst
wants three.  So every trigger becomes a candidate carrying the places of its clause,
candidates fan out per place, and candidates with the same type and place merge.
Triggers inside background, reported threats or page furniture are dropped first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from observatory.config import read_yaml
from observatory.extract.clauses import Clause, breaks_clause
from observatory.extract.context import FILTERS_PATH, LEAD_LEVEL, DocContext, FilterDataError, days_or_characters
from observatory.extract.dates import (MULTI_DAY_TALLY_DAYS, DateMention, counts_days_back, find_dates, make_range,
                                      pattern_list, string_list)
from observatory.extract.event_actors import OWN_ATTACKER_TYPES, event_actors, is_target
from observatory.extract.event_places import (CITY_OF, CITY_WORD, SETTLEMENT_FEATURES, event_places, finer_site,
                                              place_key, quarter_of, stands_for_governorate, told_sites,
                                              town_in_governorate)
from observatory.extract.places import PlaceMention
from observatory.extract import short_reports
from observatory.extract.triggers import TRIGGERS_PATH, Trigger, TriggerDataError, load_lexicon
from observatory.kb.actors import ActorKB, ActorMention
from observatory.models import NON_STATE_TYPES, STATE_TYPES, ActorRef, DateRange, Event, Place, Span
from observatory.nlp.caseless import CaselessPattern, cue_alternation, lower_exactly

# Violence whose attacker a report often cannot name: then it is an unidentified armed group.
_UNATTRIBUTED_TYPES = {"Suicide bomb", "Remote explosive/landmine/IED", "Shelling/artillery/missile attack",
                       "Grenade", "Attack", "Abduction/forced disappearance"}
# Repeated shelling or killings in one report are usually by the same named side; each
# bomb or mine is its own story, so those never borrow an attacker from another mention.
_SHARED_ATTACKER_TYPES = {"Shelling/artillery/missile attack", "Attack", "Abduction/forced disappearance"}
UNIDENTIFIED = "Unidentified Armed Group"
# A bare "blast" (weak reading of the first type) in a report of the second is that event.
_BLAST_OF = {"Remote explosive/landmine/IED": "Suicide bomb"}
# A chemical attack is typed by its agent however it was delivered (taxonomy.md): the
# rockets or barrel bombs that carry the gas in the same clause are that attack, not another.
_CARRIERS_OF = {"Chemical weapon": ("Shelling/artillery/missile attack", "Air/drone strike")}
# A bare "massacre" (weak reading of the first event type) at a place where the report tells a
# bombing (the second) names that bombing by its dead: "the Al-Waha massacre", then "the air force's
# raids on Al-Waha killed forty" is one air strike, not an attack on civilians beside it.
_NAMED_BY_ITS_DEAD = {"Violence against civilians": "Explosions/Remote violence"}
_AUTHORITY_TYPES = {"Arrests": ("Violence against civilians", "Abduction/forced disappearance")}
_CARRIER_REACH = 40
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # "were arrested by the Asayish"
_BODY_REACH = 60  # characters before a side's name in which a policing body's words "of" it stand
_CHARGE_REACH = 60  # characters before a trigger read for the words that make it a charge
_OWN_READING_REACH = 90  # characters between an outranking match and a reading that is its own act
# what opens a second act inside a clause: "as" ("held a protest as artillery shelled the town"), "and in X",
# ", and" ("torched the office in X, and clashes broke out in Y")
_OTHER_ACT = re.compile(r"\bas\b|\band (?:in|at|near|outside)\b|,\s*and\b", re.IGNORECASE)
# what joins a new subject's act: an armed side named after it does a second act ("..., and gunmen
# kidnapped a merchant"), one named before it is a place's or a target's ("in front of the Asayish office")
_JOINS_ACT = re.compile(r",|\b(?:and|after|before|when|then|but|once|until)\b", re.IGNORECASE)
_TWO_ATTACKS = re.compile(r",|\band\b|\bor\b|\bas well as\b")
_ADMIN_FEATURES = {"admin1", "admin2", "governorate", "district"}
_IN_COUNTRY = re.compile(r"\bin (?:neighbou?ring |(?:north|south)?(?:east|west)?ern |central )?$", re.IGNORECASE)
_AND_NEXT = re.compile(r"\s*(?:and|&)\s", re.IGNORECASE)
_LEAD_SENTENCES = 2  # the headline and the lead, which often repeats it
# Event types whose bare words do not tell the sub-event type: "bombardment", "strikes", "blast"
# may be an air strike, a shelling or a bomb (``_weak_to_their_sites``).
_BLURRED_EVENT_TYPES = {"Explosions/Remote violence"}
# A season opens its sentence when at most a preposition's words come before it ("Over the past").
_OPENING_WORDS = 3
_TOLD_REACH = 2  # sentences after an event's own within which a trigger-less one may give its site


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
    date_level: int  # 0 clause, 1 sentence, 2 report lead (LEAD_LEVEL), 3 unstated (see DocContext.event_date)
    weak: bool = False
    confidence: float = 0.8
    evidence: list[Span] = field(default_factory=list)
    located: bool = True  # False for kinds of event whose clause places are not where they happened
    targets: frozenset[int] = frozenset()  # starts of actor mentions named as targets, not perpetrators
    trigger_text: str = ""
    told_after: tuple[int, list[PlaceMention]] | None = None  # a following sentence and the sites it gives (told_sites)
    policed: bool = False  # an arrest by a body that polices where its side governs (_polices)

    def attackers(self) -> list[ActorMention]:
        """The actors the reading names as doing it: all but those named as its targets."""
        return [a for a in self.actors if a.start not in self.targets]


# -- finding candidates -------------------------------------------------------------


def find_candidates(ctx: DocContext, kb: ActorKB, short_report: bool = False) -> list[Candidate]:
    """Every trigger that survives the filters, as one candidate per place of its clause
    (headline-grammar triggers only in a short report)."""
    hits = _trigger_hits(ctx, short_report)
    told = _sites_told_after(ctx, {ctx.clause_at(pos).sentence for trigger, pos, _ in hits.values() if not trigger.weak})
    out: list[Candidate] = []
    for (sub_type, _), (trigger, start, end) in hits.items():
        clause = ctx.clause_at(start)
        actors = event_actors(ctx, clause, trigger, (start, end), kb)
        targets = frozenset(a.start for a in actors if is_target(ctx.text, a))
        policed = sub_type in _AUTHORITY_TYPES and any(_polices(ctx.text, a, start) for a in actors if a.start not in targets)
        places: Sequence[PlaceMention | None] = (
            short_reports.log_site(ctx, end) if trigger.one_site
            else event_places(ctx, clause, start) if trigger.located else [])
        if places:
            places = _in_this_war(places)
            if not places:
                continue  # every place of the event lies in another war's country
        if not any(places) and _told_in_other_war(ctx, clause):
            continue  # no place of its own, in a clause set in another war's country
        when, date_level = short_reports.event_date(ctx, clause, start) if short_report else ctx.event_date(clause, start)
        # A clause's own offsets and text (a log line's event: the whole line, its date, code and site).
        # Validated: pydantic's validator makes a Span faster than its Python ``model_construct``.
        low, high = (0, len(ctx.text)) if trigger.one_site else (clause.start, clause.end)
        evidence = Span(start=low, end=high, text=ctx.text[low:high])
        for place in places or [None]:
            out.append(Candidate(sub_type, trigger.event_type, clause, (start, end), actors, place, when,
                                 date_level, weak=trigger.weak, confidence=_confidence(trigger, actors, place),
                                 evidence=[evidence], targets=targets, trigger_text=ctx.text[start:end],
                                 located=trigger.located, told_after=told(clause.sentence), policed=policed))
    return out


@dataclass(frozen=True)
class _PolicingCues:
    """triggers.yaml's policing bodies (see there for why an arrest by one is an arrest)."""

    actors: frozenset[str]
    mention: re.Pattern[str]  # a body's words in a doer's own mention
    after: re.Pattern[str]  # joined after a side's name: "HTS security forces", "the SNA's military police"
    before: re.Pattern[str]  # before the side's name: "the general security of the Salvation Government"


@lru_cache(maxsize=1)
def _policing_cues() -> _PolicingCues:
    data = read_yaml(TRIGGERS_PATH, TriggerDataError)
    bodies = "|".join(f"(?:{p})" for p in pattern_list(TRIGGERS_PATH, data, "policing_bodies", TriggerDataError))
    return _PolicingCues(
        actors=frozenset(string_list(TRIGGERS_PATH, data, "policing_actors", TriggerDataError)),
        mention=re.compile(rf"\b(?:{bodies})\b", re.IGNORECASE),
        after=re.compile(rf"(?:[’']s)?[^\S\n]+(?:{bodies})\b", re.IGNORECASE),
        before=re.compile(rf"\b(?:{bodies})[^\S\n]+(?:of|affiliated[^\S\n]+(?:to|with)|belonging[^\S\n]+to|run[^\S\n]+by)"
                          r"[^\S\n]+(?:the[^\S\n]+)?$", re.IGNORECASE))


def _polices(text: str, actor: ActorMention, trigger: int) -> bool:
    """Whether the doer of an arrest (its trigger at ``trigger``) is a body that polices where its
    side governs: the Asayish, "the internal security forces of the Autonomous Administration", "HTS
    security forces", "the SNA's military police", "the general security of the Salvation
    Government".  Its detentions are arrests (ACLED), where the group's own ("HTS fighters detained a
    teacher") are abductions.  The body is the subject, or the agent after "by": in "gunmen detained
    two Asayish members" the Asayish are who was taken."""
    cues = _policing_cues()
    if actor.start > trigger and _BY_AGENT.search(text, max(0, actor.start - 8), actor.start) is None:
        return False
    return (actor.name in cues.actors or cues.mention.search(text, actor.start, actor.end) is not None
            or cues.after.match(text, actor.end) is not None
            or cues.before.search(text, max(0, actor.start - _BODY_REACH), actor.start) is not None)


def _in_this_war(places: Sequence[PlaceMention | None]) -> list[PlaceMention | None]:
    """The places of a clause outside the countries of other wars ("an assault by Iraqi troops
    on Mosul" is that war's; "strikes on Raqqa and Mosul" keeps Raqqa)."""
    elsewhere = load_lexicon().other_theatres
    return [p for p in places if p is None or (p.place.country or "") not in elsewhere]


def _told_in_other_war(ctx: DocContext, clause: Clause) -> bool:
    """A clause that places its event nowhere but is set "in" another war's country ("across the
    border in Iraq, the army repelled an attack on a town") tells that war; "near the border
    with Iraq", a clause also set "in Syria", and a name or frame ("the Islamic State in Iraq
    and the Levant", "a group operating in Iraq and Syria") do not."""
    elsewhere = load_lexicon().other_theatres
    countries = [p for p in ctx.places_in(clause.start, clause.end) if (p.place.feature or "") == "country"
                 and _IN_COUNTRY.search(ctx.text, max(clause.start, p.start - 30), p.start)
                 and not _AND_NEXT.match(ctx.text, p.end)]
    return (any((p.place.country or "") in elsewhere for p in countries)
            and not any((p.place.country or "") not in elsewhere for p in countries))


def _sites_told_after(ctx: DocContext, telling: set[int]) -> Callable[[int], tuple[int, list[PlaceMention]] | None]:
    """For a sentence, the sites the next trigger-less sentences give the event it tells:
    the first such sentence within reach that introduces a site, stopping at one that
    plainly tells an event of its own (its places are that event's)."""
    cache: dict[int, tuple[int, list[PlaceMention]] | None] = {}

    def site_after(sentence: int) -> tuple[int, list[PlaceMention]] | None:
        if sentence not in cache:
            cache[sentence] = None
            for later in range(sentence + 1, min(sentence + 1 + _TOLD_REACH, len(ctx.sentences))):
                if later in telling:
                    break
                if sites := told_sites(ctx, later):
                    cache[sentence] = (later, sites)
                    break
        return cache[sentence]
    return site_after


def _trigger_hits(ctx: DocContext, short_report: bool) -> dict[tuple[str, int], tuple[Trigger, int, int]]:
    """The first valid trigger of each sub-event type in each clause (strong beats weak)."""
    hits: dict[tuple[str, int], tuple[Trigger, int, int]] = {}
    strong_in_clause: set[tuple[str, int]] = set()
    # every trigger match of an agent's type (_CARRIERS_OF) in each clause, its conditions not asked
    # (a later match is not, once the clause holds a strong hit): they are read only where the
    # clause holds a valid hit of the agent's event, and there any of them may name what a carrier
    # held ("chlorine gas attacks and rockets filled with chlorine": the rockets' agent comes
    # after the clause's first hit)
    agents: dict[tuple[str, int], list[tuple[int, int]]] = {}
    lexicon = load_lexicon()
    lower = lower_exactly(ctx.text)
    for pos, first in lexicon.starts(ctx.text, lower):
        if ctx.in_furniture(pos) or ctx.in_organisation(pos):
            continue
        clause = ctx.clause_at(pos)
        applied: set[str] = set()
        for trigger, end in lexicon.triggers_at(ctx.text, pos, lower, first):
            if trigger.headline and not short_report:
                continue
            key = (trigger.sub_event_type, clause.start)
            if trigger.sub_event_type in _CARRIERS_OF:
                agents.setdefault(key, []).append((pos, end))
            if key in hits and not hits[key][0].weak:
                # The clause holds a strong hit of this kind, and its event type is in
                # strong_in_clause (a sub-event type has one: triggers.load_triggers):
                # nothing below would change, so its filters are not asked.
                continue
            if trigger.sub_event_type in applied or not _applies(ctx, trigger, clause, pos, short_report):
                continue
            applied.add(trigger.sub_event_type)
            if trigger.weak and (trigger.event_type, clause.start) in strong_in_clause:
                continue
            if not trigger.weak:
                strong_in_clause.add((trigger.event_type, clause.start))
            if key not in hits or (hits[key][0].weak and not trigger.weak):
                hits[key] = (trigger, pos, end)
    for (sub_type, clause_start) in [k for k in hits if k[0] in _CARRIERS_OF]:
        for carrier in _CARRIERS_OF[sub_type]:
            if (carrier, clause_start) in hits and any(
                    _carries(ctx.text, hits[(carrier, clause_start)][1:], agent)
                    for agent in agents[(sub_type, clause_start)]):
                del hits[(carrier, clause_start)]
    _drop_outranked(ctx, hits, lexicon.outranks)
    return hits


def _drop_outranked(ctx: DocContext, hits: dict[tuple[str, int], tuple[Trigger, int, int]],
                    outranks: dict[str, frozenset[str]]) -> None:
    """Drop the readings a plain (strong) reading of another type stands for (triggers.yaml
    ``outranks``) where they are its own words: "demonstrators were fired on" is excessive force
    against protesters, not an attack on civilians and a protest; "police broke up the rally and
    detained six" is one protest with intervention.  A second act told beside it in its sentence
    keeps its event ("..., while gunmen shot dead a doctor in Homs")."""
    if not outranks:
        return
    plain = [(sub_type, clause_start, (pos, end)) for (sub_type, clause_start), (trigger, pos, end) in hits.items()
             if not trigger.weak and sub_type in outranks]
    for key, (_, pos, end) in list(hits.items()):
        if any(key[0] in outranks[sub_type] and key[1] == clause_start and _own_reading(ctx, match, (pos, end))
               for sub_type, clause_start, match in plain if sub_type != key[0]):
            del hits[key]


def _own_reading(ctx: DocContext, match: tuple[int, int], reading: tuple[int, int]) -> bool:
    """Whether a reading (start and end of its trigger) is part of the outranking match's act: the
    two overlap, or the words between are near and join one act (no clause break, no armed side as
    a new subject, no second place: "broke up a rally of students in Raqqa on Monday and detained six")."""
    first, second = sorted((match, reading))
    if second[0] < first[1]:
        return True
    between = ctx.text[first[1]:second[0]]
    return (len(between) <= _OWN_READING_REACH and not breaks_clause(between) and not _OTHER_ACT.search(between)
            and not any(a.type != "civilians" and _JOINS_ACT.search(ctx.text, first[1], a.start)
                        for a in ctx.actors_in(first[1], second[0]))
            and len(ctx.places_in(first[1], second[0])) <= 1)


def _carries(text: str, carrier: tuple[int, int], agent: tuple[int, int]) -> bool:
    """"rockets filled with chlorine", "toxic gas in their shelling": the weapon and the agent
    (start and end of each mention) are one phrase; "air strikes and a chemical attack" are two
    attacks."""
    first, second = sorted((carrier, agent))
    between = text[first[1]:second[0]]
    return len(between) <= _CARRIER_REACH and not _TWO_ATTACKS.search(between)


def _applies(ctx: DocContext, trigger: Trigger, clause: Clause, pos: int, short_report: bool) -> bool:
    charged_with = load_lexicon().charged_with
    if charged_with is not None and charged_with.search(ctx.text, max(clause.start, pos - _CHARGE_REACH), pos):
        return False  # "a man accused of kidnapping a child": a charge, not an act of the report
    words = ctx.report_words(clause)
    if trigger.requires is not None and not trigger.requires.search(words):
        return False
    if trigger.unless is not None and trigger.unless.search(words):
        return False
    if ctx.is_irrealis(clause, pos) or ctx.names_object(clause, pos) or ctx.recalls_past_event(clause, pos):
        return False
    if _backdrop_campaign(ctx, clause, pos) or ctx.is_hypothetical(clause, pos):
        return False
    if not short_report:
        return not _sums_a_season(ctx, clause, pos) and not ctx.is_background(clause)
    return not short_reports.is_background_at(ctx, clause, pos)


@dataclass(frozen=True)
class _SeasonCues:
    """filters.yaml's season entries (see there for why the values)."""

    days: int
    reach: int
    tallies: CaselessPattern
    not_seasons: CaselessPattern
    relative: re.Pattern[str]
    campaigns: CaselessPattern


@lru_cache(maxsize=1)
def _season_cues() -> _SeasonCues:
    data = read_yaml(FILTERS_PATH, FilterDataError)
    return _SeasonCues(
        days=days_or_characters(data, "season_days"), reach=days_or_characters(data, "season_reach"),
        tallies=cue_alternation(pattern_list(FILTERS_PATH, data, "tallies", FilterDataError)),
        not_seasons=cue_alternation(pattern_list(FILTERS_PATH, data, "not_seasons", FilterDataError)),
        relative=re.compile(rf"\b(?:{relative_words()})\b", re.IGNORECASE),
        campaigns=cue_alternation(pattern_list(FILTERS_PATH, data, "campaigns", FilterDataError)))


@lru_cache(maxsize=1)
def relative_words() -> str:
    """The words that open a relative clause (filters.yaml ``relative_words``), as one
    alternation: an aside about a place or a side carries its own dates (extract/control.py
    drops them from a control change; a season told in one is not the event's)."""
    words = string_list(FILTERS_PATH, read_yaml(FILTERS_PATH, FilterDataError),
                        "relative_words", FilterDataError)
    return "|".join(re.escape(w) for w in words)


def _sums_a_season(ctx: DocContext, clause: Clause, pos: int) -> bool:
    """A season summed up: "SOHR has documented since the 26th of April the death of 312 people in
    assassinations in Idlib and the countryside of Aleppo and Hama, … killed by gunfire, by explosive
    devices or after being kidnapped": a clause dated only by a season up to the report, beside a tally of
    events (a count of deaths or of times, or a running total), sums up many events, none of them an event
    of this report. The season dates the clause when told in it, before the trigger or just after it
    (``_dates_the_trigger``); a clause with no date of its own borrows a season told before it in its
    sentence, since a SOHR tally runs on into relative clauses ("…, who were killed by gunfire") that a day
    would have to restate. A day of its own keeps a clause's event ("since January jets have pounded the
    town; on Monday they struck its market"), and so does a past season ("after the loss of 300 fighters in
    2015, jets killed six shepherds"). A season that dates a comparison or a state ("the deadliest strike
    since January", "a truce in force since February") is no season. Not asked in a short report: a headline
    tells its news and then its running total in one breath ("witnesses 4 explosions raising the casualties
    to 349 since late April"; short_reports reads those)."""
    cues = _season_cues()
    sentence = ctx.sentence_of(clause)
    mentions = [m for m in ctx.dates_in(clause.start, clause.end) if _dates_the_trigger(ctx, m, pos, sentence.start)]
    mentions = mentions or ctx.dates_in(sentence.start, pos)
    mentions = [m for m in mentions
                if not cues.not_seasons.search(ctx.text[max(sentence.start, m.start - ctx.filters.window):m.start])]
    if not mentions or not all(_season(ctx, m) for m in mentions):
        return False
    tallied = cues.tallies.search(ctx.text[sentence.start:sentence.end]) is not None
    return tallied or short_reports.running_total_start(ctx, clause) is not None


def _dates_the_trigger(ctx: DocContext, mention: DateMention, pos: int, sentence_start: int) -> bool:
    """A date of the trigger's clause told close by, in the trigger's own phrase: after it within
    filters.yaml ``season_reach``, before it with no relative clause between, and past a comma
    only when it opens the sentence ("In 2018 alone, jets have bombed the town 300 times"; not
    "Under a truce brokered since December, rebels attacked")."""
    cues = _season_cues()
    if mention.start > pos:
        between = ctx.text[pos:mention.start]
        return len(between) <= cues.reach and "," not in between and not cues.relative.search(between)
    between = ctx.text[mention.end:pos]
    opens = len(ctx.text[sentence_start:mention.start].split()) <= _OPENING_WORDS
    return not cues.relative.search(between) and ("," not in between or opens)


def _season(ctx: DocContext, mention: DateMention) -> bool:
    """A stretch of more than a month that reaches the report's days (not a stale one)."""
    reaches = ctx.published is None or (ctx.published - mention.last_day).days <= ctx.filters.stale_days
    return reaches and (mention.last_day - mention.first_day).days > _season_cues().days


def _backdrop_campaign(ctx: DocContext, clause: Clause, pos: int) -> bool:
    """A campaign named by how long it ran ("after weeks of heavy shelling") is the backdrop of
    another event, unless its clause states its own day after it ("After three weeks of fighting
    the army stormed the town on Sunday" tells Sunday's fighting); a day past a comma or an "and"
    is another event's ("reopened after weeks of clashes and rebels shelled the post on Tuesday")."""
    before = ctx.text[max(clause.start, pos - ctx.filters.window):pos]
    if not ctx.holds_cue(_season_cues().campaigns, before):
        return False
    return not any(m.range.precision == 1 and not _TWO_ATTACKS.search(ctx.text, pos, m.start)
                   for m in ctx.dates_in(pos, clause.end))


def _confidence(trigger: Trigger, actors: list[ActorMention], place: PlaceMention | None) -> float:
    score = 0.55 if trigger.weak else 0.75
    score += 0.1 if any(a.type != "civilians" for a in actors) else 0.0
    score += 0.1 if place is not None else 0.0
    return round(min(score, 0.95), 2)


# -- merging --------------------------------------------------------------------------


def assemble_events(candidates: list[Candidate], kb: ActorKB, main_place: PlaceMention | None = None,
                    claimed_by: ActorMention | None = None, short_report: bool = False) -> list[Event]:
    """One event per (sub-event type, place); placeless mentions fold into a placed twin.

    A weak trigger ("explosion", "fighting") is description, not news, unless it adds a
    place to a kind of event the report states plainly, or stands alone with a date, in
    the headline or in a short report (a headline's "blast kills 7" is the news).
    An event the report never places happened at the report's main place, if it has one;
    a bombing whose attacker the clause does not name is the claimant's, if any.
    """
    _retype_weak(candidates)
    strong = _strong_by_type(candidates)
    kept = [c for c in candidates if not c.weak or _weak_stands(c, strong, short_report)]
    _weak_to_their_sites(kept, strong)
    _place_by_later_sentences(kept, main_place)
    placed_types = {c.sub_event_type for c in kept if c.place is not None}
    for cand in kept:
        if cand.place is None and cand.located and cand.sub_event_type not in placed_types:
            cand.place = main_place
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
    attackers = {t: found for t, found in _attackers_by_type(kept).items() if t not in OWN_ATTACKER_TYPES}
    if claimed_by is not None:
        for sub_type in OWN_ATTACKER_TYPES:
            attackers.setdefault(sub_type, {claimed_by.name: claimed_by})
    events = [_event_from(part, kb, attackers.get(part[0].sub_event_type, {}))
              for members in merged for part in _split_by_days(members)]
    events.sort(key=lambda e: e.evidence[0].start if e.evidence else 0)
    for index, event in enumerate(events, start=1):
        event.id = f"e{index}"
    return events


def _place_by_later_sentences(kept: list[Candidate], main_place: PlaceMention | None) -> None:
    """An event told vaguely ("in a village in Deir Ezzor province") takes the town the next
    trigger-less sentence gives it ("the strikes hit the village of X").  A sentence holding
    another reading of its own (a toll's site) tells its own event.  An unplaced mention of
    a kind the report places elsewhere is one of those events told again, and one of a kind
    placed nowhere is at the report's main place: either takes only a town inside them.  A
    quarter of the city told keeps the city as a further site, as a quarter the clause names does."""
    busy = {c.clause.sentence for c in kept}
    twins: dict[str, list[Place]] = {}
    for cand in kept:
        if cand.place is not None:
            twins.setdefault(cand.sub_event_type, []).append(cand.place.place)
    cities: list[Candidate] = []
    for cand in kept:
        if not cand.located or cand.told_after is None or cand.told_after[0] in busy:
            continue
        site, *listed = cand.told_after[1]
        told = [cand.place.place] if cand.place is not None else twins.get(
            cand.sub_event_type, [main_place.place if main_place is not None else None])
        if any(finer_site(site, place) for place in told):
            if cand.place is not None and quarter_of(site.place, cand.place.place):
                cities.append(replace(cand))
            cand.place = site
            cities.extend(replace(cand, place=other) for other in listed  # "the shells hit X and Y"
                          if any(finer_site(other, place) for place in told))
    kept.extend(cities)


def _retype_weak(candidates: list[Candidate]) -> None:
    """"The blast hit Rashidin" in a report of a suicide bombing is that bombing at Rashidin:
    a bare blast or explosion beside a plainly told suicide bombing (and no plainly told
    planted bomb) is the bombing, so its place is kept instead of dropped."""
    strong_types = {c.sub_event_type for c in candidates if not c.weak}
    for plain, described in _BLAST_OF.items():
        if described in strong_types and plain not in strong_types:
            for weak in (c for c in candidates if c.weak and c.sub_event_type == plain):
                weak.sub_event_type = described


def _strong_by_type(candidates: list[Candidate]) -> dict[str, list[Candidate]]:
    """The plainly told readings of each event type, in order: gathered once per report
    because every weak reading asks for them (a long report has thousands of each)."""
    strong: dict[str, list[Candidate]] = {}
    for cand in candidates:
        if not cand.weak:
            strong.setdefault(cand.event_type, []).append(cand)
    return strong


def _weak_stands(weak: Candidate, strong_by_type: dict[str, list[Candidate]], short_report: bool) -> bool:
    """Keep "the blast in Salaheddin" beside "an explosive device went off" (it adds a place);
    drop "fighting" beside an ambush; alone, keep it when dated, in the headline or in a short report.
    ``strong_by_type``: the report's plainly told readings by event type (``_strong_by_type``)."""
    strong = strong_by_type.get(weak.event_type, [])
    same = [c for c in strong if c.sub_event_type == weak.sub_event_type]
    if same:
        return weak.place is not None or any(_days_touch(c, weak) for c in same)
    if _names_a_bombing(weak, strong_by_type):
        return False
    return not strong and (weak.date_level <= 1 or short_report or weak.clause.sentence == 0)


def _weak_to_their_sites(kept: list[Candidate], strong_by_type: dict[str, list[Candidate]]) -> None:
    """"The offensive in Hama left 48 dead" beside "rebels stormed army posts in Morek": a weak
    reading (a bare "offensive", "fighting") told at a governorate, or at the capital standing
    for it, that holds the one town where the report plainly tells that kind of event, on days
    that may be the same, is that event told by its area: it goes to the town, with its sentence
    and dead, instead of standing as a second fight around it (``_fold_regions_into_towns`` does
    so for the headline and lead by folding groups; this moves any weak reading, the headline's
    too, before grouping).  A quarter keeps its city beside it, as a quarter told after a city's
    event does (``_place_by_later_sentences``),
    and a site the gazetteer lacks and the report calls no town or village (lent the capital's
    point, it may be a hospital in the city) is no town.  A weak reading's own place stands when it holds no
    such site, when it is called a city ("the city of Aleppo": not its governorate), when it names
    sides the site's event does not, when the report tells that kind (any blast-type event for a
    blurred word) at the area too or at two sites in it (which of
    them it sums up is not said: a bare "bombardment" of a province may sum up its air strikes on
    one town and the rocket fire on another), or when it tells days beyond the site's."""
    sites_of = _placed_readings(strong_by_type)
    for weak in kept:
        if not weak.weak or weak.place is None or _called_city(weak.place, weak.evidence[0]):
            continue
        area = weak.place.place
        strong = sites_of.get((weak.event_type, weak.sub_event_type), _NO_SITES)
        told = sites_of.get((weak.event_type, None), _NO_SITES) if weak.event_type in _BLURRED_EVENT_TYPES else strong
        if place_key(area) in told.keys:
            continue  # the report plainly tells that kind at the area too: the weak reading may be that one
        doers, days = _doers(weak), _stated_days(weak)
        sites = {r.key: r.mention for r in told.readings if r.settlement and doers <= r.doers
                 and _days_within(days, r.days) and finer_site(r.mention, area) and not quarter_of(r.mention.place, area)}
        if len(sites) > 1 or not strong.keys.intersection(sites):
            continue
        weak.place = next(iter(sites.values()))


class _PlacedReading(NamedTuple):
    """What ``_weak_to_their_sites`` asks of a plainly told reading with a place, read once
    per report rather than once per weak reading (a long report has thousands of each)."""

    key: str | None  # place_key of its place
    mention: PlaceMention
    settlement: bool  # _settlement of its place
    doers: frozenset[str]  # _doers
    days: tuple[date, date] | None  # _stated_days


@dataclass(frozen=True)
class _PlacedReadings:
    """The placed readings of one kind of event, in the report's order, and their places' keys."""

    readings: tuple[_PlacedReading, ...] = ()
    keys: frozenset[str | None] = frozenset()


_NO_SITES = _PlacedReadings()


def _placed_readings(strong_by_type: dict[str, list[Candidate]]) -> dict[tuple[str, str | None], _PlacedReadings]:
    """The plainly told readings with a place, by (event type, sub-event type) and by
    (event type, None) for all of an event type's."""
    found: dict[tuple[str, str | None], list[_PlacedReading]] = {}
    for event_type, readings in strong_by_type.items():
        for cand in readings:
            if cand.place is None:
                continue
            reading = _PlacedReading(place_key(cand.place.place), cand.place, _settlement(cand.place.place),
                                     frozenset(_doers(cand)), _stated_days(cand))
            found.setdefault((event_type, None), []).append(reading)
            found.setdefault((event_type, cand.sub_event_type), []).append(reading)
    return {kind: _PlacedReadings(tuple(readings), frozenset(r.key for r in readings))
            for kind, readings in found.items()}


def _called_city(mention: PlaceMention, span: Span) -> bool:
    """"Aleppo city", "the city of Aleppo" (``span``: the reading's clause): the city itself, not
    the governorate a capital may stand for."""
    at = max(0, mention.start - span.start)
    return bool(CITY_WORD.search(mention.mention) or CITY_OF.search(span.text, max(0, at - 14), at))


def _settlement(place: Place) -> bool:
    """A town the gazetteer places, or one the report names a town or village ("the town of
    X"): not a site the gazetteer lacks and the report does not call one (a hospital, a hill)."""
    return place.gazetteer_id is not None or (place.feature or "") in SETTLEMENT_FEATURES


def _stated_days(cand: Candidate) -> tuple[date, date] | None:
    """A reading's first and last day, None when it is undated."""
    return _days_of(cand.date) if cand.date.start else None


def _days_within(part: tuple[date, date] | None, whole: tuple[date, date] | None) -> bool:
    """Whether the days ``part`` tells may all be days of ``whole`` (true when either is undated):
    a week's shelling of a province is no one day's shelling of a town in it."""
    if part is None or whole is None:
        return True
    return whole[0] <= part[0] and part[1] <= whole[1]


def _names_a_bombing(weak: Candidate, strong_by_type: dict[str, list[Candidate]]) -> bool:
    """Whether ``weak`` (a bare "massacre") is placed where the report plainly tells a bombing,
    on a day that can be the bombing's and by no doer but the bomber ("militiamen committed a
    massacre in X on Tuesday … on Monday a car bomb exploded in X" tells two events)."""
    bombing = _NAMED_BY_ITS_DEAD.get(weak.event_type)
    if bombing is None or weak.place is None:
        return False
    where = place_key(weak.place.place)
    return any(c.place is not None and place_key(c.place.place) == where
               and _days_touch(weak, c) is not False and not _doers(weak) - _doers(c)
               for c in strong_by_type.get(bombing, []))


def _doers(candidate: Candidate) -> set[str]:
    """The sides a reading names, not its targets nor civilians."""
    return {a.name for a in candidate.attackers() if a.type != "civilians"}


def _days_touch(a: Candidate, b: Candidate) -> bool | None:
    """Whether the days of two readings overlap or follow one another, when both are dated
    in their own sentences (None when either is not: nothing tells their days apart)."""
    if a.date_level > 1 or b.date_level > 1 or not a.date.start or not b.date.start:
        return None
    return _spans_touch(_days_of(a.date), _days_of(b.date))


def _spans_touch(a: tuple[date, date], b: tuple[date, date]) -> bool:
    """Two stretches of days that overlap or follow one another tell one stretch."""
    return a[0] <= b[1] + timedelta(days=1) and b[0] <= a[1] + timedelta(days=1)


def _fold_regions_into_towns(groups: dict[tuple[str, str | None], list[Candidate]]) -> None:
    """A strike "in Idlib province" and the same strike "on Urum al-Joz" (in Idlib) are one event.

    Only governorates and districts fold: a named region ("Eastern Ghouta") is a smaller
    place of its own, and sharing a governorate with a town does not put the town in it."""
    for key in list(groups):
        region = groups[key][0].place
        if region is None:
            continue
        holds = _town_test(groups[key], region.place)
        if holds is None:
            continue
        inside = [k for k, m in groups.items() if k[0] == key[0] and k != key and m[0].place is not None
                  and holds(m[0].place.place, m)]
        if inside:
            groups[inside[0]].extend(groups.pop(key))


def _town_test(members: list[Candidate], region: Place) -> Callable[[Place, list[Candidate]], bool] | None:
    """What says another reading's place lies in ``region``: its governorate for a governorate
    or district; for a capital standing for its governorate in the headline or lead, a town
    of it told only after them ("the cities of Idlib and Ariha" are two sites); else nothing."""
    if (region.feature or "") in _ADMIN_FEATURES:
        name = region.admin1 or region.name
        return lambda place, _members: bool(place.admin1) and place.admin1 == name
    if all(c.clause.sentence < _LEAD_SENTENCES for c in members) and stands_for_governorate(region):
        told = max(c.clause.sentence for c in members)
        return lambda place, others: (min(c.clause.sentence for c in others) > told
                                      and not stands_for_governorate(place) and town_in_governorate(place, region))
    return None


def _nearest_placed(groups: dict[tuple[str, str | None], list[Candidate]], sub_type: str, pos: int) -> list[Candidate]:
    placed = [m for (t, k), m in groups.items() if t == sub_type and k is not None]
    return min(placed, key=lambda m: min(abs(c.trigger[0] - pos) for c in m))


def _attackers_by_type(candidates: list[Candidate]) -> dict[str, dict[str, ActorMention]]:
    """Who the report says carries out each kind of event (its other mentions reuse them)."""
    found: dict[str, dict[str, ActorMention]] = {}
    for cand in candidates:
        for a in cand.attackers():
            found.setdefault(cand.sub_event_type, {}).setdefault(a.name, a)
    return found


def _event_from(members: list[Candidate], kb: ActorKB, type_attackers: dict[str, ActorMention]) -> Event:
    first = next((c for c in members if c.place is not None), members[0])
    actors: dict[str, ActorRef] = {}
    attackers: set[str] = set()
    for cand in members:
        for a in cand.actors:
            if a.name not in actors:  # the first mention names it (no model built for the repeats)
                actors[a.name] = ActorRef(name=a.name, type=a.type, mention=a.mention)
        attackers.update(a.name for a in cand.attackers())
    if not attackers and first.sub_event_type in _UNATTRIBUTED_TYPES:
        # Unnamed here: the attacker the report names for the same kind of event, else unidentified.
        borrowed = type_attackers if first.sub_event_type in _SHARED_ATTACKER_TYPES | OWN_ATTACKER_TYPES else {}
        for a in borrowed.values():
            actors.setdefault(a.name, ActorRef(name=a.name, type=a.type, mention=a.mention))
        unidentified = kb.get(UNIDENTIFIED)
        if not borrowed and unidentified is not None:
            actors[UNIDENTIFIED] = ActorRef(name=UNIDENTIFIED, type=unidentified.type, mention=first.trigger_text)
    evidence: dict[tuple[int, int], Span] = {}
    for cand in members:
        for span in cand.evidence:
            evidence.setdefault((span.start, span.end), span)
    event_type, sub_event_type = _retyped_by_doer(first, actors, attackers, any(c.policed for c in members))
    return Event(
        id="e0",
        event_type=event_type,
        sub_event_type=sub_event_type,
        date=_best_dates(members),
        location=_located(first.place),
        actors=list(actors.values()),
        evidence=sorted(evidence.values(), key=lambda s: s.start),
        confidence=max(c.confidence for c in members),
    )


def _retyped_by_doer(first: Candidate, actors: dict[str, ActorRef], attackers: set[str],
                     policed: bool) -> tuple[str, str]:
    """Arrests are made by authorities (taxonomy.md); people an armed group "detains" or
    "arrests" are abducted by it ("IS detained a teacher in Raqqa"), unless a body that polices
    where the group governs made them (``policed``: "the Asayish arrested five men")."""
    if first.sub_event_type in _AUTHORITY_TYPES and not policed:
        doers = {actors[name].type for name in attackers if name in actors}
        if doers & NON_STATE_TYPES and not doers & STATE_TYPES:
            return _AUTHORITY_TYPES[first.sub_event_type]
    return first.event_type, first.sub_event_type


def _located(mention: PlaceMention | None) -> Place | None:
    if mention is None:
        return None
    return mention.place.model_copy(update={"mention": mention.mention})


def _split_by_days(members: list[Candidate]) -> list[list[Candidate]]:
    """Mentions of one kind of event at one place on days apart ("shelled on the 4th …
    shelled again on Tuesday the 11th") are two events: one event spanning both would claim
    every day between them.  Days that touch or overlap stay one event, except a tally over a
    period beside a shorter day it holds (``_tallies_beside_days``); mentions dated less directly
    go with the first directly dated one in the text."""
    best = min(c.date_level for c in members)
    dated = sorted((c for c in members if c.date_level == best and c.date.start),
                   key=lambda c: (c.date.start, c.trigger[0]))
    tallies = _tallies_beside_days(dated)
    runs = _runs([c for c in dated if id(c) not in tallies]) + _runs([c for c in dated if id(c) in tallies])
    # A headline that names no place sums up the report's event ("gas attack killed 1,400"
    # under a page's later date): the days the body states for it are its days.
    headline = [run for run in runs if all(c.place is None and c.clause.sentence == 0 for c in run)]
    if headline and len(headline) < len(runs):
        for cand in (c for run in headline for c in run):
            cand.date_level = LEAD_LEVEL  # the page's date, as a lead's: the body's days win
        runs = [run for run in runs if not any(run is h for h in headline)]
    if len(runs) < 2:
        return [members]
    in_run = {id(c) for run in runs for c in run}
    lead = min((c for c in dated if id(c) in in_run), key=lambda c: c.trigger[0])
    home = next(run for run in runs if any(c is lead for c in run))
    home.extend(c for c in members if id(c) not in in_run)
    return [sorted(run, key=lambda c: c.trigger[0]) for run in runs]


def _runs(dated: list[Candidate]) -> list[list[Candidate]]:
    """Mentions (sorted by first day) in runs whose days touch or overlap one another."""
    runs: list[list[Candidate]] = []
    run: tuple[date, date] | None = None
    for cand in dated:
        days = _days_of(cand.date)
        if run is None or not _spans_touch(run, days):
            runs.append([cand])
            run = days
        else:
            runs[-1].append(cand)
            run = (run[0], max(run[1], days[1]))
    return runs


def _tallies_beside_days(dated: list[Candidate]) -> set[int]:
    """The mentions (by ``id``) that are a tally over several days ("air strikes on X have
    killed 41 over the past week") holding a shorter mention told plainly (no weak reading: a
    bare "offensive" describes) at a place ("warplanes struck X on Tuesday, killing six"): the
    day's event is one event and the tally, dated by its period, another; merged, the day's
    strike would claim the whole week.  Days that merely touch stay together ("on Monday and
    Tuesday"), and a mention told nowhere (it joined this place's event as a guess:
    ``assemble_events``) inside a tally's days and beside no day told goes with the tally.  A
    run counted back to the day told beside it ("for a fourth straight day on Tuesday") is that
    day's event told with its run, no tally."""
    spans = [(c, _days_of(c.date)) for c in dated]
    tallies = [(tally, first, last) for tally, (first, last) in spans
               if tally.place is not None and (last - first).days + 1 >= MULTI_DAY_TALLY_DAYS
               and any(day.place is not None and not day.weak and (d_last - d_first).days + 1 < MULTI_DAY_TALLY_DAYS
                       and first <= d_first and d_last <= last
                       and not (d_last == last and _run_up_to_its_day(tally, last))
                       for day, (d_first, d_last) in spans)]
    # A mention told nowhere joined this place's event as a guess: inside a tally's days and
    # beside none of the days told at the place, it is the tally's.
    held = {id(tally) for tally, _, _ in tallies}
    days = [span for c, span in spans if c.place is not None and id(c) not in held]
    unplaced = {id(c) for c, (d_first, d_last) in spans if c.place is None
                and any(first <= d_first and d_last <= last for _, first, last in tallies)
                and not any(_spans_touch((d_first, d_last), day) for day in days)}
    return held | unplaced


def _run_up_to_its_day(tally: Candidate, last: date) -> bool:
    """"Barrel bombs fell on X for a fourth straight day on Tuesday": a run of days counted back
    to the day it reached (``counts_days_back``) is that day's event told with its run, not a
    tally beside a day's event that ends on the same day."""
    return any(counts_days_back(m) for m in find_dates(tally.evidence[0].text, last))


def _days_of(rng: DateRange) -> tuple[date, date]:
    start = date.fromisoformat(rng.start) if rng.start else date.min
    return start, date.fromisoformat(rng.end) if rng.end else start


def _best_dates(members: list[Candidate]) -> DateRange:
    """The span of the best-attested dates among merged mentions (a stated day beats the lead)."""
    best = min(c.date_level for c in members)
    known = [(date.fromisoformat(c.date.start), date.fromisoformat(c.date.end or c.date.start))
             for c in members if c.date_level == best and c.date.start]
    if not known:
        return next(c.date for c in members if c.date_level == best)
    span = make_range(min(first for first, _ in known), max(last for _, last in known))
    # A member's own range keeps its precision (a headline dated by its report day is precision 2).
    return next((c.date for c in members if c.date_level == best and c.date.start == span.start
                 and (c.date.end or c.date.start) == span.end), span)
