"""Document-level reading of tolls: repeats, conflicting sources, components, scope."""

from __future__ import annotations

from datetime import date

import pytest


PUBLISHED = date(2016, 10, 4)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def test_close_figures_from_two_sources_are_one_toll(read):
    text = ("At least 22 people were killed on Monday in a suicide attack on a wedding party. "
            "A hospital source said there were more than 20 dead and dozens wounded.")
    claims = read(text)
    assert [(c.status, c.count.value, c.count.qualifier) for c in claims] == [
        ("killed", 22, "at_least"), ("injured", None, "vague")]


def test_distant_figures_stay_separate_tolls(read):
    text = ("At least 7 people were killed by shelling in Aleppo on Monday. "
            "In Idlib, air strikes killed 12 people on Monday.")
    assert [c.count.value for c in read(text)] == [7, 12]


def test_an_exact_figure_replaces_an_approximate_one(read):
    text = ("Four people died while over 50 were injured in the attack. "
            "The hospital recorded four deaths and 55 injuries.")
    injured = [c for c in read(text) if c.status == "injured"]
    assert [(c.count.value, c.count.qualifier) for c in injured] == [(55, "exact")]


def test_lower_bounds_that_add_up_to_an_aggregate(read):
    text = ("Days of fighting for the air base cost more than 500 lives, a monitor said. "
            "At least 346 Islamic State fighters were killed and more than 170 members of "
            "government forces had died since Tuesday.")
    total, isis, regime = read(text)
    assert (isis.parent, regime.parent) == (total.id, total.id)
    assert (isis.group.actor, regime.group.actor) == ("Islamic State", "Military Forces of Syria")


def test_parts_without_a_group_take_the_aggregate_group(read):
    text = ("At least 85 Syrian troops were killed in the assault. More than 50 troops were "
            "executed, 19 more were killed in a double suicide attack and at least 16 others "
            "died in the fighting.")
    total, *parts = read(text)
    assert [p.parent for p in parts] == [total.id] * 3
    assert {p.group.actor for p in parts} == {"Military Forces of Syria"}


def test_recovered_bodies_count_the_same_dead(read):
    text = ("The death toll from the bus convoy bombing reached at least 126, the monitor said. "
            "Rescue workers said they had taken away at least 100 bodies from the site.")
    total, bodies = read(text)
    assert bodies.parent == total.id


def test_among_the_dead_is_a_subset_of_the_toll_told_before(read):
    text = ("The death toll from the chemical attack has risen to 86, 30 of them children. "
            "There were also 20 women among the dead, the Observatory said.")
    total, children, women = read(text)
    assert (children.parent, women.parent) == (total.id, total.id)


def test_coordinated_running_totals_share_their_time_frame(read):
    text = ("The district has been under bombardment since mid-February, which has killed more "
            "than 132 civilians and injured around 900 more, the Observatory said.")
    assert [(c.status, c.scope) for c in read(text, date(2016, 6, 18))] == [
        ("killed", "cumulative"), ("injured", "cumulative")]


def test_a_month_of_fighting_is_a_running_total(read):
    text = "A month of infighting in the province has killed nearly 300 fighters."
    assert read(text)[0].scope == "cumulative"


def test_toll_of_an_attack_dated_in_the_sentence_before(read):
    text = ("Sarin gas was used in Eastern Ghouta in 2013. Washington says that attack killed "
            "1,429 people including at least 426 children. On Sunday shelling killed 3 people.")
    assert [c.count.value for c in read(text)] == [3]


def test_tolls_of_an_event_weeks_before_are_background(read):
    text = ("The bombing comes less than two weeks after the group killed 270 guards at a gas "
            "field. On Monday a car bomb killed 9 people.")
    assert [c.count.value for c in read(text)] == [9]


def test_period_comes_from_the_stated_days(read):
    text = "Regime shelling on Sunday killed 5 civilians in Douma."
    claim = read(text)[0]
    assert (claim.period.start, claim.period.end) == ("2016-10-02", "2016-10-02")


def test_since_a_day_gives_a_period_up_to_publication(read):
    text = "More than 170 soldiers have died since Tuesday in the fight over the base."
    claim = read(text, date(2014, 8, 24))[0]
    assert (claim.period.start, claim.period.end, claim.scope) == ("2014-08-19", "2014-08-24", "incident")


def test_without_a_publication_date_relative_days_stay_open(read):
    claims = read("Air strikes killed 11 people on Saturday.", None)
    assert claims[0].count.value == 11 and claims[0].period is None


def test_a_count_over_many_days_is_a_running_total(read):
    text = "The clashes raised the death toll to 823 in 83 days of fighting."
    assert read(text)[0].scope == "cumulative"


def test_parts_naming_another_actor_are_not_components(read):
    text = ("Regime forces lost 11 of their members in the clashes on Monday, while 7 rebel fighters "
            "were killed. Another 4 soldiers were killed by sniper fire.")
    assert [c.parent for c in read(text)] == [None, None, None]


def test_a_vague_share_of_a_toll_is_not_a_claim(read):
    text = "The shelling wounded more than 60 people, some of them in critical condition."
    assert [(c.count.value, c.count.qualifier) for c in read(text)] == [(60, "more_than")]
