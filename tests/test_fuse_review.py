"""Reviewers' decisions are recorded with who, when and why, and survive every recomputation."""

from __future__ import annotations

import pytest
from fixtures.fuse.loader import scenario, store_report, store_scenario
from sqlalchemy import select

from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.read_model import get_incident
from observatory.fuse.decisions import record_decision
from observatory.fuse.review import ReviewError, list_decisions, pending_decisions
from observatory.store.db import session_scope
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentLink


def _incident_id(session, document_id: int) -> int:
    return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document_id))


def _split_masdar(session, docs) -> None:
    clash = _incident_id(session, docs["sohr-0930"].id)
    masdar = docs["masdar-0930"].id
    claim = session.scalar(select(IncidentLink.event_claim_id).where(IncidentLink.document_id == masdar))
    reason = "army account of another assault"
    record_decision(session, "analyst", "split", "incident", clash, None, {"claims": [claim]}, reason)


def test_a_split_survives_re_extraction_and_rebuild(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        _split_masdar(session, docs)
        assert _incident_id(session, docs["masdar-0930"].id) != _incident_id(session, docs["sohr-0930"].id)
        assert session.get(Incident, _incident_id(session, docs["sohr-0930"].id)).reviewed

        masdar = next(r for r in scenario("three_outlets") if r["id"] == "masdar-0930")
        store_report(session, masdar, version="fixture-2")  # new run: new claim ids
        update_incidents(session)
        assert _incident_id(session, docs["masdar-0930"].id) != _incident_id(session, docs["sohr-0930"].id)

        rebuild_incidents(session)
        assert _incident_id(session, docs["masdar-0930"].id) != _incident_id(session, docs["sohr-0930"].id)
        assert _incident_id(session, docs["reuters-0929"].id) == _incident_id(session, docs["sohr-0930"].id)


def test_a_merge_joins_incidents_the_matcher_kept_apart(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        _split_masdar(session, docs)
        masdar, clash = (_incident_id(session, docs[name].id) for name in ("masdar-0930", "sohr-0930"))
        record_decision(session, "editor", "merge", "incident", masdar, None, {"into": clash}, "same assault after all")
        assert _incident_id(session, docs["masdar-0930"].id) == clash
        rebuild_incidents(session)
        assert len({_incident_id(session, docs[name].id) for name in ("masdar-0930", "sohr-0930", "reuters-0929")}) == 1


def test_a_corrected_toll_and_a_rejected_claim_hold_after_rebuild(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        sohr = session.scalar(select(CasualtyClaimRow).where(CasualtyClaimRow.document_id == docs["sohr-0930"].id))
        record_decision(session, "analyst", "correct", "casualty_claim", sohr.id, {"value": 128},
                        {"fields": {"value": 138, "low": 138}}, "the report's body says 138")
        rebuild_incidents(session)
        detail = get_incident(session, _incident_id(session, docs["sohr-0930"].id))
        assert detail.deaths_high == 138  # one outlet of three: the median (best) stays the middle figure
        shown = next(c for c in detail.claims if c.kind == "casualty" and c.id == sohr.id)
        assert shown.summary.startswith("138 ") and "corrected by a reviewer" in shown.summary
        idlib_event = session.scalar(
            select(IncidentLink.event_claim_id).where(IncidentLink.document_id == docs["sohr-0929-idlib"].id)
        )
        record_decision(session, "analyst", "reject", "event_claim", idlib_event, None, None, "duplicate feed item")
        assert _incident_id(session, docs["sohr-0929-idlib"].id) is None
        rebuild_incidents(session)
        assert _incident_id(session, docs["sohr-0929-idlib"].id) is None


def test_the_audit_log_lists_who_decided_what_and_why(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        clash = _incident_id(session, docs["sohr-0930"].id)
        record_decision(session, "analyst", "accept", "incident", clash, None, None, "checked against video")
        decisions, total = list_decisions(session)
        assert total == 1
        (decision,) = decisions
        assert (decision.user, decision.action, decision.reason) == ("analyst", "accept", "checked against video")
        assert decision.created_at is not None and len(decision.before["members"]) == 3
        with pytest.raises(ReviewError, match="unknown action"):
            record_decision(session, "analyst", "approve", "incident", clash, None, None, None)


def test_a_rejected_toll_no_longer_counts_as_an_agreeing_figure(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "same_toll")
        update_incidents(session)
        smart = session.scalar(select(CasualtyClaimRow).where(CasualtyClaimRow.document_id == docs["smart-0412"].id))
        record_decision(session, "analyst", "reject", "casualty_claim", smart.id, None, None, "another raid's toll")
        rebuild_incidents(session)
        documents = [docs[name].id for name in ("sohr-0412", "smart-0412")]
        links = session.scalars(select(IncidentLink).where(IncidentLink.document_id.in_(documents))).all()
        assert len(links) == 2
        assert all(link.reasons.get("shared_figures", []) == [] for link in links)


def test_a_deferred_merge_is_recorded_at_once_and_applied_by_the_next_fusion(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        idlib = _incident_id(session, docs["sohr-0929-idlib"].id)
        clash = _incident_id(session, docs["sohr-0930"].id)
        decision = record_decision(session, "editor", "merge", "incident", idlib, None, {"into": clash},
                                   "one offensive", defer=True)
        assert decision.pending
        assert _incident_id(session, docs["sohr-0929-idlib"].id) == idlib  # not applied yet
        assert [d.id for d in pending_decisions(session, clash)] == [decision.id]
        assert [d.id for d in pending_decisions(session, idlib)] == [decision.id]
    with session_scope(engine) as session:
        assert update_incidents(session).reviews_applied == 1  # what `observatory fuse` and `run` do
        assert _incident_id(session, docs["sohr-0929-idlib"].id) == _incident_id(session, docs["sohr-0930"].id)
        assert pending_decisions(session) == []
