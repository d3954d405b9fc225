"""Casualty claims: how many people a report says were killed, injured, captured, missing.

Entry point of the toll reader (contract in briefs/extraction_contracts.md).  Each
sentence that mentions a status is tokenised once and read in five steps, each in its
own module under ``extract/tolls``: the counted groups (``reading``), their status
(``status``), subsets and coordination (``nesting``), whose people they are
(``groups``) and when and over what span (``scope``).  Document-level passes
(``consolidate``) then merge repeats and attach components to aggregates.  Words live
in ``data/casualties/lexicon.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from observatory.extract.clauses import FURNITURE
from observatory.extract.dates import DatesOfText, is_opening_dateline, is_photo_date
from observatory.extract.numbers import tokenize
from observatory.extract.tolls.consolidate import (
    apart,
    UPDATED_TO,
    attach_alternatives,
    attach_bodies,
    attach_components,
    attach_parts_alone,
    attach_raised,
    attach_sums,
    attach_updates,
    body_seen_among_dead,
    drop_combined,
    headline_covers,
    headline_victim_told_below,
    merge_repeats,
    more_beside,
    outsized_totals,
    raised_totals,
    unnest_outsized,
)
from observatory.extract.tolls.groups import read_groups
from observatory.extract.tolls.lexicon import PERFECT, TollLexicon, toll_lexicon
from observatory.extract.tolls.labels import listed_line, nest_lines, read_labels
from observatory.extract.tolls.nesting import drop_page_chrome, link_subsets, share_status
from observatory.extract.tolls.reading import (
    DEFINITE,
    TollReading,
    confidence,
    drop_replaced,
    read_tolls,
    same_sentence_places,
    skip_auxiliaries,
    superseding_cue,
)
from observatory.extract.tolls.recalled import mark_recalled, recalled_events
from observatory.extract.tolls.remainders import attach_remainders
from observatory.extract.tolls.role_model import settle_pool
from observatory.extract.tolls.scope import (
    carry_frames,
    frame_from_before,
    only_old_dates,
    read_scope,
    recent_tallies,
    set_aside_recalled,
    subsets_follow_totals,
)
from observatory.extract.tolls.status import read_status, status_from_subject
from observatory.models import CasualtyClaim
from observatory.nlp.caseless import CaselessPattern
from observatory.nlp.sentences import Sentence

VAGUE_WAR_SCALE = 1000  # "thousands": lower bound of a vague amount no single incident is told with
VAGUE_TALLY = 200  # "hundreds": a vague amount this large told in the perfect is a campaign's tally
TITLE_WORDS = 3  # a stored title this long that the first sentence holds marks that sentence the headline
LEAD_SENTENCES = 3  # a report's opening: its headline (or dateline) and the sentences that sum up its news
# A toll told of an event named in the sentence before ("that attack killed …").
_ANAPHOR = CaselessPattern(r"\b(?:that|the same|this|those)\s+(?:attack|strike|raid|massacre|bombing|"
                            r"assault|incident|shelling|explosion|blast|offensive|battle)s?\b")
# A page widget's count that runs into the link list: "Views 729 Related", "the end of the story. ... 85 Related".
_COUNT_BEFORE = re.compile(r"(?:\.\.\.|…|\b(?:Views|Comments|Shares|Likes|Reads))\s*(\d[\d,]*)\s*$")


class ActorFinder(Protocol):
    """What this module needs from ``kb.actors.ActorKB``."""

    def find(self, text: str, offset: int = 0) -> list: ...


@dataclass
class TollReport:
    """Every figure of a report the toll reader looked at, and the ones that became claims."""

    readings: list[TollReading]
    claims: list[TollReading]
    body_end: int


def find_casualties(text: str, sentences: list[Sentence], published: date | None,
                    actors: ActorFinder, dates: DatesOfText | None = None,
                    title: str | None = None) -> list[CasualtyClaim]:
    """The document's casualty claims, in text order, with ids ``c1``, ``c2``, …

    ``dates``: the dates of ``text`` when the caller has found them already; ``title``: the
    document's own title, when it has one."""
    return _to_models(read_report(text, sentences, published, actors, dates=dates, title=title).claims)


def read_report(text: str, sentences: list[Sentence], published: date | None,
                actors: ActorFinder, settle: bool = True, dates: DatesOfText | None = None,
                title: str | None = None) -> TollReport:
    """Read every toll of a report; keep as claims those of this report's own incidents.

    ``settle``: let the number-role model take figures out of the report's killed sum
    (off only for the script that fits that model on the rules' own output).  ``dates``:
    the section's date scan, when the caller has one (else the report is scanned here).
    ``title``: the document's title; a first sentence that holds it is the headline.
    """
    lex = toll_lexicon()
    dates = dates if dates is not None else DatesOfText(text, published)
    body_end = _body_end(text)
    found = _read_sentences(sentences, body_end, dates, published, actors, lex)
    found = _restore_superseded(found, sentences, body_end, dates, published, actors, lex)
    if any(r.status for r in found):
        mark_recalled(found, recalled_events(sentences, published, lex), lex)
    frame_from_before(found, sentences, dates, published)
    carry_frames(found)
    recent_tallies(found, dates)
    set_aside_recalled(found)
    lead_end = _lead_end(sentences)
    captions = [(m.start(), m.end(), m.group("widget") is not None) for m in FURNITURE.caption.finditer(text)]
    claims = [c for c in found if c.status and not in_background(c) and c.quantity.start < body_end
              and not vague_share(c) and not war_scale_vague(c) and not vague_beside_exact(c, found)
              and not vague_in_lead(c, found, lead_end) and not in_caption(c, captions)]
    claims = [c for c in claims if not headline_victim_told_below(c, claims)]
    raised = raised_totals(claims)
    told = claims
    claims = drop_combined(merge_repeats(claims, lex))
    attach_raised(raised, claims)
    attach_updates(claims, lex, told)
    attach_bodies(claims, lex)
    attach_components(claims)
    attach_sums(claims, lex)
    outsized_totals(claims, lex)
    attach_alternatives(claims, lex)
    attach_parts_alone(claims, lex)
    attach_remainders(claims)
    headline_covers(claims, lex, _titled(text, sentences, title))
    unnest_outsized(claims)
    subsets_follow_totals(claims)
    first_toll = min((c.quantity.start for c in claims if c.status in ("killed", "injured")), default=None)
    claims = [c for c in claims if not body_seen_among_dead(c) and not _condition_alone(c, first_toll, lex)]
    if settle:
        settle_pool(claims, len(text), published)
    return TollReport(found, claims, body_end)


def _condition_alone(cand: TollReading, first_toll: int | None, lex: TollLexicon) -> bool:
    """"The town has 12 bridges, 3 of them in critical condition", "of the 40 bakeries, 9 are in
    a critical state": a figure whose only word of harm is a condition, with no noun of people,
    no toll it is part of and no toll of the dead or wounded told before it (``first_toll``:
    where the report's first one starts), counts things, not the wounded.  "Four of them in a
    critical state" after "injured 12 others", "seven remain in critical condition" after "20
    people were wounded" tell of the people counted; "three children are in critical condition"
    names people."""
    if cand.status != "injured" or cand.head is not None or cand.parent is not None \
            or (first_toll is not None and first_toll < cand.quantity.start):
        return False
    return lex.condition_after.match(cand.tokens, skip_auxiliaries(cand.tokens, cand.desc_end, lex)) is not None


def _restore_superseded(found: list[TollReading], sentences: list[Sentence], body_end: int, dates: DatesOfText,
                        published: date | None, actors: ActorFinder, lex: TollLexicon) -> list[TollReading]:
    """The report's readings with the figures set aside as superseded that are its only count.

    "Initial reports indicated that over 40 civilians were killed": a figure a later one
    would replace is the report's toll when the report gives no later toll of its status.
    A cue's sentence is read again when its set-aside figures count dead and the report gives
    no other death toll (a wounded figure is none), or count only the living and the report
    gives no other count of theirs: "had earlier said 30 were wounded. They later put the
    number of wounded at 45" keeps the 30 aside.  Vague ones count too ("killed dozens"), but
    not a campaign's vague tally that is never a claim ("hundreds of people have been killed
    in air strikes", ``war_scale_vague``), nor dead told as more ("first counted 11 dead …
    four more died of their wounds"): those add to the first count.  Only the sentences with
    a cue are read again to learn the set-aside figures' statuses; the figures of a cue's
    sentence that is not read again stay aside in the report read again."""
    cued = [s for s in sentences if s.start < body_end and superseding_cue(s)]
    if not cued:
        return found
    told = {r.quantity.start for r in found}
    later = {r.status for r in found if r.status and not war_scale_vague(r) and not more_beside(r)}
    aside = [r for r in _read_sentences(cued, body_end, dates, published, actors, lex, keep_superseded=True)
             if r.status and r.quantity.start not in told]
    kept_aside: set[int] = set()
    restored = False
    for sentence in cued:
        statuses = {r.status for r in aside if r.sentence is sentence}
        if ("killed" in statuses and "killed" not in later) or (statuses and "killed" not in statuses
                                                                and not statuses & later):
            restored = True
        else:
            kept_aside |= {r.quantity.start for r in aside if r.sentence is sentence}
    if not restored:
        return found
    again = _read_sentences(sentences, body_end, dates, published, actors, lex, keep_superseded=True)
    return [r for r in again if r.quantity.start not in kept_aside]


def _read_sentences(sentences: list[Sentence], body_end: int, dates: DatesOfText, published: date | None,
                    actors: ActorFinder, lex: TollLexicon, keep_superseded: bool = False) -> list[TollReading]:
    """Every toll reading of the report's sentences before its link lists, in text order
    (``keep_superseded``: read the figures after "an earlier toll", "initial reports" too)."""
    found: list[TollReading] = []
    for n, sentence in enumerate(sentences):
        if sentence.start >= body_end:
            continue
        updated_at = _updated_opening(sentence, sentences[n - 1] if n else None)
        if not (lex.may_tell_toll(sentence.text) or updated_at is not None or listed_line(dates.text, sentence, lex)):
            continue
        read = _read_sentence(sentence, dates, actors, lex, found, one_line=len(sentences) == 1,
                              updated_at=updated_at, keep_superseded=keep_superseded)
        if read and n and _ANAPHOR.search(sentence.text) and only_old_dates(sentences[n - 1], published):
            for cand in read:  # "Sarin was used in 2013. … that attack killed 1429 people"
                cand.background = True
        found.extend(read)
    return found


def _titled(text: str, sentences: list[Sentence], title: str | None = None) -> bool:
    """Whether the report opens on a headline: a first line set apart by a blank line, or a
    first sentence that holds the document's own title (outlets whose copy runs the date
    line, the title and the body together: "10 May 2017 Jets kill 40 in X. Jets struck …")."""
    if not sentences:
        return False
    if text[sentences[0].end:sentences[0].end + 4].lstrip(" \t").startswith("\n"):
        return True
    words = " ".join((title or "").lower().split())
    return len(words.split()) >= TITLE_WORDS and words in " ".join(sentences[0].text.lower().split())


def in_background(cand: TollReading) -> bool:
    """A background figure, or a part of one ("60000 died in jails …; 20000 of them in one
    prison"): the part of a historic total is history too."""
    reading: TollReading | None = cand
    while reading is not None:
        if reading.background:
            return True
        reading = reading.parent
    return False


def in_caption(cand: TollReading, captions: list[tuple[int, int, bool]]) -> bool:
    """Whether ``cand``'s figure is page chrome (``clauses.FURNITURE.caption``): a share count,
    or a figure the title-case words of a caption or linked headline run on past ("… Leaves 12
    Dead", "Kill Over 40 Militants").  A title-case run that stops at the figure is the report's own
    sentence after a credit ("REUTERS Thirty people were killed"), whose toll stays."""
    q = cand.quantity
    return any(a <= q.start and (q.end + 1 < b or (count and q.end <= b)) for a, b, count in captions)


def war_scale_vague(cand: TollReading) -> bool:
    """"Air raids kill thousands": a vague figure of that size is the war's, not an incident's;
    "coalition strikes have killed hundreds of civilians": a vague tally told in the perfect
    sums a campaign, never one incident (an incident's "hundreds dead" is told in the past)."""
    if cand.count.qualifier != "vague":
        return False
    low = cand.count.low or 0
    return low >= VAGUE_WAR_SCALE or low >= VAGUE_TALLY and PERFECT.search(cand.sentence.text) is not None


def vague_share(cand: TollReading) -> bool:
    """"a few of them with serious burns", "many children among those killed", "some of
    the abductees": a vague part of a toll, or of people its status noun says were counted
    already, adds no figure of its own (a subset's number is all it would add)."""
    return cand.count.qualifier == "vague" and (cand.parent is not None or cand.partitive or _of_the_counted(cand))


def _of_the_counted(cand: TollReading) -> bool:
    """"some of the detainees", "many of the captives": a share of a definite group named by a status noun."""
    tokens, k = cand.tokens, cand.quantity.last
    if k < cand.end and tokens[k].low == "of":
        k += 1  # "some" + "of the"; "dozens of" reads its "of" as part of the amount
    if k >= cand.end or tokens[k - 1].low != "of" or tokens[k].low not in DEFINITE:
        return False
    nouns = toll_lexicon().status_nouns
    return any(nouns.match(tokens, n) for n in range(k + 1, cand.end))


_ALSO = CaselessPattern(r"\b(?:also|too|as well)\b")  # "many rebels were also killed": more people


def vague_beside_exact(cand: TollReading, readings: list[TollReading]) -> bool:
    """"wounding 13 civilians, as several civilians were hurt by shrapnel": a vague amount
    told in the sentence of an exact count with the same status of the same people is
    those people told loosely, not more of them ("18 others … dozens of others were
    injured" are more: "other" sets them apart).  A vague amount that its own parts are
    counted under ("wounded dozens, including 14 children") stays."""
    if cand.count.qualifier != "vague" or cand.combined or cand.parent is not None:
        return False
    if any(t.low in toll_lexicon().more_people for t in cand.tokens[cand.quantity.first:cand.end]):
        return False
    return not any(o.parent is cand for o in readings) and any(
        o is not cand and o.sentence is cand.sentence and o.status == cand.status and o.value is not None
        and o.parent is None and o.actor == cand.actor and o.category == cand.category for o in readings)


def vague_in_lead(cand: TollReading, readings: list[TollReading], lead_end: int) -> bool:
    """"Car bomb toll in Azaz climbs to 38. Many shoppers at the market lost their lives …": a
    vague amount told in a report's opening, where an exact count of the same status, side
    and people on the same days is told too, is that count told loosely (a caption or a
    standfirst), not more dead (a vague headline is the consolidation's: ``headline_covers``).
    A vague amount larger than every such count, one of other people ("dozens more", "many
    fighters were also killed") or of the other side ("dozens of troops were killed, while 28
    insurgents …"), one of another day, one told later in the body, where a report moves on
    to other strikes ("Elsewhere, dozens were killed"), and one told at a place the count's
    sentence does not name, stay."""
    if cand.count.qualifier != "vague" or cand.combined or cand.parent is not None \
            or cand.in_headline or cand.sentence.start >= lead_end or _ALSO.search(cand.sentence.text):
        return False
    if any(t.low in toll_lexicon().more_people for t in cand.tokens[cand.quantity.first:cand.end]):
        return False
    low = cand.count.low or 0
    return any(o is not cand and o.sentence.start < lead_end and o.status == cand.status and o.value is not None
               and o.count.qualifier != "vague" and o.parent is None and not in_background(o)
               and o.actor == cand.actor and o.category in ("unknown", cand.category)
               and (o.count.low or o.value) >= low and not apart(o, cand)
               and same_sentence_places(cand, o) for o in readings)


def _lead_end(sentences: list[Sentence]) -> int:
    """Where a report's opening (``LEAD_SENTENCES``) ends."""
    return sentences[min(LEAD_SENTENCES, len(sentences)) - 1].end if sentences else 0


def _body_end(text: str) -> int:
    """Offset where "Related" / "Read also" link lists start (tolls there are other stories),
    with the page's count of views or comments just before the list ("Views 729 Related",
    "… 85 Related"): that number is no toll of the report's last sentence."""
    for match in FURNITURE.links.finditer(text):
        if match.start() > len(text) // 3:
            count = _COUNT_BEFORE.search(text, max(0, match.start() - 24), match.start())
            return count.start(1) if count else match.start()
    return len(text)


def _read_sentence(sentence: Sentence, dates_of_text: DatesOfText, actors: ActorFinder,
                   lex: TollLexicon, earlier: list[TollReading], one_line: bool = False,
                   updated_at: int | None = None, keep_superseded: bool = False) -> list[TollReading]:
    tokens = tokenize(sentence.text, sentence.start)
    candidates = read_tolls(tokens, sentence, lex, one_line=one_line, keep_superseded=keep_superseded)
    if not candidates:
        return []
    published = dates_of_text.published
    dates = dates_of_text.within(sentence.start, sentence.end)
    candidates = [c for c in candidates if not any(  # "28 September", "48 hours" are not tolls
        d.start < c.quantity.end and c.quantity.start < d.end for d in dates)]
    for cand in candidates:
        read_status(cand, lex)
    candidates = drop_replaced(candidates)
    candidates = drop_page_chrome(candidates, lex)
    candidates = read_labels(candidates, dates_of_text.text, lex, earlier)
    link_subsets(candidates, lex, earlier)
    nest_lines(candidates, dates_of_text.text, lex, earlier)
    if updated_at is not None:
        _updated_from_before(candidates, updated_at)
    share_status(candidates, lex)
    status_from_subject(candidates, lex, earlier)
    mentions = actors.find(sentence.text, sentence.start)
    read_groups(candidates, mentions, lex)
    # "… June 6 2015 (Reuters) Two people were killed": a caption run into the lead by an
    # outlet's copy dates its picture, not the tolls after it (a toll in the caption keeps it);
    # "Headline\n\nAugust 13 2016 More than 100 civilians have been killed …": the page's
    # dateline opening the body is the day it was filed, as it is for events (context.py)
    first = candidates[0].quantity.start if candidates else sentence.end
    text = dates_of_text.text
    read_scope(candidates, [d for d in dates if (d.end > first or not is_photo_date(text, d))
                            and not is_opening_dateline(text, d)], published, lex)
    return candidates


# The sentence before tells a death toll (of whatever status its own words give the figure).
_DEATH_TOLL = CaselessPattern(r"\b(?:death\s+toll|toll\s+of|killed|dead|deaths)\b")


def _updated_opening(sentence: Sentence, previous: Sentence | None) -> int | None:
    """Where the figure of "This was later updated to 82" starts, after a sentence telling a
    death toll, or None."""
    if previous is None:
        return None
    opening = UPDATED_TO.search(sentence.text)
    if opening is None or not _DEATH_TOLL.search(previous.text):
        return None
    return sentence.start + opening.end()


def _updated_from_before(candidates: list[TollReading], at: int) -> None:
    """"The monitor gave an initial death toll of 47. This was later updated to 82": the figure
    the pronoun's toll was raised to (starting at ``at``) is a killed toll, though its own
    sentence has no word for death (the first figure, superseded, is no toll at all)."""
    for cand in candidates:
        if cand.quantity.start == at and cand.status is None and cand.parent is None:
            cand.status = "killed"


def _to_models(claims: list[TollReading]) -> list[CasualtyClaim]:
    """The claims as models, in text order, numbered ``c1``, ``c2``, ….

    Each claim is validated once as a whole, its group, count and evidence given as plain
    mappings: pydantic's validator (in Rust) then makes the nested models itself, in half
    the time four model constructors take (a 1 MB report makes some 4,000 claims)."""
    ordered = sorted(claims, key=lambda c: c.quantity.start)
    ids = {id(c): f"c{n + 1}" for n, c in enumerate(ordered)}
    out = []
    for cand in ordered:
        shown = cand.shown or cand
        start, end = shown.span()
        words = shown.sentence.text[start - shown.sentence.start:end - shown.sentence.start]
        q = cand.count
        last = cand.quantity.last
        description = cand.text_between(last, cand.desc_end) if cand.desc_end > last else ""
        out.append(CasualtyClaim.model_validate({
            "id": ids[id(cand)],
            "event": None,
            "group": {"actor": cand.actor, "category": cand.category, "nationality": cand.nationality,
                      "description": description},
            "status": cand.status,
            "count": {"value": q.value, "low": q.low, "high": q.high, "qualifier": q.qualifier,
                      "text": words if q is cand.quantity else q.text},
            "parent": ids.get(id(cand.parent)) if cand.parent is not None else None,
            "period": cand.period,
            "scope": cand.scope,
            "evidence": {"start": start, "end": end, "text": words},
            "confidence": confidence(cand),
        }))
    return out
