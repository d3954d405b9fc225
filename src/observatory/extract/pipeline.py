"""The extractor: one report's text in, one ``ExtractionResult`` out.

Everything downstream (CLI, store, evaluation, fusion, benchmarks) calls only
``Extractor.extract``.  Construction loads the actor KB, trigger lexicons and gazetteer
once; each call then scans the report with regular expressions only (no parser), which
keeps a ~330-word article in the low milliseconds.

Order of work: sentences and clauses -> actors (with document-level anaphora), places,
dates -> event candidates and control changes -> casualty claims, whose stated places
add to the events nearby -> one event per (type, place) -> each claim linked to the
event told in the same sentence.

A budget bounds the time one report may take (``Extractor(budget=seconds)``): a
pathological input (a sentence of thousands of place names, a megabyte without
punctuation) then fails alone with ``ExtractionTimeout`` instead of stalling a batch.
The extractor checks its own CPU clock between stages and sections, so the budget holds
in any thread (a Dask task, a web request); in the main thread a timer signal also
stops a stage that runs over.
Input far longer than any report (a pasted archive, a feed dump) is read in sections of
whole sentences, each extracted on its own, so the lookups that compare mentions with
each other cost time in proportion to the length, not its square.
"""

from __future__ import annotations

import bisect
import gc
import math
import os
import re
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache

from observatory.extract.casualties import find_casualties
from observatory.extract.casualty_sites import casualty_sites
from observatory.extract.context import DocContext, DocumentActors, report_day
from observatory.extract.control import find_control
from observatory.extract.dates import MULTI_DAY_TALLY_DAYS
from observatory.extract.event_actors import claimant
from observatory.extract.event_places import main_place
from observatory.extract.events import assemble_events, find_candidates
from observatory.extract.places import PlaceFinder
from observatory.extract.short_reports import is_short_report, mark_updates, unnumbered_claims
from observatory.extract.toll_events import toll_events
from observatory.kb.actors import ActorKB, default_kb
from observatory.kb.gazetteer import Gazetteer, load_gazetteer
from observatory.models import CasualtyClaim, ControlChange, Document, Event, ExtractionResult, Span
from observatory.nlp.sentences import Sentence, split_sentences

# Stored documents whose last run has another version are extracted again by `run` and `extract`
# (store.queries.pending_documents): raise it whenever the extractor's output changes.
EXTRACTOR_VERSION = "0.4.0"

DEFAULT_BUDGET_SECONDS = 5.0
"""Typical reports take milliseconds; a thousand times that is a document gone wrong."""
BUDGET_ENV = "OBSERVATORY_EXTRACT_BUDGET"
BUDGET_HINT = f"raise it with --budget or {BUDGET_ENV}; 0 turns it off"
# The first report loads lexicons lazily, and its second sentence (a control verb after two
# sides, whose subject the parse tells) the English model: 0.3 CPU s that would otherwise go
# against the budget of the first report with such a sentence.
_WARM_UP = ("On Monday, two civilians were killed when the army shelled the town of Example. "
            "Rebels pressed their attack on the army and captured Example.")

MAX_SECTION = 20_000
"""Characters per section of an overlong input; reports are a few thousand characters."""
_CLAIM_ID = re.compile(r"([A-Za-z]*)\d*")  # "e12" -> prefix "e"


class ExtractionTimeout(Exception):
    """One report used up its extraction budget; the batch records it and goes on."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"over the extraction budget of {seconds:g} s of CPU time ({BUDGET_HINT})")
        self.seconds = seconds


def extraction_budget(explicit: float | None = None) -> float | None:
    """Seconds per document: ``--budget`` > ``OBSERVATORY_EXTRACT_BUDGET`` > the default.

    0 means no budget (returns None); anything else that is not a positive number is an
    error naming where it came from.
    """
    where, raw = ("--budget", str(explicit)) if explicit is not None else (BUDGET_ENV, os.environ.get(BUDGET_ENV))
    if raw is None or raw.strip() == "":
        return DEFAULT_BUDGET_SECONDS
    try:
        seconds = float(raw)
    except ValueError:
        raise ValueError(f"{where}: {raw!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"{where}: {raw!r} is not a number of seconds >= 0")
    return seconds or None


@lru_cache(maxsize=1)
def _builtin_places() -> PlaceFinder:
    """One built-in PlaceFinder per process: the gazetteer index is the costly part."""
    return PlaceFinder(load_gazetteer())


class Extractor:
    """Build once, call ``extract`` per report.

    What it knows is what it is given: ``actors`` (default: the package's actor KB plus
    the user's ``actors.yaml``) and ``gazetteer`` (default: the built-in places only).
    It never reads a database, so the same text gives the same claims in any folder;
    callers that extract a store's documents pass that store's gazetteer.
    """

    def __init__(
        self, actors: ActorKB | None = None, gazetteer: Gazetteer | None = None, budget: float | None = None
    ) -> None:
        self.actors = actors if actors is not None else default_kb()
        self.places = PlaceFinder(gazetteer) if gazetteer is not None else _builtin_places()
        self.budget = budget
        if budget is not None:
            # The first report loads lexicons and the parser lazily (a second or two): not its cost.
            self._extract_sections(_WARM_UP, Document(id="warm-up"), NO_DEADLINE)

    def extract(self, text: str, document: Document) -> ExtractionResult:
        """Claims of one report; raises ``ExtractionTimeout`` when it takes over ``budget`` seconds."""
        if self.budget is None:
            with _rare_collections():
                return self._extract_sections(text, document, NO_DEADLINE)
        deadline = Deadline(self.budget)
        with _cpu_budget(self.budget) as expired, _rare_collections():
            result = self._extract_sections(text, document, deadline)
        if expired():  # the timeout fired inside a handler that swallowed it
            raise ExtractionTimeout(self.budget)
        return result

    def _extract_sections(self, text: str, document: Document, deadline: Deadline) -> ExtractionResult:
        """``_extract`` on the whole text, or section by section when it is overlong."""
        day = report_day(text, _published(document))
        if len(text) <= MAX_SECTION:
            return self._extract(text, document, day, deadline)
        # every section reads its dates from the day the whole report was written
        parts = [(start, self._extract(text[start:end], document, day, deadline, sentences, start == 0))
                 for start, end, sentences in _sections(text)]
        return _merge(parts, document)

    def _extract(self, text: str, document: Document, published: date | None, deadline: Deadline,
                 sentences: list[Sentence] | None = None, report_top: bool = True) -> ExtractionResult:
        """The claims of ``text`` (a report or a section of one) whose relative dates count
        from ``published``, the day the whole report was written; ``sentences``: those of
        ``text``, when the caller has split it already."""
        ctx = DocContext.build(text, published, self.actors, self.places, _published(document), sentences, report_top)
        deadline.check()
        candidates = find_candidates(ctx, self.actors, is_short_report(ctx))
        deadline.check()
        control = find_control(ctx, self.actors)
        candidates.extend(f.event for f in control if f.event is not None)
        deadline.check()
        casualties = find_casualties(text, ctx.sentences, published, DocumentActors(ctx, self.actors), ctx.dates_of_text,
                                     document.title)
        deadline.check()
        candidates.extend(casualty_sites(ctx, casualties, candidates))
        candidates.extend(toll_events(ctx, casualties, candidates))
        casualties.extend(unnumbered_claims(ctx, casualties))
        events = assemble_events(candidates, self.actors, main_place(ctx), claimant(ctx), is_short_report(ctx))
        _link_casualties(casualties, events, ctx)
        mark_updates(ctx, casualties)
        return ExtractionResult(
            document=document,
            events=events,
            casualties=casualties,
            control_changes=[f.change for f in control if f.change is not None],
        )


def _published(document: Document) -> date | None:
    return date.fromisoformat(document.published) if document.published else None


def _sections(text: str) -> list[tuple[int, int, list[Sentence]]]:
    """Runs of whole sentences of at most ``MAX_SECTION`` characters (sentences are capped),
    each with its sentences, offsets counted from the section's start.

    The text is split once: a section starts where a sentence starts and ends where one
    ends, so splitting it again finds the very sentences the whole text's split found
    there (the splitter looks no further back than a sentence's start, nor past its end)."""
    sections: list[tuple[int, int, list[Sentence]]] = []
    run: list[Sentence] = []
    for sentence in split_sentences(text):
        if run and sentence.end - run[0].start > MAX_SECTION:
            sections.append(_section(run))
            run = []
        run.append(sentence)
    if run:
        sections.append(_section(run))
    return sections


def _section(run: list[Sentence]) -> tuple[int, int, list[Sentence]]:
    """A section's bounds in the whole text and its sentences, moved to its own offsets."""
    start = run[0].start
    return start, run[-1].end, [Sentence(s.start - start, s.end - start, s.text) for s in run]


def _merge(parts: list[tuple[int, ExtractionResult]], document: Document) -> ExtractionResult:
    """One result from per-section results: offsets moved to the whole text, ids renumbered
    ("e1", "e2", … across sections) and the links between claims renumbered with them."""
    numbers: dict[str, int] = {}
    merged = ExtractionResult(document=document)

    def renumber(old: str) -> str:
        match = _CLAIM_ID.match(old)
        prefix = match.group(1) if match else ""
        numbers[prefix] = numbers.get(prefix, 0) + 1
        return f"{prefix}{numbers[prefix]}"

    def shift(span: Span, offset: int) -> Span:
        # Validated, not ``model_construct``: pydantic's validator (in Rust) makes a Span in
        # about half the time its Python ``model_construct`` takes.
        return Span(start=span.start + offset, end=span.end + offset, text=span.text)

    # The parts are this extraction's own results, read by no one else: their claims are
    # renumbered and moved in place (a ``model_copy`` of each cost twice as much).
    for offset, part in parts:
        claims: list[Event | CasualtyClaim | ControlChange] = [*part.events, *part.casualties, *part.control_changes]
        ids = {item.id: renumber(item.id) for item in claims}
        for event in part.events:
            event.id = ids[event.id]
            event.evidence = [shift(s, offset) for s in event.evidence]
        for claim in part.casualties:
            claim.id = ids[claim.id]
            claim.event = ids.get(claim.event) if claim.event else None
            claim.parent = ids.get(claim.parent) if claim.parent else None
            claim.evidence = shift(claim.evidence, offset)
        for change in part.control_changes:
            change.id = ids[change.id]
            change.evidence = shift(change.evidence, offset)
        merged.events.extend(part.events)
        merged.casualties.extend(part.casualties)
        merged.control_changes.extend(part.control_changes)
    return merged


class Deadline:
    """A CPU-time budget the extractor checks itself, between stages and sections.

    The clock is this thread's CPU time, so it works where signals cannot reach (Dask
    tasks and web requests run in worker threads) and, like the signal timer, a busy
    machine does not make a document fail.  A check only stops work between stages: a
    stage of one section (at most ``MAX_SECTION`` characters) may finish first, which
    bounds the overrun to a fraction of a second.
    """

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._end = time.thread_time() + seconds if seconds is not None else math.inf

    def check(self) -> None:
        """Raise ``ExtractionTimeout`` once the budget is used up."""
        if self.seconds is not None and time.thread_time() > self._end:
            raise ExtractionTimeout(self.seconds)


NO_DEADLINE = Deadline(None)


@contextmanager
def _cpu_budget(seconds: float) -> Iterator[Callable[[], bool]]:
    """Raise ``ExtractionTimeout`` in the running code once it has used ``seconds`` of CPU.

    CPU time, not wall time: a document fails on a busy machine exactly when it fails on
    an idle one.  A profiling timer signal interrupts pure Python and the regex engine
    alike (both check for signals), so a stage that runs over stops where it is.  Signals
    reach only the main thread; elsewhere ``Deadline``'s checks between stages enforce
    the budget.  Yields a function telling whether the budget ran out.
    """
    fired = False

    def on_timer(signum, frame) -> None:
        nonlocal fired
        fired = True
        raise ExtractionTimeout(seconds)

    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield lambda: False
        return
    previous = signal.signal(signal.SIGPROF, on_timer)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield lambda: fired
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


YOUNG_COLLECTION_THRESHOLD = 50_000
"""Allocations between collections of the youngest generation while extracting (Python's
default is 700)."""
_collections_lock = threading.Lock()
_extracting = 0  # extractions under way in this process (threads of a web worker)
_default_threshold: tuple[int, ...] = ()


@contextmanager
def _rare_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while extracting.

    Extraction allocates millions of short-lived tuples, matches and readings, nearly
    none of them in reference cycles, so at the default threshold the collector walks
    young objects every 700 allocations for nothing: about a tenth of the CPU time of a
    long report.  The threshold is raised while any extraction runs and put back when
    the last one ends; cycles are still collected, only in larger batches.
    """
    global _extracting, _default_threshold
    with _collections_lock:
        if _extracting == 0:
            _default_threshold = gc.get_threshold()
            gc.set_threshold(max(YOUNG_COLLECTION_THRESHOLD, _default_threshold[0]), *_default_threshold[1:])
        _extracting += 1
    try:
        yield
    finally:
        with _collections_lock:
            _extracting -= 1
            if _extracting == 0:
                gc.set_threshold(*_default_threshold)


def _link_casualties(claims: list[CasualtyClaim], events: list[Event], ctx: DocContext) -> None:
    """Point each claim at the event told in its own sentence (nearest evidence wins; on a
    tie the earlier event, then its earlier evidence).  A count over a period of several days
    told with an event goes to the one event dated by exactly that period, the tally its report
    tells beside a day's event (``events._tallies_beside_days``): a headline's "80 killed in X
    clashes" over the past three days is the tally's, not the day's.

    Sentences and evidence spans are looked up by offset (bisection): a long report has
    hundreds of claims, sentences and events, and comparing every claim with all of them
    grew with the square of its length."""
    starts = [s.start for s in ctx.sentences]
    spans = sorted((span.start, span.end, n, k, event.id)
                   for n, event in enumerate(events) for k, span in enumerate(event.evidence))
    span_starts = [span[0] for span in spans]
    longest = max((end - start for start, end, *_ in spans), default=0)
    for claim in claims:
        at = _told_at(claim, ctx)
        index = bisect.bisect_right(starts, at) - 1
        sentence = ctx.sentences[index] if index >= 0 else None
        if sentence is None or not sentence.start <= at < sentence.end:
            continue
        near = spans[bisect.bisect_left(span_starts, sentence.start - longest):
                     bisect.bisect_left(span_starts, sentence.end)]
        told = [(_distance(at, start, end), n, k, event_id) for start, end, n, k, event_id in near
                if sentence.start < end]
        claim.event = min(told)[3] if told else None
        if claim.event is not None and len(tallies := _tallies_of(claim, events)) == 1:
            claim.event = tallies[0]
    _subsets_join_their_parents(claims)


def _told_at(claim: CasualtyClaim, ctx: DocContext) -> int:
    """Where a claim is told: a death from wounds at where its wounds came from ("another
    farmer died of wounds | he sustained in shelling on X": the shelling's dead)."""
    at = claim.evidence.start
    origin = ctx.clause_at(at).origin if claim.status == "killed" else None
    return origin if origin is not None else at


def _distance(at: int, start: int, end: int) -> tuple[int, int]:
    """How far offset ``at`` lies from an evidence span: none inside it, and then the
    narrowest span first.  An event's evidence is its clause, so a count told in one clause
    belongs to that clause's event, not to the next clause's that starts nearer it ("arrested
    15 men in X, and another man was killed under torture": the 15 were arrested); of two
    spans that hold it, the one told closest around it."""
    return (0, end - start) if start <= at < end else (min(abs(start - at), abs(at - end)), 0)


def _tallies_of(claim: CasualtyClaim, events: list[Event]) -> list[str]:
    """The events dated by exactly the claim's period, when that is a period of several days."""
    period = claim.period
    if period is None or period.start is None or period.end is None \
            or (date.fromisoformat(period.end) - date.fromisoformat(period.start)).days + 1 < MULTI_DAY_TALLY_DAYS:
        return []
    return [e.id for e in events if e.date is not None and (e.date.start, e.date.end) == (period.start, period.end)]


def _subsets_join_their_parents(claims: list[CasualtyClaim]) -> None:
    """A subset ("45 of them fighters") is part of its parent's figure, so it belongs to the
    parent's event even when its own sentence tells another one (a period split into days,
    a later sentence's clash): linked to a second event, fusion would count it again there."""
    by_id = {claim.id: claim for claim in claims}
    for claim in claims:
        root, seen = claim, {claim.id}
        while root.parent is not None and root.parent in by_id and root.parent not in seen:
            seen.add(root.parent)
            root = by_id[root.parent]
        if root is not claim and root.event is not None:
            claim.event = root.event
