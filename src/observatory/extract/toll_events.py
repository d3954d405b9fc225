"""Events a short report implies by its toll alone.

A one-line report ("Three soldiers killed near Tadif", "Four fighters killed in Maskanah")
often has no trigger word, yet it reports deaths in an event at that place on that day;
UCDP codes every such headline as an event.  A longer report that names no kind of event
is usually commentary or statistics, so only short reports (data/events/toll_events.yaml)
get an event from a toll, only when no violent event reading was found, only for the
groups that file names (fighters), and not from a toll told as an update of an earlier
one: those stay event-less reports, which fusion joins to the incident they tell of.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from observatory.config import PACKAGE_DATA
from observatory.extract.casualty_sites import VIOLENT_TYPES, toll_site
from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.event_actors import is_target
from observatory.extract.events import Candidate
from observatory.models import CasualtyClaim, Span

TOLL_EVENTS_PATH = PACKAGE_DATA / "events" / "toll_events.yaml"


@dataclass(frozen=True)
class TollEventRules:
    short_sentences: int
    by_category: dict[str, tuple[str, str]]  # category -> (sub-event type, event type)
    update_cues: tuple[re.Pattern[str], ...]  # a toll told as an update of an earlier one


@lru_cache(maxsize=1)
def load_rules(path: str = str(TOLL_EVENTS_PATH)) -> TollEventRules:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    try:
        kinds = {category: (spec["sub_event_type"], spec["event_type"])
                 for category, spec in (data.get("by_category") or {}).items()}
        cues = tuple(re.compile(p, re.IGNORECASE) for p in data.get("update_cues") or [])
        return TollEventRules(int(data["short_sentences"]), kinds, cues)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ValueError(f"{path}: needs short_sentences, by_category entries with "
                         f"sub_event_type and event_type, and valid update_cues ({exc})") from None


def _is_update(ctx: DocContext, clause: Clause, rules: TollEventRules) -> bool:
    sentence = ctx.sentence_of(clause)
    words = ctx.text[sentence.start:sentence.end]
    return any(cue.search(words) for cue in rules.update_cues)


def is_short_report(ctx: DocContext) -> bool:
    """A headline or a headline and one sentence: everything in it is the news."""
    return len(ctx.sentences) <= load_rules().short_sentences


def toll_events(ctx: DocContext, claims: list[CasualtyClaim], candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per incident death toll (subsets too: "including 9 soldiers" says who
    fought) of a short report that names no violent event."""
    if not is_short_report(ctx) or any(c.event_type in VIOLENT_TYPES for c in candidates):
        return []
    rules = load_rules()
    out: list[Candidate] = []
    for claim in claims:
        kind = rules.by_category.get(claim.group.category)
        if kind is None or claim.scope == "cumulative" or claim.status != "killed":
            continue
        clause = ctx.clause_at(claim.evidence.start)
        if ctx.in_furniture(claim.evidence.start) or ctx.is_background(clause) or _is_update(ctx, clause, rules):
            continue
        when, level = ctx.event_date(clause, claim.evidence.start)
        span = Span(start=clause.start, end=clause.end, text=ctx.text[clause.start:clause.end])
        armed = [a for a in ctx.actors_in(clause.start, clause.end) if a.type != "civilians"]
        out.append(Candidate(kind[0], kind[1], clause, (claim.evidence.start, claim.evidence.end), armed,
                             toll_site(ctx, clause.start, clause.end, claim.evidence.start), when, level,
                             confidence=0.5, evidence=[span], trigger_text=claim.evidence.text,
                             targets=frozenset(a.start for a in armed if is_target(ctx.text, a))))
    return out
