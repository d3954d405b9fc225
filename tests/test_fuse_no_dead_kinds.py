"""A report's casualty figure told with no event of its own goes to the event stated nearest
to it, but never to a kind of event that kills no one (``no_dead_kinds``): the dead of a
bombed evacuation convoy are the bombing's toll, not the evacuation deal's, even where the
report names the deal right beside the figure."""

from __future__ import annotations

from fixtures.fuse.loader import store_report
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

TEXT = (
    "A suicide bomber drove a van into buses of evacuees waiting outside Al Atarib on Sunday. "
    "Under the deal signed by the warring sides last month, the buses were carrying families from "
    "Maarat al-Numan, and 87 people were among the dead, rescuers said."
)
REPORT = {
    "id": "convoy-0521", "source": "Aleppo Rescue Desk", "published": "2018-05-21", "title": "Convoy bombed",
    "text": TEXT,
    "events": [
        {"id": "e1", "type": "Suicide bomb", "date": "2018-05-20", "place": "atarib",
         "evidence": "A suicide bomber drove a van into buses of evacuees waiting outside Al Atarib on Sunday."},
        {"id": "e2", "type": "Agreement", "date": "2018-05-20", "place": "maarat",
         "evidence": "Under the deal signed by the warring sides last month"},
    ],
    "casualties": [{"id": "c1", "actor": "Civilians", "category": "civilians", "count": "exact 87",
                    "evidence": "87 people"}],
}


def test_a_stray_toll_beside_a_deal_is_the_bombings(engine):
    with session_scope(engine) as session:
        store_report(session, REPORT)
        update_incidents(session)
        tolls = dict(session.execute(select(Incident.sub_event_type, Incident.deaths_best)).all())
        assert tolls == {"Suicide bomb": 87, "Agreement": None}
