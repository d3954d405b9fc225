"""Events a short report implies by its toll alone, or by being a line of an incident log.

A one-line report ("Three soldiers killed near Tadif", "Four fighters killed in Maskanah")
often has no trigger word, yet it reports deaths in an event at that place on that day;
UCDP codes every such headline as an event.  A longer report that names no kind of event
is usually commentary or statistics, so only short reports (data/events/toll_events.yaml)
get an event from a toll, only when no violent event reading was found, only for the
groups that file names (fighters), and not from a toll told as an update of an earlier
one: those stay event-less reports, which fusion joins to the incident they tell of.

An incident log's line ("<day>: (<code>) <village>, <governorate>, Syria") names no kind
of event and no toll either, yet it is the record of one incident at that place on that
day; the log's incident code (toll_events.yaml, ``log_lines``) says what kind.
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
    log_line: re.Pattern[str] | None = None  # how an incident log's line opens
    log_codes: tuple[tuple[re.Pattern[str], str, str], ...] = ()  # incident code -> (sub-event type, event type)


@lru_cache(maxsize=1)
def load_rules(path: str = str(TOLL_EVENTS_PATH)) -> TollEventRules:
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh) or {}
    try:
        kinds = {category: (spec["sub_event_type"], spec["event_type"])
                 for category, spec in (data.get("by_category") or {}).items()}
        cues = tuple(re.compile(p, re.IGNORECASE) for p in data.get("update_cues") or [])
        logs = data.get("log_lines") or {}
        line = re.compile(logs["line"], re.IGNORECASE) if logs else None
        codes = tuple((re.compile(c["pattern"]), c["sub_event_type"], c["event_type"]) for c in logs.get("codes") or [])
        return TollEventRules(int(data["short_sentences"]), kinds, cues, line, codes)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ValueError(f"{path}: needs short_sentences, by_category entries with "
                         f"sub_event_type and event_type, valid update_cues, and log_lines with a "
                         f"line pattern and codes ({exc})") from None


def _is_update(ctx: DocContext, clause: Clause, rules: TollEventRules) -> bool:
    sentence = ctx.sentence_of(clause)
    words = ctx.text[sentence.start:sentence.end]
    return any(cue.search(words) for cue in rules.update_cues)


def is_short_report(ctx: DocContext) -> bool:
    """A headline or a headline and one sentence: everything in it is the news."""
    return len(ctx.sentences) <= load_rules().short_sentences


def toll_events(ctx: DocContext, claims: list[CasualtyClaim], candidates: list[Candidate]) -> list[Candidate]:
    """One candidate per incident death toll (subsets too: "including 9 soldiers" says who
    fought) of a short report that names no violent event; or the incident of a log line."""
    if not is_short_report(ctx) or any(c.event_type in VIOLENT_TYPES for c in candidates):
        return []
    rules = load_rules()
    logged = _log_line_event(ctx, rules)
    if logged is not None:
        return [logged]
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


_COARSE = frozenset({"admin1", "admin2", "governorate", "district", "country"})


def _log_line_event(ctx: DocContext, rules: TollEventRules) -> Candidate | None:
    """The incident an incident log's line records: its kind from the log's code, at the
    line's first place finer than a governorate (the log names places from the smallest
    out; else its first region), on the line's day."""
    opening = rules.log_line.match(ctx.text) if rules.log_line is not None else None
    if opening is None:
        return None
    kind = next(((sub, event) for code, sub, event in rules.log_codes
                 if code.match(ctx.text, opening.end())), None)
    named = [p for p in ctx.places_in(opening.end(), len(ctx.text)) if p.place.feature != "country"]
    fine = [p for p in named if (p.place.feature or "") not in _COARSE]
    if kind is None or not named:
        return None
    place = (fine or named)[0]  # a village no gazetteer holds: its district or governorate
    clause = ctx.clause_at(place.start)
    stated = ctx.dates_in(opening.start(), opening.end())
    # the line's own day, however long before the log was published
    when, level = (stated[0].range, 0) if stated else ctx.event_date(clause, place.start)
    span = Span(start=0, end=len(ctx.text.rstrip()), text=ctx.text.rstrip())
    return Candidate(kind[0], kind[1], clause, (opening.start(), opening.end()), [], place, when, level,
                     confidence=0.5, evidence=[span], trigger_text=ctx.text[opening.start():opening.end()])
