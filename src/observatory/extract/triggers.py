"""The trigger lexicon (data/events/triggers.yaml): words that make a clause an event.

Triggers live in data so analysts can extend them; each is a regular expression with
optional conditions on its clause (``requires``/``unless``), an implied actor
("barrel bombs" are dropped by regime helicopters), a strength (a bare "explosion"
is weak next to "suicide bomber") and a register: headline grammar ("IS attacks SDF
near X", "regime forces target Y") is read only in short reports, where every verb is
the news; in a long report the same words are as often background or commentary.  One combined scanner finds where any trigger may
start, so a report is scanned once, not once per trigger.
"""

from __future__ import annotations

import re
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.named_lists import LIST_NAME, alternation, with_lists
from observatory.nlp.caseless import (CaselessPattern, by_first_char, first_chars, lower_case_form,
                                      opening_literals)

TRIGGERS_PATH = PACKAGE_DATA / "events" / "triggers.yaml"


class TriggerDataError(ValueError):
    """A bad trigger file entry; the message names the file and the family."""


@dataclass(frozen=True)
class Trigger:
    sub_event_type: str
    event_type: str
    regex: re.Pattern[str]
    weak: bool = False
    requires: CaselessPattern | None = None
    unless: CaselessPattern | None = None
    actor: str | None = None
    located: bool = True
    headline: bool = False  # headline grammar: only read in short reports (see short_reports.is_short_report)
    one_site: bool = False  # a log line: one event, at the one site it names (see short_reports.log_site)
    lower: tuple[re.Pattern[str], bool] | None = None  # ``regex`` for lower-cased text (see Lexicon.may_start)


def _word(pattern: str) -> str:
    return rf"(?<!\w)(?:{pattern})(?!\w)"


def _condition(pattern: str | list[str] | None, lists: dict[str, str], path: str,
               family: str) -> CaselessPattern | None:
    """A trigger's condition on its clause (``requires``/``unless``): only asked whether it
    occurs there, once per trigger found, so scanned caseless in lower case.  A list is any
    of its patterns, so a shared condition (a YAML anchor) joins a trigger's own."""
    if pattern is None:
        return None
    if isinstance(pattern, list) and pattern and all(isinstance(part, str) for part in pattern):
        pattern = "|".join(f"(?:{part})" for part in pattern)
    if not isinstance(pattern, str):
        raise TriggerDataError(f"{path}: family {family!r}: a condition must be a pattern or a list of patterns, "
                               f"not {pattern!r}")
    regex = _compile(with_lists(pattern, lists, TriggerDataError, f"{path}: family {family!r}", "lists"), path, family)
    try:
        return CaselessPattern(regex.pattern)
    except ValueError as exc:
        raise TriggerDataError(f"{path}: family {family!r}: bad pattern {pattern!r}: {exc}") from exc


def _compile(pattern: str, path: str, family: str) -> re.Pattern[str]:
    try:
        return re.compile(_word(pattern), re.IGNORECASE)
    except re.error as exc:
        raise TriggerDataError(f"{path}: family {family!r}: bad pattern {pattern!r}: {exc}") from exc


def _lists_of(data: dict[str, Any], path: str) -> dict[str, str]:
    """The file's named word lists (``lists``), each as one alternation ``(?:a|b|...)`` in
    file order: a list such as the vehicles a bomb is named by is written once and read
    wherever a pattern says ``<vehicle>`` (named_lists)."""
    raw = data.get("lists") or {}
    if not isinstance(raw, dict):
        raise TriggerDataError(f"{path}: 'lists' must map each name to a list of patterns")
    lists: dict[str, str] = {}
    for name, items in raw.items():
        if not (isinstance(name, str) and LIST_NAME.fullmatch(f"<{name}>")):
            raise TriggerDataError(f"{path}: lists: {name!r} is no list name (letters, digits, '_')")
        if not (isinstance(items, list) and items and all(isinstance(item, str) and item for item in items)):
            raise TriggerDataError(f"{path}: lists: {name!r} must be a non-empty list of patterns")
        lists[name] = alternation(items)
    return lists


def _trigger_from(raw: Any, family: dict[str, Any], lists: dict[str, str], path: str) -> Trigger:
    spec = raw if isinstance(raw, dict) else {"pattern": raw}
    name = family.get("sub_event_type", "?")
    if not isinstance(spec.get("pattern"), str):
        raise TriggerDataError(f"{path}: family {name!r}: every trigger needs a 'pattern'")
    where = f"{path}: family {name!r}"
    regex = _compile(with_lists(spec["pattern"], lists, TriggerDataError, where, "lists"), path, name)
    lower = lower_case_form(regex.pattern)
    return Trigger(
        sub_event_type=family["sub_event_type"],
        event_type=family["event_type"],
        regex=regex,
        weak=bool(spec.get("weak", False)),
        requires=_condition(spec.get("requires"), lists, path, name),
        unless=_condition(spec.get("unless"), lists, path, name),
        actor=spec.get("actor"),
        located=bool(family.get("located", True)),
        headline=bool(spec.get("headline", False)),
        one_site=bool(spec.get("one_site", False)),
        lower=(re.compile(lower[0]), lower[1]) if lower is not None else None,
    )


@dataclass(frozen=True)
class LetterFinder:
    """Where the triggers of one letter start in lower-cased text (``nlp.caseless.lower_exactly``), and which of them
    matches first there, found by one ``finditer`` over a whole report (``_finder``).

    Its pattern holds each trigger's lower-case form in a group of its own, in file order,
    so a match's last closed group names the first trigger whose form matches: ``first_at``
    need not be asked again at each hit (a long report has some twenty thousand)."""

    pattern: re.Pattern[str]
    trigger_of_group: dict[int, int]  # group number -> the trigger's index in its letter's list
    checked: frozenset[int]  # indices of triggers whose lower-case form is wider: their hits are confirmed


@dataclass(frozen=True)
class Lexicon:
    """All triggers, indexed by the letter they can start with.

    A report is scanned word by word; at each word only the triggers that can start
    with its first letter are tried, through one combined regex per letter.
    """

    triggers: tuple[Trigger, ...]
    by_letter: dict[str, tuple[Trigger, ...]]
    scanners: dict[str, re.Pattern[str]]  # each of the letter's triggers in a group of its own, in order
    # The scanners' lower-case forms (nlp.caseless), and whether a hit needs its scanner's word.
    lower_scanners: dict[str, tuple[re.Pattern[str], bool]] = field(default_factory=dict)
    # Per letter: a scanner's group number -> the index in ``by_letter`` of the trigger it holds.
    trigger_of_group: dict[str, dict[int, int]] = field(default_factory=dict)
    # Per letter: where its triggers start in lower-cased text, and the first one there.
    finders: dict[str, LetterFinder] = field(default_factory=dict)
    # Per letter: the indices in ``by_letter`` of the triggers that may start with a word's
    # first three letters (lower-cased), and those that may start with any (``_openings``).
    openings: dict[str, tuple[dict[str, tuple[int, ...]], tuple[int, ...]]] = field(default_factory=dict)
    # Country codes of neighbours at war of their own (triggers.yaml ``other_theatres``): an
    # event a report places there is context from another war, not one of Syria's.
    other_theatres: frozenset[str] = frozenset()
    # Sub-event type -> the types a plain reading of it in a sentence stands for there (a family's
    # ``outranks``): "police dispersed the sit-in and detained five" is one protest with intervention,
    # not a protest, an intervention and arrests beside it.
    outranks: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words that make the act after them a charge, not an event (triggers.yaml ``charged_with``):
    # "a man accused of kidnapping a child", "executed on charges of spying".
    charged_with: re.Pattern[str] | None = None
    # Sub-event types whose dead are their own, not a second attack's (triggers.yaml ``crowd_violence``).
    crowd_violence: frozenset[str] = frozenset()

    def starts(self, text: str, lower: str | None = None) -> list[tuple[int, int]]:
        """``(position, first_at)`` of every word start of ``text`` where a trigger
        matches, in order; ``lower`` as in ``may_start``.

        On text ``lower_exactly`` reads, each letter's finder runs once over the whole text, in C: it stops
        only at that letter, and only where a word starts and one of the letter's triggers
        matches, which it names (one word in eight of a long report).
        """
        if lower is None:
            found = ((w.start(), self.first_at(text, w.start())) for w in _WORD_START.finditer(text))
            return [(pos, first) for pos, first in found if first is not None]
        hits: list[tuple[int, int]] = []
        for finder in self.finders.values():
            for hit in finder.pattern.finditer(lower):
                first: int | None = finder.trigger_of_group[hit.lastindex or 0]
                if first in finder.checked:  # a wider lower-case form: the trigger's own scanner confirms
                    first = self.first_at(text, hit.start())
                if first is not None:
                    hits.append((hit.start(), first))
        hits.sort()
        return hits

    def may_start(self, text: str, pos: int, lower: str | None = None) -> bool:
        """Whether a trigger may start at ``pos``.  ``lower``: ``text`` lower-cased, when
        ``nlp.caseless.lower_exactly`` reads it; the scanner then runs on it without
        IGNORECASE, several times faster."""
        return self.first_at(text, pos, lower) is not None

    def first_at(self, text: str, pos: int, lower: str | None = None) -> int | None:
        """Index among its letter's triggers (``by_letter``) of the first trigger matching
        at ``pos``, or None; ``lower`` as in ``may_start``.

        The scanner tries its triggers in order, each wholly, and the group of the one
        that matched closes last: the triggers before it do not match here, so
        ``triggers_at`` need not try them again (a third of its tries in a long report).
        """
        letter = text[pos].lower()
        if lower is not None and (fast := self.lower_scanners.get(letter)) is not None:
            quick, checked = fast
            hit = quick.match(lower, pos)
            if hit is None:
                return None
            if not checked:
                return self.trigger_of_group[letter][hit.lastindex or 0]
        scanner = self.scanners.get(letter)
        hit = scanner.match(text, pos) if scanner is not None else None
        return self.trigger_of_group[letter][hit.lastindex or 0] if hit is not None else None

    def triggers_at(self, text: str, pos: int, lower: str | None = None,
                    first: int = 0) -> list[tuple[Trigger, int]]:
        """Triggers matching at ``pos``, in file order, each with where its match ends;
        ``lower`` as in ``may_start``; ``first``: where ``first_at`` found the first one.

        A loop rather than a method per trigger: a long report asks here for thirty-odd
        triggers at each of thousands of words, and the calls cost more than the matching.
        In lower-cased text only the triggers that may open with the word's first three
        letters are tried (``openings``): a fifth of the letter's list at a word such as
        "bombs".
        """
        group = self.by_letter.get(text[pos].lower(), ())
        tried: Iterable[int] = range(first, len(group))
        if lower is not None and (openings := self.openings.get(lower[pos])) is not None:
            tried = openings[0].get(lower[pos:pos + _OPENING], openings[1])
        found: list[tuple[Trigger, int]] = []
        for index in tried:
            if index < first:
                continue
            trigger = group[index]
            fast = trigger.lower if lower is not None else None
            if fast is not None:
                hit = fast[0].match(lower, pos)  # type: ignore[arg-type]  # fast is None without lower
                if hit is None:
                    continue
                if not fast[1]:
                    found.append((trigger, hit.end()))
                    continue
            if (match := trigger.regex.match(text, pos)) is not None:
                found.append((trigger, match.end()))
        return found


@lru_cache(maxsize=2)
def load_lexicon(path: str = str(TRIGGERS_PATH)) -> Lexicon:
    """The trigger lexicon, compiled once per process; the file is parsed once for the
    triggers and ``other_theatres``."""
    data = _read(path)
    triggers = _triggers_of(data, path)
    starts = [first_letters(t.regex.pattern) for t in triggers]
    by_letter = {
        letter: tuple(t for t, first in zip(triggers, starts) if first is None or letter in first)
        for letter in _WORD_STARTS
    }
    scanners = {
        letter: re.compile("|".join(f"((?:{t.regex.pattern}))" for t in group), re.IGNORECASE)
        for letter, group in by_letter.items() if group
    }
    lower = {letter: lower_case_form(scanner.pattern) for letter, scanner in scanners.items()}
    lower_scanners = {letter: (re.compile(form), checked) for letter, (form, checked) in
                      ((k, v) for k, v in lower.items() if v is not None)}
    openings = {letter: _openings(letter, by_letter[letter]) for letter in scanners}
    finders = {letter: finder for letter in scanners
               if (finder := _finder(letter, by_letter[letter], openings[letter])) is not None}
    return Lexicon(triggers, {k: v for k, v in by_letter.items() if v}, scanners, lower_scanners,
                   {letter: _trigger_groups(by_letter[letter]) for letter in scanners},
                   finders, openings, _theatres_of(data, path), _outranks_of(data, path),
                   _charged_with_of(data, path), _crowd_violence_of(data, path))


_OPENING = 3  # letters of a word that pick the triggers tried there (``Lexicon.openings``)


def _openings(letter: str, group: tuple[Trigger, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """The indices of ``group`` (a letter's triggers) that may match at a word of lower-cased
    text, by its first ``_OPENING`` letters; and those that may match at any word of the
    letter (no literal opening plain to see in their lower-case form, or one too short).

    Read from each trigger's opening literals (``nlp.caseless.opening_literals``): every
    match opens with one of them, so a trigger left out of a word's list cannot match
    there.  A trigger whose opening literals all start with other letters (``first_letters``
    may file a trigger under every letter) is in no list of this one."""
    keyed: dict[str, set[int]] = {}
    anywhere: set[int] = set()
    for index, trigger in enumerate(group):
        form, _ = _lower_form(trigger)
        opening = opening_literals(form) if form else None
        if opening is None or any(len(text) < _OPENING and text[0] == letter for text in opening):
            anywhere.add(index)
            continue
        for text in opening:
            if text[0] == letter:
                keyed.setdefault(text[:_OPENING], set()).add(index)
    return ({key: tuple(sorted(found | anywhere)) for key, found in keyed.items()}, tuple(sorted(anywhere)))


def _finder(letter: str, group: tuple[Trigger, ...],
            openings: tuple[dict[str, tuple[int, ...]], tuple[int, ...]]) -> LetterFinder | None:
    """``letter`` where a word of lower-cased text starts with it and one of ``group``
    (the letter's triggers) matches there, each trigger's lower-case form in a group of its
    own; None when no trigger of the group can open a word of the letter.  The letter opens
    the pattern, so ``re`` skips to it in C; the one-character lookbehind then looks from
    the position before it.

    A gate before the groups asks for the literal texts the triggers open with (their
    lower-case form when they have none plain to see), gathered by first character
    (``nlp.caseless.by_first_char``): at a word such as "and" ``re`` then refuses the
    letter's forty-odd triggers in a few steps rather than entering each one's group and
    lookbehind in turn.  A trigger without a lower-case form is tried at every word of the
    letter (an empty form) and confirmed by its pattern, as a widened form is."""
    tried = sorted({index for found in openings[0].values() for index in found} | set(openings[1]))
    if not tried:
        return None
    forms = [_lower_form(group[index]) for index in tried]
    opening = [opening_literals(form) if index not in openings[1] else None for index, (form, _) in zip(tried, forms)]
    literals = sorted({text for texts in opening if texts is not None for text in texts if text[0] == letter})
    gate = by_first_char("|".join(literals + [form for (form, _), texts in zip(forms, opening) if texts is None]))
    groups: list[str] = []
    trigger_of_group: dict[int, int] = {}
    number = 1
    for index, (form, _) in zip(tried, forms):
        trigger_of_group[number] = index
        groups.append(f"((?:{form}))")
        number += 1 + re.compile(form).groups
    checked = frozenset(index for index, (_, wider) in zip(tried, forms) if wider)
    pattern = re.compile(f"{re.escape(letter)}(?<=(?<!\\w)(?=(?:{gate}))(?=(?:{'|'.join(groups)})).)")
    return LetterFinder(pattern, trigger_of_group, checked)


def _lower_form(trigger: Trigger) -> tuple[str, bool]:
    """A trigger's pattern for lower-cased text, and whether a hit of it needs the trigger's
    own pattern to confirm it: a wider form, or the empty form (every word) of a trigger
    that has none."""
    return (trigger.lower[0].pattern, trigger.lower[1]) if trigger.lower is not None else ("", True)


_WORD_START = re.compile(r"\b\w")


def _trigger_groups(group: tuple[Trigger, ...]) -> dict[int, int]:
    """Scanner group number -> trigger index: each trigger's group is followed by its own groups."""
    numbers: dict[int, int] = {}
    number = 1
    for index, trigger in enumerate(group):
        numbers[number] = index
        number += 1 + trigger.regex.groups
    return numbers


_WORD_STARTS = string.ascii_lowercase + string.digits


def first_letters(pattern: str) -> frozenset[str] | None:
    """Lower-case letters and digits ``pattern`` can start with, or None when that is not
    plain to see (``nlp.caseless.first_chars``: assertions such as "(?<!\\bto )" are
    stepped over, an optional opening part adds what follows it).

    A trigger answered None is tried at every word, and its pattern joins every letter's
    scanner, which runs at every word of a report.
    """
    first = first_chars(pattern)
    if first is None or not all(c.isascii() for c in first):
        return None
    return frozenset(c.lower() for c in first)


def _theatres_of(data: dict[str, Any], path: str) -> frozenset[str]:
    codes = data.get("other_theatres") or []
    if not isinstance(codes, list) or not all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes):
        raise TriggerDataError(f"{path}: 'other_theatres' must be a list of two-letter country codes")
    return frozenset(codes)


def _outranks_of(data: dict[str, Any], path: str) -> dict[str, frozenset[str]]:
    """Each family's ``outranks``: the sub-event types of the file its sentence's readings give way to."""
    families = [f for f in data.get("families") or [] if isinstance(f, dict)]
    known = _sub_event_types(data)
    outranks: dict[str, frozenset[str]] = {}
    for family in families:
        lower = family.get("outranks") or []
        if not (isinstance(lower, list) and all(isinstance(t, str) and t in known for t in lower)):
            raise TriggerDataError(f"{path}: family {family.get('sub_event_type')!r}: 'outranks' must list "
                                   f"sub-event types of the file's families")
        if lower:
            outranks[family["sub_event_type"]] = outranks.get(family["sub_event_type"], frozenset()) | frozenset(lower)
    return outranks


def _sub_event_types(data: dict[str, Any]) -> set[str]:
    """The sub-event types the file's families read: what ``outranks`` and ``crowd_violence`` may name."""
    return {f["sub_event_type"] for f in data.get("families") or [] if isinstance(f, dict) and "sub_event_type" in f}


def _crowd_violence_of(data: dict[str, Any], path: str) -> frozenset[str]:
    """``crowd_violence``: sub-event types of the file's families whose dead are their own."""
    types = data.get("crowd_violence") or []
    known = _sub_event_types(data)
    if not (isinstance(types, list) and all(isinstance(t, str) and t in known for t in types)):
        raise TriggerDataError(f"{path}: 'crowd_violence' must list sub-event types of the file's families")
    return frozenset(types)


_CHARGE_WORDS = 3  # words between a charge's words and the trigger it names ("accused of planting a bomb")


def _charged_with_of(data: dict[str, Any], path: str) -> re.Pattern[str] | None:
    """``charged_with``: the words a trigger shortly after which names a charge ("suspected of planting a
    bomb"), as one pattern that must end where the trigger starts; the words between join no second
    act ("on charges of apostasy and crucified them": the crucifixion is the report's)."""
    words = data.get("charged_with")
    if words is None:
        return None
    if not (isinstance(words, list) and words and all(isinstance(w, str) and w for w in words)):
        raise TriggerDataError(f"{path}: 'charged_with' must be a non-empty list of patterns")
    charges = with_lists(alternation(words), _lists_of(data, path), TriggerDataError, f"{path}: charged_with", "lists")
    try:
        return re.compile(rf"(?<!\w)(?:{charges})\s+(?:(?!(?:and|or|then)\b)[\w-]+\s+){{0,{_CHARGE_WORDS}}}$",
                          re.IGNORECASE)
    except re.error as exc:
        raise TriggerDataError(f"{path}: charged_with: bad pattern: {exc}") from exc


def _read(path: str) -> dict[str, Any]:
    """The trigger file, checked to be a mapping (an empty file holds no triggers), so a list
    or a bare word at its top is refused naming the file rather than failing on ``.get``."""
    data = read_yaml(Path(path), TriggerDataError) or {}
    if not isinstance(data, dict):
        raise TriggerDataError(f"{path}: must be a mapping with 'families' (and named lists)")
    return data


def load_triggers(path: str = str(TRIGGERS_PATH)) -> tuple[Trigger, ...]:
    """Every trigger of every family, in file order."""
    return _triggers_of(_read(path), path)


def _triggers_of(data: dict[str, Any], path: str) -> tuple[Trigger, ...]:
    triggers: list[Trigger] = []
    event_type_of: dict[str, str] = {}
    lists = _lists_of(data, path)
    for family in data.get("families") or []:
        if not isinstance(family, dict) or "sub_event_type" not in family or "event_type" not in family:
            raise TriggerDataError(f"{path}: each family needs 'sub_event_type' and 'event_type'")
        sub_type, event_type = family["sub_event_type"], family["event_type"]
        if event_type_of.setdefault(sub_type, event_type) != event_type:
            # ACLED files each sub-event type under one event type, and events._trigger_hits
            # counts on it when it skips a clause's later triggers of a kind it already holds.
            raise TriggerDataError(f"{path}: family {sub_type!r} is filed under both "
                                   f"{event_type_of[sub_type]!r} and {event_type!r}")
        triggers.extend(_trigger_from(raw, family, lists, path) for raw in family.get("triggers") or [])
    return tuple(triggers)
