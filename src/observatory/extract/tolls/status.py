"""What happened to the counted people: killed, injured, captured or missing.

The status comes from the words touching the group: a verb or noun right before the
number ("killed 18", "the death of 128", "claimed the lives of 12"), a participle after
the group ("18 civilians were killed", "3 dead", "were among the victims"), a noun
that states it ("90 bodies"), or a toll word shortly before ("the death toll rose to
86").  When a headline strings verbs together ("kidnapped 900 executed 18") a verb
followed by its own number belongs to that number.
"""

from __future__ import annotations

from typing import Optional

from observatory.extract.dates import MONTHS, WEEKDAYS  # the month and weekday names, one home
from observatory.extract.numbers import Quantity, Token, is_number_word, read_quantity
from observatory.extract.tolls.consolidate import PARTS_REACH
from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import (
    DEFINITE, RISE_WORDS, TollReading, counts_thing, noun_follows, participle, reported_passive_end, rise_from_at,
    skip_auxiliaries,
)

_FILLERS = {"another", "a", "an", "further", "additional", "total", "of", "also", "only", "other",
            "his", "her", "their", ":", "all", "("}
# "wounding his two brothers", "killed: 12", "killing all five", "and wounded (12)" (a monitor's table)
# "as well as those killed, 160 people were injured": a bare participle after a pronoun
# names people, it is no verb whose object the number is ("those killed were 5" still is).
_NOMINAL = {"those", "these"}
BODY_REACH = 10  # words between "the body of" and the word that it was found ("was found near …")
FAR_REACH = 10  # words between a counted group and its passive predicate
_PASSIVE_AUXILIARIES = {"were", "was", "have", "has", "had", "are", "is"}
_RELATIVE = frozenset({"who", "which", "that", "where", "whom", "whose"})  # a relative clause's pronouns
_CLAUSE_ENDS = _RELATIVE | {",", ";", ":", ".", "or", "but", "while",
                "said", "says", "after", "when", "as", "including", "whereas", "because", "since", "(", ")", "-", "–", "—",
                "may", "might", "could", "would", "should"}  # "up to 33 people may have been killed": unconfirmed
# Where a far predicate's search stops: every clause end but "including", whose aside of
# bare nouns the search goes on through ("16 civilians including women were killed").
_FAR_STOPS = frozenset(_CLAUSE_ENDS - {"including"})
TOLL_REACH = 20  # tokens between "the death toll …" and its number
RISE_REACH = 32  # "the number of people killed since … on the 21st of March rises to 486"


SUBJECT_REACH = 3  # words before a sentence's subject noun: "The", "Heavy human"
SUBJECT_PHRASE = 8  # words of the subject's phrase before its verb: "The dead in the Qamishli blast are"
LIST_GAP = 6  # words between two figures of one list: ") and ISIS members ("
_GENITIVE = {"'", "’", "'s", "’s"}  # "the victims' relatives": the noun is a possessor, not the subject


def status_from_subject(candidates: list[TollReading], lex: TollLexicon, earlier: list[TollReading]) -> None:
    """"The dead in the Qamishli blast are civilians (5) and ISIS members (3)", "Heavy human
    losses, including at least 23 soldiers and 17 ISIS fighters, were reported": a sentence
    whose subject is a noun of the dead or the wounded (``status_among``: "dead", "victims",
    "losses") and whose figures no verb touches counts those people in the list that the
    subject's copula or its "including" opens — only that list: "The dead are from a family
    of 12 people", "were taken to a hospital that treats 300 patients" count no one.
    ``earlier``: the readings of the sentences before, whose total the list may break down."""
    if not candidates or any(c.status for c in candidates):
        return
    tokens, first = candidates[0].tokens, candidates[0].quantity.first
    for k in range(min(SUBJECT_REACH + 1, first, len(tokens) - 1)):
        status = lex.status_among.get(tokens[k].low)
        if status is not None and tokens[k + 1].low not in _GENITIVE:
            break
        if not _before_subject(tokens, k, lex):
            return  # "Among the dead were …" (a part of a toll told before), "Moscow reported their deaths"
    else:
        return
    shape = _opens_list(tokens, k, candidates[0], lex)
    if shape is None or _of_the_living(tokens, k, candidates[0], lex):
        return
    listed = [candidates[0]]
    for cand in candidates[1:]:
        gap = tokens[listed[-1].end:cand.quantity.first]
        if len(gap) > LIST_GAP or any(t.low in _RELATIVE or _verb(tokens, j, lex)
                                      for j, t in enumerate(gap, listed[-1].end)):
            break
        listed.append(cand)
    for cand in listed:
        if cand.value is not None and (cand.head is not None or _bracketed_count(cand, lex)) and not any(
                t.low in lex.subject_part_verbs for t in tokens[k:cand.quantity.first]):
            cand.status = status  # not "were buried in 3 mass graves" (things), nor "included 25" (a part)
    if shape != "including":
        _under_told_total(listed, earlier, announced=shape == "announced")


def _under_told_total(listed: list[TollReading], earlier: list[TollReading], announced: bool) -> None:
    """"The monitor said 33 people died. The dead are distributed as follows: 15 civilians, 11
    rebels and 6 soldiers": a subject's list breaks down the nearest total of its status told
    within ``PARTS_REACH`` before it that holds it, even when the parts fall short of it
    (monitors' breakdowns slip by one or two; "at least 33"): its groups become that total's
    parts, not a second toll.  A list that no such total holds is a toll of its own after a
    copula ("The dead are 20 civilians and 5 soldiers"), or when the report told no toll of its
    status before; announced by "as follows" after one it is too often another count of the
    same dead to be told as a second toll: it gives no claims."""
    groups = [c for c in listed if c.status and c.parent is None and c.value is not None]
    if not groups:
        return
    share, start = sum(c.value or 0 for c in groups), groups[0].sentence.start
    totals = []
    for told in reversed(earlier):
        if start - told.sentence.end > PARTS_REACH:
            break
        if told.parent is None and told.status == groups[0].status and told.value is not None:
            totals.append(told)
    total = next((t for t in totals if (t.value or 0) >= share), None)
    for cand in groups:
        if total is not None:
            cand.parent = total
        elif announced and totals:
            cand.status = None


def _opens_list(tokens: list[Token], subject: int, cand: TollReading, lex: TollLexicon) -> Optional[str]:
    """How ``cand`` opens the list the subject noun at ``subject`` is told as: right after
    its copula ("copula": "are civilians (5)", within two words; "announced": after words
    announcing a list and a mark, "are as follows:"), or after "including" set right after the
    noun ("including": "losses, including at least 23 soldiers"); None when it opens none."""
    first = cand.quantity.first
    between = [t.low for t in tokens[subject + 1:first]]
    if between and between[-1] == "including" and all(w == "," for w in between[:-1]):
        return "including"
    be = next((j for j in range(subject + 1, min(subject + SUBJECT_PHRASE, first))
               if tokens[j].low in lex.be_forms), None)
    if be is None:
        return None
    opener = lex.breakdown_openers.match(tokens, be + 1)  # "The fatalities are distributed as follows:"
    if opener is not None and opener[0] + 1 == first and tokens[opener[0]].text in lex.breakdown_marks:
        return "announced"
    copula = first - be <= 3 and not any(t.low in _RELATIVE or t.low in lex.auxiliaries for t in tokens[be + 1:first])
    return "copula" if copula else None


def _of_the_living(tokens: list[Token], subject: int, cand: TollReading, lex: TollLexicon) -> bool:
    """Whether the subject's phrase, up to the list, names a harm that leaves its victims
    alive ("The victims of the kidnapping are 4 aid workers"): the noun then tells no death."""
    return any(t.low in lex.not_lethal for t in tokens[subject + 1:cand.quantity.first])


def _before_subject(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """A word that can open a subject noun phrase: a determiner or an adjective, not a verb
    (one the lexicon knows), a pronoun or "among"."""
    return tokens[k].low.isalpha() and tokens[k].low not in lex.not_before_subject and not _verb(tokens, k, lex)


def _verb(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether token ``k`` is a verb the lexicon knows: an auxiliary, a verb of reporting
    ("Moscow reported their deaths") or a participle of a status ("killed", "wounded")."""
    return tokens[k].low in lex.auxiliaries or tokens[k].low in lex.reporting or lex.status_after.match(tokens, k) is not None


def _bracketed_count(cand: TollReading, lex: TollLexicon) -> bool:
    """"civilians (5)": a figure in brackets right after the group noun it counts."""
    first = cand.quantity.first
    return first > 1 and cand.tokens[first - 1].text == "(" and lex.group_nouns.match_ending(cand.tokens, first - 1) is not None


def read_status(cand: TollReading, lex: TollLexicon) -> None:
    """Status from the words touching the group: a verb before it or a participle after."""
    tokens, q = cand.tokens, cand.quantity
    noun = next((hit for k in range(q.last, cand.end) if (hit := lex.status_nouns.match(tokens, k))
                 and not _names_captives(tokens, k, hit, cand.end) and not _period_tally(tokens, k, lex)), None)
    before, verb_at = _status_before(tokens, q.first, lex, cand.head)
    if before and lex.singular_before.match(tokens, verb_at) is not None \
            and (cand.value != 1 or not _remains_found(tokens, verb_at, lex)):
        before = None  # "a body of 30 lawyers", "shrapnel pierced the body of a boy": no one dead
    if before and (other := _mixed(tokens, verb_at, before, lex)):
        _read_combined(cand, {before, other})  # "kill and injure 14": no figure for either status
        return
    after, adjacent, transitive = _status_after(cand, lex)
    status: Optional[str]
    if isinstance(after, frozenset):
        _read_combined(cand, after)  # "40 people died or were wounded", whatever comes before
        return
    if noun and before and noun[0] < len(tokens) and read_quantity(tokens, noun[0]) is not None:
        status = before  # "kill 83 Injured 100 gunmen": the noun is the next figure's verb
    elif before and before != "captured" and "captured" in (noun[1] if noun else None, after):
        status = before  # "IS executes 3 prisoners": the noun says who they were, the verb what befell them
    elif noun and noun[1] == "captured" and after and after != "captured":
        status = after  # "two detainees died under torture": the noun says who they were
    elif noun and not (cand.partitive and after):  # "90 bodies", "several injured civilians"
        if other := _joined_status(tokens, noun[0], noun[1], lex):
            _read_combined(cand, {noun[1], other})  # "12 dead and wounded": one figure for both
            return
        status = noun[1]  # but "4 of the wounded died": the verb, not the partitive, tells
    elif after and not before:
        status = after
    elif after and adjacent and not transitive:  # "11 killed 25 injured": 25 were injured
        status = after
    elif after and not transitive and _passive(tokens, verb_at, lex):  # "were killed 31 were wounded"
        status = after
    else:  # "kidnapped 900 executed 18": "executed" belongs to the 18
        before, verb_at = (before, verb_at) if before else _animals_verb(cand, lex)
        status = before or _toll_before(tokens, q.first, lex)
        cand.verb_at = verb_at if before else None
    if status == "missing" and before == "missing" and not _fate_unknown(cand, verb_at, lex):
        status = None
    if status:
        cand.status, cand.own_status = status, True
    elif cand.head is not None and cand.tokens[cand.end - 1].low in lex.combined_nouns:
        _read_combined(cand, {"killed", "injured"})  # "shelling caused 12 casualties"


def _remains_found(tokens: list[Token], verb_at: int, lex: TollLexicon) -> bool:
    """Whether "the body of" at ``verb_at`` has a word of finding or handing over near it
    ("was found", "handed over"): the living have bodies too ("burns covered the body of a
    woman who survived"), and only remains that are found or handed on tell a death."""
    return any(lex.body_found.match(tokens, k) is not None
               for k in range(max(0, verb_at - BODY_REACH), min(len(tokens), verb_at + BODY_REACH)))


def _fate_unknown(cand: TollReading, verb_at: int, lex: TollLexicon) -> bool:
    """"the fate of 200 soldiers is unknown" is a missing toll; "decide the fate of 3000
    fighters" is not: a fate noun needs the sentence to call that fate unknown."""
    if cand.tokens[verb_at].low not in lex.fate_nouns:
        return True
    after = cand.sentence.text[cand.tokens[verb_at].end - cand.sentence.start:].lower()
    return lex.fate_unknown.search(after) is not None


def _passive(tokens: list[Token], verb_at: int, lex: TollLexicon) -> bool:
    """"19 people were killed 31 were wounded" (outlets that drop commas): a participle after
    a form of "be" ends its clause and takes no object, so the number after it is the
    subject of the next predicate, not the participle's object ("have killed 31" is)."""
    return verb_at > 0 and tokens[verb_at - 1].low in lex.be_forms


def _mixed(tokens: list[Token], verb_at: int, status: str, lex: TollLexicon) -> Optional[str]:
    """Another status verb joined to the one before the number ("killed and wounded 14")."""
    k = verb_at - 1
    if k >= 0 and tokens[k].low in ("and", "or", "&", "/", ","):
        k -= 1
    other = lex.status_before.match_ending(tokens, k + 1) if k >= 0 else None
    if other is not None and (other[1], status) == ("captured", "killed") and not tokens[other[0]].low.endswith("ed"):
        return None  # "capture and kill more than 10 members": the headline's plan, its figure the dead
    return other[1] if other is not None and other[1] != status else None


def _read_combined(cand: TollReading, statuses: frozenset[str] | set[str]) -> None:
    """"Shelling kills and injures 14 people": one figure for two statuses gives neither a
    figure, but it does say that people were killed.  A stated figure becomes a killed
    claim with no value of its own, at most the combined figure, so a one-line report keeps
    its toll and its event while the killed total adds nothing; vague amounts stay unread."""
    q = cand.quantity
    if "killed" not in statuses or q.value is None or not q.value:
        return
    cand.status, cand.own_status, cand.combined = "killed", True, True
    cand.count = Quantity(q.first, q.last, q.start, q.end, q.text, None, None, q.high, "vague")


def _status_before(tokens: list[Token], first: int, lex: TollLexicon,
                   head: Optional[str]) -> tuple[Optional[str], int]:
    """Status of a verb or noun just before the number, and the index where it starts; none
    when the verb is only threatened, planned or guessed ("vowed to kill 10 soldiers").
    ``head``: the figure's noun of people; only with one is "its" a filler ("killing its two
    pilots", not "The jet lost its 2 engines", "IS lost its 3 oil fields"), and after a verb of
    loss only with fighters ("The faction lost its 3 commanders", not "The town lost its 12000
    inhabitants who fled": a place loses its people alive)."""
    start = first
    if first > 1 and tokens[first - 1].low == "of" and tokens[first - 2].low in lex.collectives:
        start = first - 2  # "killing its crew of three", "killed a family of five"
    k = start
    fillers = _FILLERS | {"its"} if head is not None or start < first else _FILLERS  # "its crew of three"
    if start < first and start > 0 and tokens[start - 1].low in lex.collective_wholes:
        k, fillers = start - 1, fillers | {"the"}  # "killed an entire family of six", "the whole crew of three"
    while k > 0 and start - k < 3 and tokens[k - 1].low in fillers:
        k -= 1
    for end in sorted({first, k}, reverse=True):
        hit = lex.status_before.match_ending(tokens, end)
        if hit and not (hit[0] == end - 1 and hit[0] and tokens[hit[0] - 1].low in _NOMINAL):
            if lex.unrealised_before.match_ending(tokens, hit[0]) is not None or _labelled_passive(tokens, hit, end):
                return None, first
            if end < first and tokens[hit[0]].low in lex.loss_verbs and lex.category(head) != "combatants" \
                    and any(t.low == "its" for t in tokens[end:start]):
                return None, first
            return hit[1], hit[0]
    return None, first


ANIMAL_REACH = 4  # tokens from an animal noun back to its figure ("dozens of heads of cattle")


def _animals_verb(cand: TollReading, lex: TollLexicon) -> tuple[Optional[str], int]:
    """The verb before animals listed ahead of the people, for people with no status of their
    own ("killed 40 sheep and two shepherds near X"): theirs too when their phrase closes the
    clause, not when a verb of their own follows ("killed 12 cows and 3 farmers lost their harvest")."""
    tokens, first, end = cand.tokens, cand.quantity.first, cand.desc_end
    start = _past_animals(tokens, first, lex)
    if start == first or end < len(tokens) and tokens[end].low not in lex.no_object_after:
        return None, first
    return _status_before(tokens, start, lex, cand.head)


def _past_animals(tokens: list[Token], start: int, lex: TollLexicon) -> int:
    """Where a list's verb may stand for the people listed after animals ("killed 40 sheep and
    two shepherds", "killed 25 goats, a shepherd"): before the animals' figures, which are no
    casualties of their own, so the verb passes on to the next item."""
    k = start
    while k > 1 and tokens[k - 1].low in ("and", ","):
        noun = k - 2 if tokens[k - 2].low != "," else k - 3  # ", and"
        if noun < 1 or tokens[noun].low not in lex.animals:
            break
        figure = next((n for n in range(noun - 1, max(-1, noun - ANIMAL_REACH - 1), -1)
                       if (q := read_quantity(tokens, n)) is not None and q.last <= noun), None)
        if figure is None:
            break
        k = figure
    return k


def _labelled_passive(tokens: list[Token], hit: tuple[int, str], end: int) -> bool:
    """"At least 18 people were wounded: 10 children and 8 women", "left 14 people killed: 9
    soldiers …": a participle after a word and before a colon is the predicate of the group
    before it, whose breakdown the colon opens, not the verb of the figure after it (a table's
    label opening its line or set after a comma is: "killed: 12, injured: 30")."""
    colon = next((j for j in range(hit[0], end) if tokens[j].text == ":"), None)
    return colon is not None and hit[0] > 0 and tokens[hit[0] - 1].low[-1].isalnum()


def _status_after(cand: TollReading, lex: TollLexicon) -> tuple[Optional[str | frozenset[str]], bool, bool]:
    """Status from a participle after the group: (status, touches the group, has an object);
    the two statuses when two are joined ("died or were wounded")."""
    tokens = cand.tokens
    k, skipped_aux = _skip_aside(tokens, cand.desc_end), False
    start = k
    while k < len(tokens) and k - start < 5:
        low = tokens[k].low
        if low in lex.auxiliaries:
            skipped_aux = True
        elif not (low in lex.adverbs or low in (",", "who", "which", "that", "more")
                  or (low.endswith("ly") and len(low) > 4)):
            break
        k += 1
    k = reported_passive_end(tokens, start, k, lex)  # "were reported killed"
    hit = lex.status_after.match(tokens, k)
    if hit is not None and (past := _past_modifier(tokens, k, hit, lex)) is not None:
        k = skip_auxiliaries(tokens, past, lex)  # "3 prisoner escorts were shot dead"
        skipped_aux = any(tok.low in lex.auxiliaries for tok in tokens[past:k])
        hit = lex.status_after.match(tokens, k)
    if hit is None and k + 2 < len(tokens) and skipped_aux and tokens[k].low.endswith("ed") \
            and tokens[k + 1].low == "and":
        hit = lex.status_after.match(tokens, k + 2)  # "were targeted and killed", "were tortured and executed"
    if hit is not None and k and tokens[k - 1].low in ("who", "that") and tokens[k].low == "lives":
        hit = None  # "a lawyer who lives in the town": the verb, not the noun
    if hit is None and (hit := _among(tokens, k, lex)) is not None:
        cand.among_the = tokens[k + 1].low in DEFINITE  # "among the dead", "among their dead": a toll already told
        cand.among_day = _day_owned(tokens[k + 1].low)
    far = hit is None and cand.head is not None
    if far:
        hit = _far_predicate(tokens, k, lex)  # "About 30 civilians in the town of X have been killed"
    if hit is None or hit[0] < len(tokens) and tokens[hit[0]].text == ":" and not (skipped_aux or k == cand.desc_end):
        return None, False, False  # "killed: 12, injured: 30": a label of the figure after it, not "12 killed: …"
    end, status = hit
    if other := _joined_status(tokens, end, status, lex):
        return frozenset((status, other)), False, False
    transitive = not skipped_aux and end < len(tokens) and _starts_object(tokens, end)
    if transitive and cand.head in ("fighters", "soldiers", "police"):
        return None, False, False  # "two gunmen killed 5 people": the group did the killing
    adjacent = not far and all(t.low in (",", "more") for t in tokens[cand.desc_end:k])  # a far one never touches
    return status, adjacent, transitive


def _past_modifier(tokens: list[Token], k: int, hit: tuple[int, str], lex: TollLexicon) -> Optional[int]:
    """Where to look for the status when a captivity noun only says who the people are:
    after the noun phrase when it modifies the noun after it ("two prisoner escorts were
    shot", "a captive pilot's family"), after the noun when a predicate of another status
    follows it ("two prisoners were executed").  A participle ("5 kidnapped aid workers")
    does say what befell them, so only nouns are read so."""
    end, status = hit
    if status != "captured" or end != k + 1 or tokens[k].low.endswith("ed") or end >= len(tokens):
        return None
    n = end
    while n < len(tokens) and n - end < 4 and (tokens[n].text in ("'", "’") or _noun_word(tokens, n, lex)):
        n += 1
    if n > end:
        return n
    k = skip_auxiliaries(tokens, end, lex)  # "two prisoners were executed": the verb tells what befell them
    then = lex.status_after.match(tokens, k) if k > end else None
    return end if then is not None and then[1] != status else None


def _names_captives(tokens: list[Token], k: int, hit: tuple[int, str], end: int) -> bool:
    """"two detainees' guards", "hostage families": a captivity noun inside the counted
    group, before its head, says whose the people are, not that they were taken."""
    return hit[1] == "captured" and hit[0] < end and not tokens[k].low.endswith("ed")


def _noun_word(tokens: list[Token], n: int, lex: TollLexicon) -> bool:
    """A plain word that can go on a noun phrase: no status word, auxiliary, adverb or clause word."""
    low = tokens[n].low
    return low.isalpha() and low not in _CLAUSE_ENDS and low not in _PASSIVE_AUXILIARIES \
        and low not in lex.auxiliaries and low not in lex.adverbs and low not in lex.phrase_enders \
        and low not in _STOP_AFTER and not lex.status_after.match(tokens, n) \
        and not lex.status_before.match(tokens, n)


_STOP_AFTER = frozenset({"in", "on", "at", "by", "from", "to", "of", "with", "near", "into", "for", "and",
                         "during", "inside", "the", "a", "an", "s"})


def _joined_status(tokens: list[Token], end: int, status: str, lex: TollLexicon) -> Optional[str]:
    """A second, different status joined to the participle ("died or were wounded"), or
    set right after it as headlines do ("40 gunmen killed, wounded", "Killed Injured")."""
    if end >= len(tokens):
        return None
    if tokens[end].low in ("or", "and", "&", "/"):
        k = skip_auxiliaries(tokens, end + 1, lex)
        other = lex.status_after.match(tokens, k)
        if other is not None and other[1] != status and k < end + 4:  # "wounded or were still missing"
            return other[1]
        return None
    k = end + 1 if tokens[end].low == "," else end
    other = lex.status_after.match(tokens, k)
    if other is not None and other[1] != status and (  # not "3 killed, 20 injured"
            other[0] >= len(tokens) or read_quantity(tokens, other[0]) is None):
        return other[1]
    return None


_DAYS = frozenset(WEEKDAYS) | {"today", "yesterday"}


def _day_owned(word: str) -> bool:
    """"among Tuesday's dead", and "among Tuesdays dead" as outlets that drop apostrophes write it."""
    return word.removesuffix("'s").removesuffix("’s").removesuffix("s") in _DAYS


def _among(tokens: list[Token], k: int, lex: TollLexicon) -> Optional[tuple[int, str]]:
    """"among Friday's victims", "among the dead": status from the noun after "among"."""
    if k >= len(tokens) or tokens[k].low not in ("among", "amongst"):
        return None
    for n in range(k + 1, min(k + 4, len(tokens))):
        status = lex.status_among.get(tokens[n].low)
        if status:
            return n + 1, status
    return None


_COMMA_ASIDE = {"most", "mostly", "many", "all", "including", "among", "mainly", "some", "both"}


def _far_predicate(tokens: list[Token], k: int, lex: TollLexicon) -> Optional[tuple[int, str]]:
    """A passive predicate a few words after the counted group ("30 civilians in the besieged
    town of Kafr Batna have been killed", "22 civilians mostly farmers and shepherds were
    killed", "16 civilians including women and children were killed" as outlets that drop
    commas write it): an auxiliary then a status participle, with no clause boundary, figure
    or other verb of status between.  "including" opens no clause there: a figure after it
    ("including 5 children") is a subset read on its own, and stops the search.  A predicate
    that takes no object ("nine members of the Syrian Democratic Forces went missing", "died",
    "lost their lives") needs no auxiliary, but only before any "and": in "two rebels stormed
    the post and the guard died" the death is another subject's.  After an aside that says who
    the people are ("14 civilians most of them children and women killed by raids", "9 persons
    including a council official killed in a blast", as headlines drop the auxiliary) a bare
    participle is the group's predicate too, when no object follows it (a preposition, "as"
    or the end comes next): "30 rebels mostly from X killed regime soldiers" tells their deed."""
    joined = False
    aside = any(0 <= n < len(tokens) and tokens[n].low in _COMMA_ASIDE for n in (k - 1, k))  # "mostly" was skipped as an adverb
    for n in range(k, min(k + FAR_REACH, len(tokens))):
        low = tokens[n].low
        if low in _PASSIVE_AUXILIARIES:  # before the status words: "were shot" is one, "were shot dead" longer
            return lex.status_after.match(tokens, skip_auxiliaries(tokens, n, lex))
        if not joined and (hit := lex.intransitive_after.match(tokens, n)) is not None:
            return hit
        if aside and n > k and (participle(low) or low in lex.aside_bare) \
                and (hit := lex.status_after.match(tokens, n)) is not None:
            return hit if hit[0] >= len(tokens) or tokens[hit[0]].low in lex.no_object_after else None
        if low in _FAR_STOPS or low[:1].isdecimal() or is_number_word(low) \
                or lex.status_before.match(tokens, n) or lex.status_after.match(tokens, n):
            return None
        joined = joined or low in ("and", "&")
    return None


def _skip_aside(tokens: list[Token], k: int) -> int:
    """Index after an aside between dashes or brackets ("forces - who include … - were")
    or commas ("17 people, most of them civilians, were killed")."""
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low in _COMMA_ASIDE:
        return next((n + 1 for n in range(k + 2, min(k + 10, len(tokens))) if tokens[n].text == ","), k)
    if k >= len(tokens) or tokens[k].text not in ("-", "–", "—", "("):
        return k
    closing = ")" if tokens[k].text == "(" else tokens[k].text
    for n in range(k + 1, min(k + 30, len(tokens))):
        if tokens[n].text == closing:
            return n + 1
    return k


def _starts_object(tokens: list[Token], i: int) -> bool:
    return tokens[i].low in ("a", "an", "the", "at", "more", "dozens", "several") or \
        read_quantity(tokens, i) is not None


def _toll_before(tokens: list[Token], first: int, lex: TollLexicon) -> Optional[str]:
    """A running count shortly before the number: "the death toll from the bombing rose to
    86", "the number of people killed by the strikes since dawn rose to 16"."""
    rising = first and tokens[first - 1].low in RISE_WORDS or first > 1 and tokens[first - 1].low == "to" \
        and any(t.low in RISE_WORDS for t in tokens[max(0, first - RISE_REACH):first - 1])  # "raises the number … to 55"
    reach = RISE_REACH if rising else TOLL_REACH
    between: Optional[str] = None  # another status named between the toll word and the number
    named: set[str] = set()  # every status the words between a "number of" and the figure name
    counted = rising or first > 0 and tokens[first - 1].low == "at"  # "rose to 400", "stands at 3,000": the count's own figure
    for k in range(first - 1, max(-1, first - reach), -1):
        low = tokens[k].low
        if low in lex.toll_nouns:
            return between or "killed"
        other = lex.status_nouns.match(tokens, k)
        if between is None and other is not None and other[1] != "killed":
            between = other[1]  # "put the death toll at six and the number of injured at 28"
        if other is not None and not _heads_phrase(tokens, other[0], lex):
            other = None  # "the number of martyrs' widows", "martyrs families": others are counted
        if (told := other or lex.status_after.match(tokens, k)) is not None and told[1] != "captured":
            named.add(told[1])
        if counted and low == "number" and tokens[k + 1].low == "of" \
                and (k == 0 or tokens[k - 1].low != "a"):
            head = lex.status_after.match(tokens, k - 1) if k else None  # "the number of victims"
            return _counted(named | {head[1]} if head and head[1] != "captured" else named)
        if low[0].isdecimal() and not _in_date(tokens, k) and not _counts_things(tokens, k, lex) \
                and not rise_from_at(tokens, k) or low in (".", ";"):
            return None  # another figure; "on the 21st of March 2016", "in 24 hours" are no toll
        if rising and (hit := lex.status_after.match(tokens, k) or _number_of(tokens, k, first, lex)) is not None:
            return hit[1]  # "the number killed … rose to 16"; "more martyrs raise the number to 12"
    return None


def _counted(named: set[str]) -> Optional[str]:
    """The status a "number of" phrase counts when it rises to or stands at the figure: the
    head of a count bounds it, so a status told before it is another clause's ("two were
    killed, and the number of displaced rose to 400"), and one that names no status, or both
    dead and wounded, counts no one toll ("the number of displaced stands at 3,000").  Any
    other figure after it is no count of the phrase ("the number of deaths was one of the
    highest", "a number of residents said").  Captives are left out, as in ``_number_of``."""
    return next(iter(named)) if len(named) == 1 else None


def _number_of(tokens: list[Token], k: int, first: int, lex: TollLexicon) -> Optional[tuple[int, str]]:
    """A status noun whose count is raised: after "number of" ("raising the number of (its)
    martyrs to 21"), as the subject of the rise ("more martyrs rises to 11"), or before a
    "number" that names no people of its own ("more martyrs raise their number in Telmens to
    16").  Otherwise the noun is what was moved ("30 bodies were brought to one hospital"), or
    another count's ("more bodies … raise the number of casualties to 440").  After "number
    of" the noun must head its phrase ("the number of martyrs' mothers", "of detainees freed in
    the deal" count others).  Captives are left out: a rise in their number may be of those set
    free; and "killings" risen is a period's tally unless a day of its own is told."""
    hit = lex.status_nouns.match(tokens, k)
    if hit is None or hit[1] == "captured" or _period_tally(tokens, k, lex):
        return None
    before = [t.low for t in tokens[max(0, k - 3):k]]
    of_number = (before[-2:] == ["number", "of"] or before[-3:-1] == ["number", "of"] and before[-1] in DEFINITE) \
        and _heads_phrase(tokens, hit[0], lex)
    subject = k + 1 < first and tokens[k + 1].low in RISE_WORDS
    bare_number = any(tokens[n].low == "number" and tokens[n + 1].low != "of" for n in range(k + 1, first - 1))
    return hit if of_number or subject or bare_number else None


def _heads_phrase(tokens: list[Token], end: int, lex: TollLexicon) -> bool:
    """Whether the noun ending before ``end`` heads its phrase: no possessive mark, participle
    or other noun after it ("martyrs' graves", "detainees freed", "martyrs families")."""
    if end >= len(tokens):
        return True
    low = tokens[end].low
    return low not in _GENITIVE and not participle(low) and (low in RISE_WORDS or not noun_follows(tokens, end, lex))


def _period_tally(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """Whether the status noun at ``k`` ("killings") sums a period's deeds: its sentence names
    a period or a rise ("312 killings in March 2018", "killings this week", "rose to 40") and no
    day of its own ("on Tuesday", "yesterday"), so it is a tally, not one incident's toll."""
    if tokens[k].low not in lex.tally_nouns:
        return False
    period = any(t.low in lex.tally_periods or t.low in _MONTHS or _in_date(tokens, n) and t.low.isdecimal()
                 for n, t in enumerate(tokens))
    day = any(t.low in WEEKDAYS or lex.tally_days.match(tokens, n) for n, t in enumerate(tokens))
    return period and not day


def _counts_things(tokens: list[Token], k: int, lex: TollLexicon) -> bool:
    """"the number killed in 24 hours … to 45": a figure of hours or vehicles is no other toll."""
    return counts_thing(tokens, k + 1, lex)


_MONTHS = frozenset(MONTHS) - {"may"}  # beside a figure, "may" is the verb ("20 may have died")


def _in_date(tokens: list[Token], k: int) -> bool:
    """Whether the number at ``k`` is a day or a year ("the 21st of March", "March 21, 2017")."""
    low = tokens[k].low
    if low.isdecimal() and len(low) == 4 and 1990 <= int(low) <= 2040:
        return True
    near = [t.low for t in tokens[max(0, k - 1):k + 3]]
    if "/" in near[:3]:
        return True  # "1/7/2012"
    return bool(set(near) & _MONTHS) or k + 1 < len(tokens) and tokens[k + 1].low in ("st", "nd", "rd", "th")
