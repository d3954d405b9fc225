"""Short reports: a headline, or a headline and one sentence, where every verb is the news.

Headline grammar differs from a report's body ("IS attacks SDF near X", "Casualties in Y",
"Shelling hits Z and raises to 40 the number killed since the start of the offensive"),
so the event readers ask here whether a report is short and how its running totals read.
The rules live in data/events/toll_events.yaml.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.dates import find_dates, string_list
from observatory.extract.event_places import COARSE_FEATURES
from observatory.extract.places import PlaceMention, lent_governorate
from observatory.extract.triggers import load_lexicon
from observatory.kb.actors import ActorMention
from observatory.nlp.caseless import CaselessPattern
from observatory.models import CasualtyClaim, Count, DateRange, Group, Span, Status

TOLL_EVENTS_PATH = PACKAGE_DATA / "events" / "toll_events.yaml"
_STATED_DATE_PRECISION = 3  # a week or finer; vaguer mentions ("last month") do not date a short report


@dataclass(frozen=True)
class TollEventRules:
    short_sentences: int
    by_category: dict[str, tuple[str, str]]  # category -> (sub-event type, event type)
    update_cues: CaselessPattern  # a toll told as an update of an earlier one
    total_since: re.Pattern[str]  # a toll dated from a start: a running total, no update
    unnumbered: re.Pattern[str]  # a toll told without a figure ("human losses", "casualties")
    no_event: re.Pattern[str]  # a toll told as a roundup, or at a funeral: no event where it is told
    unnumbered_claims: tuple[tuple[Status, re.Pattern[str]], ...]  # (status, toll words told without a figure)
    span_cues: re.Pattern[str]  # a toll told as a total over a span ("since June 3", "so far")


@lru_cache(maxsize=1)
def load_rules(path: str = str(TOLL_EVENTS_PATH)) -> TollEventRules:
    data = read_yaml(Path(path)) or {}
    try:
        kinds = {category: (spec["sub_event_type"], spec["event_type"])
                 for category, spec in (data.get("by_category") or {}).items()}
        cues = CaselessPattern(_any_cue(path, data, "update_cues").pattern)
        total_since = _any_cue(path, data, "total_since_cues")
        unnumbered = _any_cue(path, data, "unnumbered_tolls")
        no_event = _any_cue(path, data, "no_event_cues")
        claims = tuple((_status(status), _any_cue(path, data["unnumbered_claims"], status))
                       for status in data["unnumbered_claims"])
        spans = _any_cue(path, data, "span_cues")
        return TollEventRules(int(data["short_sentences"]), kinds, cues, total_since, unnumbered, no_event, claims,
                              spans)
    except (KeyError, TypeError, ValueError, AttributeError, re.error) as exc:
        raise ValueError(f"{path}: needs short_sentences, by_category entries with sub_event_type and "
                         f"event_type, and valid update_cues, total_since_cues, no_event_cues, unnumbered_tolls, "
                         f"unnumbered_claims and span_cues ({exc})") from None


def _any_cue(path: str, data: object, key: str) -> re.Pattern[str]:
    """The cue list under ``key`` as one caseless alternation (a string where the list
    belongs would otherwise be joined letter by letter and match almost anywhere)."""
    return re.compile("|".join(f"(?:{p})" for p in string_list(Path(path), data, key, ValueError)), re.IGNORECASE)


def _status(key: str) -> Status:
    """A status of ``unnumbered_claims``: the dead or the wounded, the only ones a headline
    tells without a figure."""
    if key not in ("killed", "injured"):
        raise ValueError(f"unnumbered_claims: {key!r} is no status (killed, injured)")
    return "killed" if key == "killed" else "injured"


def is_short_report(ctx: DocContext) -> bool:
    """A headline or a headline and one sentence: everything in it is the news."""
    return len(ctx.sentences) <= load_rules().short_sentences


def running_total_start(ctx: DocContext, clause: Clause) -> int | None:
    """Where the clause's sentence starts telling a toll as an update of an earlier one
    ("rises to 23", "raising to 40 the number of ...": ``update_at``) or as a total from a start
    ("the death toll since March", ``total_since_cues``), or None."""
    sentence = ctx.sentence_of(clause)
    total = load_rules().total_since.search(sentence.text)
    found = [at for at in (update_at(sentence.text), total.start() if total else None) if at is not None]
    return sentence.start + min(found) if found else None


def update_at(text: str) -> int | None:
    """Where ``text`` (a sentence, or an event's wording) starts telling a toll as an update of
    an earlier one ("the death toll rose to 47", "in a new toll"), or None: the one reader of
    data/events/toll_events.yaml ``update_cues``, for short reports, the claim flag
    (``mark_updates``) and incident matching (``fuse.features.wording_facts``).  Searched
    in the sentence's own text: ``CaselessPattern`` lower-cases what it is given."""
    match = load_rules().update_cues.search(text)
    return match.start() if match else None


def mark_updates(ctx: DocContext, claims: list[CasualtyClaim]) -> None:
    """Flag the claims whose sentence tells their figure as an update of an earlier toll
    (``CasualtyClaim.update``): the claim then carries the fact the toll rules read, so that
    fusion never reads the report's text again.  Each sentence is read once."""
    starts = [sentence.start for sentence in ctx.sentences]
    if not starts:
        return
    told: dict[int, bool] = {}
    for claim in claims:
        index = max(bisect_right(starts, claim.evidence.start) - 1, 0)
        if index not in told:
            told[index] = update_at(ctx.sentences[index].text) is not None
        claim.update = told[index]


def news_before_running_total(ctx: DocContext, clause: Clause, pos: int) -> bool:
    """"Shelling targets Harasta and raises to 110 the number killed since the start of the
    attack": the words from the running total on are its history, not the shelling's; the
    event told at ``pos``, before them, is news unless its own words are background too."""
    cue = running_total_start(ctx, clause)
    if cue is None or cue <= pos or ctx.filters.background is None:
        return False
    return ctx.filters.background.search(ctx.text[clause.start:min(cue, clause.end)]) is None


def stated_day(ctx: DocContext, clause: Clause) -> DateRange | None:
    """The one day a short report's clause states ("March 3rd 2017: (S431) Mayadin, ..."),
    however long before publication: a strike log or a late one-liner tells one event, on
    that day, where in a long report an old day marks background."""
    days = [d.range for d in ctx.dates_in(clause.start, clause.end) if d.range.precision == 1 and d.range.start]
    return days[0] if len(days) == 1 else None


def is_background(ctx: DocContext, clause: Clause) -> bool:
    """Background by its words ("since the war began"); a day it states, or the days a
    strike-log line states ("May 4th-5th 2018: (S31) ..."), are never background in a
    short report (see ``stated_day``)."""
    if not ctx.is_background(clause):
        return False
    words = ctx.text[clause.start:clause.end]
    dated = stated_day(ctx, clause) is not None or is_log_line(ctx.text[:clause.end])
    return not dated or (ctx.filters.background is not None and ctx.filters.background.search(words) is not None)


_LEAD_END = re.compile(r"…|\.{2,}")


def news_after_lead(ctx: DocContext, clause: Clause, pos: int) -> bool:
    """"After 8 days of siege… the regime forces open the road", "In the countryside of X…
    gunmen kill a trader": a headline's lead before an ellipsis sets the scene (often with
    an old year or "days after"), the words after it, where ``pos`` is, are the news: they
    are background only by their own words or dates, judged as after an opening aside of time
    (``DocContext.news_is_background``)."""
    leads = [m for m in _LEAD_END.finditer(ctx.text, clause.start, pos)]
    if not leads:
        return False
    return not ctx.news_is_background(leads[-1].end(), clause)


def is_background_at(ctx: DocContext, clause: Clause, pos: int, news_before_total: bool = True) -> bool:
    """Whether the event told at ``pos`` of a short report's clause is background: the
    clause is (``is_background``), and the words at ``pos`` are neither the news after a
    headline's lead (``news_after_lead``) nor, when ``news_before_total`` allows it, news
    told before a running total (``news_before_running_total``); or ``pos`` lies in an opening
    aside of time whose own words recall its event ("Weeks after a bomb killed 40 in X, ...",
    ``DocContext.in_opening_aside``)."""
    if ctx.in_opening_aside(clause, pos):
        return True
    return is_background(ctx, clause) \
        and not (news_before_total and news_before_running_total(ctx, clause, pos)) \
        and not news_after_lead(ctx, clause, pos)


def stated_date(text: str, published: date | None) -> tuple[DateRange, Span] | None:
    """The first day (or week) a short report states that is not after its publication,
    and where: a strike log's "June 3rd-4th 2017: (S61) ..." (a date opening a line is no
    dateline here) and what fusion reads from an event-less report."""
    for mention in find_dates(text, published):
        found = mention.range
        if not found.start or (found.precision or 5) > _STATED_DATE_PRECISION:
            continue
        if published is not None and date.fromisoformat(found.start) > published:
            continue
        return found, Span(start=mention.start, end=mention.end, text=text[mention.start:mention.end])
    return None


def event_date(ctx: DocContext, clause: Clause, pos: int) -> tuple[DateRange, int]:
    """``DocContext.event_date`` of a short report's clause, or the one day it states
    when that is long past (see ``stated_day``); a strike-log line's event is on the date
    the line states (``stated_date``)."""
    sentence = ctx.sentence_of(clause)
    if is_log_line(ctx.text[sentence.start:sentence.end]) \
            and (stated := stated_date(ctx.text[:sentence.end], ctx.published)) is not None:
        return stated[0], 0  # from the report's start: "October 3rd-4th? 2017: (S12) ..." splits at "?"
    when, level = ctx.event_date(clause, pos)
    if level > 0 and (day := stated_day(ctx, clause)) is not None:
        return day, 0
    return when, level


def log_site(ctx: DocContext, pos: int) -> list[PlaceMention]:
    """The one site a strike-log line names after its code at ``pos`` ("(S88) Al Hamra
    school, Tabqa city, Raqqa governorate, Syria"; the line is the whole report, however
    its full stops split it): the places after the first only say where it is.  The last
    of several is the governorate's slot, however the gazetteer reads its name ("Hamdan
    farm, Deir Ezzor, Syria": not the city).  Of the others, the first place located as
    itself wins (a name the gazetteer lacks only lends its governorate's point), else the
    first fine place, else the first area; never the country."""
    named = [m for m in ctx.places_in(pos, len(ctx.text)) if (m.place.feature or "") != "country"]
    named = named[:-1] if len(named) > 1 else named
    fine = [m for m in named if (m.place.feature or "") not in COARSE_FEATURES]
    located = [m for m in fine if m.place.lat is not None and not lent_governorate(m.place)]
    return (located or fine or named)[:1]


def is_log_line(text: str) -> bool:
    """Whether the words are a strike-log line, by the shape of a ``one_site`` trigger of
    data/events/triggers.yaml (fusion asks: a log line's type and actor are the log's,
    every line has them, so only its place and day tell its incident)."""
    return any(shape.search(text) for shape in _log_shapes())


@lru_cache(maxsize=1)
def _log_shapes() -> tuple[CaselessPattern, ...]:
    return tuple(t.requires for t in load_lexicon().triggers if t.one_site and t.requires is not None)


# An armed side whose people a figure-less toll counts: "IS dead", "casualties among the
# SDF", "losses in the ranks of the regime forces" (not "deaths from coalition strikes": the killer).
_OWNER_BEFORE = re.compile(r"^[\s'’s\"”]{0,4}$")
_OWNER_NOUN = re.compile(r"dead|deaths?|casualt|losses|martyrs|bodies|corpses|fatalit", re.IGNORECASE)
_OWNER_AFTER = re.compile(r"^\s+(?:of|among|amongst|in the ranks of|within the ranks of)\s+(?:the\s+)?$",
                          re.IGNORECASE)


def unnumbered_claims(ctx: DocContext, claims: list[CasualtyClaim]) -> list[CasualtyClaim]:
    """Casualty claims of a short report's tolls told without a figure (see
    data/events/toll_events.yaml ``unnumbered_claims``): one per clause, killed when the
    clause says anyone died, else injured; none when the toll reader found a killed or
    injured claim, as the report's other toll words then tell of the same dead ("Five
    fighters killed near X. The bodies were brought back …").  Their ids continue
    ``claims``' numbering."""
    if not is_short_report(ctx) or any(c.status in ("killed", "injured") for c in claims):
        return []
    out: list[CasualtyClaim] = []
    for clause in ctx.clauses:
        found = _toll_words(ctx, clause)
        if found is not None:
            status, start, end = found
            words = ctx.text[start:end]
            actor = _owner(ctx, clause, start, end)
            out.append(CasualtyClaim(
                id=f"c{len(claims) + len(out) + 1}",
                group=Group(actor=actor.name if actor else None,
                            category="combatants" if actor else "unknown",
                            description=actor.mention if actor else ""),
                status=status,
                count=Count(value=None, low=None, high=None, qualifier="vague", text=words),
                evidence=Span(start=start, end=end, text=words),
                confidence=0.4,
            ))
    return out


def _toll_words(ctx: DocContext, clause: Clause) -> tuple[Status, int, int] | None:
    """(status, start, end) of the clause's first toll word of the first status that has one,
    leaving out words inside an actor's or a place's name ("the Martyrs Brigade") and words
    a threat, a plan or an attempt governs ("fears of executing")."""
    for status, pattern in load_rules().unnumbered_claims:
        for match in pattern.finditer(ctx.text, clause.start, clause.end):
            start, end = match.span()
            if ctx.in_furniture(start) or ctx.actors_in(start, end) or ctx.places_in(start, end) \
                    or _in_name(ctx, clause, start, end) or ctx.is_irrealis(clause, start) \
                    or is_background(ctx, clause):
                continue
            return status, start, end
    return None


def _owner(ctx: DocContext, clause: Clause, start: int, end: int) -> ActorMention | None:
    """The armed side whose people the toll words count, when it touches them."""
    for mention in ctx.actors_in(clause.start, clause.end):
        if mention.type == "civilians":
            continue
        if not _OWNER_NOUN.match(ctx.text, start):
            return None  # "regime forces kill …": the side before a verb did the killing
        if mention.end <= start and _OWNER_BEFORE.match(ctx.text[mention.end:start]) \
                or mention.start >= end and _OWNER_AFTER.match(ctx.text[end:mention.start]):
            return mention
    return None


_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _in_name(ctx: DocContext, clause: Clause, start: int, end: int) -> bool:
    """A capitalised toll word between capitalised words inside a sentence is part of a
    name the actor list lacks ("the Yarmouk Martyrs Brigade"), unless the whole headline
    is in title case ("Martyrs And Wounded In Shelling On …")."""
    sentence = ctx.sentence_of(clause)
    if not ctx.text[start].isupper() or start == sentence.start:
        return False
    words = _WORD.findall(ctx.text, sentence.start, sentence.end)
    if all(w[0].isupper() for w in words if len(w) > 3):
        return False  # title case: every word but the short ones capitalised
    before = _WORD.findall(ctx.text, sentence.start, start)[-1:]
    after = _WORD.findall(ctx.text, end, sentence.end)[:1]
    return any(w[0].isupper() for w in before + after)
