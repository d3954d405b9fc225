"""Events a short report implies by its toll alone.

A one-line report ("Three soldiers killed near Tadif", "A woman dies in Busra al-Harir")
often has no trigger word, yet it reports deaths in an event at that place on that day;
UCDP codes every such headline as an event.  A longer report that names no kind of event
is usually commentary or statistics, so only short reports (data/events/toll_events.yaml)
get an event from a toll, and only when no violent event reading was found.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import yaml

from observatory.config import PACKAGE_DATA
from observatory.extract.casualty_sites import VIOLENT_TYPES, toll_site
from observatory.extract.context import DocContext
from observatory.extract.event_actors import is_target
from observatory.extract.events import Candidate
from observatory.models import CasualtyClaim, Span

TOLL_EVENTS_PATH = PACKAGE_DATA / "events" / "toll_events.yaml"


@dataclass(frozen=True)
class TollEventRules:
    short_sentences: int
    by_category: dict[str, tuple[str, str]]  # category -> (sub-event type, event type)


@lru_cache(maxsize=1)
def load_rules(path: str = str(TOLL_EVENTS_PATH)) -> TollEventRules:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    try:
        kinds = {category: (spec["sub_event_type"], spec["event_type"])
                 for category, spec in (data.get("by_category") or {}).items()}
        return TollEventRules(int(data["short_sentences"]), kinds)
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: needs short_sentences and by_category entries with "
                         f"sub_event_type and event_type ({exc})") from None


def is_short_report(ctx: DocContext) -> bool:
    """A headline or a headline and one sentence: everything in it is the news."""
    return len(ctx.sentences) <= load_rules().short_sentences


def toll_events(ctx: DocContext, claims: list[CasualtyClaim], candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per incident death toll (subsets too: "including 9 soldiers" says who
    fought) of a short report that names no violent event."""
    if not is_short_report(ctx) or any(c.event_type in VIOLENT_TYPES for c in candidates):
        return []
    kinds = load_rules().by_category
    out: list[Candidate] = []
    for claim in claims:
        kind = kinds.get(claim.group.category)
        if kind is None or claim.scope == "cumulative" or claim.status != "killed":
            continue
        clause = ctx.clause_at(claim.evidence.start)
        if ctx.in_furniture(claim.evidence.start) or ctx.is_background(clause):
            continue
        when, level = ctx.event_date(clause, claim.evidence.start)
        span = Span(start=clause.start, end=clause.end, text=ctx.text[clause.start:clause.end])
        armed = [a for a in ctx.actors_in(clause.start, clause.end) if a.type != "civilians"]
        out.append(Candidate(kind[0], kind[1], clause, (claim.evidence.start, claim.evidence.end), armed,
                             toll_site(ctx, clause.start, clause.end, claim.evidence.start), when, level,
                             confidence=0.5, evidence=[span], trigger_text=claim.evidence.text,
                             targets=frozenset(a.start for a in armed if is_target(ctx.text, a))))
    return out
