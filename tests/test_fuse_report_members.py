"""Reports the extractor finds no event in join incidents in the store, as in the benchmark."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select

from observatory.extract.pipeline import Extractor
from observatory.fuse.decisions import record_decision
from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.read_model import get_incident
from observatory.models import Document
from observatory.store.claims import save_extraction
from observatory.store.db import session_scope
from observatory.store.queries import current_run_ids
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport
from observatory.web.incident_reads import incident_reports

STRIKE = (
    "Coalition warplanes strike a school sheltering displaced families in Al-Mansoura town "
    "in the western countryside of Raqqa, killing 23 civilians"
)
BULLETIN = (
    "The number of civilians who lost their lives in Al-Mansoura town in the western countryside "
    "of Raqqa rises to 23, among them 7 children"
)
# Dated place lines (strike logs without their codes): reports without an event.
LOG_FIRST = "March 20th 2017: Al Tabqa city, Raqqa governorate, Syria"
LOG_SAME_DAY = "March 20th 2017: Al Tabqa city, Raqqa governorate"
LOG_LATER = "March 26th 2017: Al Tabqa city, Raqqa governorate, Syria"
ROUND_UP = "The Syrian Observatory documented the death of 3112 people across the Syrian territory in September 2017"


def store(session, extractor: Extractor, text: str, published: str, version: str = "test-1") -> DocumentRow:
    """Extract a report with the real extractor and store it (a new run if it exists)."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row = session.scalar(select(DocumentRow).where(DocumentRow.content_hash == digest))
    if row is None:
        row = DocumentRow(text=text, published=date.fromisoformat(published), language="en", content_hash=digest)
        session.add(row)
        session.flush()
    save_extraction(session, row, extractor.extract(text, Document(id=str(row.id), published=published)), version)
    return row


def incident_of(session, document: DocumentRow) -> int | None:
    linked = session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document.id))
    if linked is not None:
        return linked
    return session.scalar(select(IncidentReport.incident_id).where(IncidentReport.document_id == document.id))


def test_a_toll_bulletin_without_event_joins_the_strike_and_brings_its_toll(engine, extractor):
    with session_scope(engine) as session:
        strike = store(session, extractor, STRIKE, "2017-03-04")
        bulletin = store(session, extractor, BULLETIN, "2017-03-04")
        stats = update_incidents(session)
        assert (stats.claims_linked, stats.reports_linked, stats.incidents_created) == (1, 1, 1)
        incident = session.get(Incident, incident_of(session, strike))
        assert incident_of(session, bulletin) == incident.id
        assert incident.n_sources == 2 and incident.sub_event_type == "Air/drone strike"
        assert incident.deaths_best == 23  # the 7 children are among the 23, never added
        vias = session.scalars(select(IncidentCasualty.via).where(IncidentCasualty.incident_id == incident.id))
        assert sorted(vias) == ["event", "report", "report"]

        detail = get_incident(session, incident.id)
        (member,) = [claim for claim in detail.claims if claim.kind == "report"]
        assert member.document_id == bulletin.id and member.link_score is not None
        assert member.link_reasons["shared_figures"] == ["23 killed"]
        assert [span["text"] for span in member.evidence] == ["Al-Mansoura town"]
        assert {doc.id for doc in detail.documents} == {strike.id, bulletin.id}

        reports = {report.document.id: report for report in incident_reports(session, incident.id)}
        assert reports[bulletin.id].member is not None and not reports[bulletin.id].event_claims
        assert {mark.kind for mark in reports[bulletin.id].marks} == {"report", "casualty"}


def test_strike_log_lines_start_an_incident_that_the_same_day_joins(engine, extractor):
    with session_scope(engine) as session:
        first = store(session, extractor, LOG_FIRST, "2017-04-10")
        update_incidents(session)
        incident = session.get(Incident, incident_of(session, first))
        assert incident.sub_event_type == "Report"  # only a report member: no type told
        assert (incident.date_start, incident.date_precision) == (date(2017, 3, 20), 1)
        assert incident.place_name is not None and "Tabqa" in incident.place_name

        same_day = store(session, extractor, LOG_SAME_DAY, "2017-04-11")
        later = store(session, extractor, LOG_LATER, "2017-04-11")
        stats = update_incidents(session, [same_day.id, later.id])
        assert stats.reports_linked == 2 and stats.incidents_created == 1
        assert incident_of(session, same_day) == incident.id
        assert incident_of(session, later) not in (None, incident.id)
        assert session.get(Incident, incident.id).n_sources == 2


def test_report_members_survive_re_extraction_and_rebuild(engine, extractor):
    with session_scope(engine) as session:
        strike = store(session, extractor, STRIKE, "2017-03-04")
        bulletin = store(session, extractor, BULLETIN, "2017-03-04")
        update_incidents(session)
        store(session, extractor, BULLETIN, "2017-03-04", version="test-2")
        stats = update_incidents(session)
        assert stats.documents == 1 and stats.reports_linked == 1
        (row,) = session.scalars(select(IncidentReport))
        assert (row.document_id, row.run_id) == (bulletin.id, current_run_ids(session, [bulletin.id])[bulletin.id])
        assert incident_of(session, bulletin) == incident_of(session, strike)

        def shape() -> list[tuple]:
            return sorted((i.n_sources, i.sub_event_type, i.deaths_best) for i in session.scalars(select(Incident)))

        before = shape()
        rebuild_incidents(session)
        assert shape() == before == [(2, "Air/drone strike", 23)]
        assert incident_of(session, bulletin) == incident_of(session, strike)


def test_a_report_naming_no_place_stays_out_and_is_read_once(engine, extractor):
    with session_scope(engine) as session:
        round_up = store(session, extractor, ROUND_UP, "2017-10-01")
        stats = update_incidents(session)
        assert stats.incidents_created == 0 and stats.reports_linked == 0
        assert incident_of(session, round_up) is None
        assert session.scalar(select(IncidentReport.reasons)) == {"alone": "names no place and matches no incident"}
        assert update_incidents(session).documents == 0  # not read again until it is re-extracted


def test_a_split_moves_a_report_member_out_and_holds_after_rebuild(engine, extractor):
    with session_scope(engine) as session:
        strike = store(session, extractor, STRIKE, "2017-03-04")
        bulletin = store(session, extractor, BULLETIN, "2017-03-04")
        update_incidents(session)
        incident_id = incident_of(session, strike)
        record_decision(session, "rania", "split", "incident", incident_id, None, {"reports": [bulletin.id]},
                        "the bulletin counts the victims of another strike")
        assert incident_of(session, bulletin) not in (None, incident_of(session, strike))
        rebuild_incidents(session)
        assert incident_of(session, bulletin) not in (None, incident_of(session, strike))
        assert session.get(Incident, incident_of(session, strike)).deaths_best == 23


def test_a_rejected_report_only_incident_stays_rejected(engine, extractor):
    with session_scope(engine) as session:
        log = store(session, extractor, LOG_FIRST, "2017-04-10")
        update_incidents(session)
        record_decision(session, "rania", "reject", "incident", incident_of(session, log), None, None,
                        "a strike log line, not enough to tell an incident")
        assert incident_of(session, log) is None
        rebuild_incidents(session)
        assert incident_of(session, log) is None
        assert session.scalar(select(IncidentReport.reasons)) == {"rejected": True}
