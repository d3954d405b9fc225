"""Reviews from the incident and claim pages and from the JSON API, on SQLite and PostgreSQL:
splitting out a report in which no event was found, and corrected counts whose bounds
follow their qualifier."""

from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select
from test_web_support import Store, add_report, log_in, seeded_template, store  # noqa: F401

from observatory.fuse.incidents import rebuild_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import IncidentReport
from observatory.web.incident_reads import incident_of_claim

# No trigger word: the extractor finds casualties but no event, so the report joins the
# Douma air strike (same town, day and toll) as a report member.
MEDICS_COUNT = "Medics in Douma town in Eastern Ghouta counted 16 civilians dead on Sunday, 5 of them children"
FORM_INPUT = re.compile(r'<input[^>]*\bname="(\w+)"[^>]*\bvalue="([^"]*)"')


def _report_incident(store: Store, document_id: int) -> int | None:
    with session_scope(store.engine) as session:
        return session.scalar(select(IncidentReport.incident_id).where(IncidentReport.document_id == document_id))


def _event_incident(store: Store, claim_id: int) -> int | None:
    with session_scope(store.engine) as session:
        return incident_of_claim(session, "event", claim_id)


def _incident(store: Store, incident_id: int) -> dict:
    response = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer"))
    assert response.status_code == 200, response.text
    return response.json()


def _split_report_from_the_page(store: Store, incident_id: int, document_id: int) -> None:
    csrf = log_in(store.client, "reviewer")
    page = store.client.get(f"/incidents/{incident_id}").text
    assert f'name="reports" value="{document_id}"' in page  # the split form offers the report member
    response = store.client.post(f"/incidents/{incident_id}/review", data={
        "action": "split", "reports": str(document_id), "reason": "the medics counted another raid", "csrf_token": csrf,
    })
    assert response.status_code == 200 and "Recorded: split" in response.text


def _split_report_through_the_api(store: Store, incident_id: int, document_id: int) -> None:
    response = store.client.post(f"/api/incidents/{incident_id}/review",
                                 json={"action": "split", "reports": [document_id],
                                       "reason": "the medics counted another raid"},
                                 headers=store.bearer("reviewer"))
    assert response.status_code == 200, response.text
    assert response.json()["after"]["reports"] == [document_id]


@pytest.mark.parametrize("split", [_split_report_from_the_page, _split_report_through_the_api], ids=["page", "api"])
def test_a_split_report_member_gets_its_own_incident_and_keeps_it(store: Store, split):
    document_id = add_report(store.engine, MEDICS_COUNT, "Douma medics' count", date(2017, 10, 2))
    incident_id = _report_incident(store, document_id)
    events = [claim["id"] for claim in _incident(store, incident_id)["claims"] if claim["kind"] == "event"]
    assert events, "the report should have joined the air strike's incident"

    split(store, incident_id, document_id)

    def apart() -> bool:
        alone, strike = _report_incident(store, document_id), _event_incident(store, events[0])
        return alone is not None and alone != strike and _incident(store, alone)["n_sources"] == 1

    assert apart()
    with session_scope(store.engine) as session:
        rebuild_incidents(session)
    assert apart()


def test_a_split_naming_no_member_of_the_incident_is_refused(store: Store):
    document_id = add_report(store.engine, MEDICS_COUNT, "Douma medics' count", date(2017, 10, 2))
    incident_id = _report_incident(store, document_id)
    refused = store.client.post(f"/api/incidents/{incident_id}/review",
                                json={"action": "split", "reports": [document_id + 1000], "reason": "wrong id"},
                                headers=store.bearer("reviewer"))
    assert refused.status_code == 422 and "some, not all" in refused.text


def _at_least_claim(store: Store) -> dict:
    """A casualty claim stated as "at least N" in the fixture reports."""
    claims = store.client.get("/api/claims", params={"kind": "casualty", "per_page": 500},
                              headers=store.bearer("viewer")).json()["items"]
    return next(claim for claim in claims if claim["payload"]["count"]["qualifier"] == "at_least")


def _correct_from_the_page(store: Store, claim_id: int, fields: dict[str, int]) -> dict:
    """Submit the claim page's correction form as a browser would: every field, some edited."""
    csrf = log_in(store.client, "reviewer")
    page = store.client.get(f"/claims/casualty/{claim_id}").text
    form = page[page.index('id="correct-form"'):]
    data = dict(FORM_INPUT.findall(form[:form.index("</form>")]))
    data.update({name: str(value) for name, value in fields.items()}, reason="hospital list", csrf_token=csrf)
    response = store.client.post(f"/claims/casualty/{claim_id}/review", data=data)
    assert response.status_code == 200 and "Recorded: correct" in response.text
    return store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["items"][0]


def _correct_through_the_api(store: Store, claim_id: int, fields: dict[str, int]) -> dict:
    response = store.client.post(f"/api/claims/casualty/{claim_id}/review",
                                 json={"action": "correct", "fields": fields, "reason": "hospital list"},
                                 headers=store.bearer("reviewer"))
    assert response.status_code == 200, response.text
    return response.json()


@pytest.mark.parametrize("correct", [_correct_from_the_page, _correct_through_the_api], ids=["page", "api"])
def test_a_corrected_at_least_figure_moves_its_lower_bound(store: Store, correct):
    claim = _at_least_claim(store)
    new_value = claim["payload"]["count"]["value"] + 100
    decision = correct(store, claim["id"], {"value": new_value})
    assert decision["after"]["changed"] == {"value": new_value, "low": new_value}
    with session_scope(store.engine) as session:
        incident_id = incident_of_claim(session, "casualty", claim["id"])
    side = next(toll for toll in _incident(store, incident_id)["tolls"] if claim["id"] in toll["claim_ids"])
    # The corrected figure is now the side's largest; low stays the lowest outlet's bound.
    assert side["high"] == new_value and side["low"] <= new_value


@pytest.mark.parametrize("correct", [_correct_from_the_page, _correct_through_the_api], ids=["page", "api"])
def test_bounds_a_reviewer_sets_are_kept(store: Store, correct):
    claim = _at_least_claim(store)
    value = claim["payload"]["count"]["value"]
    decision = correct(store, claim["id"], {"value": value + 100, "low": value + 90})
    assert decision["after"]["changed"] == {"value": value + 100, "low": value + 90}


def test_bounds_follow_every_qualifier_of_the_count_table(store: Store):
    claim = _at_least_claim(store)
    claim_id, bounds = claim["id"], {"low": claim["payload"]["count"]["low"], "high": claim["payload"]["count"]["high"]}
    # extraction.md: "about 20" has no bounds, "up to 30" only a high one, and so on.
    table = {"exact": (50, 50), "more_than": (51, None), "up_to": (None, 50), "about": (None, None),
             "at_least": (50, None)}
    for qualifier, expected in table.items():
        decision = _correct_through_the_api(store, claim_id, {"value": 50, "qualifier": qualifier})
        bounds.update({name: decision["after"]["changed"][name] for name in bounds if name in decision["after"]["changed"]})
        assert (bounds["low"], bounds["high"]) == expected, qualifier
    with session_scope(store.engine) as session:
        incident_id = incident_of_claim(session, "casualty", claim_id)
    side = next(toll for toll in _incident(store, incident_id)["tolls"] if claim_id in toll["claim_ids"])
    assert side["high"] >= 50  # the last correction, "at least 50", counts in the side's figures
    refused = store.client.post(f"/api/claims/casualty/{claim_id}/review",
                                json={"action": "correct", "fields": {"qualifier": "roughly"}},
                                headers=store.bearer("reviewer"))
    assert refused.status_code == 422 and "qualifier" in refused.text
