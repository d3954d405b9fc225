"""Report members in the store: event-less reports read once, kept in ``incident_reports``.

A document whose current extraction run holds no event claim takes part in clustering
as one report member (``fuse.reports``).  Reading its place and stated date needs the
text and the gazetteer, so that is done once per extraction run and kept in the row;
loading an incident's members later rebuilds the matching features from the row and
the current casualty figures (after reviewers' corrections).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.extract.places import PlaceFinder
from observatory.fuse.claim_figures import report_figures
from observatory.fuse.features import EventFeatures
from observatory.fuse.reports import ReportFacts, read_report, report_features, report_ref
from observatory.fuse.review import ReviewState
from observatory.fuse.store_io import DocInfo, chunks, document_info
from observatory.models import DateRange, Place, Span
from observatory.store.queries import current_runs
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import IncidentReport

REJECTED = {"rejected": True}


def report_key(document_id: int) -> tuple[str, int]:
    """The clustering key of a document's report member (event claims use their row ids)."""
    return ("report", document_id)


@lru_cache(maxsize=1)
def shared_places() -> PlaceFinder:
    """A place finder on the configured store's gazetteer (built on first use: its index is costly)."""
    return PlaceFinder()


def event_less_runs(session: Session, document_ids: Sequence[int] | None) -> dict[int, int]:
    """Document id -> current run id, for documents whose current run found no event."""
    found: dict[int, int] = {}
    batches = [None] if document_ids is None else list(chunks(document_ids))
    for batch in batches:
        runs = current_runs(batch).subquery()
        query = (
            select(runs.c.document_id, runs.c.run_id)
            .outerjoin(EventClaim, EventClaim.run_id == runs.c.run_id)
            .group_by(runs.c.document_id, runs.c.run_id)
            .having(func.count(EventClaim.id) == 0)
        )
        found.update({document_id: run_id for document_id, run_id in session.execute(query)})
    return found


def documents_needing_reports(session: Session) -> set[int]:
    """Event-less documents not yet read for their current run, and documents whose
    report member a re-extraction superseded."""
    current = event_less_runs(session, None)
    stored = {doc: run for doc, run in session.execute(select(IncidentReport.document_id, IncidentReport.run_id))}
    pending = {document_id for document_id, run_id in current.items() if stored.get(document_id) != run_id}
    return pending | {document_id for document_id in stored if document_id not in current}


def drop_stale_reports(session: Session, document_ids: Sequence[int], relink: bool) -> set[int]:
    """Delete report members of these documents that are no longer current (all of them
    when re-linking after a review decision); returns the incidents they left."""
    current = event_less_runs(session, document_ids)
    touched: set[int] = set()
    for batch in chunks(document_ids):
        for row in session.scalars(select(IncidentReport).where(IncidentReport.document_id.in_(batch))):
            if relink or current.get(row.document_id) != row.run_id:
                if row.incident_id is not None:
                    touched.add(row.incident_id)
                session.delete(row)
    session.flush()
    return touched


def store_pending_reports(session: Session, document_ids: Sequence[int], state: ReviewState) -> set[int]:
    """Read and store a report row for each event-less document of these without one;
    returns the documents whose new member is to be clustered (a reviewer rejected the others).

    Rows are written a chunk at a time with no incident yet, so a large batch is not held in
    memory; fusion places each one (``incident_id``, score, reasons) once it is clustered.
    """
    runs = event_less_runs(session, document_ids)
    stored: set[int] = set()
    for batch in chunks(sorted(runs)):
        stored |= set(session.scalars(select(IncidentReport.document_id).where(IncidentReport.document_id.in_(batch))))
    waiting: set[int] = set()
    for batch in chunks(sorted(set(runs) - stored)):
        infos = document_info(session, batch)
        texts = select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(batch))
        for document_id, text in session.execute(texts):
            info = infos.get(document_id)
            row = _row(document_id, runs[document_id], read_report(text, info.published if info else None, shared_places()))
            if report_ref(document_id, row.place_name) in state.rejected:
                row.reasons = dict(REJECTED)
            else:
                waiting.add(document_id)
            session.add(row)
        session.flush()
    return waiting


def waiting_reports(
    session: Session, document_ids: Sequence[int], state: ReviewState
) -> dict[int, tuple[IncidentReport, EventFeatures | None]]:
    """Document id -> its stored report row and matching features (None if rejected)."""
    rows = list(session.scalars(select(IncidentReport).where(IncidentReport.document_id.in_(list(document_ids)))))
    infos = document_info(session, document_ids)
    figures = report_figures(session, document_ids, state)
    return {
        row.document_id: (row, row_features(row, infos.get(row.document_id), *figures[row.document_id], state))
        for row in rows
    }


def loaded_reports(session: Session, incident_ids: Sequence[int], state: ReviewState) -> dict[int, list[EventFeatures]]:
    """Incident id -> features of its report members (for new claims to be matched against),
    in document order: the order members are scored in never rests on the database's plan."""
    rows: list[IncidentReport] = []
    for batch in chunks(incident_ids):
        rows += session.scalars(
            select(IncidentReport).where(IncidentReport.incident_id.in_(batch)).order_by(IncidentReport.document_id)
        )
    documents = [row.document_id for row in rows]
    infos = document_info(session, documents)
    figures = report_figures(session, documents, state)
    members: dict[int, list[EventFeatures]] = defaultdict(list)
    for row in rows:
        features = row_features(row, infos.get(row.document_id), *figures[row.document_id], state)
        if features is not None and row.incident_id is not None:
            members[row.incident_id].append(features)
    return members


def row_features(
    row: IncidentReport, info: DocInfo | None, figures: frozenset[tuple[str, int]], dead: frozenset[str],
    state: ReviewState,
) -> EventFeatures | None:
    """Matching features of a stored report member; None if a reviewer rejected it."""
    facts = row_facts(row)
    ref = report_ref(row.document_id, facts.place.name if facts.place else None)
    if ref in state.rejected:
        return None
    return report_features(
        facts, key=report_key(row.document_id), document=row.document_id,
        published=info.published if info else None, figures=figures, dead=dead,
        source=info.source if info else None,
    )


def row_facts(row: IncidentReport) -> ReportFacts:
    """The place, stated date and wording kept in a report row."""
    place = None
    if row.place_name is not None:
        place = Place(
            name=row.place_name, mention=row.place_name, gazetteer_id=row.place_id, lat=row.lat, lon=row.lon,
            admin1=row.admin1, admin2=row.admin2, feature=row.feature, precision=row.where_prec,
        )
    stated = None
    if row.date_start is not None:
        stated = DateRange(
            start=row.date_start.isoformat(), end=(row.date_end or row.date_start).isoformat(),
            precision=row.date_precision,
        )
    evidence = tuple(Span.model_validate(span) for span in row.evidence or [])
    return ReportFacts(place, stated, row.wording, evidence)


def _row(document_id: int, run_id: int, facts: ReportFacts) -> IncidentReport:
    place, stated = facts.place, facts.stated
    return IncidentReport(
        document_id=document_id, run_id=run_id, reasons={}, method="auto", wording=facts.wording,
        evidence=[span.model_dump(mode="json") for span in facts.evidence],
        date_start=_iso(stated.start) if stated else None, date_end=_iso(stated.end) if stated else None,
        date_precision=stated.precision if stated else None,
        place_name=place.name if place else None, place_id=place.gazetteer_id if place else None,
        lat=place.lat if place else None, lon=place.lon if place else None,
        where_prec=place.precision if place else None, feature=place.feature if place else None,
        admin1=place.admin1 if place else None, admin2=place.admin2 if place else None,
    )


def _iso(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def report_incidents(session: Session, document_ids: Sequence[int]) -> dict[int, int]:
    """Document id -> the incident its report member belongs to."""
    found: dict[int, int] = {}
    for batch in chunks(document_ids):
        query = select(IncidentReport.document_id, IncidentReport.incident_id).where(
            IncidentReport.document_id.in_(batch), IncidentReport.incident_id.is_not(None)
        )
        found.update({doc: incident for doc, incident in session.execute(query) if incident is not None})
    return found
