"""A market strike that killed dozens in a town, told by three outlets, one of them dated a
week early (a collection date), is one incident; another strike on the town that week with
no such toll, and a second massacre there with a toll that disagrees, stay apart."""

from __future__ import annotations

from fixtures.fuse.loader import incidents_of_reports, run_reports

from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

FIRST = ("sm-first", "Idlib Courier", "2018-03-20",
         "Air strikes hit the vegetable market in Sarmin on Monday, killing 54 people, rescue workers said.")
RISEN = ("sm-risen", "Levant Daily", "2018-03-21",
         "The death toll from Monday's air strikes on the vegetable market in Sarmin has risen to 71, "
         "the civil defence said.")
EARLY = ("sm-early", "Northern Wire", "2018-03-14",
         "Warplanes struck the crowded vegetable market of Sarmin, killing 68 civilians, among them 11 children.")
FARM = ("sm-farm", "Idlib Courier", "2018-03-16",
        "An air strike on a farm on the edge of Sarmin killed 4 people on Friday, medics said.")
LATER = ("sm-later", "Levant Daily", "2018-03-26",
         "Air strikes on the hospital district of Sarmin killed 160 people on Sunday, the civil defence said.")



def test_a_massacre_told_a_week_apart_is_one_incident_and_other_strikes_stay_apart(db_url, engine, tmp_path):
    run_reports(tmp_path, [FIRST, RISEN, EARLY, FARM, LATER], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        market = incident_of[FIRST[0]]
        assert len(market) == 1
        assert incident_of[RISEN[0]] == market and incident_of[EARLY[0]] == market
        assert not incident_of[FARM[0]] & market
        assert not incident_of[LATER[0]] & market
        incident = session.get(Incident, next(iter(market)))
        assert incident is not None and incident.n_sources == 3
        assert incident.deaths_high == 71 and incident.deaths_best is not None and 54 <= incident.deaths_best <= 71
