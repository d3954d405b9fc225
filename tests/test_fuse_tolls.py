"""Tolls over many incidents: periods, keys, and round-ups that bound instead of adding."""

from __future__ import annotations

from datetime import date

from fixtures.fuse.loader import store_report, store_scenario
from sqlalchemy import select

from observatory.fuse.incidents import update_incidents
from observatory.fuse.toll_rules import (
    PeriodSum, TollClaim, add_up, counted as counted_figure, incident_deaths, period_start, side_tolls,
)
from observatory.fuse.tolls import compute_tolls, deaths_total
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentToll

# A Sunday strike whose report also gives the month's running total (a round-up side of the incident).
ROUND_UP_REPORT = {
    "id": "sohr-1008", "source": "SOHR", "published": "2017-10-08",
    "title": "Russian raids on Khan Shaykhun kill 4 civilians",
    "text": "Russian warplanes struck Khan Shaykhun today, killing 4 civilians and bringing to 210 the number of "
            "civilians killed by Russian raids on Idlib since the start of October.",
    "events": [{"id": "e1", "type": "Air/drone strike", "date": "2017-10-08", "place": "khan_shaykhun",
                "actors": ["Military Forces of Russia", "Civilians"],
                "evidence": "Russian warplanes struck Khan Shaykhun today"}],
    "casualties": [
        {"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": "exact 4",
         "evidence": "4 civilians"},
        {"id": "c2", "event": "e1", "actor": "Civilians", "category": "civilians", "scope": "cumulative",
         "period": "2017-10-01/2017-10-08", "count": "exact 210", "evidence": "210 the number of civilians"},
    ],
}


def _claim(claim_id: int, document: int, published: str, value: int, qualifier: str = "exact", **extra) -> TollClaim:
    low = value if qualifier in ("exact", "at_least") else value + 1 if qualifier == "more_than" else None
    fields = dict(
        id=claim_id, document=document, published=date.fromisoformat(published), local_id=f"c{claim_id}",
        parent=None, status="killed", actor="Civilians", category="civilians", value=value, low=low,
        high=value if qualifier == "exact" else None, qualifier=qualifier, scope="incident",
    )
    fields.update(extra)
    return TollClaim(**fields)


def test_the_same_figure_from_several_outlets_counts_once():
    claims = [_claim(1, 1, "2017-09-05", 12), _claim(2, 2, "2017-09-05", 12), _claim(3, 3, "2017-09-06", 12)]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high, toll.n_sources) == (12, 12, 12, 3)


def test_distinct_claims_of_one_report_add_up_but_reports_do_not():
    first = [_claim(1, 1, "2017-09-05", 5), _claim(2, 1, "2017-09-05", 3)]  # two villages of one strike
    later = [_claim(3, 2, "2017-09-06", 9, "at_least")]
    (toll,) = side_tolls(first + later)
    assert (toll.low, toll.best, toll.high) == (9, 9, 9)


def test_an_outlet_updating_its_own_toll_withdraws_its_earlier_low_but_another_outlet_does_not():
    first = _claim(1, 1, "2019-03-02", 23, source="Valley Monitor")
    own_update = _claim(2, 2, "2019-03-04", 31, source="Valley Monitor", scope="cumulative",
                        period_start=date(2019, 3, 2), period_end=date(2019, 3, 2))
    (toll,) = side_tolls([first, own_update])
    assert (toll.low, toll.best, toll.high) == (31, 31, 31)
    other_outlet = _claim(3, 3, "2019-03-03", 27, source="Coast Radio")
    (toll,) = side_tolls([first, own_update, other_outlet])
    assert (toll.low, toll.best, toll.high) == (27, 31, 31)


def test_a_vague_later_figure_does_not_undercut_a_firm_lower_bound():
    claims = [_claim(1, 1, "2017-09-05", 40, "at_least"), _claim(2, 2, "2017-09-07", 30, "about")]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high) == (40, 40, 40)


def test_a_vague_amount_bounds_the_toll_but_is_never_its_best_figure():
    hundreds = TollClaim(id=2, document=2, published=date(2017, 9, 8), local_id="c2", parent=None, status="killed",
                         actor="Civilians", category="civilians", value=None, low=200, high=None,
                         qualifier="vague", scope="incident", source="Outlet B")
    (alone,) = side_tolls([hundreds])
    assert (alone.low, alone.best) == (200, None)
    (toll,) = side_tolls([_claim(1, 1, "2017-09-06", 64, "at_least", source="Outlet A"), hundreds])
    assert (toll.low, toll.best) == (64, 64)


def test_a_vague_amount_beside_a_count_of_the_same_side_in_one_report_adds_nothing():
    scores = TollClaim(id=4, document=9, published=date(2018, 2, 20), local_id="c4", parent=None, status="killed",
                       actor=None, category="civilians", value=None, low=20, high=None,
                       qualifier="vague", scope="incident", source="Valley Monitor")
    counted = _claim(5, 9, "2018-02-20", 37, "at_least", source="Valley Monitor", actor=None)
    (toll,) = side_tolls([scores, counted])
    assert (toll.low, toll.best, toll.high) == (37, 37, 37)
    (alone,) = side_tolls([scores])
    assert (alone.low, alone.best) == (20, None)


def test_a_daily_report_and_the_monthly_total(engine):
    with session_scope(engine) as session:
        store_scenario(session, "daily_monthly")
        update_incidents(session)
        daily = compute_tolls(session, by="category", period="day")
        assert [(row.period, row.key, row.best) for row in daily] == [
            ("2017-09-05", "civilians", 12),
            ("2017-09-20", "civilians", 7),
        ]
        monthly = {row.key: row for row in compute_tolls(session, by="category", period="month")}
        # The round-up of 955 civilians includes the 12 and the 7: it bounds the month, it is not added.
        assert monthly["civilians"].best == 955 and monthly["civilians"].low == 955
        assert len(monthly["civilians"].incidents) == 2 and monthly["civilians"].bounded_by
        assert monthly["unknown"].best == 3112


def test_tolls_by_governorate_and_date_range(engine):
    with session_scope(engine) as session:
        store_scenario(session, "daily_monthly")
        store_scenario(session, "subset")
        update_incidents(session)
        rows = compute_tolls(session, by="governorate", period="month", date_from=date(2017, 9, 1))
        by_key = {row.key: row.best for row in rows}
        assert by_key == {"Homs": 218, "Idlib": 19}
        september_5 = compute_tolls(
            session, by="actor", period="week", date_from=date(2017, 9, 4), date_to=date(2017, 9, 10)
        )
        assert [(row.key, row.best) for row in september_5] == [("Civilians", 12)]


def test_one_actors_dead_filed_under_two_categories_are_one_side():
    claims = [
        _claim(1, 1, "2017-04-04", 22),
        _claim(2, 2, "2017-04-05", 24, category="unknown"),
        _claim(3, 2, "2017-04-05", 6, category="children", parent="c2"),
    ]
    tolls = side_tolls(claims)
    main = next(t for t in tolls if t.subset_of is None)
    assert (main.actor, main.category, main.best, main.n_sources) == ("Civilians", "civilians", 24, 2)
    children = next(t for t in tolls if t.subset_of is not None)
    assert (children.category, children.best) == ("children", 6)
    assert children.subset_of == ("killed", "Civilians", "civilians")


def test_a_round_up_in_the_same_report_does_not_inflate_the_incident():
    today = _claim(1, 1, "2017-09-05", 12)
    month = _claim(2, 1, "2017-09-05", 955, scope="cumulative",
                   period_start=date(2017, 9, 1), period_end=date(2017, 9, 30))
    tolls = side_tolls([today, month])
    assert incident_deaths(tolls) == (12, 12, 12)
    assert [t.best for t in tolls if t.aggregate] == [955]
    # Alone, the month's total still says nothing of this incident's dead: it bounds the month in tolls.
    assert incident_deaths(side_tolls([month])) == (None, None, None)


def test_a_running_total_over_an_unstated_period_is_a_round_up():
    """'Since the intervention' gives no dates: such a total is never one strike's dead."""
    strike = _claim(1, 1, "2016-02-09", 6)
    since_war = _claim(2, 1, "2016-02-09", 3100, scope="cumulative")
    tolls = side_tolls([strike, since_war])
    assert incident_deaths(tolls) == (6, 6, 6)
    assert [t.best for t in tolls if t.aggregate] == [3100]
    this_week = _claim(3, 2, "2016-02-10", 9, scope="cumulative",
                       period_start=date(2016, 2, 8), period_end=date(2016, 2, 10))
    assert incident_deaths(side_tolls([strike, this_week])) == (9, 9, 9)  # a rising toll of days supersedes
    last_month = _claim(4, 3, "2016-02-10", 450, period_start=date(2016, 1, 11), period_end=date(2016, 2, 10))
    assert incident_deaths(side_tolls([strike, last_month])) == (6, 6, 6)  # "killed there in the last month"


def test_a_round_up_attached_to_an_incident_bounds_its_period(engine):
    with session_scope(engine) as session:
        store_report(session, ROUND_UP_REPORT)
        update_incidents(session)
        (row,) = compute_tolls(session, by="actor", period="month", date_from=date(2017, 10, 1))
        assert (row.key, row.period, row.low, row.best, row.high) == ("Civilians", "2017-10-01", 210, 210, 210)
        assert len(row.claim_ids) == 1 and len(row.bounded_by) == 1 and row.sources == 1
        (week,) = compute_tolls(session, by="category", period="week", date_from=date(2017, 10, 1))
        assert week.period == "2017-10-02"  # weeks start on Monday; the 8th is a Sunday


def test_rows_add_up_the_sides_behind_them(engine):
    """Whatever the period, a row holds exactly the sides of its key dated in it, added up."""
    with session_scope(engine) as session:
        for name in ("daily_monthly", "subset", "toll_rises", "three_outlets", "same_toll"):
            store_scenario(session, name)
        store_report(session, ROUND_UP_REPORT)
        update_incidents(session)
        sides = session.scalars(select(IncidentToll).where(IncidentToll.status == "killed")).all()
        days = dict(session.execute(select(Incident.id, Incident.date_start)).all())
        for period in ("day", "week", "month"):
            rows = compute_tolls(session, by="actor", period=period)
            assert {i for row in rows for i in row.incidents} == {s.incident_id for s in sides}
            for row in rows:
                assert {period_start(days[i], period).isoformat() for i in row.incidents} <= {row.period}
                counted = [s for s in sides if s.incident_id in row.incidents and s.actor == row.key]
                counted = [s for s in counted if not s.aggregate]
                assert row.claim_ids == sorted(c for s in counted for c in s.claim_ids)
                if not row.bounded_by:  # else the round-ups' figures and reports count too
                    assert row.sources == len({d for s in counted for d in s.document_ids})
                    assert row.best == sum(counted_figure(s.best, s.low) for s in counted)


def test_a_period_row_never_puts_best_below_low():
    # two incidents with firm counts (9 and 5) and one told only as "several gunmen" (low 3, no best)
    month = date(2015, 3, 1)
    summed = PeriodSum(month, "Militia X", low=17, best=14, high=17, incidents=[4, 8, 11],
                       claim_ids=[40, 41, 42], documents=[7, 9, 12])
    (row,) = add_up([summed], [], "month")
    assert (row.low, row.best, row.high) == (17, 17, 17)


VAGUE_REPORT = {
    "id": "lcc-0411", "source": "LCC", "published": "2016-04-11",
    "title": "Shelling on Khan Shaykhun",
    "text": "Regime shelling on Khan Shaykhun killed dozens of people on Monday.",
    "events": [{"id": "e1", "type": "Shelling/artillery/missile attack", "date": "2016-04-11",
                "place": "khan_shaykhun", "actors": ["Military Forces of Syria", "Civilians"],
                "evidence": "Regime shelling on Khan Shaykhun"}],
    "casualties": [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians",
                    "count": "vague 24", "evidence": "dozens of people"}],
}


def test_the_death_total_never_puts_best_below_low(engine):
    with session_scope(engine) as session:
        store_report(session, VAGUE_REPORT)
        store_report(session, ROUND_UP_REPORT)
        update_incidents(session)
        total = deaths_total(session)
        assert total.incidents == 2
        assert (total.low, total.best) == (28, 28)  # 4 told exactly, 24 as the floor of "dozens"


def test_a_vaguely_told_side_counts_at_its_floor_beside_a_counted_one():
    fighters = TollClaim(id=7, document=3, published=date(2016, 2, 2), local_id="c7", parent=None, status="killed",
                         actor="Syrian Rebels", category="fighters", value=None, low=24, high=None,
                         qualifier="vague", scope="incident", source="Outlet C")
    civilians = _claim(8, 3, "2016-02-02", 5, source="Outlet C")
    assert incident_deaths(side_tolls([civilians, fighters])) == (29, 29, 29)
    assert incident_deaths(side_tolls([fighters])) == (24, None, 24)


def test_a_days_toll_told_within_a_round_up_is_the_incidents_own():
    # "Shelling killed 31 civilians in the province since March 1, 7 of them in Binnish today"
    month = _claim(1, 3, "2016-03-20", 31, scope="cumulative",
                   period_start=date(2016, 3, 1), period_end=date(2016, 3, 20))
    today = _claim(2, 3, "2016-03-20", 7, category="unknown", parent="c1",
                   period_start=date(2016, 3, 20), period_end=date(2016, 3, 20))
    tolls = side_tolls([month, today])
    assert incident_deaths(tolls) == (7, 7, 7)
    assert next(t for t in tolls if t.best == 7).subset_of is None
    # the month's breakdown, with no days of its own ("the victims included 12 children"), adds nothing
    children = _claim(3, 3, "2016-03-20", 12, category="children", parent="c1")
    assert incident_deaths(side_tolls([month, children])) == (None, None, None)


def test_dead_told_inside_a_count_of_casualties_are_still_dead():
    # "31 casualties, among them 8 dead": the extractor files the casualties as injured and
    # the dead as their subset; the wounded side must not swallow the incident's dead.
    casualties = _claim(1, 4, "2018-06-12", 31, status="injured", category="unknown")
    dead = _claim(2, 4, "2018-06-12", 8, parent="c1")
    killed = next(toll for toll in side_tolls([casualties, dead]) if toll.status == "killed")
    assert killed.subset_of is None
    assert incident_deaths(side_tolls([casualties, dead]))[1] == 8


def test_a_side_and_its_subset_are_never_each_others_subset():
    # One outlet: "38 people" killed, "3 nurses" among them, and "one of those" nurses filed
    # by the extractor with the people; another outlet: "35 dead", "3 nurses" among them.
    people = _claim(1, 5, "2019-08-20", 38, category="unknown")
    nurses = _claim(2, 5, "2019-08-20", 3, parent="c1")
    one_of_those = _claim(3, 5, "2019-08-20", 1, parent="c2")
    dead = _claim(4, 6, "2019-08-21", 35, category="unknown")
    nurses_again = _claim(5, 6, "2019-08-21", 3, parent="c4")
    tolls = side_tolls([people, nurses, one_of_those, dead, nurses_again])
    top = [toll for toll in tolls if toll.subset_of is None]
    assert len(top) == 1 and 4 in top[0].claim_ids
    assert incident_deaths(tolls)[1] == 35


def test_a_share_of_a_subset_stays_inside_that_subset():
    # "A strike on Tell Minnis killed 40 civilians, among them 15 children, six of whom were
    # under five": the six are children within the children, never beside the 40.
    civilians = _claim(1, 7, "2016-11-02", 40)
    children = _claim(2, 7, "2016-11-02", 15, category="children", parent="c1")
    under_five = _claim(3, 7, "2016-11-02", 6, category="children", parent="c2")
    tolls = side_tolls([civilians, children, under_five])
    assert incident_deaths(tolls) == (40, 40, 40)
    inner = next(toll for toll in tolls if toll.subset_of is not None)
    assert (inner.category, inner.best) == ("children", 15)
    # the same shape under a count of no category ("40 people") and with the claims in any order
    people = _claim(1, 7, "2016-11-02", 40, category="unknown")
    assert incident_deaths(side_tolls([under_five, people, children])) == (40, 40, 40)


def _fighters(claim_id: int, document: int, actor: str | None, value: int, source: str, **extra) -> TollClaim:
    return _claim(claim_id, document, "2019-06-10", value, actor=actor, category="combatants", source=source, **extra)


def test_an_unnamed_side_another_outlet_names_is_one_side():
    # "4 members of the internal security forces" with no owner in one outlet, "4 Asayish" in another
    unnamed = _fighters(1, 1, "Unidentified Armed Group", 4, "Hasakah Post")
    named = _fighters(2, 2, "Asayish", 4, "River Wire")
    tolls = side_tolls([unnamed, named])
    assert [(t.actor, t.best, t.claim_ids, t.document_ids) for t in tolls] == [("Asayish", 4, (1, 2), (1, 2))]
    assert incident_deaths(tolls) == (4, 4, 4)
    # no actor at all, or only the rebel umbrella, is unnamed too
    for actor in (None, "Syrian Rebels"):
        tolls = side_tolls([_fighters(1, 1, actor, 9, "A"), _fighters(2, 2, "Jaysh al-Izza", 9, "B")])
        assert incident_deaths(tolls) == (9, 9, 9)


def test_an_unnamed_side_stays_apart_when_the_figures_or_the_reports_say_otherwise():
    # another figure: other people
    tolls = side_tolls([_fighters(1, 1, "Unidentified Armed Group", 3, "A"), _fighters(2, 2, "Asayish", 5, "B")])
    assert incident_deaths(tolls) == (8, 8, 8)
    # one report telling both: "3 gunmen and 3 Asayish members" are six people
    tolls = side_tolls([_fighters(1, 1, "Unidentified Armed Group", 3, "A"), _fighters(2, 1, "Asayish", 3, "A")])
    assert incident_deaths(tolls) == (6, 6, 6)
    # two named sides telling the figure: whose dead the unnamed are, nobody says
    tolls = side_tolls([_fighters(1, 1, None, 2, "A"), _fighters(2, 2, "Asayish", 2, "B"),
                        _fighters(3, 3, "Islamic State", 2, "C")])
    assert incident_deaths(tolls) == (6, 6, 6)
    # civilians are no unnamed fighters, nor a named armed side
    tolls = side_tolls([_claim(1, 1, "2019-06-10", 7, actor=None, category="civilians", source="A"),
                        _fighters(2, 2, "Asayish", 7, "B")])
    assert incident_deaths(tolls) == (14, 14, 14)
    tolls = side_tolls([_fighters(1, 1, "Unidentified Armed Group", 7, "A"), _claim(2, 2, "2019-06-10", 7, source="B")])
    assert incident_deaths(tolls) == (14, 14, 14)


def test_an_unnamed_side_never_joins_the_other_camp():
    # "Five rebels were killed in clashes with the army near Kafr Zita" / "Five soldiers were
    # killed in clashes with the rebels near Kafr Zita": both camps' dead, ten people
    tolls = side_tolls([_fighters(1, 1, "Syrian Rebels", 5, "A"), _fighters(2, 2, "Military Forces of Syria", 5, "B")])
    assert incident_deaths(tolls) == (10, 10, 10)
    # "three gunmen died attacking a checkpoint" / "three soldiers died when gunmen attacked"
    tolls = side_tolls([_fighters(1, 1, "Unidentified Armed Group", 3, "A"),
                        _fighters(2, 2, "Military Forces of Syria", 3, "B")])
    assert incident_deaths(tolls) == (6, 6, 6)
    # nor a militia of the government's camp, nor a foreign force
    for named in ("NDF: National Defence Forces", "Military Forces of Russia"):
        tolls = side_tolls([_fighters(1, 1, None, 6, "A"), _fighters(2, 2, named, 6, "B")])
        assert incident_deaths(tolls) == (12, 12, 12)
    # the rebel umbrella is no Kurdish police
    tolls = side_tolls([_fighters(1, 1, "Syrian Rebels", 2, "A"), _fighters(2, 2, "Asayish", 2, "B")])
    assert incident_deaths(tolls) == (4, 4, 4)


def test_an_unnamed_side_stays_apart_from_a_side_its_own_report_counts():
    # report A: "two gunmen killed, an Asayish man wounded"; report B: "two Asayish killed"
    tolls = side_tolls([_fighters(1, 1, "Unidentified Armed Group", 2, "A"),
                        _claim(2, 1, "2019-06-10", 1, actor="Asayish", category="combatants", source="A",
                               status="injured"),
                        _fighters(3, 2, "Asayish", 2, "B")])
    assert incident_deaths(tolls)[1] == 4


def test_a_side_of_the_other_camp_telling_the_figure_still_leaves_it_unclear():
    # "four security men killed in Baniyas" / "four Asayish killed" / "four soldiers killed":
    # the soldiers cannot be the unnamed, but whose the unnamed are stays unsaid
    tolls = side_tolls([_fighters(1, 1, None, 4, "A"), _fighters(2, 2, "Asayish", 4, "B"),
                        _fighters(3, 3, "Military Forces of Syria", 4, "C")])
    assert incident_deaths(tolls) == (12, 12, 12)
