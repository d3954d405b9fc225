"""The incident page lists the incidents that came close but were not linked, and a
reviewer merges one with a single click; merges and splits are recorded at once and
applied by fusion after the response, the page saying a change is pending meanwhile."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from test_web_support import add_people, add_report, log_in, web_client

from observatory.fuse.incidents import apply_pending_reviews
from observatory.fuse.matching import LINK_THRESHOLD
from observatory.fuse.near_misses import near_misses
from observatory.fuse.decisions import record_decision
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentLink

DAY = date(2018, 9, 4)
MARKET = ("Russian jets bombed the vegetable market of Jisr al-Shughur town in western Idlib on Tuesday, "
          "killing 3 civilians.")
CHECKPOINT = ("A roadside bomb exploded next to a rebel checkpoint on the road out of Jisr al-Shughur, "
              "wounding two guards, sources said.")
ELSEWHERE = "Clashes between rival factions in the town of Azaz north of Aleppo left 4 fighters dead on Tuesday."


def _incident_of(engine, document_id: int) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document_id))


def test_a_same_day_incident_of_the_same_town_is_a_near_miss_and_merges_in_one_click(engine):
    documents = [add_report(engine, MARKET, "market strike", DAY),
                 add_report(engine, CHECKPOINT, "checkpoint bomb", DAY)]
    market, checkpoint = (_incident_of(engine, document) for document in documents)
    elsewhere = _incident_of(engine, add_report(engine, ELSEWHERE, "clashes elsewhere", DAY))
    assert len({market, checkpoint, elsewhere}) == 3

    with session_scope(engine) as session:
        (miss,) = near_misses(session, market)
    assert miss.incident_id == checkpoint  # the other governorate's clash is no candidate
    assert miss.score < LINK_THRESHOLD and miss.reasons["place"] == "same"
    assert "shughur" in miss.reasons["rare_words"]  # the town's name, shared by no other report

    add_people(engine)
    client = web_client(engine)
    log_in(client, "reviewer")
    page = client.get(f"/incidents/{market}").text
    table = page[page.index('id="near-misses"'):]
    assert f'href="/incidents/{checkpoint}"' in table.split("</table>")[0]
    assert "rare words" in table.split("</table>")[0]
    form = re.search(r'<form method="post" action="(/incidents/\d+/review)" class="merge-near">(.*?)</form>',
                     table, re.S)
    fields = dict(re.findall(r'name="([^"]+)" value="([^"]*)"', form.group(2)))
    merged = client.post(form.group(1), data=fields, follow_redirects=False)
    assert merged.status_code == 303 and merged.headers["location"] == f"/incidents/{market}"
    with session_scope(engine) as session:
        assert session.scalar(select(func.count(Incident.id))) == 2
    assert _incident_of(engine, documents[0]) == _incident_of(engine, documents[1]) == market


def test_a_merge_is_answered_at_once_as_pending_and_applied_after_the_response(engine):
    documents = [add_report(engine, MARKET, "market strike", DAY),
                 add_report(engine, CHECKPOINT, "checkpoint bomb", DAY)]
    market, checkpoint = (_incident_of(engine, document) for document in documents)
    tokens = add_people(engine)
    client = web_client(engine)
    with session_scope(engine) as session:  # as the web app records it, before fusion applies it
        record_decision(session, "reviewer", "merge", "incident", checkpoint, None, {"into": market},
                        "same morning, same town", defer=True)
    log_in(client, "viewer")
    page = client.get(f"/incidents/{market}").text
    assert 'id="pending-change"' in page and "merge recorded by reviewer" in page
    with session_scope(engine) as session:
        apply_pending_reviews(session)
    assert 'id="pending-change"' not in client.get(f"/incidents/{market}").text
    assert _incident_of(engine, documents[1]) == market

    # Through the API: the answer says pending; the background task has applied it by the next request.
    split = client.post(f"/api/incidents/{market}/review", headers={"Authorization": f"Bearer {tokens['reviewer']}"},
                        json={"action": "split", "claims": [_event_claim(engine, documents[1])],
                              "reason": "two blasts"})
    assert split.status_code == 200, split.text
    assert split.json()["pending"] is True
    assert _incident_of(engine, documents[1]) != market


def _event_claim(engine, document_id: int) -> int:
    with session_scope(engine) as session:
        return session.scalar(select(IncidentLink.event_claim_id).where(IncidentLink.document_id == document_id))
