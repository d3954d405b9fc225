"""The actor knowledge base: canonical actors (actors.md) and the words reports use.

The data lives in YAML (package ``data/actors.yaml`` plus the user's
``data_home()/actors.yaml``) so analysts can add an actor or an alias without touching
code.  Each actor compiles to one case-insensitive regular expression; ``find`` runs them
all and keeps the longest non-overlapping matches, so "pro-regime forces" beats the
"regime forces" inside it and "Syrian Democratic Forces" beats "Syrian ... forces".

Outlets also name a side by what it is rather than what it is called: "Kurdish-led
fighters", "Turkey-backed militants", "pro-regime gunmen".  A ``descriptors`` entry gives
such a word its actor once, and it combines with every noun of the shared
``armed_nouns`` list (or the entry's own ``nouns``), so a new head noun needs no new alias.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, get_args

import yaml

from observatory.config import PACKAGE_DATA, data_home, read_yaml
from observatory.models import ActorType
from observatory.nlp.caseless import CaselessPattern, by_first_char
from observatory.nlp.pattern_scan import PatternScan
from observatory.nlp.offsets import DisjointSpans

PACKAGE_FILE = PACKAGE_DATA / "actors.yaml"
_WORD = re.compile(r"(?<![\w\-])\w+")
_NEXT_WORD = re.compile(r"[\s\-]+(\w+)")  # the separator ``_phrase_regex`` puts between words, then a word
_PLAIN_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"\w[\w'’]*")  # a part's opening word, apostrophes in it
USER_FILE_NAME = "actors.yaml"
ACTOR_TYPES: tuple[str, ...] = get_args(ActorType)


class ActorDataError(ValueError):
    """A bad actor file entry; the message names the file and the entry."""


@dataclass(frozen=True)
class Descriptor:
    """Words that describe one actor before an armed-group noun ("US-backed" + "alliance").

    ``nouns`` narrows the shared list where the referent depends on the noun: "US-backed
    rebels" were the vetted factions before the SDF existed, so that descriptor leaves
    "rebels" out.  ``None`` takes the shared ``armed_nouns``.
    """

    words: tuple[str, ...]
    nouns: tuple[str, ...] | None = None
    # The day the actor began (``from``): a report dated before it means the ``before`` actor
    # by these words ("US-backed fighters" in 2014 are rebels: the SDF formed in October 2015).
    since: date | None = None
    before: str | None = None


@dataclass(frozen=True)
class ActorEntry:
    name: str
    type: str
    nationality: str | None = None
    side: str | None = None
    aliases: tuple[str, ...] = ()
    adjectives: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    # The force nouns its adjectives combine with, when narrower than ``force_nouns``
    # ("British jets" but not "British police"); ``None`` takes the shared list.
    nouns: tuple[str, ...] | None = None
    descriptors: tuple[Descriptor, ...] = ()
    # An umbrella a generic noun resolves to ("gunmen", "rebels"): in "Nusra gunmen" the noun
    # only says what a named side's men are, so the umbrella is no second party there.
    generic: bool = False

    @property
    def pro_government(self) -> bool:
        """Damascus or one of its allies: their captures are 'Government regains territory'."""
        return self.side == "government"


@dataclass(frozen=True)
class ActorMention:
    start: int
    end: int
    mention: str
    name: str
    type: str
    nationality: str | None


class CountryWords(NamedTuple):
    """Where words name their actor (``home``) and the countries of other wars (``elsewhere``;
    empty: every other country, as for a body whose owner is who rules in ``home``)."""

    home: str
    elsewhere: frozenset[str]


@dataclass(frozen=True)
class ContextRule:
    """Words whose actor is the nearest earlier mention of an allowed actor or type."""

    regex: CaselessPattern  # scanned over every report: lower-cased text, same matches as IGNORECASE
    after: tuple[str, ...] = ()
    after_types: tuple[str, ...] = ()
    resolves_to: str | None = None
    default: str | None = None
    # Only the nearest earlier armed mention may be the antecedent ("the Nusra Front and its
    # allies" are Nusra's, whoever the report named before it).
    nearest: bool = False
    # How many sentences before the word's own its antecedent may be named (None: anywhere
    # before).  State media's round-ups move from town to town ("In Deir Ezzor, ISIL terrorists
    # fired … In Aleppo, terrorist groups targeted …"): a word for "the enemy" told sentences
    # after a group was named is no longer that group's.
    reach: int | None = None

    def accepts(self, mention: ActorMention) -> bool:
        return mention.name in self.after or mention.type in self.after_types


@dataclass(frozen=True)
class OwnedRule:
    """Words for a body of men that belongs to whoever rules where it is ("the internal
    security forces", "general security"): the Asayish in Kurdish-held Qamishli, HTS's men
    in Idlib, the regime's in Damascus.  Its actor is the side the report attaches to it,
    else the one ruling side the report names; ``owners`` maps a side named to the body's
    actor (the SDF's security forces are the Asayish)."""

    regex: CaselessPattern  # scanned over every report, as a context rule's
    owners: dict[str, str]
    # What stands between the body and its owner named after it ("security forces of the
    # SDF"), and before a side named as the ruler of its sentence's place ("a town held by").
    owner_after: re.Pattern[str]
    ruled_by: re.Pattern[str]
    # A fighting word between the body and a ruler named after it: that ruler is the enemy
    # ("security forces stormed HTS-held Kansafra"), not the owner.
    against: re.Pattern[str]
    home: str  # the country whose rulers these are: elsewhere the body is nobody's here

    def owner(self, name: str) -> str | None:
        """The actor of the body ruled by ``name``'s side, None when that side rules nowhere."""
        return self.owners.get(name)


@dataclass
class _Compiled:
    entry: ActorEntry
    names: re.Pattern[str]  # aliases and adjective + force-noun phrases, matched at a word start
    patterns: CaselessPattern | None  # free-form patterns, scanned over the whole text (all in one: PatternScan)
    first_words: frozenset[str]
    # The second words a name can have after each first word (``_two_words``); None where
    # one of its names is that word alone or is not plain words.
    follows: dict[str, frozenset[str] | None]
    rank: int  # definition order: package actors first, then the user's
    aliases: re.Pattern[str]  # the plain aliases alone: a name, not a composed description


def _phrase_regex(phrase: str) -> str:
    """A literal phrase as a regex: spaces/hyphens interchangeable, any apostrophe."""
    parts = re.split(r"[\s\-]+", phrase.strip())
    escaped = [re.sub("['’]", "['’]?", re.escape(p)) for p in parts]  # one pass: a second would rewrite the first's class
    body = r"[\s\-]+".join(escaped)
    if re.fullmatch(r"[A-Z][A-Z.]+", phrase.strip()):
        return f"(?-i:{body})"
    return body


def _bounded(alternatives: list[str]) -> str:
    """Alternatives ending on a word boundary (the start boundary is checked by the caller)."""
    return r"(?:" + "|".join(alternatives) + r")(?![\w\-])"


def _load_yaml(path: Path) -> dict[str, Any]:
    data = read_yaml(path, ActorDataError) or {}
    if not isinstance(data, dict) or not isinstance(data.get("actors", []), list):
        raise ActorDataError(f"{path}: expected a mapping with an 'actors:' list")
    return data


def _country_specs(value: Any, path: Path) -> dict[str, dict]:
    """``country_words`` of an actors file: a mapping of country codes to ``words`` and
    ``elsewhere`` lists; any other shape is named with its file, not left to a traceback."""
    if value is None:
        return {}
    if not isinstance(value, dict) or not all(isinstance(spec, dict | None) for spec in value.values()):
        raise ActorDataError(f"{path}: 'country_words' must map each country code to its 'words' and 'elsewhere' lists")
    return {country: spec or {} for country, spec in value.items()}


def _as_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    """A string or a list of strings; ``where`` ("<file>: actor #3") names the entry in the error."""
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ActorDataError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _entry_from(raw: Any, path: Path, index: int, base: ActorEntry | None) -> ActorEntry:
    """Build (or extend ``base``) from one YAML mapping, validating as we go."""
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise ActorDataError(f"{path}: actor #{index + 1}: needs a 'name'")
    name = raw["name"]
    where = f"{path}: actor #{index + 1} ({name})"
    type_ = raw.get("type", base.type if base else None)
    if type_ not in ACTOR_TYPES:
        raise ActorDataError(f"{where}: type {type_!r} is not one of {', '.join(ACTOR_TYPES)}")
    lists = {k: _as_tuple(raw.get(k), f"{path}: actor #{index + 1}", k) for k in ("aliases", "adjectives", "patterns")}
    for pattern in lists["patterns"]:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ActorDataError(f"{where}: bad pattern {pattern!r}: {exc}") from exc
    nouns = _as_tuple(raw["nouns"], where, "nouns") if "nouns" in raw else None
    if nouns == ():  # an empty list would silently widen to every force noun
        raise ActorDataError(f"{where}: 'nouns' is empty (leave it out for the shared force_nouns)")
    prev = base or ActorEntry(name=name, type=type_)
    return ActorEntry(
        name=name,
        type=type_,
        nationality=raw.get("nationality", prev.nationality),
        side=raw.get("side", prev.side),
        aliases=_dedupe(prev.aliases + lists["aliases"]),
        adjectives=_dedupe(prev.adjectives + lists["adjectives"]),
        patterns=_dedupe(prev.patterns + lists["patterns"]),
        nouns=nouns if nouns is not None else prev.nouns,
        generic=_flag(raw.get("generic", prev.generic), where, "generic"),
    )


def _rule_from(raw: Any, path: Path, index: int) -> ContextRule:
    where = f"{path}: context rule #{index + 1}"
    if not isinstance(raw, dict) or not isinstance(raw.get("pattern"), str):
        raise ActorDataError(f"{where}: needs a 'pattern'")
    try:
        regex = CaselessPattern(r"(?<![\w\-])(?:" + raw["pattern"] + r")(?![\w\-])")
    except (re.error, ValueError) as exc:
        raise ActorDataError(f"{where}: bad pattern: {exc}") from exc
    return ContextRule(
        regex=regex,
        after=_as_tuple(raw.get("after"), where, "after"),
        after_types=_as_tuple(raw.get("after_types"), where, "after_types"),
        resolves_to=raw.get("resolves_to"),
        default=raw.get("default"),
        nearest=_flag(raw.get("nearest", False), where, "nearest"),
        reach=_reach(raw.get("reach"), where),
    )


def _reach(value: Any, where: str) -> int | None:
    """A context rule's ``reach``: a count of sentences (0: the word's own), or absent."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ActorDataError(f"{where}: 'reach' must be a whole number of sentences (0 or more)")
    return value


def _owned_from(raw: Any, path: Path, index: int) -> OwnedRule:
    """One ``owned:`` entry: a pattern, the map of ruling sides to the body's actor, the words
    that tie an owner to it and the country it belongs to."""
    where = f"{path}: owned rule #{index + 1}"
    if not isinstance(raw, dict) or not all(isinstance(raw.get(key), str)
                                            for key in ("pattern", "owner_after", "ruled_by", "against", "home")):
        raise ActorDataError(f"{where}: needs a 'pattern', 'owner_after', 'ruled_by', 'against' and 'home'")
    owners = raw.get("owners")
    if not isinstance(owners, dict) or not owners or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in owners.items()):
        raise ActorDataError(f"{where}: 'owners' must map actor names to actor names")
    try:
        regex = CaselessPattern(r"(?<![\w\-])(?:" + raw["pattern"] + r")(?![\w\-])")
        owner_after = re.compile(raw["owner_after"], re.IGNORECASE)
        ruled_by = re.compile(r"(?<![\w\-])(?:" + raw["ruled_by"] + r")$", re.IGNORECASE)
        against = re.compile(r"(?<![\w\-])(?:" + raw["against"] + r")", re.IGNORECASE)
    except (re.error, ValueError) as exc:
        raise ActorDataError(f"{where}: bad pattern: {exc}") from exc
    return OwnedRule(regex=regex, owners=dict(owners), owner_after=owner_after, ruled_by=ruled_by,
                     against=against, home=raw["home"])


def _flag(value: Any, where: str, key: str) -> bool:
    """A yes/no field: YAML reads `true`/`false` as booleans; a quoted "no" would be a
    non-empty string, truthy to ``bool()``, so anything but a boolean is an error.
    ``where`` ("<file>: actor #3 (name)") names the entry in the error."""
    if not isinstance(value, bool):
        raise ActorDataError(f"{where}: '{key}' must be true or false, not {value!r}")
    return value


def _dedupe(items: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


class ActorKB:
    """Canonical actors and a fast longest-match finder over report text."""

    def __init__(self, entries: list[ActorEntry], force_nouns: list[str] | None = None,
                 context_rules: list[ContextRule] | None = None, armed_nouns: list[str] | None = None,
                 modifiers: list[str] | None = None, collective_nouns: list[str] | None = None,
                 country_words: dict[str, dict[str, list[str]]] | None = None,
                 owned_rules: list[OwnedRule] | None = None) -> None:
        self._entries = {e.name: e for e in entries}
        self.owned_rules: list[OwnedRule] = list(owned_rules or [])
        for rule in self.owned_rules:
            unknown = sorted(name for pair in rule.owners.items() for name in pair if name not in self._entries)
            if unknown:
                raise ActorDataError(f"owned rule {rule.regex.pattern!r}: unknown actors {', '.join(unknown)}")
        # The umbrella actors generic nouns resolve to (``generic: true`` in actors.yaml).
        self.generic_names = frozenset(e.name for e in entries if e.generic)
        self.context_rules: list[ContextRule] = list(context_rules or [])
        # The context rules' words, found for all rules in one scan of a report (a section
        # of real reports was read once per rule, a twentieth of its extraction).
        self._context_scan = PatternScan([rule.regex for rule in self.context_rules])
        self._nouns = list(force_nouns or [])
        self._armed_nouns = list(armed_nouns or [])
        self._modifiers = list(modifiers or [])
        collective = {n.lower() for n in collective_nouns or []}
        self._bare_noun = _bare_noun_regex(self._nouns, [n for n in self._armed_nouns if n.lower() not in collective])
        every_adjective = sorted({a for e in entries for a in e.adjectives}, key=len, reverse=True)
        self._all_adjectives = "|".join(_phrase_regex(a) for a in every_adjective)
        self._compiled = [self._compile(e, rank) for rank, e in enumerate(self._entries.values())]
        self._dated = [(re.compile(self._descriptor_regex(d), re.IGNORECASE), d.since, self._entries[d.before])
                       for e in entries for d in e.descriptors if d.since is not None and d.before is not None]
        # Literal names are tried only where a word they start with occurs; free-form
        # patterns are scanned on their own.  Both keep the finder linear in the text.
        self._by_first_word: dict[str, list[_Compiled]] = {}
        for compiled in self._compiled:
            for word in compiled.first_words:
                self._by_first_word.setdefault(word, []).append(compiled)
        self._first_word_finder = _first_word_finder(self._by_first_word)
        self._by_second_word = _by_second_word(self._by_first_word)
        self._patterned = [compiled for compiled in self._compiled if compiled.patterns is not None]
        self._pattern_scan = PatternScan([compiled.patterns for compiled in self._patterned if compiled.patterns])
        self._country_words = [(CountryWords(country, frozenset(spec.get("elsewhere") or ())),
                                re.compile(r"(?<![\w\-])(?:" + "|".join(spec["words"]) + r")", re.IGNORECASE))
                               for country, spec in (country_words or {}).items()]
        # A mention's country is a function of its words alone, asked of every actor mention
        # of a report (a long one names the same few sides thousands of times): each regex
        # then runs once per distinct wording, not once per mention.
        self._country_of = lru_cache(maxsize=1 << 12)(self._read_country_of)

    @classmethod
    def load(cls, user_file: Path | None = None) -> ActorKB:
        """Package actors extended by the user's file (``data_home()/actors.yaml``)."""
        user = user_file or data_home() / USER_FILE_NAME
        paths = [PACKAGE_FILE] + ([user] if user.exists() else [])
        return cls.from_files(paths)

    @classmethod
    def from_files(cls, paths: list[Path]) -> ActorKB:
        entries: dict[str, ActorEntry] = {}
        lists: dict[str, list[str]] = {"force_nouns": [], "armed_nouns": [], "descriptor_modifiers": [],
                                       "collective_nouns": []}
        rules: list[ContextRule] = []
        owned: list[OwnedRule] = []
        country_words: dict[str, dict[str, list[str]]] = {}
        for path in paths:
            data = _load_yaml(path)
            for country, spec in _country_specs(data.get("country_words"), path).items():
                merged = country_words.setdefault(country, {"words": [], "elsewhere": []})
                for key in merged:
                    merged[key].extend(_as_tuple(spec.get(key), str(path), f"country_words.{country}.{key}"))
            for key, found in lists.items():
                found.extend(_as_tuple(data.get(key), str(path), key))
            rules.extend(_rule_from(raw, path, i) for i, raw in enumerate(data.get("context") or []))
            owned.extend(_owned_from(raw, path, i) for i, raw in enumerate(data.get("owned") or []))
            for index, raw in enumerate(data.get("actors") or []):
                entry = _entry_from(raw, path, index, entries.get(raw.get("name", "")) if isinstance(raw, dict) else None)
                entries[entry.name] = entry
            for index, raw in enumerate(data.get("descriptors") or []):
                name, descriptor = _descriptor_from(raw, path, index, entries)
                entries[name] = replace(entries[name], descriptors=entries[name].descriptors + (descriptor,))
        unique = {key: list(dict.fromkeys(found)) for key, found in lists.items()}
        return cls(list(entries.values()), unique["force_nouns"], rules, unique["armed_nouns"],
                   unique["descriptor_modifiers"], unique["collective_nouns"], country_words, owned)

    @property
    def entries(self) -> list[ActorEntry]:
        return list(self._entries.values())

    def context_matches(self, text: str) -> list[list[re.Match[str]]]:
        """Each context rule's matches in ``text`` (its ``regex.finditer``), in the order of the rules."""
        return self._context_scan.matches(text)

    def camp(self, name: str) -> str:
        """The side whose men ``name``'s are: "government" for Damascus and its allies
        (``side`` in actors.yaml), any other name (known or not) its own."""
        entry = self.get(name)
        return "government" if entry is not None and entry.pro_government else name

    def get(self, name: str) -> ActorEntry | None:
        return self._entries.get(name)

    def country_of_words(self, mention: str) -> CountryWords | None:
        """The one country whose war a mention's words name its actor in (``country_words``),
        with the countries of the other wars they name another actor in: "al-Qaeda-linked
        militants" are Nusra's men in Syria, al-Qaeda's own branch in Yemen.  A body of an
        ``owned:`` rule written alone ("the security forces") is its home's only: in Istanbul
        they are Turkey's, which no ruler named in Syria owns."""
        return self._country_of(mention)

    def _read_country_of(self, mention: str) -> CountryWords | None:
        """``country_of_words``, uncached."""
        war = next((war for war, regex in self._country_words if regex.search(mention)), None)
        return war if war is not None else next(
            (CountryWords(rule.home, frozenset()) for rule in self.owned_rules
             if (m := rule.regex.search(mention)) is not None and m.span() == (0, len(mention))), None)

    def is_bare_noun(self, mention: str) -> bool:
        """Whether a mention is only a head noun of armed men or their arms ("troops",
        "the fighters", "warplanes"): after a named side it says what that side's men are."""
        return self._bare_noun is not None and self._bare_noun.fullmatch(mention) is not None

    def find(self, text: str, offset: int = 0, on: date | None = None) -> list[ActorMention]:
        """Every actor mention in ``text``: non-overlapping, longest first, in text order;
        ``on`` (the report's day) reads a dated descriptor as the actor of its time."""
        candidates: list[tuple[int, int, int, ActorEntry]] = []
        plain = text.isascii()
        for start, word in self._first_word_hits(text):
            for compiled in self._named_at(text, start, word) if plain else self._by_first_word[word]:
                m = compiled.names.match(text, start)
                if m is not None:
                    candidates.append((m.start(), m.end(), compiled.rank, compiled.entry))
        for compiled, found in zip(self._patterned, self._pattern_scan.matches(text), strict=True):
            candidates.extend((m.start(), m.end(), compiled.rank, compiled.entry) for m in found)
        candidates = self._without_crossing(text, candidates)
        # Longest first; on a tie the actor defined later (the user's file) wins.
        candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], -c[2]))
        taken: list[tuple[int, int, int, ActorEntry]] = []
        occupied = DisjointSpans()  # a long report has thousands of candidates: no pairwise check
        for cand in candidates:
            if not occupied.overlaps(cand[0], cand[1]):
                taken.append(cand)
                occupied.add(cand[0], cand[1])
        taken.sort(key=lambda c: c[0])
        mentions = []
        for s, e, _, entry in taken:
            ent = self._of_its_time(text[s:e], entry, on)
            mentions.append(ActorMention(s + offset, e + offset, text[s:e], ent.name, ent.type, ent.nationality))
        return mentions

    def _without_crossing(self, text: str, candidates: list[tuple[int, int, int, ActorEntry]]
                          ) -> list[tuple[int, int, int, ActorEntry]]:
        """Drop a composed name (adjective or descriptor + noun) that starts inside an earlier
        alias of another actor and runs past its end: in "the Free Syrian Army troops" the
        troops are the Free Syrian Army's, and "Syrian Army troops", longer though it is,
        only borrows two of its words.  Two aliases that cross ("the army" and "the Army of
        Conquest") are left to the longest."""
        kept: list[tuple[int, int, int, ActorEntry]] = []
        open_: list[tuple[int, int, int, ActorEntry]] = []  # earlier candidates still open at this start
        for cand in sorted(candidates, key=lambda c: c[0]):
            open_ = [other for other in open_ if other[1] > cand[0]]
            # mostly every earlier candidate has closed: no test to set up (thousands per report)
            if not open_ or not any(other[0] < cand[0] and other[1] < cand[1] and other[2] != cand[2]
                                    and self._is_alias(text, other) and not self._is_alias(text, cand)
                                    for other in open_):
                kept.append(cand)
            open_.append(cand)
        return kept

    def _is_alias(self, text: str, span: tuple[int, int, int, ActorEntry]) -> bool:
        """Whether the text of a candidate ``(start, end, rank, ...)`` is one of its actor's aliases."""
        return self._compiled[span[2]].aliases.fullmatch(text, span[0], span[1]) is not None

    def _first_word_hits(self, text: str) -> Iterator[tuple[int, str]]:
        """``(start, lower-case word)`` of each word of ``text`` that a literal name starts
        with, in text order.  On ASCII text one scan of the lower-cased text in C finds
        them (lower-casing keeps offsets there); taking every word and looking it up cost
        twice as much on a long report, where most words start no name."""
        if text.isascii():
            return ((m.start(), m.group()) for m in self._first_word_finder.finditer(text.lower()))
        return ((w.start(), low) for w in _WORD.finditer(text) if (low := w.group().lower()) in self._by_first_word)

    def _named_at(self, text: str, start: int, word: str) -> list[_Compiled]:
        """The actors whose names may start at ``start`` of ASCII ``text``, where ``word``
        (lower-cased) is: where every name starting with the word goes on with a known
        second word ("the", "a", "fighters" start dozens of names and most of their
        occurrences start none), only those followed by the text's next word are tried."""
        by_second = self._by_second_word.get(word)
        if by_second is None:
            return self._by_first_word[word]
        second = _NEXT_WORD.match(text, start + len(word))
        return by_second.get(second.group(1).lower(), []) if second is not None else []

    def _of_its_time(self, mention: str, entry: ActorEntry, on: date | None) -> ActorEntry:
        """The actor a descriptor named on ``on``: before its ``from`` day, its ``before`` actor."""
        if on is None:
            return entry
        return next((before for regex, since, before in self._dated
                     if on < since and regex.fullmatch(mention)), entry)

    def _compile(self, entry: ActorEntry, rank: int) -> _Compiled:
        literals = sorted(entry.aliases, key=len, reverse=True)
        alternatives = [_phrase_regex(a) for a in literals]
        if entry.adjectives and self._nouns:
            adjs = "|".join(_phrase_regex(a) for a in sorted(entry.adjectives, key=len, reverse=True))
            nouns = "|".join(sorted(entry.nouns or self._nouns, key=len, reverse=True))
            alternatives.insert(0, rf"(?:{adjs})[\s\-]+(?:{nouns})")
            # "Russian and regime airstrikes", "Syrian, Russian air strikes", "Syrian/Russian
            # jets": the first adjective shares the second's noun.  So it does after "or":
            # "either Russian or Syrian warplanes" leaves both open, and a reader lists both
            # sides (annotation.md: two where the text allows both).  Not with a space alone:
            # in "Assad regime airstrikes" or "US coalition strikes" the first word only says
            # whose the second is.
            alternatives.insert(1, rf"(?:{adjs})(?=(?:\s+(?:and|&|or)\s+|\s*[,/]\s*)(?:{self._all_adjectives})"
                                   rf"[\s\-]+(?:{nouns})(?![\w\-]))")
            literals += list(entry.adjectives)
        for descriptor in entry.descriptors:
            alternatives.insert(0, self._descriptor_regex(descriptor))
            literals += list(descriptor.words)
        names = re.compile(_bounded(alternatives) if alternatives else r"(?!x)x", re.IGNORECASE)
        patterns = None
        if entry.patterns:
            body = "|".join(f"(?:{p})" for p in entry.patterns)
            patterns = CaselessPattern(r"(?<![\w\-])" + _bounded([body]))
        first_words = frozenset(w for x in literals for w in _first_words(x) if w)
        follows: dict[str, set[str] | None] = {}
        for literal in literals:
            pair = _two_words(literal)
            if pair is None:
                follows.update(dict.fromkeys(w for w in _first_words(literal) if w))
            elif follows.get(pair[0], set()) is not None:
                follows.setdefault(pair[0], set()).update(pair[1])  # type: ignore[union-attr]
        aliases = re.compile("|".join(_phrase_regex(a) for a in entry.aliases) or r"(?!x)x", re.IGNORECASE)
        frozen = {word: frozenset(seconds) if seconds is not None else None for word, seconds in follows.items()}
        return _Compiled(entry, names, patterns, first_words, frozen, rank, aliases)

    def _descriptor_regex(self, descriptor: Descriptor) -> str:
        """Descriptor, at most one modifier ("Iran-backed Shiite militias"), then a noun."""
        words = "|".join(_phrase_regex(w) for w in sorted(descriptor.words, key=len, reverse=True))
        nouns = "|".join(_phrase_regex(n) for n in sorted(descriptor.nouns or self._armed_nouns, key=len, reverse=True))
        modifier = "|".join(_phrase_regex(m) for m in self._modifiers)
        optional = rf"(?:(?:{modifier})[\s\-]+)?" if modifier else ""
        return rf"(?:{words})[\s\-]+{optional}(?:{nouns})"


def _bare_noun_regex(force_nouns: list[str], armed_nouns: list[str]) -> re.Pattern[str] | None:
    """A mention made of one shared force or armed noun alone, optionally after "the"."""
    nouns = list(force_nouns) + [_phrase_regex(n) for n in armed_nouns]
    if not nouns:
        return None
    return re.compile(r"(?:the\s+)?(?:" + "|".join(f"(?:{n})" for n in nouns) + ")", re.IGNORECASE)


def _descriptor_from(raw: Any, path: Path, index: int, entries: dict[str, ActorEntry]) -> tuple[str, Descriptor]:
    """One ``descriptors:`` entry, whose actor must already be defined (here or in a file before)."""
    where = f"{path}: descriptor #{index + 1}"
    if not isinstance(raw, dict) or not isinstance(raw.get("actor"), str):
        raise ActorDataError(f"{where}: needs an 'actor'")
    if raw["actor"] not in entries:
        raise ActorDataError(f"{where}: unknown actor {raw['actor']!r}")
    words = _as_tuple(raw.get("words"), where, "words")
    if not words:
        raise ActorDataError(f"{where} ({raw['actor']}): needs 'words'")
    nouns = _as_tuple(raw["nouns"], where, "nouns") if "nouns" in raw else None
    if nouns == ():  # an empty list would silently widen to every armed noun
        raise ActorDataError(f"{where} ({raw['actor']}): 'nouns' is empty (leave it out for the shared armed_nouns)")
    since, before = raw.get("from"), raw.get("before")
    if (since is None) != (before is None):
        raise ActorDataError(f"{where} ({raw['actor']}): 'from' and 'before' go together")
    if since is not None and (not isinstance(since, date) or isinstance(since, datetime)):  # a time of day: no day to compare
        raise ActorDataError(f"{where} ({raw['actor']}): 'from' must be a day (YYYY-MM-DD), not {since!r}")
    if before is not None and before not in entries:
        raise ActorDataError(f"{where} ({raw['actor']}): unknown 'before' actor {before!r}")
    return raw["actor"], Descriptor(words, nouns, since, before)


def _first_word_finder(first_words: Iterable[str]) -> re.Pattern[str]:
    """The words of ``_WORD`` (whole, lower-cased) that are among ``first_words``, as one
    pattern for lower-cased ASCII text: an alternation gathered by first letter, so ``re``
    refuses most words at their first letters.  Words with other letters never occur in
    ASCII text and are left out; a pattern of no word matches nothing."""
    ascii_words = sorted((w for w in first_words if w and w.isascii()), key=len, reverse=True)
    if not ascii_words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w\-])(?:{by_first_char('|'.join(map(re.escape, ascii_words)))})(?!\w)")


def _by_second_word(by_first_word: dict[str, list[_Compiled]]) -> dict[str, dict[str, list[_Compiled]]]:
    """For each first word whose every name goes on with a known second word, the actors
    (in ``by_first_word``'s order) by that second word."""
    index: dict[str, dict[str, list[_Compiled]]] = {}
    for word, compiled in by_first_word.items():
        if all(c.follows.get(word) is not None for c in compiled):
            by_second = index.setdefault(word, {})
            for c in compiled:
                for second in c.follows[word] or ():
                    by_second.setdefault(second, []).append(c)
    return index


def _two_words(phrase: str) -> tuple[str, tuple[str, ...]] | None:
    """A name's first word and the words its second can be in ASCII text (lower-cased),
    when the name is two or more parts (``_phrase_regex`` splits at spaces and hyphens)
    whose first is a plain ASCII word and whose second opens with one (at most one
    apostrophe, which text may leave out: "the Nusra's" is "nusra" or "nusras"): any match
    of the name in ASCII text then has that first word, one or more spaces or hyphens,
    then one of those words whole.  None otherwise."""
    parts = re.split(r"[\s\-]+", phrase.strip())
    if len(parts) < 2 or not parts[0].isascii() or not _PLAIN_WORD.fullmatch(parts[0]):
        return None
    lead = _LEAD.match(parts[1])
    if lead is None or not (word := re.sub(r"['’]", "", lead.group())).isascii() or len(lead.group()) - len(word) > 1:
        return None
    return parts[0].lower(), tuple(w for w in _first_words(parts[1]) if w)


def _first_words(phrase: str) -> tuple[str, ...]:
    """The word a phrase can start with in text: "Russia's" is "Russia" or, unpunctuated, "Russias"."""
    match = _WORD.search(phrase)
    if not match:
        return ()
    joined = _WORD.search(re.sub(r"['’]", "", phrase))
    return (match.group().lower(), joined.group().lower() if joined else "")


@lru_cache(maxsize=4)
def _cached_default(user_file: str, mtime: float) -> ActorKB:
    return ActorKB.load(Path(user_file))


def default_kb() -> ActorKB:
    """The package + user KB, built once per process (rebuilt if the user file changes)."""
    user = data_home() / USER_FILE_NAME
    mtime = user.stat().st_mtime if user.exists() else 0.0
    return _cached_default(str(user), mtime)


# -- editing the user's file -------------------------------------------------------


def _read_user(path: Path) -> dict[str, Any]:
    return _load_yaml(path) if path.exists() else {"actors": []}


def _write_user(path: Path, data: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def add_actor(name: str, type_: str, aliases: list[str], nationality: str | None = None,
              path: Path | None = None) -> Path:
    """Add (or extend) an actor in the user's file; returns the file written."""
    if type_ not in ACTOR_TYPES:
        raise ActorDataError(f"type {type_!r} is not one of {', '.join(ACTOR_TYPES)}")
    path = path or data_home() / USER_FILE_NAME
    data = _read_user(path)
    raw = _user_entry(data, name)
    raw["type"] = type_
    if nationality:
        raw["nationality"] = nationality
    raw["aliases"] = list(dict.fromkeys((raw.get("aliases") or []) + aliases))
    _write_user(path, data)
    return path


def add_alias(name: str, alias: str, kb: ActorKB, path: Path | None = None) -> Path:
    """Give a known actor one more alias in the user's file."""
    if kb.get(name) is None:
        raise ActorDataError(f"unknown actor {name!r}; add it first with `observatory actors add`")
    path = path or data_home() / USER_FILE_NAME
    data = _read_user(path)
    raw = _user_entry(data, name)
    raw["aliases"] = list(dict.fromkeys((raw.get("aliases") or []) + [alias]))
    _write_user(path, data)
    return path


def _user_entry(data: dict[str, Any], name: str) -> dict[str, Any]:
    actors = data.setdefault("actors", [])
    for raw in actors:
        if isinstance(raw, dict) and raw.get("name") == name:
            return raw
    raw = {"name": name}
    actors.append(raw)
    return raw
