"""data/events/control.yaml, read and checked in one place.

The control verbs, the cues around them, the word lists the claim reader builds its
shapes from and the dependency patterns of the subject parser all live in one file;
both readers (extract/control.py, extract/control_syntax.py) take them from here, so a
bad entry fails once, with the file and the entry named, not as a bare ``re.error``
deep inside an extraction run.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, get_args


from observatory.config import PACKAGE_DATA, read_yaml
from observatory.nlp.pattern_scan import PatternScan
from observatory.extract.named_lists import alternation, with_lists
from observatory.models import Change, SubEventType
from observatory.nlp.caseless import CaselessPattern

CONTROL_PATH = PACKAGE_DATA / "events" / "control.yaml"
_SECTIONS = ("verbs", "cues", "state_side", "subjects", "words")
_VOICES = ("active", "passive", "nominal")
# The word lists extract/control.py builds its shapes from (``words``).
_WORD_LISTS = ("sites", "stand_in", "stand_in_opening", "anaphoric_subjects", "anaphoric_modifiers",
               "anaphoric_holders", "holder_nouns", "demonstratives", "demonstratives_far",
               "demonstrative_nouns", "listed_nouns", "done_before",
               "done_aux_before", "fire_support", "passive_adverbs", "guarantor_police", "name_start",
               "state_words", "compass_parts", "deal_nouns", "shares", "parts", "located_things", "held_ground", "held_ground_last", "holding_before",
               "holding_clause", "held_by", "held_since", "held_now", "supporting",
               "destination_before", "side_nouns", "presence_purposes")


class ControlDataError(ValueError):
    """A bad control.yaml entry; the message names the file and the entry."""


@dataclass(frozen=True)
class ControlVerb:
    """One line of control.yaml, compiled."""

    regex: CaselessPattern
    change: str
    voice: str
    gainer_is_other: bool
    event: str | None = None  # territory event type when it is not the battle one
    anaphora: bool = True  # may "the town" after the verb stand for the last place named?
    sites: frozenset[str] = frozenset()  # the only place features it takes ("cut" takes roads)
    after_leaving: bool = False  # taken only where a side's leaving is told (cue leaving_told)
    bearing: bool = False  # "advanced east of X": a city's countryside, a town's edge
    returned: bool = False  # "X returned to Y's rule": a place's return (cue people_before), with its gainer named
    headline: bool = False  # "IS takes over X": only with an armed subject, no question, X not naming a noun after it
    one_line: bool = False  # "the regime forces control X": news in a report of one line without a full stop only
    subjectless: bool = False  # "clashes and advance to the SDF in X": no side before it, the side closing it gains
    objectless: bool = False  # "stormed X and took full control": no object, the place named before it in its sentence


@dataclass(frozen=True)
class Cues:
    """The cue patterns of control.yaml (``cues``), compiled."""

    purpose_before: re.Pattern[str]
    failed_before: re.Pattern[str]
    goal_and_before: re.Pattern[str]
    object_before: re.Pattern[str]
    except_before: re.Pattern[str]
    past_when_before: re.Pattern[str]
    long_ago_before: re.Pattern[str]
    named_month_past: re.Pattern[str]
    war_start: re.Pattern[str]
    war_course_before: re.Pattern[str]
    war_course_after: re.Pattern[str]
    modal_after: re.Pattern[str]
    opinion_before: re.Pattern[str]
    state_outlet: re.Pattern[str]
    leaving_told: re.Pattern[str]
    people_before: re.Pattern[str]
    held_by_before: re.Pattern[str]
    deployment_after: re.Pattern[str]
    deal_with_state: re.Pattern[str]
    deal_undone: re.Pattern[str]
    objectless_before: re.Pattern[str]
    reversed_after: re.Pattern[str]
    reversed_from: re.Pattern[str]
    raid_entry: re.Pattern[str]
    raid_after: re.Pattern[str]
    left_to_state: re.Pattern[str]
    advance_in: re.Pattern[str]
    operation_name: re.Pattern[str]
    blow_to: re.Pattern[str]
    claim_before: re.Pattern[str]
    denial_after: re.Pattern[str]


@dataclass(frozen=True)
class ControlData:
    """control.yaml, every section compiled."""

    verbs: tuple[ControlVerb, ...]
    cues: Cues
    words: dict[str, str]  # each list as one alternation
    subjects: tuple[tuple[str, list[dict[str, Any]]], ...]
    state_side: str  # the actor a state outlet speaks for
    scan: PatternScan  # the verbs' matches in a text, in one pass (in the order of ``verbs``)


@lru_cache(maxsize=1)
def control_data() -> ControlData:
    """The package's control.yaml, read and checked once."""
    return read_control(CONTROL_PATH)


def read_control(path: Path) -> ControlData:
    """A control file, with every section present and every pattern compiling."""
    data = read_yaml(path, ControlDataError)
    if not isinstance(data, dict):
        raise ControlDataError(f"{path}: expected a mapping with the sections {', '.join(_SECTIONS)}")
    if missing := [s for s in _SECTIONS if s not in data]:
        raise ControlDataError(f"{path}: missing section(s) {', '.join(missing)}")
    lists = words(path, data)
    read = verbs(path, data, lists)
    return ControlData(read, cues(path, data, lists), lists, subject_patterns(path, data), str(data["state_side"]),
                       PatternScan([verb.regex for verb in read]))


def verbs(path: Path, data: dict[str, Any], lists: dict[str, str]) -> tuple[ControlVerb, ...]:
    """The control verbs, in file order (earlier lines win where two match the same words); a
    ``<name>`` in a pattern is the word list ``name`` (``words``)."""
    out = []
    for index, v in enumerate(data["verbs"], start=1):
        entry = f"verb #{index}"
        if not isinstance(v, dict) or not isinstance(v.get("pattern"), str) or not isinstance(v.get("change"), str):
            raise ControlDataError(f"{path}: {entry}: needs a 'pattern' and a 'change'")
        if v.get("voice", "active") not in _VOICES:
            raise ControlDataError(f"{path}: {entry}: 'voice' must be one of {', '.join(_VOICES)}, not {v['voice']!r}")
        _check_verb_fields(v, path, entry)
        out.append(ControlVerb(
            regex=_word(with_lists(v["pattern"], lists, ControlDataError, f"{path}: {entry}", "words"), path,
                        f"{entry} ({v['change']})"),
            change=v["change"],
            voice=v.get("voice", "active"),
            gainer_is_other=v.get("gained") == "other",
            event=v.get("event"),
            anaphora=v.get("anaphora", True),
            sites=frozenset(v.get("sites", "").split()),
            after_leaving=v.get("after_leaving", False),
            bearing=v.get("bearing", False),
            returned=v.get("returned", False),
            headline=v.get("headline", False),
            one_line=v.get("one_line", False),
            subjectless=v.get("subjectless", False),
            objectless=v.get("objectless", False),
        ))
    return tuple(out)


def _check_verb_fields(v: dict[str, Any], path: Path, entry: str) -> None:
    """The values a verb line may take: a typo ("captued", a quoted "false") would otherwise
    fail deep inside an extraction, or pass as a truthy string."""
    if v["change"] not in get_args(Change):
        raise ControlDataError(f"{path}: {entry}: 'change' must be one of {', '.join(get_args(Change))}, not {v['change']!r}")
    if "event" in v and v["event"] not in get_args(SubEventType):
        raise ControlDataError(f"{path}: {entry}: 'event' {v['event']!r} is no sub-event type")
    if v.get("gained", "other") != "other":
        raise ControlDataError(f"{path}: {entry}: 'gained' may only be 'other', not {v['gained']!r}")
    if not isinstance(v.get("anaphora", True), bool):
        raise ControlDataError(f"{path}: {entry}: 'anaphora' must be true or false, not {v['anaphora']!r}")
    for flag in ("after_leaving", "bearing", "returned", "headline", "one_line", "subjectless", "objectless"):
        if not isinstance(v.get(flag, False), bool):
            raise ControlDataError(f"{path}: {entry}: {flag!r} must be true or false, not {v[flag]!r}")
    if not isinstance(v.get("sites", ""), str):
        raise ControlDataError(f"{path}: {entry}: 'sites' must be place features separated by spaces")


def cues(path: Path, data: dict[str, Any], lists: dict[str, str]) -> Cues:
    """The cue patterns, by name; a name Cues does not know is an error.  A ``<name>`` in a
    cue is the word list ``name`` (``words``), as in a verb."""
    raw = data["cues"]
    if not isinstance(raw, dict) or set(raw) != set(Cues.__dataclass_fields__):
        raise ControlDataError(f"{path}: cues: needs exactly {', '.join(Cues.__dataclass_fields__)}")
    if not all(isinstance(pattern, str) for pattern in raw.values()):
        raise ControlDataError(f"{path}: cues: every cue must be a pattern string")
    return Cues(**{name: _compile(with_lists(pattern, lists, ControlDataError, f"{path}: cue {name!r}", "words"),
                                  path, f"cue {name!r}")
                    for name, pattern in raw.items()})


def words(path: Path, data: dict[str, Any]) -> dict[str, str]:
    """Each word list as one regex alternation ``(?:a|b|...)``, items in file order."""
    raw = data["words"]
    if not isinstance(raw, dict) or set(raw) != set(_WORD_LISTS):
        raise ControlDataError(f"{path}: words: needs exactly the lists {', '.join(_WORD_LISTS)}")
    out = {}
    for name, items in raw.items():
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i for i in items):
            raise ControlDataError(f"{path}: words {name!r}: expected a list of words")
        for item in items:
            _compile(item, path, f"words {name!r}")
        out[name] = alternation(items)
    return out


def subject_patterns(path: Path, data: dict[str, Any]) -> tuple[tuple[str, list[dict[str, Any]]], ...]:
    """The DependencyMatcher patterns of ``subjects``, as (name, pattern) in file order."""
    out = []
    for index, p in enumerate(data["subjects"], start=1):
        if not isinstance(p, dict) or not isinstance(p.get("name"), str) or not isinstance(p.get("pattern"), list):
            raise ControlDataError(f"{path}: subject #{index}: needs a 'name' and a 'pattern' list")
        out.append((p["name"], p["pattern"]))
    return tuple(out)


def _compile(pattern: Any, path: Path, entry: str) -> re.Pattern[str]:
    if not isinstance(pattern, str):
        raise ControlDataError(f"{path}: {entry}: pattern must be a string")
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise ControlDataError(f"{path}: {entry}: bad pattern {pattern!r}: {exc}") from exc


def _word(pattern: str, path: Path, entry: str) -> CaselessPattern:
    """A verb pattern as whole words, scanned caseless (nlp/caseless.py)."""
    _compile(pattern, path, entry)
    try:
        return CaselessPattern(rf"(?<!\w)(?:{pattern})(?!\w)")
    except ValueError as exc:
        raise ControlDataError(f"{path}: {entry}: bad pattern {pattern!r}: {exc}") from exc
