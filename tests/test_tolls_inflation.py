"""Figures that would inflate a report's toll: spans told in the headline, named events of
earlier years, running totals that contain the day's figure, a second source's count of
the same dead, groups told among the dead.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2019, 3, 18)  # a Monday


def _killed(claims):
    return [c for c in claims if c.status == "killed"]


def _top(claims):
    return [(c.count.value, c.scope) for c in _killed(claims) if c.parent is None]


def _parent_value(claims, value):
    by_id = {c.id: c for c in claims}
    child = next(c for c in _killed(claims) if c.count.value == value)
    return by_id[child.parent].count.value if child.parent else None


def test_a_week_told_in_the_headline_makes_the_body_figure_a_running_total(read_tolls) -> None:
    claims = read_tolls("Over 300 Civilians Killed in One Week of Raids on Idlib\n\n"
                        "At least 317 people including 60 children have been killed in raids on the "
                        "province since Tuesday, a relief group said. On Sunday strikes killed 23 people "
                        "in Sarmin.")
    tops = _top(claims)
    assert (317, "cumulative") in tops and (23, "incident") in tops
    total = next(c for c in _killed(claims) if c.count.value == 317)
    assert total.period is not None
    assert (date.fromisoformat(total.period.end) - date.fromisoformat(total.period.start)).days >= 7
    assert next(c for c in _killed(claims) if c.count.value == 60).scope == "cumulative"
    assert killed_total_of(claims) == 23


def test_a_toll_over_the_past_week_is_a_running_total(read_tolls) -> None:
    claims = read_tolls("Rocket fire killed five people in Mhardeh on Sunday. Government shelling has killed "
                        "112 civilians in the countryside during the past week, the monitor said.")
    assert _top(claims) == [(5, "incident"), (112, "cumulative")]


def test_a_massacre_the_report_sets_years_back_is_no_toll_of_this_report(read_tolls) -> None:
    claims = read_tolls("Families mark Tal Hamra anniversary\n\nRelatives gathered on Sunday on the fourth "
                        "anniversary of the Tal Hamra massacre. The Tal Hamra massacre, which claimed the lives "
                        "of 214 villagers, has never been investigated. Shelling killed two men in the town "
                        "on Sunday.")
    assert _top(claims) == [(2, "incident")]


def test_a_named_event_with_an_earlier_year_beside_it_is_background(read_tolls) -> None:
    claims = read_tolls("The monitor said the 2015 Kafr Saleh bombing had been blamed on the same cell. "
                        "Investigators say the Kafr Saleh bombing killed 61 worshippers. A car bomb killed "
                        "four soldiers at a checkpoint near the town on Saturday.")
    assert _top(claims) == [(4, "incident")]


def test_a_named_event_the_report_never_dates_stays_its_news(read_tolls) -> None:
    claims = read_tolls("The Deir Sunbul massacre that killed 19 people on Sunday drew condemnation from "
                        "rights groups.")
    assert _top(claims) == [(19, "incident")]


def test_the_figure_a_toll_is_raised_to_contains_the_day_s_figure(read_tolls) -> None:
    claims = read_tolls("Artillery fire killed nine people in Jarjanaz on Sunday, bringing to 31 the number "
                        "of people killed in the town in 48 hours, the monitor said.")
    assert _parent_value(claims, 9) == 31
    assert killed_total_of(claims) == 31


def test_a_raised_toll_over_hours_keeps_counting_its_parts_once(read_tolls) -> None:
    claims = read_tolls("Air strikes killed at least 14 civilians in Maarshurin on Sunday, bringing the number "
                        "killed in 36 hours of bombardment on the area to 40.")
    assert _parent_value(claims, 14) == 40
    assert killed_total_of(claims) == 40


def test_figures_told_after_of_the_total_are_its_parts(read_tolls) -> None:
    claims = read_tolls("Strikes killed 52 people across the province on Sunday, the monitor said. Of the 52 "
                        "people killed, 20 died in Kafranbel and 11 in Hass.")
    assert _parent_value(claims, 20) == 52
    assert _parent_value(claims, 11) == 52
    assert killed_total_of(claims) == 52


def test_a_second_source_retelling_the_attack_is_one_toll_with_a_range(read_tolls) -> None:
    claims = read_tolls("Air strike hits Binnish market\n\nA monitor said 34 people died in the air strike on the market in Binnish on "
                        "Sunday. The local council said the strike killed 41 people.")
    first = next(c for c in _killed(claims) if c.count.value == 34)
    assert first.parent is None
    assert (first.count.low, first.count.high) == (34, 41)
    assert _parent_value(claims, 41) == 34
    assert killed_total_of(claims) == 34


def test_an_attack_that_also_killed_others_is_not_a_second_count(read_tolls) -> None:
    claims = read_tolls("Shelling killed eight civilians in Ariha on Sunday, the monitor said. It said the "
                        "attack also killed three fighters.")
    assert _parent_value(claims, 3) is None
    assert killed_total_of(claims) == 11


def test_another_agency_placing_the_toll_is_an_alternative_figure(read_tolls) -> None:
    claims = read_tolls("Twin blasts killed 26 people near the bus station in Jableh on Sunday, a monitor said. "
                        "The state news agency placed the death toll at 19.")
    assert _parent_value(claims, 19) == 26
    assert killed_total_of(claims) == 26


def test_groups_joined_by_and_among_the_dead_are_both_subsets(read_tolls) -> None:
    claims = read_tolls("At least 27 people were killed in Saqba on Sunday, rescuers said. Eleven children and "
                        "three nurses were among those killed.")
    assert _parent_value(claims, 11) == 27
    assert _parent_value(claims, 3) == 27
    assert killed_total_of(claims) == 27


def test_among_the_dead_after_an_injured_figure_goes_under_the_killed(read_tolls) -> None:
    claims = read_tolls("Barrel bombs killed at least nine people and injured dozens more in Kafr Zita on "
                        "Sunday. A paramedic was also among the dead, the civil defence said.")
    assert _parent_value(claims, 1) == 9
    assert killed_total_of(claims) == 9


def test_hundreds_told_in_the_perfect_is_a_campaign_tally_not_a_toll(read_tolls) -> None:
    claims = read_tolls("Strike kills 18 in Tabqa\n\nA drone strike killed 18 civilians in Tabqa on Sunday. "
                        "Activists say coalition raids have killed hundreds of civilians across the province.")
    assert [(c.count.value, c.count.qualifier) for c in _killed(claims) if c.parent is None] == [(18, "exact")]


def test_hundreds_told_in_the_past_stays_the_news(read_tolls) -> None:
    claims = read_tolls("Hundreds were killed when the dam near Tabqa burst on Sunday, rescuers said.")
    assert [c.count.qualifier for c in _killed(claims)] == ["vague"]


def test_a_battle_s_toll_in_the_perfect_and_the_figure_after_another_are_running_totals(read_tolls) -> None:
    claims = read_tolls("At least 212 jihadists have been killed in the battle for Mayadin, the monitor said. "
                        "Another 95 soldiers and allied gunmen were also killed.")
    assert _top(claims) == [(212, "cumulative"), (95, "cumulative")]


def test_a_battle_toll_in_the_past_tense_stays_an_incident(read_tolls) -> None:
    claims = read_tolls("Fourteen soldiers were killed in the battle for Mayadin on Sunday, the monitor said.")
    assert _top(claims) == [(14, "incident")]


def test_a_perfect_toll_after_a_since_sentence_counts_from_that_day(read_tolls) -> None:
    claims = read_tolls("Raids on the province have grown heavier since the government began its push on "
                        "the northern front on 20 February. The raids have killed 143 civilians, the monitor "
                        "said. Another 58 civilians including 19 children have been killed in shelling.")
    assert _top(claims) == [(143, "cumulative"), (58, "cumulative")]
    assert next(c for c in _killed(claims) if c.count.value == 19).scope == "cumulative"
    assert next(c for c in _killed(claims) if c.count.value == 143).period.start == "2019-02-20"


def test_a_perfect_toll_after_a_sentence_naming_only_this_week_stays_an_incident(read_tolls) -> None:
    claims = read_tolls("Raids on the town have grown heavier since Saturday. The raids have killed 17 "
                        "civilians, the monitor said.")
    assert _top(claims) == [(17, "incident")]


def test_the_toll_includes_introduces_a_part(read_tolls) -> None:
    claims = read_tolls("Shelling killed 44 people in the province on Sunday, the monitor said. The toll "
                        "includes 15 people killed in Kafr Nubl.")
    assert _parent_value(claims, 15) == 44


def test_body_figures_adding_up_to_the_headline_s_are_its_parts_whatever_their_names(read_tolls) -> None:
    claims = read_tolls("Army says it killed 95 militants, mercenaries near Sukhnah\n\nSome 70 IS fighters and "
                        "25 foreign mercenaries were killed in strikes near Sukhnah, the ministry said.")
    assert _parent_value(claims, 70) == 95
    assert _parent_value(claims, 25) == 95
    assert killed_total_of(claims) == 95


def test_the_strikes_of_a_new_event_told_before_the_source_are_more_dead(read_tolls) -> None:
    claims = read_tolls("Air strikes kill 12 in Douma\n\nAir strikes killed 12 people in Douma on Sunday, the "
                        "monitor said. The air force also struck Harasta later in the day. The strikes killed "
                        "four people, the monitor said.")
    assert _parent_value(claims, 4) is None
    assert killed_total_of(claims) == 16


def test_figures_adding_up_to_the_lead_toll_are_its_parts(read_tolls) -> None:
    claims = read_tolls("Blast hits clinic in Salamiyah\n\nAt least six people were killed in a blast at a clinic "
                        "in Salamiyah on Sunday. The blast took the lives of four nurses as well as two guards, "
                        "the monitor said.")
    assert _parent_value(claims, 4) == 6
    assert _parent_value(claims, 2) == 6
    assert killed_total_of(claims) == 6


def test_a_figure_from_earlier_information_is_superseded(read_tolls) -> None:
    claims = read_tolls("Shelling toll in Hama rises to 14\n\nThe toll from Sunday's shelling of Hama rose to "
                        "14, a police source said. According to earlier information, 9 people were killed.")
    assert _parent_value(claims, 9) == 14
    assert killed_total_of(claims) == 14


def test_a_toll_of_last_month_named_by_its_month_is_background(read_tolls) -> None:
    claims = read_tolls("A car bomb killed 7 people in Azaz on Sunday. In a similar attack last January more than "
                        "40 people were killed in the town.")
    assert _top(claims) == [(7, "incident")]


def test_a_source_counting_the_dead_and_more_wounded_retells_the_toll(read_tolls) -> None:
    # "and many more wounded" counts other people: the source's figure is the same dead.
    claims = read_tolls("A truck bomb tore through a crowded square in Tal Abyad on Sunday, killing at "
                        "least 52 people and wounding scores. The Kurdish Red Crescent counted 30 dead and "
                        "many more wounded.")
    assert killed_total_of(claims) == 52
    assert _parent_value(claims, 30) == 52
    # "9 more deaths" is still further dead.
    more = read_tolls("A truck bomb tore through a crowded square in Tal Abyad on Sunday, killing at "
                      "least 52 people. The local council recorded 9 more deaths and 20 wounded.")
    assert killed_total_of(more) == 61
