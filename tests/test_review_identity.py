"""Incidents keep their id for life and a review decision touches only the claim it names."""

from __future__ import annotations

from fixtures.fuse.loader import store_report
from sqlalchemy import select

from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.read_model import get_incident
from observatory.fuse.decisions import record_decision, revert_decision
from observatory.fuse.redirects import where_now
from observatory.fuse.review import unattached
from observatory.store.db import session_scope
from observatory.store.tables.core import CasualtyClaimRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink, ReviewDecisionRow
from observatory.web.review_queue import QueueFilter, queue_page

ATARIB_AND_ARIHA = {
    "id": "lens-0305", "source": "Northern Lens", "published": "2018-03-05",
    "title": "Rockets on Atarib, jets over Ariha",
    "text": ("Government rocket launchers pounded the market of Atarib at dawn on Monday. "
             "Hours later jets struck a bakery queue in Ariha, killing nine civilians."),
    "events": [
        {"id": "e1", "type": "Shelling/artillery/missile attack", "date": "2018-03-05", "place": "atarib",
         "actors": ["Military Forces of Syria"],
         "evidence": "Government rocket launchers pounded the market of Atarib"},
        {"id": "e2", "type": "Air/drone strike", "date": "2018-03-05", "place": "ariha",
         "actors": ["Civilians"], "evidence": "jets struck a bakery queue in Ariha"},
    ],
    "casualties": [{"id": "c1", "event": "e2", "actor": "Civilians", "category": "civilians", "count": "exact 9",
                    "evidence": "nine civilians"}],
}
ARIHA_AGAIN = {
    "id": "wire-0306", "source": "Orontes Wire", "published": "2018-03-06",
    "title": "Bakery strike in Ariha",
    "text": "An air raid hit people waiting at a bakery in Ariha on Monday; medics counted nine dead civilians.",
    "events": [{"id": "e1", "type": "Air/drone strike", "date": "2018-03-05", "place": "ariha",
                "actors": ["Civilians"], "evidence": "An air raid hit people waiting at a bakery in Ariha"}],
    "casualties": [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": "exact 9",
                    "evidence": "nine dead civilians"}],
}
SUKHNAH_CLASH = {
    "id": "desert-0611", "source": "Desert Monitor", "published": "2018-06-11",
    "title": "Fighting near Sukhnah",
    "text": ("Islamic State fighters clashed with army units east of Sukhnah on Sunday. "
             "Two soldiers were killed near the checkpoint and, in a later attack on the road, two soldiers were "
             "killed as well."),
    "events": [{"id": "e1", "type": "Armed clash", "date": "2018-06-10", "place": "sukhnah",
                "actors": ["Islamic State", "Military Forces of Syria"],
                "evidence": "Islamic State fighters clashed with army units east of Sukhnah"}],
    "casualties": [
        {"id": "c1", "event": "e1", "actor": "Military Forces of Syria", "category": "combatants", "count": "exact 2",
         "evidence": "Two soldiers were killed near the checkpoint"},
        {"id": "c2", "event": "e1", "actor": "Military Forces of Syria", "category": "combatants", "count": "exact 2",
         "evidence": "two soldiers were killed as well"},
    ],
}
UNPLACED_RAID = {
    "id": "valley-0902", "source": "Valley Post", "published": "2018-09-02",
    "title": "Raid on a farm hamlet",
    "text": "Gunmen raided the hamlet of Tell Zaytun overnight and abducted a shepherd.",
    "events": [{"id": "e1", "type": "Attack", "date": "2018-09-01", "actors": ["Civilians"],
                "evidence": "Gunmen raided the hamlet of Tell Zaytun overnight"}],
}
REPORTS = (ATARIB_AND_ARIHA, ARIHA_AGAIN, SUKHNAH_CLASH, UNPLACED_RAID)


def _store(session) -> dict[str, int]:
    """Store and fuse the reports; returns document ids by report id."""
    docs = {report["id"]: store_report(session, report).id for report in REPORTS}
    update_incidents(session)
    return docs


def _incidents_by_claim(session) -> dict[tuple[int, str], int]:
    """(document, event local id) -> incident id: what every URL and export names."""
    query = select(EventClaim.document_id, EventClaim.local_id, IncidentLink.incident_id).join(
        IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
    return {(document, local): incident for document, local, incident in session.execute(query)}


def _incident_of(session, document_id: int, local_id: str = "e1") -> int:
    return _incidents_by_claim(session)[(document_id, local_id)]


def test_the_fused_reports_form_four_incidents(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        ids = _incidents_by_claim(session)
        assert len(set(ids.values())) == 4
        assert ids[(docs["lens-0305"], "e2")] == ids[(docs["wire-0306"], "e1")]


def _split_ariha(session, docs, moving: str) -> tuple[dict, dict, int, dict]:
    """Split the Ariha incident (reported first by lens-0305, then by wire-0306), moving
    out the claim of ``moving``; returns incidents before, after, the Ariha id and the log entry."""
    before = _incidents_by_claim(session)
    ariha = before[(docs["wire-0306"], "e1")]
    moved = session.scalar(select(IncidentLink.event_claim_id).where(
        IncidentLink.document_id == docs[moving], IncidentLink.incident_id == ariha))
    decision = record_decision(session, "analyst", "split", "incident", ariha, None, {"claims": [moved]}, "two raids")
    return before, _incidents_by_claim(session), ariha, decision.after or {}


def test_a_split_moving_the_newer_claim_leaves_the_id_where_it_was(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before, after, ariha, logged = _split_ariha(session, docs, "wire-0306")
        assert after[(docs["lens-0305"], "e2")] == ariha
        created = after[(docs["wire-0306"], "e1")]
        assert created not in set(before.values())
        assert (logged["kept"], logged["created"]) == ("staying", [created])
        unrelated = [key for key in before if key != (docs["wire-0306"], "e1")]
        assert {key: after[key] for key in unrelated} == {key: before[key] for key in unrelated}


def test_a_split_moving_the_oldest_claim_takes_the_id_with_it(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before, after, ariha, logged = _split_ariha(session, docs, "lens-0305")
        assert after[(docs["lens-0305"], "e2")] == ariha  # the report stored first keeps the number
        created = after[(docs["wire-0306"], "e1")]
        assert created not in set(before.values())
        assert (logged["kept"], logged["created"]) == ("moved", [created])
        unrelated = [key for key in before if key not in ((docs["wire-0306"], "e1"), (docs["lens-0305"], "e2"))]
        assert {key: after[key] for key in unrelated} == {key: before[key] for key in unrelated}
        rebuild_incidents(session)
        assert _incidents_by_claim(session) == after


def test_a_merge_keeps_the_survivor_and_leaves_every_other_incident_alone(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before = _incidents_by_claim(session)
        atarib, sukhnah = before[(docs["lens-0305"], "e1")], before[(docs["desert-0611"], "e1")]
        record_decision(session, "editor", "merge", "incident", atarib, None, {"into": sukhnah}, "test merge")
        after = _incidents_by_claim(session)
        assert after[(docs["lens-0305"], "e1")] == sukhnah
        assert session.get(Incident, atarib) is None
        unrelated = [key for key in before if key != (docs["lens-0305"], "e1")]
        assert {key: after[key] for key in unrelated} == {key: before[key] for key in unrelated}


def test_a_reverted_merge_gives_the_absorbed_incident_its_id_back(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before = _incidents_by_claim(session)
        atarib, sukhnah = before[(docs["lens-0305"], "e1")], before[(docs["desert-0611"], "e1")]
        merge = record_decision(session, "editor", "merge", "incident", atarib, None, {"into": sukhnah}, "one day")
        assert where_now(session, atarib) == [sukhnah]
        revert_decision(session, "chief", merge.id, "different towns")
        assert _incidents_by_claim(session) == before
        assert session.get(Incident, atarib) is not None and where_now(session, atarib) == []
        rebuild_incidents(session)
        assert _incidents_by_claim(session) == before


def test_placing_an_unknown_place_renumbers_nothing(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before = _incidents_by_claim(session)
        claim = session.scalar(select(EventClaim.id).where(EventClaim.document_id == docs["valley-0902"]))
        place = {"name": "Tell Zaytun", "lat": 35.92, "lon": 36.71, "admin1": "Idlib", "country": "SY",
                 "precision": 2}
        record_decision(session, "analyst", "resolve_place", "event_claim", claim, None, {"fields": place}, "map")
        assert _incidents_by_claim(session) == before
        assert session.get(Incident, before[(docs["valley-0902"], "e1")]).place_name == "Tell Zaytun"


def test_ids_survive_re_extraction_and_rebuild(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        before = _incidents_by_claim(session)
        store_report(session, ATARIB_AND_ARIHA, version="fixture-2")  # a new run: new claim ids
        update_incidents(session)
        assert _incidents_by_claim(session) == before
        rebuild_incidents(session)
        assert _incidents_by_claim(session) == before
        store_report(session, SUKHNAH_CLASH, version="fixture-3")
        update_incidents(session)  # a new incident after the rebuild takes an id no one had
        later_raid = {"id": "e1", "type": "Attack", "date": "2019-10-09", "actors": ["Civilians"],
                      "evidence": "Gunmen raided the hamlet of Tell Zaytun overnight"}
        fresh = store_report(session, {**UNPLACED_RAID, "id": "valley-1010", "published": "2019-10-10",
                                       "text": UNPLACED_RAID["text"] + " Residents fled.", "events": [later_raid]})
        update_incidents(session)
        assert _incident_of(session, fresh.id) not in set(before.values())
        assert _incidents_by_claim(session)[(docs["desert-0611"], "e1")] == before[(docs["desert-0611"], "e1")]


def test_a_correction_changes_exactly_the_claim_it_names(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        first, second = session.scalars(select(CasualtyClaimRow).where(
            CasualtyClaimRow.document_id == docs["desert-0611"]).order_by(CasualtyClaimRow.id)).all()
        assert (first.status, first.actor, first.value) == (second.status, second.actor, second.value)
        record_decision(session, "analyst", "correct", "casualty_claim", second.id, {"status": "killed"},
                        {"fields": {"status": "injured"}}, "the second pair were wounded")
        rebuild_incidents(session)
        detail = get_incident(session, _incident_of(session, docs["desert-0611"]))
        shown = {claim.id: claim.summary for claim in detail.claims if claim.kind == "casualty"}
        assert "injured" in shown[second.id] and "corrected by a reviewer" in shown[second.id]
        assert "killed" in shown[first.id] and "corrected" not in shown[first.id]


def test_a_claim_decision_follows_its_claim_through_re_extraction(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        _, second = session.scalars(select(CasualtyClaimRow).where(
            CasualtyClaimRow.document_id == docs["desert-0611"]).order_by(CasualtyClaimRow.id)).all()
        record_decision(session, "analyst", "reject", "casualty_claim", second.id, None, None, "counted twice")
        store_report(session, SUKHNAH_CLASH, version="fixture-2")  # new claim rows, same text
        update_incidents(session)
        detail = get_incident(session, _incident_of(session, docs["desert-0611"]))
        shown = sorted((claim.id, claim.summary) for claim in detail.claims if claim.kind == "casualty")
        assert len(shown) == 2 and all(claim_id > second.id for claim_id, _ in shown)
        assert ["rejected by a reviewer" in summary for _, summary in shown] == [False, True]
        decided, _ = queue_page(session, QueueFilter(kind="casualty", status="decided"))
        assert [claim.id for claim in decided] == [shown[1][0]]  # the queue does not offer it again


def test_a_decision_whose_claim_is_gone_after_re_extraction_is_reported(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        first, second = session.scalars(select(CasualtyClaimRow).where(
            CasualtyClaimRow.document_id == docs["desert-0611"]).order_by(CasualtyClaimRow.id)).all()
        kept = record_decision(session, "analyst", "accept", "casualty_claim", first.id, None, None, "fine")
        lost = record_decision(session, "analyst", "reject", "casualty_claim", second.id, None, None, "twice")
        assert unattached(session, [kept, lost]) == set()
        store_report(session, {**SUKHNAH_CLASH, "casualties": SUKHNAH_CLASH["casualties"][:1]}, version="fixture-2")
        assert unattached(session, [kept, lost]) == {lost.id}


def test_a_merged_away_id_is_never_handed_to_a_new_incident(engine):
    with session_scope(engine) as session:
        _store(session)
        ids = _incidents_by_claim(session)
        newest = max(ids.values())
        survivor = min(ids.values())
        record_decision(session, "editor", "merge", "incident", newest, None, {"into": survivor}, "same raid")
        assert where_now(session, newest) == [survivor]
        later = {"id": "e1", "type": "Armed clash", "date": "2019-02-14", "place": "qaryatayn",
                 "actors": ["Islamic State"], "evidence": "Fighting flared again around Qaryatayn"}
        fresh = store_report(session, {
            "id": "steppe-0215", "source": "Steppe Notes", "published": "2019-02-15", "title": "Qaryatayn again",
            "text": "Fighting flared again around Qaryatayn on Thursday.", "events": [later]})
        update_incidents(session)
        assert _incident_of(session, fresh.id) > newest
        assert where_now(session, newest) == [survivor]


def test_a_toll_decision_logged_without_a_span_still_names_its_own_claim(engine):
    with session_scope(engine) as session:
        docs = _store(session)
        first, second = session.scalars(select(CasualtyClaimRow).where(
            CasualtyClaimRow.document_id == docs["desert-0611"]).order_by(CasualtyClaimRow.id)).all()
        decision = record_decision(session, "analyst", "reject", "casualty_claim", first.id, None, None, "older log")
        row = session.get(ReviewDecisionRow, decision.id)
        row.before = {"ref": row.before["ref"][:6]}  # as logs were written before evidence spans
        session.flush()
        rebuild_incidents(session)
        detail = get_incident(session, _incident_of(session, docs["desert-0611"]))
        shown = {claim.id: claim.summary for claim in detail.claims if claim.kind == "casualty"}
        assert "rejected by a reviewer" in shown[first.id] and "rejected" not in shown[second.id]
        assert unattached(session, [decision]) == set()
