"""Three outlets tell one gas attack over four days: one names the province's capital
("rebel-held Hama"), two the town it fell on.  They are one incident; an air strike on the
capital that day stays apart from the town's."""

from __future__ import annotations

from fixtures.fuse.loader import incidents_of_reports, run_reports

from observatory.store.db import session_scope

CAPITAL = ("kz-capital", "Orontes Monitor", "2015-09-08",
           "A suspected sarin attack on rebel-held Hama killed 74 people on Tuesday, activists said.")
TOWN = ("kz-town", "Valley Courier", "2015-09-09",
        "Warplanes dropped canisters of nerve gas on the town of Kafr Zita in the north of Hama province "
        "on Tuesday, killing 70 people, a local doctor said.")
LATER = ("kz-later", "Gulf Herald", "2015-09-11",
         "The Security Council demanded on Friday an inquiry into the chemical weapons attack on Kafr Zita "
         "on Tuesday, in which 74 people were killed by sarin.")


def test_three_outlets_telling_one_gas_attack_days_apart_are_one_incident(db_url, engine, tmp_path):
    run_reports(tmp_path, [CAPITAL, TOWN, LATER], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        assert incident_of[CAPITAL[0]] == incident_of[TOWN[0]] == incident_of[LATER[0]]
        assert len(incident_of[TOWN[0]]) == 1


STRIKE = ("hm-strike", "Orontes Monitor", "2015-09-08",
          "An air strike on Hama killed 9 people on Tuesday, activists said.")
TOWN_STRIKE = ("kz-strike", "Valley Courier", "2015-09-08",
               "An air strike on the town of Kafr Zita in Hama province killed 9 people on Tuesday, a doctor said.")


def test_an_air_strike_on_the_capital_is_not_the_towns(db_url, engine, tmp_path):
    """Many strikes hit a province's towns each day: the capital's name is the city's."""
    run_reports(tmp_path, [STRIKE, TOWN_STRIKE], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        assert not incident_of[STRIKE[0]] & incident_of[TOWN_STRIKE[0]]



ATTACK = ("kn-attack", "Orontes Monitor", "2016-03-02",
          "A sarin gas attack on the town of Kafr Nabudah in Hama province killed 92 people on Wednesday, "
          "doctors said.")
REACTIONS = [
    ("kn-paris", "Seine Daily", "2016-03-02",
     "France's foreign minister said the chemical attack on Kafr Nabudah on Wednesday was a war crime."),
    ("kn-ankara", "Bosphorus Review", "2016-03-03",
     "Turkey's president said the gas attack on Kafr Nabudah on Wednesday must not go unpunished."),
    ("kn-geneva", "Lake Wire", "2016-03-03",
     "A United Nations envoy said the sarin attack on Kafr Nabudah on Wednesday shocked the world."),
    ("kn-cairo", "Nile Observer", "2016-03-03",
     "The Arab League said the poison gas attack on Kafr Nabudah on Wednesday crossed every line."),
]
WEEK_LATER = ("kn-later", "Gulf Herald", "2016-03-07",
              "Earlier this week a chemical attack hit the town of Kafr Nabudah in Hama, killing at least "
              "100 civilians, rescuers told reporters.")


def test_a_gas_massacre_retold_days_later_joins_its_incident_of_many_reactions(db_url, engine, tmp_path):
    """The retelling dated by its own day scores low against each reaction without a toll,
    but its toll agrees with the first report's: one incident, its dead counted once."""
    run_reports(tmp_path, [ATTACK, *REACTIONS, WEEK_LATER], db_url)
    with session_scope(engine) as session:
        incident_of = incidents_of_reports(session)
        assert incident_of[WEEK_LATER[0]] == incident_of[ATTACK[0]]
