"""An incident id fusion makes disappear still leads somewhere (SQLite and PostgreSQL).

A run whose new report ties two stored incidents together merges them
(``fuse.neighbourhood``); the absorbed id is redirected to the survivor, for the store,
the web app and the JSON API alike, and the redirect survives ``fuse --rebuild``.  A
reviewer's merge writes the same record, so chains through both kinds resolve to the end.
"""

from __future__ import annotations

from fixtures.fuse.loader import store_report
from sqlalchemy import select
from sqlalchemy.orm import Session
from test_web_support import add_people, log_in, web_client

from observatory.fuse.decisions import record_decision, revert_decision
from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.redirects import Moves, where_now
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentLink, IncidentRedirect


def _strike(report_id: str, source: str, place: str, text: str, evidence: str) -> dict:
    return {"id": report_id, "source": source, "published": "2019-04-02", "title": text.split(",")[0], "text": text,
            "events": [{"id": "e1", "type": "Air/drone strike", "date": "2019-04-02", "place": place, "actors": [],
                        "evidence": evidence}]}


# Alone, a strike on a school in Ariha and a strike on villages somewhere in the province
# share too little to be one raid; a third report telling both in one sentence ties them.
SCHOOL = _strike("ariha-school", "Orontes Wire", "ariha",
                 "Warplanes struck a school in Ariha on Tuesday, rescuers said.",
                 "Warplanes struck a school in Ariha on Tuesday")
VILLAGES = _strike("zawiya-villages", "Cedar Post", "idlib_province",
                   "Russian jets pounded villages of Jabal al-Zawiya in Idlib province on Tuesday.",
                   "Russian jets pounded villages of Jabal al-Zawiya in Idlib province on Tuesday")
BOTH = _strike("medics-both", "Idlib Medics", "ariha",
               "Russian jets struck a school in Ariha on Tuesday and pounded villages of Jabal al-Zawiya in Idlib "
               "province, rescuers said.",
               "Russian jets struck a school in Ariha on Tuesday and pounded villages of Jabal al-Zawiya in Idlib province")
# Far away the same day: an incident of its own.
FAR = {"id": "sukhnah-clash", "source": "Desert Front", "published": "2019-04-02", "title": "Clashes near Sukhnah",
       "text": "Government troops and Islamic State fighters clashed east of Sukhnah on Tuesday.",
       "events": [{"id": "e1", "type": "Armed clash", "date": "2019-04-02", "place": "sukhnah",
                   "actors": ["Military Forces of Syria", "Islamic State"],
                   "evidence": "Government troops and Islamic State fighters clashed east of Sukhnah on Tuesday"}]}


def _incident_of(session: Session, document_id: int) -> int:
    return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document_id))


def _merged_by_a_run(session: Session) -> tuple[int, int]:
    """Store the school, then the villages, then the report of both, one run each; returns
    (the absorbed id, the survivor's id)."""
    school, villages = (store_report(session, report) for report in (SCHOOL, VILLAGES))
    update_incidents(session, [school.id])
    update_incidents(session, [villages.id])
    first, second = _incident_of(session, school.id), _incident_of(session, villages.id)
    assert first != second  # alone they are two incidents
    update_incidents(session, [store_report(session, BOTH).id])
    survivor = _incident_of(session, school.id)
    assert _incident_of(session, villages.id) == survivor  # the third report merged them
    absorbed = ({first, second} - {survivor}).pop()
    assert session.get(Incident, absorbed) is None
    return absorbed, survivor


def test_a_run_that_merges_two_stored_incidents_redirects_the_absorbed_id(engine):
    with session_scope(engine) as session:
        absorbed, survivor = _merged_by_a_run(session)
        assert where_now(session, absorbed) == [survivor]
        row = session.scalar(select(IncidentRedirect).where(IncidentRedirect.incident_id == absorbed))
        assert (row.into_id, row.cause, row.decision_id) == (survivor, "run", None)  # which fusion did it
        assert where_now(session, survivor) == []  # a living id goes nowhere
    tokens = add_people(engine)
    with web_client(engine) as client:
        api = client.get(f"/api/incidents/{absorbed}", headers={"Authorization": f"Bearer {tokens['viewer']}"},
                         follow_redirects=False)
        assert api.status_code == 302 and api.json()["merged_into"] == survivor
        assert api.headers["location"] == f"/api/incidents/{survivor}"
        log_in(client, "viewer")
        page = client.get(f"/incidents/{absorbed}", follow_redirects=False)
        assert page.status_code == 302 and page.headers["location"] == f"/incidents/{survivor}"


def test_a_rebuild_keeps_the_absorbed_id_resolving_and_hands_it_to_no_new_incident(engine):
    with session_scope(engine) as session:
        absorbed, survivor = _merged_by_a_run(session)
        rebuild_incidents(session)
        assert session.get(Incident, absorbed) is None and where_now(session, absorbed) == [survivor]
        far = store_report(session, FAR)
        update_incidents(session, [far.id])
        assert _incident_of(session, far.id) != absorbed  # a new incident never takes a redirected id
        assert where_now(session, absorbed) == [survivor]


def test_a_merge_a_rebuild_applies_is_redirected_with_the_rebuild_as_its_cause(engine):
    with session_scope(engine) as session:
        school, far = (store_report(session, report) for report in (SCHOOL, FAR))
        update_incidents(session, [school.id, far.id])
        raid, clash = _incident_of(session, school.id), _incident_of(session, far.id)
        record_decision(session, "editor", "merge", "incident", clash, None, {"into": raid}, "one day's log",
                        defer=True)  # recorded from the web, applied by the next fusion: here a rebuild
        rebuild_incidents(session)
        kept = _incident_of(session, school.id)
        assert _incident_of(session, far.id) == kept
        gone = ({raid, clash} - {kept}).pop()
        assert where_now(session, gone) == [kept]
        causes = set(session.scalars(select(IncidentRedirect.cause).where(IncidentRedirect.incident_id == gone)))
        assert causes == {"rebuild"}


def test_a_chain_of_a_run_merge_and_a_reviewer_merge_resolves_to_its_end_without_looping(engine):
    with session_scope(engine) as session:
        absorbed, survivor = _merged_by_a_run(session)
        far = store_report(session, FAR)
        update_incidents(session, [far.id])
        clash = _incident_of(session, far.id)
        merge = record_decision(session, "editor", "merge", "incident", survivor, None, {"into": clash}, "one log")
        assert where_now(session, absorbed) == [clash] and where_now(session, survivor) == [clash]
        row = session.scalar(select(IncidentRedirect).where(IncidentRedirect.incident_id == survivor))
        assert (row.cause, row.decision_id) == ("review", merge.id)
        revert_decision(session, "chief", merge.id, "two places")  # the survivor comes back
        assert where_now(session, absorbed) == [survivor] and where_now(session, survivor) == []
        record_decision(session, "editor", "merge", "incident", clash, None, {"into": survivor}, "after all")
        assert where_now(session, clash) == [survivor] and where_now(session, absorbed) == [survivor]


def test_an_id_whose_members_went_to_several_incidents_names_them_all(engine):
    with session_scope(engine) as session:
        school, far = (store_report(session, report) for report in (SCHOOL, FAR))
        update_incidents(session, [school.id, far.id])
        parts = sorted({_incident_of(session, school.id), _incident_of(session, far.id)})
        gone = max(parts) + 100  # an id no incident holds, its members now in both
        moves = Moves("run")
        for part in parts:
            moves.note(gone, part)
        assert moves.record(session) == 1
        assert where_now(session, gone) == parts
    tokens = add_people(engine)
    with web_client(engine) as client:
        api = client.get(f"/api/incidents/{gone}", headers={"Authorization": f"Bearer {tokens['viewer']}"},
                         follow_redirects=False)
        assert api.status_code == 300 and api.json()["split_into"] == parts
        log_in(client, "viewer")
        page = client.get(f"/incidents/{gone}", follow_redirects=False)
        assert page.status_code == 300 and all(f'href="/incidents/{part}"' in page.text for part in parts)
