"""Control changes: who took, retook, left or is fighting inside which place.

The grammar is deliberately small: a control verb (data/events/control.yaml), the
places that form its object (a list after an active verb, "captured X, Y and Z"; the
subject before a passive one, "X fell to IS"), the gainer (the armed actor before an
active verb, after "to"/"by" for a passive one) and the loser ("from X", else the other
side named in the sentence).  Attempts ("trying to regain control of X") and background
("which ISIS seized in 2015") are not changes.  Each change also yields the matching
territory event (Government regains territory / Non-state actor overtakes territory).

Object lists may name villages no gazetteer holds ("- Zeitan Khalsa and Barna -"); those
are read as unresolved names (extract/name_lists.py).  "Retook X after losing it hours
earlier" also records the earlier capture by the other side, and a fight inside a place
that the same day's capture settled is not left contested.

Outlets word the same change many ways, and the file covers them as families: chained
verbs ("managed to advance and impose their control over X"), part of a place ("the town
centre of X", "half of X", "large areas of X"), nouns ("the fall of X to IS", "the
seizure of X by the army"), states ("are now in full control of X"), forced withdrawals
("had to pull out of X after an assault by the factions", "X fell after a rebel assault"),
sites of a place ("took an army base in X" is X) and, for an advance, its edges ("advanced
to the outskirts of X"), synonyms reviewed by hand ("reclaimed", "took hold of", "swept through", "vacated"); a bare
state ("are firmly in control of X") is no change.  SOHR's English has shapes of its own,
read on its headlines: present-tense verbs ("expels X from", "takes the control of",
"re-takes control on"; "the regime forces control X" only as a report of one line without a
full stop, anywhere else a present "control" being a state) and a noun whose gainer sits inside it
("the control of the regime forces over X"; with no subject, "clashes and advance to regime forces
on the outskirts of X"); "areas under the control of X" stays a state.  Goals, prospects, plans
and failed attempts ("aims to capture", "capturing X would ...", "determined to ... and
seize X", "have been unable to regain X") are not changes, nor is a change dated by a month
named as past ("drove IS out of X last September").  SOHR's gerund names its taker after "by"
("after taking control of wide parts of it by SDF").  Where two sides are named before a verb, the dependency parse says whose verb
it is (extract/control_syntax.py).

A claim may lean on the sentences around it: a pronoun or bare-noun subject ("They
overran the camp and took X", "the troops seized X") and a passive capture with no taker
("The village of X was captured by nightfall") take the side the sentence before led with,
or the side the same sentence moves "as"/"while" it happens; an unnamed object ("a number
of villages") takes the names the next sentence lists ("Among them are X and Y"); a
withdrawal with no other side in its sentence leaves the place to the foe named just before.
Only named places borrow a side this way; "the opposition stronghold fell", "seized the
rebel-held town" borrow the place too, and the holder they name lost it.  A descriptor
before the organisation it belongs to ("Kurdish fighters of the SDF") is that
organisation, not a second side, and a supporter ("backed by Turkish artillery") is never
the other side, nor is a side a place was "held by" ("the fall of X, the last pocket held by IS")
its taker when the holding is told as past ("now held by the SDF" names the taker).  An unnamed object's
names may follow its own locating words when they close the clause ("two villages north of Y, A and B",
"the positions lost in the morning, among them X"; not "..., A and B activists said").  The word lists these
shapes are built from live in control.yaml
(``words``), read with the rest of the file by extract/control_data.py.

Where a change is placed: a governorate is no control place when it only locates ("X in
Idlib province", "the Idlib province town of X") nor when an advance is "in the countryside
of Hama" (an area, not a place that changes hands); a province named as such and taken whole
("took full control of Raqqa province", "drove the troops out of Hasakah province") is the
place.  "Advanced in the countryside of X", X a town, is an advance at X: SOHR's countryside
of a town lies within the 25 km a place is matched by, and so does its vicinity ("advanced in the
vicinity of X").  "Advance near X" is not at X
("advances near Aleppo" are fought in villages outside the city).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from observatory.extract.clauses import Clause
from observatory.extract.context import SENTENCE_LEVEL, DocContext
from observatory.extract.control_data import ControlVerb, control_data
from observatory.extract.control_syntax import in_verb_clause, noun_at, subject_span
from observatory.extract.dates import MONTHS, ON_WEEKDAY, lapse
from observatory.extract.event_places import CITY_OF, CITY_WORD, place_key, stands_for_governorate
from observatory.extract.events import Candidate, relative_words
from observatory.extract.name_lists import leading_names, unknown_names
from observatory.extract.numbers import NUMBER_WORD
from observatory.extract.places import PlaceMention
from observatory.kb.actors import ActorKB, ActorMention
from observatory.kb.gazetteer.cues import COMPASS, PREFIX_CITY_PART
from observatory.kb.place_nouns import alternation
from observatory.models import ControlChange, DateRange, Span
from observatory.nlp.sentences import Sentence

MONITORED_COUNTRY = "SY"

_SETTLEMENT = alternation("settlement")  # "the town", "the village's streets"
# "recovered some lost ground in X", "captured positions inside X", "took new alleys in X", "seized a
# number of buildings in the west of X", "seized several neighbourhoods in the north of X", "took army
# positions outside the town of X": the ground is X's (a report names no nearer place for it), not a
# place near it.  "captured buildings in western X" or "in south and west X" (group quarter) is X's for a
# town, not for a region ("positions in eastern Ghouta" lie somewhere in it).  An area or a part of X
# (group area: "retook an area in X", "captured an area of 10 square kilometres in the town of X", "seized
# a large area in the southern part of X") is X's only inside it ("an area near X" is not), and only where
# X is no governorate's seat told by its bare name ("captured several areas in Hama" is as often the
# province: extract/control.py asks).
_GROUND_BEARING = rf"(?:{COMPASS}(?:ern)?|[\w-]+ern)"
_GROUND_IN = re.compile(r"^\s*(?:(?:full\s+|complete\s+)?control\s+)?(?:(?:of|over|on)\s+)?(?:(?:some|much|more|lost|new|significant|several|their|its|the|an?|\d+|[\w-]+-held|a\s+number\s+of|dozens\s+of|a\s+few|many|"
                        rf"{NUMBER_WORD})\s+)*(?:(?!(?:in|on|of|near|outside|around|and|or|from|to|with)\b)[\w-]+\s+){{0,2}}"
                        r"(?:(?:ground|territory|positions|points|buildings|(?:building )?blocks|checkpoints|streets|"
                        r"neighbou?rhoods?|districts?|quarters?|alleys)\s+(?:in|on|inside|within|outside|around|near|"
                        r"on the (?:outskirts|edges?) of)"
                        r"|(?P<area>areas?|parts?|sections?|sectors?)(?:\s+(?:of|as\s+large\s+as|covering)\s+(?:(?:about|around|nearly|some|over|more\s+than)\s+)?"
                        r"\d+(?:\.\d+)?\s+(?:square\s+)?(?:kilomet(?:er|re)s?|km))?(?:\s+along\s+the\s+(?:[\w-]+\s+)?(?:highway|road))?"
                        r"\s+(?:in|inside|within))\s+(?:the\s+)?"
                        r"(?:(?:cent(?:re|er)|heart|middle)\s+of\s+(?:the\s+)?"
                        rf"|{_GROUND_BEARING}\s+(?:(?:part|side|edge|corner)\s+)?of\s+(?:the\s+)?"
                        rf"|(?P<quarter>{_GROUND_BEARING}(?:\s+and\s+{_GROUND_BEARING})?\s+))?"
                        rf"(?:(?:old\s+)?{_SETTLEMENT}\s+of\s+)?$", re.IGNORECASE)
# "advance in areas at the outskirts of X", "advanced to hills near X": ground near X, which an advance is
# on; a capture of it takes no X ("seized areas outside X", "took hills near X": the town did not fall).
_GROUND_NEAR = re.compile(r"^\s*(?:(?:full\s+|complete\s+)?control\s+)?(?:(?:of|over|on|to)\s+)?(?:(?:some|more|new|several|the|\d+|"
                          rf"{NUMBER_WORD})\s+)*"
                          r"(?:areas|hills|hilltops)\s+(?:outside|around|near|(?:on|at)\s+the\s+(?:outskirts|edges?)\s+of)\s+"
                          rf"(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?$", re.IGNORECASE)
# "advanced to the outskirts of X", "reached the entrances of X": an advance on X.
_EDGE_OF = re.compile(r"^\s*(?:the\s+)?(?:(?:northern|southern|eastern|western|[\w-]+ern)\s+)?"
                      r"(?:outskirts|entrances?|edges?|gates|doorstep|fringes|approaches|outer districts)\s+(?:of|to)\s+"
                      rf"(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?$", re.IGNORECASE)
# "advanced in the vicinity of X", "advance to the factions in the surroundings of X": SOHR's ground
# around a town, an advance on it as its countryside is; around a governorate's capital ("the vicinity
# of Aleppo") it is somewhere in the countryside, as "near Aleppo" is.
_VICINITY_OF = re.compile(rf"^\s*(?:the\s+)?(?:vicinity|surroundings|environs)\s+of\s+(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?$",
                          re.IGNORECASE)
_FROM_AFTER_LIST = re.compile(rf"^[\s,]*(?:{ON_WEEKDAY},?\s+)?from\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?$",
                              re.IGNORECASE)
_FROM_ACTOR = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_CLOSING_PREPOSITION = re.compile(r"\s+\w+$")  # the "in" that closes a nominal advance's words ("advance to X in")
_TAKES = ("captured", "recaptured")  # the changes for which a side's last ground in X stands for X (last_ground_in)
# "north of", "north east of", "near", "outside": words that make the next place the locator of
# another.  The compass points are kb/gazetteer/cues.py's; a bearing of two words ("north east")
# is two of them.
_NEAR_WORDS = rf"\b(?:{COMPASS}\s)?{COMPASS}(?:ern)?\s+(?:of|from)|\bnear|\boutside|\bclose to"
_RELATIVE_PLACE = re.compile(
    rf"(?:{_NEAR_WORDS}"
    r"|\boverlooking(?: on)?|\boutskirts of|\bkm\s+(?:\w+\s+){0,2}(?:of|from)|\bkilomet(?:er|re)s?\s+(?:\w+\s+){0,2}"
    r"(?:of|from)|\bto the (?:\w+\s+){0,2}of|\bon the road to|\bbetween"
    rf"|\bin(?:\s+the\s+(?:\w+\s+){{0,2}}{alternation('locating')}"
    rf"\s+of)?)\s+(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?$",
    re.IGNORECASE,
)
# "fell to X", "retaken by Kurdish X": a nationality before the side's name may stand between.
_GAINER_AFTER = re.compile(r"\b(?:to|by|under|hands of)\s+(?:the\s+)?(?:control of\s+(?:the\s+)?)?"
                           r"(?:(?-i:[A-Z])\w*(?:ish|ian|an|i|ese)\s+)?$", re.IGNORECASE)
_LOSER_AFTER = re.compile(r"\bfrom\s+(?:the\s+)?(?:control of\s+(?:the\s+)?)?$", re.IGNORECASE)
_COORDINATION = re.compile(r"^\)?\s*(?:,|and|,\s*and|as well as|along with|together with|with|alongside|"
                           r"in (?:cooperation|coordination|conjunction) with)\s+(?:the\s+|their\s+|its\s+)?"
                           r"(?:(?:supporting|friendly|auxiliary)\s+(?:and\s+)?)?"
                           r"(?:(?:allied|affiliated|partner)\s+(?:[\w-]+\s+)?)?$",
                           re.IGNORECASE)  # "Turkish troops and allied Syrian rebels", "army units in cooperation with allied forces"
# "their allies from the Lebanese Hezbollah": the allies named, one side with the subject.
_ALLIES = re.compile(r"\b(?:allies|partners)$", re.IGNORECASE)
_ALLIES_FROM = re.compile(r"^\s+(?:from|of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# "Kurdish fighters of the SDF", "Islamist rebels from the Nusra Front": a descriptor of the
# organisation named right after it, not a side of its own.
_OF_ORGANISATION = re.compile(r"\s+(?:of|from|within)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a subject and its verb: auxiliaries, adverbs, a day; no other verb phrase.
_NEXT_TO_VERB = re.compile(r"(?:\s+(?!and\b)[\w'’-]+){0,3}\s*$")
_INCLUDING = r"(?:including|among them|among whom|such as)"
_INCLUSION = re.compile(rf"^\s*,?\s*{_INCLUDING}\s+(?:the\s+)?(?:[\w'’\-]+\s+){{0,5}}$", re.IGNORECASE)
# "15 captured Assyrians", "the captured soldiers", "were captured": people, not places.
_PARTICIPLE_BEFORE = re.compile(r"(?:\d+|\b(?:[Tt]he|[Aa]n?|were|was|been|are|is))\s+$")  # "IS" the group is not "is"
_PARTICIPLE = re.compile(r"\w+(?:ed|en)\b", re.IGNORECASE)  # "a counterattack to retake X" is no participle
# "fighting to reach and control X": the second infinitive is as unreal as the first, unless a
# verb of doing leads both ("were forced to retreat and abandon X", _Shapes.done_infinitive).
_INFINITIVE_AND_BEFORE = re.compile(r"\bto\s+\w+(?:\s+\w+)?\s+and\s+$", re.IGNORECASE)
# "aims to retake X", a quoted "to capture": any "to" right before the verb names a goal,
# unless a verb of doing leads it (``words: done_before``, _Shapes.done_infinitive).
_INFINITIVE_BEFORE = re.compile(r"\bto\s+[\"“‘']?$", re.IGNORECASE)
# Helpers named before the verb are not its subject: "fighters - backed by Russian air strikes - retook X".
# Between a side fought and the side joined to it: "against the regime forces and their loyal militias".
_JOINED_TO = re.compile(r"^\s*,?\s*(?:and|as well as|along with|together with|alongside)\s+(?:the\s+|their\s+|its\s+)?"
                        r"(?:[\w'’\-]+\s+){0,2}$", re.IGNORECASE)
_SUPPORTER_BEFORE = re.compile(r"(?:backed|supported|aided|assisted|covered|helped|accompanied)\s+by\s+(?:the\s+)?"
                               r"(?:[\w'’\-]+\s+){0,6}$|(?:support|cover|help|backing)\s+(?:of|from)\s+(?:the\s+)?"
                               r"(?:[\w'’\-]+\s+){0,3}$", re.IGNORECASE)
# "Hezbollah fighters backing", "Hezbollah and Iraqi militias supporting": the backer's name, a noun at
# most and a partner joined by "and", then the verb.
_BACKER_GAP = re.compile(r"\s*(?:[\w'’-]+\s+)?(?:and\s+(?:[\w'’-]+\s+){1,2})?")
_LAST_OF_LIST = re.compile(rf"\s*,?\s*(?:and|&)\s+(?:the\s+)?(?:{alternation('closes_list')}\s+of\s+)?", re.IGNORECASE)
_AND_ONLY = re.compile(r"^\s*(?:and|&)\s+(?:the\s+)?$", re.IGNORECASE)
# ", which the rebels had held since 2015," between a place and its verb: an aside of its own (the
# clause splitter may already have cut before "which").
_RELATIVE_ASIDE = re.compile(rf"(?:^|,)\s*(?:{relative_words()})\b[^,;.]*,\s*", re.IGNORECASE)
# A word opening a relative clause (filters.yaml relative_words, as events.py reads them).
_RELATIVE_PRONOUN = re.compile(rf"\b(?:{relative_words()})\b", re.IGNORECASE)
_RELATIVE_AFTER = re.compile(rf",\s*{_RELATIVE_PRONOUN.pattern}", re.IGNORECASE)  # ", which may soon return": a clause of its own
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_LOCATOR_BEFORE = re.compile(r"\b(?:from|in|near|into|to|at|on)\s+$", re.IGNORECASE)
# "falls to": a headline's present passive (verbs in control.yaml); "the upkeep of X falls to Y",
# "security in X falls to Y": X, after a preposition (not "the town of X"), is no subject that falls.
_PRESENT_FALLS = re.compile(r"falls\b", re.IGNORECASE)
_NOUN_HEAD_BEFORE = re.compile(rf"\b(?:in|at|on|for|from|near|(?!(?:{_SETTLEMENT})s?\b)[\w-]+\s+of)\s+(?:the\s+)?$",
                               re.IGNORECASE)
_RELATIVE_WHERE = re.compile(r",?\s+(?:which|that|whom|where)\s+(?:\S+\s+){0,8}$", re.IGNORECASE)
# "X, where rebels seized ground": the ground is X's.
_GROUND_AFTER = re.compile(r"\s+(?:(?:some|more|new|further|lost)\s+)*(?:ground|territory|positions)\b", re.IGNORECASE)
# "X north of (the second city) Y": the words that make Y the locator of the place before it.
_LOCATED_LEAD = re.compile(rf",?\s+(?:\d+\s*(?:km|kilomet(?:er|re)s?|miles)\s+)?(?:{_NEAR_WORDS})\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}$",
                           re.IGNORECASE)
_RELATIVE_OBJECT = re.compile(r",?\s+(?:which|that|whom)\s+(?:\S+\s+){0,8}$", re.IGNORECASE)
# "after capturing X by the rebels": a gerund and its agent (_gerund_agent).
_GERUND = re.compile(r"\w+ing\b", re.IGNORECASE)
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?", re.IGNORECASE)
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)  # "the IS stronghold of X", "the Hanano district of Aleppo"
_PRONOUN = re.compile(r"\b(?:it|them)$", re.IGNORECASE)
_DIRECTION_OF = re.compile(rf"\b(?:{COMPASS}\s)?{COMPASS}(?:ern)?\s+(?:of|from)\s+(?:the\s+)?"
                           r"(?:\w+\s+of\s+)?$|\boutskirts\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# "X in Homs", "X in the eastern countryside of Homs": the second place holds the first.
_CONTAINED_IN = re.compile(r"^\s*,?\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$", re.IGNORECASE)
# "X, south of Damascus, ... captured it": for a pronoun, a place named after X only to locate it.
_LOCATING_AFTER = re.compile(rf"^\s*,?\s*(?:in|{_NEAR_WORDS})\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:of\s+)?$",
                             re.IGNORECASE)
_ATTACK_NOUN_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:assault|attack|offensive|advance|push)s?\b", re.IGNORECASE)
_AFTER_BEFORE = re.compile(r"\b(?:after|following|amid|in)\s+(?:an?\s+|the\s+|days\s+of\s+|weeks\s+of\s+)?"
                           r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "the village of X in Y province and Z in W were taken": each item carries its own locator.
_LOCATED_AND = re.compile(r"^\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:,|,?\s*and)\s+(?:the\s+)?"
                          rf"(?:(?:{_SETTLEMENT})\s+of\s+)?$", re.IGNORECASE)
_PLACE_AND = re.compile(r"^\s*(?:,|,?\s*and|&)\s+(?:the\s+)?$", re.IGNORECASE)
# "After seizing X on Monday, the rebels pushed on": the adjunct's subject is the main clause's.  SOHR's
# headline opens with an aside a lapse (dates.lapse) may lead and an ellipsis closes ("Hours after capturing
# X…the regime forces shell Y", "About 2 days after seizing X…ISIS ...").
_ADJUNCT_LEADS = r"after|upon|on|before|since|while|having"
_ADJUNCT_OPENING = re.compile(rf"^\W*(?:{lapse(_ADJUNCT_LEADS)}|(?:{_ADJUNCT_LEADS})\b)\s+"
                              r"(?P<they>they\s+(?:had\s+|have\s+)?)?$", re.IGNORECASE)
_ASIDE_CLOSE = re.compile(r",|…|\.\.\.")  # the comma, or SOHR's ellipsis, that closes an opening adjunct
_ASIDE_SUBJECT = re.compile(r"[\s“”\"]*(?:the\s+)?$", re.IGNORECASE)  # nothing but an article before the subject
# "On Friday they took X", "By Tuesday they had seized X", "By nightfall the troops held X": a time
# before a stand-in subject.
_OPENING_TIME = (rf"(?:{ON_WEEKDAY}|by\s+\w+day|later|then|overnight|meanwhile|at\s+dawn|"
                 r"by\s+(?:\w+\s+)?(?:nightfall|evening|morning|noon|dawn))")
# A quotation in a sentence ("'...,' the army said"): its opening mark (a straight quote opens
# at a sentence start or after a space), any mark, the speaker's verb and a first-person taker.
_QUOTE_OPENING = re.compile(r"(?:“|(?:^|(?<=\s))\")")
_QUOTE_MARK = re.compile(r"[\"“”]")
_FIRST_PERSON = re.compile(r"\b(?:we|our)\b", re.IGNORECASE)
# The first person as the active verb's own subject, right before it ("we retook", "our forces have liberated").
_FIRST_PERSON_SUBJECT = re.compile(r"\b(?:we\s+|our\s+(?:[\w-]+\s+){1,2}?)(?:have\s+|had\s+)?$", re.IGNORECASE)
# A passive a side claims for itself without naming itself: a place won back ("X has been retaken").
_WON_BACK = re.compile(r"\b(?:liberated|retaken|recaptured|regained|freed)\b", re.IGNORECASE)
_STATE_NOUN_AFTER = re.compile(r"\s+(?:regime|government|authorities|administration)\b", re.IGNORECASE)
_ALONGSIDE_BEFORE = re.compile(r"\b(?:as|while|when)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# Between a subject and an actor inside its relative or prepositional phrase ("militants who had held
# civilians", "fighters holed up among residents", "troops, backed by villagers,").
_MODIFIER_GAP = re.compile(r"\b(?:who|whom|whose|which|that|among|amongst|amid|with|alongside|including|by)\b",
                           re.IGNORECASE)
# "advances south of X" (a verb marked `bearing`): a bearing from a town or village is ground at its
# edge, one from a city ("east of Homs") its countryside, unless the city itself is named ("north of
# Aleppo city"); a mention so named is the city, not its governorate (``_province_advance``, with
# event_places.CITY_WORD and CITY_OF).
_ROAD_NAME = re.compile(r"\b(?:road|highway|motorway|route)s?$", re.IGNORECASE)
# Ground no single change takes whole, and a river no side holds ("advanced east of the Euphrates").
_NO_CONTROL_FEATURES = {"country", "admin1", "desert", "governorate", "river"}
_PROVINCES = {"admin1", "governorate"}
# A city's parts: "the X district of Y" names X's part of Y when X is one (or a name the gazetteer lacks).
_PART_FEATURES = {"neighbourhood", "neighborhood", "suburb"}
_SETTLEMENT_FEATURES = {"city", "town", "village", "hamlet", "neighbourhood", "neighborhood", "suburb", "camp"}
# What a city's named part may be ("the Aleppo suburb of Khan Touman", a town): a city or a larger unit after
# "the X district of" is where X lies ("the Jisr al-Shughur district of Idlib"), and X, the district, is taken.
_WITHIN_CITY = _SETTLEMENT_FEATURES - {"city"}
# "Hama villages", "Ghouta towns": a name with a plural place noun names several places, never one
_LIST_HEAD = re.compile(rf"\s{alternation('list_of')}$", re.IGNORECASE)
_PROVINCE_WORD = re.compile(r"\b(?:province|governorate)$", re.IGNORECASE)
# Between the verb and a province taken whole ("took control of the entire Raqqa province").
_WHOLE_GAP = re.compile(r"^\s*(?:(?:the\s+)?(?:entire|whole)\s+|all\s+(?:of\s+)?)?(?:the\s+)?$", re.IGNORECASE)
_SETTLEMENT_AFTER = re.compile(rf"\s+(?:{_SETTLEMENT})\b", re.IGNORECASE)  # "the Idlib province town of X"
_OBJECT_REACH = 220
_ANAPHORA_SENTENCES = 2  # how many sentences back "the town" / "it" may find its place
_LIST_SENTENCES = 3  # how many sentences back "those villages" may find its list
_PEACEFUL = re.compile(r"\b(?:without (?:a |any )?(?:fight|fighting|resistance|clashes|a shot|bloodshed)|peacefully)\b",
                       re.IGNORECASE)
# "seized several villages", "stormed an air base": a place the report does not name.
_UNNAMED_OBJECT = re.compile(
    r"^\s*(?:(?:full\s+|complete\s+)?control\s+)?(?:(?:of|over)\s+)?(?:the\s+(?=(?:\w+\s+)?(?:territory|areas)\b))?"
    r"(?:an?|several|some|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|dozens of|a number of|many|more|new|other|large|northern|southern|eastern|western|(?=territory|areas)"
    r"|all\s+(?:of\s+)?(?:the|its|their)"
    r"|the\s+(?:first|last|remaining))"
    rf"\s*(?:[\w-]+\s+){{0,2}}{alternation('unnamed')}\b",
    re.IGNORECASE,
)
_PEOPLE_TAKEN = re.compile(r"\s+(?:as\s+)?(?:hostages?|prisoners?|captives?|to hospital)\b", re.IGNORECASE)
# "captured three villages south of Aleppo from government control - Zeitan ...": the list after a dash.
_DASH_INTRO = re.compile(r"\s*(?:(?:from|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}control\s*)?[-–—:]\s*", re.IGNORECASE)
# "three villages: X, Y", "two hills - X and Y": a colon or a spaced dash before the names.
_LIST_INTRO = re.compile(r"[^.;:\-–—]{0,80}?(?::|\s[-–—])\s*")
# "hamlets in the Lajat plateau, including X and Y", "three villages on Monday, among them X": an inclusion
# right after the unnamed object, a participle and its own locating words ("the positions lost in the
# morning, among them X"); no verb between: in "villages, and thousands fled to towns, including X" the towns include X.
_INCLUDED_AFTER = re.compile(rf"(?:\s+(?:[\w-]+ed|lost|taken))?(?:\s+(?:in|inside|around|of|{_NEAR_WORDS})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}[\w'’-]+)?"
                             rf"(?:\s+{ON_WEEKDAY})?\s*,\s*{_INCLUDING}\s+", re.IGNORECASE)
# "two villages north of the town, X and Y": after a comma (no "and"), a list of two or more names
# closed by "and" that closes the clause is the object's ("seized two villages on Monday, Hama and
# Idlib activists said" names the news's sources).
_APPOSED_LIST = re.compile(r"[^.;:\-–—,]{0,60}?,\s*(?!and\b)(?=(?:[\w'’-]+\s+){1,3}?and\s)", re.IGNORECASE)
_CLAUSE_CLOSE = re.compile(rf"\s*(?:[,.;]|{ON_WEEKDAY}|$)", re.IGNORECASE)
_PASSIVE_REACH = 90
_BARE_PARTICIPLE = re.compile(r"(?:seized|captured|taken|overrun|stormed|retaken|recaptured|fell)\b(?! (?:in)?to\b)",
                              re.IGNORECASE)
# "X seized by rebels", "the X area recently seized by rebels": the place the participle tells of.
_PARTICIPLE_GAP = re.compile(r"^[\s,]*(?:(?:area|district|neighbou?rhood|town|village|city|region|hill|base)\s+)?"
                             r"(?:(?:recently|newly|just|lately|already|briefly|only)\s+)?$", re.IGNORECASE)
_HOLDER_AFTER = re.compile(r"\bcontrol of$", re.IGNORECASE)
# "..., the Turkish army said": a side named as the source of the news, not the other side of the fight.
_SPEECH_VERB = r"(?:said|says|reported|announced|stated|told|claimed|confirmed|added)\b"
_SOURCE_AFTER = re.compile(rf"\s+(?:\w+\s+){{0,2}}?{_SPEECH_VERB}", re.IGNORECASE)
# A speech verb right after a closing quotation mark, its speaker after it ("...,' said an SDF spokesman").
_SPEECH_VERB_AT = re.compile(rf"\b{_SPEECH_VERB}", re.IGNORECASE)
# Where the speaker after the speech verb ("said Abu X, a rebel commander") gives way to what else is told.
_SPEAKER_TOLD = re.compile(r",?\s+(?:adding|while|as|and|but|saying|who|which|after|before|when)\b|;", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(rf"\s*,?\s*{_SPEECH_VERB}\s+", re.IGNORECASE)
# "the fall of X, a key rebel stronghold": the side whose stronghold X was lost it.
_HOLDER_LEAD = re.compile(r"^\s*,?\s*(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_PRONOUN_BEFORE = re.compile(r"\b(?:it|they|which|that)\s+(?:\w+ly\s+)?$", re.IGNORECASE)  # "which completely fell"
# "retook X after losing control of it hours earlier": X had changed hands before.
_LOST_EARLIER = re.compile(r"\bafter (?:having )?(?:losing|lost|they lost|it lost|they had lost|being (?:driven|pushed|forced) "
                           r"out of)(?: (?:full |complete )?control)?(?: (?:of|over))? (?:them|it|the (?:\w+ )?"
                           rf"{alternation('lost')})\b", re.IGNORECASE)


@dataclass(frozen=True)
class _Shapes:
    """The shapes built from control.yaml's word lists (``words``)."""

    site_in: re.Pattern[str]  # "took an army base in X": a site of X the report does not name is X
    last_ground_in: re.Pattern[str]  # "took the last ISIS pocket in X": a side's last ground in X is X, for a capture
    holding_before: re.Pattern[str]  # "rebels still control X": the present "control" tells a holding
    holding_clause: re.Pattern[str]  # "where ISIS controls X": a clause framing the present "control"
    supporting_before: re.Pattern[str]  # "militias supporting the (army)": the side supported, in one noun phrase
    held_by: re.Pattern[str]  # "held by (IS)", "now controlled by": a holder named after the change
    held_last: re.Pattern[str]  # "the last town (held by)": the holding was the place's last before the change
    held_since: re.Pattern[str]  # "(held by IS) since 2014": a holding that ended
    thing_before: re.Pattern[str]  # "a base near X", "the airport of X": X only locates what "it" stands for
    thing_after: re.Pattern[str]  # "the X citadel": X names what "it" stands for
    noun_anaphor: re.Pattern[str]  # "the town": a noun standing for a place, which a later "it" may stand for too
    destination_before: re.Pattern[str]  # "left on buses to (X)": where those leaving went
    stand_in_subject: re.Pattern[str]  # "They seized X", "the troops then took X"
    stand_in_opening: re.Pattern[str]  # "They overran the camp and took X", "On Friday they took X"
    anaphoric_subject: re.Pattern[str]  # "The town had fallen by evening", not "prices in the town fell"
    demonstrative_object: re.Pattern[str]  # "captured those villages"
    names_next: re.Pattern[str]  # "Among them are X and Y", "The villages include X"
    held_object: re.Pattern[str]  # "captured the opposition stronghold", "seized the rebel-held town"
    holder_noun: re.Pattern[str]  # after a side's name: "(X, a key) rebel stronghold", "IS-held enclave"
    done_infinitive: re.Pattern[str]  # "had to pull out of X", "managed on Tuesday to regain X": it happened
    # "coalition air strikes", "Turkey's shelling", "US-led bombardment": a side firing from afar, its fire
    # word right after its name; not across a word ("fell to X following shelling", "X fighters shelling from")
    fire_support: re.Pattern[str]
    guarantor_police: re.Pattern[str]  # "Russian military police": a hand-over to it returns X to the state
    handed_to_guarantor: re.Pattern[str]  # "handing the town over to Russian military police": a hand-over told
    of_name: re.Pattern[str]  # " of X": the names a region with a plural place noun heads
    state_rule: re.Pattern[str]  # "the state's authority", "government control": the state's rule, named
    state_after: re.Pattern[str]  # "(the authority of) the Syrian state": the state, after the verb's words
    list_lead: re.Pattern[str]  # what leads into the next place of an object list (_list_lead_pattern)
    first_lead: re.Pattern[str]  # what leads from the verb into the first place (_FIRST_LEAD_TAIL too)
    list_gap: re.Pattern[str]  # a gap between two places that is all list lead
    # "the town", "it", "its streets", "parts of the town": the object of a verb that stands for the place named before
    anaphoric_object: re.Pattern[str]


# The list lead: what may sit between a control verb and the next place of its object list (a day or an
# adverb too: "took control yesterday of X", "controlled entirely the town of X").
def _list_lead_pattern(shares: str, parts: str, holders: str) -> str:
    """The list lead, its shares ("two-thirds of X") and parts ("large parts of X") and holder nouns
    ("the jihadist stronghold of X") from control.yaml's word lists."""
    return (
        rf"[\s,:\-–]*(?:(?:{ON_WEEKDAY}|yesterday|today|tonight|overnight|last\s+night|this\s+(?:morning|evening)|"
        r"entirely|fully|completely|totally)\s*,?\s+)?(?:(?:and|&|as well as|including|namely|then)\s+)?(?:the\s+)?(?:(?:full|complete|total)\s+)?"
        r"(?:control\s+)?(?:(?:of|over|(?<=control )on)\s+)?"  # "took control on X" (SOHR's English)
        rf"(?:(?:the|a|an|its|their|several|some|most|(?:{shares}|{parts}) of|"
        rf"(?:{_SETTLEMENT} )?cent(?:re|er) of|all|\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
        r"strategic|key|nearby|neighbou?ring|entire|whole|remaining|main|large|small|new|military|northern|southern|"
        r"besieged|encircled|surrounded|embattled|"
        # "the flashpoint border town of X", "the mainly Alawite village of X": any two words before a settlement noun
        rf"[\w-]+(?=\s+(?:[\w-]+\s+)?{_SETTLEMENT}s?\s+of\b)|"
        # "the jihadist stronghold of X", "the IS-held bastion of X": the holder noun names the place after it
        rf"[\w-]+(?=\s+(?:[\w-]+\s+)?{holders}s?\s+of\b)|{holders}s?(?=\s+of\b)|"
        r"eastern|western|north|south|east|west|central|old|\w+ern|[\w-]+-(?:held|controlled|run|dominated))\s+)*"
        rf"(?:{alternation('object')}\b\s*(?:,\s*)?)*"
        r"(?:(?:of|including|such as|namely)\s+)?(?:the\s+)?"
    )


# After the verb only (not between two places of a list, where "X west of the ancient city of Y" locates X):
# a part of a settlement named by its noun ("three neighbourhoods of the northern city of X"; not "the
# airport of the city of X", a site in it, nor "areas around the town of X", ground near it) and
# SOHR's quoted name ("imposed their control over “X” village").
_PART_OF = "|".join(rf"(?<=\b{noun} of )|(?<=\b{noun} of the )" for noun in (
    "neighbourhoods", "neighbourhood", "neighborhoods", "neighborhood", "districts", "district", "quarters",
    "quarter", "parts", "part", "sections", "section", "sectors", "sector", "half"))
_FIRST_LEAD_TAIL = (rf"(?:(?:{_PART_OF})(?:(?!(?:around|near|outside|in|at|on|from|to|of|and)\b)[\w-]+\s+){{0,2}}?"
                    rf"{_SETTLEMENT}\s+of\s+(?:the\s+)?)?[“\"]?")


@lru_cache(maxsize=1)
def _shapes() -> _Shapes:
    w = control_data().words
    lead = _list_lead_pattern(w["shares"], w["parts"], w["holder_nouns"])
    return _Shapes(
        list_lead=re.compile(lead, re.IGNORECASE),
        first_lead=re.compile(lead + _FIRST_LEAD_TAIL, re.IGNORECASE),
        list_gap=re.compile(rf"^(?:{lead})$", re.IGNORECASE),
        anaphoric_object=re.compile(
            r"^\s*(?:full\s+|complete\s+)?(?:control\s+)?(?:(?:of|over)\s+)?"
            r"(?:(?:their|its|the)\s+(?:\w+\s+)?(?:positions|bases|posts|headquarters)\s+"
            r"(?:in|inside|around|within)\s+)?(?:the|this|that)\s+"
            rf"(?:strategic\s+|key\s+)?{alternation('anaphor')}\b"
            # "advanced into the heart of the town", "pressed their advance in the centre of the city": its
            # middle, as "the town centre of X" is X
            rf"|^\s*(?:the\s+)?(?:cent(?:re|er)|heart|middle)\s+of\s+(?:the|this)\s+{alternation('anaphor')}\b"
            r"|^\s*(?:control\s+)?(?:(?:of|over)\s+)?(?:it|them)\b"
            rf"|^\s*(?:its|the {_SETTLEMENT}'s)\s+(?:(?:\w+\s+)?(?:streets|neighbou?rhoods|districts|alleys)|\w+ern\s+quarters)\b"
            rf"|^\s*(?:control\s+)?(?:(?:of|on|over)\s+)?(?:{w['shares']}|{w['parts']}) of "
            rf"(?:(?:the|this) {_SETTLEMENT}|it)\b",
            re.IGNORECASE),
        thing_before=re.compile(rf"\b{w['located_things']}\s+(?:{_NEAR_WORDS}|of)\s+(?:the\s+)?$", re.IGNORECASE),
        thing_after=re.compile(rf"\s+{w['located_things']}\b", re.IGNORECASE),
        noun_anaphor=re.compile(rf"\b(?:the|this|that)\s+{w['anaphoric_subjects']}\b", re.IGNORECASE),
        destination_before=re.compile(rf"\b{w['destination_before']}\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$",
                                      re.IGNORECASE),
        site_in=re.compile(rf"^\s*(?:an?|the|its|their|\d+|two|three|several)\s+(?:[\w-]+\s+){{0,2}}?{w['sites']}s?\s+"
                           rf"(?:in|inside|within|at|on the edge of)\s+(?:the\s+)?(?:{_SETTLEMENT}\s+of\s+)?$", re.IGNORECASE),
        last_ground_in=re.compile(rf"^\s*(?:(?:the|its|their)\s+{w['held_ground_last']}|all\s+(?:of\s+)?(?:the|its|their))\s+"
                                  rf"(?:[\w-]+\s+){{0,2}}?{w['held_ground']}s?\s+(?:in|inside|within)\s+(?:the\s+)?"
                                  rf"(?:{_SETTLEMENT}\s+of\s+)?$", re.IGNORECASE),
        holding_before=re.compile(rf"\b{w['holding_before']}\s+$", re.IGNORECASE),
        holding_clause=re.compile(rf"\b{w['holding_clause']}\b", re.IGNORECASE),
        supporting_before=re.compile(rf"\b{w['supporting']}\s+(?:the\s+)?(?:[\w'’\-]+\s+)?$", re.IGNORECASE),
        held_by=re.compile(rf"(?P<now>\b{w['held_now']}\s+)?\b{w['held_by']}\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+)?$",
                           re.IGNORECASE),
        held_last=re.compile(rf"\b{w['held_ground_last']}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE),
        held_since=re.compile(rf"\s+{w['held_since']}\b", re.IGNORECASE),
        stand_in_subject=re.compile(rf"(?:^|[.;,]\s*|\b(?:and|but|then|that)\s+)(?:they|it|the\s+{w['stand_in']})\s+"
                                    r"(?:\w+\s+){0,3}$", re.IGNORECASE),
        stand_in_opening=re.compile(rf"\W*(?:{_OPENING_TIME}\s*,?\s+)?(?:they|the\s+{w['stand_in_opening']})\b",
                                    re.IGNORECASE),
        anaphoric_subject=re.compile(rf"(?<!\bin )(?<!\bat )(?<!\bon )(?<!\bof )(?<!\bnear )(?<!\bfrom )\bthe\s+(?:{w['anaphoric_modifiers']}\s+)?(?:{w['anaphoric_holders']}\s+)?"
                                     rf"{w['anaphoric_subjects']}\s+$", re.IGNORECASE),
        demonstrative_object=re.compile(rf"\s*(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?"
                                        rf"(?:(?P<far>{w['demonstratives_far']})|{w['demonstratives']})\s+(?:\w+\s+)?"
                                        rf"(?P<noun>{w['demonstrative_nouns']})\b", re.IGNORECASE),
        names_next=re.compile(rf"\W*(?:among\s+(?:them|these|those|the\s+(?:\w+\s+)?{w['listed_nouns']})"
                              rf"(?:[\s,]+[^.;]{{0,90}}?)?[\s,]+(?:are|were|is|was|include[sd]?)"
                              rf"|(?:the|these|those)\s+(?:\w+\s+)?{w['listed_nouns']}\s+(?:are|were|include[sd]?|including)"
                              r"|they\s+(?:are|were|include[sd]?))\s*:?\s*", re.IGNORECASE),
        held_object=re.compile(rf"^\s*(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?(?:the|this|that)\s+"
                               rf"(?:{w['anaphoric_modifiers']}\s+)?{w['anaphoric_holders']}\s+{w['anaphoric_subjects']}\b",
                               re.IGNORECASE),
        holder_noun=re.compile(rf"(?:[\s-]+(?:held|controlled))?\s+(?:[\w-]+\s+)?{w['holder_nouns']}s?\b", re.IGNORECASE),
        done_infinitive=re.compile(rf"(?:\b{w['done_before']}\s+(?:(?:on|at|by|in|late|early|last)\s+)?(?:\w+\s+){{0,2}}"
                                   rf"|\b{w['done_aux_before']}\s+)to\s+[\"“‘']?$", re.IGNORECASE),
        fire_support=re.compile(rf"(?:['’]s|-led)?\s+{w['fire_support']}\b", re.IGNORECASE),
        guarantor_police=re.compile(rf"(?:the\s+)?{w['guarantor_police']}", re.IGNORECASE),
        handed_to_guarantor=re.compile(rf"\bhand(?:ed|s|ing)?\b[^.;]{{0,60}}?\bover\s+to\s+(?:the\s+)?{w['guarantor_police']}",
                                       re.IGNORECASE),
        of_name=re.compile(rf"\s+of\s+(?:the\s+)?{w['name_start']}"),
        state_rule=re.compile(rf"\b{w['state_words']}(?:['’]s)?\s+(?:control|authority|sovereignty|rule)\b", re.IGNORECASE),
        state_after=re.compile(rf"\s+(?:the\s+)?(?:syrian\s+)?{w['state_words']}\b", re.IGNORECASE),
    )


@dataclass
class ControlFinding:
    """A control change plus the territory/clash event it implies.

    ``change`` is None when the report does not name the place ("seized several
    villages"): the territory event still happened, but no place changed hands on record.
    """

    change: ControlChange | None
    event: Candidate | None


@dataclass
class PlacedFinding(ControlFinding):
    """A finding whose place is named: only these are compared, merged and numbered."""

    change: ControlChange


def find_control(ctx: DocContext, kb: ActorKB) -> list[ControlFinding]:
    """Every control claim in the report, one per (place, gainer, change)."""
    findings: dict[tuple[str | None, str | None, str], PlacedFinding] = {}
    unnamed: list[ControlFinding] = []
    taken_spans: list[tuple[int, int]] = []
    data = control_data()
    for verb, matches in zip(data.verbs, data.scan.matches(ctx.text), strict=True):
        for m in matches:
            if any(a <= m.start() < b for a, b in taken_spans) or ctx.in_furniture(m.start()):
                continue
            if dropped_by(ctx, verb, m) is not None:
                continue
            found = _read_claim(ctx, kb, verb, m)
            if found:
                taken_spans.append((m.start(), m.end()))
            for finding in found:
                if not isinstance(finding, PlacedFinding):
                    unnamed.append(finding)
                    continue
                if finding.change.place.country not in (None, MONITORED_COUNTRY):
                    continue  # "Iraqi forces retook Ramadi": a neighbour's war, told as background
                key = (place_key(finding.change.place), finding.change.gained_by, finding.change.change)
                findings.setdefault(key, finding)
    placed: list[PlacedFinding] = []
    for finding in findings.values():
        if _province_advance(ctx, finding.change):  # fighting told, with no control place
            unnamed.append(ControlFinding(None, finding.event))
        else:
            placed.append(finding)
    result = _drop_settled_fights(ctx, _drop_partial_views(_drop_retold_captures(_drop_unattributed_twins(placed))))
    result.sort(key=lambda f: f.change.evidence.start)
    for index, finding in enumerate(result, start=1):
        finding.change.id = f"k{index}"
    return result + unnamed


def dropped_by(ctx: DocContext, verb: ControlVerb, m: re.Match[str]) -> str | None:
    """The filter that finds the verb tells no change of this report (a goal, a plan, a
    prospect, history, people taken: "the captured soldiers"), or None when it tells one.
    Named, so bench/control_real_corpus.py can count how often each fires on real text."""
    clause = ctx.clause_at(m.start())
    before = ctx.text[max(0, m.start() - 16):m.start()]
    nominal = ctx.text.startswith(" of ", m.end())  # "the capture of five villages"
    if verb.voice == "active" and not nominal and _PARTICIPLE.match(m.group(0)) and _PARTICIPLE_BEFORE.search(before):
        return "participle"
    cues = control_data().cues
    lead = ctx.text[max(0, m.start() - 40):m.start()]
    advanced = verb.change == "advanced"
    entry = advanced and cues.raid_entry.fullmatch(m.group(0)) is not None  # "entered", "stormed into"
    sentence_end = ctx.sentence_of(clause).end
    goals = (("infinitive", lambda: _INFINITIVE_BEFORE.search(before) and not _shapes().done_infinitive.search(lead)),
             ("infinitive_and", lambda: _goal_and(lead)),
             ("purpose", lambda: cues.purpose_before.search(ctx.text[max(0, m.start() - 60):m.start()])),
             ("failed", lambda: cues.failed_before.search(ctx.text[max(clause.start, m.start() - 60):m.start()])),
             ("goal_and", lambda: cues.goal_and_before.search(ctx.text[max(clause.start, m.start() - 160):m.start()])),
             ("irrealis", lambda: ctx.is_irrealis(clause, m.start())),
             ("opening_aside", lambda: ctx.in_opening_aside(clause, m.start())),  # "After IS took X in 2015, ..."
             ("background", lambda: ctx.is_background(_past_aside_dropped(clause, ctx.text, m.start()))),
             ("hypothetical", lambda: _hypothetical(ctx, verb, m)),
             ("past_when", lambda: _past_when(ctx, m)),
             ("long_ago", lambda: cues.long_ago_before.search(ctx.text, max(clause.start, m.start() - 90), m.start())),
             ("named_month_past", lambda: _named_month_past(ctx, clause, m)),
             ("war_start", lambda: cues.war_start.search(ctx.text, clause.start, clause.end)),
             ("war_course", lambda: _war_course(ctx, clause, m)),
             ("raid", lambda: entry and _raid(ctx, m, clause.end, sentence_end)),
             ("deployment", lambda: entry and _deployment(ctx, m)),
             ("reversed", lambda: advanced and _reversed(ctx, m, sentence_end)),
             ("operation_name", lambda: _operation_name(ctx, m)),
             ("denied", lambda: _denied(ctx, m)))
    return next((name for name, fires in goals if fires()), None)


def _denied(ctx: DocContext, m: re.Match[str]) -> bool:
    """ "The army claimed to have captured X, but IS denied losing any ground": a claim (cue
    claim_before, right before the verb) that its own sentence reports denied (cue denial_after)
    is contested news, no change on record."""
    cues = control_data().cues
    sentence = ctx.sentence_of(ctx.clause_at(m.start()))
    return bool(cues.claim_before.search(ctx.text, max(sentence.start, m.start() - 40), m.start())
                and cues.denial_after.match(ctx.text, m.end(), sentence.end))


def _named_month_past(ctx: DocContext, clause: Clause, m: re.Match[str]) -> bool:
    """ "Kurdish fighters drove IS out of X last September", "this past August, the army took X": a
    month named as past (cue named_month_past) that the parse hangs on the control verb itself
    dates a change months back (the date reader takes no "last <month>"), unless the clause or its
    sentence gives the change a day.  A month in another verb's clause or after "since" dates
    something else ("took X after a siege that began last October")."""
    month = control_data().cues.named_month_past
    sentence = ctx.sentences[clause.sentence]  # "Last March, after a siege, rebels took X": the parse says whose month
    found = [hit for hit in (month.search(ctx.text, sentence.start, m.start()), month.search(ctx.text, m.end(), clause.end))
             if hit and _month_past(ctx, hit)]
    if not found:
        return False
    if not any(in_verb_clause(sentence.text, m.start() - sentence.start, hit.end() - 1 - sentence.start) for hit in found):
        return False
    return ctx.event_date(clause, m.start())[1] > SENTENCE_LEVEL  # "took X on Tuesday after losing it last October"


def _month_past(ctx: DocContext, hit: re.Match[str]) -> bool:
    """ "last September" is always past; "in March this year" only in a report of April or later."""
    name = hit.group("this_year")
    return name is None or (ctx.published is not None and MONTHS[name.lower()] < ctx.published.month)


def _war_course(ctx: DocContext, clause: Clause, m: re.Match[str]) -> bool:
    """ "The army has progressively retaken X", "rebels lost ground over the past years": the war's
    course summed up (cues war_course_before, right before the verb, and war_course_after, up to the
    first comma), unless the clause or its sentence gives the change a day ("... on Monday")."""
    cues = control_data().cues
    if not (cues.war_course_before.search(ctx.text, max(clause.start, m.start() - 45), m.start())
            or cues.war_course_after.match(ctx.text, m.end(), clause.end)):
        return False
    return ctx.event_date(clause, m.start())[1] > SENTENCE_LEVEL


def _operation_name(ctx: DocContext, m: re.Match[str]) -> bool:
    """ "“Liberating Halfaya” kills 30 civilians", "the Liberate Morek campaign enters its fifth week":
    the verb is the title of an operation (cue operation_name), which tells no change; a quoted
    title only where its quote opens right before the verb."""
    title = control_data().cues.operation_name.match(ctx.text, m.end())
    if title is None:
        return False
    return not title.group("q") or ctx.text[max(0, m.start() - 1):m.start()] in ("“", '"')


def _past_aside_dropped(clause: Clause, text: str, pos: int) -> Clause:
    """The clause from the end of the last relative aside before the verb: "X, which the
    rebels had held since 2015, was recaptured on Friday" tells the aside's history of X,
    not of the recapture."""
    ends = [a.end() for a in _RELATIVE_ASIDE.finditer(text[clause.start:pos])]
    return Clause(clause.start + ends[-1], clause.end, clause.sentence) if ends else clause


def _goal_and(lead: str) -> bool:
    """ "fighting to reach and control X": a verb joined to an infinitive is a goal too,
    unless a verb of doing leads the infinitive ("managed to advance and seize X")."""
    first = _INFINITIVE_AND_BEFORE.search(lead)
    return first is not None and not _shapes().done_infinitive.search(lead, 0, first.start() + len("to "))


def _raid(ctx: DocContext, m: re.Match[str], clause_end: int, sentence_end: int) -> bool:
    """ "Gunmen entered the village of X and massacred 30 residents": an entry (cue raid_entry,
    asked by the caller) whose clause goes on to a massacre (cue raid_after) is a raid that leaves
    the place as it was, not an advance on it.  Its clause only: in "entered X, and the army shelled
    the village" the harm is another side's; and a capture told later in the sentence ("..., then
    seized the town") is the entry's outcome, whatever was done on the way."""
    data = control_data()
    if not data.cues.raid_after.match(ctx.text, m.end(), clause_end):
        return False
    rest = ctx.text[m.end():sentence_end]
    return not any(verb.change in ("captured", "recaptured") and matches
                   for verb, matches in zip(data.verbs, data.scan.matches(rest), strict=True))


def _deployment(ctx: DocContext, m: re.Match[str]) -> bool:
    """ "A Turkish convoy entered X to set up observation posts": an entry (cue raid_entry, asked by
    the caller) made for a presence (cue deployment_after, right after the place or time) deploys a side
    where it is let in; it takes nothing ("moved into X to monitor the truce" is refused by its own verb line)."""
    return control_data().cues.deployment_after.match(ctx.text, m.end()) is not None


def _reversed(ctx: DocContext, m: re.Match[str], end: int) -> bool:
    """ "reached the outskirts of X but were pushed back": the advance thrown back (cue reversed_after)
    took nothing; not when the sentence names another place the side was thrown back from ("advanced
    into X on Monday, but were pushed back from Y": X was still entered)."""
    cues = control_data().cues
    back = cues.reversed_after.match(ctx.text, m.end(), end)
    if back is None:
        return False
    entered = ctx.places_in(m.start(), back.start())
    named = cues.reversed_from.match(ctx.text, back.end(), end)  # a name the gazetteer may not know
    if named and not any(ctx.text.startswith(p.mention, named.end()) for p in entered):
        return False
    entered_names = {e.place.name for e in entered}
    return all(p.place.name in entered_names for p in ctx.places_in(back.end(), end))


def _past_when(ctx: DocContext, m: re.Match[str]) -> bool:
    """ "under rebel control since 2013, when fighters seized it from the army": the "when"
    aside dates the change to a year before the report's."""
    sentence = ctx.sentence_of(ctx.clause_at(m.start()))
    aside = control_data().cues.past_when_before.search(ctx.text, sentence.start, m.start())
    return aside is not None and ctx.published is not None and int(aside.group(1)) < ctx.published.year


def _hypothetical(ctx: DocContext, verb: ControlVerb, m: re.Match[str]) -> bool:
    """ "Capturing X would be its biggest victory", "the fall of X to IS would mark ...":
    a noun or gerund whose sentence goes on in the conditional, or that an opinion or a
    fear is about ("believes the fall of X is critical"), names a prospect.  A modal in a relative
    clause after it ("the capture of X by the army, which may soon return") is that clause's own."""
    noun = ctx.text.startswith(" of ", m.end())  # "the capture of X by the SDF would end ...": a noun, whichever line read it
    if verb.voice != "nominal" and not noun and not m.group(0).lower().split()[0].endswith("ing"):
        return False
    sentence = ctx.sentence_of(ctx.clause_at(m.start()))
    end = min(sentence.end, m.end() + 120)
    relative = _RELATIVE_AFTER.search(ctx.text, m.end(), end)  # "the capture of X by the army, which may ...": its own modal
    cues = control_data().cues
    return bool(cues.modal_after.search(ctx.text, m.end(), relative.start() if relative else end)
                or cues.opinion_before.search(ctx.text, max(sentence.start, m.start() - 30), m.start()))


def _province_advance(ctx: DocContext, change: ControlChange) -> bool:
    """ "Syrian Army Advances in Latakia" over a report that tells the fighting "in Latakia
    northern countryside", "IS advances in northern Aleppo" in one that speaks of "Aleppo
    province": an advance "in" the bare name of a governorate's capital, in a report that
    uses the name for the governorate and never calls the place a city, is an advance
    somewhere in the governorate, which is no control place.  An advance "into" the city, or
    in "Aleppo city", stays; so does an advance in a report that never names the governorate."""
    place = change.place
    if change.change != "advanced" or place.feature != "city" or not stands_for_governorate(place):
        return False
    if not control_data().cues.advance_in.search(ctx.text, change.evidence.start, change.evidence.end):
        return False
    same = [p for p in ctx.places if p.place.admin1 == place.admin1]
    called_city = any(p.place.feature == "city" and (CITY_WORD.search(p.mention)
                                                     or CITY_OF.search(ctx.text, max(0, p.start - 12), p.start))
                      for p in same)
    return not called_city and any(p.place.feature in _PROVINCES for p in same)


def _drop_settled_fights(ctx: DocContext, findings: list[PlacedFinding]) -> list[PlacedFinding]:
    """ "Fighting raged inside the base" on the day the report says IS took it: the capture
    settled that fight.  Fighting with a named side inside ("amid advances by the regime
    forces inside the city") stays contested: someone is contesting the new holder."""
    taken = {_place_and_day(f.change) for f in findings
             if f.change.change in ("captured", "recaptured") and f.change.gained_by}
    return [f for f in findings if f.change.change != "contested" or f.event is None
            or _place_and_day(f.change) not in taken
            or any(a.type != "civilians" for a in ctx.actors_in(f.event.clause.start, f.event.clause.end))]


def _place_and_day(change: ControlChange) -> tuple[str | None, str | None]:
    return place_key(change.place), change.date.end if change.date else None


def _drop_partial_views(findings: list[PlacedFinding]) -> list[PlacedFinding]:
    """One change told twice: "rebels seized Rajo … the YPG said it had withdrawn from
    Rajo" is the capture seen from the loser's side, and "the SDF advanced into Hajin,
    where clashes continue" is the fight the report settles on.  A withdrawal is dropped
    where the report names a capture of the same place, an advance where it names a
    capture by the same side or a fight there (the other side's counter-attack that
    retook ground is a change of its own)."""
    taken = {(place_key(f.change.place), f.change.gained_by) for f in findings
             if f.change.change in ("captured", "recaptured")}
    held = {place for place, _ in taken}
    fought = {place_key(f.change.place) for f in findings if f.change.change == "contested"}
    return [f for f in findings
            if not (f.change.change == "withdrew" and place_key(f.change.place) in held)
            and not (f.change.change == "advanced" and ((place_key(f.change.place), f.change.gained_by) in taken
                                                        or place_key(f.change.place) in fought))]


def _drop_retold_captures(findings: list[PlacedFinding]) -> list[PlacedFinding]:
    """ "the recapture of X by the army ... the capture of X": one side taking one place,
    told twice with two nouns, is one change (the recapture, which says more)."""
    retaken = {(place_key(f.change.place), f.change.gained_by) for f in findings if f.change.change == "recaptured"}
    return [f for f in findings
            if not (f.change.change == "captured" and (place_key(f.change.place), f.change.gained_by) in retaken)]


def _drop_unattributed_twins(findings: list[PlacedFinding]) -> list[PlacedFinding]:
    """A capture told once with its taker and once without ("X was taken") is one claim;
    so is "the army retook X ... seizing the city": a capture and a recapture of one place."""
    attributed = {(place_key(f.change.place), _kind(f.change.change)) for f in findings if f.change.gained_by}
    return [f for f in findings
            if f.change.gained_by or f.change.change == "contested"
            or (place_key(f.change.place), _kind(f.change.change)) not in attributed]


def _kind(change: str) -> str:
    """Captures and recaptures are one kind of change: which one a report tells depends on
    whether it recalls who held the place before."""
    return "captured" if change == "recaptured" else change


def _shared_noun_list(ctx: DocContext, places: list[PlaceMention]) -> list[PlaceMention]:
    """The places without a name a plural place noun follows ("three Hama villages" counts
    villages of Hama, no one place), unless the noun closes a list it is shared by: in "restored
    security to Tal Sharshouh and Khirbet al-Hasan villages" the last name is a village of its
    own, its mention the name without the noun (a governorate's name stays a region: "Tal Dahab
    and Hama villages")."""
    out: list[PlaceMention] = []
    for before, place in zip([None, *places], places, strict=False):
        head = _LIST_HEAD.search(place.mention)
        if head is None:
            out.append(place)
        elif (before is not None and _PLACE_AND.match(ctx.text[before.end:place.start])
              and not stands_for_governorate(place.place)):  # "X and Hama villages": Hama's villages
            out.append(replace(place, end=place.start + head.start(), mention=place.mention[:head.start()]))
    return out


def _read_claim(ctx: DocContext, kb: ActorKB, verb: ControlVerb, m: re.Match[str]) -> list[ControlFinding]:
    clause = ctx.clause_at(m.start())
    sentence = ctx.sentence_of(clause)
    if verb.voice == "passive":
        read = _passive_reading(ctx, verb, m, clause, sentence)
    elif verb.voice == "nominal":
        read = _nominal_reading(ctx, verb, m, clause, sentence)
    else:
        read = _active_reading(ctx, verb, m, clause, sentence)
    if read is None or (verb.gainer_is_other and _people_displaced(ctx, clause.start, m.start())):
        return []
    if verb.returned and _people_returned(ctx, clause.start, m.start()):
        return []  # "gunmen in X returned to the state's authority": people settled, no ground changed
    if m.groupdict().get("fled") and not _armed(_verb_subject(ctx, m.end(), m.start("fled"))):
        return []  # "now holds most of X after its inhabitants fled": no side left
    if verb.after_leaving and not _leaving_told(ctx, clause.sentence):
        return []
    places, gainer, loser = read
    if verb.returned:  # "returned to the control of the Syrian state after IS fighters left": the state, not the side after
        gainer = _state_ruled(ctx, kb, m) or gainer
    if verb.sites:  # "cut the Castello Road", not "cut off Madaya"
        places = [p for p in places if (p.place.feature or "") in verb.sites or _ROAD_NAME.search(p.mention)]
        if not places:
            return []
    if verb.bearing:  # "advance east of Homs" is in Homs's countryside, not on the city
        places = [p for p in places if (p.place.feature or "") != "city" or CITY_WORD.search(p.mention)]
        if not places:
            return []
    places = _shared_noun_list(ctx, places)  # "three Hama villages": not one place
    unnamed = not places and verb.voice == "active" and bool(_UNNAMED_OBJECT.match(ctx.text[m.end():m.end() + 80]))
    if unnamed and verb.change != "contested":  # "took a number of villages. Among them are X and Y"
        places = _listed_after(ctx, m.end(), sentence.end, verb.change) or _named_next(ctx, clause.sentence, verb.change)
        unnamed = not places
    if not places and not unnamed:
        return []
    if gainer is None and places and verb.voice == "active":  # a side carried over is read for a named place only
        gainer = _carried_subject(ctx, clause.sentence, sentence.start, m.start())
        if gainer is None and loser is None and verb.change != "contested" and not ctx.actors_in(sentence.start,
                                                                                               sentence.end):
            return []  # "Silence is taking over X": a change needs a side somewhere in its sentence
    inside = next((a for a in ctx.actors_in(m.start(), m.end()) if a.type != "civilians"), None)
    if verb.voice == "passive" and gainer is None:  # "X returned to government control"
        # a return asked _state_ruled above: it found none, or the gainer would be set
        gainer = (inside or (None if verb.returned else _state_ruled(ctx, kb, m))
                  or _claimant_of(ctx, sentence.start, places[0].start if places else m.start()))
        if gainer is None and places and not (loser and _pro_government(kb, loser.name)):
            gainer = _state_claim(ctx, kb, sentence.start, places[0].start, m.end(), sentence.end)
        if gainer is None and loser is None and places:  # "fell from army control": the loser's opponent, below
            gainer = _side_alongside(ctx, m.end(), sentence.end) or _previous_subject(ctx, clause.sentence)
    elif loser is None and not verb.subjectless:  # "drove the rebels out of X": the object inside the verb phrase lost it
        loser = inside
        if (gainer is not None and inside is not None and gainer.name == inside.name
                and control_data().cues.object_before.search(ctx.text, m.start(), inside.start)):
            return []  # "(links with Daesh.) The advances against Daesh in X": the subject was misread
    if gainer is None and places and verb.change != "contested":
        gainer = _quoted_speaker(ctx, verb, m, sentence)
    if gainer is None and loser is None and places and verb.change != "contested":
        loser = _holder_named(ctx, places[-1], sentence.end)
        if loser is not None:  # the stronghold's foe: in this sentence, else the nearest named before
            gainer = (_opponent(ctx, kb, sentence.start, sentence.end, loser)
                      or _opponent(ctx, kb, 0, sentence.start, loser, nearest_to=sentence.start))
    if verb.gainer_is_other:  # "the last batch of rebels left X": the side inside the words left
        gainer, loser = _agents_after(ctx, m.end(), sentence.end)[0] or _left_to_state(ctx, kb, m.end(), sentence.end), \
            gainer or loser
    by_deal = False  # the side left under a deal with the state: a hand-over, not a battle
    if verb.change == "contested":
        gainer = loser = None
    elif loser is None:
        loser = _opponent(ctx, kb, sentence.start, sentence.end, gainer)
    elif gainer is None:
        gainer = _opponent(ctx, kb, sentence.start, sentence.end, loser)
        if gainer is None and verb.gainer_is_other and places and clause.sentence > 0:
            # "Troops shelled X for a week. The rebels withdrew from it": left to the foe named before
            gainer = _opponent(ctx, kb, ctx.sentences[clause.sentence - 1].start, sentence.end, loser)
        if gainer is None and verb.gainer_is_other and not _pro_government(kb, loser.name):
            gainer = _left_by_deal(ctx, kb, sentence)
            by_deal = gainer is not None
    if (gainer is not None and _shapes().guarantor_police.fullmatch(gainer.mention)
            and (verb.event is not None or _shapes().handed_to_guarantor.search(ctx.text, sentence.start, sentence.end))):
        # a hand-over ("handed X over to Russian military police"), read once for every verb of
        # its sentence ("withdrew from X, handing the town over to ..."); the police as the
        # gainer is asked first, as it is rare and the sentence's scan is not
        gainer = _guaranteed_to_state(kb, gainer, loser)
    if verb.returned and gainer is None:
        return []  # "X returned to civilian control": a return under no side named is no change
    gainer_name = gainer.name if gainer else None
    loser_name = loser.name if loser and loser.name != gainer_name else None
    when, date_level = ctx.event_date(clause, m.start())
    change_kind, event_kind = verb.change, verb.event or ("Non-violent transfer of territory" if by_deal else None)
    if change_kind in ("advanced", "captured", "recaptured") and _PEACEFUL.search(ctx.text[clause.start:clause.end]):
        change_kind, event_kind = "captured", "Non-violent transfer of territory"
    claim = _Claim(change_kind, event_kind, clause, m, when, date_level, gainer, loser)
    if unnamed:
        evidence = Span(start=m.start(), end=m.end(), text=m.group(0))
        return [ControlFinding(None, _territory_event(kb, claim, None, evidence))]
    out: list[ControlFinding] = []
    for place in places:
        change = ControlChange(
            id="k0",
            place=place.place.model_copy(update={"mention": place.mention}),
            gained_by=gainer_name,
            lost_by=loser_name,
            change=change_kind,
            date=when,
            evidence=_evidence(ctx, m.start(), m.end(), place),
            confidence=0.8 if gainer_name or verb.change == "contested" else 0.6,
        )
        out.append(PlacedFinding(change, _territory_event(kb, claim, place, change.evidence)))
    if change_kind == "recaptured" and gainer is not None and _lost_within_report(ctx.text[m.end():sentence.end]):
        out.extend(_earlier_loss(ctx, kb, claim, places, sentence.start))
    return out


_Reading = tuple[list[PlaceMention], ActorMention | None, ActorMention | None]  # places, gainer, loser


def _leaving_told(ctx: DocContext, index: int) -> bool:
    """Whether the sentence at `index` or the one before tells a side leaving: "moved into X"
    after a withdrawal is an advance, without one a deployment. Families fleeing are no side
    leaving ("deployed in X a week after families fled the town")."""
    start = ctx.sentences[max(index - 1, 0)].start
    return any(not _people_displaced(ctx, ctx.clause_at(cue.start()).start, cue.start())
               for cue in control_data().cues.leaving_told.finditer(ctx.text, start, ctx.sentences[index].end))


def _people_displaced(ctx: DocContext, start: int, pos: int) -> bool:
    """ "Families were driven on Sunday from X by the shelling", "residents pulled out of X":
    the ones who left are people, not a side, so no ground changed hands. The verb's subject is
    judged, not the last actor before it: civilians in a phrase of the subject ("militants who had
    held civilians as shields were driven from X", "fighters hiding among residents withdrew") are
    not the ones who left."""
    subject = _verb_subject(ctx, start, pos)
    return subject is not None and subject.type == "civilians"


def _verb_subject(ctx: DocContext, start: int, pos: int) -> ActorMention | None:
    """The subject of the verb at ``pos`` among the actors from ``start``: the last one not
    inside a phrase of an earlier one (``_MODIFIER_GAP``)."""
    subject = None
    for actor in sorted(ctx.actors_in(start, pos), key=lambda a: a.start):
        if subject is None or not _MODIFIER_GAP.search(ctx.text, subject.end, actor.start):
            subject = actor
    return subject


def _armed(actor: ActorMention | None) -> bool:
    """Whether a side is named (not people, nor no one): "after the rebels fled"."""
    return actor is not None and actor.type != "civilians"


def _passive_reading(ctx: DocContext, verb: ControlVerb, m: re.Match[str], clause: Clause,
                     sentence: Sentence) -> _Reading | None:
    """ "X fell to IS": the places before the verb, the gainer after it (None: no change told)."""
    if _PRONOUN_BEFORE.search(ctx.text[max(sentence.start, m.start() - 24):m.start()]):
        return None  # "when it fell": the place "it" stands for is not read from a pronoun
    places = _subject_place(ctx, sentence.start, m.start())
    if places and _BARE_PARTICIPLE.match(m.group(0)) and (
            not _PARTICIPLE_GAP.match(ctx.text[places[-1].end:m.start()])
            or _LOCATOR_BEFORE.search(ctx.text[max(sentence.start, places[0].start - 8):places[0].start])):
        return None  # "X seized by rebels" needs X right before: "weapons seized by IS in X" is no capture
    if places and _PRESENT_FALLS.match(m.group(0)) and _NOUN_HEAD_BEFORE.search(
            ctx.text[max(sentence.start, places[0].start - 40):places[0].start]):
        return None  # "the price of bread in X falls to 50 pounds": the price falls, X is only where
    if places and _SINCE_BEFORE.search(ctx.text[max(sentence.start, places[0].start - 12):places[0].start]):
        return None  # "the heaviest fighting since X fell": the fall dates the fighting, it is no news
    if not places and verb.anaphora:  # "the opposition stronghold fell on Thursday"
        places = _anaphoric_subject(ctx, sentence.start, m.start(), clause.sentence)
    gainer, loser = _agents_after(ctx, m.end(), sentence.end)
    if gainer is None and _HOLDER_AFTER.search(m.group(0)):  # "came under the control of the SDF"
        gainer = next((a for a in ctx.actors_in(m.end(), min(sentence.end, m.end() + 40)) if a.type != "civilians"),
                      None)
    gainer = gainer or _attacker_after(ctx, m.end(), clause.end)
    return places, gainer, loser


def _nominal_reading(ctx: DocContext, verb: ControlVerb, m: re.Match[str], clause: Clause,
                     sentence: Sentence) -> _Reading | None:
    """ "the fall of X to IS": the places after the noun, the gainer inside, after or before it."""
    places, loser = _object_places(ctx, m.end(), sentence.end, verb.change)
    if verb.subjectless:
        return _subjectless_reading(ctx, m, sentence, places)
    named = next((a for a in ctx.actors_in(m.start(), m.end()) if a.type != "civilians"), None)
    gainer = named or _nominal_agent(ctx, clause.start, sentence, m, places)  # "the control of the SDF over X"
    if not places and verb.anaphora:  # "Troops pounded X for a week. The fall of the town ...": their gain
        places = _anaphoric_object(ctx, m.end(), clause.sentence)
        taker, loser = _agents_after(ctx, m.end(), sentence.end)  # "the fall of the town to IS"
        gainer = named or taker or (_previous_subject(ctx, clause.sentence) if places and not loser else None)
    return places, gainer, loser


def _subjectless_reading(ctx: DocContext, m: re.Match[str], sentence: Sentence,
                         places: list[PlaceMention]) -> _Reading | None:
    """SOHR's "clashes and advance to the factions and Jaish al-Izza in X": the side whose name closes the
    words before "in" advanced; a side named before the noun makes it a verb of that side's ("the rebels
    attack and advance to the regime forces in X"), and words no side closes ("advance to about 11 km of
    X") name no gainer, so both read no change."""
    if any(a.type != "civilians" for a in ctx.actors_in(sentence.start, m.start())):
        return None
    closing = _CLOSING_PREPOSITION.search(m.group(0))
    gainer = next((a for a in ctx.actors_in(m.start(), m.end())
                   if a.type != "civilians" and a.end == m.start() + closing.start()), None) if closing else None
    return (places, gainer, None) if gainer else None


def _active_reading(ctx: DocContext, verb: ControlVerb, m: re.Match[str], clause: Clause,
                    sentence: Sentence) -> _Reading | None:
    """ "IS seized X": the places after the verb, the gainer its subject (None: no change told)."""
    places, loser = _object_places(ctx, m.end(), sentence.end, verb.change)
    places = places or _relative_object(ctx, sentence.start, m.start(), m.end())
    if verb.objectless:  # "Regime troops storm X, take full control": the place the sentence named before
        places = _last_settlement(ctx, m.start(), clause.sentence) if not places else []
        places = [p for p in places if p.start >= sentence.start and not _locates_a_thing(ctx, p)
                  and control_data().cues.objectless_before.search(ctx.text, max(sentence.start, p.start - 60), p.start)]
    elif not places and verb.anaphora:
        places = _anaphoric_object(ctx, m.end(), clause.sentence) or _demonstrative_object(ctx, m.end(), clause.sentence)
    gainer = (_actor_before(ctx, clause.start, sentence.start, m.start()) or _adjunct_subject(ctx, sentence, clause.sentence, m)
              or _gerund_agent(ctx, m, places, sentence.end))
    if ctx.text.startswith(" of ", m.end()) and " " not in m.group(0):
        # "X ... after the capture of Y": X took it (a one-word verb read as a noun; "regained control of" is a verb)
        gainer = next((a for a in ctx.actors_in(sentence.start, m.start()) if a.type != "civilians"), gainer)
    if verb.objectless and (gainer is None or gainer.type == "civilians" or gainer.start < sentence.start):
        return None  # "the council had assumed control": a taking with no object needs its side in the sentence
    if verb.change == "advanced" and (gainer is None or gainer.start < clause.start):
        return None  # "convoys have entered X": an advance needs its armed subject in the clause
    if verb.headline and not _headline_take(ctx, sentence, places, gainer, clause):
        return None
    if verb.one_line and not _one_line_take(ctx, m, sentence, places):
        return None
    return places, gainer, loser


def _one_line_take(ctx: DocContext, m: re.Match[str], sentence: Sentence, places: list[PlaceMention]) -> bool:
    """ "The regime forces control Meyer town" tells a capture only as a report of one line without a full
    stop (SOHR's headline; over a body or closed by a full stop it tells who holds X), unless a word before
    the verb tells a holding ("already control X"), a clause frames it ("while rebels control X") or a
    second clause follows the place after a comma ("control X, rebels hold Y")."""
    if not ctx.headline_alone(sentence) or ctx.text.rstrip().rstrip("\"'”’").endswith((".", "!", "?")):
        return False
    shapes = _shapes()
    if shapes.holding_before.search(ctx.text, sentence.start, m.start()) or shapes.holding_clause.search(
            ctx.text, sentence.start, m.start()):
        return False
    return bool(places) and not ctx.text.startswith(",", places[-1].end)


def _headline_take(ctx: DocContext, sentence: Sentence, places: list[PlaceMention], gainer: ActorMention | None,
                   clause: Clause) -> bool:
    """ "IS takes over X" tells a capture; "despair takes over X", "police take over X checkpoints"
    (X names the thing taken) and "who takes over X?" do not: an armed subject in the clause, a
    statement, and no noun right after the place."""
    if not places or gainer is None or not _armed(gainer) or gainer.start < clause.start or "?" in sentence.text:
        return False
    after = ctx.text.find(" ", places[-1].end, sentence.end)
    return not (after == places[-1].end and noun_at(sentence.text, after + 1 - sentence.start))


def _gerund_agent(ctx: DocContext, m: re.Match[str], places: list[PlaceMention], end: int) -> ActorMention | None:
    """ "after taking control of wide parts of it by SDF", "days after capturing X by the rebels": SOHR's
    gerund with no subject names its taker by "by" right after the places (a means, "by firearm", is
    no side)."""
    if not places or not _GERUND.match(m.group(0)):
        return None
    if places[-1].start > m.start():
        after = places[-1].end
    else:  # "capturing it by ...": past the words that stand for the place
        cue = _shapes().anaphoric_object.match(ctx.text[m.end():min(end, m.end() + 60)])
        if cue is None:
            return None
        after = m.end() + cue.end()
    by = _BY_AGENT.match(ctx.text, after, end)
    if by is None:
        return None
    return next((a for a in ctx.actors_in(by.end(), min(end, by.end() + 40))
                 if a.type != "civilians" and a.start == by.end()), None)


def _lost_within_report(rest: str) -> bool:
    """ "retook X after losing it hours earlier" tells of a loss in this report's days;
    "three weeks after they lost it" recalls background, not a capture of this report."""
    lost = _LOST_EARLIER.search(rest)
    return lost is not None and not control_data().cues.long_ago_before.search(
        rest, max(0, lost.start() - 30), lost.start() + len("after "))


def _earlier_loss(ctx: DocContext, kb: ActorKB, claim: _Claim, places: list[PlaceMention],
                  sentence_start: int) -> list[PlacedFinding]:
    """ "retook X after losing it hours earlier": the other side had captured X first.

    The sentence often names only the side that retook it; the other side is then the
    nearest hostile one named before it in the report.
    """
    taker = claim.loser or _opponent(ctx, kb, 0, sentence_start, claim.gainer, nearest_to=sentence_start)
    if taker is None or claim.gainer is None:
        return []
    first = _Claim("captured", None, claim.clause, claim.match, claim.date, claim.date_level, taker, claim.gainer)
    out = []
    for place in places:
        change = ControlChange(id="k0", place=place.place.model_copy(update={"mention": place.mention}),
                               gained_by=taker.name, lost_by=claim.gainer.name, change="captured", date=claim.date,
                               evidence=_evidence(ctx, claim.match.start(), claim.match.end(), place), confidence=0.6)
        out.append(PlacedFinding(change, _territory_event(kb, first, place, change.evidence)))
    return out


@dataclass(frozen=True)
class _Claim:
    """One reading of a control verb: who, when, and the words that say so."""

    change: str
    event: str | None  # territory event type when it is not the battle one
    clause: Clause
    match: re.Match[str]
    date: DateRange
    date_level: int
    gainer: ActorMention | None
    loser: ActorMention | None


def _object_places(ctx: DocContext, pos: int, limit: int,
                   change: str = "captured") -> tuple[list[PlaceMention], ActorMention | None]:
    """The list of places after an active verb, and the loser named by "from X".  A site
    inside a place stands for the place; so do its outskirts, for an advance only (taking
    the outskirts of a town is not taking the town)."""
    places: list[PlaceMention] = []
    loser: ActorMention | None = None
    end = min(limit, pos + _OBJECT_REACH)
    cursor, locating = pos, False
    stops = sorted([a for a in ctx.actors_in(pos, end) if a.type != "civilians"], key=lambda a: a.start)
    for place in ctx.places_in(pos, end):
        site = not places and (_shapes().site_in.match(ctx.text[cursor:place.start])  # "an army base in X": no side's name
                               or (change in _TAKES and _shapes().last_ground_in.match(ctx.text[cursor:place.start])))
        blockers = [] if site else [a for a in stops if cursor <= a.start < place.start]
        for actor in blockers:
            if _FROM_ACTOR.search(ctx.text[max(cursor, actor.start - 12):actor.start]):
                loser = loser or actor
                if _shapes().holder_noun.match(ctx.text, actor.end):
                    return places, loser  # "seized the dam from the IS stronghold of X": X is where it was held
                cursor = actor.end
                continue
            if (held := _holder_of(ctx, cursor, actor)) is not None:  # "captured the IS stronghold of X": X's holder lost it
                loser, cursor = loser or actor, held
                continue
            if places:  # "the fall of X and Umm Hartein to the rebels": the list ends at the next side
                places.extend(_trailing_names(ctx, cursor, actor.start, direct=False))
            return places, loser
        gap = ctx.text[cursor:place.start]
        if _RELATIVE_PRONOUN.search(gap):
            break  # "captured most of Qalamun, through which a highway runs to Homs"
        ground = _GROUND_IN.search(gap)
        if ground and ground.group("quarter") and place.place.feature not in _SETTLEMENT_FEATURES:
            ground = None  # "positions in eastern Ghouta": somewhere in the region, not all of it
        if ground and ground.group("area") and _province_named(ctx, place):
            ground = None  # "captured several areas in Hama": the province as often as the city
        part_of = bool(site or ground or (change == "advanced" and not places
                                          and (_EDGE_OF.match(gap) or _GROUND_NEAR.match(gap)
                                               or (_VICINITY_OF.match(gap) and not stands_for_governorate(place.place)))))
        if places and _OF_GAP.fullmatch(gap) and PREFIX_CITY_PART.search(ctx.text, places[-1].start, place.start):
            if ((places[-1].place.feature or "neighbourhood") in _PART_FEATURES
                    or (place.place.feature or "") not in _WITHIN_CITY):
                # "seized the Sakhour district of Aleppo", "the Harem district of Idlib (province)": Y only locates X
                cursor, locating = place.end, True
                continue
            places.pop()  # "took over the Damascus suburb of Qudsaya": the city only locates the part named after it
        if (_RELATIVE_PLACE.search(gap) and not part_of) or (locating and _AND_ONLY.match(gap)):
            if not places and not locating:  # "captured Al-Habit, a village south of X": the unknown name
                places.extend(_trailing_names(ctx, cursor, place.start, direct=True))
            cursor, locating = place.end, True  # "... in Aleppo and Idlib": both only locate
            continue
        locating = False
        lead_end = _lead_end(ctx.text, cursor, place.start, first=not places)
        named = _new_names(ctx, unknown_names(ctx.text, lead_end, place.start, enclosed=bool(places))
                           if lead_end < place.start else [])
        if not places and not named and (place.place.feature or "") in _NO_CONTROL_FEATURES:
            # "took over al-Hobeit in the southern Idlib countryside": an unknown name the governorate locates
            named = _trailing_names(ctx, cursor, place.start, direct=True) or named
        if named is not None:
            places.extend(named)
        elif not _shapes().list_gap.match(gap) and not _tail_is_dash_list(gap) and not part_of:
            break
        if _heads_list(ctx, place):
            pass  # "the eastern Ghouta towns of X and Y": the region only locates the names after it
        elif (place.place.feature or "") not in _NO_CONTROL_FEATURES or (not places and _whole_province(ctx, gap, place)):
            places.append(place)
        cursor = place.end
    else:
        places.extend(_trailing_names(ctx, cursor, end, direct=not places))
    return places, loser or (_loser_after_list(ctx, places[-1].end, end) if places else None)


def _province_named(ctx: DocContext, place: PlaceMention) -> bool:
    """Whether a governorate's seat is told by its bare name ("areas in Hama"), which outlets use for the
    province as often as for the city; "Hama city", "the city of Hama" name the city."""
    return (place.place.feature not in _SETTLEMENT_FEATURES or stands_for_governorate(place.place)) and not (
        CITY_WORD.search(place.mention) or CITY_OF.search(ctx.text, max(0, place.start - 12), place.start))


def _heads_list(ctx: DocContext, place: PlaceMention) -> bool:
    """ "the Hama villages of X and Y", "the eastern Ghouta towns of X, Y and Z": a name with a
    plural place noun before "of" heads the list of names that changed hands, and only locates it."""
    return bool(_LIST_HEAD.search(place.mention)) and _shapes().of_name.match(ctx.text, place.end) is not None


def _whole_province(ctx: DocContext, gap: str, place: PlaceMention) -> bool:
    """ "took full control of Raqqa province", "drove the troops out of Hasakah province": a
    province named as such and taken whole is the change's place.  A governorate is
    otherwise no control place: "X in Idlib province", "advanced in the countryside of
    Hama" and "the Idlib province town of X" only locate what changed hands."""
    return ((place.place.feature or "") in _PROVINCES and _PROVINCE_WORD.search(place.mention) is not None
            and _WHOLE_GAP.match(gap) is not None and _SETTLEMENT_AFTER.match(ctx.text, place.end) is None)


def _loser_after_list(ctx: DocContext, pos: int, limit: int) -> ActorMention | None:
    """ "took the town of X from Islamic State on Sunday": the side the list is taken from."""
    actor = next((a for a in ctx.actors_in(pos, min(limit, pos + 60)) if a.type != "civilians"), None)
    return actor if actor is not None and _FROM_AFTER_LIST.match(ctx.text[pos:actor.start]) else None


def _lead_end(text: str, start: int, end: int, first: bool = False) -> int:
    """Where the words leading into the next name of a list end (a dash, "and", "the"), or into
    the first name after the verb.  Every part of the list lead is optional, so no lead is one of
    no length."""
    lead = _DASH_INTRO.match(text, start, end) or (_shapes().first_lead if first else _shapes().list_lead).match(text, start, end)
    return lead.end() if lead else start


def _trailing_names(ctx: DocContext, cursor: int, end: int, direct: bool) -> list[PlaceMention]:
    """Unknown names the object list ends with: after a dash ("three villages - Zeitan
    Khalsa and Barna -"), after the "and" that closes a list of known places ("Morek, Kafr
    Zita and Umm Hartein") or, when the verb has no other object, right after it ("after
    taking Buyir from the SDF")."""
    intro = _DASH_INTRO.match(ctx.text, cursor, end) or (None if direct else _LAST_OF_LIST.match(ctx.text, cursor, end))
    if intro is None and not direct:
        return []
    start = intro.end() if intro else _lead_end(ctx.text, cursor, end)
    names = _new_names(ctx, leading_names(ctx.text, start, end)) or []
    if names and _PEOPLE_TAKEN.match(ctx.text, names[-1].end):
        return []  # "took Abu Ali hostage": a person, not a place
    return names


def _new_names(ctx: DocContext, names: list[PlaceMention] | None) -> list[PlaceMention] | None:
    """Names that are not an actor, a reporting body or a place already found."""
    if not names:
        return names  # most lists end without one: no need to gather every span of the section
    taken = [(a.start, a.end) for a in ctx.actors] + [(p.start, p.end) for p in ctx.places] + ctx.masked
    kept = [n for n in names if all(n.end <= a or n.start >= b for a, b in taken)]
    return kept if len(kept) == len(names) else None


def _tail_is_dash_list(gap: str) -> bool:
    """ "three villages south of Aleppo from government control - Zeitan ..." """
    return bool(re.search(r"[-–:]\s*$", gap)) and len(gap) < 80


def _subject_place(ctx: DocContext, start: int, pos: int) -> list[PlaceMention]:
    """The place before a passive verb, skipping the ones that only locate it ("the village
    of X in Y province were taken" is X) and the ones set apart ("all of the city except
    the district of X has fallen")."""
    lo = max(start, pos - _PASSIVE_REACH)
    before = [p for p in ctx.places_in(lo, pos) if (p.place.feature or "") not in _NO_CONTROL_FEATURES]
    before = [p for p in before if not control_data().cues.except_before.search(ctx.text[max(lo, p.start - 50):p.start])]
    heads = [p for p in before if not _RELATIVE_PLACE.search(ctx.text[max(lo, p.start - 40):p.start])]
    chosen = heads or before
    if not chosen:
        return []
    subject = [chosen[-1]]
    for place in reversed(chosen[:-1]):  # "X and Y were captured": both
        gap = ctx.text[place.end:subject[0].start]
        if not (_PLACE_AND.match(gap) or _LOCATED_AND.match(gap)):
            break
        subject.insert(0, place)
    return subject


def _holder_of(ctx: DocContext, cursor: int, actor: ActorMention) -> int | None:
    """ "captured the Islamic State stronghold of X", "seized the rebel bastion of X": a side named
    before a holder noun and "of" holds the place after it (so lost it); where the place's words
    begin, or None when the side is not named so."""
    if not _shapes().list_gap.match(ctx.text[cursor:actor.start]):
        return None  # "captured villages near the IS stronghold of X": X only locates them
    noun = _shapes().holder_noun.match(ctx.text, actor.end)
    of = _OF_GAP.match(ctx.text, noun.end()) if noun else None
    return of.end() if of else None


def _holder_named(ctx: DocContext, place: PlaceMention, limit: int) -> ActorMention | None:
    """ "after the fall of X, a key rebel stronghold": the side the apposition names as
    holding X until the change, so the one that lost it."""
    for actor in ctx.actors_in(place.end, min(limit, place.end + 60)):
        if actor.type == "civilians":
            continue
        if _HOLDER_LEAD.match(ctx.text[place.end:actor.start]) and _shapes().holder_noun.match(ctx.text, actor.end):
            return actor
        return None
    return None


def _actor_before(ctx: DocContext, clause_start: int, sentence_start: int, pos: int) -> ActorMention | None:
    """The subject: the nearest armed actor before the verb that is not a mere supporter
    nor the object of a preposition or an attack ("advances against ISIL", "kills 18 ISIL
    terrorists")."""
    parsed = _parsed_subject(ctx, sentence_start, pos)
    if parsed is not None:
        return _organisation_named(ctx, parsed, pos) or parsed
    for lo in (clause_start, sentence_start):
        armed = _possible_subjects(ctx, lo, pos)
        if armed:
            # "Russian jets and Syrian troops took X": a side named by its fire from afar takes no ground
            head = _head_of_coordination(ctx.text, [a for a in armed if not _fires_from_afar(ctx, a)] or armed)
            return _organisation_named(ctx, head, pos) or head
    return None


def _possible_subjects(ctx: DocContext, lo: int, hi: int) -> list[ActorMention]:
    """The armed actors between ``lo`` and ``hi`` that can lead a clause: neither a supporter
    ("backed by Russian jets") nor the object of a preposition or an attack ("advances
    against ISIL", "kills 18 ISIL terrorists"), nor a side joined to such an object ("in
    their counteroffensive against the Turkish forces and their loyal factions, the SDF
    regained X": the factions are fought, like the Turkish forces)."""
    possible: list[ActorMention] = []
    excluded: ActorMention | None = None
    for actor in ctx.actors_in(lo, hi):
        if actor.type == "civilians":
            continue
        fought = control_data().cues.object_before.search(ctx.text[max(lo, actor.start - 40):actor.start])
        if (_supporter(ctx, lo, actor) or fought
                or (excluded is not None and _joined(ctx.text[excluded.end:actor.start]))):
            # "an assault by Hezbollah and the army": a side after "by" leads the attack, so one joined to it is no foe
            excluded = None if fought is not None and fought.group(0).lower().endswith("by ") else actor
            continue
        possible.append(actor)
    return possible


def _supporter(ctx: DocContext, lo: int, actor: ActorMention) -> bool:
    """ "backed by Russian jets": a side named as a supporter, so never the other side nor the subject;
    "Hezbollah and Iraqi militias supporting the army": the side supported inside the subject's own noun
    phrase, after the backer's own name ("Afghan militias backing the army", no side named, and "Russian
    jets supporting the army", a side by its fire, back nothing: the army stays the subject; not "residents
    supporting the government said rebels seized X")."""
    if _SUPPORTER_BEFORE.search(ctx.text[max(lo, actor.start - 70):actor.start]):
        return True
    cue = _shapes().supporting_before.search(ctx.text, max(lo, actor.start - 40), actor.start)
    if cue is None:
        return False
    backer = next((a for a in reversed(ctx.actors_in(lo, cue.start())) if a.type != "civilians"), None)
    return (backer is not None and _BACKER_GAP.fullmatch(ctx.text, backer.end, cue.start()) is not None
            and not _fires_from_afar(ctx, backer))


def _joined(between: str) -> bool:
    """ "the Turkish forces and their loyal factions": a coordination by a word, not by a bare
    comma, which may close an opening adjunct ("against IS, the SDF took X")."""
    return _JOINED_TO.match(between) is not None


def _organisation_named(ctx: DocContext, actor: ActorMention, limit: int) -> ActorMention | None:
    """ "Kurdish fighters of the SDF": the organisation a descriptor belongs to, which says
    more about who the side is than the descriptor does."""
    after = next((a for a in ctx.actors_in(actor.end, min(limit, actor.end + 80)) if a.type != "civilians"), None)
    if after is None or after.name == actor.name or not _OF_ORGANISATION.match(ctx.text[actor.end:after.start]):
        return None
    return after


def _attacker_after(ctx: DocContext, pos: int, limit: int) -> ActorMention | None:
    """ "X fell on Monday after a rebel assault": the side whose assault the clause names."""
    for actor in ctx.actors_in(pos, limit):
        if (actor.type != "civilians" and _ATTACK_NOUN_AFTER.match(ctx.text, actor.end)
                and _AFTER_BEFORE.search(ctx.text[max(pos, actor.start - 40):actor.start])):
            return actor
    return None


def _adjunct_subject(ctx: DocContext, sentence: Sentence, index: int, m: re.Match[str]) -> ActorMention | None:
    """ "After seizing X on Monday, the rebels pushed on", "After they imposed their control over
    X, the factions cut the road": the first armed side after the comma that closes the opening
    adjunct is who seized X; after SOHR's ellipsis ("Hours after seizing X…ISIS shells Y") only a side
    that opens the clause, as its subject.  A "they" stands first for the side the sentence before led with
    ("Rebels stormed X. After they took it, government jets struck it"): the side after the comma
    may be the foe."""
    opening = _ADJUNCT_OPENING.match(ctx.text[sentence.start:m.start()])
    if opening is None:
        return None
    if opening.group("they") and (carried := _previous_subject(ctx, index)) is not None:
        return carried
    close = _ASIDE_CLOSE.search(ctx.text, m.end(), sentence.end)
    if close is None:
        return None
    side = next((a for a in ctx.actors_in(close.start(), min(sentence.end, close.start() + 60)) if a.type != "civilians"), None)
    if close.group(0) != "," and side is not None and (not _ASIDE_SUBJECT.match(ctx.text[close.end():side.start])
                                                       or _fires_from_afar(ctx, side)):
        return None  # "After seizing X…clashes break out between the army and IS", "…Russian jets strike X": no taker
    return side


def _carried_subject(ctx: DocContext, sentence: int, sentence_start: int, pos: int) -> ActorMention | None:
    """ "Rebels stormed the camp on Monday. They overran it and took X": a pronoun or a bare
    noun ("the troops") as subject stands for the side the sentence before led with."""
    if not (_shapes().stand_in_subject.search(ctx.text[max(sentence_start, pos - 60):pos])
            or _shapes().stand_in_opening.match(ctx.text, sentence_start, pos)):
        return None
    return _previous_subject(ctx, sentence)


def _cited_as_source(ctx: DocContext, actor: ActorMention) -> bool:
    """ "..., the Turkish army said": whether the side is named as the source of the news
    (``_SOURCE_AFTER``), which is neither the subject of the sentence before nor the
    other side of the fight, but may claim a capture it announces."""
    return _SOURCE_AFTER.match(ctx.text, actor.end) is not None


def _previous_subject(ctx: DocContext, sentence: int) -> ActorMention | None:
    """The side the sentence before this one leads with: its first armed actor that is
    neither a supporter ("backed by Russian jets") nor the object of an attack."""
    if sentence == 0:
        return None
    before = ctx.sentences[sentence - 1]
    return next((a for a in _possible_subjects(ctx, before.start, before.end)
                 if not _cited_as_source(ctx, a)), None)


def _side_alongside(ctx: DocContext, pos: int, limit: int) -> ActorMention | None:
    """ "The headquarters in X was captured as SDF forces pushed into the town": the side
    whose move the same sentence tells with "as"/"while"/"when" took it."""
    return next((a for a in ctx.actors_in(pos, min(limit, pos + 80)) if a.type != "civilians"
                 and _ALONGSIDE_BEFORE.search(ctx.text[max(pos, a.start - 30):a.start])), None)


def _listed_after(ctx: DocContext, pos: int, end: int, change: str) -> list[PlaceMention]:
    """ "captured three villages: X, Y and Z", "seized two hills - X and Y", "took hamlets in the
    plateau, including X", "took two villages north of Y, A and B": the names an unnamed object
    stands for, listed after it in the same sentence."""
    obj = _UNNAMED_OBJECT.match(ctx.text[pos:end])
    intro = _LIST_INTRO.match(ctx.text, pos, end) or (
        _INCLUDED_AFTER.match(ctx.text, pos + obj.end(), end) if obj else None)
    if intro:
        return _object_places(ctx, intro.end(), end, change)[0]
    apposed = _APPOSED_LIST.match(ctx.text, pos, end)
    places = _object_places(ctx, apposed.end(), end, change)[0] if apposed else []
    return places if len(places) > 1 and _CLAUSE_CLOSE.match(ctx.text, places[-1].end, end) else []


def _named_next(ctx: DocContext, sentence: int, change: str) -> list[PlaceMention]:
    """ "The army took a number of villages east of X. Among them are Y and Z": the places an
    unnamed object stands for, listed at the head of the next sentence."""
    if sentence + 1 >= len(ctx.sentences):
        return []
    after = ctx.sentences[sentence + 1]
    lead = _shapes().names_next.match(ctx.text, after.start, after.end)
    return _object_places(ctx, lead.end(), after.end, change)[0] if lead else []


def _parsed_subject(ctx: DocContext, sentence_start: int, pos: int) -> ActorMention | None:
    """The armed actor the parse gives as the verb's subject, where the sentence names
    more than one side before the verb (one side needs no parse)."""
    armed = [a for a in ctx.actors_in(sentence_start, pos) if a.type != "civilians"]
    if len({a.name for a in armed}) < 2 or _NEXT_TO_VERB.match(ctx.text, armed[-1].end, pos):
        return None  # one side, or the nearest one right before the verb ("IS fighters have seized")
    sentence = ctx.sentence_of(ctx.clause_at(pos))
    span = subject_span(ctx.text[sentence.start:sentence.end], pos - sentence.start)
    if span is None:
        return None
    lo, hi = sentence.start + span[0], sentence.start + span[1]
    inside = [a for a in ctx.actors_in(sentence.start, pos) if a.type != "civilians" and a.start < hi and a.end > lo]
    return _head_of_coordination(ctx.text, inside) if inside else None


def _head_of_coordination(text: str, armed: list[ActorMention]) -> ActorMention:
    """ "Syrian troops and allied fighters regained X": the first of the joined subjects;
    "insurgents including the Nusra Front captured X": the whole, not the part named;
    "Syrian troops and their allies from Hezbollah took X": the allies are the troops' side."""
    index = len(armed) - 1
    while index > 0 and (_one_side_between(between := text[armed[index - 1].end:armed[index].start])
                         or (_ALLIES_FROM.match(between) and _ALLIES.search(text, armed[index - 1].start,
                                                                            armed[index - 1].end))):
        index -= 1
    return armed[index]


def _nominal_agent(ctx: DocContext, clause_start: int, sentence: Sentence, m: re.Match[str],
                   places: list[PlaceMention]) -> ActorMention | None:
    """Who took the place a noun names: "the fall of X to IS", "the seizure of X by the
    army"; else the armed side before the noun ("IS announced the capture of X"); else the
    one the sentence names after it ("the capture of X enabled Syrian forces to ..."), not
    the one an apposition names as X's holder."""
    if not places:
        return None
    after, _ = _agents_after(ctx, places[-1].end, sentence.end)
    if after is not None:
        return after
    before = _actor_before(ctx, clause_start, sentence.start, m.start())
    if before is not None:
        return before
    holder = _holder_named(ctx, places[-1], sentence.end)  # "X, a rebel stronghold": the loser
    actors = [a for a in ctx.actors_in(places[-1].end, sentence.end) if a.type != "civilians"]
    held = _past_holders(ctx, places[-1].end, actors)
    return next((a for a in actors if a != holder and a not in held
                 and not _LOSER_AFTER.search(ctx.text[max(0, a.start - 24):a.start])), None)


def _relative_object(ctx: DocContext, start: int, pos: int, end: int) -> list[PlaceMention]:
    """ "the stronghold of Jarabulus which Turkish-led forces captured", "X, where rebels
    seized ground"; not "vehicles from Iraq that the militants seized": the relative
    clause then tells of the vehicles.  An aside set off by a comma is the place's, after a
    preposition too ("residents returned to X, which the army had seized on Saturday"), but for
    "from" ("withdrew from X, which the rebels entered" is told by the withdrawal)."""
    where = _GROUND_AFTER.match(ctx.text, end)
    rel = (_RELATIVE_WHERE if where else _RELATIVE_OBJECT).search(ctx.text[start:pos])
    if rel is None or not ctx.actors_in(start + rel.start(), pos):
        return []
    aside = ctx.text.startswith(",", start + rel.start())
    before = [p for p in ctx.places_in(start, start + rel.start() + 1) if p.end >= start + rel.start() - 1
              and (not (locator := _LOCATOR_BEFORE.search(ctx.text[max(start, p.start - 8):p.start]))
                   or (aside and locator.group(0).lower().strip() != "from"))]
    return [_located_by(ctx, start, before[-1])] if before else []


def _located_by(ctx: DocContext, start: int, place: PlaceMention) -> PlaceMention:
    """ "the village of X north of the city of Y, which troops entered": Y only locates X,
    the place the relative clause tells of."""
    lead = _LOCATED_LEAD.search(ctx.text, start, place.start)
    if lead is None:
        return place
    located = [p for p in ctx.places_in(start, lead.start() + 1) if p.end >= lead.start() - 1]
    return located[-1] if located else place


def _anaphoric_object(ctx: DocContext, pos: int, sentence: int) -> list[PlaceMention]:
    """ "regained control of the town", "seized the rebel-held town", "captured the opposition
    stronghold", "took control of large parts of it": the last settlement named before, in this sentence
    or the one before it, not one that only held it ("retook X in Homs ... seizing the city"
    is X) nor, for a pronoun, one that only locates a thing ("a convoy near X ... seized it").  A place named further back is the report's setting, and "it" there is as often a
    position or a base the report never names."""
    cue = _shapes().anaphoric_object.match(ctx.text[pos:pos + 60])
    if not (cue or _shapes().held_object.match(ctx.text[pos:pos + 60])):
        return []
    pronoun = cue is not None and bool(_PRONOUN.search(cue.group(0)))
    places = _last_settlement(ctx, pos, sentence, pronoun)
    if pronoun and places and _locates_a_thing(ctx, places[0]):
        return []  # "ambushed a convoy near X and seized most of it": "it" is what X locates
    return places


def _locates_a_thing(ctx: DocContext, place: PlaceMention) -> bool:
    """ "a convoy near X", "the X hospital": X only says where a thing is (words: located_things),
    so a taking told without its own object took the thing, not X."""
    shapes = _shapes()
    return bool(shapes.thing_before.search(ctx.text, max(0, place.start - 40), place.start)
                or shapes.thing_after.match(ctx.text, place.end))


def _anaphoric_subject(ctx: DocContext, sentence_start: int, pos: int, sentence: int) -> list[PlaceMention]:
    """ "The town had fallen by evening": the settlement the subject noun stands for, read
    as "regained control of the town" reads its object."""
    if not _shapes().anaphoric_subject.search(ctx.text[max(sentence_start, pos - 40):pos]):
        return []
    return _last_settlement(ctx, pos, sentence)


def _last_settlement(ctx: DocContext, pos: int, sentence: int, pronoun: bool = False) -> list[PlaceMention]:
    """The last place named before ``pos`` in this sentence or the one before, skipping the
    wider place that only contains it, and for a pronoun the one that only locates the place
    ("attacked X, north of Y, and captured it" is X; not past a noun that "it" stands for:
    "gathered at X, outside Y, before storming the town and capturing it" is Y)."""
    lo = ctx.sentences[max(0, sentence - _ANAPHORA_SENTENCES)].start
    places = _control_places(ctx, lo, pos)
    earlier = [p for p in places if not _left_for(ctx, lo, p)] or places
    near = pronoun and bool(earlier) and not _shapes().noun_anaphor.search(ctx.text, earlier[-1].end, pos)
    return (_without_containers(ctx, earlier, near) or earlier)[-1:]


def _left_for(ctx: DocContext, lo: int, place: PlaceMention) -> bool:
    """ "the last rebels in al-Waer left on buses to Jarablus, and the army took over the district":
    where those leaving went is not the place taken; only where a leaving is told before it ("advanced
    to X and captured the town" is X)."""
    lead = _shapes().destination_before.search(ctx.text, max(lo, place.start - 20), place.start)
    return lead is not None and control_data().cues.leaving_told.search(
        ctx.text, max(lo, lead.start() - 80), lead.start()) is not None


def _control_places(ctx: DocContext, start: int, end: int) -> list[PlaceMention]:
    """The places named between ``start`` and ``end`` that a side can hold (no country, province
    or river, nor a capital named for its state: in "units loyal to the Damascus government
    entered X", Damascus stands for the state)."""
    return [p for p in ctx.places_in(start, end) if (p.place.feature or "") not in _NO_CONTROL_FEATURES
            and not _STATE_NOUN_AFTER.match(ctx.text, p.end)]


def _without_containers(ctx: DocContext, places: list[PlaceMention], near: bool = False) -> list[PlaceMention]:
    """The places without the wider one named right after a place only to hold it ("X in Homs",
    "X in the eastern countryside of Hama"); with ``near``, nor the one that only locates it ("X,
    north of Hama")."""
    contained = _LOCATING_AFTER if near else _CONTAINED_IN
    return [p for before, p in zip([None, *places], places, strict=False)
            if before is None or not contained.match(ctx.text[before.end:p.start])]


def _demonstrative_object(ctx: DocContext, pos: int, sentence: int) -> list[PlaceMention]:
    """ "IS fighters tried to enter the villages of X and Y. ... had captured those villages",
    "established control over the abovementioned villages": the last list of places in the
    nearest sentence before that names a place, without the places that only locate it ("three
    kilometres east of Z"). Every demonstrative reaches a few sentences back past asides that
    name no place ("... X and Y. Clashes went on. ... captured both villages"); only "those"
    and "abovementioned" also reach past a sentence of another story's places to a list the
    same noun introduced ("the villages of X and Y ... air strikes on Z and W ... those
    villages")."""
    cue = _shapes().demonstrative_object.match(ctx.text, pos)
    if sentence == 0 or cue is None:
        return []
    introduced = re.compile(rf"\b{re.escape(cue.group('noun'))}\s+of\s+(?:the\s+)?$", re.IGNORECASE)
    nearest: list[PlaceMention] | None = None
    for back in range(sentence - 1, max(-1, sentence - 1 - _LIST_SENTENCES), -1):
        before = ctx.sentences[back]
        run = _last_list(ctx, before)
        if run and introduced.search(ctx.text, before.start, run[0].start):
            return run
        if nearest is None and _control_places(ctx, before.start, before.end):
            nearest = run
            if not cue.group("far"):
                break
    return nearest or []


def _last_list(ctx: DocContext, before: Sentence) -> list[PlaceMention]:
    """The last run of two or more places joined by commas or "and" in a sentence, without the
    wider place that only holds it ("the villages of X and Y in eastern Hama")."""
    earlier = _without_containers(ctx, [p for p in _control_places(ctx, before.start, before.end)
                                        if not _DIRECTION_OF.search(ctx.text[max(before.start, p.start - 60):p.start])])
    if not earlier:
        return []
    run = [earlier[-1]]
    for place in reversed(earlier[:-1]):
        if not _PLACE_AND.match(ctx.text[place.end:run[0].start]):
            break
        run.insert(0, place)
    return run if len(run) > 1 else []


def _quoted_speaker(ctx: DocContext, verb: ControlVerb, m: re.Match[str], sentence: Sentence) -> ActorMention | None:
    """ "'Our forces have liberated X,' an SDF spokesman said", "'We seized X,' said a Free Syrian
    Army commander", "'X has been recaptured,' the army said": a change quoted with a first-person
    subject right before an active verb, or a place won back with no taker, is claimed by the side
    that speaks.  A quoted third person ("'They took X at dawn'"), a loss ("'Our positions were
    overrun'", "'X has fallen'") or a plain passive capture tells nothing of the speaker's gain."""
    opening = _QUOTE_OPENING.search(ctx.text, sentence.start, m.start())
    if opening is None or _QUOTE_MARK.search(ctx.text, opening.end(), m.start()):
        return None  # the verb is not inside a quotation
    closing = _QUOTE_MARK.search(ctx.text, m.end(), sentence.end)
    if closing is None:
        return None
    quoted = ctx.text[opening.end():m.start()]
    if verb.voice == "passive":
        if not _WON_BACK.search(m.group(0)) or _FIRST_PERSON.search(quoted):
            return None
    elif not _FIRST_PERSON_SUBJECT.search(quoted):
        return None
    return _speaker(ctx, closing.end(), sentence.end)


def _speaker(ctx: DocContext, pos: int, end: int) -> ActorMention | None:
    """The armed side that speaks after a quotation closing at ``pos``: named before its speech
    verb ("..., the army said", "a rebel commander told Reuters") or right after it with its
    apposition ("said Abu X, a spokesman for the SDF"); never one named further on ("..., adding that Russian jets
    had pounded the town")."""
    inverted = _SPEAKER_AFTER.match(ctx.text, pos, end)
    if inverted is not None:
        told = _SPEAKER_TOLD.search(ctx.text, inverted.end(), end)
        return next((a for a in ctx.actors_in(inverted.end(), told.start() if told else end)
                     if a.type != "civilians"), None)
    said = _SPEECH_VERB_AT.search(ctx.text, pos, end)
    if said is None or "," in ctx.text[pos:said.start()].lstrip(" ,"):
        return None
    return next((a for a in ctx.actors_in(pos, said.start()) if a.type != "civilians"), None)


def _claimant_of(ctx: DocContext, start: int, pos: int) -> ActorMention | None:
    """ "The army said four villages had been retaken": a side that announces a passive
    capture and names no taker claims it for itself."""
    for actor in ctx.actors_in(start, pos):
        if actor.type != "civilians" and _cited_as_source(ctx, actor):
            return actor
    return None


def _people_returned(ctx: DocContext, start: int, pos: int) -> bool:
    """People head the subject of a return ("dozens of rebels in X returned to the state's
    authority": they settled), unless the place is what they held ("the districts held by rebels
    in X returned to government control": ground changed hands; cues people_before, held_by_before)."""
    cues = control_data().cues
    people = cues.people_before.search(ctx.text, start, pos)
    return people is not None and not cues.held_by_before.search(ctx.text, start, people.start())


def _guaranteed_to_state(kb: ActorKB, gainer: ActorMention, loser: ActorMention | None) -> ActorMention:
    """ "The rebels handed X over to Russian military police": a side against the state hands X
    to the police of a settlement's guarantor (``gainer``, words: guarantor_police), under which
    X returns to the state, so the state side gains it.  When a passive tells no side ("X was
    handed over to Russian military police") the state gains it too; where the side handing
    over is the state's own ("Syrian troops handed X over to Russian military police") the
    police's side stands."""
    if loser is not None and (loser.name == control_data().state_side or _pro_government(kb, loser.name)):
        return gainer
    return _as_state(kb, gainer.start, gainer.end, gainer.mention) or gainer


def _state_ruled(ctx: DocContext, kb: ActorKB, m: re.Match[str]) -> ActorMention | None:
    """ "X returned to the state's authority", "returned to government control", "returned to the
    sovereignty of the Syrian state": the verb's words, or the words right after them, name the
    state as the side whose rule X is back under (no side's name to find; words: state_words)."""
    shapes = _shapes()
    if shapes.state_rule.search(m.group(0)) or shapes.state_after.match(ctx.text, m.end()):
        return _as_state(kb, m.start(), m.end(), m.group(0))
    return None


def _left_to_state(ctx: DocContext, kb: ActorKB, pos: int, end: int) -> ActorMention | None:
    """ "Militants handed over X to the Syrian authorities", "withdrew from X, leaving it to the
    state": a side hands the place it leaves to the state named by a common noun (cue
    left_to_state, right after the verb), no side's name to find, so the state side gains it.
    A "to the state" elsewhere in the sentence ("withdrew from X, according to state media")
    names who told the news, not who gained."""
    named = control_data().cues.left_to_state.match(ctx.text, pos, end)
    return None if named is None else _as_state(kb, named.start(), named.end(), named.group(0))


def _left_by_deal(ctx: DocContext, kb: ActorKB, sentence: Sentence) -> ActorMention | None:
    """ "Rebels withdrew from X after a deal with the government": the state the deal was made with
    (cue deal_with_state) gains what the side leaving under it left; not a deal only talked of or
    one that failed (cue deal_undone: "after talks on a deal with the government collapsed")."""
    cues = control_data().cues
    deal = cues.deal_with_state.search(ctx.text, sentence.start, sentence.end)
    if deal is None or cues.deal_undone.search(ctx.text, sentence.start, sentence.end):
        return None
    return _as_state(kb, deal.start(), deal.end(), deal.group(0))


def _as_state(kb: ActorKB, start: int, end: int, words: str) -> ActorMention | None:
    """The state side (``state_side``), named by ``words`` at ``start``-``end``."""
    entry = kb.get(control_data().state_side)
    return None if entry is None else ActorMention(start, end, words, entry.name, entry.type, entry.nationality)


def _pro_government(kb: ActorKB, name: str) -> bool:
    """Whether ``name`` is on Damascus's side; a name the KB does not know is not."""
    entry = kb.get(name)
    return bool(entry and entry.pro_government)


def _state_claim(ctx: DocContext, kb: ActorKB, start: int, pos: int, verb_end: int,
                 end: int) -> ActorMention | None:
    """ "State television said two villages were retaken", "X was retaken, SANA said": a
    capture with no taker that Damascus's own outlet announces is claimed for the government
    side. After the place, only an outlet set off by the first comma after the verb and
    ending the sentence tells the capture; one further on ("..., activists said, denying
    what state television reported", "while state television reported that ...") tells a
    story of its own."""
    outlet = control_data().cues.state_outlet
    cue = outlet.search(ctx.text, start, pos)
    if cue is None:
        comma = ctx.text.find(",", verb_end, end)
        rest = ctx.text[comma + 1:end] if comma >= 0 else ""
        tail = outlet.match(ctx.text, end - len(rest.lstrip()), end) if rest else None
        cue = tail if tail is not None and not ctx.text[tail.end():end].strip(" .!\"'”") else None
    return None if cue is None else _as_state(kb, cue.start(), cue.end(), cue.group(0))


def _agents_after(ctx: DocContext, pos: int, limit: int) -> tuple[ActorMention | None, ActorMention | None]:
    """Gainer ("fell to X", "taken by X") and loser ("fallen from X control") after a verb;
    a group the gainer includes ("to rebel forces including fighters from IS") is the gainer's,
    a side named by its fire ("under Russian air strikes") is no gainer, nor one a blow is dealt
    to ("withdrew from X, in a major blow to the regime": cue blow_to); a side an attack is
    made by ("captured in an attack by X") is."""
    gainer = loser = None
    head_start = max(0, pos - 6)  # the verb may end in its own "to" ("fell to")
    struck = control_data().cues.blow_to
    actors = ctx.actors_in(pos, min(limit, pos + 80))
    held = _past_holders(ctx, pos, actors)
    for actor in actors:
        if actor.type == "civilians" or (gainer is not None and _INCLUSION.match(ctx.text[gainer.end:actor.start])):
            continue
        head = ctx.text[head_start:actor.start]
        if actor in held:  # "the fall of X, the last pocket held by IS": the holder
            loser = loser or actor
        elif (gainer is None and _GAINER_AFTER.search(head) and not _fires_from_afar(ctx, actor)
                and not struck.search(head)):
            gainer = actor
        elif loser is None and _LOSER_AFTER.search(head):
            loser = actor
        head_start = actor.end
    return gainer, loser


def _past_holders(ctx: DocContext, pos: int, actors: list[ActorMention]) -> list[ActorMention]:
    """ "the fall of X, the last pocket held by IS (and its allies)", "X, held by rebels since 2012": the
    sides that held the place until the change, so lost it, never its takers.  A holding told in the
    present ("now held by the SDF", "currently controlled by the army") names the taker instead."""
    shapes = _shapes()
    held: list[ActorMention] = []
    for actor in actors:
        if held and _one_side_between(ctx.text[held[-1].end:actor.start]):
            held.append(actor)  # the holder's partner held it too
            continue
        cue = shapes.held_by.search(ctx.text, pos, actor.start)
        if cue is not None and not cue.group("now") and (
                shapes.held_last.search(ctx.text, max(pos, cue.start() - 40), cue.start())
                or shapes.held_since.match(ctx.text, actor.end)):
            held.append(actor)
    return held


def _opponent(ctx: DocContext, kb: ActorKB, start: int, end: int,
              party: ActorMention | None, nearest_to: int | None = None) -> ActorMention | None:
    """The other side of ``party`` in the sentence (or the span given).

    Damascus and its allies fight everyone else; two non-state groups named together as
    one subject ("HTS and the factions") are on the same side, any other group is the
    other side, state forces first.  With ``nearest_to``, the one named nearest it wins.
    """
    if party is None:
        return None
    gov = _pro_government(kb, party.name)
    others = [a for a in ctx.actors_in(start, end)
              if a.type != "civilians" and a.name != party.name and kb.get(a.name) is not None
              and not _coordinated(ctx.text, a, party) and not _cited_as_source(ctx, a)
              and _organisation_named(ctx, a, end) is None
              and not _supporter(ctx, start, a)]
    hostile = [a for a in others if (entry := kb.get(a.name)) is not None and entry.pro_government != gov]
    if nearest_to is not None:
        hostile.sort(key=lambda a: abs(nearest_to - a.start))
    chosen = hostile if gov or hostile else others
    return min(chosen, key=lambda a: _fires_from_afar(ctx, a), default=None)


def _fires_from_afar(ctx: DocContext, actor: ActorMention) -> bool:
    """ "under coalition air strikes and an SDF ground assault": a side named by its air
    strikes or shelling backs the capture; the other side, on the ground, takes the place."""
    return bool(_shapes().fire_support.search(ctx.text, actor.start, actor.end)
                or _shapes().fire_support.match(ctx.text, actor.end))


def _coordinated(text: str, a: ActorMention, b: ActorMention) -> bool:
    """ "HTS and the factions", "insurgents including the Nusra Front": one side, named twice."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return _one_side_between(text[first.end:second.start])


def _one_side_between(between: str) -> bool:
    """Whether the words between two sides' names join them into one ("and the", ", including")."""
    return bool(_COORDINATION.match(between) or _INCLUSION.match(between))


def _evidence(ctx: DocContext, start: int, end: int, place: PlaceMention) -> Span:
    lo, hi = min(start, place.start), max(end, place.end)
    return Span(start=lo, end=hi, text=ctx.text[lo:hi])


def _territory_event(kb: ActorKB, claim: _Claim, place: PlaceMention | None, evidence: Span) -> Candidate | None:
    """Government regains territory / Non-state actor overtakes territory / Armed clash."""
    gainer, m = claim.gainer, claim.match
    if claim.change == "contested" or claim.change == "advanced" and gainer is not None:
        sub_type, event_type = "Armed clash", "Battles"  # "forces advance in X": fighting there
    elif gainer is None:
        return None
    elif claim.event:
        sub_type, event_type = claim.event, "Strategic developments"
    else:
        gov = _pro_government(kb, gainer.name)
        sub_type = "Government regains territory" if gov else "Non-state actor overtakes territory"
        event_type = "Battles"
    actors = [a for a in (gainer, claim.loser) if a is not None and claim.change != "contested"]
    return Candidate(sub_type, event_type, claim.clause, (m.start(), m.end()), actors, place, claim.date,
                     claim.date_level, confidence=0.8, evidence=[evidence], trigger_text=m.group(0),
                     located=place is not None)  # "seized several villages" names no place on purpose
