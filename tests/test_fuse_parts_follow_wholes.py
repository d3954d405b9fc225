"""A part of a toll ("9 of them have not been named") told later in a report, nearer another
of its events, is counted with its whole: attached alone to the other event's incident it
would count there as dead of its own, and the report's dead would be counted twice."""

from __future__ import annotations

from fixtures.fuse.loader import store_scenario
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.tables.fusion import Incident, IncidentCasualty


def test_a_part_told_nearer_another_event_joins_its_wholes_incident(engine):
    with session_scope(engine) as session:
        store_scenario(session, "part_told_later")
        update_incidents(session)
        rows = session.execute(
            select(CasualtyClaimRow.local_id, Incident.sub_event_type)
            .join(IncidentCasualty, IncidentCasualty.casualty_claim_id == CasualtyClaimRow.id)
            .join(Incident, Incident.id == IncidentCasualty.incident_id)).all()
        joined = {local_id: kind for local_id, kind in rows}
        assert joined["c1"] == joined["c2"] == "Air/drone strike"
        deaths = {kind: best for kind, best in session.execute(select(Incident.sub_event_type, Incident.deaths_best)).all()}
        assert deaths == {"Air/drone strike": 24, "Armed clash": None}
