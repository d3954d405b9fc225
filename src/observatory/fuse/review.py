"""Reviewers' decisions: recorded once, re-applied on every recomputation.

Claim rows get new ids when a document is re-extracted, and incidents get new ids when
fusion is rebuilt, so a decision is stored with identities that survive both: a claim
is known by its document and what it says (``ReviewRef``: sub-event type and place for
an event; status, side, figure and evidence span for a toll; place, change and evidence
span for a control claim, so two claims alike in content stay two;
document, type ``Report`` and place for an event-less report's member), an incident by
the claims and report members it held.  ``ReviewState`` turns the whole log into what
fusion needs: clustering constraints, rejected claims, corrections and incident flags.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ValidationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.fuse.clustering import Constraints
from observatory.fuse.features import ReviewRef, member_age
from observatory.fuse.reports import report_ref
from observatory.models import Event
from observatory.store.claims import ClaimKind, ClaimRow, claim_row
from observatory.store.tables.core import CasualtyClaimRow, ControlClaim, EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink, IncidentReport, ReviewDecisionRow

ACTIONS = ("accept", "correct", "reject", "merge", "split", "resolve_place")
TARGET_KINDS = ("incident", "event_claim", "casualty_claim", "control_claim")
REVERT = "revert"  # an admin's undo: target_kind "decision", target_id the decision undone


class ReviewDecision(BaseModel):
    """One entry of the audit log: who decided what, when, and why."""

    id: int
    user: str
    created_at: datetime | None
    action: str
    target_kind: str
    target_id: int
    before: dict | None
    after: dict | None
    reason: str | None
    pending: bool = False  # recorded, not yet applied to the incidents


class ReviewError(ValueError):
    """A decision that cannot be recorded (unknown action, missing target, bad payload)."""


def event_claim_ref(claim: EventClaim) -> ReviewRef:
    return ReviewRef(claim.document_id, claim.sub_event_type, claim.place_name)


def _span(evidence: list | None) -> tuple[int | None, int | None]:
    """Where the claim's evidence sits in its document: what tells two claims with the same
    content apart, and what a re-extraction of the same text reproduces."""
    if not evidence:
        return None, None
    return evidence[0].get("start"), evidence[0].get("end")


def casualty_claim_ref(claim: CasualtyClaimRow) -> tuple:
    """A toll claim by document, evidence span and content: one decision names one claim."""
    return ("casualty", claim.document_id, claim.status, claim.actor, claim.category, claim.value,
            *_span(claim.evidence))


def control_claim_ref(claim: ControlClaim) -> tuple:
    """A control claim by document, evidence span, place and change."""
    return ("control", claim.document_id, claim.place_name, claim.change, *_span(claim.evidence))


CLAIM_KINDS: dict[str, ClaimKind] = {"event_claim": "event", "casualty_claim": "casualty", "control_claim": "control"}


def claim_ref(claim: ClaimRow) -> ReviewRef | tuple:
    """The identity decisions name a claim row by, whichever table it is in."""
    if isinstance(claim, EventClaim):
        return event_claim_ref(claim)
    if isinstance(claim, CasualtyClaimRow):
        return casualty_claim_ref(claim)
    return control_claim_ref(claim)


def stored_document(ref: ReviewRef) -> int:
    """The document row a stored claim's identity names: ``ReviewRef.document`` may be any
    hashable in in-memory fusion, but identities of stored claims carry row ids."""
    if not isinstance(ref.document, int):
        raise ReviewError(f"review identity {ref} names no stored document")
    return ref.document


def ref_from_dict(data: dict) -> ReviewRef:
    return ReviewRef(data["document"], data["sub_event_type"], data["place"])


@dataclass
class ReviewState:
    """Everything the decision log asks of a recomputation."""

    constraints: Constraints = field(default_factory=Constraints)
    rejected: set = field(default_factory=set)  # ReviewRef / casualty / control identities
    corrections: dict = field(default_factory=dict)  # identity -> field overrides
    incident_flags: list[tuple[frozenset[ReviewRef], dict]] = field(default_factory=list)  # members -> overrides

    def incident_overrides(self, members: Iterable[ReviewRef]) -> tuple[bool, dict]:
        """Whether an incident with these members was reviewed, and the summary fields set by hand."""
        present = set(members)
        reviewed, overrides = False, {}
        for flagged, values in self.incident_flags:
            if flagged & present:
                reviewed = True
                overrides.update(values)
        return reviewed, overrides


def corrected(payload: dict, overrides: dict | None) -> dict:
    """A claim payload with a reviewer's field overrides (place fields merge into the place)."""
    if not overrides:
        return payload
    data = dict(payload)
    for name, value in overrides.items():
        if name in ("location", "place") and isinstance(value, dict) and isinstance(data.get(name), dict):
            data[name] = {**data[name], **value}
        elif name in ("location", "place") and isinstance(value, dict):
            data[name] = {"mention": value.get("name", ""), **value}
        else:
            data[name] = value
    return data


def load_state(session: Session) -> ReviewState:
    """Replay the whole decision log, oldest first (later decisions win); reverted ones are skipped."""
    state = ReviewState()
    builder = _GroupBuilder(state.constraints)
    rows = list(session.scalars(select(ReviewDecisionRow).order_by(ReviewDecisionRow.id)))
    reverted = {row.target_id for row in rows if row.action == REVERT}
    for row in rows:
        if row.action != REVERT and row.id not in reverted:
            _replay(state, builder, row, stored_ref(session, row.target_kind, row.target_id, row.before))
    return state


LEGACY_REF_LENGTHS = {"casualty_claim": 6, "control_claim": 4}  # refs written before evidence spans were


def stored_ref(session: Session, target_kind: str, target_id: int, before: dict | None) -> Any:
    """A claim decision's identity as logged; a toll or control ref logged without its
    evidence span gets the span of the claim row it named, when that row still exists
    (else it stays as it was, matches nothing, and the audit log says so)."""
    ref = (before or {}).get("ref")
    if isinstance(ref, list) and len(ref) == LEGACY_REF_LENGTHS.get(target_kind):
        claim = claim_row(session, CLAIM_KINDS[target_kind], target_id)
        identity = claim_ref(claim) if claim is not None else None
        if isinstance(identity, tuple):
            return list(identity)
    return ref


def _replay(state: ReviewState, builder: _GroupBuilder, row: ReviewDecisionRow, ref: Any) -> None:
    before, after = row.before or {}, row.after or {}
    if row.target_kind == "incident":
        members = frozenset(ref_from_dict(item) for item in before.get("members", []))
        if row.action == "merge":
            builder.join(members | {ref_from_dict(item) for item in after.get("into_members", [])})
        elif row.action == "split":
            moved = {ref_from_dict(item) for item in after.get("moved", [])}
            builder.separate(moved, set(members) - moved)
        elif row.action == "reject":
            state.rejected |= members
        if row.action in ("accept", "correct", "merge", "split"):
            overrides = after.get("fields", {}) if row.action == "correct" else {}
            state.incident_flags.append((members, overrides))
        return
    identity = _identity(ref)
    if identity is None:
        return
    if row.action == "reject":
        state.rejected.add(identity)
    elif row.action == "correct":
        state.corrections.setdefault(identity, {}).update(after.get("fields", {}))
    elif row.action == "resolve_place":
        state.corrections.setdefault(identity, {}).update(_place_overrides(identity, after.get("fields", {})))
    elif row.action == "accept" and isinstance(identity, ReviewRef):
        state.incident_flags.append((frozenset({identity}), {}))


def _place_overrides(identity: Any, fields: dict) -> dict:
    """Resolved place fields, given either under the claim's place section or bare."""
    if "location" in fields or "place" in fields:
        return fields
    return {"location" if isinstance(identity, ReviewRef) else "place": fields}


def _identity(ref: Any) -> Any:
    if ref is None:
        return None
    if isinstance(ref, dict):
        return ref_from_dict(ref)
    return tuple(ref)


class _GroupBuilder:
    """Maintains must-link groups and cannot-link pairs as merges and splits replay."""

    def __init__(self, constraints: Constraints) -> None:
        self.constraints = constraints
        self._next = 0

    def join(self, refs: set[ReviewRef] | frozenset[ReviewRef]) -> None:
        groups = {self.constraints.groups[ref] for ref in refs if ref in self.constraints.groups}
        target = min(groups) if groups else self._new_group()
        for ref, group in list(self.constraints.groups.items()):
            if group in groups:
                self.constraints.groups[ref] = target
        for ref in refs:
            self.constraints.groups[ref] = target
        self.constraints.apart = {pair for pair in self.constraints.apart if not pair <= refs}

    def separate(self, moved: set[ReviewRef], staying: set[ReviewRef]) -> None:
        for side in (moved, staying):
            group = self._new_group()
            for ref in side:
                self.constraints.groups[ref] = group
        self.constraints.apart |= {frozenset((a, b)) for a in moved for b in staying}

    def _new_group(self) -> int:
        self._next += 1
        return self._next


def _decision_documents(row: ReviewDecisionRow) -> set[int]:
    """The documents whose claims a logged decision names (by its stored identities)."""
    before, after = row.before or {}, row.after or {}
    ref = before.get("ref")
    if isinstance(ref, dict):
        return {int(ref["document"])}
    if isinstance(ref, list):
        return {int(ref[1])}
    members = [*before.get("members", []), *after.get("into_members", []), *after.get("moved", [])]
    return {int(member["document"]) for member in members}


def merges_into(session: Session, incident_id: int) -> list[ReviewDecision]:
    """The merges that absorbed other incidents into this one (the survivor's history)."""
    rows = session.scalars(select(ReviewDecisionRow).where(
        ReviewDecisionRow.action == "merge", ReviewDecisionRow.target_kind == "incident"))
    return [_decision(row) for row in rows if (row.after or {}).get("into") == incident_id]


def pending_decisions(session: Session, incident_id: int | None = None) -> list[ReviewDecision]:
    """Decisions recorded but not yet applied (about one incident: made on it or merging into it)."""
    query = select(ReviewDecisionRow).where(ReviewDecisionRow.pending.is_(True)).order_by(ReviewDecisionRow.id)
    rows = [_decision(row) for row in session.scalars(query)]
    if incident_id is None:
        return rows
    return [row for row in rows if _concerns(row, incident_id)]


def _concerns(decision: ReviewDecision, incident_id: int) -> bool:
    """Made on the incident, or merging another one into it."""
    made_on = decision.target_kind == "incident" and decision.target_id == incident_id
    return made_on or (decision.after or {}).get("into") == incident_id


def _enrich(session: Session, action: str, kind: str, target_id: int, before: dict, after: dict) -> set[int]:
    """Add the identities the decision needs to survive recomputation; return documents to re-fuse."""
    if kind == "incident":
        members = _incident_members(session, target_id)
        if not members:
            raise ReviewError(f"incident {target_id} does not exist or has no claims")
        before["members"] = [member.ref.as_dict() for member in members]
        if action == "merge":
            into = _incident_members(session, int(after.get("into", -1)))
            if not into:
                raise ReviewError(f"merge target incident {after.get('into')!r} does not exist")
            after["into_members"] = [member.ref.as_dict() for member in into]
            return {member.document_id for member in members}
        if action == "split":
            claims = {int(claim_id) for claim_id in after.get("claims", [])}
            reports = {int(document_id) for document_id in after.get("reports", [])}
            moved = [m for m in members if (m.document_id in reports if m.claim_id is None else m.claim_id in claims)]
            if not moved or len(moved) == len(members):
                raise ReviewError("a split must move some, not all, of the incident's claims and reports")
            after["moved"] = [member.ref.as_dict() for member in moved]
            oldest = min(members, key=lambda member: member_age(member.document_id, member.claim_id))
            after["kept"] = "moved" if oldest in moved else "staying"
            return {member.document_id for member in members}  # both parts re-form: the oldest keeps the id
        return {member.document_id for member in members} if action == "reject" else set()
    claim = claim_row(session, CLAIM_KINDS[kind], target_id)
    if claim is None:
        raise ReviewError(f"{kind} {target_id} does not exist")
    ref = claim_ref(claim)
    before["ref"] = ref.as_dict() if isinstance(ref, ReviewRef) else ref
    if isinstance(claim, EventClaim) and action in ("correct", "resolve_place"):
        _check_event_correction(claim, action, after)
    return {claim.document_id}


def _check_event_correction(claim: EventClaim, action: str, after: dict) -> None:
    """Refuse a correction that would make the event invalid (it would break every recomputation)."""
    fields = after.get("fields", {})
    overrides = _place_overrides(ReviewRef(0, "", None), fields) if action == "resolve_place" else fields
    try:
        Event.model_validate(corrected(claim.payload, overrides))
    except ValidationError as error:
        raise ReviewError(f"the corrected event is not valid: {error.errors()[0]['msg']}") from error


@dataclass(frozen=True)
class _Member:
    """An incident member as a decision names it: an event claim or a report member."""

    ref: ReviewRef
    document_id: int
    claim_id: int | None  # None: a report member


def _incident_members(session: Session, incident_id: int) -> list[_Member]:
    if session.get(Incident, incident_id) is None:
        return []
    query = (
        select(EventClaim)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        .where(IncidentLink.incident_id == incident_id)
        .order_by(EventClaim.id)
    )
    members = [_Member(event_claim_ref(claim), claim.document_id, claim.id) for claim in session.scalars(query)]
    reports = session.scalars(
        select(IncidentReport).where(IncidentReport.incident_id == incident_id).order_by(IncidentReport.id)
    )
    return members + [
        _Member(report_ref(row.document_id, row.place_name), row.document_id, None) for row in reports
    ]


def _claim_identity(
    session: Session, target_kind: str, target_id: int, before: dict | None
) -> tuple[Any, int] | None:
    """A claim decision's stored identity and its document (None: not a claim decision)."""
    ref = stored_ref(session, target_kind, target_id, before) if target_kind in CLAIM_KINDS else None
    if ref is None:
        return None
    identity = _identity(ref)
    return identity, stored_document(identity) if isinstance(identity, ReviewRef) else int(identity[1])


def _current_identities(session: Session, target_kind: str, documents: Iterable[int]) -> dict[Any, list[int]]:
    """Identity -> ids of the current claims of these documents that have it."""
    from observatory.fuse.store_io import current_claims_of  # store_io imports the store, which imports fusion

    found: dict[Any, list[int]] = {}
    for claim in current_claims_of(session, CLAIM_KINDS[target_kind], sorted(set(documents))):
        found.setdefault(claim_ref(claim), []).append(claim.id)
    return found


def unattached(session: Session, decisions: Iterable[ReviewDecision]) -> set[int]:
    """Ids of the claim decisions whose claim identity no current claim has any more: a
    re-extraction read the text differently, so the decision no longer applies to
    anything.  The audit log shows them, rather than let them vanish."""
    named = [(d, found) for d in decisions
             if (found := _claim_identity(session, d.target_kind, d.target_id, d.before)) is not None]
    current = {kind: _current_identities(session, kind, [doc for d, (_, doc) in named if d.target_kind == kind])
               for kind in {d.target_kind for d, _ in named}}
    return {d.id for d, (identity, _) in named if identity not in current[d.target_kind]}


def decided_claims(session: Session) -> dict[str, set[int]]:
    """Current claim ids (by target kind) some decision names, matched by identity too, so a
    claim a re-extraction gave a new row id does not return to the review queue."""
    rows = session.execute(select(ReviewDecisionRow.target_kind, ReviewDecisionRow.target_id, ReviewDecisionRow.before)
                           .where(ReviewDecisionRow.target_kind.in_(list(CLAIM_KINDS)))).all()
    found: dict[str, set[int]] = {kind: set() for kind in CLAIM_KINDS}
    wanted: dict[str, dict[Any, int]] = {kind: {} for kind in CLAIM_KINDS}
    for kind, target_id, before in rows:
        found[kind].add(target_id)
        named = _claim_identity(session, kind, target_id, before)
        if named is not None:
            wanted[kind][named[0]] = named[1]
    for kind, identities in wanted.items():
        if identities:
            current = _current_identities(session, kind, identities.values())
            found[kind] |= {claim_id for identity in identities for claim_id in current.get(identity, [])}
    return found


def list_decisions(
    session: Session,
    user: str | None = None,
    target_kind: str | None = None,
    target_id: int | None = None,
    page: int = 1,
    per_page: int = 50,
) -> tuple[list[ReviewDecision], int]:
    """The audit log, newest first, with the total count for pagination."""
    query = select(ReviewDecisionRow)
    if user:
        query = query.where(ReviewDecisionRow.user == user)
    if target_kind:
        query = query.where(ReviewDecisionRow.target_kind == target_kind)
    if target_id is not None:
        query = query.where(ReviewDecisionRow.target_id == target_id)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(
        query.order_by(ReviewDecisionRow.id.desc()).offset((max(page, 1) - 1) * per_page).limit(per_page)
    )
    return [_decision(row) for row in rows], total


def _decision(row: ReviewDecisionRow) -> ReviewDecision:
    return ReviewDecision(
        id=row.id,
        user=row.user,
        created_at=row.created_at,
        action=row.action,
        target_kind=row.target_kind,
        target_id=row.target_id,
        before=row.before,
        after=row.after,
        reason=row.reason,
        pending=bool(row.pending),
    )
