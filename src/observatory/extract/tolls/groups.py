"""Whose people a toll counts: actor, category and nationality.

The actor is the one the noun phrase names ("members of the Lebanese Hezbollah",
"Four Hezbollah members"), else the one the sentence makes plain ("ISIS lost 28
fighters", "one of its soldiers", "clashes between Islamist militants left 40 dead", "A clashed
with B, leaving 9 militiamen dead": the side the noun fits; the words in ``sides.yaml``),
else annotation.md's default: Civilians for civilians and people, Unidentified Armed
Group for fighters, the home country's forces for soldiers and police.  "non-Syrian"
fighters are the pro-government militias with nationality ``foreign``, but never "foreign
jihadists": those are the government's enemies; "foreign mercenaries" are whoever's men
they are listed with, a non-state side's or else the militias.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache
from typing import NamedTuple, Optional
from collections.abc import Sequence

from observatory.config import PACKAGE_DATA, read_yaml
from observatory.extract.dates import string_list
from observatory.extract.numbers import PhraseSet
from observatory.extract.triggers import Trigger, load_lexicon
from observatory.extract.tolls.lexicon import TollLexicon, any_phrase
from observatory.extract.tolls.nesting import after_and, gapped
from observatory.extract.tolls.reading import RISE_WORDS, TollReading
from observatory.kb.actors import ActorMention
from observatory.models import STATE_TYPES
from observatory.nlp.caseless import lower_exactly

CLASH_REACH = 160  # characters between "clashes between X" and the toll it explains
SPEAKER_REACH = 40  # characters between a speaking side's name and its word of saying
OWNER_REACH = 20  # tokens back to the actor of "X lost 20 soldiers" / "X … its soldiers"
_LOSS_VERBS = {"lost", "losing", "lose", "loses", "loss", "losses"}
_TOLL_OF = re.compile(r"\b(?:toll|tally|number|count)\s+(?:of|among)\s+", re.IGNORECASE)
_STATUS_HEADS = {"wounded", "injured", "dead", "killed"}  # "75 gunmen killed and 100 wounded"
FRAME_REACH = 6  # words of a toll frame's counted phrase: "the number of martyrs among the fighters"
_LINKS = {"is", "was", "are", "were", "has", "have", "had", "stands", "stood", "now"}  # "the toll of dead soldiers is"
SIDES_PATH = PACKAGE_DATA / "casualties" / "sides.yaml"
FIGHT_REACH = 80  # characters after "between" where a fight's sides are named
SITE_REACH = 40  # characters either side of the fight and its toll where a civilian site or role is looked for
AGENT_REACH = 30  # characters after the counted people where a one-sided deed may kill them ("by barrel bombs")
_BETWEEN = re.compile(r"\b(?:between|among|amongst|pitting)\s", re.IGNORECASE)


class _Sides(NamedTuple):
    """The words of ``sides.yaml``, compiled once."""
    battle: re.Pattern  # on lower-case text
    battle_verbs: frozenset
    one_sided: re.Pattern
    nouns: PhraseSet  # a side noun -> its class in ``fits``
    words: frozenset  # the side nouns themselves, lower-case
    fits: dict  # class -> (actor types, actor names) the noun can point to
    targets: frozenset
    one_sided_events: frozenset  # event types (triggers.yaml) of one-sided deeds
    sites: re.Pattern  # on lower-case text: civilian sites and plights
    other_clause: frozenset  # words opening another clause
    death_nouns: frozenset  # "the death of": a noun of death with no killer as its subject
    blame_words: frozenset  # "blamed X for the deaths of": X is the killer


class SidesDataError(ValueError):
    """data/casualties/sides.yaml is malformed."""


@lru_cache(maxsize=1)
def _sides() -> _Sides:
    """The word lists of ``sides.yaml``, each checked on loading: a missing section, a string
    where a list belongs (read letter by letter) or an empty entry (matching everywhere) is
    refused naming the file and the section."""
    data = read_yaml(SIDES_PATH)

    def words(key: str) -> list[str]:
        return [w.lower() for w in string_list(SIDES_PATH, data, key, SidesDataError)]

    classes = _side_classes(data.get("side_nouns") if isinstance(data, dict) else None)
    return _Sides(
        battle=any_phrase(words("battle_nouns") + words("battle_verbs")),
        battle_verbs=frozenset(words("battle_verbs")),
        one_sided=any_phrase(words("one_sided_words")),
        nouns=PhraseSet({w.lower(): k for k, c in classes.items() for w in c["words"]}),
        words=frozenset(w.lower() for c in classes.values() for w in c["words"]),
        fits={k: (frozenset(c.get("types", ())), frozenset(c.get("names", ()))) for k, c in classes.items()},
        targets=frozenset(words("target_nouns")),
        one_sided_events=frozenset(string_list(SIDES_PATH, data, "one_sided_events", SidesDataError)),
        sites=any_phrase(words("civilian_sites")),
        other_clause=frozenset(words("other_clause")),
        death_nouns=frozenset(words("death_nouns")),
        blame_words=frozenset(words("blame_words")),
    )


def _side_classes(classes: object) -> dict:
    """``side_nouns``: each class a mapping with its ``words`` and the actor ``types`` or
    ``names`` its nouns may point to (a class pointing nowhere would never fit a side)."""
    if not isinstance(classes, dict) or not classes:
        raise SidesDataError(f"{SIDES_PATH}: 'side_nouns' must be a mapping of noun classes")
    for name, spec in classes.items():
        where = f"side_nouns.{name}"
        string_list(SIDES_PATH, {where: spec.get("words") if isinstance(spec, dict) else None}, where, SidesDataError)
        points = [key for key in ("types", "names") if key in spec]
        if not points:
            raise SidesDataError(f"{SIDES_PATH}: {where!r} must name the actor 'types' or 'names' it points to")
        for key in points:
            string_list(SIDES_PATH, {f"{where}.{key}": spec[key]}, f"{where}.{key}", SidesDataError)
    return classes


class _Group(NamedTuple):
    actor: Optional[str]  # None only when copied from a reading that has none yet
    category: str
    nationality: Optional[str]
    explicit: bool  # named by the text, not a default


class _FightCues:
    """The words of fighting and the event triggers of one sentence, each found when a toll
    first asks: every toll of a fight's sentence asks the battle-side rules for them
    (``_noun_side`` and ``_battle_side`` each, through ``_fight``).  Made per sentence by
    ``read_groups``, so nothing found is kept beyond the sentence."""

    def __init__(self, text: str, battle: re.Pattern) -> None:
        self._text = text
        self._battle = battle  # lexicon.yaml's battle_words
        # ``_fight``'s answer per toll (by id: the sentence's readings outlive the cues) and
        # ``unnamed``: the rules ask it up to three times for one toll of a fight's sentence.
        self.fights: dict[tuple[int, bool], list] = {}

    @cached_property
    def fight_words(self) -> tuple[re.Match, ...]:
        """Every word of fighting in the sentence, in text order."""
        low = self._text.lower()
        return tuple(sorted((m for pattern in (self._battle, _sides().battle) for m in pattern.finditer(low)),
                            key=lambda m: m.start()))

    @cached_property
    def triggers(self) -> tuple[tuple[int, Trigger], ...]:
        """Every event trigger of the sentence with where it starts (read lower-cased, as
        ``events`` reads a report's, where ``lower_exactly`` allows)."""
        lexicon, lower = load_lexicon(), lower_exactly(self._text)
        return tuple((pos, trigger) for pos, first in lexicon.starts(self._text, lower)
                     for trigger, _ in lexicon.triggers_at(self._text, pos, lower, first=first))


def read_groups(candidates: Sequence[TollReading], mentions: Sequence, lex: TollLexicon) -> None:
    """``read_group`` of each toll, its sentence's cues of fighting found once for all of them."""
    cues: dict[int, _FightCues] = {}
    for cand in candidates:
        if cand.sentence.start not in cues:
            cues[cand.sentence.start] = _FightCues(cand.sentence.text, lex.battle)
        read_group(cand, mentions, lex, cues[cand.sentence.start])


def read_group(cand: TollReading, mentions: Sequence, lex: TollLexicon, cues: _FightCues) -> None:
    """Actor, category and nationality of the counted people: the first rule that applies
    (``cues``: those of the toll's sentence)."""
    words = cand.tokens[cand.quantity.last:cand.desc_end]
    nationality = next((lex.nationalities[t.low] for t in words if lex.nationalities.get(t.low)), None)
    category = lex.category(cand.head)
    foreigners = any(lex.foreign.match(cand.tokens, k) for k in range(cand.quantity.last, cand.desc_end))
    # "a foreign journalist", "five foreign workers": foreign civilians, never the foreign fighters' side
    foreign = foreigners and category not in lex.foreign_civilians \
        and not any(t.low in lex.foreign_enemy_heads for t in words)
    group = ((_listed_with(cand, mentions) if foreign and any(t.low in lex.foreign_listed_heads for t in words)
              else None)
             or (None if foreign else _lost_by(cand, mentions, category, lex, cues))
             or _noun_side(cand, mentions, category, lex, cues)
             or _named_in_phrase(cand, mentions, category, nationality, foreign, lex, cues)
             or (_Group(lex.foreign_actor, "combatants", "foreign", True) if foreign else None)
             or _named_before(cand, mentions, category, lex)
             or _of_parent(cand)
             or _inside_fighters(cand, category, nationality)
             or _toll_of(cand, mentions, lex)
             or _of_them(cand, mentions, lex)
             or _others_of(cand)
             or _battle_side(cand, mentions, category, lex, cues)
             or _default(cand.head, category, nationality, lex))
    home = group.nationality == lex.home_country  # nationality marks the non-Syrian (seed.json)
    cand.actor, cand.category, cand.explicit_actor = group.actor, group.category, group.explicit
    cand.nationality = None if home else group.nationality or ("foreign" if foreigners else None)



def _listed_with(cand: TollReading, mentions: Sequence) -> Optional[_Group]:
    """"120 IS fighters and 60 foreign mercenaries": foreigners listed with a non-state side's
    men are its men; listed with an army's ("30 regime soldiers and 12 foreign mercenaries")
    they keep the foreign default, the government's militias."""
    before = cand.antecedent
    if not cand.coordinated or before is None or not before.explicit_actor or before.actor is None:
        return None
    side = next((m for m in mentions if m.name == before.actor), None)
    if side is None or side.type in STATE_TYPES or side.type == "civilians":
        return None
    return _Group(side.name, "combatants", "foreign", True)


def _named_in_phrase(cand: TollReading, mentions: Sequence, category: str, nationality: Optional[str],
                     foreign: bool, lex: TollLexicon, cues: _FightCues) -> Optional[_Group]:
    """"members of the Lebanese Hezbollah", "Four Hezbollah members", "of ISIS"."""
    if cand.possessive:
        return None
    start = cand.tokens[cand.quantity.last].start if cand.quantity.last < len(cand.tokens) \
        else cand.quantity.end
    phrase_end = _phrase_end(cand)
    end = cand.tokens[phrase_end - 1].end if phrase_end > cand.quantity.last else start
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    if inside and category == "unknown" and inside[0].type == "civilians" and _fight(cand, mentions, lex, True, cues):
        inside = inside[1:]  # "clashes between A and B left 11 people dead": "people" names no side
    if not inside:
        return None
    mention = inside[0]
    if mention.type == "civilians":
        category = category if category != "combatants" else "civilians"
    else:
        category = "combatants"
    return _Group(mention.name, category, "foreign" if foreign else mention.nationality or nationality, True)


def _phrase_end(cand: TollReading) -> int:
    """Token end of the counted people's phrase.  After a loss verb the phrase stops at "to":
    "Rebels lost 5 fighters to regime shelling" names who killed them after "to", not whose
    they were."""
    if cand.verb_at is None or cand.tokens[cand.verb_at].low not in _LOSS_VERBS:
        return cand.desc_end
    return next((k for k in range(cand.quantity.last, cand.desc_end) if cand.tokens[k].low == "to"),
                cand.desc_end)


def _lost_by(cand: TollReading, mentions: Sequence, category: str, lex: TollLexicon,
             cues: _FightCues) -> Optional[_Group]:
    """"Russia has so far lost at least 12 soldiers", "the Russian army lost 12 soldiers":
    the side that lost them owns them, whatever side a bare "soldiers" would default to.
    The owner is the actor or the country named nearest before the loss verb ("rebels said
    Russia lost 5 soldiers": Russia, not the speaker), a country's forces named by a noun
    with a national default ("soldiers", "troops", "pilots").  A phrase that names its own
    side ("lost 15 Hezbollah fighters") or calls them foreign is left to the rules for it
    (the caller skips foreign ones)."""
    verb_at = cand.verb_at
    if verb_at is None or cand.tokens[verb_at].low not in _LOSS_VERBS or category not in ("combatants", "unknown"):
        return None
    inside = _named_in_phrase(cand, mentions, category, None, False, lex, cues)
    if inside is not None and cand.head is not None and inside.actor != _default(cand.head, category, None, lex).actor:
        return None
    owner = _loser(cand, mentions, lex)
    reach = cand.tokens[max(0, verb_at - OWNER_REACH)].start - cand.sentence.start
    named = list(lex.country_names.finditer(cand.sentence.text, reach, cand.tokens[verb_at].start - cand.sentence.start))
    country_nearer = bool(named) and (owner is None or owner.start < cand.sentence.start + named[-1].start())
    if owner is not None and not country_nearer:
        return _Group(owner.name, "combatants", owner.nationality, True)
    if not country_nearer or cand.head is None or "{country}" not in lex.group_classes[cand.head]["default_actor"]:
        return None
    code = next(c for c, name in lex.countries.items() if name.lower() == named[-1].group(0).lower())
    return _default(cand.head, "combatants", code, lex)


def _named_before(cand: TollReading, mentions: Sequence, category: str, lex: TollLexicon) -> Optional[_Group]:
    """"the jihadists lost 31 gunmen", "the army said one of its officers died"."""
    if category not in ("combatants", "unknown"):
        return None
    owner = _loser(cand, mentions, lex)
    return _Group(owner.name, "combatants", owner.nationality, True) if owner else None


def _of_parent(cand: TollReading) -> Optional[_Group]:
    """A bare subset ("including 2") counts its parent's people."""
    if cand.head is not None or cand.parent is None:
        return None
    parent = cand.parent
    return _Group(parent.actor, parent.category, parent.nationality, parent.explicit_actor)


def _inside_fighters(cand: TollReading, category: str, nationality: Optional[str]) -> Optional[_Group]:
    """"287 jihadists of the group, among them 26 minors": minors or women counted inside
    a named armed group belong to that group, not to the civilians; so do its generic
    "fighters" or "commanders".  A nationality of their own ("including three Russians")
    names another side, whose forces they are."""
    parent = cand.parent
    if parent is None or parent.category != "combatants" or not parent.explicit_actor:
        return None
    if category == "combatants" and nationality is not None and nationality != parent.nationality:
        return None
    return _Group(parent.actor, category, parent.nationality, True)


def _toll_of(cand: TollReading, mentions: Sequence, lex: TollLexicon) -> Optional[_Group]:
    """"The toll of the ISIS members killed in the clashes rose to 11": a bare figure counts
    the group its toll frame names, when an actor there is followed by a noun for fighters
    (not "the toll of the Russian raids", which names the killer)."""
    if cand.head is not None:
        return None
    start = cand.quantity.start - cand.sentence.start
    frames = list(_TOLL_OF.finditer(cand.sentence.text, 0, start))
    if not frames:
        return None
    lo = cand.sentence.start + frames[-1].end()
    for mention in (m for m in mentions if lo <= m.start and m.end <= cand.quantity.start):
        if mention.type == "civilians":
            return None
        k = next((n for n, t in enumerate(cand.tokens) if t.start >= mention.end), len(cand.tokens))
        hit = lex.group_nouns.match(cand.tokens, k)
        if hit and lex.category(hit[1]) == "combatants":
            return _Group(mention.name, "combatants", mention.nationality, True)
    vague = frames[-1].group().lower().startswith("number") and \
        cand.sentence.text[:frames[-1].start()].lower().endswith("a ")  # "a number of vehicles" counts no one
    return None if vague else _frame_noun(cand, lo, mentions, lex)


def _frame_noun(cand: TollReading, lo: int, mentions: Sequence, lex: TollLexicon) -> Optional[_Group]:
    """"The number of soldiers killed in the attack rose to 17", "the number of fatalities
    among the rebels rose to 16": a bare figure counts the fighters its toll frame's own phrase
    names, read from the frame (``lo``) up to the phrase's first preposition or verb, and the
    first side the phrase names is theirs; the dead and martyrs it counts are passed over, and
    people of any other kind ("the number of people killed") leave it to the defaults."""
    tokens = cand.tokens
    first = next((n for n, t in enumerate(tokens) if t.start >= lo), len(tokens))
    mention: Optional[ActorMention] = None  # the first side the phrase names: "Al-Nusra Front and rebel fighters"
    for n in range(first, min(first + FRAME_REACH, cand.quantity.first)):
        if tokens[n].low in lex.no_object_after or tokens[n].low in RISE_WORDS or tokens[n].low in _LINKS:
            return None
        mention = mention or next((m for m in mentions if m.start == tokens[n].start), None)
        hit = lex.group_nouns.match(tokens, n)
        if mention is not None and mention.type == "civilians":
            return None
        if hit and lex.category(hit[1]) == "combatants":
            return _Group(mention.name, "combatants", mention.nationality, True) if mention \
                else _default(hit[1], "combatants", None, lex)
        if hit and lex.status_nouns.match(tokens, n) is None:
            return None
    return None


def noun_less(cand: TollReading) -> bool:
    """A figure with no noun of its own ("four were wounded", "100 wounded"): its group, if
    any, is borrowed from a figure beside it."""
    return cand.head is None or cand.head == "people" and cand.tokens[cand.end - 1].low in _STATUS_HEADS


def _others_of(cand: TollReading) -> Optional[_Group]:
    """"Two members of the SDF were killed and three others injured": the same group;
    so is a bare number after "and" with a status of its own ("one soldier was killed and
    four were wounded"), but not "15 dead among X and 23 among its adversaries"."""
    before = cand.antecedent
    bare = noun_less(cand)
    elliptic = bare and _after_and(cand) and before is not None and cand.status is not None and (
        cand.status != before.status or not cand.own_status and gapped(before, cand))  # "… and one in Harasta"
    if before is None or before.actor is None or not (
            elliptic or cand.tokens[cand.end - 1].low in ("others", "more")):
        return None
    return _Group(before.actor, before.category, before.nationality, before.explicit_actor)


def _of_them(cand: TollReading, mentions: Sequence, lex: TollLexicon) -> Optional[_Group]:
    """"ambushed ISIS militants near Arak, killing 12 of them": "of them" points back to
    the nearest people named before it in the sentence; when they are fighters, their
    actor is the one named just before that noun, else the noun's own default."""
    k = cand.quantity.last
    words = [t.low for t in cand.tokens[k - 1:k + 2]]
    if cand.head is not None or cand.parent is not None or not (
            words[:2] == ["of", "them"] or words[1:3] == ["of", "them"]):
        return None  # "12 of them", and "dozens of them" whose "of" the amount has taken; not "of themselves"
    side = _object_side(cand, mentions, lex)
    plain = _plain_deed(cand, lex)
    subject = _subject(cand, mentions) if plain else None
    for n in range(cand.quantity.first - 1, -1, -1):
        hit = lex.group_nouns.match(cand.tokens, n)
        if hit is None:
            continue
        if side is not None and side.start >= cand.tokens[n].end:
            break  # "Rebels attacked regime positions, killing 9 of them": the side named after the noun
        start, end = cand.tokens[n].start, cand.tokens[n].end
        if subject is not None and subject.start <= start < subject.end:
            continue  # "Regime soldiers killed 12 of them": the killers' own noun
        if lex.category(hit[1]) != "combatants":
            return None  # "shot at a crowd of mourners, wounding 14 of them": the nearest are no fighters
        # the side named just before the noun, or in a plain deed naming it ("ambushed IS fighters,
        # killing 12 of them": one mention); elsewhere such a mention may be the killers ("was ambushed
        # by IS fighters, killing seven of them")
        reach = end if plain else start
        named = [m for m in mentions if m.start < start and start - 1 <= m.end <= reach and m.type != "civilians"]
        if named:
            return _Group(named[-1].name, "combatants", named[-1].nationality, True)
        return _default(hit[1], "combatants", None, lex)
    return _Group(side.name, "combatants", side.nationality, True) if side is not None else None


# "alongside Hezbollah", "backed by Russian jets": a side named beside the subject, not the one attacked.
_BESIDE_SUBJECT = re.compile(r"\b(?:alongside|backed\s+by|supported\s+by|and|along\s+with)\s+(?:the\s+)?$",
                             re.IGNORECASE)


def _object_side(cand: TollReading, mentions: Sequence, lex: TollLexicon) -> ActorMention | None:
    """The side a killing deed's "them" points back to: the armed side named last before the
    figure that is neither the deed's subject (``_subject``) nor a side fighting beside it
    ("alongside Hezbollah"): "the YPG repelled an attack by Turkish-backed factions, killing 7
    of them" points back to the factions.  Only for a plain deed (``_plain_deed``); "12 of
    them were killed" keeps the nearest fighters."""
    if not _plain_deed(cand, lex):
        return None
    subject = _subject(cand, mentions)
    text, offset = cand.sentence.text, cand.sentence.start
    named = [m for m in _sides_before(cand, mentions) if m is not subject
             and not _BESIDE_SUBJECT.search(text[max(0, m.start - offset - 20):m.start - offset])]
    return named[-1] if named else None


# "was hit by a Turkish drone", "were ambushed by IS fighters": the first side named is the victim.
_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[\w-]+\s+){0,2}?by\b", re.IGNORECASE)


def _plain_deed(cand: TollReading, lex: TollLexicon) -> bool:
    """The figure is the object of a verb of its status right before it ("killing 12 of
    them"; not "12 of them were killed", not "the killing of 12 of them"), in a sentence where
    the first side named does the deed: no passive with its agent after "by" and no word of
    saying before the figure ("According to Hezbollah, Nusra gunmen ambushed its unit": who
    speaks is no killer).  Elsewhere the side is left to the older rules."""
    verb = cand.verb_at
    if verb is None or verb != cand.quantity.first - 1 or cand.tokens[verb].low == "of":
        return False
    before = cand.sentence.text[:cand.quantity.start - cand.sentence.start]
    return _PASSIVE_AGENT.search(before) is None and not any(
        word in lex.reporting for word in re.findall(r"[\w']+", before.lower()))


def _sides_before(cand: TollReading, mentions: Sequence) -> list:
    """The armed sides named in the figure's sentence before the figure, in text order."""
    return [m for m in mentions if m.type != "civilians" and cand.sentence.start <= m.start
            and m.end <= cand.quantity.start]


def _subject(cand: TollReading, mentions: Sequence) -> ActorMention | None:
    """The side doing a plain deed (``_plain_deed``): the first armed side of the sentence
    that is not the deed's target (``_targeted``)."""
    sides = [m for m in _sides_before(cand, mentions) if not _targeted(cand, m)]
    return sides[0] if sides else None


_TARGET_OF = re.compile(r"\b(?:hit|hitting|targeted|targeting|struck|striking|among(?:st)?|at|on)\s+(?:the\s+|an?\s+)?"
                        r"(?:([\w-]+)\s+of\s+(?:the\s+|an?\s+)?)?$", re.IGNORECASE)


def _targeted(cand: TollReading, mention: ActorMention) -> bool:
    """A side named as the site or gathering a deed struck ("a bomber blew himself up among a
    gathering of the Hamza Division", "a car bomb hit a convoy of the SDF", "among ISIS
    fighters"): the target, never the doer, so "killing 7 of its members" are its men.  Only
    after a word of striking or "among"/"at"/"on": "Members of the SDF attacked …" opens
    with the doer."""
    offset = cand.sentence.start
    hit = _TARGET_OF.search(cand.sentence.text, max(0, mention.start - offset - 40), mention.start - offset)
    return hit is not None and (hit.group(1) is None or hit.group(1).lower() in _sides().targets)


def _after_and(cand: TollReading) -> bool:
    """"… and four were wounded", or the status verb's elided object: "killed 14 of the
    militia's fighters and wounded 20" counts the militia's wounded."""
    k = cand.quantity.first
    if k and cand.verb_at == k - 1 and cand.own_status:
        k -= 1
    return k > 0 and after_and(cand.tokens, k)


def _default(head: Optional[str], category: str, nationality: Optional[str], lex: TollLexicon) -> _Group:
    """annotation.md's defaults: Civilians, Unidentified Armed Group, the country's forces."""
    default = lex.group_classes[head]["default_actor"] if head else "Civilians"
    if "{country}" in default:  # "a Turkish soldier" -> Military Forces of Turkey
        country = nationality or lex.home_country
        name = default.format(country=lex.countries.get(country, lex.countries[lex.home_country]))
        return _Group(name, category, country, nationality is not None)
    # "6 Lebanese pilgrims", "two Iraqi gunmen": the people of a default side keep the
    # nationality their phrase gives them (a foreign one only: read_group drops the home's)
    if default == "fallback":
        return _Group("Unidentified Armed Group", category, nationality, False)
    return _Group(default, category, nationality, False)


def _battle_side(cand: TollReading, mentions: Sequence, category: str, lex: TollLexicon,
                 cues: _FightCues) -> Optional[_Group]:
    """A toll that names no side, told of a fight between armed sides: "clashes erupted near the
    dam between A and B, killing 6", "fighting between A and B left 11 people dead", "battles
    between A and B claimed the lives of 8", "fighting among rival militants left 17 dead".

    The rule (annotation.md: the actor the context makes plain): such a toll is the fighters'
    dead, not Civilians, since both sides are armed and no word calls the victims civilians;
    dev and fakes100 give a combined two-side toll both sides' actors, so the first side named
    in the fight is a fair reader's answer (not an explicit one).  Civilians stay civilians when
    the sentence names any, or a one-sided deed ("regime shelling on Nawa killed 6 people")
    stands between the fight and its toll (``_fight``).  A killing verb's side named before the
    fight word is the killer: outside the fight, the dead are its victims ("jets pounded X as
    clashes raged between A and B, killing 12"); after a verb of fighting, its foe's ("troops
    clashed with Nusra, killing 6"); "A battled B in fighting that killed 60" keeps A."""
    k = cand.quantity.last
    if category not in ("unknown", "combatants") or cand.head not in (None, "people", "fighters") \
            or cand.parent is not None or (k < len(cand.tokens) and cand.tokens[k].low == "of"):
        return None  # "17 people were killed, two of them ambulance crew": a part keeps its whole's side
    first, last = _phrase_span(cand)
    offset = cand.sentence.start
    if _sides().sites.search(cand.sentence.text.lower(), first - offset, last - offset):
        return None  # "3 members of his family died in the clashes": no side's men
    sides = _fight(cand, mentions, lex, category == "unknown", cues)
    doer = _subject(cand, mentions) if sides and _plain_deed(cand, lex) else None
    word = _fight_word(cand, cues) if doer is not None else None
    if doer is not None and word is not None and doer.start < cand.sentence.start + word.start():
        if all(m.name != doer.name for m in sides):
            return None  # "Russian jets pounded X as clashes raged between A and B, killing 12": the jets' dead
        if word.group(0) in _sides().battle_verbs:  # "troops clashed with Nusra and killed one of the emirs"
            sides = [m for m in sides if m.name != doer.name]
    return _Group(sides[0].name, "combatants", sides[0].nationality, False) if sides else None


def _noun_side(cand: TollReading, mentions: Sequence, category: str, lex: TollLexicon,
               cues: _FightCues) -> Optional[_Group]:
    """A side noun pointing to one side of a fight named in the sentence: "Iranian-backed
    militias clashed with ISIS cells, leaving 9 militiamen dead" (the militias), "clashes
    between Turkish troops and the SDF killed 3 soldiers" (Turkey's).  Only in a fight
    (``_fight``), where either side loses men; elsewhere a side named beside a noun may be the
    killer ("a Turkish drone killed 3 soldiers").  Two fitting sides, or a phrase naming its own
    side beyond the bare noun ("3 Hezbollah militiamen"), leave it to the older rules."""
    if category != "combatants" or cand.possessive:
        return None
    table = _sides()
    first, last = _phrase_span(cand)
    if any(first <= m.start and m.end <= last and m.mention.lower() not in table.words for m in mentions):
        return None
    hit = next((h for h in (table.nouns.match(cand.tokens, k) for k in range(cand.quantity.last, cand.desc_end))
                if h is not None), None)
    if hit is None:
        return None
    sides = _fight(cand, mentions, lex, False, cues)
    if not sides:
        return None
    types, names = table.fits[hit[1]]
    fitting = {m.name: m for m in sides if m.type in types or m.name in names}
    if len(fitting) != 1:
        return None
    side = next(iter(fitting.values()))
    return _Group(side.name, "combatants", side.nationality, True)


def _phrase_span(cand: TollReading) -> tuple[int, int]:
    """Text offsets of the counted people's words after the figure ("people", "militiamen")."""
    tokens, k = cand.tokens, cand.quantity.last
    first = tokens[k].start if k < len(tokens) else cand.quantity.end
    return first, tokens[cand.desc_end - 1].end if cand.desc_end > k else first


def _fight(cand: TollReading, mentions: Sequence, lex: TollLexicon, unnamed: bool, cues: _FightCues) -> list:
    """The armed sides of a fight that the figure's toll belongs to, in text order, or [].

    A word of fighting within ``CLASH_REACH`` of the figure and in its clause ("Eight people
    were killed at a market as fighting raged between A and B" is no fight's toll), with the
    sides named after its "between"/"among" (one is enough: "among rival militants"), or else
    two different armed sides named in the sentence ("A clashed with B").  No fight when a
    one-sided deed stands between the fight word and the figure or just after the figure
    ("airstrikes on X killed 9 people as clashes raged nearby", "Russian jets killed 14
    people", "20 people were killed by barrel bombs": ``_one_sided``); nor, for people the
    text does not call fighters (``unnamed``), when the clause names civilians or a civilian
    site or plight ("killed 8 people, including 3 children", "in their homes", "trying to flee";
    not "…, while 3 children died in shelling")."""
    key = (id(cand), unnamed)
    if key not in cues.fights:
        cues.fights[key] = _fight_sides(cand, mentions, unnamed, cues)
    return cues.fights[key]


def _fight_sides(cand: TollReading, mentions: Sequence, unnamed: bool, cues: _FightCues) -> list:
    """``_fight``'s answer, worked out once per toll and ``unnamed``."""
    text, offset = cand.sentence.text, cand.sentence.start
    near = _fight_word(cand, cues)
    if near is None or not _same_clause(cand, *sorted((offset + near.start(), cand.quantity.start))):
        return []
    first, last = _phrase_span(cand)
    lo, hi = min(near.start(), cand.quantity.start - offset), max(near.end(), last - offset + AGENT_REACH)
    if _one_sided(cand, lo, hi, cues):
        return []
    outside = [m for m in mentions if not (first <= m.start and m.end <= last)]
    if unnamed and (_civilian_site(cand, lo, hi) or any(
            m.type == "civilians" and _same_clause(cand, *sorted((last, m.start)))
            for m in outside)):
        return []
    armed = [m for m in outside if m.type != "civilians"]
    between = _BETWEEN.search(text, near.end(), near.end() + 40)
    if between is not None:
        at = offset + between.end()
        return [m for m in armed if at <= m.start < at + FIGHT_REACH]
    return armed if len({m.name for m in armed}) >= 2 else []


def _one_sided(cand: TollReading, lo: int, hi: int, cues: _FightCues) -> bool:
    """Whether a one-sided deed is told in sentence offsets ``lo``..``hi`` within the figure's
    clause: a word of ``one_sided_words``, or a trigger of a one-sided event type
    (``one_sided_events``: "jets", "artillery hit", "opened fire on")."""
    text, low = cand.sentence.text, cand.sentence.text.lower()
    table, offset = _sides(), cand.sentence.start
    if any(_same_clause(cand, *sorted((offset + m.start(), cand.quantity.start)))
           for m in table.one_sided.finditer(low, max(0, lo - CLASH_REACH), hi)):
        return True
    clause = text[max(0, lo - CLASH_REACH):hi]
    return any(max(0, lo - CLASH_REACH) <= pos < hi and trigger.event_type in table.one_sided_events
               and (trigger.requires is None or trigger.requires.search(clause))
               and (trigger.unless is None or not trigger.unless.search(clause))
               and _same_clause(cand, *sorted((offset + pos, cand.quantity.start)))
               for pos, trigger in cues.triggers)


def _civilian_site(cand: TollReading, lo: int, hi: int) -> bool:
    """Whether a word of ``civilian_sites`` stands in the figure's clause within sentence
    offsets ``lo``..``hi`` ("in their homes", "queuing for bread", "when their car was caught")."""
    offset = cand.sentence.start
    return any(_same_clause(cand, *sorted((offset + m.start(), cand.quantity.start)))
               for m in _sides().sites.finditer(cand.sentence.text.lower(), max(0, lo - SITE_REACH), hi + SITE_REACH))


def _same_clause(cand: TollReading, lo: int, hi: int) -> bool:
    """Whether text offsets ``lo`` < ``hi`` of the sentence lie in one clause: no semicolon
    and no word of ``sides.yaml`` ``other_clause`` ("while", "as", "where"; not "as well as")
    between them."""
    between = cand.sentence.text[lo - cand.sentence.start:hi - cand.sentence.start].lower()
    return ";" not in between and not any(
        w in _sides().other_clause for w in re.findall(r"[\w']+", _AS_WELL_AS.sub(" ", between)))


_AS_WELL_AS = re.compile(r"\bas well as\b")


def _fight_word(cand: TollReading, cues: _FightCues) -> Optional[re.Match]:
    """The word of fighting nearest the figure, within ``CLASH_REACH`` of it, or None."""
    start = cand.quantity.start - cand.sentence.start
    lo, hi = start - CLASH_REACH, cand.quantity.end - cand.sentence.start + CLASH_REACH
    words = [m for m in cues.fight_words if lo <= m.start() and m.end() <= hi]
    return min(words, key=lambda m: abs(m.start() - start)) if words else None



def _loser(cand: TollReading, mentions: Sequence, lex: TollLexicon):
    """The actor whose people these are when it is named before the number.

    "the regime lost 20 soldiers": the actor just before the loss verb.  "the army
    announced that two of its officers…": the nearest actor before "its" — unless a
    killing verb stands between them, whose subject is the killer ("drone strikes killed
    several of its commanders"), so the owner is the actor named before that one.
    "three of our fighters": the side that tells it (``_speaker``).
    """
    if cand.possessive and any(t.low == "our" for t in cand.tokens[cand.quantity.last:cand.end]):
        return _speaker(cand, mentions, lex)
    verb_at = cand.verb_at
    verb = cand.tokens[verb_at].low if verb_at is not None else None
    if cand.possessive:
        anchor = verb_at if verb_at is not None and verb not in _LOSS_VERBS else cand.quantity.first
    elif verb_at is not None and verb in _LOSS_VERBS:
        anchor = verb_at
    else:
        return None
    limit = cand.tokens[anchor].start
    reach = cand.tokens[max(0, anchor - OWNER_REACH)].start
    before = [m for m in mentions if reach <= m.start and m.end <= limit and m.type != "civilians"]
    if cand.possessive and anchor != cand.quantity.first and not _names_a_death(cand.tokens, anchor):
        before = _not_the_killer(cand, anchor, before, mentions, lex)  # the anchor is the verb here
    return before[-1] if before else None


def _names_a_death(tokens: list, verb_at: int) -> bool:
    """"HTS announced the death of 5 of its fighters", "mourned the martyrdom of two of its
    men": a noun of death (``sides.yaml`` death_nouns) has no subject who killed, so the actor
    before it owns the dead (a verb, "drones killed 3 of its men", has the killer as its subject).
    Not after a word of blame ("blamed X for the deaths of 4 of its soldiers"): X is the killer."""
    sides = _sides()
    return tokens[verb_at].low in sides.death_nouns and not any(
        t.low in sides.blame_words for t in tokens[max(0, verb_at - OWNER_REACH):verb_at])


def _not_the_killer(cand: TollReading, verb_at: int, before: list, mentions: Sequence,
                    lex: TollLexicon) -> list:
    """The owners "its" may point to, without the killer: the subject of the killing verb.
    "Drone strikes killed several of its commanders": the actor just before the verb.  A
    participle after a comma ("IS stormed a checkpoint held by the SDF, killing six of its
    members") has the clause's subject (``_subject``, in a plain deed) as its killer."""
    tokens = cand.tokens
    if verb_at > 0 and tokens[verb_at - 1].low == "," and tokens[verb_at].low.endswith("ing") \
            and _plain_deed(cand, lex):
        killer = _subject(cand, mentions)
        return [m for m in before if m is not killer]
    return before[:-1]


def _speaker(cand: TollReading, mentions: Sequence, lex: TollLexicon):
    """"Three of our fighters were martyred, the YPG command said": the armed side named
    beside the word of saying after the figure, in the same sentence.  Without one (an
    unnamed "our") no side is guessed."""
    tokens = cand.tokens
    said = next((t for t in tokens[cand.desc_end:] if t.low in lex.reporting), None)
    if said is None:
        return None
    near = [m for m in mentions if cand.tokens[cand.desc_end - 1].end <= m.start
            and m.end <= cand.sentence.end and abs(m.start - said.start) <= SPEAKER_REACH and m.type != "civilians"]
    return min(near, key=lambda m: abs(m.start - said.start)) if near else None
