"""The review queue at volume: paging, filters and sorting that agree with the counts, the
evidence sentence with its span, decisions from the queue and bulk accept (one audit entry
per claim), on SQLite and PostgreSQL."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from test_web_support import Store, add_report, log_in, seeded_template, store  # noqa: F401

from observatory.fuse.unresolved import open_unresolved
from observatory.kb.gazetteer.normalize import light_key
from observatory.store.db import session_scope
from observatory.store.tables.fusion import ReviewDecisionRow
from observatory.web.review_queue import QueueFilter, queue_count, queue_page

TOTAL = re.compile(r'id="queue-total">(\d+)<')


def _all_pages(store: Store, flt: QueueFilter, sort: str, per_page: int = 3) -> list:
    with session_scope(store.engine) as session:
        first, total = queue_page(session, flt, sort=sort, page=1, per_page=per_page)
        rows = list(first)
        for page in range(2, (total - 1) // per_page + 2):
            rows += queue_page(session, flt, sort=sort, page=page, per_page=per_page)[0]
        return rows, total


def test_pages_cover_the_queue_once_in_the_chosen_order(store: Store):
    rows, total = _all_pages(store, QueueFilter(), "confidence")
    keys = [(row.kind, row.id) for row in rows]
    assert total > 6 and len(keys) == total == len(set(keys))
    confidences = [row.confidence for row in rows if row.confidence is not None]
    assert confidences == sorted(confidences)
    newest_first, _ = _all_pages(store, QueueFilter(), "-date")
    days = [row.day for row in newest_first if row.day is not None]
    assert days == sorted(days, reverse=True)


def test_filters_narrow_the_rows_and_the_count_alike(store: Store):
    everything, total = _all_pages(store, QueueFilter(), "id")
    by_kind = {}
    for kind in ("event", "casualty", "control"):
        rows, count = _all_pages(store, QueueFilter(kind=kind), "id")
        assert {row.kind for row in rows} <= {kind} and len(rows) == count
        by_kind[kind] = count
    assert sum(by_kind.values()) == total
    confident, count = _all_pages(store, QueueFilter(min_confidence=0.85), "id")
    assert len(confident) == count < total and all(row.confidence >= 0.85 for row in confident)
    source = everything[0].source
    from_source, count = _all_pages(store, QueueFilter(source=source.upper()), "id")
    assert count == sum(row.source == source for row in everything) and {r.source for r in from_source} == {source}
    day = everything[0].day
    that_day, count = _all_pages(store, QueueFilter(date_from=day, date_to=day), "id")
    assert count == sum(row.day == day for row in everything) and {row.day for row in that_day} == {day}


def test_the_page_shows_the_whole_sentence_with_the_span_marked(store: Store):
    log_in(store.client, "viewer")
    page = store.client.get("/review?kind=casualty&sort=-confidence")
    assert page.status_code == 200
    with session_scope(store.engine) as session:
        claims, total = queue_page(session, QueueFilter(kind="casualty"), sort="-confidence", per_page=50)
    assert TOTAL.search(page.text).group(1) == str(total)
    first = claims[0]
    marked = [piece.text for piece in first.sentence if piece.marks]
    assert marked == [first.evidence]
    sentence = "".join(piece.text for piece in first.sentence)
    assert len(sentence) > len(first.evidence) and "\n" not in sentence  # the sentence (or headline), not the span
    assert f'<mark class="k-casualty ">{first.evidence}</mark>' in page.text
    assert store.client.get("/review?sort=loudest").status_code == 422
    assert store.client.get("/review?status=maybe").status_code == 422


def test_one_decision_from_the_queue_records_exactly_one_claim(store: Store):
    with session_scope(store.engine) as session:
        (claim,), total = queue_page(session, QueueFilter(kind="event"), per_page=1)
    csrf = log_in(store.client, "reviewer")
    back = "/review?kind=event&page=1"
    response = store.client.post("/review/decide", data={
        "kind": "event", "id": str(claim.id), "action": "accept", "back": back, "csrf_token": csrf},
        follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == back
    with session_scope(store.engine) as session:
        decisions = session.execute(select(ReviewDecisionRow.target_kind, ReviewDecisionRow.target_id)).all()
        assert decisions == [("event_claim", claim.id)]
        assert queue_count(session, QueueFilter(kind="event")) == total - 1
        assert queue_count(session, QueueFilter(kind="event", status="decided")) == 1


def test_bulk_accept_writes_one_audit_entry_per_confident_claim(store: Store):
    with session_scope(store.engine) as session:
        confident, _ = queue_page(session, QueueFilter(min_confidence=0.9), per_page=500)
        remaining = queue_count(session, QueueFilter()) - len(confident)
    assert confident
    csrf = log_in(store.client, "reviewer")
    response = store.client.post("/review/accept-confident", data={
        "min_confidence": "0.9", "reason": "checked the sample", "csrf_token": csrf})
    assert response.status_code == 200 and f"Accepted {len(confident)} claims" in response.text
    with session_scope(store.engine) as session:
        rows = session.execute(select(ReviewDecisionRow.action, ReviewDecisionRow.target_kind,
                                      ReviewDecisionRow.target_id, ReviewDecisionRow.reason)).all()
        assert sorted(rows) == sorted(("accept", f"{c.kind}_claim", c.id, "checked the sample") for c in confident)
        assert queue_count(session, QueueFilter()) == remaining
        assert session.scalar(select(func.count()).select_from(ReviewDecisionRow)) == len(confident)
    assert store.client.post("/review/accept-confident", data={
        "min_confidence": "0.2", "csrf_token": csrf}).status_code == 422


def test_the_dashboard_counts_what_its_link_lists(store: Store):
    log_in(store.client, "viewer")
    dashboard = store.client.get("/").text
    link = re.search(r'<a href="(/review\?[^"]+)" id="pending-total">(\d+)</a>', dashboard)
    assert link is not None
    review = store.client.get(link.group(1).replace("&amp;", "&")).text
    assert TOTAL.search(review).group(1) == link.group(2)
    places = re.search(r'id="places-total">(\d+)<', dashboard).group(1)
    assert re.search(r'id="places-total">(\d+)<', review).group(1) == places
    api = store.client.get("/api/places/unresolved?limit=1000", headers=store.bearer("viewer")).json()
    assert len(api) == int(places)


HAMLET_SHELLED = ("Artillery shelled the hamlet of Tal Dahiriyeh in the Hama countryside on Tuesday, "
                  "killing three farmers.")
HAMLET_AGAIN = ("Two shepherds were killed when shells hit the hamlet of Tal al-Dahiriyeh in the Hama "
                "countryside on Wednesday.")


def test_unresolved_places_are_counted_one_way_on_every_page_and_the_api(store: Store):
    for text, day in ((HAMLET_SHELLED, 3), (HAMLET_AGAIN, 4)):
        add_report(store.engine, text, "Hama countryside shelling", date(2017, 10, day))
    with session_scope(store.engine) as session:
        listed, total = open_unresolved(session)
    hamlet = [entry for entry in listed if light_key(entry.name) == light_key("Tal Dahiriyeh")]
    assert len(hamlet) == 1 and hamlet[0].count == 2  # two spellings, one name, two reports
    log_in(store.client, "viewer")
    dashboard = store.client.get("/").text
    review = store.client.get("/review").text
    assert re.search(r'id="places-total">(\d+)<', dashboard).group(1) == str(total)
    assert re.search(r'id="places-total">(\d+)<', review).group(1) == str(total)
    api = store.client.get("/api/places/unresolved?limit=2", headers=store.bearer("viewer"))
    assert api.headers["x-total-count"] == str(total) and len(api.json()) == min(2, total)
    pages = [store.client.get(f"/api/places/unresolved?limit=2&page={page}", headers=store.bearer("viewer")).json()
             for page in range(1, (total + 1) // 2 + 1)]
    assert [place["name"] for page in pages for place in page] == [entry.name for entry in listed]
    assert {place["mentions"] for page in pages for place in page if place["name"] == hamlet[0].name} == {2}


def test_the_queue_api_pages_filters_and_counts_as_the_page_does(store: Store):
    viewer = store.bearer("viewer")
    log_in(store.client, "viewer")
    query = {"kind": "casualty", "sort": "-confidence", "max_confidence": "0.99"}
    page = store.client.get("/review", params=query).text
    first = store.client.get("/api/review/queue", params={**query, "per_page": 2}, headers=viewer)
    assert first.status_code == 200, first.text
    total = first.json()["total"]
    assert str(total) == TOTAL.search(page).group(1) and total > 2
    items = [item for number in range(1, (total + 1) // 2 + 1) for item in store.client.get(
        "/api/review/queue", params={**query, "per_page": 2, "page": number}, headers=viewer).json()["items"]]
    with session_scope(store.engine) as session:
        rows, _ = queue_page(session, QueueFilter(kind="casualty", max_confidence=0.99), sort="-confidence",
                             per_page=total)
    assert [(item["kind"], item["id"]) for item in items] == [(row.kind, row.id) for row in rows]
    for item in items:
        assert [item["sentence"][span["start"]:span["end"]] for span in item["spans"]] == [item["evidence"]]
    decided = store.client.get("/api/review/queue", params={"status": "decided"}, headers=viewer).json()
    assert decided["total"] == 0 and decided["items"] == []


def test_the_queue_api_refuses_bad_parameters_and_is_documented(store: Store):
    viewer = store.bearer("viewer")
    for bad in ({"per_page": 501}, {"per_page": 0}, {"page": 0}, {"page": 100_001}, {"sort": "loudest"},
                {"status": "maybe"}, {"kind": "rumour"}, {"min_confidence": 1.5}, {"date_from": "last week"},
                {"governorate": "x" * 201}):
        response = store.client.get("/api/review/queue", params=bad, headers=viewer)
        assert response.status_code == 422, (bad, response.text)
    assert store.client.get("/api/review/queue").status_code == 401
    schema = store.client.get("/openapi.json").json()["paths"]["/api/review/queue"]["get"]
    names = {parameter["name"] for parameter in schema["parameters"]}
    assert {"status", "kind", "governorate", "source", "date_from", "date_to", "min_confidence", "max_confidence",
            "sort", "page", "per_page"} <= names
