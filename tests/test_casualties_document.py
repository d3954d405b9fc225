"""Document-level reading of tolls: repeats, conflicting sources, components, scope."""

from __future__ import annotations

from datetime import date

import pytest


PUBLISHED = date(2016, 10, 4)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def test_close_figures_from_two_sources_are_one_toll(read):
    text = ("No fewer than 31 people died on Friday when a bomb tore through a funeral tent. "
            "Medics at a field clinic counted over 29 dead and dozens wounded.")
    claims = read(text)
    assert [(c.status, c.count.value, c.count.qualifier) for c in claims] == [
        ("killed", 31, "at_least"), ("injured", None, "vague")]


def test_distant_figures_stay_separate_tolls(read):
    text = ("At least 7 people were killed by shelling in Aleppo on Monday. "
            "In Idlib, air strikes killed 12 people on Monday.")
    assert [c.count.value for c in read(text)] == [7, 12]


def test_an_exact_figure_replaces_an_approximate_one(read):
    text = ("Three people died and over 40 were injured when the mortar hit the bakery. "
            "The clinic in the town later listed three deaths and 46 injuries.")
    injured = [c for c in read(text) if c.status == "injured"]
    assert [(c.count.value, c.count.qualifier) for c in injured] == [(46, "exact")]


def test_lower_bounds_that_add_up_to_an_aggregate(read):
    text = ("The week-long battle for the ridge cost more than 300 lives, the monitor said. "
            "At least 214 Islamic State fighters lost their lives and more than 95 members of "
            "government forces died since Sunday.")
    total, isis, regime = read(text)
    assert (isis.parent, regime.parent) == (total.id, total.id)
    assert (isis.group.actor, regime.group.actor) == ("Islamic State", "Military Forces of Syria")


def test_parts_without_a_group_take_the_aggregate_group(read):
    text = ("At least 61 Syrian troops were killed when the garrison fell. More than 30 troops "
            "were executed after surrendering, 22 more were killed by a truck bomb and at least 9 "
            "others died during the retreat.")
    total, *parts = read(text)
    assert [p.parent for p in parts] == [total.id] * 3
    assert {p.group.actor for p in parts} == {"Military Forces of Syria"}


def test_recovered_bodies_count_the_same_dead(read):
    text = ("The toll of the market bombing stood at 58 by the evening, medics reported. "
            "Civil defence crews pulled 41 bodies from under the collapsed shops.")
    total, bodies = read(text)
    assert bodies.parent == total.id


def test_among_the_dead_is_a_subset_of_the_toll_told_before(read):
    text = ("The number of dead from the gas strike climbed to 64, with 17 of them children. "
            "Nine women were also among the dead, according to local doctors.")
    total, children, women = read(text)
    assert (children.parent, women.parent) == (total.id, total.id)


def test_coordinated_running_totals_share_their_time_frame(read):
    text = ("Warplanes have pounded the suburb since mid-March, an onslaught that has killed over "
            "210 civilians and injured roughly 640 more, rescuers said.")
    assert [(c.status, c.scope) for c in read(text, date(2016, 6, 18))] == [
        ("killed", "cumulative"), ("injured", "cumulative")]


def test_a_month_of_fighting_is_a_running_total(read):
    text = "A month of infighting in the province has killed nearly 300 fighters."
    assert read(text)[0].scope == "cumulative"


def test_toll_of_an_attack_dated_in_the_sentence_before(read):
    text = ("Chlorine was dropped on the valley in 2014. Rights groups say that attack killed "
            "2,311 people including at least 512 children. On Sunday shelling killed 6 people.")
    assert [c.count.value for c in read(text)] == [6]


def test_tolls_of_an_event_weeks_before_are_background(read):
    text = ("The raid comes three weeks after the militants killed 140 workers at a cement "
            "plant. On Monday a car bomb killed 9 people.")
    assert [c.count.value for c in read(text)] == [9]


def test_period_comes_from_the_stated_days(read):
    text = "Regime shelling on Sunday killed 5 civilians in Douma."
    claim = read(text)[0]
    assert (claim.period.start, claim.period.end) == ("2016-10-02", "2016-10-02")


def test_since_a_day_gives_a_period_up_to_publication(read):
    text = "More than 65 soldiers have died since Tuesday in the battle for the dam."
    claim = read(text, date(2015, 3, 15))[0]
    assert (claim.period.start, claim.period.end, claim.scope) == ("2015-03-10", "2015-03-15", "incident")


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
    text = "The rockets injured over 35 people, a few of them with serious burns."
    assert [(c.count.value, c.count.qualifier) for c in read(text)] == [(35, "more_than")]


def test_a_report_with_a_huge_number_list_keeps_its_other_tolls(read):
    listing = ",".join(str(n) for n in range(1, 1600))
    text = f"The ledger of the killed runs {listing}. On Monday a drone strike killed 6 people."
    assert [c.count.value for c in read(text)] == [6]


def test_a_long_coordinated_list_of_figures_is_read_to_its_end(read):
    text = "Shelling killed " + " and ".join(["2"] * 1500) + " farmers in the valley on Monday."
    claims = read(text)
    assert claims and all(c.status == "killed" for c in claims)


def test_a_year_long_tally_is_a_running_total(read):
    text = ("On Monday a car bomb killed 8 people at the crossing. The monitor has recorded the "
            "killing of 4,120 civilians in air raids over the past year.")
    daily, yearly = read(text)
    assert (daily.scope, yearly.scope) == ("incident", "cumulative")


def test_a_week_of_raids_stated_in_words_is_a_running_total(read):
    text = "Nine days of air raids on the province have left over 140 civilians dead."
    assert read(text)[0].scope == "cumulative"


def test_a_tally_since_years_ago_is_background(read):
    text = ("Coalition raids have killed 815 civilians since May 2013, a rights group said. "
            "On Sunday a raid killed 5 people in a village.")
    assert [c.count.value for c in read(text)] == [5]


def test_a_since_in_a_later_clause_does_not_date_the_toll(read):
    text = ("Overall 37 civilians have died during this round of shelling, the bulk of them in "
            "Kafr Laha, a valley town the army has encircled since 2012.")
    assert [(c.count.value, c.scope) for c in read(text)] == [(37, "cumulative")]


def test_a_part_of_a_background_total_is_background(read):
    text = ("Shelling killed 3 people in the market on Sunday. Rights groups say at least 70,000 "
            "people have died in state prisons since the war began. More than 12000 of them "
            "died in a single prison north of the capital.")
    assert [c.count.value for c in read(text)] == [3]


def test_a_population_listed_with_a_war_scale_figure_is_not_a_toll(read):
    text = ("Gunmen killed 2 herders near the village. Officials say there are 95000 of them in "
            "the province and another 15000 across the border.")
    assert [c.count.value for c in read(text)] == [2]


def test_a_year_before_a_capitalised_name_is_not_a_count(read):
    text = "Drone kills 4 in the valley. 2017 ANNA KOVAL US Service Member Dies of Wounds - report"
    assert [c.count.value for c in read(text)] == [4]


def test_among_those_killed_reaches_past_a_figure_without_status(read):
    text = ("Rockets killed at least 26 civilians at the bus station as thousands fled the town. "
            "Seven children were among those killed.")
    total, children = read(text)
    assert children.parent == total.id


def test_a_lower_toll_from_another_source_is_not_another_toll(read):
    text = ("Jets killed 33 people in the village, the monitor said. A local council, which gave a "
            "lower toll of 27 people killed, blamed the air force.")
    assert [c.count.value for c in read(text)] == [33]


def test_a_combined_toll_of_two_sides_holds_its_sides(read):
    text = ("No fewer than 55 army and opposition fighters died in two days of battles near the dam, "
            "the monitor said. It counted 24 soldiers and 28 rebels killed around the village.")
    total, soldiers, rebels = read(text)
    assert (soldiers.parent, rebels.parent) == (total.id, total.id)


def test_figures_of_one_side_do_not_split_a_combined_toll(read):
    text = ("At least 40 army and opposition fighters died near the dam. Separately, 20 soldiers and "
            "in one town and 17 soldiers died in another.")
    assert [c.parent for c in read(text)] == [None, None, None]


def test_the_body_s_first_close_figure_restates_the_headline(read):
    text = ("Shelling kills 14 in the old city\n\nShelling killed at least 15 civilians in the old "
            "city on Sunday. Elsewhere a drone killed 3 fighters.")
    assert [c.count.value for c in read(text) if c.parent is None] == [14, 3]


def test_last_month_s_tally_told_weeks_later_is_cumulative(read):
    text = "The monitor documented the deaths of 1,930 people in August 2016, including 410 children."
    claims = read(text, date(2016, 9, 12))
    assert [(c.count.value, c.scope) for c in claims] == [(1930, "cumulative"), (410, "cumulative")]
