"""An event the report leaves undated is dated by the day the extractor read the report as
published (extract/context.py ``_undated``: no start, that day as its end), not by a feed's
publication day, which can be years off; for linking it keeps that day's publication window."""

from __future__ import annotations

from datetime import date

from fixtures.fuse import loader
from fixtures.fuse.loader import extraction
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.models import DateRange, ExtractionResult
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

TEXT = "Government bombardment hit Atarib, residents of the town said. (Aleppo Wire, 9 June 2016)"


def _report(report_id: str, published: str) -> dict:
    return {
        "id": report_id, "source": "Aleppo Wire", "published": published,
        "title": "Atarib bombarded", "text": TEXT,
        "events": [{"id": "e1", "type": "Shelling/artillery/missile attack", "place": "atarib",
                    "actors": ["Military Forces of Syria"], "evidence": "Government bombardment"}],
    }


def _undated(day: str):
    """The extraction as the extractor dates an undated event of a text published on ``day``."""
    def read(report: dict) -> ExtractionResult:
        result = extraction(report)
        events = [event.model_copy(update={"date": DateRange(end=day, precision=5)}) for event in result.events]
        return result.model_copy(update={"events": events})
    return read


def test_an_undated_event_is_dated_by_the_texts_day_not_by_a_wrong_feed_day(engine, monkeypatch):
    with session_scope(engine) as session:
        monkeypatch.setattr(loader, "extraction", _undated("2016-06-09"))
        loader.store_report(session, _report("atarib-wrong-feed", "2010-11-20"))  # a feed's wrong day
        update_incidents(session)
        incident = session.scalar(select(Incident))
        assert (incident.date_start, incident.date_end) == (date(2016, 6, 9), date(2016, 6, 9))
        assert incident.date_precision == 5

