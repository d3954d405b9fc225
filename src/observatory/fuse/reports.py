"""A report the extractor found no event in can still belong to an incident.

Casualty bulletins ("More casualties raise regime's death toll to 12 Kafr Sousa") and
dated place lines ("January 9th 2017: Sahl al Tawil village, southern Raqqa governorate")
name a place, a day and often a toll, but no trigger word.  Such a report
becomes one document-level member of type ``REPORT_TYPE``: its place is the finest place
it names (a name the gazetteer lacks keeps the governorate named beside it), its date the
first calendar date it states (else its publication day and the day before), and its
figures every casualty count it gives.  Matching treats its type as unknown, so only
place, date, toll and wording decide where it goes.
"""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date

from observatory.extract.actor_mentions import organisation_spans
from observatory.extract.event_places import COARSE_FEATURES, displaces_seat, is_reference, speaker_sits
from observatory.extract.places import PlaceFinder, PlaceMention, lent_governorate
from observatory.extract.short_reports import stated_date
from observatory.fuse.features import (
    GENERIC_ACTORS, REPORT_TYPE, EventFeatures, ReviewRef, casualty_figures, casualty_period, content_words,
    features_from_event, normalise_text, place_fields, publication_window, wording_facts,
)
from observatory.models import DateRange, ExtractionResult, Place, Span
from observatory.nlp.sentences import split_sentences

_GOVERNORATE_FEATURES = frozenset({"admin1", "governorate"})
_COUNTRY_PRECISION = 6  # "Syria" alone says nothing about where


def report_place(text: str, places: PlaceFinder) -> tuple[Place, Span] | None:
    """The finest place the report names and where it names it, outside organisation
    names and reference phrases."""
    masked = organisation_spans(text)
    mentions = [
        m for m in places.find(text, split_sentences(text))
        if all(m.end <= a or m.start >= b for a, b in masked) and not is_reference(text, m)
    ]
    # A speaker's seat ("a source in X told") is the report's place only when it names no other site.
    if any(displaces_seat(text, m) for m in mentions):
        mentions = [m for m in mentions if not speaker_sits(text, m)]
    if not mentions:
        return None
    governorate = next((m for m in mentions if (m.place.feature or "") in _GOVERNORATE_FEATURES), None)
    fine = [m for m in mentions if (m.place.feature or "") not in COARSE_FEATURES]
    # A place on the map beats a name the gazetteer lacks, even one lent its governorate's point.
    located = sorted((m for m in fine if m.place.lat is not None), key=lambda m: lent_governorate(m.place))
    if located:
        return _found(located[0])
    # Of unresolved names, one typed by its own words ("... village") beats a bare fragment.
    fine.sort(key=lambda m: m.place.feature is None)
    if fine and governorate is not None:
        return _within(fine[0], governorate.place), _span(text, fine[0].start, fine[0].end)
    if fine:
        return _found(fine[0])
    if governorate is not None:
        return _found(governorate)
    areas = [m for m in mentions if (m.place.precision or 7) < _COUNTRY_PRECISION]
    return _found(min(areas, key=lambda m: m.place.precision or 7)) if areas else None


def _found(mention: PlaceMention) -> tuple[Place, Span]:
    return mention.place, Span(start=mention.start, end=mention.end, text=mention.mention)


def _span(text: str, start: int, end: int) -> Span:
    return Span(start=start, end=end, text=text[start:end])


def _within(mention: PlaceMention, governorate: Place) -> Place:
    """A name the gazetteer lacks, kept with the governorate named beside it (no coordinates)."""
    return Place(
        name=mention.place.name, mention=mention.mention, admin1=governorate.admin1 or governorate.name,
        country=governorate.country, feature=mention.place.feature,
    )


@dataclass(frozen=True)
class ReportFacts:
    """What matching reads from an event-less report's text (the store keeps it per report)."""

    place: Place | None
    stated: DateRange | None  # the date the report states; None: dated by publication
    wording: str  # normalised text, as long as matching compares
    evidence: tuple[Span, ...] = ()  # where the text names the place and the date


def read_report(text: str, published: date | None, places: PlaceFinder) -> ReportFacts:
    """Read the finest place, the stated date and the wording of a report."""
    place = report_place(text, places)
    stated = stated_date(text, published)
    evidence = tuple(sorted((found[1] for found in (place, stated) if found is not None), key=lambda s: s.start))
    return ReportFacts(
        place[0] if place else None, stated[0] if stated else None, normalise_text(text)[:600], evidence
    )


def report_features(
    facts: ReportFacts,
    *,
    key: Hashable,
    document: Hashable,
    published: date | None,
    figures: frozenset[tuple[str, int]] = frozenset(),
    dead: frozenset[str] = frozenset(),
    source: str | None = None,
) -> EventFeatures:
    """The document-level member of a report without events."""
    place = facts.place
    start, end, precision = _dates(facts.stated, published)
    return EventFeatures(
        key=key,
        document=document,
        source=source,
        event_type=REPORT_TYPE,
        sub_event_type=REPORT_TYPE,
        start=start,
        end=end,
        precision=precision,
        **place_fields(place),
        text=facts.wording,
        words=content_words(facts.wording),
        figures=figures,
        dead=dead - GENERIC_ACTORS,  # "civilians" name no side a strike could not have killed
        ref=report_ref(document, place.name if place else None),
        **vars(wording_facts(facts.wording)),
    )


def report_ref(document: Hashable, place_name: str | None) -> ReviewRef:
    """A report member's identity for review decisions (it survives re-extraction and rebuilds)."""
    return ReviewRef(document, REPORT_TYPE, place_name)


def _dates(stated: DateRange | None, published: date | None) -> tuple[date | None, date | None, int | None]:
    """The stated date, else (like an undated event) the publication day and the day before."""
    if stated is not None and stated.start:
        start = date.fromisoformat(stated.start)
        return start, date.fromisoformat(stated.end) if stated.end else start, stated.precision
    return publication_window(published)


def report_members(
    result: ExtractionResult,
    text: str,
    *,
    document: Hashable,
    published: date | None,
    places: PlaceFinder,
    source: str | None = None,
) -> list[EventFeatures]:
    """What one extracted report brings to clustering: its events with their figures, or
    one report member when it has none.  Keys are ``(document, event id)``."""
    if not result.events:
        figures = casualty_figures(result.casualties, None)
        facts = read_report(text, published, places)
        dead = frozenset(c.group.actor for c in result.casualties if c.status == "killed" and c.group.actor)
        return [report_features(facts, key=(document, REPORT_TYPE), document=document, published=published,
                                figures=figures, dead=dead, source=source)]
    whole_report = len(result.events) == 1  # unattached figures belong to a report's only event
    return [
        features_from_event(
            event, key=(document, event.id), document=document, published=published, source=source,
            figures=casualty_figures(result.casualties, None if whole_report else event.id),
            period=casualty_period(result.casualties),
        )
        for event in result.events
    ]
