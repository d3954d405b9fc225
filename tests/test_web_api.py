"""The web app over a real store (SQLite, and PostgreSQL when configured): logins, roles,
CSRF, escaping, filters, pagination, tolls, and reviews that change the tolls."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from test_web_support import Store, add_report, csrf_of, log_in, seeded_template, store  # noqa: F401

from observatory.fuse.tolls import compute_tolls
from observatory.store.db import session_scope
from observatory.store.tables.fusion import IncidentToll
from observatory.store.tables.gazetteer import GazetteerPlaceRow
from observatory.web.incident_reads import incident_of_claim


def _all_incidents(store: Store, **params) -> list[dict]:
    response = store.client.get("/api/incidents", params={"per_page": 500, **params}, headers=store.bearer("viewer"))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def test_pages_and_api_need_a_login(store: Store):
    page = store.client.get("/incidents", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login?next=")
    assert store.client.get("/api/incidents").status_code == 401
    assert store.client.get("/api/incidents", headers={"Authorization": "Bearer obs_wrong"}).status_code == 401
    assert store.client.get("/api/me", headers=store.bearer("viewer")).json() == {"name": "viewer", "role": "viewer"}


def test_wrong_password_is_refused(store: Store):
    token = csrf_of(store.client)
    response = store.client.post("/login", data={"name": "viewer", "password": "guess", "csrf_token": token})
    assert response.status_code == 401
    assert "wrong password" in response.text


def test_forms_without_the_session_csrf_token_are_rejected(store: Store):
    before_login = csrf_of(store.client)
    assert log_in(store.client, "reviewer") != before_login  # logging in starts a new session
    incident = _all_incidents(store)[0]
    missing = store.client.post(f"/incidents/{incident['id']}/review", data={"action": "accept"})
    forged = store.client.post(f"/incidents/{incident['id']}/review", data={"action": "accept", "csrf_token": "forged"})
    assert missing.status_code == 403 and forged.status_code == 403
    assert store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["total"] == 0
    # A JSON request riding on the session cookie needs the header too.
    body = {"action": "accept"}
    assert store.client.post(f"/api/incidents/{incident['id']}/review", json=body).status_code == 403


def test_viewers_read_but_cannot_change(store: Store):
    csrf = log_in(store.client, "viewer")
    incident = _all_incidents(store)[0]
    assert store.client.get(f"/incidents/{incident['id']}").status_code == 200
    form = store.client.post(f"/incidents/{incident['id']}/review", data={"action": "accept", "csrf_token": csrf})
    assert form.status_code == 403
    api = store.client.post(f"/api/incidents/{incident['id']}/review", json={"action": "accept"},
                            headers=store.bearer("viewer"))
    assert api.status_code == 403


def test_report_text_is_escaped_everywhere(store: Store):
    log_in(store.client, "viewer")
    documents = store.client.get("/api/documents", headers=store.bearer("viewer")).json()["items"]
    hostile = next(d for d in documents if "<script>" in (d["title"] or ""))
    for path in (f"/documents/{hostile['id']}", "/documents"):
        html = store.client.get(path).text
        assert "<script>alert" not in html
        assert "&lt;script&gt;alert" in html
    incident = next(i for i in _all_incidents(store) if i["place_name"] and "Khan" in i["place_name"])
    html = store.client.get(f"/incidents/{incident['id']}").text
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_filters_select_matching_incidents(store: Store):
    everything = _all_incidents(store)
    assert len(everything) >= 3
    kind = everything[0]["event_type"]
    assert {i["event_type"] for i in _all_incidents(store, event_type=kind)} == {kind}
    some = sorted(i["deaths_best"] for i in everything if i["deaths_best"])[-1]
    assert all(i["deaths_best"] >= some for i in _all_incidents(store, min_deaths=some))
    assert len(_all_incidents(store, date_from="2017-11-01")) < len(everything)
    assert all((i["date_end"] or "") >= "2017-11-01" for i in _all_incidents(store, date_from="2017-11-01"))
    assert _all_incidents(store, reviewed="true") == []
    by_source = _all_incidents(store, source="Reuters")
    assert by_source and len(by_source) < len(everything)
    bad = store.client.get("/api/incidents", params={"date_from": "2017-13-45"}, headers=store.bearer("viewer"))
    assert bad.status_code == 422 and "date_from" in bad.text
    for path in ("/api/incidents", "/api/tolls", "/review"):
        backwards = store.client.get(path, params={"date_from": "2017-11-30", "date_to": "2017-11-01"},
                                     headers=store.bearer("viewer"))
        assert backwards.status_code == 422 and "after date_to" in backwards.text, path


def test_pagination_walks_every_incident_once(store: Store):
    everything = _all_incidents(store, sort="id")
    seen, page = [], 1
    while True:
        body = store.client.get("/api/incidents", params={"per_page": 2, "page": page, "sort": "id"},
                                headers=store.bearer("viewer")).json()
        assert body["total"] == len(everything)
        if not body["items"]:
            break
        seen += [item["id"] for item in body["items"]]
        page += 1
    assert seen == [item["id"] for item in everything]
    log_in(store.client, "viewer")
    html = store.client.get("/incidents", params={"sort": "deaths"}).text
    assert f"{len(everything)} in all" in html


def test_tolls_api_matches_compute_tolls(store: Store):
    api = store.client.get("/api/tolls", params={"by": "actor", "period": "week"}, headers=store.bearer("viewer"))
    with session_scope(store.engine) as session:
        expected = compute_tolls(session, by="actor", period="week")
    assert [(r["group"], r["period"], r["best"]) for r in api.json()] == [(r.key, r.period, r.best) for r in expected]


def test_reviewer_corrects_a_casualty_count_and_the_toll_follows(store: Store):
    with session_scope(store.engine) as session:
        # A side counted by one report only: its figure is the toll, so a correction must show.
        toll = session.scalars(
            select(IncidentToll).where(
                IncidentToll.status == "killed", IncidentToll.n_sources == 1, IncidentToll.subset_of.is_(None)
            )
        ).first()
        claim_id, old_best = toll.claim_ids[0], toll.best
    new_value = old_best + 40
    response = store.client.post(
        f"/api/claims/casualty/{claim_id}/review",
        json={"action": "correct", "fields": {"value": new_value}, "reason": "hospital list"},
        headers=store.bearer("reviewer"),
    )
    assert response.status_code == 200, response.text
    decision = response.json()
    assert decision["user"] == "reviewer" and decision["after"]["changed"]["value"] == new_value
    with session_scope(store.engine) as session:  # re-fusing may renumber the incident
        incident_id = incident_of_claim(session, "casualty", claim_id)
    detail = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    side = next(t for t in detail["tolls"] if claim_id in t["claim_ids"])
    assert side["best"] == new_value
    assert detail["deaths_best"] >= new_value
    log = store.client.get("/api/decisions", headers=store.bearer("viewer")).json()
    assert log["total"] == 1 and log["items"][0]["reason"] == "hospital list"


def test_toll_answers_follow_reviews(store: Store):
    def killed_in_all() -> int:
        rows = store.client.get("/api/tolls", params={"by": "category"}, headers=store.bearer("viewer")).json()
        return sum(row["best"] or 0 for row in rows)

    before = killed_in_all()
    assert killed_in_all() == before  # asked twice: the same answer (served from the cache)
    with session_scope(store.engine) as session:
        toll = session.scalars(
            select(IncidentToll).where(
                IncidentToll.status == "killed", IncidentToll.n_sources == 1, IncidentToll.subset_of.is_(None)
            )
        ).first()
        claim_id, old_best = toll.claim_ids[0], toll.best
    response = store.client.post(f"/api/claims/casualty/{claim_id}/review",
                                 json={"action": "reject", "reason": "duplicate"},
                                 headers=store.bearer("reviewer"))
    assert response.status_code == 200, response.text
    assert killed_in_all() == before - old_best


def test_review_form_records_the_decision_in_the_audit_log(store: Store):
    csrf = log_in(store.client, "reviewer")
    incident = _all_incidents(store)[0]
    response = store.client.post(f"/incidents/{incident['id']}/review",
                                 data={"action": "accept", "reason": "checked", "csrf_token": csrf})
    assert response.status_code == 200  # followed the redirect back to the incident
    assert "Recorded: accept" in response.text
    assert _all_incidents(store, reviewed="true")[0]["id"] == incident["id"]
    audit = store.client.get("/audit").text
    assert "checked" in audit and "reviewer" in audit


def test_nothing_changed_is_not_a_correction(store: Store):
    claims = store.client.get("/api/claims", params={"kind": "casualty"}, headers=store.bearer("viewer")).json()
    claim = claims["items"][0]
    response = store.client.post(f"/api/claims/casualty/{claim['id']}/review",
                                 json={"action": "correct", "fields": {"value": claim["payload"]["count"]["value"]}},
                                 headers=store.bearer("reviewer"))
    assert response.status_code == 422 and "nothing changed" in response.text


def test_every_page_renders(store: Store):
    log_in(store.client, "admin")
    incident = _all_incidents(store)[0]
    document = store.client.get("/api/documents", headers=store.bearer("viewer")).json()["items"][0]
    for path in ("/", "/incidents", f"/incidents/{incident['id']}", "/map", "/tolls", "/documents",
                 f"/documents/{document['id']}", "/review", "/audit", "/docs", "/claims/casualty/1"):
        response = store.client.get(path)
        assert response.status_code == 200, path
    assert store.client.get("/openapi.json").json()["paths"]["/api/incidents"]


def test_control_and_map_data(store: Store):
    states = store.client.get("/api/control", params={"at": "2017-12-01"}, headers=store.bearer("viewer")).json()
    assert all(s["date_start"] <= "2017-12-01" for s in states)
    geo = store.client.get("/api/incidents/geojson", headers=store.bearer("viewer")).json()
    assert geo["type"] == "FeatureCollection"
    assert all(len(f["geometry"]["coordinates"]) == 2 for f in geo["features"])


def test_exports_download_the_selected_incidents(store: Store):
    selected = _all_incidents(store, date_from="2017-10-10")
    acled = store.client.get("/api/export/acled.csv", params={"date_from": "2017-10-10"},
                             headers=store.bearer("viewer"))
    assert acled.status_code == 200 and acled.headers["content-type"].startswith("text/csv")
    assert "attachment" in acled.headers["content-disposition"]
    assert len([line for line in acled.text.splitlines() if line.strip()]) == len(selected) + 1
    geo = store.client.get("/api/export/incidents.geojson", params={"date_from": "2017-10-10"},
                           headers=store.bearer("viewer")).json()
    assert geo["type"] == "FeatureCollection"
    assert store.client.get("/api/export/ucdp.csv").status_code == 401


def test_resolving_a_place_extends_the_gazetteer_and_places_the_incident(store: Store):
    unresolved = store.client.get("/api/places/unresolved", headers=store.bearer("viewer")).json()
    name = unresolved[0]["name"]
    unplaced = [i for i in _all_incidents(store) if i["place_name"] == name]
    assert unplaced and (unplaced[0]["lat"] is None or unplaced[0]["where_prec"] >= 4)  # at most its governorate
    body = {"name": name, "lat": 35.31, "lon": 36.52, "admin1": "Hama", "feature": "village", "reason": "OSM lookup"}
    viewer = store.client.post("/api/places/resolve", json=body, headers=store.bearer("viewer"))
    assert viewer.status_code == 403
    response = store.client.post("/api/places/resolve", json=body, headers=store.bearer("reviewer"))
    assert response.status_code == 200, response.text
    assert response.json()["claims_updated"] >= 1
    with session_scope(store.engine) as session:
        place = session.scalar(select(GazetteerPlaceRow).where(GazetteerPlaceRow.name == name))
        assert place is not None and place.admin1 == "Hama"
    placed = [i for i in _all_incidents(store) if i["place_name"] == name]
    assert placed and placed[0]["lat"] == pytest.approx(35.31)
    names = [p["name"] for p in store.client.get("/api/places/unresolved", headers=store.bearer("viewer")).json()]
    assert name not in names
    actions = {d["action"] for d in store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["items"]}
    assert actions == {"resolve_place"}


def test_corrections_build_on_earlier_ones(store: Store):
    events = store.client.get("/api/claims", params={"kind": "event"}, headers=store.bearer("viewer")).json()["items"]
    claim = next(c for c in events if (c["payload"].get("date") or {}).get("start"))
    url = f"/api/claims/event/{claim['id']}/review"
    first = store.client.post(url, json={"action": "correct", "fields": {"date_start": "2017-09-28"}, "reason": "a"},
                              headers=store.bearer("reviewer"))
    second = store.client.post(url, json={"action": "correct", "fields": {"date_end": "2017-09-29"}, "reason": "b"},
                               headers=store.bearer("reviewer"))
    assert first.status_code == 200 and second.status_code == 200, second.text
    assert second.json()["after"]["fields"]["date"]["start"] == "2017-09-28"
    log_in(store.client, "reviewer")
    form = store.client.get(f"/claims/event/{claim['id']}").text
    assert 'name="date_start" value="2017-09-28"' in form and 'name="date_end" value="2017-09-29"' in form


def test_without_browser_libraries_pages_still_work_and_say_how_to_fix_it(store: Store, tmp_path):
    from observatory.web.app import assets_installed

    assert not assets_installed(tmp_path)
    store.client.app.state.assets_ok = False
    store.client.app.state.swagger_ok = False
    log_in(store.client, "viewer")
    page = store.client.get("/map").text
    assert "make assets" in page and "/static/vendor/" not in page
    docs = store.client.get("/docs").text
    assert "/api/incidents" in docs and "/openapi.json" in docs


def test_split_then_merge_incidents(store: Store):
    def review(incident_id: int, body: dict):
        response = store.client.post(f"/api/incidents/{incident_id}/review", json=body,
                                     headers=store.bearer("reviewer"))
        assert response.status_code == 200, response.text

    everything = _all_incidents(store)
    shared = next(i for i in everything if i["n_sources"] >= 2)
    detail = store.client.get(f"/api/incidents/{shared['id']}", headers=store.bearer("viewer")).json()
    events = [c["id"] for c in detail["claims"] if c["kind"] == "event"]
    review(shared["id"], {"action": "split", "claims": events[-1:], "reason": "two different raids"})
    after_split = _all_incidents(store)
    assert len(after_split) == len(everything) + 1
    with session_scope(store.engine) as session:
        moved_to = incident_of_claim(session, "event", events[-1])
        stayed_in = incident_of_claim(session, "event", events[0])
    assert moved_to != stayed_in
    review(moved_to, {"action": "merge", "into": stayed_in, "reason": "same raid after all"})
    assert len(_all_incidents(store)) == len(everything)
    refused = store.client.post(f"/api/incidents/{stayed_in}/review", json={"action": "split", "claims": events},
                                headers=store.bearer("reviewer"))
    assert refused.status_code == 422 and "some, not all" in refused.text


def test_place_search_finds_gazetteer_ids(store: Store):
    incident = next(i for i in _all_incidents(store)  # a point of its own, not a governorate's (precision 4)
                    if i["place_name"] and i["lat"] is not None and (i["where_prec"] or 1) <= 2)
    found = store.client.get("/api/places", params={"q": incident["place_name"]}, headers=store.bearer("viewer"))
    assert found.status_code == 200
    assert any(abs((p["lat"] or 0) - incident["lat"]) < 0.2 for p in found.json())


# A dated place line (a strike log without its code): a report without an event.
STRIKE_LOG = "March 20th 2017: Al Tabqa city, Raqqa governorate, Syria"


def test_a_report_without_event_is_shown_among_the_incident_sources(store: Store):
    from observatory.store.tables.fusion import IncidentReport

    document_id = add_report(store.engine, STRIKE_LOG, "Strike log S601", date(2017, 4, 10))
    with session_scope(store.engine) as session:
        incident_id = session.scalar(
            select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id)
        )
    detail = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    (member,) = [claim for claim in detail["claims"] if claim["kind"] == "report"]
    assert member["document_id"] == document_id and detail["documents"][0]["title"] == "Strike log S601"
    assert {span["text"] for span in member["evidence"]} == {"March 20th 2017", "Al Tabqa city"}
    log_in(store.client, "viewer")
    page = store.client.get(f"/incidents/{incident_id}")
    assert page.status_code == 200 and "No event found in this report" in page.text
    assert f'data-refs="report-{member["id"]}"' in page.text
