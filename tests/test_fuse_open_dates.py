"""An event dated only by its end ("until 9 June") is dated by what the report states, not by
a feed's publication day, which can be years off."""

from __future__ import annotations

from datetime import date

from fixtures.fuse import loader
from fixtures.fuse.loader import extraction
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.models import DateRange, ExtractionResult
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

TEXT = ("Opposition fighters held out in Atarib under government bombardment until 9 June 2016, "
        "residents of the town said.")


REPORT = {
    "id": "atarib-siege", "source": "Aleppo Wire", "published": "2010-11-20",  # a feed's wrong day
    "title": "Atarib bombarded", "text": TEXT,
    "events": [{"id": "e1", "type": "Shelling/artillery/missile attack", "place": "atarib",
                "actors": ["Military Forces of Syria"], "evidence": "under government bombardment"}],
}


def _open_start(result: ExtractionResult) -> ExtractionResult:
    """The extraction with its event dated as the date parser reads "until 9 June 2016"."""
    events = [event.model_copy(update={"date": DateRange(end="2016-06-09", precision=5)}) for event in result.events]
    return result.model_copy(update={"events": events})


def test_an_event_open_at_its_start_is_dated_by_its_end_not_by_a_wrong_feed_day(engine, monkeypatch):
    with session_scope(engine) as session:
        monkeypatch.setattr(loader, "extraction", lambda report: _open_start(extraction(report)))
        loader.store_report(session, REPORT)
        update_incidents(session)
        incident = session.scalar(select(Incident))
        assert (incident.date_start, incident.date_end) == (date(2016, 6, 9), date(2016, 6, 9))
        assert incident.date_precision == 5
