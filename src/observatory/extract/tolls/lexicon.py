"""The casualty lexicon compiled for fast lookups (words in ``data/casualties/lexicon.yaml``).

Every word list the toll grammar consults — status verbs and nouns, group nouns and
their classes, nesting words, nationality words, scope cues — is turned once per
process into phrase sets and regular expressions, so reading a sentence is only
dictionary and regex lookups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from collections.abc import Iterable
from typing import Optional

from observatory.extract import dates
from observatory.extract.numbers import PhraseSet, load_lexicon
from observatory.kb.place_nouns import words_with
from observatory.nlp.caseless import CaselessPattern, NeedledPattern, by_first_char


@dataclass(frozen=True)
class TollLexicon:
    status_before: PhraseSet
    status_after: PhraseSet
    intransitive_after: PhraseSet  # "went missing", "died": a status predicate that takes no object
    condition_after: PhraseSet  # "remain in critical condition": the living, wounded (in status_after too)
    unrealised_before: PhraseSet  # "threatened to", "could": a status verb after them tells no toll
    singular_before: PhraseSet  # "body of": a status phrase that counts one person only
    body_found: PhraseSet  # "found", "handed over": near "body of", the remains tell a death
    bare_not_verbs: frozenset  # "lost": no status word before an article-less victim
    bare_not_after: frozenset  # "release of detained teacher": the status word describes the noun
    status_nouns: PhraseSet
    status_among: dict
    group_nouns: PhraseSet
    group_starts: frozenset  # words a group noun can start with: a headline's opening holds one or names no group
    group_classes: dict
    nesting_before: PhraseSet
    nesting_after: PhraseSet
    foreign: PhraseSet
    adverbs: frozenset
    auxiliaries: frozenset
    be_forms: frozenset  # the forms of "be" among the auxiliaries: a passive's
    reported_passives: PhraseSet  # "were reported killed": a source's word after an auxiliary
    non_person: frozenset
    posts: frozenset  # "posts", "base": things only when they close the figure's phrase
    materiel_verbs: PhraseSet  # "destroying two": a bare figure after one counts things
    materiel_fillers: frozenset  # "destroying another two": words between such a verb and the figure
    plurals: frozenset
    phrase_enders: frozenset
    nationalities: dict
    countries: dict
    country_names: re.Pattern  # the names above, capitalised as names ("Russia", not "turkey")
    foreign_actor: str
    foreign_enemy_heads: frozenset  # "foreign terrorists": never the government's foreigners
    foreign_listed_heads: frozenset  # "foreign mercenaries": the side of the men listed with them
    foreign_civilians: frozenset  # categories a foreign word leaves civilian ("five foreign workers")
    animals: frozenset  # "40 sheep": no people, but a verb before them reaches the people listed after
    aside_bare: frozenset  # "dead", "shot": status words a headline predicates after an aside, not in "-ed"
    no_object_after: frozenset  # "in", ".": words after a predicate or a phrase that start no object nor verb
    tally_nouns: frozenset  # "killings": a status noun that also sums a period's deeds
    tally_periods: frozenset  # "month", "rose": words that make such a noun a period's tally
    tally_days: PhraseSet  # "yesterday": a day of its own, which keeps it one incident's toll
    home_country: str
    # Needled: most toll windows hold no word of these cues, refused by a few substring tests
    # before the regex tries every position of the window.
    cumulative: NeedledPattern
    sums: re.Pattern  # "in total", "in all": a figure that sums others (``attach_sums``)
    war: NeedledPattern  # any war-wide cue as a plain substring (one scan, not one per cue)
    named_event_nouns: tuple
    past_event_cues: tuple
    alternative: re.Pattern
    toll_set_at: NeedledPattern  # "put the death toll from the raids at": another source's estimate
    retold: re.Pattern
    retold_after: re.Pattern
    event_place: re.Pattern  # "the shelling of Kafr Batna": the place an event noun names
    other_event: re.Pattern  # another event or another day (``other_day``)
    similar_event: re.Pattern  # "in a similar bombing": an event like another, not the one told
    other_day: re.Pattern
    battle: re.Pattern  # a sentence telling fighting: its toll is a battle's (``outsized_totals``)
    reporting: frozenset
    other_clause: frozenset  # words opening another clause between a toll and a day after it
    place_scope: re.Pattern  # "the number killed in the town": a raised toll of one place
    tells_more: re.Pattern  # "…, the group said, adding that": more than a source after a figure
    combined_nouns: frozenset
    organisation_words: frozenset
    part_cues: frozenset
    fate_nouns: frozenset
    fate_unknown: re.Pattern
    part_cue_blockers: frozenset
    total_kinds: frozenset  # categories of a total whose kinds listed right after it are its parts
    kinds: frozenset  # categories of those kinds ("children", "women")
    armed_nouns: frozenset  # nouns of sides never civilian, whatever follows them ("rebels", not "members")
    collectives: frozenset  # "crew", "family": "killing its crew of three" counts the crew
    collective_wholes: frozenset  # "entire", "whole": "the entire crew of three" still counts the crew
    more_people: frozenset  # "more", "others": a group beyond the people told before it
    loss_verbs: frozenset  # "lost": after "its", a verb of death only for fighters
    side_name_ends: frozenset  # "front", "army": thing nouns ending a side's name ("the Nusra Front")
    breakdown_marks: frozenset  # ":", "–": a mark after a total opens its breakdown
    breakdown_openers: PhraseSet  # "as follows": words announcing the list a mark opens
    toll_nouns: frozenset
    recalled_periods: frozenset
    received_verbs: re.Pattern  # "received", "brought in": with ``receivers``, a hospital's tally
    receivers: re.Pattern  # "hospital", "morgue", "a doctor said": a place that takes in the dead, or its staff
    distributive_leads: frozenset
    distributive_ends: frozenset
    distributive_sets: frozenset
    wide_areas: frozenset  # "province", "countryside": a place phrase that holds the places listed after it
    subject_part_verbs: frozenset  # "The victims included 25 civilians": parts of a toll told before
    not_before_subject: frozenset  # "Among the dead were", "He was killed": no subject noun follows
    place_prepositions: frozenset  # "in", "near": before a place's name, never a person's
    kin_clause: dict  # "and their mother was wounded": a kin noun opening a clause of its own (reading.py)
    not_lethal: frozenset  # "the victims of the kidnapping": a subject phrase of the living
    name_particles: frozenset
    hint: re.Pattern  # any word or phrase above that can give a figure a status or a parent

    def may_tell_toll(self, text: str) -> bool:
        """Whether a sentence holds any status word or phrase of the lexicon (a cheap test
        before it is tokenised and read): built from the lists the grammar reads, so a
        word added there is never missed here.  The text is only lower-cased: each space of
        a phrase already takes any run of white space (``any_phrase``)."""
        return self.hint.search(text.lower()) is not None

    def category(self, head: Optional[str]) -> str:
        """The category a group-noun class implies ("children", "combatants", …)."""
        return self.group_classes[head]["category"] if head else "unknown"


HEAD_REACH = 5  # tokens from where a group's words begin within which its noun starts (up to four modifiers)


@lru_cache(maxsize=1)
def toll_lexicon() -> TollLexicon:
    lex = load_lexicon()

    def labelled(section: dict) -> PhraseSet:
        return PhraseSet({p: label for label, phrases in section.items() for p in phrases})

    classes = lex["group_nouns"]
    group_nouns = PhraseSet({w: k for k, c in classes.items() for w in c["words"]})
    return TollLexicon(
        status_before=labelled(lex["status_before"]),
        # with the intransitive predicates (numbers.read_lexicon) and the conditions of the wounded
        status_after=labelled(lex["status_after"] | {"injured": lex["status_after"]["injured"] + lex["condition_after"]}),
        condition_after=PhraseSet(lex["condition_after"]),
        intransitive_after=labelled(lex["intransitive_after"]),
        unrealised_before=PhraseSet(lex["unrealised_before"]),
        singular_before=PhraseSet(lex["singular_before"]),
        body_found=PhraseSet(lex["body_found"]),
        bare_not_verbs=frozenset(lex["bare_object"]["not_verbs"]),
        bare_not_after=frozenset(lex["bare_object"]["not_after"]),
        status_nouns=labelled(lex["status_nouns"]),
        status_among={w: status for status, words in lex["status_among"].items() for w in words},
        group_nouns=group_nouns,
        group_starts=group_nouns.first_words(),
        group_classes=classes,
        nesting_before=PhraseSet(lex["nesting_before"]),
        nesting_after=PhraseSet(lex["nesting_after"]),
        foreign=PhraseSet(lex["foreign_words"]),
        adverbs=frozenset(lex["adverbs"]),
        auxiliaries=frozenset(lex["auxiliaries"]),
        be_forms=frozenset(lex["be_forms"]),
        reported_passives=PhraseSet(lex["reported_passives"]),
        non_person=frozenset(str(w) for w in lex["non_person_nouns"] + lex["animal_nouns"]),
        posts=frozenset(str(w) for w in lex["post_nouns"]),
        materiel_verbs=PhraseSet(lex["materiel_verbs"]),
        materiel_fillers=frozenset(lex["materiel_fillers"]),
        plurals=frozenset(lex["plurals_without_s"]),
        phrase_enders=frozenset(lex["phrase_enders"]),
        nationalities={k.lower(): v for k, v in lex["nationalities"].items()},
        countries=lex["countries"],
        country_names=country_pattern(lex["countries"].values()),
        foreign_actor=lex["foreign_default_actor"],
        foreign_enemy_heads=frozenset(lex["foreign_enemy_heads"]),
        foreign_listed_heads=frozenset(lex["foreign_listed_heads"]),
        foreign_civilians=frozenset(lex["foreign_civilian_categories"]),
        animals=frozenset(lex["animal_nouns"]),
        aside_bare=frozenset(lex["aside_bare_predicates"]),
        no_object_after=frozenset(lex["no_object_after"]) | frozenset(lex["phrase_enders"]),
        tally_nouns=frozenset(lex["period_tally"]["nouns"]),
        tally_periods=frozenset(lex["period_tally"]["period_words"]),
        tally_days=PhraseSet(lex["period_tally"]["day_words"]),
        home_country=lex["home_country"],
        cumulative=NeedledPattern(any_phrase(lex["cumulative_cues"])),
        sums=any_phrase(lex["sum_cues"]),
        war=NeedledPattern(any_substring(lex["war_cues"])),
        named_event_nouns=tuple(lex["named_event_nouns"]),
        past_event_cues=tuple(lex["past_event_cues"]),
        alternative=any_phrase(lex["alternative_source_cues"]),
        toll_set_at=toll_setting(lex["toll_setting"]["verbs"], lex["toll_setting"]["nouns"]),
        retold=retold_event(lex["retold_event_nouns"]),
        retold_after=event_after(lex["retold_event_nouns"]),
        event_place=event_place(lex["retold_event_nouns"]),
        other_event=any_phrase(lex["other_event_cues"] + lex["other_day_cues"]),
        similar_event=any_phrase(lex["similar_event_cues"]),
        other_day=any_phrase(lex["other_day_cues"]),
        battle=any_phrase(lex["battle_words"]),
        reporting=frozenset(lex["reporting_words"]),
        other_clause=frozenset(lex["other_clause_words"]),
        place_scope=any_phrase(lex["toll_place_scopes"]),
        tells_more=any_phrase(lex["tells_more_cues"]),
        combined_nouns=frozenset(lex["combined_nouns"]),
        organisation_words=frozenset(lex["organisation_words"]),
        part_cues=frozenset(lex["part_cues"]),
        part_cue_blockers=frozenset(lex["part_cue_blockers"]),
        total_kinds=frozenset(lex["breakdown_by_kind"]["totals"]),
        kinds=frozenset(lex["breakdown_by_kind"]["kinds"]),
        armed_nouns=frozenset(lex["breakdown_by_kind"]["armed"]),
        collectives=frozenset(lex["collectives"]),
        collective_wholes=frozenset(lex["collective_wholes"]),
        more_people=frozenset(lex["more_people"]),
        loss_verbs=frozenset(lex["loss_verbs"]),
        side_name_ends=frozenset(lex["side_name_ends"]),
        breakdown_marks=frozenset(lex["breakdown_by_kind"]["marks"]),
        breakdown_openers=PhraseSet(lex["breakdown_by_kind"]["openers"]),
        fate_nouns=frozenset(lex["unknown_fate"]["nouns"]),
        fate_unknown=any_phrase(lex["unknown_fate"]["words"]),
        toll_nouns=frozenset(lex["toll_nouns"]),
        recalled_periods=frozenset(str(p).lower() for p in lex["recalled_periods"]),
        received_verbs=any_phrase(lex["received_tally"]["verbs"]),
        receivers=any_phrase(lex["received_tally"]["receivers"]),
        distributive_leads=frozenset(lex["distributive"]["leads"]),
        distributive_ends=frozenset(lex["distributive"]["ends"]),
        distributive_sets=frozenset(lex["distributive"]["sets"]) | words_with("list_of"),
        wide_areas=words_with("admin_of"),
        subject_part_verbs=frozenset(lex["subject_tolls"]["part_verbs"]),
        not_before_subject=frozenset(lex["subject_tolls"]["not_before"]),
        not_lethal=frozenset(lex["subject_tolls"]["not_lethal"]),
        place_prepositions=frozenset(lex["place_prepositions"]),
        kin_clause={key: frozenset(words) for key, words in lex["kin_clause"].items()},
        name_particles=frozenset(lex["distributive"]["name_particles"]),
        hint=any_phrase(sorted(_hint_phrases(lex))),
    )


_BACK_REFERENCE = ("of", "among", "amongst")  # "of whom", "among them": a part of people already counted


def _hint_phrases(lex: dict) -> set[str]:
    """Every phrase that can give a figure a status (status words, fate and toll nouns,
    "among the dead") or make it a part of a toll told before ("six of them", "among
    them"): a sentence with none of them holds no toll and is skipped unread.  "including"
    or "mostly" alone, in a sentence without a status word, lists things ("houses,
    including one …") far more often than it goes on counting the dead of the sentence before."""
    phrases: set[str] = set()
    for section in ("status_before", "status_after", "status_nouns", "status_among"):
        phrases.update(p for words in lex[section].values() for p in words)
    phrases.update(lex["condition_after"])
    phrases.update(lex["nesting_after"])
    phrases.update(p for p in lex["nesting_before"] if str(p).split()[0] in _BACK_REFERENCE)
    phrases.update(lex["combined_nouns"] + lex["toll_nouns"] + lex["unknown_fate"]["nouns"])
    return {str(p).lower() for p in phrases}


# A toll told in the perfect: "have killed hundreds", "has reported hundreds … killed", "have
# claimed hundreds of lives", "have died", "having perished".  It counts up to the report.
PERFECT = CaselessPattern(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been\s+)?(?:killed|claimed|left|reported|caused|"
                          r"cost|documented|recorded|died|lost|perished|wounded|injured)\b"
                          r"|\bhaving\s+(?:been\s+(?:killed|wounded|injured)|died|perished)\b")


SETTING_GAP = 50  # characters between the toll noun and its "at" ("the death toll from the air raids at")


def toll_setting(verbs: list[str], nouns: list[str]) -> NeedledPattern:
    """"placed the death toll from the strikes at", "put the number of victims at": a verb of
    estimating, "the" and a toll noun, then "at" within its clause (lower-case text)."""
    return NeedledPattern(r"\b(?:" + dates.any_phrase(verbs) + r")\s+the\s+(?:" + dates.any_phrase(nouns) + r")\b"
                          r"[^.;:]{0," + str(SETTING_GAP) + r"}?\bat\b")


def _longest_first(nouns: list[str]) -> str:
    """An alternation of ``nouns`` as literals, longest first ("air strike" before "strike")."""
    return "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))


def retold_event(nouns: list[str]) -> re.Pattern:
    """"the attack killed", "that strike has left": a definite event noun, at most two words
    after it, then its killing verb, just before a figure (lower-case text)."""
    body = _longest_first(nouns)
    return re.compile(r"\b(?:the|that|this)\s+(?:[a-z-]+\s+){0,2}?(?:" + body + r")\s+(?:[a-z]+\s+){0,2}?"
                      r"(?:killed|kills|left|leaving|killing|claimed|claiming)(?:\s+the\s+lives\s+of)?[\s'\"\u201c\u201d]*$")


def event_after(nouns: list[str]) -> re.Pattern:
    """"… were killed in the strikes", "died in that attack": after a figure, in its own
    clause, its dead told of a definite event noun (lower-case text after the figure)."""
    body = _longest_first(nouns)
    return re.compile(r"^[^,;:.]{0,80}?\b(?:killed|died|dead|perished|slain)\s+(?:[a-z-]+\s+){0,4}?"
                      r"(?:in|by|during|from)\s+(?:the|that|this|those|these)\s+(?:[a-z-]+\s+){0,2}?"
                      r"(?:" + body + r")\b")


def event_place(nouns: list[str]) -> re.Pattern:
    """"the shelling of Kafr Batna", "strikes on nearby Zitan", "the bombing of the town of
    Azaz": a capitalised name an event noun governs by "of" or "on" (original-case text),
    which a place read after "in"/"near" alone misses."""
    body = _longest_first(nouns)
    return re.compile(r"\b(?i:" + body + r")\s+(?i:of|on)\s+(?:nearby\s+|the\s+(?:town|village|city)\s+of\s+)?"
                      r"([A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})")


def country_pattern(names: Iterable[str]) -> re.Pattern:
    """Country names as one case-sensitive pattern, longest first: a name is capitalised
    ("Turkey", "Chad"), the common word is not ("turkey"); only a leading "the" may be
    either ("The United States")."""
    def one(name: str) -> str:
        the, _, rest = name.partition(" ")
        return "(?i:the) " + re.escape(rest) if the.lower() == "the" and rest else re.escape(name)
    return re.compile(r"\b(?:" + "|".join(one(n) for n in sorted(names, key=len, reverse=True)) + r")\b")


def any_phrase(phrases: list[str]) -> re.Pattern:
    """One regex finding any of ``phrases`` as whole words (lower-case text).

    ``re`` tries the alternatives of an alternation one by one at every position, which
    for a list of ninety cues is most of the time spent reading a toll's window.  The
    phrases are therefore grouped by their first character, then the next, and so on
    (a tree: "since the start", "since the siege" share "since the s"), so at each
    position only the phrases going on with the character there are tried.  The first
    characters of sibling groups differ, so at most one group can match, and inside a
    group the phrases keep their order (longest first): the matches are those of the
    plain alternation.  A phrase must not follow a letter; the test stands after its first
    character ("(?<![a-z].)" there is "(?<![a-z])" before it).  A space of a phrase takes
    any run of white space: outlets double spaces ("not  known") and break lines inside one.
    """
    ordered = sorted(phrases, key=len, reverse=True)
    if "" in ordered:  # matches before any non-letter: no tree
        body = "|".join(_literal(p) for p in ordered)
        return re.compile(r"(?<![a-z])(?:" + body + r")(?![a-z])")
    body = "|".join(_literal(first) + r"(?<![a-z].)" + _tree(rest) for first, rest in _by_first(ordered))
    return re.compile(r"(?:" + body + r")(?![a-z])")


def _by_first(phrases: list[str]) -> list[tuple[str, list[str]]]:
    """Phrases grouped by their first character (groups in order of first appearance),
    each with the rest of its phrases in their order."""
    groups: dict[str, list[str]] = {}
    for phrase in phrases:
        groups.setdefault(phrase[0], []).append(phrase[1:])
    return list(groups.items())


def _tree(rests: list[str]) -> str:
    """An alternation of ``rests`` (in priority order) as a tree of shared beginnings."""
    if len(rests) == 1:
        return _literal(rests[0])
    if "" in rests:  # a phrase ends here while others go on: keep this level's order as it is
        return "(?:" + "|".join(_literal(r) for r in rests) + ")"
    return "(?:" + "|".join(_literal(first) + _tree(rest) for first, rest in _by_first(rests)) + ")"


def _literal(text: str) -> str:
    """``text`` as a regex, each of its spaces standing for a run of white space."""
    return re.escape(text).replace("\\ ", r"\s+")


def any_substring(phrases: list[str]) -> re.Pattern:
    """One regex finding any of ``phrases`` anywhere (as ``phrase in text`` would, each in turn).

    Gathered by first character (``nlp.caseless.by_first_char``: the same matches), so at
    each position of a toll's window ``re`` refuses the list in one step, not one per cue."""
    return re.compile(by_first_char("|".join(re.escape(p) for p in phrases)) if phrases else r"(?!)")
