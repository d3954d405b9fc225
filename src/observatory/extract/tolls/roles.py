"""The role of every figure in a report: which numbers are this report's tolls.

A report's numbers are not all tolls.  Each number mention gets one role from where the
toll reader left it:

- ``incident``: a toll of this report's own incident (a top-level claim);
- ``subset``: a part of another toll ("including 5 children");
- ``cumulative``: a running total ("since the start of the offensive");
- ``restatement``: a toll already told in other words (headline and body, a quote);
- ``background``: a war-wide, historic or war-scale figure, or a part of one;
- ``other``: a number that counts no dead, injured, captured or missing people here
  (populations, vehicles, days, "how many", figures in link lists of other stories).

Only the first three reach the report's claims, so a per-report killed total can never
come from a background, population or vague figure.  Confidence is the claim's own for
claims, and a fixed figure per rule otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from observatory.extract.casualties import (
    ActorFinder, confidence, in_background, read_report, vague_share, war_scale_vague,
)
from observatory.extract.numbers import read_quantity, tokenize
from observatory.extract.tolls.reading import TollReading
from observatory.nlp.sentences import Sentence

Role = Literal["incident", "subset", "cumulative", "restatement", "background", "other"]
RULE_CONFIDENCE = 0.8  # a role given by an explicit rule (merged, dated long ago, no status)
UNREAD_CONFIDENCE = 0.9  # a number no toll reading took: "30 raids", "48 hours", a date


@dataclass(frozen=True)
class NumberRole:
    start: int
    end: int
    text: str
    role: Role
    confidence: float


def number_roles(text: str, sentences: list[Sentence], published: date | None,
                 actors: ActorFinder) -> list[NumberRole]:
    """One role per number mention of the report, in text order."""
    report = read_report(text, sentences, published, actors)
    kept = {id(c) for c in report.claims}
    roles = [_role(r, id(r) in kept) for r in report.readings if r.mention.text]
    taken = {(r.start, r.end) for r in roles}
    spans = [(r.start, r.end) for r in roles]
    for number in _numbers(sentences):
        if (number.start, number.end) not in taken and not any(s <= number.start < e for s, e in spans):
            roles.append(NumberRole(number.start, number.end, number.text, "other", UNREAD_CONFIDENCE))
    return sorted(roles, key=lambda r: r.start)


def _role(reading: TollReading, kept: bool) -> NumberRole:
    q = reading.mention
    role, score = _classify(reading, kept)
    return NumberRole(q.start, q.end, q.text, role, score)


def _classify(reading: TollReading, kept: bool) -> tuple[Role, float]:
    """The role of a figure the toll reader took, from what it decided about it."""
    if kept and reading.restates:
        return "restatement", confidence(reading)  # a claim under the toll it restates
    if kept:
        role: Role = "subset" if reading.parent is not None else (
            "cumulative" if reading.scope == "cumulative" else "incident")
        return role, confidence(reading)
    if reading.merged_into is not None:
        return "restatement", RULE_CONFIDENCE
    if reading.status and (in_background(reading) or war_scale_vague(reading)):
        return "background", RULE_CONFIDENCE
    if reading.status and vague_share(reading):
        return "subset", RULE_CONFIDENCE
    return "other", RULE_CONFIDENCE  # no status, or a toll of another story in a link list


def _numbers(sentences: list[Sentence]) -> list:
    """Every stated amount of the report (digits, number words, vague amounts)."""
    out = []
    for sentence in sentences:
        tokens = tokenize(sentence.text, sentence.start)
        i = 0
        while i < len(tokens):
            quantity = read_quantity(tokens, i)
            if quantity is None or quantity.article:
                i += 1
                continue
            out.append(quantity)
            i = quantity.last
    return out
