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

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.clauses import breaks_clause
from observatory.extract.numbers import NUMBER_WORD
from observatory.kb.actors import ActorKB, ActorMention, ContextRule, OwnedRule
from observatory.nlp.caseless import CaselessPattern, closes_at_end, first_char_finder, first_chars
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
# "a chemical attack that opposition groups say killed hundreds", "a strike which rebels said hit a
# school": a side set between a relative pronoun and the clause's own verb only vouches for the
# claim, the pronoun is the verb's subject.  Not when a pronoun or an object follows the speech verb
# ("the town, which rebels say they held"; "the bombing, which IS claimed responsibility for": a party).
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:the\s+)?$", re.IGNORECASE)
_VOUCHED_AFTER = re.compile(r"\s+(?:say|says|said|claim|claims|claimed|allege|alleges|alleged)\s+"
                            r"(?!(?:they|it|he|she|we|you|I|its|their|his|her|that|the|a|an|this|these|those|"
                            r"responsibility|credit)\b)[a-z]", re.IGNORECASE)


class _Organisations:
    """The organisation names, found as one ``IGNORECASE`` pattern of them all would find
    them (leftmost first; at one start, the earlier name in the file), in two scans.

    Names written case-sensitively (``(?-i:…)``: "Kafr Nabl Local Council", any capitalised
    words before "Media Office") can start at many words, and inside a caseless pattern
    they make it start at every word: lower-cased, "[A-Z]" is every letter, and each word
    of a report was tried as the first of one to three before a title (two thirds of a long
    report's organisation scan).  Apart, in the report's own case, they are tried only
    where a capital (their first characters) starts a word; the other names keep a
    caseless pattern of their own, scanned in lower case.
    """

    def __init__(self, names: list[str]) -> None:
        titled = [name for name in names if _case_sensitive(name)]
        named = [name for name in names if not _case_sensitive(name)]
        if titled and names.index(titled[0]) < len(named):
            raise ValueError(f"{ORGANISATIONS_PATH}: case-sensitive names (?-i:…) must come after the others")
        self._named = CaselessPattern(_whole_words("|".join(named))) if named else None
        self._titled = re.compile(_whole_words("|".join(titled)), re.IGNORECASE) if titled else None
        self._finder = _titled_finder(titled) if titled else None

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of each name, as ``finditer`` of one pattern of all would give them:
        the earlier of the two scans' next matches, the caseless one on a tie (its names
        come first), then both go on from its end."""
        found: list[tuple[int, int]] = []
        scanned = self._named_scan(text)
        named, titled = self._next_named(text, 0, scanned), self._next_titled(text, 0)
        while named is not None or titled is not None:
            first = min((span for span in (named, titled) if span is not None), key=lambda span: span[0])  # named first on a tie
            found.append(first)
            if named is not None and named[0] < first[1]:
                named = self._next_named(text, first[1], scanned)
            if titled is not None and titled[0] < first[1]:
                titled = self._next_titled(text, first[1])
        return found

    def _named_scan(self, text: str) -> list[tuple[int, int]]:
        """The caseless names' matches in one scan of the text (``finditer``).  Asking
        ``search`` again after each name lower-cased the whole section and sought every
        needle to its end at each call: a section of real reports names an organisation
        some thirty times (a tenth of the actor stage on 1 MB of FA-KES articles)."""
        return [m.span() for m in self._named.finditer(text)] if self._named is not None else []

    def _next_named(self, text: str, pos: int, scanned: list[tuple[int, int]]) -> tuple[int, int] | None:
        """``search(text, pos)`` of the caseless names, read off their scan: the first match
        ``finditer`` found from ``pos`` on is the one a search from there finds, unless a
        match of the scan runs across ``pos`` (a titled name ended inside it), where a match
        the scan stepped over may start; only then is the text searched again."""
        index = bisect.bisect_left(scanned, (pos, -1))
        if index and scanned[index - 1][1] > pos:
            match = self._named.search(text, pos) if self._named is not None else None
            return match.span() if match is not None else None
        return scanned[index] if index < len(scanned) else None

    def _next_titled(self, text: str, pos: int) -> tuple[int, int] | None:
        if self._titled is None:
            return None
        if self._finder is None:
            match = self._titled.search(text, pos)
        else:  # the finder's lookahead is the titled pattern: it matches where the finder stops
            match = self._titled.match(text, hit.start()) if (hit := self._finder.search(text, pos)) else None
        return match.span() if match is not None else None


def _case_sensitive(name: str) -> bool:
    """Whether the whole name is one ``(?-i:…)`` group."""
    return name.startswith("(?-i:") and closes_at_end(name)


def _titled_finder(titled: list[str]) -> re.Pattern[str] | None:
    """The first character of a titled name (in its written case), where the titled
    pattern matches (``nlp.caseless.first_char_finder``): ``re`` skips in C to those few
    characters (capitals, mostly); None when their first characters are not plain to see.
    Each name is wholly case-sensitive, so the pattern without ``IGNORECASE`` is the same."""
    firsts = [first_chars(name[len("(?-i:"):-1]) for name in titled]
    if any(first is None for first in firsts):
        return None
    return first_char_finder(_whole_words("|".join(titled)), set().union(*firsts))  # type: ignore[arg-type]


def _whole_words(alternation: str) -> str:
    return r"(?<![\w\-])(?:" + alternation + r")(?![\w\-])"


@lru_cache(maxsize=1)
def _organisations() -> _Organisations:
    return _Organisations(read_yaml(ORGANISATIONS_PATH)["names"])


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Names of reporting organisations and institutions (neither places nor parties)."""
    return _organisations().spans(text)


def resolve_actors(text: str, kb: ActorKB, published: date | None = None) -> list[ActorMention]:
    """Plain KB mentions (read as of the report's day) plus context-dependent ones, minus
    mere reporting sources."""
    plain = kb.find(text, on=published)
    starts = [m.start for m in plain]
    holders = _holders(text, kb, published)
    holder_starts = [m.start for m in holders]
    sentence_ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    contextual: list[ActorMention] = []
    for rule, matches in zip(kb.context_rules, kb.context_matches(text), strict=True):
        for m in matches:
            antecedent = _within_reach(_named_before(m.start(), plain, starts, rule), m.start(), sentence_ends, rule)
            if rule.default is not None:
                antecedent = _held_by(antecedent, _named_before(m.start(), holders, holder_starts, rule),
                                      _sentence_start(sentence_ends, m.start()),
                                      _COUNTED.search(text, max(0, m.start() - 20), m.start()) is not None)
            if antecedent is None and rule.default is not None:
                antecedent = _named_next(text, m.start(), m.end(), sentence_ends, plain, starts, rule)
            name = (rule.resolves_to or antecedent.name) if antecedent else rule.default
            entry = kb.get(name) if name else None
            if entry is not None:
                contextual.append(ActorMention(m.start(), m.end(), m.group(0), entry.name, entry.type,
                                               entry.nationality))
    overlaps_contextual = Overlaps([(c.start, c.end) for c in contextual])
    merged = contextual + [p for p in plain if not overlaps_contextual(p.start, p.end)]
    overlaps_named = Overlaps([(a.start, a.end) for a in merged])
    merged += [a for rule in kb.owned_rules for a in _owned(text, rule, plain, holders, sentence_ends, kb)
               if not overlaps_named(a.start, a.end)]
    merged.sort(key=lambda a: a.start)
    # A text naming no source at all (``may_occur_in``: one test) is not searched before each mention.
    sources = _SOURCE_BEFORE.may_occur_in(text)
    kept = [a for a in merged if not (sources and _SOURCE_BEFORE.search(text[max(0, a.start - 60):a.start]))
            and not (_BARE_POLICE.fullmatch(a.mention) and _SAID_AFTER.match(text, a.end))
            and not (_VOUCHED_AFTER.match(text, a.end) and _RELATIVE_BEFORE.search(text, max(0, a.start - 12), a.start))]
    return _without_sides_own_men(text, kept, kb)


def _named_before(start: int, named: list[ActorMention], starts: list[int], rule: ContextRule) -> ActorMention | None:
    """The antecedent of a referring word at ``start``: the nearest earlier mention the rule
    accepts (with ``nearest``, the nearest armed mention, when the rule accepts it).  Walked
    back by index: a slice of every earlier mention per match would grow with the square of
    the length."""
    before = range(bisect.bisect_left(starts, start) - 1, -1, -1)
    if rule.nearest:
        nearest = next((named[k] for k in before if named[k].type != "civilians"), None)
        return nearest if nearest is not None and rule.accepts(nearest) else None
    return next((named[k] for k in before if rule.accepts(named[k])), None)


# A word counted just before ("killing 10 militants", "dozens of jihadists") names new people,
# the enemy met, not the doer told before: such a word takes an area's holder over that side.
_COUNTED = re.compile(rf"\b(?:\d[\d,]*|{NUMBER_WORD}|(?:dozens|scores|hundreds) of)\s+$", re.IGNORECASE)


def _held_by(named: ActorMention | None, holder: ActorMention | None, sentence_start: int,
             counted: bool) -> ActorMention | None:
    """The antecedent of a word that would otherwise take a default ("the militants"): a
    holder ("IS-held villages") only when no side is named before it, or none in its own
    sentence while the holder is: "Jaysh al-Islam fighters stormed IS-held villages, and the
    militants seized a third" are still Jaysh al-Islam's.  Rules with no default (a
    possessive's owner: "its troops") never take a holder: the area's holder is no doer."""
    if holder is None or (named is not None and (named.start >= sentence_start or holder.start < sentence_start)
                          and not (counted and holder.start >= sentence_start and holder.start > named.start)):
        return named
    return holder


def _within_reach(antecedent: ActorMention | None, pos: int, sentence_ends: list[int],
                  rule: ContextRule) -> ActorMention | None:
    """The antecedent, when it is named within the rule's ``reach`` of sentences before the
    word at ``pos`` (any distance for a rule without one)."""
    if antecedent is None or rule.reach is None:
        return antecedent
    index = bisect.bisect_left(sentence_ends, pos) - rule.reach
    earliest = sentence_ends[index - 1] + 1 if index > 0 else 0
    return antecedent if antecedent.start >= earliest else None


def _sentence_start(sentence_ends: list[int], pos: int) -> int:
    """Where the sentence holding ``pos`` starts (just after the previous sentence end)."""
    index = bisect.bisect_left(sentence_ends, pos)
    return sentence_ends[index - 1] + 1 if index else 0


# The end of a sentence, for the look-ahead of ``_named_next`` (resolve_actors runs before
# the report is split into sentences).
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")


def _named_next(text: str, start: int, end: int, sentence_ends: list[int], named: list[ActorMention],
                starts: list[int], rule: ContextRule) -> ActorMention | None:
    """The one side the rule accepts named after a referring word that has none before it,
    as the noun phrase of that word or of the same kind of word later in its sentence ("35
    jihadists from the Islamic State group", "terrorists of the so-called Jaish al-Islam",
    "the terrorist group Jaysh al-Islam", "20 Islamic State jihadists"), never as a verb's
    object ("militants attacked the YPG" are not the YPG).  A headline line's word reads on
    into the body's first sentence, which retells it ("Strikes kill 35 jihadists" / "At
    least 35 jihadists from the Islamic State group were killed"), blank lines between; only
    there, or within the word's own clause, does a later word of the same kind lend its side
    (a run-together page: "… kill 35 jihadists overnight Monitor AFP At least 35 jihadists
    from the Islamic State group …"); a "while" clause's "ISIS terrorists" are others.  Two
    sides name no one."""
    stop = bisect.bisect_left(sentence_ends, end)  # the index of the sentence end after the word
    if bisect.bisect_left(sentence_ends, start) == 0 and stop < len(sentence_ends) and text[sentence_ends[stop]] == "\n":
        # A headline (the report's first line, no full stop): read on through the body's first sentence.
        stop = bisect.bisect_right(sentence_ends, sentence_ends[stop])
        while stop < len(sentence_ends) and not text[sentence_ends[stop - 1] + 1:sentence_ends[stop]].strip():
            stop += 1  # blank lines between headline and body
        read_on = True
    else:
        read_on = False
    stretch_end = sentence_ends[stop] if stop < len(sentence_ends) else len(text)
    words = [(start, end)] + [(end + w.start(), end + w.end()) for w in rule.regex.finditer(text[end:stretch_end])
                              if read_on or not breaks_clause(text[end:end + w.start()])]
    last = bisect.bisect_left(starts, stretch_end)
    after = range(bisect.bisect_left(starts, end), last)
    sides = {named[k].name: named[k] for k in after
             if rule.accepts(named[k]) and any(_own_side(text, w, named[k]) for w in words)}
    return next(iter(sides.values())) if len(sides) == 1 else None


# A side attached to the word right before it as that word's own noun phrase ("jihadists
# from the Islamic State group", "terrorists of the so-called 'Jaish al-Islam'"), or in
# apposition ("the terrorist group Jaysh al-Islam"); never across other words ("attacked
# positions of the YPG": the YPG is the object hit).
_ATTACHED = re.compile(r"[^\S\n]+|[^\S\n]+(?:of|from|belonging[^\S\n]+to|affiliated[^\S\n]+(?:to|with))"
                       r"[^\S\n]+(?:the[^\S\n]+)?(?:so-called[^\S\n]+)?[^\w\s]{0,3}", re.IGNORECASE)
# A side that modifies the word after it, an abbreviation between: "Islamic State (IS) jihadists".
_MODIFIES = re.compile(r"[^\S\n]*(?:\([\w\-]{1,12}\)[^\S\n]*)?|[^\S\n]*-[^\S\n]*", re.IGNORECASE)


def _own_side(text: str, word: tuple[int, int], side: ActorMention) -> bool:
    """Whether ``side`` is the noun phrase of the referring ``word`` (start, end): after it
    and attached, or just before it as its modifier."""
    if word[1] <= side.start:
        return _ATTACHED.fullmatch(text, word[1], side.start) is not None
    return side.end <= word[0] and _MODIFIES.fullmatch(text, side.end, word[0]) is not None


# A capitalised word right before a body's words names its state ("the Lebanese security
# forces", "Libya's security services"); the KB knows the states it holds, so one it does
# not find is another country's.
_STATE_BEFORE = re.compile(r"(?-i:[A-Z][\w]+)(?:['’]s)?[^\S\n]+$")


def _owned(text: str, rule: OwnedRule, plain: list[ActorMention], holders: list[ActorMention],
           sentence_ends: list[int], kb: ActorKB) -> list[ActorMention]:
    """The bodies of ``rule`` ("the internal security forces") resolved to whom the report
    says they belong: the side attached to the words ("HTS security forces", "security
    forces of the SDF"), else the one side its own sentence names as the ruler of its place
    ("in SDF-held Raqqa", "Tabqa, a town held by the SDF").  A side named anywhere else, or
    in another role (the attacker, the accused, the group the men meant to join), owns
    nothing; several rulers, none, or a state the KB does not hold name no owner: no guess.
    Outside Syria the body is no Syrian ruler's (``in_their_country``)."""
    rulers: list[ActorMention] | None = None  # read on first need: most reports name no such body
    ruler_starts: list[int] = []
    starts = [m.start for m in plain]
    found = []
    for match in rule.regex.finditer(text):
        side = _attached_side(text, match.start(), match.end(), plain, starts, rule)
        if side is not None:
            name = rule.owner(side.name) or side.name
        else:
            if rulers is None:
                rulers = _rulers(text, rule, plain, holders)
                ruler_starts = [m.start for m in rulers]
            start = _sentence_start(sentence_ends, match.start())
            end_index = bisect.bisect_left(sentence_ends, match.end())
            end = sentence_ends[end_index] if end_index < len(sentence_ends) else len(text)
            camps = {owner for m in rulers[bisect.bisect_left(ruler_starts, start):bisect.bisect_left(ruler_starts, end)]
                     if (owner := rule.owner(m.name)) is not None
                     and not (m.start > match.end() and rule.against.search(text, match.end(), m.start))}
            if len(camps) != 1 or _STATE_BEFORE.search(text, max(0, match.start() - 40), match.start()) is not None:
                continue
            name = next(iter(camps))
        entry = kb.get(name)
        if entry is not None:
            found.append(ActorMention(match.start(), match.end(), match.group(0), entry.name, entry.type,
                                      entry.nationality))
    return found


def _rulers(text: str, rule: OwnedRule, plain: list[ActorMention], holders: list[ActorMention]) -> list[ActorMention]:
    """The sides that may rule a body's place, in text order: the holders of areas, and the
    mentions ``rule.ruled_by`` stands just before ("in SDF-held", "a town held by the")."""
    return sorted(holders + [m for m in plain if rule.ruled_by.search(text, max(0, m.start - 40), m.start)],
                  key=lambda m: m.start)


def _attached_side(text: str, start: int, end: int, plain: list[ActorMention], starts: list[int],
                   rule: OwnedRule) -> ActorMention | None:
    """The armed side written as the owner of the words at ``start``..``end``: just before
    them ("ISIS security forces", "the SDF's security forces") or as their own noun phrase
    after them ("security forces of the Salvation Government", "affiliated to the SDF").
    ``starts`` are the plain mentions' starts, in order."""
    index = bisect.bisect_left(starts, end)
    after = plain[index] if index < len(plain) else None
    before = plain[index - 1] if index else None
    if before is not None and before.end <= start and before.type != "civilians" \
            and _JOINED.fullmatch(text, before.end, start) is not None:
        return before
    if after is not None and after.type != "civilians" and rule.owner_after.fullmatch(text, end, after.start) is not None:
        return after
    return None


# "Daesh-held villages", "rebel-controlled areas": the side is glued to its participle, so the
# KB (whole words only) does not see it; it is no party, but it is who "the militants" are.
# Found at the participle, then read back over at most two words: a scan that tried every
# word of a long report as a possible holder cost a tenth of its actor lookup.
_HELD = re.compile(r"-(?:held|controlled)\b", re.IGNORECASE)
_HOLDER_BEFORE = re.compile(r"(?<![\w\-])[\w'’]+(?:[\s\-][\w'’]+)?$")
_HOLDER_REACH = 80


def _holders(text: str, kb: ActorKB, published: date | None) -> list[ActorMention]:
    """The sides named only as holders of an area ("airstrikes on Daesh-held villages"):
    antecedents for the words that refer back ("the militants" fighting there), never
    mentions of their own (a holder takes no part in what happens to its area)."""
    found = []
    for held in _HELD.finditer(text):
        start = max(0, held.start() - _HOLDER_REACH)
        words = _HOLDER_BEFORE.search(text, start, held.start())
        if words is not None:
            found += [a for a in kb.find(words.group(), offset=words.start(), on=published) if a.end == held.start()]
    return found


# Spaces and one hyphen only: a line break ends the headline, so a body that starts with
# "Troops shelled ..." after a headline ending on a side names its own party.
_JOINED = re.compile(r"[^\S\n]*(?:-[^\S\n]*)?(?:['’]s[^\S\n]+)?")


def _without_sides_own_men(text: str, mentions: list[ActorMention], kb: ActorKB) -> list[ActorMention]:
    """Drop a noun that only says what a named side's men are: in "seven Nusra gunmen",
    "ISIS terrorists", "rebel gunmen" or "the Kurdish-Arab alliance troops" the men are that
    side's, not a second party (a bare "troops" alone would read as the army), and not a
    second mention of the side either (in "areas held by ISIL terrorists" both words only
    say who holds the areas, so the noun cannot make ISIL a party)."""
    kept: list[ActorMention] = []
    for index, a in enumerate(mentions):
        before = kept[-1] if kept else None
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if (before is not None and before.type != "civilians"
                and (a.name in kb.generic_names or a.name == before.name or kb.is_bare_noun(a.mention))
                and _JOINED.fullmatch(text, before.end, a.start)):
            continue
        if (after is not None and a.name in kb.generic_names and after.name not in kb.generic_names
                and after.type != "civilians" and _OF_SIDE.fullmatch(text, a.end, after.start)):
            continue
        kept.append(a)
    return kept


# An umbrella's noun whose side follows: "factions of the Syrian National Army", "gunmen of
# the Islamic State" are that side's men, not the rebels' or unknown men beside it ("from"
# stays out: "rebels from Turkey" came across the border).
_OF_SIDE = re.compile(r"[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:so-called[^\S\n]+)?[\"“']?", re.IGNORECASE)


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


def in_their_country(mentions: list[ActorMention], countries_at: Callable[[int], set[str]],
                     kb: ActorKB) -> list[ActorMention]:
    """Drop a mention whose words name its actor only in one country's war when its sentence
    is set in another such war and not in that country: "al-Qaeda-linked gunmen" in a
    Yemeni or Iraqi town are no Syrian faction, those near Lebanon's Arsal still are.
    ``countries_at(pos)`` gives the countries of the places (countries included) the
    sentence at ``pos`` names; with none of those wars named the plain reading stands.  A
    security body owned by a Syrian ruler (``owned:`` in actors.yaml) names no other war: any
    other country named, and Syria not, makes it that country's ("in Istanbul, security
    forces detained …")."""
    out = []
    for a in mentions:
        war = kb.country_of_words(a.mention)
        countries = countries_at(a.start) if war else set()
        if war and (countries & war.elsewhere if war.elsewhere else countries) and war.home not in countries:
            continue
        out.append(a)
    return out
