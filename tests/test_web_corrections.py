"""Corrections are checked like extracted claims, bad parameters are 422 (never 500), and an
admin can revert a decision for good (SQLite, and PostgreSQL when configured)."""

from __future__ import annotations


import pytest
from sqlalchemy import select
from test_web_support import Store, log_in, seeded_template, store  # noqa: F401

from observatory.fuse.incidents import rebuild_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import IncidentToll
from observatory.web.incident_reads import incident_of_claim


def _lone_killed_claim(store: Store) -> tuple[int, int]:
    """A casualty claim that alone makes a side's toll, and that toll."""
    with session_scope(store.engine) as session:
        toll = session.scalars(select(IncidentToll).where(
            IncidentToll.status == "killed", IncidentToll.n_sources == 1, IncidentToll.subset_of.is_(None),
        ).order_by(IncidentToll.id)).first()
        return toll.claim_ids[0], toll.best


def _first_claim(store: Store, kind: str) -> int:
    page = store.client.get("/api/claims", params={"kind": kind}, headers=store.bearer("viewer")).json()
    return page["items"][0]["id"]


def _review(store: Store, kind: str, claim_id: int, body: dict, role: str = "reviewer"):
    return store.client.post(f"/api/claims/{kind}/{claim_id}/review", json=body, headers=store.bearer(role))


def _side_best(store: Store, claim_id: int) -> int:
    with session_scope(store.engine) as session:
        incident_id = incident_of_claim(session, "casualty", claim_id)
    detail = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    return next(t for t in detail["tolls"] if claim_id in t["claim_ids"])["best"]


@pytest.mark.parametrize("fields, complaint", [
    ({"value": 2**62}, "less than or equal to 10000000"),
    ({"value": -3}, "must not be negative"),
    ({"status": "resurrected"}, "status"),
    ({"low": 50, "high": 10}, "low 50 is above high 10"),
    ({"value": 75, "high": 60}, "above high 60"),
    ({"category": "bystanders"}, "category"),
    ({"scope": "weekly"}, "scope"),
    ({"qualifier": "roughly"}, "qualifier"),
])
def test_impossible_casualty_corrections_are_refused(store: Store, fields: dict, complaint: str):
    claim_id, best = _lone_killed_claim(store)
    response = _review(store, "casualty", claim_id, {"action": "correct", "fields": fields, "reason": "typo"})
    assert response.status_code == 422 and complaint in response.text
    assert _side_best(store, claim_id) == best
    assert store.client.get("/api/tolls", headers=store.bearer("viewer")).status_code == 200
    assert store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["total"] == 0


def test_a_reason_the_size_of_a_book_is_refused(store: Store):
    claim_id, _ = _lone_killed_claim(store)
    essay = "The hospital in the next valley confirmed the count. " * 20_000  # a megabyte
    response = _review(store, "casualty", claim_id, {"action": "reject", "reason": essay})
    assert response.status_code == 422
    csrf = log_in(store.client, "reviewer")
    form = store.client.post(f"/claims/casualty/{claim_id}/review",
                             data={"action": "reject", "reason": essay[:100_000], "csrf_token": csrf})
    assert "at most 2000 characters" in form.text
    assert store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["total"] == 0


def test_event_and_control_corrections_keep_dates_in_order(store: Store):
    event_id = _first_claim(store, "event")
    backwards = _review(store, "event", event_id, {"action": "correct", "fields": {
        "date_start": "2016-05-10", "date_end": "2016-05-02"}})
    assert backwards.status_code == 422 and "before the start" in backwards.text
    control_id = _first_claim(store, "control")
    teleported = _review(store, "control", control_id, {"action": "correct", "fields": {"change": "teleported"}})
    assert teleported.status_code == 422 and "change" in teleported.text
    reversed_days = _review(store, "control", control_id, {"action": "correct", "fields": {
        "date_start": "2017-03-09", "date_end": "2017-03-01"}})
    assert reversed_days.status_code == 422 and "before the start" in reversed_days.text


def test_incident_summary_corrections_are_checked(store: Store):
    incident_id = store.client.get("/api/incidents", headers=store.bearer("viewer")).json()["items"][0]["id"]
    for fields, complaint in (({"deaths_low": 40, "deaths_best": 12, "deaths_high": 50}, "low ≤ best ≤ high"),
                              ({"deaths_best": 2**62}, "10000000"),
                              ({"sub_event_type": "Alien landing"}, "sub_event_type")):
        response = store.client.post(f"/api/incidents/{incident_id}/review",
                                     json={"action": "correct", "fields": fields}, headers=store.bearer("reviewer"))
        assert response.status_code == 422 and complaint in response.text, fields


@pytest.mark.parametrize("path", [
    "/api/incidents?page=99999999999999999999",
    "/api/incidents?min_deaths=9223372036854775808",
    "/api/incidents?min_deaths=-4",
    "/api/claims?kind=event&document_id=9223372036854775808",
    "/api/decisions?target_id=18446744073709551617",
    "/api/incidents/9223372036854775808",
    "/api/documents/3000000000",
    "/api/claims/casualty/0",
    "/api/documents?q=" + "olive" * 100,
    "/api/places?q=" + "Tall " * 30,
])
def test_out_of_range_parameters_are_422(store: Store, path: str):
    assert store.client.get(path, headers=store.bearer("viewer")).status_code == 422


def test_out_of_range_ids_in_review_bodies_are_422(store: Store):
    incident_id = store.client.get("/api/incidents", headers=store.bearer("viewer")).json()["items"][0]["id"]
    for body in ({"action": "merge", "into": 2**63}, {"action": "split", "claims": [2**70]}):
        response = store.client.post(f"/api/incidents/{incident_id}/review", json=body,
                                     headers=store.bearer("reviewer"))
        assert response.status_code == 422, body
    huge_path = store.client.post("/api/incidents/99999999999999999999/review", json={"action": "accept"},
                                  headers=store.bearer("reviewer"))
    assert huge_path.status_code == 422


def test_pages_answer_huge_ids_and_long_searches_without_error(store: Store):
    """How fast a long search is refused is measured by bench/hardening.py, not here."""
    log_in(store.client, "viewer")
    assert store.client.get("/incidents/92233720368547758070").status_code == 422
    assert store.client.get("/documents/92233720368547758070").status_code == 422
    long_query = store.client.get("/review", params={"q": "Khirbet al-Zaytoun " * 250})
    assert long_query.status_code == 422
    assert store.client.get("/review", params={"q": "Kafr " * 19}).status_code == 200


def test_an_admin_reverts_a_correction_and_the_revert_survives_a_rebuild(store: Store):
    claim_id, best = _lone_killed_claim(store)
    corrected = _review(store, "casualty", claim_id, {"action": "correct", "fields": {"value": best + 25},
                                                      "reason": "second hospital"})
    assert corrected.status_code == 200 and _side_best(store, claim_id) == best + 25
    decision_id = corrected.json()["id"]
    url = f"/api/decisions/{decision_id}/revert"
    assert store.client.post(url, json={}, headers=store.bearer("reviewer")).status_code == 403
    reverted = store.client.post(url, json={"reason": "the hospital retracted"}, headers=store.bearer("admin"))
    assert reverted.status_code == 200, reverted.text
    assert reverted.json()["action"] == "revert" and reverted.json()["target_id"] == decision_id
    assert _side_best(store, claim_id) == best
    with session_scope(store.engine) as session:
        rebuild_incidents(session)
    assert _side_best(store, claim_id) == best
    again = store.client.post(url, json={}, headers=store.bearer("admin"))
    assert again.status_code == 422 and "already reverted" in again.text
    log = store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["items"]
    assert [d["action"] for d in log] == ["revert", "correct"]


def test_a_reverted_rejection_brings_the_claim_back(store: Store):
    claim_id, best = _lone_killed_claim(store)
    rejected = _review(store, "casualty", claim_id, {"action": "reject", "reason": "double count"})
    killed = lambda: sum(r["best"] or 0 for r in store.client.get(  # noqa: E731
        "/api/tolls", params={"by": "category"}, headers=store.bearer("viewer")).json())
    after_reject = killed()
    store.client.post(f"/api/decisions/{rejected.json()['id']}/revert", json={}, headers=store.bearer("admin"))
    assert killed() == after_reject + best
    account_change = store.client.post("/api/users/viewer/role", json={"role": "reviewer"},
                                       headers=store.bearer("admin")).status_code
    assert account_change == 200
    account_decision = store.client.get("/api/decisions", headers=store.bearer("admin")).json()["items"][0]
    assert account_decision["action"] == "change_role"
    undo_account = store.client.post(f"/api/decisions/{account_decision['id']}/revert", json={},
                                     headers=store.bearer("admin"))
    assert undo_account.status_code == 422


def _walk_params(dependant) -> list:
    params = list(dependant.query_params)
    for sub in dependant.dependencies:
        params += _walk_params(sub)
    return params


def _routes(routes: list) -> list:
    """Every route, also those of included routers (kept under ``original_router`` by newer FastAPI)."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += _routes(inner.routes) if inner is not None else [route]
    return found


def test_no_page_or_endpoint_fails_on_huge_numbers(store: Store):
    """Every GET route, each path id and each query parameter set to a number past 2^64."""
    from fastapi.routing import APIRoute

    log_in(store.client, "admin")
    huge = "184467440737095516170"
    tried = 0
    for route in _routes(store.client.app.routes):
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        path = route.path_format
        for name in route.param_convertors:
            path = path.replace("{" + name + "}", "event" if name == "kind" else huge)
        for param in _walk_params(route.dependant):
            response = store.client.get(path, params={param.alias: huge})
            assert response.status_code < 500, (path, param.alias, response.status_code)
            tried += 1
    assert tried > 40


def test_the_audit_log_offers_admins_a_revert_button(store: Store):
    claim_id, best = _lone_killed_claim(store)
    decision = _review(store, "casualty", claim_id, {"action": "correct", "fields": {"value": best + 9}}).json()
    log_in(store.client, "reviewer")
    assert f'action="/decisions/{decision["id"]}/revert"' not in store.client.get("/audit").text
    csrf = log_in(store.client, "admin")
    assert f'action="/decisions/{decision["id"]}/revert"' in store.client.get("/audit").text
    page = store.client.post(f"/decisions/{decision['id']}/revert",
                             data={"reason": "figure came from a rumour", "csrf_token": csrf})
    assert f"Decision {decision['id']} reverted." in page.text
    assert _side_best(store, claim_id) == best
