"""A gas attack that killed hundreds is retold for weeks: two outlets' reports of it ten
days apart, with tolls that agree, are one incident, while a small chlorine attack on the
same town ten days later, or a suicide bombing's large toll retold as late, stay apart.
And one report's shelling told as "gassing" residents is the gas attack it delivered."""

from __future__ import annotations

from fixtures.fuse.loader import incidents_of_reports, run_reports
from sqlalchemy import select

from observatory.store.db import session_scope
from observatory.store.tables.core import EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink

FIRST = ("tb-first", "Orontes Monitor", "2016-03-02",
         "A sarin gas attack on the town of Talbiseh in Homs province killed 212 people on Wednesday, "
         "most of them children, local doctors said.")
RETOLD = ("tb-retold", "Gulf Herald", "2016-03-13",
          "Inspectors from the United Nations arrived in Homs on Sunday to examine the chemical weapons "
          "attack on Talbiseh, in which at least 240 people were killed by nerve gas.")
SMALL_LATER = ("tb-chlorine", "Orontes Monitor", "2016-03-12",
               "A chlorine gas attack on Talbiseh on Saturday killed 3 people and left 20 struggling to "
               "breathe, medics said.")



def test_a_gas_massacre_retold_ten_days_later_is_one_incident(db_url, engine, tmp_path):
    run_reports(tmp_path, [FIRST, RETOLD, SMALL_LATER], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        assert incident_of[FIRST[0]] == incident_of[RETOLD[0]]
        assert not incident_of[SMALL_LATER[0]] & incident_of[FIRST[0]]
        incident = session.get(Incident, next(iter(incident_of[FIRST[0]])))
        assert incident is not None and incident.n_sources == 2
        assert (incident.deaths_low, incident.deaths_high) == (212, 240)


BOMBING = ("qm-bomb", "Jazira Post", "2016-07-04",
           "A suicide truck bomb exploded in the market of Qamishli on Monday, killing 64 people.")
BOMBING_LATER = ("qm-bomb-2", "Jazira Post", "2016-07-15",
                 "A second suicide car bomb hit a checkpoint in Qamishli on Friday, killing 58 people.")


def test_a_suicide_bombing_keeps_its_week_however_large_the_tolls(db_url, engine, tmp_path):
    """Suicide bombings are rare per town, not per country: two in one city eleven days
    apart with tolls of one size are two events."""
    run_reports(tmp_path, [BOMBING, BOMBING_LATER], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        assert not incident_of[BOMBING[0]] & incident_of[BOMBING_LATER[0]]


GASSING = ("hr-gassing", "Barada Network", "2014-05-20",
           "Opposition activists accused government forces of gassing residents of Harasta before dawn on "
           "Tuesday with artillery rockets. The chemical attack on Harasta killed 85 people, a field hospital said.")


def test_a_shelling_told_as_gassing_is_the_gas_attack_of_its_report(db_url, engine, tmp_path):
    run_reports(tmp_path, [GASSING], db_url)
    with session_scope(engine) as session:
        kinds = dict(session.execute(
            select(EventClaim.sub_event_type, IncidentLink.incident_id)
            .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        ).all())
        assert {"Chemical weapon", "Shelling/artillery/missile attack"} <= set(kinds)
        assert len(set(kinds.values())) == 1
