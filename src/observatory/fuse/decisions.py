"""Reviewers' decisions as a service: record one in the log, then re-fuse what it touches.

``fuse.review`` reads the log (``ReviewState``, the replay fusion applies) and never
calls fusion; this module sits above both, so the fusion engine and the review log
import each other in one direction only.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.fuse.features import ReviewRef
from observatory.fuse.incidents import apply_review, note_split_outcome
from observatory.fuse.review import (
    ACTIONS,
    REVERT,
    TARGET_KINDS,
    ReviewDecision,
    ReviewError,
    _decision,
    _decision_documents,
    _enrich,
    ref_from_dict,
)
from observatory.store.tables.fusion import ReviewDecisionRow


def record_decision(
    session: Session,
    user: str,
    action: str,
    target_kind: str,
    target_id: int,
    before: dict | None,
    after: dict | None,
    reason: str | None,
    defer: bool = False,
) -> ReviewDecision:
    """Store a decision (with identities that survive recomputation) and apply it now, or
    with ``defer`` leave it ``pending`` for ``fuse.incidents.apply_pending_reviews`` (a web
    request records a merge at once and fusion applies it after the response).

    ``after`` by action: merge ``{"into": incident_id}``; split ``{"claims": [event claim
    ids to move out], "reports": [document ids of report members to move out]}`` (once
    applied, ``"created"`` lists the incidents the moved members now form);
    correct ``{"fields": {...}}`` (claim fields, or incident summary fields such as
    ``sub_event_type``, ``place_name``, ``deaths_best``); resolve_place
    ``{"fields": {place fields}}``; accept and reject need none.
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
    if target_kind not in TARGET_KINDS:
        raise ReviewError(f"unknown target kind {target_kind!r}; expected one of {', '.join(TARGET_KINDS)}")
    before, after = dict(before or {}), dict(after or {})
    documents = _enrich(session, action, target_kind, target_id, before, after)
    if defer:
        after["documents"] = sorted(documents)  # what fusion re-links when it applies the decision
    row = ReviewDecisionRow(
        user=user, action=action, target_kind=target_kind, target_id=target_id,
        before=before, after=after, reason=reason, pending=defer,
    )
    session.add(row)
    session.flush()
    if not defer:
        apply_review(session, documents, incident_id=target_id if target_kind == "incident" else None,
                     decision_id=row.id)
        note_split_outcome(session, row)
        session.flush()
    session.refresh(row)
    return _decision(row)


def accept_claims(
    session: Session, user: str, targets: list[tuple[str, int]], reason: str | None
) -> list[ReviewDecision]:
    """Accept many claims (``(target_kind, claim id)`` pairs) at once: one audit entry per
    claim, as if accepted one by one, and a single re-fusion of their documents."""
    rows, documents = [], set()
    for kind, claim_id in targets:
        if kind not in TARGET_KINDS or kind == "incident":
            raise ReviewError(f"only claims are accepted in bulk, not {kind!r}")
        before: dict = {}
        documents |= _enrich(session, "accept", kind, claim_id, before, {})
        rows.append(ReviewDecisionRow(user=user, action="accept", target_kind=kind, target_id=claim_id,
                                      before=before, after={}, reason=reason, pending=False))
    session.add_all(rows)
    session.flush()
    if documents:
        apply_review(session, documents)
    return [_decision(row) for row in rows]


def revert_decision(session: Session, user: str, decision_id: int, reason: str | None) -> ReviewDecision:
    """Undo a review decision: log a ``revert`` naming it and re-fuse what it touched.

    The original stays in the log (the audit trail is append-only); replay skips it from
    now on, so the undo survives re-extraction and ``fuse --rebuild`` like any decision.
    A reverted merge gives the absorbed incident its old id back, so its old URL (whose
    redirect the revert ends) leads to it again.
    """
    original = session.get(ReviewDecisionRow, decision_id)
    if original is None or original.target_kind not in TARGET_KINDS:
        raise ReviewError(f"decision {decision_id} does not exist or is not a review decision")
    already = session.scalar(select(ReviewDecisionRow.id).where(
        ReviewDecisionRow.action == REVERT, ReviewDecisionRow.target_id == decision_id))
    if already is not None:
        raise ReviewError(f"decision {decision_id} was already reverted by decision {already}")
    row = ReviewDecisionRow(user=user, action=REVERT, target_kind="decision", target_id=decision_id,
                            before={"action": original.action, "target_kind": original.target_kind,
                                    "target_id": original.target_id}, after=None, reason=reason)
    session.add(row)
    session.flush()
    incident_id = original.target_id if original.target_kind == "incident" else None
    apply_review(session, _decision_documents(original), incident_id=incident_id, returning=_merged_away(original),
                 decision_id=row.id)
    session.refresh(row)
    return _decision(row)


def _merged_away(original: ReviewDecisionRow) -> dict[ReviewRef, int] | None:
    """For a merge being reverted: its absorbed members, each back to the absorbed incident's id."""
    if original.action != "merge" or original.target_kind != "incident":
        return None
    return {ref_from_dict(member): original.target_id for member in (original.before or {}).get("members", [])}
