"""Actor mentions resolved at document level.

The KB finds plain names; a report also refers to actors through what came before:
"gunmen loyal to them" after the regime forces are pro-government militias, "the
organization" after ISIS is the Islamic State, "its soldiers" after the Turkish army
are Turkish soldiers.  Mentions that only say who reported something ("a source at
Aleppo Police Command") are dropped, and names of reporting organisations
(data/events/organisations.yaml) are neither actors nor places.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

import yaml

from observatory.config import PACKAGE_DATA
from observatory.kb.actors import ActorKB, ActorMention
from observatory.nlp.caseless import CaselessPattern
from observatory.nlp.offsets import Overlaps

ORGANISATIONS_PATH = PACKAGE_DATA / "events" / "organisations.yaml"

# A mention that only names who reported something is not a party to the event.
# ("a source in the Aleppo police": the police speak; "a source in the province the terrorists
# fired ...": a new noun phrase after the source's own, so the terrorists act)
_SOURCE_BEFORE = CaselessPattern(r"(?:source|sources|official|spokesman|correspondent|reporter)s?\s+(?:at|in|from|of|with)\s+"
                            r"(?:the\s+)?(?:(?!(?:the|a|an)\s)[\w'’\-]+\s+){0,3}$")


_POLICE_PREFIX = "Police Forces of "
_BARE_POLICE = re.compile(r"(?:the )?(?:police|policem[ae]n|police officers?)", re.IGNORECASE)
# "on Saturday police said": the police as a reporting source, not a party.
_SAID_AFTER = re.compile(r"\s+(?:have |has |had )?(?:said|says|say|told|reported|announced|stated|added)\b",
                         re.IGNORECASE)


@lru_cache(maxsize=1)
def _organisations() -> CaselessPattern:
    """The organisation names as one caseless pattern: scanned over every report, so
    over its lower-cased text (same matches as ``IGNORECASE``, several times faster)."""
    names = yaml.safe_load(ORGANISATIONS_PATH.read_text(encoding="utf-8"))["names"]
    return CaselessPattern(r"(?<![\w\-])(?:" + "|".join(names) + r")(?![\w\-])")


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Names of reporting organisations and institutions (neither places nor parties)."""
    return [m.span() for m in _organisations().finditer(text)]


def resolve_actors(text: str, kb: ActorKB, published: date | None = None) -> list[ActorMention]:
    """Plain KB mentions (read as of the report's day) plus context-dependent ones, minus
    mere reporting sources."""
    plain = kb.find(text, on=published)
    starts = [m.start for m in plain]
    contextual: list[ActorMention] = []
    for rule in kb.context_rules:
        for m in rule.regex.finditer(text):
            # The nearest accepted mention before the match, walked back by index: a slice
            # of every earlier mention per match would grow with the square of the length.
            before = range(bisect.bisect_left(starts, m.start()) - 1, -1, -1)
            if rule.nearest:
                nearest = next((plain[k] for k in before if plain[k].type != "civilians"), None)
                antecedent = nearest if nearest is not None and rule.accepts(nearest) else None
            else:
                antecedent = next((plain[k] for k in before if rule.accepts(plain[k])), None)
            name = (rule.resolves_to or antecedent.name) if antecedent else rule.default
            entry = kb.get(name) if name else None
            if entry is not None:
                contextual.append(ActorMention(m.start(), m.end(), m.group(0), entry.name, entry.type,
                                               entry.nationality))
    overlaps_contextual = Overlaps([(c.start, c.end) for c in contextual])
    merged = contextual + [p for p in plain if not overlaps_contextual(p.start, p.end)]
    merged.sort(key=lambda a: a.start)
    kept = [a for a in merged if not _SOURCE_BEFORE.search(text[max(0, a.start - 60):a.start])
            and not (_BARE_POLICE.fullmatch(a.mention) and _SAID_AFTER.match(text, a.end))]
    return _without_qualified_generics(text, kept, kb.generic_names)


_JOINED = re.compile(r"[\s\-]*(?:['’]s\s+)?")


def _without_qualified_generics(text: str, mentions: list[ActorMention],
                                generic_names: frozenset[str]) -> list[ActorMention]:
    """Drop a noun that only says what a named side's men are: in "seven Nusra gunmen",
    "ISIS terrorists" or "rebel gunmen" the men are that side's, not a second party, and
    not a second mention of the side either (in "areas held by ISIL terrorists" both words
    only say who holds the areas, so the noun cannot make ISIL a party)."""
    kept: list[ActorMention] = []
    for a in mentions:
        before = kept[-1] if kept else None
        if (before is not None and before.type != "civilians"
                and (a.name in generic_names or a.name == before.name)
                and _JOINED.fullmatch(text, before.end, a.start)):
            continue
        kept.append(a)
    return kept


def police_of_country(mentions: list[ActorMention], countries_at: Callable[[int], set[str]],
                      kb: ActorKB) -> list[ActorMention]:
    """Bare "police" are the police of the country the sentence happens in.

    A rocket "hit the border city of Kilis, one police officer killed" killed a Turkish
    policeman; ``countries_at(pos)`` gives the countries of the places named in the
    sentence at ``pos``.  With Syria among them, or none, the plain reading stands.
    """
    forces = {e.nationality: e for e in kb.entries if e.name.startswith(_POLICE_PREFIX) and e.nationality}
    out: list[ActorMention] = []
    for a in mentions:
        countries = countries_at(a.start) if _BARE_POLICE.fullmatch(a.mention) else set()
        foreign = countries - {"SY"}
        entry = forces.get(next(iter(foreign))) if len(foreign) == 1 and "SY" not in countries else None
        if entry is not None and entry.name != a.name:
            a = ActorMention(a.start, a.end, a.mention, entry.name, entry.type, entry.nationality)
        out.append(a)
    return out
