"""Who fought whom: the two sides and the kind of violence, as ACLED and UCDP want them.

Reports name actors, not sides, so sides are derived with the actor knowledge base's
``side`` (Damascus and its allies are ``government``): side A is the government camp's
first state actor (else the most cited armed actor), side B the most cited armed actor
of the other camp, or the civilians when the violence was one-sided.  The rest of each
camp are its associated actors.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from observatory.export.records import ExportIncident
from observatory.fuse.toll_rules import adds_to_deaths, counted
from observatory.kb.actors import default_kb
from observatory.models import STATE_TYPES

ONE_SIDED_EVENT = "Violence against civilians"
CIVILIAN_CATEGORIES = ("civilians", "children", "women")


@dataclass(frozen=True)
class Sides:
    a: str | None
    a_type: str | None
    b: str | None
    b_type: str | None
    assoc_a: list[str] = field(default_factory=list)
    assoc_b: list[str] = field(default_factory=list)
    type_of_violence: int = 1  # UCDP: 1 state-based, 2 non-state, 3 one-sided


def civilians_killed(record: ExportIncident) -> int:
    """Killed civilians (by category or actor), subsets and round-ups left out (``adds_to_deaths``)."""
    civilian = [t for t in record.tolls if t.category in CIVILIAN_CATEGORIES or t.actor == "Civilians"]
    return sum(counted(t.best, t.low) for t in civilian if adds_to_deaths(t))


def sides(record: ExportIncident) -> Sides:
    camp = default_kb().camp
    kinds = record.actor_types
    armed = record.organised_actors
    state = [name for name in armed if kinds[name] in STATE_TYPES and camp(name) == "government"]
    a = state[0] if state else (armed[0] if armed else None)
    a_camp = camp(a) if a else None
    others = [name for name in armed if camp(name) != a_camp]
    b = others[0] if others else None
    one_sided = record.summary.event_type == ONE_SIDED_EVENT or (b is None and civilians_killed(record) > 0)
    if one_sided and b is None:
        b = "Civilians"
    assoc_a = [name for name in armed if name != a and camp(name) == a_camp]
    assoc_b = [name for name in armed if name not in (a, b) and name not in assoc_a]
    if one_sided:
        violence = 3
    elif any(kinds[name] in STATE_TYPES for name in (a, b) if name in kinds):
        violence = 1
    else:
        violence = 2
    b_type = "civilians" if b == "Civilians" else kinds.get(b or "")
    return Sides(a, kinds.get(a or ""), b, b_type, assoc_a, assoc_b, violence)
