"""A report that dates its event only loosely ("earlier this week", "in the past week", a toll
of "last week") joins the one incident of that place and kind on a day of that range, and the
incident keeps its day; with two such incidents it stays apart, and a month's tally never
joins a day's incident.  Reports run through the real extractor and store (``run_reports``)."""

from __future__ import annotations

from datetime import date

from fixtures.fuse.loader import incidents_of_reports, run_reports

from observatory.fuse.features import toll_period
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident

# A bakery bombed on a Tuesday; a weekly round-up tells it with no day, only its toll's week.
BAKERY_DAY = ("kn-day", "Idlib Activists", "2016-07-06",
              "Jets bombed a bakery in the town of Kafr Nubl on Tuesday, killing 12 people, activists said.")
BAKERY_WEEK = ("kn-week", "North Weekly", "2016-07-09",
               "An air strike on a bakery in Kafr Nubl killed 14 people earlier this week, activists said on Saturday.")
# A town shelled on a Monday; a UN briefing dates its toll by "the past week".
DOUMA_DAY = ("du-day", "Ghouta Medics", "2016-11-22",
             "Government artillery shelled the town of Douma on Monday, killing 57 people, medics said.")
DOUMA_WEEK = ("du-week", "Geneva Desk", "2016-11-26",
              "The United Nations said on Saturday that at least 60 people had died in the shelling of Douma in the "
              "past week. Rebels also fought government troops near Harasta, a monitor said.")
# A city quarter shelled on Tuesday (and, in the negative, again on Thursday); a Friday report
# tells "earlier this week".
QUARTER_TUESDAY = ("sd-tue", "State Wire", "2016-05-11",
                   "Rebel shelling hit the Salah al-Din district of Aleppo on Tuesday, killing 9 people, state media said.")
QUARTER_THURSDAY = ("sd-thu", "State Wire", "2016-05-12",
                    "Rebel shelling hit the Salah al-Din district of Aleppo on Thursday, killing 4 people, "
                    "state media said.")
QUARTER_WEEK = ("sd-week", "Aleppo Weekly", "2016-05-13",
                "Nine people died in rebel shelling of Salah al-Din in Aleppo earlier this week, state media said.")
# The same week told with a toll neither day's report gives nor holds: it says nothing about which day.
QUARTER_WEEK_TOTAL = ("sd-total", "Aleppo Weekly", "2016-05-13",
                      "Three people died in rebel shelling of Salah al-Din in Aleppo earlier this week, state media said.")
# A month's tally of a village's shelling, and one day's shelling of it that month.
VILLAGE_DAY = ("ik-day", "Hauran Monitor", "2016-08-17",
               "Government shelling of Inkhil killed 12 people on Tuesday, the monitor said.")
VILLAGE_MONTH = ("ik-month", "Hauran Monitor", "2016-09-03",
                 "Government shelling of Inkhil killed 300 people in August, the monitor said in its monthly tally.")


def _one_incident(found: dict[str, set[int]], *reports: tuple[str, str, str, str]) -> int:
    """The one incident the first event of all these reports share."""
    shared = set.intersection(*(found[report[0]] for report in reports))
    assert len(shared) == 1, {report[0]: found[report[0]] for report in reports}
    return shared.pop()


def test_a_bakery_strike_told_only_by_its_toll_of_this_week_joins_the_days_strike(db_url, engine, tmp_path):
    run_reports(tmp_path, [BAKERY_DAY, BAKERY_WEEK], db_url)
    with session_scope(engine) as session:
        incident = session.get(Incident, _one_incident(incidents_of_reports(session), BAKERY_DAY, BAKERY_WEEK))
        assert incident is not None
        # the day's report dates it: the week's range does not widen it
        assert (incident.date_start, incident.date_end, incident.date_precision) == (date(2016, 7, 5),) * 2 + (1,)
        assert incident.n_sources == 2


def test_a_shelling_told_for_the_past_week_joins_the_days_shelling_which_keeps_its_day(db_url, engine, tmp_path):
    run_reports(tmp_path, [DOUMA_DAY, DOUMA_WEEK], db_url)
    with session_scope(engine) as session:
        incident = session.get(Incident, _one_incident(incidents_of_reports(session), DOUMA_DAY, DOUMA_WEEK))
        assert incident is not None and (incident.date_start, incident.date_end) == (date(2016, 11, 21),) * 2


def test_earlier_this_week_joins_the_one_shelling_of_the_quarter_that_week(db_url, engine, tmp_path):
    run_reports(tmp_path, [QUARTER_TUESDAY, QUARTER_WEEK], db_url)
    with session_scope(engine) as session:
        found = incidents_of_reports(session)
        assert found[QUARTER_WEEK[0]] <= found[QUARTER_TUESDAY[0]]


def test_two_shellings_of_the_quarter_that_week_told_by_their_days_stay_apart(db_url, engine, tmp_path):
    run_reports(tmp_path, [QUARTER_TUESDAY, QUARTER_THURSDAY, QUARTER_WEEK_TOTAL], db_url)
    with session_scope(engine) as session:
        found = incidents_of_reports(session)
        assert found[QUARTER_TUESDAY[0]].isdisjoint(found[QUARTER_THURSDAY[0]])  # two days told: two shellings
        # the week's report is not the only candidate's: it never joins both (the scores may pick one)
        assert not (found[QUARTER_WEEK_TOTAL[0]] & found[QUARTER_TUESDAY[0]]
                    and found[QUARTER_WEEK_TOTAL[0]] & found[QUARTER_THURSDAY[0]])


def test_a_months_tally_never_joins_one_days_shelling(db_url, engine, tmp_path):
    run_reports(tmp_path, [VILLAGE_DAY, VILLAGE_MONTH], db_url)
    with session_scope(engine) as session:
        found = incidents_of_reports(session)
        assert found[VILLAGE_MONTH[0]].isdisjoint(found[VILLAGE_DAY[0]])


def test_only_a_weeks_incident_toll_dates_an_event():
    week = ("killed", "2016-07-04", "2016-07-09", "incident")
    assert toll_period([week, ("injured", "2016-07-01", "2016-07-31", "incident")]) == (date(2016, 7, 4), date(2016, 7, 9))
    assert toll_period([week, ("killed", "2016-05-01", "2016-07-09", "cumulative")]) is not None  # a tally says no day
    assert toll_period([("killed", "2016-08-01", "2016-08-31", "incident")]) is None  # a month: tallies as often
    assert toll_period([("killed", "2016-07-05", "2016-07-05", "incident")]) is None  # a stated day: not loose
    assert toll_period([week, ("killed", "2016-06-20", "2016-06-26", "incident")]) is None  # two weeks: which?
