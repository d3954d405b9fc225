"""Who took part in an event: the armed actors of its clause, its victims, its attacker.

An actor named only to describe something else ("the IS stronghold of X", "factions
affiliated to Turkey") is not a party; one named as the thing hit ("a checkpoint run by
the SDF", "killing 18 rebels") is a target, which matters when deciding whether the
report names the attacker at all.
"""

from __future__ import annotations

import re

from observatory.extract.clauses import Clause
from observatory.extract.context import DocContext
from observatory.extract.triggers import Trigger
from observatory.kb.actors import ActorKB, ActorMention
from observatory.models import STATE_TYPES
from observatory.nlp.caseless import CaselessPattern

# Victims are parties to these events (a strike that killed civilians), not to battles.
_VICTIM_EVENTS = {"Explosions/Remote violence", "Violence against civilians"}
# Each bomb or mine is its own story: its attacker is never taken from a nearby clause or
# another mention, only from its own words or a claim of responsibility.
OWN_ATTACKER_TYPES = {"Suicide bomb", "Remote explosive/landmine/IED", "Grenade"}
_ACTOR_REACH_BEFORE = 200
_ACTOR_REACH_AFTER = 100
_TARGET_BEFORE = CaselessPattern(
    # ("killed on Saturday when regime forces bombed": a day, not a target, follows "on")
    r"(?:\b(?:on(?!\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)|against|targeting|targeted|target|hit|hitting|struck|striking)"
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w'’\-]+\s+){0,2}"
    r"|\b(?:kill(?:s|ed|ing)?|wound(?:s|ed|ing)?|injur(?:es|ed|ing)?)\s+(?:at least\s+|more than\s+)?"
    r"(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|scores)"
    r"\s+(?:of\s+)?(?:[\w'’\-]+\s+){0,3}"
    r"|\b(?:run|manned|held|controlled|belonging|used|guarded)\s+by\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,2}"
    r"|\b(?:checkpoints?|positions?|headquarters|bases?|convoys?|vehicles?|patrols?|members?|ranks|sites?|posts?)"
    r"\s+(?:of|belonging to)\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,1})$")
_CLAIMED = CaselessPattern(r"\bclaim(?:ed|s|ing)? (?:of )?(?:responsibility|the (?:attack|bombing|blast|explosion))")
_NO_CLAIM = re.compile(r"\b(?:no|not|nobody|none|yet to|without)\b[^.]{0,40}$", re.IGNORECASE)
_BLAMED_BEFORE = CaselessPattern(r"\b(?:blam(?:ed|es|e|ing)|claimed by|attributed to)\s+(?:on\s+)?(?:the\s+)?(?:[\w'’\-]+\s+){0,2}$")
_DESCRIPTOR_BEFORE = CaselessPattern(
    # ("a group trained and equipped by Washington": the sponsor describes the group, it did not fight)
    r"\b(?:stronghold|bastion|capital|territory|held|controlled|control|hands|affiliated|linked|funded|armed|allied"
    r"|trained|equipped)"
    # ("a village held by the Islamic State (IS) group": the abbreviation names the same holder)
    r"\s+(?:of|by|to|with)\s+(?:the\s+)?(?:(?:[\w'’\-]+\s+){1,5}[(\[])?$")
# "under rebel control", "in regime hands", "rebel areas of the city", "the hunger-hit rebel enclave",
# "air strikes on a rebel town", "the Daesh village of X": the side names who holds the place, not who fought there.
_DESCRIPTOR_AFTER = re.compile(r"^(?:\s+|-)(?:stronghold|bastion|territory|heartland|held|controlled|-held|control|hands"
                               r"|areas?|enclaves?|districts?|neighbou?rhoods?|parts|zones?|pockets?"
                               r"|towns?|villages?|cit(?:y|ies)|suburbs?)\b",
                               re.IGNORECASE)
# "Washington blames the attack on Damascus", "the opposition accused the army of ...": the
# accuser speaks about the event; it takes no part in it.
_ACCUSER_AFTER = re.compile(r"^\s+(?:(?:on|in|late|early)\s+\w+\s+|also\s+|again\s+)?(?:has\s+|have\s+|had\s+)?"
                            r"(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|denounc(?:ed|es|ing)"
                            r"|call(?:ed|s|ing)\s+(?:on|for)|urg(?:ed|es|ing)|demand(?:ed|s|ing)|appeal(?:ed|s|ing))\b",
                            re.IGNORECASE)


def event_actors(ctx: DocContext, clause: Clause, trigger: Trigger, span: tuple[int, int],
                 kb: ActorKB) -> list[ActorMention]:
    """Armed actors of the clause (else of the sentence), victims when the type has them.  A
    death from wounds and the wounds' origin read each other's clause ("a fighter of X
    succumbed to wounds | he suffered in clashes with Y": X's fighter is a side of the clashes)."""
    lo = clause.host if clause.host is not None else clause.start
    hi = ctx.sentence_of(clause).end if clause.origin is not None else clause.end
    in_clause = [a for a in ctx.actors_in(lo, hi) if not _is_descriptor(ctx.text, a)]
    armed = [a for a in in_clause if a.type != "civilians"]
    if not armed and not trigger.actor and trigger.sub_event_type not in OWN_ATTACKER_TYPES:
        # Nothing in the clause: the armed actors named just around it in the sentence.
        sentence = ctx.sentence_of(clause)
        lo, hi = max(sentence.start, span[0] - _ACTOR_REACH_BEFORE), min(sentence.end, span[1] + _ACTOR_REACH_AFTER)
        armed = [a for a in ctx.actors_in(lo, hi) if a.type != "civilians" and not _is_descriptor(ctx.text, a)]
    if trigger.actor and not any(a.type in STATE_TYPES for a in armed):
        entry = kb.get(trigger.actor)
        if entry is not None:
            armed.append(ActorMention(span[0], span[1], ctx.text[span[0]:span[1]],
                                      entry.name, entry.type, entry.nationality))
    victims = [a for a in in_clause if a.type == "civilians"] if trigger.event_type in _VICTIM_EVENTS else []
    return armed + victims


def _is_descriptor(text: str, actor: ActorMention) -> bool:
    """Named only to describe a place or someone else ("IS stronghold", "affiliated to X"),
    or as the one who accuses or condemns ("Washington blamed Damascus")."""
    return bool(_DESCRIPTOR_BEFORE.search(text[max(0, actor.start - 40):actor.start])
                or _DESCRIPTOR_AFTER.match(text[actor.end:actor.end + 20])
                or _ACCUSER_AFTER.match(text[actor.end:actor.end + 40]))


def claimant(ctx: DocContext) -> ActorMention | None:
    """The armed actor the report says claimed responsibility ("IS claimed the bombing")."""
    for m in _CLAIMED.finditer(ctx.text):
        sentence = next(s for s in ctx.sentences if s.start <= m.start() < s.end)
        if _NO_CLAIM.search(ctx.text[sentence.start:m.start()]):
            continue
        armed = [a for a in ctx.actors_in(sentence.start, sentence.end) if a.type != "civilians"]
        if armed:
            return min(armed, key=lambda a: abs(a.start - m.start()))
    return None


def is_target(text: str, actor: ActorMention) -> bool:
    """Named as the one hit ("a car bomb at a checkpoint run by the SDF"), not the attacker
    (who may also follow "on": "the attack was blamed on Daesh")."""
    before = text[max(0, actor.start - 60):actor.start]
    if actor.type == "civilians":
        return True
    return bool(_TARGET_BEFORE.search(before)) and not _BLAMED_BEFORE.search(before)
