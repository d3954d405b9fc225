"""Subsets and coordination between the tolls of a sentence.

"including 50", "among them 10", "(19 children)", "six of them" and "among the dead"
make a toll a subset of another (``parent``), never added to it; "and" joins tolls
that share a verb ("three girls and a soldier died").  Status then flows along
these links: a subset without a verb takes its parent's, a parent whose verb comes
after its list of subsets takes theirs.
"""

from __future__ import annotations

import re
from itertools import chain

from observatory.extract.tolls.lexicon import TollLexicon
from observatory.extract.tolls.reading import TollReading, skip_auxiliaries
from observatory.kb.gazetteer import load_gazetteer
from observatory.kb.gazetteer.cues import COMPASS
from observatory.nlp.tokens import Token

_ADDING = {("along", "with"), ("together", "with"), ("well", "as"), ("addition", "to")}
_NEW_CLAUSE = {"said", ".", ";", "while", "whereas", "meanwhile"}


def link_subsets(candidates: list[TollReading], lex: TollLexicon, earlier: list[TollReading]) -> None:
    """Mark subsets ("including N", "N of them") and "and"-coordinated groups.

    ``earlier``: the readings of the sentences before, in text order; those with a status
    are the tolls told before.  Only the last of them (of a status) is ever asked for, so
    they are found walking back from the end, not by filtering every earlier reading
    for each sentence (a long report has thousands).
    """
    previous = _last_told(earlier)
    for n, cand in enumerate(candidates):
        before = candidates[n - 1] if n else None
        cand.antecedent = before
        tokens, first = cand.tokens, cand.quantity.first
        nested_word = lex.nesting_before.match_ending(tokens, first)
        if nested_word is None and first > 1 and tokens[first - 1].text == ",":
            nested_word = lex.nesting_before.match_ending(tokens, first - 1)  # "Of those killed, seven"
        if nested_word is None and first and tokens[first - 1].text == "(":
            group = _group_before_bracket(cand, candidates, lex)
            if group is None or before is not None and before.end == first - 1:
                nested_word = (first - 1, "(")  # "23 civilians (8 women)", "dozens of gunmen (52)"
            else:  # "including children (4)": nested as the group it counts
                nested_word = lex.nesting_before.match_ending(tokens, group[0])
        if nested_word is None and before is not None and _opens_breakdown(before, cand, lex):
            nested_word = (first - 1, cand.tokens[first - 1].text)  # "killed 20 people in Idlib: 11 civilians, ..."
        if nested_word is None and before is not None:
            nested_word = _nested_through_list(before, cand, lex)
        if before is not None and nested_word is not None and nested_word[0] >= before.end:
            cand.parent = before
        elif before is None and nested_word is not None and previous is not None:
            # "… killed 23 people. The dead included 9 children.": the last toll of the
            # subset's own status ("killed 502 and injured 2600. Among those killed were …")
            same = _last_told(earlier, cand.status) if cand.status else None
            if same is not None and same.value is None and same is not previous:
                same = None  # "have claimed hundreds of lives": a vague tally told earlier holds no listed part
            if same is not None and _running(same):
                same = _incident_before(earlier, cand) or same  # "The war has claimed 300,000 lives" neither
            if same is not None or not cand.status or previous.status == cand.status:
                cand.parent = _top_of(same or previous)  # not "killed 23 … The wounded included 5"
        elif lex.nesting_after.match(tokens, cand.quantity.last):
            cand.parent = before or (previous if previous and previous.status else None)
        elif cand.among_day:
            # "… adding that a medic was among Friday's dead": the day's whole toll, which
            # the report leads with, not the last figure told before it.
            cand.parent = next((c for c in chain(earlier, candidates[:n]) if c.status == cand.status
                                and c.parent is None and c.value is not None), None)
        elif cand.among_the:
            # "… killed seven and injured dozens. A child was among the dead": the last toll
            # of its own status, not the injured told just before.
            joined = _joined_among(before, cand, lex)
            here = [c for c in candidates[:n - 1 if joined else n] if c.status == cand.status]
            last = here[-1] if here else (_last_told(earlier, cand.status) if cand.status else None)
            cand.parent = _top_of(last) if last is not None else None
            if joined and before is not None and cand.parent is not None \
                    and (before.value or 0) <= (cand.parent.value or 0):
                before.parent = cand.parent  # "… gave the same toll: 14 children and a teacher were among those killed"
        elif before is not None and (part_of := _place_part(before, cand, lex)) is not None:
            cand.coordinated = part_of is not before  # a sibling part: the parts never merge
            cand.parent = part_of  # "killed 20 people, 12 in Douma": a part even when the parts overshoot
        elif before is not None and _kind_of(before, cand, lex):
            cand.parent = before  # "killed 12 people, 5 children and 2 women"
        elif before is not None and (_coordinated(before, cand, lex) or _listed(candidates, n - 1)
                                     or _listed_on(before, cand, candidates[:n], lex)):
            cand.coordinated = True
            placed = _placed(before) and _placed(cand)  # "12 in Douma and 10 in Harasta": parts by place
            placed = placed or _kinds_after_total(before, cand, lex)  # "20 civilians, 8 children and 15 women"
            placed = placed or _in_breakdown(before, cand, candidates[:n], lex)  # "20 people: 11 civilians, ... 14 soldiers"
            # "including 5 children and 2 women"; one level up when the list nested a part of a
            # part first: "46 people, including 12 civilians, among them 3 children, and 20 soldiers"
            cand.parent = next((p for p in (before.parent, before.parent.parent if before.parent else None)
                                if p is not None and _fits_under(p, cand, candidates[:n], lex, placed)), None)
            if before.parent is not None and _beyond_breakdown(before, cand, candidates[:n], lex):
                cand.parent, cand.antecedent = None, before.parent  # "… – and 9 more": more of the 14 people, not women
    _among_totals(candidates, lex)


def _opens_breakdown(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """"Clashes killed 20 people: 11 civilians, 5 rebels and 4 soldiers", "the toll rose to 20 –
    11 civilians and 9 soldiers", "killed 40 people in Manbij on Monday: 25 …": a colon or dash
    after a total opens its breakdown; the first group after it (no status of its own, no more
    than the total) is a part, and the list goes on from it; a group of more people ("12 others
    remain under the rubble", "4 more bodies") is not.  A first group with a verb of its own is
    a part only after a total whose own predicate the mark follows, told again for it ("In total
    25 people died: 10 civilians drowned and 15 migrants froze"), not after "killed 9 civilians
    in Idlib: 4 fighters were killed in Hama"."""
    return _set_after(before, cand, lex) == "marked" and cand.head is not None \
        and (not cand.own_status or cand.status == before.status and _predicate_marked(before, cand, lex)) \
        and before.value is not None and cand.value is not None and cand.value <= before.value \
        and not _more_people(cand, lex)


def _predicate_marked(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """Whether the mark before ``cand`` follows right on the status predicate of the total
    ``before`` ("25 people died:", "18 people were wounded –")."""
    own = lex.status_after.match(before.tokens, skip_auxiliaries(before.tokens, before.desc_end, lex)) \
        if before.own_status else None
    return own is not None and own[0] == cand.quantity.first - 1


def _more_people(cand: TollReading, lex: TollLexicon) -> bool:
    """"9 more in Taftanaz", "another 5", "12 others remain under the rubble": people beyond a
    total and its breakdown, no part of them."""
    return any(t.low in lex.more_people for t in cand.tokens[cand.quantity.first - 1:cand.end])


BREAKDOWN_REACH = 8  # words of a place, a day or "as follows" between a total and the mark opening its parts


def _set_after(before: TollReading, cand: TollReading, lex: TollLexicon) -> str | None:
    """How ``cand`` is set after the total ``before``: "joined" when nothing or a comma stands
    between the two ("killed 12 people, 5 children and 2 women"); "marked" when a mark
    (``breakdown_marks``: a colon or a dash) stands before it, after the total's words, its own
    predicate ("18 people were wounded:") and at most a phrase of place or time or a phrase
    announcing a list (``breakdown_openers``: "on Thursday, distributed as follows:"); None
    otherwise.  A comma, another mark, a clause word, a status or a nesting word in the phrase
    ends the total's clause: what the mark opens is no breakdown of it."""
    tokens, first = cand.tokens, cand.quantity.first
    if before.sentence is not cand.sentence or first < before.end:
        return None
    if [t.low for t in tokens[before.end:first]] in ([], [","]):
        return "joined"
    if not first or tokens[first - 1].text not in lex.breakdown_marks:
        return None
    end = first - 1
    if (opener := lex.breakdown_openers.match_ending(tokens, end)) is not None:
        end = opener[0] - 1 if tokens[opener[0] - 1].text == "," else opener[0]
    start = skip_auxiliaries(tokens, before.desc_end, lex)
    own = lex.status_after.match(tokens, start) if before.own_status else None
    start = own[0] if own is not None else before.desc_end  # "18 people were wounded in Homs:"
    return "marked" if end - start <= BREAKDOWN_REACH and not any(
        t.low in _NEW_CLAUSE or t.text == "," or t.text in lex.breakdown_marks
        or lex.status_before.match(tokens, j) or lex.status_after.match(tokens, j)
        or lex.nesting_before.match(tokens, j) for j, t in enumerate(tokens[start:end], start)) else None


def _in_breakdown(before: TollReading, cand: TollReading, earlier: list[TollReading], lex: TollLexicon) -> bool:
    """``before`` belongs to a breakdown a colon or dash opened and ``cand`` goes on with it:
    the list goes on under the same total even when its parts overshoot it (a slip, as with
    parts by place), up to its end (``_beyond_breakdown``)."""
    first = _breakdown_opened(before, earlier, lex)
    return first is not None and not _beyond_breakdown(before, cand, earlier, lex)


def _breakdown_opened(before: TollReading, earlier: list[TollReading], lex: TollLexicon) -> TollReading | None:
    """The first part of the breakdown a colon or dash opened that ``before`` belongs to, if any."""
    total = before.parent
    first = next((c for c in earlier if c.parent is total), None) if total is not None else None
    return first if first is not None and total is not None and _opens_breakdown(total, first, lex) else None


def _beyond_breakdown(before: TollReading, cand: TollReading, earlier: list[TollReading], lex: TollLexicon) -> bool:
    """Whether ``cand`` comes after the end of the breakdown ``before`` belongs to: after a
    second mark closing it, or counting more people ("killed 14 people in Binnish – 6 children,
    5 women – and 9 more in Taftanaz": the 9 are a toll of their own)."""
    first = _breakdown_opened(before, earlier, lex)
    return first is not None and (_more_people(cand, lex) or any(
        t.text in lex.breakdown_marks for t in cand.tokens[first.quantity.first:cand.quantity.first]))


def _listed_on(before: TollReading, cand: TollReading, earlier: list[TollReading], lex: TollLexicon) -> bool:
    """"The army lost 32 soldiers – 7 officers, 25 conscripts": after a part of a breakdown a
    mark opened, a group set after a comma (or after nothing: outlets that drop commas, "as
    follows: 82 gunmen 154 civilians"), with no status of its own, is one more part (lists
    drop their "and")."""
    return before.words_to(cand) in ([], [","]) and cand.head is not None and not cand.own_status \
        and _in_breakdown(before, cand, earlier, lex)


def drop_page_chrome(candidates: list[TollReading], lex: TollLexicon) -> list[TollReading]:
    """"… killing at least 31 soldiers (1734)", a view counter, a footnote "[12]": a bare
    figure alone in brackets, with no group, status word or "of them" of its own, is the
    page's, not a toll (and never a subset of the toll before it).  "(19 children)", "(five
    dead)" and "(12 of them children)" tell their own people and stay, and so does a
    bracket that gives the figure of the words just before it, as monitors' tables do: a
    status word ("and wounded (14)", whose status ``read_status`` reads across the
    bracket) or a group no other figure counts ("including women (3)", "dozens of gunmen
    (52)"), whose people the figure counts."""
    kept = []
    for cand in candidates:
        tokens, first, last = cand.tokens, cand.quantity.first, cand.quantity.last
        if cand.head is None and not cand.own_status and not cand.partitive and 0 < first \
                and tokens[first - 1].text in _OPENING and last < len(tokens) and tokens[last].text in _CLOSING:
            group = _group_before_bracket(cand, candidates, lex)
            if group is None:
                continue  # chrome
            cand.head = group[1]
        kept.append(cand)
    return kept


def _group_before_bracket(cand: TollReading, candidates: list[TollReading],
                          lex: TollLexicon) -> tuple[int, str] | None:
    """Where the group noun just before the bracket that opens ``cand``'s figure starts, and
    its class, when no other figure of the sentence counts that group ("children (4)", not
    "23 civilians (8)")."""
    first = cand.quantity.first
    if first < 2 or cand.tokens[first - 1].text not in _OPENING:
        return None
    group = lex.group_nouns.match_ending(cand.tokens, first - 1)
    if group is None or any(c.end == first - 1 and c.value is not None for c in candidates):
        return None
    return group


_OPENING, _CLOSING = {"(", "["}, {")", "]"}
LIST_GAP = 6  # words between a nesting word and a figure listed after figureless groups


def _nested_through_list(before: TollReading, cand: TollReading, lex: TollLexicon) -> tuple[int, str] | None:
    """"killing 18 people, including children and two nurses": a figure that closes a list of
    groups opened by a nesting word is a subset too, though a group without a figure stands
    between them.  Only bare groups may stand there: no figure, verb or new clause."""
    tokens, first = cand.tokens, cand.quantity.first
    if not first or tokens[first - 1].low not in _LIST_JOINS:
        return None
    for k in range(first - 1, max(before.end, first - LIST_GAP) - 1, -1):
        found = lex.nesting_before.match_ending(tokens, k)
        if found is not None and found[0] >= before.end:
            if found[1].split()[0] in _SHARE_WORDS:
                return None  # "52 fighters, most of them foreigners, and 9 soldiers": an aside
            between = tokens[k:first]
            plain = not any(t.low in _NEW_CLAUSE or any(ch.isdigit() for ch in t.low) for t in between)
            verbless = not any(lex.status_before.match(tokens, j) or lex.status_after.match(tokens, j)
                               for j in range(k, first))
            return found if plain and verbless and k < first - 1 else None
    return None


_LIST_JOINS = {"and", ","}
# "most of them", "many of whom": a share told in words describes its total; a figure
# after it is no part of a list it opened.
_SHARE_WORDS = {"most", "many", "some", "all", "half", "several", "majority"}


def _last_told(earlier: list[TollReading], status: str | None = None) -> TollReading | None:
    """The last earlier reading with a status (``status`` when given)."""
    return next((c for c in reversed(earlier) if c.status and (status is None or c.status == status)), None)


def _incident_before(earlier: list[TollReading], cand: TollReading) -> TollReading | None:
    """The last toll of ``cand``'s status told for an incident, not a war-wide or running tally,
    when ``cand`` fits in it: "killed 12 rebels on Monday. The war has claimed 300,000 lives.
    Those killed included 3 commanders" lists the 12, not the war's dead."""
    found = next((c for c in reversed(earlier) if c.status == cand.status and not _running(c)
                  and c.value is not None), None)
    top = _top_of(found).value if found is not None else None
    return found if top is not None and cand.value is not None and cand.value <= top else None


def _running(cand: TollReading) -> bool:
    """A war-wide or running tally: background to the report, or cumulative in scope."""
    return cand.scope == "cumulative" or cand.background


_AMONG = {"among", "amongst"}
_AMONG_GAP = {"were", "was", "are", "is", "also", "reportedly", "all", "among", "amongst"}


def _among_totals(candidates: list[TollReading], lex: TollLexicon) -> None:
    """"4 children among 15 dead", "three women and two rescuers were among 11 people
    killed": the groups told before "among N" are parts of the N."""
    for n, total in enumerate(candidates):
        first = total.quantity.first
        if n == 0 or not first or total.tokens[first - 1].low not in _AMONG:
            continue
        last = candidates[n - 1]
        past = skip_auxiliaries(total.tokens, last.desc_end, lex)  # "were said to be", "were reported"
        gap = [t.low for t in total.tokens[past:first]]
        if last.parent is not None or first == last.desc_end or any(w not in _AMONG_GAP for w in gap):
            continue
        k = n - 1
        while k > 0 and candidates[k].coordinated and candidates[k - 1].parent is None:
            k -= 1
        for part in candidates[k:n]:
            part.parent = total


def _top_of(cand: TollReading) -> TollReading:
    """The total a toll is part of, however deep; the walk stops at a parent met before, as
    ``scope.subsets_follow_totals`` does (passes that nest on their own may close a cycle)."""
    met = {id(cand)}
    while cand.parent is not None and id(cand.parent) not in met:
        cand = cand.parent
        met.add(id(cand))
    return cand


def _fits_under(parent: TollReading, cand: TollReading, earlier: list[TollReading], lex: TollLexicon,
                placed: bool = False) -> bool:
    """Whether a toll listed after a subset is another subset of the same total.

    "30 killed, including 2 soldiers and 28 other people" lists parts of the 30; "19
    killed including six children outside Saraqeb and another 23 in Ehsim" does not —
    "another" says so, and so do parts that would add up to more than the total, unless
    they are bare figures by place (``placed``), which the grammar alone makes parts: an
    outlet's breakdown that overshoots is a slip, not a second toll.  Fighters listed after
    a part of civilians that is itself a part go one level up ("31 dead: 12 civilians including
    3 children, 9 fighters ...": the fighters are the 31's, not the civilians').
    """
    gap = {t.low for t in cand.tokens[max(0, cand.quantity.first - 3):cand.quantity.first]}
    if "another" in gap or "further" in gap:
        return False
    if parent.parent is not None and lex.category(parent.head) == "civilians" \
            and cand.tokens[cand.end - 1].low in lex.armed_nouns:
        return False  # the list goes on one level up, in the civilians' own total
    if placed or parent.value is None or cand.value is None:
        return True
    siblings = sum(c.value or 0 for c in earlier if c.parent is parent)
    return siblings + cand.value <= parent.value


def _coordinated(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """Joined by "and" with no verb of its own between ("… Saraqeb and another 23").

    "…, along with 11 Kurdish fighters" adds a group to the clause before it however far
    its verb is; "while"/"whereas" open a new clause, so what follows is never a part.
    """
    first, last = before.desc_end, cand.quantity.first
    gap = before.words_to(cand)
    if tuple(gap[-2:]) in _ADDING or gap[-1:] == ["alongside"]:
        return True
    joined = "and" in gap or "well" in gap or "plus" in gap
    return joined and len(gap) <= 12 and not any(w in _NEW_CLAUSE for w in gap) and not any(
        lex.status_before.match(cand.tokens, k) or lex.status_after.match(cand.tokens, k)
        for k in range(first, last)) and not _number_of_between(gap)


def _number_of_between(gap: list[str]) -> bool:
    """"killed nine and raised the number of schools destroyed to 12": a figure after "the
    number of" is that phrase's count, of whatever it names (tolls/status.py, _counted), never
    one more group of the toll before it."""
    return any(a == "number" and b == "of" for a, b in zip(gap, gap[1:]))


def share_status(candidates: list[TollReading], lex: TollLexicon) -> None:
    """A subset without a verb takes its parent's status; a parent takes its subsets'."""
    for _ in range(3):
        for n, cand in enumerate(candidates):
            if cand.status:
                continue
            if cand.parent is not None and cand.parent.status:
                cand.status = cand.parent.status
            elif cand.coordinated and n and candidates[n - 1].status:
                cand.status = candidates[n - 1].status
            elif n and (gapped(candidates[n - 1], cand) or place_listed(candidates[n - 1], cand, lex)):
                cand.status = candidates[n - 1].status
            elif n + 1 < len(candidates) and candidates[n + 1].status and (
                    candidates[n + 1].coordinated or _and_between(cand, candidates[n + 1])):
                cand.status = candidates[n + 1].status  # "three girls and a soldier died"
                if candidates[n + 1].among_the and cand.parent is None:
                    cand.parent = candidates[n + 1].parent  # "12 children and 5 women were among the dead"
        for cand in candidates:
            parent = cand.parent
            if cand.status and parent is not None and not parent.status:
                parent.status = cand.status


def _joined_among(before: TollReading | None, cand: TollReading, lex: TollLexicon) -> bool:
    """"14 children and a teacher were among those killed": the figure joined by a bare "and"
    before a group "among" a toll told earlier is a part of that toll too, not the toll the
    second group is among, unless a verb of its own gives it ("killed 14 and a child was
    among the dead" is ungrammatical; "strikes killed 14" tells a toll of its own)."""
    return before is not None and before.parent is None and _and_between(before, cand) \
        and lex.status_before.match_ending(before.tokens, before.quantity.first) is None


def _and_between(cand: TollReading, after: TollReading) -> bool:
    """"Twelve children and five women were among those killed": two groups joined by a bare
    "and" share the predicate told after the second."""
    return after.sentence is cand.sentence and cand.words_to(after) in (["and"], [",", "and"])


PART_GAP = 6  # words of a place name between two parts of a breakdown by place


def _place_part(before: TollReading, cand: TollReading, lex: TollLexicon) -> TollReading | None:
    """The total a bare figure set before a place is a part of, or None: "shelling killed 20
    people, 12 in Douma" (right after the total, a comma between) and "including 9 in
    Salihin 8 in Ansari" (right after another such part, its place the only words between:
    the part's total, when it has one)."""
    tokens, k = cand.tokens, cand.quantity.first
    if not _placed(cand) or before.sentence is not cand.sentence:
        return None
    gap = [t.low for t in tokens[before.end:k]]
    if gap == [","] and before.status and before.parent is None and before.head is not None:
        return before
    placed = _placed(before) and before.parent is not None
    if not placed or len(gap) > PART_GAP or any(w in _NEW_CLAUSE or w == "and" for w in gap) or any(
            lex.status_before.match(tokens, j) or lex.status_after.match(tokens, j) for j in range(before.end, k)):
        return None
    return before.parent


def _kind_of(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """"killed 12 people, 5 children and 2 women among them", "killing 20 civilians 7 children
    and 4 women": a kind of person set right after a total of people (nothing or a comma
    between) is a part of it, when it fits, not another group of a list.  A kind told with
    another status ("killed 14 civilians, 3 children were also wounded") is other people; a
    status told once after the list ("15 civilians 3 children killed") is both figures'."""
    return _set_after(before, cand, lex) == "joined" and before.parent is None \
        and (before.status is None or cand.status in (None, before.status)) \
        and before.head is not None and lex.category(before.head) in lex.total_kinds \
        and lex.category(cand.head) in lex.kinds and before.value is not None \
        and cand.value is not None and cand.value < before.value  # not "a father a mother and a son"


def _kinds_after_total(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """"killed 20 civilians, 8 children and 15 women": kinds listed right after a total are
    its breakdown, kept under it even when they overshoot (a slip, as with parts by place)."""
    return before.parent is not None and cand.head is not None and lex.category(cand.head) in lex.kinds \
        and _kind_of(before.parent, before, lex)


def _placed(cand: TollReading) -> bool:
    """A bare figure set before a place ("12 in Douma"): a part of a breakdown by place."""
    return cand.head is None and cand.end < len(cand.tokens) and cand.tokens[cand.end].low in _GAP_FOLLOWERS


def _listed(candidates: list[TollReading], n: int) -> bool:
    """"a wounded man a young girl and three boys were killed": outlets that drop commas run
    a list's groups together; a group set right before another (nothing or a comma between),
    in a run whose last two groups are joined by "and", shares the run's predicate."""
    k = n
    while k + 1 < len(candidates) and candidates[k].head is not None \
            and candidates[k + 1].sentence is candidates[k].sentence \
            and candidates[k].words_to(candidates[k + 1]) in ([], [","]):
        k += 1  # "9 fighters of the factions, 12 civilians and 4 soldiers": a group's of-phrase is its own
    return k > n and k + 1 < len(candidates) and _and_between(candidates[k], candidates[k + 1])


_GAP_FOLLOWERS = {"in", "at", "near", "on", "inside", "outside", "around", "from", "across"}


def gapped(before: TollReading, cand: TollReading) -> bool:
    """"Five were killed in Saqba and one in Harasta", "… around Shadadi and another five
    outside Kobane": a bare figure after "and" (or "and another") followed by a place phrase
    repeats the verb of the clause before it (gapping)."""
    k = cand.quantity.first
    return before.status is not None and before.sentence is cand.sentence \
        and k > 0 and after_and(cand.tokens, k) and _placed(cand)


def after_and(tokens: list[Token], k: int) -> bool:
    """Whether the figure at ``k`` follows "and" or "and another" ("and another six in Y")."""
    return tokens[k - 1].low == "and" or (k > 1 and tokens[k - 1].low == "another" and tokens[k - 2].low == "and")


def place_listed(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """"Warplanes killed 4 civilians in Binnish, 6 in Sarmin and 3 in Taftanaz": a bare
    figure after a comma that closes the place phrase of the group told right before it
    repeats that group's verb too, as ``gapped`` does after "and": a list of the dead place
    by place."""
    k = cand.quantity.first
    return before.status is not None and before.sentence is cand.sentence and k > 0 \
        and cand.tokens[k - 1].low == "," and _placed(cand) and _place_listed(before, cand, lex) \
        and not _own_predicate(cand, lex)


def _own_predicate(cand: TollReading, lex: TollLexicon) -> bool:
    """"Shelling killed 4 civilians in Douma, 9 in Harasta were wounded": a verb after the
    figure's place phrase, before the next comma or "and", tells its own status."""
    for tok_at in range(cand.end, min(cand.end + PART_GAP + 2, len(cand.tokens))):
        if cand.tokens[tok_at].low in _LIST_BREAKS or cand.tokens[tok_at].low in _NEW_CLAUSE:
            return False
        if cand.tokens[tok_at].low in lex.auxiliaries or lex.status_after.match(cand.tokens, tok_at) is not None:
            return True
    return False


def _place_listed(before: TollReading, cand: TollReading, lex: TollLexicon) -> bool:
    """Whether only the place phrase of ``before`` (after its own predicate, if it has one:
    "were killed in Kafranbel") and a comma stand between it and ``cand`` ("4 civilians in
    Binnish, 6 in Sarmin"): no other verb, no "and", no new clause.  A wide area ("in Idlib
    province, 9 in Ariha") or a name the next place repeats ("in Aleppo, 9 in Aleppo city")
    holds the next place: that figure is a part, not one more."""
    tokens = cand.tokens
    start = skip_auxiliaries(tokens, before.desc_end, lex)
    predicate = lex.status_after.match(tokens, start)
    start = predicate[0] if predicate is not None else before.end
    gap = tokens[start:cand.quantity.first - 1]
    if not gap or gap[0].low not in _GAP_FOLLOWERS or len(gap) > PART_GAP + 1 or any(
            t.low in _NEW_CLAUSE or t.low in _LIST_BREAKS or t.low in lex.wide_areas for t in gap) or any(
            lex.status_before.match(tokens, j) or lex.status_after.match(tokens, j)
            or lex.nesting_before.match(tokens, j) for j in range(start, cand.quantity.first)):
        return False
    names = {t.low for t in gap[1:] if t.text[:1].isupper()}
    return _named_place_after(cand, lex) and _unpossessed(tokens[cand.end + 1].low) not in names \
        and not _holds(_name_at(tokens, start + 1, lex), _name_at(tokens, cand.end + 1, lex))


def _unpossessed(low: str) -> str:
    """"saqba's" -> "saqba": a part of a place named by its possessive is in that place."""
    return low.removesuffix("'s").removesuffix("’s")


def _name_at(tokens: list[Token], k: int, lex: TollLexicon) -> str:
    """The place name starting at token ``k``: its run of capitalised words and name
    particles ("eastern Ghouta" from its compass word on, "Deir ez-Zor", "al-Mayadin")."""
    end = k
    while end < len(tokens) and (tokens[end].text[:1].isupper() or tokens[end].low.startswith("al-")
                                 or tokens[end].low in lex.name_particles or end == k and _BEARING.fullmatch(tokens[end].low) is not None):
        end += 1
    return " ".join(_unpossessed(t.text) for t in tokens[k:end])


_BEARING = re.compile(COMPASS + "(?:ern)?")  # "eastern Ghouta": a region's name may open on its bearing
_WIDE_FEATURES = {"country": "country", "admin1": "admin1", "region": "admin1", "admin2": "admin2"}


def _holds(wide: str, part: str) -> bool:
    """Whether the gazetteer has a country, governorate, region or district called ``wide``
    that holds a place called ``part`` ("12 people in Idlib, 10 in Khan Sheikhoun", "in
    eastern Ghouta, 12 in Douma", "in Syria, 8 in Idlib"): that figure is a part of the
    first, not a place listed beside it.  A town beside a town ("in Douma, 9 in Harasta") is not."""
    if not wide or not part:
        return False
    gazetteer = load_gazetteer()
    parts = [c.place for c in gazetteer.lookup(part)]
    for area in (c.place for c in gazetteer.lookup(wide)):
        level = _WIDE_FEATURES.get(area.feature)
        if level is not None and any(p.id != area.id and getattr(p, level) == getattr(area, level) for p in parts):
            return True
    return False


def _named_place_after(cand: TollReading, lex: TollLexicon) -> bool:
    """"6 in Sarmin", "5 near al-Bab": the figure's phrase names a place, not a time or a
    manner ("7 on Tuesday", "4 in the morning", "3 in the fighting")."""
    tokens, k = cand.tokens, cand.end
    if k + 1 >= len(tokens) or tokens[k].low not in lex.place_prepositions:
        return False
    name = tokens[k + 1]
    return name.text[:1].isupper() or name.low.startswith("al-")


_LIST_BREAKS = {"and", ",", "of"}  # "and": the list's end; "of them": a part
