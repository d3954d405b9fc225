"""One event told by many reports, each naming another town of one area on one day, is
one incident — across the Damascus / Rif Dimashq line too — while a strike elsewhere in
the same governorate that day stays its own."""

from __future__ import annotations


from fixtures.fuse.loader import run_reports
from sqlalchemy import select

from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink

# A gas attack on the eastern edge of Damascus: four outlets, four towns a few km apart
# (Jobar is a quarter of Damascus, the others are Rif Dimashq towns), four tolls.
GAS_ATTACK = [
    ("arb-medics", "Ghouta Medical Office", "2015-09-17",
     "A toxic gas attack struck the town of Arbin in the eastern Ghouta at dawn on Thursday, killing "
     "41 people, most of them women and children, medics said."),
    ("kb-wire", "Levant Wire", "2015-09-17",
     "At least 58 people were killed in a poison gas attack on Kafr Batna and neighbouring towns east of "
     "Damascus on Thursday, opposition activists said."),
    ("at-doctors", "Relief Doctors Network", "2015-09-17",
     "Nerve gas hit Ain Tarma early on Thursday, and doctors there said 47 people had died of suffocation."),
    ("jb-monitor", "Damascus Monitor", "2015-09-18",
     "The death toll from Thursday's chemical attack on the Jobar district of Damascus and the towns next "
     "to it has risen to 96, a monitoring group said on Friday."),
]
# The same day, 50 km to the north, in the same governorate: another event.
ELSEWHERE = ("yb-shelling", "Qalamoun Voice", "2015-09-17",
             "Government artillery shelled the town of Yabroud in the Qalamoun mountains on Thursday, "
             "killing 4 civilians.")


def _incident_of_each_report(session) -> dict[str, int]:
    query = (
        select(DocumentRow.external_id, IncidentLink.incident_id)
        .join(EventClaim, EventClaim.document_id == DocumentRow.id)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
    )
    return dict(session.execute(query).all())


def test_a_gas_attack_on_several_towns_of_one_area_is_one_incident(db_url, engine, tmp_path):
    run_reports(tmp_path, [*GAS_ATTACK, ELSEWHERE], db_url)
    with session_scope(engine) as session:
        incident_of = _incident_of_each_report(session)
        attack = {incident_of[report[0]] for report in GAS_ATTACK}
        assert len(attack) == 1
        assert incident_of[ELSEWHERE[0]] not in attack
        incident = session.get(Incident, attack.pop())
        assert incident is not None and incident.n_sources == 4
        # Four outlets' tolls: low..high spans them; the next day's "has risen to 96" updates
        # the first day's counts, so it is the best (docs/fusion.md, "Tolls").
        assert (incident.deaths_low, incident.deaths_best, incident.deaths_high) == (41, 96, 96)
        links = session.scalars(select(IncidentLink).where(IncidentLink.incident_id == incident.id)).all()
        assert any("Rif Dimashq" in (link.reasons or {}).get("governorates", []) for link in links)
