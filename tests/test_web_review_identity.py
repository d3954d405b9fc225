"""Incident ids seen from the web: a merged-away URL leads to the survivor, a split says
which incident it created, and neither renumbers any other incident (SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from test_web_support import Store, add_report, log_in, seeded_template, store  # noqa: F401

from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentReport

RESCUERS = ("Rescuers in Douma town in Eastern Ghouta recovered the bodies of 16 civilians on Sunday, "
            "among them 5 children")


def _incident_ids(store: Store) -> set[int]:
    with session_scope(store.engine) as session:
        return set(session.scalars(select(Incident.id)))


def test_a_merged_incident_url_leads_to_the_survivor_and_nothing_else_moves(store: Store):
    before = sorted(_incident_ids(store))
    absorbed, survivor = before[0], before[-1]
    csrf = log_in(store.client, "reviewer")
    response = store.client.post(f"/incidents/{absorbed}/review", data={
        "action": "merge", "into": str(survivor), "reason": "one bombardment", "csrf_token": csrf})
    assert response.status_code == 200 and "Recorded: merge" in response.text
    assert _incident_ids(store) == set(before) - {absorbed}

    page = store.client.get(f"/incidents/{absorbed}", follow_redirects=False)
    assert page.status_code == 302 and page.headers["location"] == f"/incidents/{survivor}"
    api = store.client.get(f"/api/incidents/{absorbed}", headers=store.bearer("viewer"), follow_redirects=False)
    assert api.status_code == 302 and api.json()["merged_into"] == survivor
    assert store.client.get(f"/incidents/{max(before) + 1000}", follow_redirects=False).status_code == 404


def test_a_split_names_the_incident_it_created_and_keeps_every_other_id(store: Store):
    document_id = add_report(store.engine, RESCUERS, "Douma rescuers", date(2017, 10, 2))
    with session_scope(store.engine) as session:
        incident_id = session.scalar(
            select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id))
    assert incident_id is not None
    before = _incident_ids(store)
    csrf = log_in(store.client, "reviewer")
    response = store.client.post(f"/incidents/{incident_id}/review", data={
        "action": "split", "reports": str(document_id), "reason": "another day's count", "csrf_token": csrf})
    assert response.status_code == 200
    with session_scope(store.engine) as session:
        created = session.scalar(select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id))
    assert created not in before
    assert _incident_ids(store) == before | {created}
    page = store.client.get(f"/incidents/{incident_id}").text
    assert f'<a href="/incidents/{created}">incident {created}</a>' in page and 'id="split-outcome"' in page


def test_a_split_moving_the_oldest_claims_out_keeps_their_number_and_names_the_new_incident(store: Store):
    document_id = add_report(store.engine, RESCUERS, "Douma rescuers", date(2017, 10, 2))
    with session_scope(store.engine) as session:
        incident_id = session.scalar(
            select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id))
    detail = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    events = [claim["id"] for claim in detail["claims"] if claim["kind"] == "event"]
    assert events, "the rescuers' report should have joined an incident with events"
    before = _incident_ids(store)
    response = store.client.post(f"/api/incidents/{incident_id}/review", headers=store.bearer("reviewer"),
                                 json={"action": "split", "claims": events, "reason": "the rescuers' day differs"})
    assert response.status_code == 200 and response.json()["after"]["kept"] == "moved"
    with session_scope(store.engine) as session:
        created = session.scalar(select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id))
    assert created not in before and _incident_ids(store) == before | {created}
    log = store.client.get(f"/api/decisions?target_kind=incident&target_id={incident_id}",
                           headers=store.bearer("viewer")).json()["items"]
    assert log[0]["after"]["created"] == [created]
    moved = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    assert sorted(claim["id"] for claim in moved["claims"] if claim["kind"] == "event") == sorted(events)
    log_in(store.client, "viewer")
    page = store.client.get(f"/incidents/{incident_id}").text
    assert f'<a href="/incidents/{created}">incident {created}</a> (created by the split)' in page
    assert "which holds its oldest claim" in page


def test_a_reverted_merge_brings_the_old_url_back(store: Store):
    before = sorted(_incident_ids(store))
    absorbed, survivor = before[0], before[-1]
    merge = store.client.post(f"/api/incidents/{absorbed}/review", headers=store.bearer("reviewer"),
                              json={"action": "merge", "into": survivor, "reason": "same shelling"})
    assert merge.status_code == 200, merge.text
    redirect = store.client.get(f"/api/incidents/{absorbed}", headers=store.bearer("viewer"), follow_redirects=False)
    assert redirect.status_code == 302 and redirect.json()["merged_into"] == survivor
    revert = store.client.post(f"/api/decisions/{merge.json()['id']}/revert", headers=store.bearer("admin"),
                               json={"reason": "two shellings after all"})
    assert revert.status_code == 200, revert.text
    assert _incident_ids(store) == set(before)
    api = store.client.get(f"/api/incidents/{absorbed}", headers=store.bearer("viewer"), follow_redirects=False)
    assert api.status_code == 200 and api.json()["id"] == absorbed
    log_in(store.client, "viewer")
    assert store.client.get(f"/incidents/{absorbed}", follow_redirects=False).status_code == 200
