"""The extractor: one report's text in, one ``ExtractionResult`` out.

Everything downstream (CLI, store, evaluation, fusion, benchmarks) calls only
``Extractor.extract``.  Construction loads the actor KB, trigger lexicons and gazetteer
once; each call then scans the report with regular expressions only (no parser), which
keeps a ~330-word article in the low milliseconds.

Order of work: sentences and clauses -> actors (with document-level anaphora), places,
dates -> event candidates and control changes -> casualty claims, whose stated places
add to the events nearby -> one event per (type, place) -> each claim linked to the
event told in the same sentence.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from observatory.extract.casualties import find_casualties
from observatory.extract.casualty_sites import casualty_sites
from observatory.extract.context import DocContext, DocumentActors, stated_publication_date
from observatory.extract.control import find_control
from observatory.extract.event_actors import claimant
from observatory.extract.event_places import main_place
from observatory.extract.events import assemble_events, find_candidates
from observatory.extract.places import PlaceFinder
from observatory.extract.toll_events import is_short_report, toll_events
from observatory.kb.actors import ActorKB, default_kb
from observatory.models import CasualtyClaim, Document, Event, ExtractionResult

EXTRACTOR_VERSION = "0.3.1"


@lru_cache(maxsize=1)
def _default_places() -> PlaceFinder:
    """One PlaceFinder per process: the gazetteer index is the costly part."""
    return PlaceFinder()


class Extractor:
    """Build once, call ``extract`` per report."""

    def __init__(self, actors: ActorKB | None = None, places: PlaceFinder | None = None) -> None:
        self.actors = actors if actors is not None else default_kb()
        self.places = places if places is not None else _default_places()

    def extract(self, text: str, document: Document) -> ExtractionResult:
        published = date.fromisoformat(document.published) if document.published else None
        if published is None:
            published = stated_publication_date(text)
        ctx = DocContext.build(text, published, self.actors, self.places)
        candidates = find_candidates(ctx, self.actors)
        control = find_control(ctx, self.actors)
        candidates.extend(f.event for f in control if f.event is not None)
        casualties = find_casualties(text, ctx.sentences, published, DocumentActors(ctx, self.actors))
        candidates.extend(casualty_sites(ctx, casualties, candidates))
        candidates.extend(toll_events(ctx, casualties, candidates))
        events = assemble_events(candidates, self.actors, main_place(ctx), claimant(ctx), is_short_report(ctx))
        _link_casualties(casualties, events, ctx)
        return ExtractionResult(
            document=document,
            events=events,
            casualties=casualties,
            control_changes=[f.change for f in control if f.change is not None],
        )


def _link_casualties(claims: list[CasualtyClaim], events: list[Event], ctx: DocContext) -> None:
    """Point each claim at the event told in its own sentence (nearest evidence wins)."""
    for claim in claims:
        sentence = next((s for s in ctx.sentences if s.start <= claim.evidence.start < s.end), None)
        if sentence is None:
            continue
        best: tuple[int, str] | None = None
        for event in events:
            for span in event.evidence:
                if span.start < sentence.end and sentence.start < span.end:
                    distance = abs(span.start - claim.evidence.start)
                    if best is None or distance < best[0]:
                        best = (distance, event.id)
        claim.event = best[1] if best else None
