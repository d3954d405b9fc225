"""Short reports: a headline, or a headline and one sentence, where every verb is the news.

Headline grammar differs from a report's body ("IS attacks SDF near X", "Casualties in Y",
"Shelling hits Z and raises to 40 the number killed since the start of the offensive"),
so the event readers ask here whether a report is short and how its running totals read.
The rules live in data/events/toll_events.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from observatory.config import PACKAGE_DATA
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.models import DateRange

TOLL_EVENTS_PATH = PACKAGE_DATA / "events" / "toll_events.yaml"


@dataclass(frozen=True)
class TollEventRules:
    short_sentences: int
    by_category: dict[str, tuple[str, str]]  # category -> (sub-event type, event type)
    update_cues: tuple[re.Pattern[str], ...]  # a toll told as an update of an earlier one
    unnumbered: re.Pattern[str]  # a toll told without a figure ("human losses", "casualties")
    longest_days: int  # a toll dated over a longer period is a period's total, not an incident's
    no_event: re.Pattern[str]  # a toll told as a roundup, or at a funeral: no event where it is told


@lru_cache(maxsize=1)
def load_rules(path: str = str(TOLL_EVENTS_PATH)) -> TollEventRules:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    try:
        kinds = {category: (spec["sub_event_type"], spec["event_type"])
                 for category, spec in (data.get("by_category") or {}).items()}
        cues = tuple(re.compile(p, re.IGNORECASE) for p in data.get("update_cues") or [])
        unnumbered = re.compile("|".join(f"(?:{p})" for p in data["unnumbered_tolls"]), re.IGNORECASE)
        no_event = re.compile("|".join(f"(?:{p})" for p in data["no_event_cues"]), re.IGNORECASE)
        return TollEventRules(int(data["short_sentences"]), kinds, cues, unnumbered, int(data["longest_days"]),
                              no_event)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ValueError(f"{path}: needs short_sentences, longest_days, by_category entries with sub_event_type and "
                         f"event_type, and valid update_cues, no_event_cues and unnumbered_tolls ({exc})") from None


def is_short_report(ctx: DocContext) -> bool:
    """A headline or a headline and one sentence: everything in it is the news."""
    return len(ctx.sentences) <= load_rules().short_sentences


def running_total_start(ctx: DocContext, clause: Clause) -> int | None:
    """Where the clause's sentence starts telling a toll as an update of an earlier one
    ("rises to 23", "raising to 40 the number of ..."), or None."""
    sentence = ctx.sentence_of(clause)
    found = [m.start() for cue in load_rules().update_cues if (m := cue.search(ctx.text, sentence.start, sentence.end))]
    return min(found, default=None)


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
    """Background by its words ("since the war began"); a day it states is never
    background in a short report (see ``stated_day``)."""
    if not ctx.is_background(clause):
        return False
    words = ctx.text[clause.start:clause.end]
    return stated_day(ctx, clause) is None or (
        ctx.filters.background is not None and ctx.filters.background.search(words) is not None)


def event_date(ctx: DocContext, clause: Clause, pos: int) -> tuple[DateRange, int]:
    """``DocContext.event_date`` of a short report's clause, or the one day it states
    when that is long past (see ``stated_day``)."""
    when, level = ctx.event_date(clause, pos)
    if level > 0 and (day := stated_day(ctx, clause)) is not None:
        return day, 0
    return when, level
