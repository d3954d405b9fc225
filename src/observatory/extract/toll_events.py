"""Events a short report implies by its toll alone.

A one-line report ("Three soldiers killed near Tadif", "Gunmen kill a teacher in Busra",
"Casualties among the factions in the countryside of Jisr") often has no trigger word,
yet it reports deaths in an event at that place on that day; UCDP codes every such
headline as an event.  A longer report that names no kind of event is usually commentary
or statistics, so only short reports (data/events/toll_events.yaml) get an event from a
toll, only when no violent event reading was found, with the kind that file gives the
group who died, and not from a toll told as an update of an earlier one: those stay
event-less reports, which fusion joins to the incident they tell of.  A toll without a
figure ("human losses in X", "casualties among the SDF") is a toll too, when it names
where it happened.
"""

from __future__ import annotations

from datetime import date

from observatory.extract.casualty_sites import VIOLENT_TYPES, toll_sites
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.dates import MULTI_DAY_EVENT_DAYS
from observatory.extract.event_actors import is_target
from observatory.extract.event_places import event_places
from observatory.extract.events import Candidate
from observatory.extract.places import PlaceMention
from observatory.extract.short_reports import (
    TollEventRules, event_date, is_background_at, is_short_report, load_rules, running_total_start, stated_day,
)
from observatory.extract.triggers import load_lexicon
from observatory.models import CasualtyClaim, DateRange, Span


def _period_only(ctx: DocContext, clause: Clause, longest: int, until: int) -> bool:
    """The clause dates its toll, before ``until``, only by periods longer than ``longest``
    days (the words from a running total on date that total, not a fresh toll told before it)."""
    spans = [_days(d.range) for d in ctx.dates_in(clause.start, min(until, clause.end))]
    return bool(spans) and min(spans) > longest


def _days(when: DateRange) -> int:
    if not when.start:
        return 0
    return (date.fromisoformat(when.end or when.start) - date.fromisoformat(when.start)).days + 1


def toll_events(ctx: DocContext, claims: list[CasualtyClaim], candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per incident toll of the dead or wounded (subsets too: "including 9
    soldiers" says who fought) of a short report that names no violent event; failing
    those, one for a placed toll told without a figure."""
    crowd_violence = load_lexicon().crowd_violence  # a crowd's or a crackdown's dead are that event's
    if not is_short_report(ctx) or any(c.event_type in VIOLENT_TYPES or c.sub_event_type in crowd_violence
                                       for c in candidates):
        return []
    rules = load_rules()
    out: list[Candidate] = []
    for claim in claims:
        kind = rules.by_category.get(claim.group.category)
        if kind is None or claim.status not in ("killed", "injured"):
            continue
        out.extend(_toll_candidates(ctx, rules, kind, claim.evidence.start, claim.evidence.end, figure=True,
                                    cumulative=claim.scope == "cumulative"))
    if out or any(c.scope == "cumulative" for c in claims):
        return out  # a running total's words are no toll of their own
    return _unnumbered_toll_events(ctx, rules)


def _one_day_toll(ctx: DocContext, rules: TollEventRules, clause: Clause) -> bool:
    """"3 civilians dead in X on the 4th of this month": a toll whose clause states one day
    and no span ("since", "so far") is that day's incident (asked when its sentence tells
    no running total)."""
    return stated_day(ctx, clause) is not None and rules.span_cues.search(ctx.text, clause.start, clause.end) is None


def _unnumbered_toll_events(ctx: DocContext, rules: TollEventRules) -> list[Candidate]:
    """"Human losses among the factions in X": fighters named in the clause died fighting;
    otherwise the kind is that of an unnamed group's deaths."""
    out: list[Candidate] = []
    for match in rules.unnumbered.finditer(ctx.text):
        clause = ctx.clause_at(match.start())
        armed = any(a.type != "civilians" for a in ctx.actors_in(clause.start, clause.end))
        kind = rules.by_category.get("combatants" if armed else "unknown")
        if kind is None:
            continue
        out.extend(_toll_candidates(ctx, rules, kind, match.start(), match.end(), figure=False))
    return out


def _toll_candidates(ctx: DocContext, rules: TollEventRules, kind: tuple[str, str], start: int, end: int,
                     figure: bool, cumulative: bool = False) -> list[Candidate]:
    """The event of the toll at ``start:end``, one candidate per place its clause gives it
    (the dead of "killed in X and Y" died in both, as an event with a trigger takes its
    whole place list), or none when the toll is page furniture, background, an update of
    an earlier toll or a period's total.

    A figure told before the sentence's running total is fresh news ("IS kills 12 soldiers
    near Sukhnah, raising to 125 the number it killed since March"); a toll without a
    figure (``figure`` False) needs a place of its own and never precedes an update's figure.
    A toll the toll reader scoped as a running total (``cumulative``) is an incident's only
    when it is such fresh news ("IS kills 9 guards near X and raises to 80 the number it
    killed since May"), or when its sentence tells no running total and its clause dates it
    to one day (``_one_day_toll``), however the reader scoped the sentence."""
    clause = ctx.clause_at(start)
    cue = running_total_start(ctx, clause)
    fresh = figure and cue is not None and start < cue
    if ctx.in_furniture(start) or (cue is not None and not fresh) or ctx.is_irrealis(clause, start):
        return []
    if cumulative and cue is None and not _one_day_toll(ctx, rules, clause):
        return []  # scoped as a running total, with neither a total after it nor one day of its own
    if rules.no_event.search(ctx.text, clause.start, clause.end):
        return []  # "killed yesterday in different circumstances", "the funeral of 6 fighters"
    if is_background_at(ctx, clause, start, news_before_total=figure):
        return []
    if _period_only(ctx, clause, MULTI_DAY_EVENT_DAYS, cue if fresh and cue is not None else clause.end):
        return []  # "killed in March", "in the first week of June": a period's toll, not one incident's
    when, level = event_date(ctx, clause, start)
    sites: list[PlaceMention | None] = [*(toll_sites(ctx, clause.start, clause.end, start)
                                          or event_places(ctx, clause, start))]
    if not sites and not figure:
        return []
    span = Span(start=clause.start, end=clause.end, text=ctx.text[clause.start:clause.end])
    armed = [a for a in ctx.actors_in(clause.start, clause.end) if a.type != "civilians"]
    targets = frozenset(a.start for a in armed if is_target(ctx.text, a))
    return [Candidate(kind[0], kind[1], clause, (start, end), armed, site, when, level, confidence=0.5,
                      evidence=[span], trigger_text=ctx.text[start:end], targets=targets)
            for site in sites or [None]]
