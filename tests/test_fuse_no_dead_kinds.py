"""A report's casualty figure told with no event of its own goes to the event stated nearest
to it, but never to a kind of event that kills no one (``no_dead_kinds``): the dead told
beside an evacuation deal are no toll of the deal.  Such a figure belongs to an event the
extractor did not find, so it stays out of every toll; a figure told beside the bombing is
the bombing's."""

from __future__ import annotations

from fixtures.fuse.loader import store_report
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentCasualty

TEXT = (
    "Rescuers said 87 people were among the dead when a blast tore through buses carrying families "
    "out of Maarat al-Numan under the deal signed by the warring sides last month. "
    "In another attack that day, a suicide bomber drove a van into a checkpoint outside Al Atarib, "
    "killing 14 travellers."
)
REPORT = {
    "id": "convoy-0521", "source": "Aleppo Rescue Desk", "published": "2018-05-21", "title": "Two attacks",
    "text": TEXT,
    "events": [
        {"id": "e1", "type": "Suicide bomb", "date": "2018-05-20", "place": "atarib",
         "evidence": "a suicide bomber drove a van into a checkpoint outside Al Atarib"},
        {"id": "e2", "type": "Agreement", "date": "2018-05-20", "place": "maarat",
         "evidence": "under the deal signed by the warring sides last month"},
    ],
    "casualties": [
        {"id": "c1", "actor": "Civilians", "category": "civilians", "count": "exact 14", "evidence": "14 travellers"},
        {"id": "c2", "actor": "Civilians", "category": "civilians", "count": "exact 87", "evidence": "87 people"},
    ],
}


def test_a_toll_told_beside_a_deal_counts_on_no_incident(engine):
    with session_scope(engine) as session:
        store_report(session, REPORT)
        update_incidents(session)
        tolls = dict(session.execute(select(Incident.sub_event_type, Incident.deaths_best)).all())
        assert tolls == {"Suicide bomb": 14, "Agreement": None}
        assert len(session.scalars(select(IncidentCasualty)).all()) == 1
