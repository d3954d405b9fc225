"""Places where a report says people died, though the sentence names no kind of event.

Reports often tell the toll of an attack they described earlier with no trigger word of
its own: "At least 12 civilians were killed in Douma on Monday", "another five people
died in Kafr Batna".  The deaths happened in an event, and the event is the kind the
report is telling about near there, so each such toll lends its place to the nearest
violent event reading of the report, with that reading's attackers; a toll told of a
list of places ("were wounded in X and Y", "shells on the neighbourhoods of X and Y")
lends each of them.  The new reading is
weak: it only adds a place to a kind of event the report states plainly; it never
creates a new kind of event.
"""

from __future__ import annotations

import re

from observatory.extract.context import DocContext
from observatory.extract.event_places import QUARTER_FEATURES, TOLL_SITE_BEFORE, may_be_site, place_list
from observatory.extract.events import Candidate
from observatory.extract.places import QUALIFIER_GAP, PlaceMention
from observatory.extract.site_words import one_of, words
from observatory.models import CasualtyClaim, Span

VIOLENT_TYPES = {"Explosions/Remote violence", "Battles", "Violence against civilians"}
_SITE_REACH = 120  # characters from the toll's words to its place
_SITE_LEAD = 40  # characters before a place read for the words introducing it as a site
# "... in X and killed dozens", "... in X, killing three": the toll's verb joined right after the site.
_JOINED_TOLL = re.compile(rf"\s*(?:,\s*(?:and\s+)?|and\s+)(?:{one_of(words('toll', 'joined_adverbs'))}\s+)?"
                          rf"{one_of(words('toll', 'joined_verbs'))}?\s*$", re.IGNORECASE)


def casualty_sites(ctx: DocContext, claims: list[CasualtyClaim], candidates: list[Candidate]) -> list[Candidate]:
    """One weak candidate per incident toll whose sentence has no event reading of its own."""
    violent = sorted((c for c in candidates if c.event_type in VIOLENT_TYPES), key=lambda c: c.trigger[0])
    if not violent:
        return []
    busy = {c.clause.sentence for c in candidates}
    out: list[Candidate] = []
    for claim in claims:
        if claim.scope == "cumulative" or claim.status not in ("killed", "injured"):
            continue
        clause = ctx.clause_at(claim.evidence.start)
        if clause.sentence in busy or ctx.in_furniture(claim.evidence.start) or ctx.is_background(clause):
            continue
        sites = toll_sites(ctx, clause.start, clause.end, claim.evidence.start)
        if not sites:
            continue
        model = _nearest(violent, claim.evidence.start)
        when, level = ctx.event_date(clause, claim.evidence.start)
        span = Span(start=clause.start, end=clause.end, text=ctx.text[clause.start:clause.end])
        attackers = model.attackers()
        out.extend(Candidate(model.sub_event_type, model.event_type, clause,
                             (claim.evidence.start, claim.evidence.end), attackers, site, when, level, weak=True,
                             confidence=0.5, evidence=[span], trigger_text=claim.evidence.text) for site in sites)
    return out


def toll_sites(ctx: DocContext, lo: int, hi: int, pos: int) -> list[PlaceMention]:
    """The toll's site and the places listed with it ("in X, Y and Z"): the people counted
    died or were hurt in all of them, so each is a site of the event.  A site that only
    says where the places before it are ("wounded when shells hit X and Y neighbourhoods in
    Aleppo city") gives way to them; a city stays beside its quarters, as for any event."""
    told = [p for p in ctx.places_in(max(lo, pos), hi) if may_be_site(ctx, p)]
    n = next((k for k, p in enumerate(told) if p.end <= pos + _SITE_REACH
              and _told_as_site(ctx, lo, p)), None)
    if n is None:
        return _site_before(ctx, lo, pos)
    site = told[n]
    if n and QUALIFIER_GAP.match(ctx.text[told[n - 1].end:site.start]):
        located = place_list(ctx.text, told[:n], n - 1)
        city = (site.place.feature or "") == "city" \
            and any((p.place.feature or "") in QUARTER_FEATURES for p in located)
        return [*located, site] if city else located
    return place_list(ctx.text, told[n:], 0)


def _site_before(ctx: DocContext, lo: int, pos: int) -> list[PlaceMention]:
    """"bombarded a tunnel in the town of X and killed dozens": a toll whose words name no
    site after them died at the site that ends the phrase the toll's verb is joined to,
    with the places listed with it.  A site followed by another verb ("a photographer in X
    saw wounded children", "gunmen positioned in X targeted Y, killing two") is where
    someone stood, not where the dead fell."""
    told = [p for p in ctx.places_in(max(lo, pos - _SITE_REACH), pos) if may_be_site(ctx, p)]
    if not told or not _JOINED_TOLL.match(ctx.text, told[-1].end, pos) \
            or not _told_as_site(ctx, lo, told[-1]):
        return []
    return place_list(ctx.text, told, len(told) - 1)


def _told_as_site(ctx: DocContext, lo: int, place: PlaceMention) -> bool:
    """The words just before ``place`` (within the clause from ``lo``) introduce it as where
    the dead fell (``TOLL_SITE_BEFORE``)."""
    return bool(TOLL_SITE_BEFORE.search(ctx.text[max(lo, place.start - _SITE_LEAD):place.start]))


def _nearest(violent: list[Candidate], pos: int) -> Candidate:
    """The violent reading told last before the toll, else the first after it."""
    before = [c for c in violent if c.trigger[0] <= pos]
    return before[-1] if before else violent[0]
