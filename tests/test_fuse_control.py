"""The control timeline: a capture, fighting inside, a recapture, and a report that disagrees."""

from __future__ import annotations

from datetime import date

import pytest
from fixtures.fuse.loader import store_scenario

from observatory.fuse.control import control_at, timeline
from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope


def test_capture_then_recapture_gives_a_dated_sequence_of_states(engine):
    with session_scope(engine) as session:
        store_scenario(session, "capture_recapture")
        update_incidents(session)
        states = timeline(session, "fixture:qaryatayn")
        assert [(s.status, s.actor, s.date_start, s.date_end) for s in states] == [
            ("held", "Islamic State", date(2017, 9, 28), date(2017, 10, 3)),
            ("contested", None, date(2017, 10, 3), date(2017, 10, 21)),
            ("held", "Military Forces of Syria", date(2017, 10, 21), None),
        ]


def test_disagreeing_reports_are_flagged_with_what_each_said(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "capture_recapture")
        update_incidents(session)
        last = timeline(session, "Al Qaryatayn")[-1]
        assert last.disputed and len(last.claim_ids) == 3
        (note,) = last.notes
        assert note["gained_by"] == "Islamic State" and note["document_id"] == docs["amaq-1021"].id


def test_control_at_a_date_and_near_a_place(engine):
    with session_scope(engine) as session:
        store_scenario(session, "capture_recapture")
        update_incidents(session)
        (held,) = control_at(session, date(2017, 9, 30))
        assert (held.place_name, held.actor) == ("Al Qaryatayn", "Islamic State")
        assert control_at(session, date(2017, 9, 1)) == []
        assert len(control_at(session, date(2017, 11, 1), near="Al Qaryatayn", km=5)) == 1
        with pytest.raises(LookupError):
            control_at(session, date(2017, 11, 1), near="Atlantis")


def _store_capture(session, report: str, name: str, day: str, gained_by: str, **place_fields) -> None:
    from observatory.models import ControlChange, DateRange, Document, ExtractionResult, Place, Span
    from observatory.store.claims import save_extraction
    from observatory.store.tables.core import DocumentRow

    sentence = f"{gained_by} took {name}."
    doc = DocumentRow(external_id=report, text=sentence, content_hash=f"hash-{report}", published=date.fromisoformat(day))
    session.add(doc)
    session.flush()
    change = ControlChange(id="k1", place=Place(name=name, mention=name, **place_fields), gained_by=gained_by,
                           change="captured",
                           date=DateRange(start=day, end=day, precision=1),
                           evidence=Span(start=0, end=len(sentence), text=sentence))
    save_extraction(session, doc, ExtractionResult(document=Document(id=report, published=day),
                                                   control_changes=[change]), "test")


def test_spelling_twins_of_an_unplaced_name_share_one_timeline(engine):
    with session_scope(engine) as session:
        _store_capture(session, "twin-1", "Al Hmeira", "2018-02-01", "Islamic State")
        _store_capture(session, "twin-2", "Al-Hmeira", "2018-02-09", "Military Forces of Syria")
        update_incidents(session)
        states = timeline(session, "name:hmeira")
        assert [s.actor for s in states] == ["Islamic State", "Military Forces of Syria"]


def test_a_village_placed_only_by_its_governorate_is_not_drawn_at_the_governorate_centre(engine):
    centre = {"lat": 35.93, "lon": 36.63, "admin1": "Idlib", "country": "SY"}
    with session_scope(engine) as session:
        _store_capture(session, "lent-1", "Tell Qarqour", "2018-03-02", "Syrian Rebels", precision=4, **centre)
        _store_capture(session, "own-1", "Kafr Jalis", "2018-03-02", "Syrian Rebels", precision=1,
                       gazetteer_id="test:kafr-jalis", lat=35.81, lon=36.52, admin1="Idlib", country="SY")
        update_incidents(session)
        (lent,) = timeline(session, "Tell Qarqour")
        (own,) = timeline(session, "Kafr Jalis")
        assert (lent.lat, lent.lon, lent.admin1) == (None, None, "Idlib")
        assert (own.lat, own.lon) == (35.81, 36.52)


def test_a_stored_place_missing_fields_is_read_without_failing():
    from observatory.fuse.control import _own_point

    assert _own_point({"lat": 34.9, "lon": 37.1, "precision": 4}) == (None, None)
    assert _own_point({"lat": 34.9, "lon": 37.1, "gazetteer_id": "test:sukhnah", "precision": 1}) == (34.9, 37.1)
    assert _own_point({}) == (None, None)
