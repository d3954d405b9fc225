"""Fusion over the store: link event claims into incidents, attach tolls, keep summaries.

``update_incidents`` is incremental: it links the current, not yet linked event claims
of some documents to the incidents near them in time (or to new incidents), drops the
links of claims that a re-extraction superseded, and refreshes only the incidents it
touched.  The automatically made incidents the new claims may change are clustered again
with them (``fuse.neighbourhood``), so reports loaded in several runs, in any order, give
the incidents one pass gives; incidents a reviewer decided on are left as they are.  A document whose current run found no event joins as one report member
(``fuse.stored_reports``), clustered with the same ``Clusterer`` as event claims.
``rebuild_incidents`` starts from nothing.  Both replay the review log first, so
reviewers' merges, splits, corrections and rejections hold after every run.  Each takes
the fusion lock first (``fuse.lock``): two processes never link at the same time.

Incident ids are for life: URLs, audit entries and exported ``event_id_cnty`` values name
them.  Before members are unlinked (or, in a rebuild, every incident deleted), fusion
notes which incident each member was in (``fuse.previous``); a group of members that
forms a new cluster takes back the id its oldest member had, unless that id is still in
use.  So re-fusion, a merge, a split or a resolved place leaves every other incident's id
alone, and only what a split moves out (or what is truly new) gets a new id.  An id that
does disappear (a merge, a rebuild that regroups) is redirected to where its members went
(``fuse.redirects``).
"""

from __future__ import annotations

import itertools
import time
from collections import defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import TypedDict

from sqlalchemy import delete, exists, func, insert, select, text, update
from sqlalchemy.orm import Session, aliased

from observatory.fuse.claim_figures import Figures, figures_by_claim
from observatory.fuse.clustering import Assignment, Clusterer
from observatory.fuse.control import refresh_control
from observatory.fuse.features import (
    DaySpan, EventFeatures, ReviewRef, features_from_event, member_age, no_dead_kinds, publication_window,
)
from observatory.fuse.lock import fusion_lock
from observatory.fuse import neighbourhood
from observatory.fuse.rarity import count_new_documents, weigh_stored
from observatory.fuse.redirects import Moves, highest_redirected
from observatory.fuse.matching import LINK_THRESHOLD
from observatory.fuse.previous import (
    KeptIncidents, OldIncidents, PreviousIncidents, SnapshotIncidents, member_incidents,
)
from observatory.fuse.reports import report_ref
from observatory.fuse.review import (
    ReviewState, corrected, event_claim_ref, load_state, ref_from_dict, stored_document,
)
from observatory.fuse.store_io import DocInfo, chunks, current_claims_of, document_info
from observatory.fuse.stored_reports import (
    documents_needing_reports, drop_stale_reports, loaded_reports, report_incidents, report_key,
    store_pending_reports, waiting_reports,
)
from observatory.fuse.windows import SLACK, Loaded, Pending, windows
from observatory.fuse.incident_summary import refresh_incidents
from observatory.models import Event
from observatory.store.queries import current_runs
from observatory.store.tables.core import CasualtyClaimRow, EventClaim, ExtractionRun
from observatory.store.tables.fusion import (
    ControlStateRow,
    Incident,
    IncidentCasualty,
    IncidentLink,
    IncidentReport,
    IncidentToll,
    ReviewDecisionRow,
)


class _LinkRow(TypedDict):
    """One row of the bulk insert into ``IncidentLink``."""

    incident_id: int
    event_claim_id: Hashable
    document_id: Hashable
    score: float | None
    reasons: dict
    method: str


# A window is not cut within this many days of an incident already in the store: new
# members on both sides could join it (its members' dates may lie a little outside its own;
# the widest date slack of any pair).
EXISTING_MARGIN = SLACK


@dataclass
class FuseStats:
    documents: int = 0
    claims_linked: int = 0
    reports_linked: int = 0  # event-less reports that joined or started an incident
    incidents_created: int = 0
    incidents_touched: int = 0
    incidents_reopened: int = 0  # stored incidents re-fused with the new members (``fuse.neighbourhood``)
    members_relinked: int = 0  # their claims and report members, linked again
    casualties_attached: int = 0
    control_places: int = 0
    seconds: float = 0.0
    skipped: dict[str, int] = field(default_factory=dict)  # why claims were left out
    reviews_applied: int = 0  # merges and splits recorded as pending, applied first


def update_incidents(session: Session, document_ids: list[int] | None = None) -> FuseStats:
    """Link the current event claims of these documents (None: every unlinked claim),
    after applying any review decision still pending."""
    applied = apply_pending_reviews(session)
    stats = _fuse(session, document_ids, load_state(session), relink=False, moves=Moves("run"), reopen=True)
    stats.reviews_applied = applied
    return stats


def rebuild_incidents(session: Session) -> FuseStats:
    """Recompute every incident, toll and control state from the claims and the review log."""
    fusion_lock(session)
    previous = SnapshotIncidents(session)  # in a temporary table: read back window by window
    for table in (IncidentToll, IncidentCasualty, IncidentLink, IncidentReport, Incident, ControlStateRow):
        session.execute(delete(table))
    stats = _fuse(session, None, load_state(session), relink=False, moves=Moves("rebuild"), previous=previous)
    previous.close()
    session.execute(update(ReviewDecisionRow).where(ReviewDecisionRow.pending.is_(True)).values(pending=False))
    _advance_id_sequence(session)
    return stats


def apply_review(
    session: Session, document_ids: Iterable[int], incident_id: int | None = None,
    returning: dict[ReviewRef, int] | None = None, decision_id: int | None = None,
) -> FuseStats:
    """Re-fuse what a new review decision affects: its documents' claims and its incident.

    ``returning``: members to treat as having been in another incident than the one they
    are in now (a reverted merge gives the absorbed members their old incident back), so
    the cluster they form takes back that id.  ``decision_id``: the decision applied, named
    by the redirects of the ids it makes disappear.
    """
    fusion_lock(session)
    state = load_state(session)
    documents = sorted(set(document_ids))
    previous = KeptIncidents(member_incidents(session, documents).returning(returning or {}))
    stats = _fuse(session, documents, state, relink=True, moves=Moves("review", decision_id), previous=previous)
    if incident_id is not None and session.get(Incident, incident_id) is not None:
        refresh_incidents(session, {incident_id}, state)
    return stats


def apply_pending_reviews(session: Session) -> int:
    """Apply the decisions recorded as pending, oldest first; returns how many.

    The fusion lock is taken before the pending rows are read, so when two processes
    (two web workers, or a worker and ``observatory fuse``) get here at once, the second
    finds nothing left to do.
    """
    fusion_lock(session)
    rows = session.scalars(
        select(ReviewDecisionRow).where(ReviewDecisionRow.pending.is_(True)).order_by(ReviewDecisionRow.id)
    ).all()
    for row in rows:
        incident_id = row.target_id if row.target_kind == "incident" else None
        apply_review(session, (row.after or {}).get("documents", []), incident_id=incident_id, decision_id=row.id)
        note_split_outcome(session, row)
        row.pending = False
    session.flush()
    return len(rows)


def note_split_outcome(session: Session, row: ReviewDecisionRow) -> None:
    """Write into an applied split's log entry which incident(s) the part that did not
    keep the id now forms (``kept`` says which part kept it: the one holding the oldest
    member), so the reviewer (and the audit log) can follow it."""
    if row.action != "split" or row.target_kind != "incident":
        return
    after = row.after or {}
    moved = {ref_from_dict(m) for m in after.get("moved", [])}
    left = moved if after.get("kept", "staying") == "staying" else {ref_from_dict(m) for m in (row.before or {}).get(
        "members", [])} - moved
    where = member_incidents(session, sorted({stored_document(ref) for ref in left})).refs
    created = sorted({where[ref] for ref in left if ref in where} - {row.target_id})
    row.after = {**after, "created": created}  # a new dict: JSON columns track reassignment


def _fuse(
    session: Session,
    document_ids: Sequence[int] | None,
    state: ReviewState,
    relink: bool,
    moves: Moves,
    previous: PreviousIncidents | None = None,
    reopen: bool = False,
) -> FuseStats:
    """Link these documents' pending claims, attach their tolls, refresh what changed.

    ``relink`` first unlinks every claim of the documents (a review decision changed how
    they must be grouped); otherwise only claims superseded by a re-extraction are.
    ``moves`` collects where members of other incidents went, to redirect the ids that
    disappear (``fuse.redirects``).
    ``previous``: the incident each member was in before (read here when not given).
    ``reopen``: re-fuse with the new members the stored incidents they may change
    (``fuse.neighbourhood``), so reports loaded in several runs give what one pass gives.
    The pending members are clustered window by window in date order (``fuse.windows``),
    each read from the store, clustered and written before the next.
    """
    started = time.perf_counter()
    stats = FuseStats()
    every_place = document_ids is None  # control claims are few: a full pass rebuilds every timeline
    if document_ids is None:
        document_ids = _documents_needing_fusion(session)
    if previous is None:
        previous = KeptIncidents(member_incidents(session, document_ids))
    stats.documents = len(document_ids)
    count_new_documents(session)  # the rare-word signal weighs words by the stored reports
    touched = _unlink(session, document_ids, relink)
    touched |= drop_stale_reports(session, document_ids, relink)
    waiting = store_pending_reports(session, document_ids, state)
    pending, built = _pending_members(session, document_ids, waiting, state)
    blocked = _cut_blocked(session, pending)
    fresh = _fresh_ids(session, previous)
    moved: set[int] = set()  # documents of re-fused incidents: their tolls are attached again
    for window in windows(_read_members(session, pending, built, state, stats), LINK_THRESHOLD, blocked):
        linked, reopened = _link_window(session, window, state, stats, previous, fresh, moves, reopen)
        touched |= linked
        moved |= reopened
    touched |= _attach_casualties(session, sorted(set(document_ids) | moved), state, stats)
    stats.incidents_touched = len(touched)
    refresh_incidents(session, touched, state)
    moves.record(session)
    stats.control_places = refresh_control(session, None if every_place else document_ids, state)
    stats.seconds = round(time.perf_counter() - started, 3)
    return stats


def _pending_members(
    session: Session, document_ids: Sequence[int], reports: set[int], state: ReviewState
) -> tuple[list[Pending], dict[int, EventFeatures | None]]:
    """The current, unlinked event claims of these documents and the report members waiting
    (``reports``), with their dates, in the order clustering reads them.

    Dates come from the claim columns; the claims a reviewer corrected and the undated ones
    (a loosely dated toll may date them: ``features.event_dates``) are read whole, and their
    features (None: rejected) are returned by claim id for ``_read_members`` to reuse.  An
    undated claim in a reviewer's merge goes with the merge.
    """
    found: list[Pending] = []
    built: dict[int, EventFeatures | None] = {}
    for batch in chunks(document_ids):
        published = {doc: info.published for doc, info in document_info(session, batch).items()}
        runs = current_runs(batch).subquery()
        claims = (
            select(EventClaim.id, EventClaim.document_id, EventClaim.sub_event_type, EventClaim.place_name,
                   EventClaim.date_start, EventClaim.date_end)
            .join(runs, EventClaim.run_id == runs.c.run_id)
            .where(~exists().where(IncidentLink.event_claim_id == EventClaim.id))
            .order_by(EventClaim.document_id, EventClaim.id)
        )
        read_whole = []
        for claim_id, document_id, sub_event_type, place_name, start, end in session.execute(claims):
            ref = ReviewRef(document_id, sub_event_type, place_name)
            if ref in state.corrections or start is None:
                read_whole.append(claim_id)
            # undated (no start): the publication window of the day the text says it was published
            dates = (start, max(start, end or start)) if start else publication_window(end or published.get(document_id))[:2]
            found.append(Pending(*dates, document_id, claim_id, state.constraints.group(ref)))
        built.update(_read_whole(session, read_whole, state))
        rows = select(IncidentReport).where(IncidentReport.document_id.in_([d for d in batch if d in reports]))
        for row in session.scalars(rows):
            stated = (row.date_start, row.date_end or row.date_start) if row.date_start else None
            dates = stated or publication_window(published.get(row.document_id))[:2]
            found.append(Pending(*dates, row.document_id, None, state.constraints.group(report_ref(
                row.document_id, row.place_name))))
    found = [replace(p, start=f.start, end=f.end) if p.claim is not None and (f := built.get(p.claim)) else p
             for p in found]
    return sorted(_join_merges(found), key=Pending.order), built


def _read_whole(session: Session, claim_ids: list[int], state: ReviewState) -> dict[int, EventFeatures | None]:
    """Features of these claims as matching reads them (None: rejected): their dates come
    from corrected payloads, and an undated claim's from its toll's loose range, so a window
    is cut where its features put it."""
    if not claim_ids:
        return {}
    claims = session.scalars(select(EventClaim).where(EventClaim.id.in_(claim_ids))).all()
    return _features_of(session, claims, state)


def _features_of(session: Session, claims: Sequence[EventClaim], state: ReviewState) -> dict[int, EventFeatures | None]:
    """Claim id -> the features of these loaded claims (None: rejected), with their documents'
    details and the figures told with them read in one pass."""
    infos = document_info(session, {claim.document_id for claim in claims})
    told = figures_by_claim(session, claims, state)
    return {claim.id: claim_features(claim, infos.get(claim.document_id), state, *told[claim.id]) for claim in claims}


def _join_merges(found: list[Pending]) -> list[Pending]:
    """An undated member of a reviewer's merge is read on the day of the merge's first dated one."""
    first: dict[int, date] = {}
    for p in found:
        if p.group is not None and p.start is not None:
            first[p.group] = min(first.get(p.group, p.start), p.start)
    return [replace(p, joins=first.get(p.group)) if p.start is None and p.group is not None else p for p in found]


def _cut_blocked(session: Session, pending: list[Pending]) -> Callable[[date], bool]:
    """Days a window may not be cut before: inside a reviewer's merge of pending members, or
    near an incident already in the store (``EXISTING_MARGIN`` around its dates)."""
    spans: dict[int, list[date]] = defaultdict(list)
    for p in pending:
        if p.group is not None and p.day is not None:
            spans[p.group].append(p.day)
    merges = [(min(days), max(days)) for days in spans.values()]
    dated = [(p.start, p.end) for p in pending if p.start is not None and p.end is not None]
    near: set[date] = set()
    if dated:
        low = min(start for start, _ in dated) - EXISTING_MARGIN
        high = max(end for _, end in dated) + EXISTING_MARGIN
        query = select(Incident.date_start, Incident.date_end).where(
            Incident.date_start <= high, Incident.date_end >= low
        )
        for start, end in session.execute(query):
            if start is None or end is None:  # never: the query compares both
                continue
            first, last = max(start - EXISTING_MARGIN, low), min(end + EXISTING_MARGIN, high)
            near.update(first + timedelta(days=offset) for offset in range(1, (last - first).days + 1))
    return lambda day: day in near or any(first < day <= last for first, last in merges)


def _read_members(
    session: Session, pending: list[Pending], built: dict[int, EventFeatures | None], state: ReviewState,
    stats: FuseStats,
) -> Iterator[Loaded[IncidentReport]]:
    """The pending members' features, read from the store a chunk at a time, in order (those
    ``_pending_members`` already ``built`` are reused); claims a reviewer rejected are counted
    and left out."""
    for batch in chunks(pending):
        fresh = _read_whole(session, [p.claim for p in batch if p.claim is not None and p.claim not in built], state)
        reports = waiting_reports(session, [p.document for p in batch if p.claim is None], state)
        loaded: list[Loaded[IncidentReport]] = []
        for p in batch:
            if p.claim is None:
                row, features = reports[p.document]
                if features is not None:
                    loaded.append(Loaded(p, features, row))
                continue
            features = built.pop(p.claim) if p.claim in built else fresh[p.claim]
            if features is None:
                stats.skipped["rejected"] = stats.skipped.get("rejected", 0) + 1
            else:
                loaded.append(Loaded(p, features))
        weighed = weigh_stored(session, [m.features for m in loaded if m.features is not None])
        for member, features in zip(loaded, weighed):
            yield replace(member, features=features)


def _link_window(
    session: Session,
    window: list[Loaded[IncidentReport]],
    state: ReviewState,
    stats: FuseStats,
    previous: PreviousIncidents,
    fresh: Iterator[int | None],
    moves: Moves,
    reopen: bool,
) -> tuple[set[int], set[int]]:
    """Cluster one window with the incidents near it, and write its links; returns the
    incidents touched and the documents whose members were re-fused (``reopen``)."""
    features = [m.features for m in window if m.features is not None]
    reports = {m.pending.document: m.row for m in window if m.row is not None}
    earlier = previous.of_documents({m.pending.document for m in window})
    loaded = _neighbours(session, features, state)
    opened: dict[int, list[EventFeatures]] = {}
    if reopen:
        opened = _reopen(session, features, loaded, state, earlier)
        features += [member for members in opened.values() for member in members]
        reports |= {row.document_id: row for row in _unplace_reports(session, set(opened))}
        stats.incidents_reopened += len(opened)
    clusterer = Clusterer(state.constraints)
    for incident_id, members in loaded.items():
        clusterer.load(incident_id, ((f, None) for f in members))
    again = {member.key for members in opened.values() for member in members}
    touched = _assign(session, clusterer, features, reports, stats, earlier, fresh, moves, again)
    moved = {f.document for members in opened.values() for f in members}
    return touched | set(opened), {int(document) for document in moved}  # type: ignore[call-overload]


def _reopen(
    session: Session, features: list[EventFeatures], loaded: dict[int, list[EventFeatures]], state: ReviewState,
    earlier: OldIncidents,
) -> dict[int, list[EventFeatures]]:
    """Unlink the stored incidents to re-fuse with these new members (``fuse.neighbourhood``),
    noting where each of their members was, so a re-made incident takes back its id."""

    def load(frontier: list[EventFeatures], known: set[int]) -> dict[int, list[EventFeatures]]:
        return incident_members(session, sorted(_incidents_near(session, frontier) - known), state)

    def reviewed(members: list[EventFeatures]) -> bool:
        return state.incident_overrides(m.ref for m in members if m.ref is not None)[0]

    opened = neighbourhood.reopen(features, loaded, load, reviewed)
    for incident_id, members in opened.items():
        for member in members:
            if member.ref is not None:
                earlier.note(None if member.is_report else int(member.key), member.ref, incident_id)  # type: ignore[call-overload]
    for batch in chunks(sorted(opened)):
        session.execute(delete(IncidentLink).where(IncidentLink.incident_id.in_(batch)))
    return opened


def _unplace_reports(session: Session, incident_ids: set[int]) -> list[IncidentReport]:
    """The report members of these incidents, taken out of them to be placed again (their
    old link's score and reasons go with them: ``_place_report`` writes the new ones)."""
    rows: list[IncidentReport] = []
    for batch in chunks(sorted(incident_ids)):
        rows += session.scalars(select(IncidentReport).where(IncidentReport.incident_id.in_(batch)))
    for row in rows:
        row.incident_id, row.score, row.reasons = None, None, {}
    session.flush()
    return rows


def _incidents_near(session: Session, members: list[EventFeatures]) -> set[int]:
    """Stored incidents whose dates come within the widest slack (``windows.SLACK``) of
    some member's, one query per run of overlapping days."""
    spans = sorted((f.start - SLACK, f.end + SLACK) for f in members if f.start is not None and f.end is not None)
    merged: list[tuple[date, date]] = []
    for low, high in spans:
        if merged and low <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], high))
        else:
            merged.append((low, high))
    found: set[int] = set()
    for low, high in merged:
        found |= set(session.scalars(select(Incident.id).where(Incident.date_start <= high, Incident.date_end >= low)))
    return found


def _advance_id_sequence(session: Session) -> None:
    """After a rebuild gave incidents their old ids explicitly, move PostgreSQL's id
    sequence past them and past every redirected id, which a new incident must never take
    (SQLite: ``_fresh_ids``)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    highest = max(session.scalar(select(func.max(Incident.id))) or 0, highest_redirected(session))
    if highest:
        session.execute(text("SELECT setval(pg_get_serial_sequence('incidents', 'id'), :value)"), {"value": highest})


def _documents_needing_fusion(session: Session) -> list[int]:
    """Documents with unlinked current claims, or with links to claims a re-extraction superseded.

    Written with ``NOT EXISTS``/``EXISTS`` on indexed columns rather than joins to the
    grouped current-runs subquery, which SQLite re-scanned per row (quadratic: 18 s at
    20k documents); the result is the same.
    """
    newer_run = aliased(ExtractionRun)
    superseded = exists().where(
        newer_run.document_id == EventClaim.document_id,
        newer_run.status == "ok",
        newer_run.id > EventClaim.run_id,
    )
    unlinked = select(EventClaim.document_id).where(
        ~superseded, ~exists().where(IncidentLink.event_claim_id == EventClaim.id)
    )
    stale = select(IncidentLink.document_id).join(EventClaim, EventClaim.id == IncidentLink.event_claim_id).where(
        superseded
    )
    found = set(session.scalars(unlinked.distinct())) | set(session.scalars(stale.distinct()))
    return sorted(found | documents_needing_reports(session))


def _unlink(session: Session, document_ids: Sequence[int], relink: bool) -> set[int]:
    """Drop links of superseded claims (all links of these documents when re-linking)."""
    touched: set[int] = set()
    for batch in chunks(document_ids):
        runs = current_runs(batch).subquery()
        current = set(session.scalars(select(EventClaim.id).join(runs, EventClaim.run_id == runs.c.run_id)))
        links = session.scalars(select(IncidentLink).where(IncidentLink.document_id.in_(batch)))
        for link in links:
            if relink or link.event_claim_id not in current:
                touched.add(link.incident_id)
                session.delete(link)
    session.flush()
    return touched


def claim_features(
    claim: EventClaim, info: DocInfo | None, state: ReviewState, figures: Figures = frozenset(),
    period: DaySpan | None = None,
) -> EventFeatures | None:
    """Matching features of a stored claim with corrections applied; None if rejected;
    ``period``: the loose range its figures are dated by (``claim_figures.Told``)."""
    ref = event_claim_ref(claim)
    if ref in state.rejected:
        return None
    event = Event.model_validate(corrected(claim.payload, state.corrections.get(ref)))
    return features_from_event(
        event,
        key=claim.id,
        document=claim.document_id,
        published=info.published if info else None,
        source=info.source if info else None,
        ref=ref,
        figures=figures,
        period=period,
    )


def _neighbours(session: Session, features: list[EventFeatures], state: ReviewState) -> dict[int, list[EventFeatures]]:
    """The incidents the new claims could join, with their members: near in time (``_incidents_near``),
    or named by a merge."""
    ids = _incidents_near(session, features) | _merge_partners(session, features, state)
    return incident_members(session, sorted(ids), state)


def incident_members(session: Session, ids: Sequence[int], state: ReviewState) -> dict[int, list[EventFeatures]]:
    """Incident id -> the matching features of its members (event claims and report members)."""
    members: dict[int, list[EventClaim]] = defaultdict(list)
    for batch in chunks(sorted(ids)):
        query = (
            select(IncidentLink.incident_id, EventClaim)
            .join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
            .where(IncidentLink.incident_id.in_(batch))
            .order_by(EventClaim.id)  # a loaded incident's members in one order, whatever the plan
        )
        for incident_id, claim in session.execute(query):
            members[incident_id].append(claim)
    features = _features_of(session, [c for claims in members.values() for c in claims], state)
    reports = loaded_reports(session, sorted(ids), state)
    found: dict[int, list[EventFeatures]] = {}
    for incident_id in sorted(set(members) | set(reports)):
        loaded = [features[c.id] for c in members.get(incident_id, [])]
        found[incident_id] = [f for f in loaded if f is not None] + reports.get(incident_id, [])
    weighed = iter(weigh_stored(session, [f for members_of in found.values() for f in members_of]))
    return {incident_id: [next(weighed) for _ in members_of] for incident_id, members_of in found.items()}


def _merge_partners(session: Session, features: list[EventFeatures], state: ReviewState) -> set[int]:
    """Incidents holding claims that a reviewer merged with one of the new claims."""
    groups = {state.constraints.group(f.ref) for f in features} - {None}
    if not groups:
        return set()
    documents = {stored_document(ref) for ref, group in state.constraints.groups.items() if group in groups}
    ids: set[int] = set()
    for batch in chunks(sorted(documents)):
        ids |= set(session.scalars(select(IncidentLink.incident_id).where(IncidentLink.document_id.in_(batch))))
    return ids | set(report_incidents(session, sorted(documents)).values())


def _assign(
    session: Session,
    clusterer: Clusterer,
    features: list[EventFeatures],
    reports: dict[int, IncidentReport],
    stats: FuseStats,
    previous: OldIncidents,
    fresh: Iterator[int | None],
    moves: Moves,
    again: Collection[Hashable] = frozenset(),
) -> set[int]:
    """Cluster the new members in date order and store their links; returns touched incidents.

    ``reports``: the new report rows by document; each row records where its document's
    report member went (rejected reports have no member and stay out).  ``moves`` notes
    each member's old incident and new one.  ``again``: keys of
    the members of re-fused incidents, counted apart from the new ones.
    """
    assignments = clusterer.assign_all(features)
    created = _incidents_for_new_clusters(session, assignments, previous, fresh)
    new_rows = [row for row in created.values() if row not in session]
    session.add_all(new_rows)
    session.flush()  # one round trip gives every new incident its id

    def incident_id(a: Assignment) -> int:
        key = a.cluster.key
        if key in created:
            return created[key].id
        assert isinstance(key, int), key  # a loaded incident's cluster key is its row id
        return key

    links: list[_LinkRow] = [
        {
            "incident_id": incident_id(a), "event_claim_id": item.key, "document_id": item.document,
            "score": a.link.score if a.link else None, "reasons": a.link.reasons if a.link else {"first": True},
            "method": "review" if a.by_review else "auto",
        }
        for item, a in assignments
        if a is not None and not item.is_report
    ]
    if links:
        session.execute(insert(IncidentLink), links)  # bulk: one statement for the whole batch
    for item, a in assignments:
        if a is not None:
            moves.note(previous.of(item), incident_id(a))
    placed = {item.document: a for item, a in assignments if item.is_report}
    for document_id, row in reports.items():
        _place_report(row, placed.get(document_id), incident_id)
    session.add_all(reports.values())
    session.flush()
    placed_reports = [report_key(document) for document, row in reports.items() if row.incident_id is not None]
    linked = [link["event_claim_id"] for link in links] + placed_reports
    stats.members_relinked += sum(key in again for key in linked)
    stats.claims_linked += sum(link["event_claim_id"] not in again for link in links)
    stats.reports_linked += sum(key not in again for key in placed_reports)
    stats.incidents_created += len(new_rows)
    return {link["incident_id"] for link in links} | {
        row.incident_id for row in reports.values() if row.incident_id is not None}


def _incidents_for_new_clusters(
    session: Session,
    assignments: list[tuple[EventFeatures, Assignment | None]],
    previous: OldIncidents,
    fresh: Iterator[int | None],
) -> dict:
    """A row for each new cluster: the incident its oldest member was in, when that id is
    free (no member left in it, no cluster with an older member took it), else a new
    incident.  Clusters choose oldest member first, so of the two parts of a split the
    one holding the incident's oldest member keeps its id."""
    members: dict = defaultdict(list)  # new cluster key -> members
    for item, a in assignments:
        if a is not None and isinstance(a.cluster.key, tuple):  # a new incident (existing ones have row ids)
            members[a.cluster.key].append(item)
    for items in members.values():
        items.sort(key=_age)
    was_in = {item.key: previous.of(item) for items in members.values() for item in items}
    candidates = {incident for incident in was_in.values() if incident is not None}
    taken = {a.cluster.key for _, a in assignments if a is not None and not isinstance(a.cluster.key, tuple)}
    taken |= _incidents_with_members(session, candidates)
    reused: dict = {}
    for key in sorted(members, key=lambda k: _age(members[k][0])):  # old ids: oldest member chooses first
        reuse = next((was_in[i.key] for i in members[key] if was_in[i.key] is not None and was_in[i.key] not in taken), None)
        if reuse is not None:
            taken.add(reuse)
            reused[key] = reuse
    created: dict = {}
    for key, items in members.items():  # new ids in the clusters' own (date) order, as one pass over all windows gives
        if key in reused:
            created[key] = session.get(Incident, reused[key]) or _new_incident(items[0], reused[key])
        else:
            created[key] = _new_incident(items[0], next(fresh))
    return created


def _age(item: EventFeatures) -> tuple[int, bool, int]:
    return member_age(int(item.document), None if item.is_report else int(item.key))  # type: ignore[call-overload]


def _fresh_ids(session: Session, previous: PreviousIncidents) -> Iterator[int | None]:
    """Ids for truly new incidents, never one an incident had before.

    PostgreSQL's sequence never hands out an id twice (None: let it choose).  SQLite gives
    the largest id plus one, which would hand a merged-away id (the largest, deleted) to a
    new incident and break its redirect, and in a rebuild could take an id about to be
    given back explicitly; so there new ids start above every id the store, the review
    log or a redirect names.  The fusion lock keeps two processes from counting at once.  One count
    serves every window of a run, so ids follow the order of one pass.
    """
    if session.get_bind().dialect.name == "postgresql":
        yield from itertools.repeat(None)
        return
    named = select(func.max(ReviewDecisionRow.target_id)).where(ReviewDecisionRow.target_kind == "incident")
    highest = max(session.scalar(select(func.max(Incident.id))) or 0, session.scalar(named) or 0,
                  previous.highest(), highest_redirected(session))
    yield from itertools.count(highest + 1)


def _incidents_with_members(session: Session, ids: Iterable[int]) -> set[int]:
    """Those of these incidents that still hold a linked claim or a report member."""
    found: set[int] = set()
    for batch in chunks(sorted(ids)):
        found |= set(session.scalars(select(IncidentLink.incident_id).where(IncidentLink.incident_id.in_(batch))))
        found |= set(session.scalars(select(IncidentReport.incident_id).where(IncidentReport.incident_id.in_(batch))))
    return found


def _place_report(
    row: IncidentReport, assignment: Assignment | None, incident_id: Callable[[Assignment], int]
) -> None:
    """Record where a report member went: its incident and why, or why it stayed out."""
    if assignment is None:
        row.incident_id, row.score = None, None
        row.reasons = row.reasons or {"alone": "names no place and matches no incident"}
        return
    row.incident_id = incident_id(assignment)
    row.score = assignment.link.score if assignment.link else None
    row.reasons = assignment.link.reasons if assignment.link else {"first": True}
    row.method = "review" if assignment.by_review else "auto"


def _new_incident(first: EventFeatures, incident_id: int | None = None) -> Incident:
    """A row for a new incident (or one rebuilt under its old id); ``refresh_incidents``
    fills in its summary."""
    return Incident(
        id=incident_id, event_type=first.event_type, sub_event_type=first.sub_event_type, actors=[], actors_key="",
        sources_key="", n_sources=0, n_claims=0, reviewed=False,
    )


def _attach_casualties(session: Session, document_ids: Sequence[int], state: ReviewState, stats: FuseStats) -> set[int]:
    """Attach each casualty claim to its event's incident, else to its report's nearest
    event, else (a report without events) to its report member's incident; a chunk of
    documents at a time.  A part with no event of its own ("12 of them", "including 9
    women") goes where its whole went: told nearer another event, it would count there as
    dead of its own."""
    touched: set[int] = set()
    for batch in chunks(document_ids):
        for old in session.scalars(
            select(IncidentCasualty)
            .join(CasualtyClaimRow, CasualtyClaimRow.id == IncidentCasualty.casualty_claim_id)
            .where(CasualtyClaimRow.document_id.in_(batch))
        ):
            touched.add(old.incident_id)
            session.delete(old)
        session.flush()
        events = _linked_events(session, batch)
        reports = report_incidents(session, batch)
        claims = current_claims_of(session, "casualty", batch)
        chosen: dict[tuple[int, str], tuple[int, str]] = {}  # (run, local id) -> the incident it joined, and how
        for claim in sorted(claims, key=lambda c: c.parent_local_id is not None):  # wholes before their parts
            whole = chosen.get((claim.run_id, claim.parent_local_id)) \
                if claim.parent_local_id and claim.event_local_id is None else None
            choice = whole or _incident_for(claim, events.get(claim.document_id, [])) or _report_incident(claim, reports)
            if choice is None:
                continue
            chosen[(claim.run_id, claim.local_id)] = choice
            incident_id, via = choice
            session.add(IncidentCasualty(incident_id=incident_id, casualty_claim_id=claim.id, via=via))
            touched.add(incident_id)
            stats.casualties_attached += 1
        session.flush()
    return touched


def _report_incident(claim: CasualtyClaimRow, reports: dict[int, int]) -> tuple[int, str] | None:
    """The incident of the claim's report member: every toll of an event-less report is its."""
    incident_id = reports.get(claim.document_id)
    return (incident_id, "report") if incident_id is not None else None


@dataclass(frozen=True)
class _LinkedEvent:
    run_id: int
    local_id: str
    position: int
    incident_id: int
    sub_event_type: str


def _linked_events(session: Session, document_ids: Sequence[int]) -> dict[int, list[_LinkedEvent]]:
    events: dict[int, list[_LinkedEvent]] = defaultdict(list)
    for batch in chunks(document_ids):
        query = (
            select(EventClaim, IncidentLink.incident_id)
            .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
            .where(EventClaim.document_id.in_(batch))
            .order_by(EventClaim.id)  # of two events as near a figure, the one stated first, on every database
        )
        for claim, incident_id in session.execute(query):
            position = claim.evidence[0]["start"] if claim.evidence else 0
            events[claim.document_id].append(
                _LinkedEvent(claim.run_id, claim.local_id, position, incident_id, claim.sub_event_type)
            )
    return events


def _incident_for(claim: CasualtyClaimRow, events: list[_LinkedEvent]) -> tuple[int, str] | None:
    """The incident of the claim's own event; else of the event stated nearest to the figure.

    Never an event of a kind that kills no one (``no_dead_kinds``): a figure told nearest
    to an evacuation deal is the toll of an event the extractor did not find (the bombing
    of the deal's convoy), so it stays out of every toll rather than land on the deal, or
    on another event further off that other reports' figures already count."""
    for event in events:
        if event.run_id == claim.run_id and event.local_id == claim.event_local_id:
            return event.incident_id, "event"
    if all(event.sub_event_type in no_dead_kinds() for event in events):
        return None
    if len({event.incident_id for event in events}) == 1:
        return events[0].incident_id, "only"
    position = claim.evidence[0]["start"] if claim.evidence else 0
    nearest = min(events, key=lambda event: abs(event.position - position))
    return None if nearest.sub_event_type in no_dead_kinds() else (nearest.incident_id, "nearest")
