"""A multi-day tally and the one-day incidents inside it (issue 11, rv9b item 3).

"Jets have killed at least 44 civilians in a town since the offensive began on Monday",
published on Thursday, already holds the 12 a report counted there on Monday and the 9
another counted on Wednesday: the store must not add the parts to their tally.  The
guards say what must stay apart whatever rule does it: another town 5 km away, a part
larger than the tally, a day outside the tally's period, and a round-up over more than a
week (``periods.yaml``'s ``longest_event_days``), which bounds periods in ``tolls`` and
joins nothing.

A part joins its tally's incident (``matching.inside_tally``), whose toll keeps the
tally's figure.  Two parts on different stated days are still not one incident (complete
link rules out the pair of parts), so the bound sits where incidents are added up
(``fuse.tally_bounds``): the tally and the days inside it count max(tally, the days);
``tests/test_sum10_tally_bounds.py`` checks it on every surface.  Invented reports; Kafranbel and Kafr Sajna (5.1 km apart) are real places.
"""

from __future__ import annotations


from sqlalchemy import select
from test_run_support import run_reports

from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

# Published Tuesday 2017-03-07 about Monday; Thursday 2017-03-09 about Wednesday; the tally on Thursday.
MONDAY_PART = ("kn-monday", "North Wire", "2017-03-07",
               "Air strikes killed 12 people in Kafranbel town on Monday, rescue workers said.")
WEDNESDAY_PART = ("kn-wednesday", "Idlib Observer", "2017-03-09",
                  "An air strike killed 9 people in Kafranbel town on Wednesday, local medics said.")
TALLY = ("kn-tally", "Levant Daily", "2017-03-09",
         "Russian jets have killed at least 44 civilians in Kafranbel since the offensive began on Monday, "
         "a monitoring group said.")


def _incident_of(engine, place_fragment: str, day: str) -> set[int]:
    """The incidents starting on ``day`` whose place name contains the fragment."""
    with session_scope(engine) as session:
        rows = session.execute(select(Incident.id, Incident.place_name, Incident.date_start)).all()
    return {i for i, name, start in rows if place_fragment in (name or "") and str(start) == day}


def test_a_tally_and_the_one_day_strikes_inside_it_count_once(db_url, engine, tmp_path):
    incidents, killed = run_reports(tmp_path, [MONDAY_PART, WEDNESDAY_PART, TALLY], db_url)
    assert (incidents, killed) == (2, 44)  # Wednesday stays apart, but the tally holds the 12 and the 9


def test_a_tally_and_one_strike_inside_it_are_one_incident(db_url, engine, tmp_path):
    incidents, killed = run_reports(tmp_path, [MONDAY_PART, TALLY], db_url)
    assert (incidents, killed) == (1, 44)


def test_a_strike_at_another_town_five_km_away_stays_apart_from_the_tally(db_url, engine, tmp_path):
    elsewhere = ("ks-monday", "North Wire", "2017-03-07",
                 "Air strikes killed 12 people in Kafr Sajna village on Monday, rescue workers said.")
    incidents, killed = run_reports(tmp_path, [elsewhere, TALLY], db_url)
    assert (incidents, killed) == (2, 56)


def test_a_part_larger_than_the_tally_stays_apart_and_counts_instead_of_it(db_url, engine, tmp_path):
    larger = ("kn-larger", "North Wire", "2017-03-07",
              "Air strikes killed 51 people in Kafranbel town on Monday, rescue workers said.")
    incidents, killed = run_reports(tmp_path, [larger, TALLY], db_url)
    assert (incidents, killed) == (2, 51)  # the tally's 44 cannot hold Monday's 51: the day counts, not both


def test_a_day_before_the_tallys_period_stays_apart(db_url, engine, tmp_path):
    before = ("kn-saturday", "North Wire", "2017-03-05",
              "Air strikes killed 12 people in Kafranbel town on Saturday, rescue workers said.")
    incidents, killed = run_reports(tmp_path, [before, TALLY], db_url)
    assert (incidents, killed) == (2, 56)


def test_a_round_up_over_more_than_a_week_joins_no_strike(db_url, engine, tmp_path):
    round_up = ("kn-roundup", "Levant Daily", "2017-03-09",
                "Russian jets have killed at least 44 civilians in Kafranbel since the offensive began on "
                "20 February, a monitoring group said.")
    run_reports(tmp_path, [MONDAY_PART, round_up], db_url)
    assert _incident_of(engine, "Kafranbel", "2017-03-06")  # Monday's strike is an incident of its own
    with session_scope(engine) as session:
        assert len(session.scalars(select(Incident)).all()) == 2


REGIME_STRIKE = ("kn-regime", "North Wire", "2017-03-07",
                 "Regime helicopters dropped barrel bombs on Kafranbel town on Monday, killing 12 civilians, "
                 "rescue workers said.")


def test_a_tally_by_other_named_forces_holds_no_strike_of_theirs(db_url, engine, tmp_path):
    coalition_tally = ("kn-coalition", "Levant Daily", "2017-03-09",
                       "US-led coalition warplanes bombed Kafranbel every day since Monday, killing 44 Islamic "
                       "State fighters, the coalition said.")
    assert run_reports(tmp_path, [REGIME_STRIKE, coalition_tally], db_url) == (2, 56)  # and no bound takes the 12 off


def test_an_event_less_tally_by_other_named_forces_holds_no_strike_of_theirs(db_url, engine, tmp_path):
    coalition_tally = ("kn-coalition", "Levant Daily", "2017-03-09",
                       "US-led coalition aircraft have killed 44 Islamic State fighters in Kafranbel since the "
                       "campaign began on Monday, the coalition said.")
    assert run_reports(tmp_path, [REGIME_STRIKE, coalition_tally], db_url) == (2, 56)


def test_a_tally_over_a_whole_governorate_holds_no_towns_strike(db_url, engine, tmp_path):
    province_tally = ("idlib-tally", "Levant Daily", "2017-03-09",
                      "Russian jets have killed at least 44 civilians in Idlib province since the offensive began "
                      "on Monday, a monitoring group said.")
    incidents, killed = run_reports(tmp_path, [MONDAY_PART, province_tally], db_url)
    assert (incidents, killed) == (2, 56)


def test_a_part_told_the_same_day_as_the_tally_leaves_the_tallys_figure(db_url, engine, tmp_path):
    incidents, killed = run_reports(tmp_path, [WEDNESDAY_PART, TALLY], db_url)  # both published on Thursday
    assert (incidents, killed) == (1, 44)
