"""Killed totals that match the report (issue 9, cas10 and its review): "in the process" is
the action just told, not a running total, unless the toll is told in the perfect; a vague
amount in a report's opening beside its exact toll of the same side and days is that toll
told loosely; only a headline's round bound takes the body's tighter one; a "since" after a
comparison spans nothing.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2017, 3, 14)


def _vague(claims) -> list:
    return [c for c in claims if c.count.qualifier == "vague"]


def test_a_toll_of_the_action_just_told_is_this_incident(read_tolls) -> None:
    claims = read_tolls("Insurgents overran three army posts near Suran on Monday, killing 27 soldiers in the "
                        "process, the monitor said. Nine insurgents also died in the fighting.")
    assert killed_total_of(claims) == 36
    assert all(c.scope == "incident" for c in claims)


def test_a_headline_in_the_process_keeps_the_body_toll_of_the_day(read_tolls) -> None:
    claims = read_tolls("Jihadists seize hilltop near Qardaha, killing 40 in the process\n\nJihadists seized a "
                        "hilltop near Qardaha on Thursday after a night of fighting. At least 40 pro-government "
                        "fighters died, the monitor said.")
    assert [(c.count.value, c.scope) for c in claims] == [(40, "incident")]


def test_a_perfect_toll_in_the_process_is_still_a_running_total(read_tolls) -> None:
    # The precision guard: "have been killed in the process" of a fortnight's escalation sums it.
    claims = read_tolls("Raids kill 8 in Hamouriyeh\n\nAir raids killed eight people in Hamouriyeh on Wednesday. "
                        "The strikes were the latest in a fortnight of escalation around the enclave. A total of 57 "
                        "civilians have been killed in the process, the monitor said.")
    assert killed_total_of(claims) == 8
    assert [c.scope for c in claims if c.count.value == 57] == ["cumulative"]


def test_a_vague_standfirst_beside_the_toll_adds_no_claim(read_tolls) -> None:
    claims = read_tolls("Toll in rocket attack on Latakia bus station rises to 23\n\nMany residents of the coastal "
                        "city lost their lives when rockets slammed into the bus station. The toll in the rocket "
                        "attack on the station has risen to at least 23, a monitor said on Wednesday.")
    assert killed_total_of(claims) == 23
    assert _vague(claims) == []


def test_a_vague_lead_before_its_exact_count_adds_no_claim(read_tolls) -> None:
    claims = read_tolls("Rockets kill 23 at Latakia bus station\n\nSeveral civilians were killed when rockets "
                        "slammed into the bus station of Latakia on Monday. State media said 23 people died in "
                        "the attack.")
    assert [c.count.value for c in claims] == [23]


def test_a_vague_amount_larger_than_the_count_stays(read_tolls) -> None:
    # Guard: dozens are more than the four of the first salvo, so not those four told loosely.
    claims = read_tolls("Mortar fire kills 4 in Jaramana\n\nDozens of residents were killed when mortars rained on "
                        "Jaramana on Sunday. Four civilians died in the first salvo, state media said.")
    assert len(_vague(claims)) == 1


def test_other_people_told_vaguely_in_the_lead_stay(read_tolls) -> None:
    # Guard: "also" sets the fighters apart from the nine of the station.
    claims = read_tolls("Nine die as rockets hit bus station in Latakia\n\nMany rebel fighters were also killed "
                        "when rockets slammed into their base near Latakia on Tuesday. Rockets hit the crowded "
                        "station at midday, killing nine people, state media said.")
    assert len(_vague(claims)) == 1


def test_a_vague_toll_later_in_the_body_stays(read_tolls) -> None:
    # Guard: past the opening a report moves on to other strikes.
    claims = read_tolls("Jets kill 60 in Ariha\n\nJets killed 60 civilians in Ariha on Friday, a monitor said. "
                        "Rescuers pulled bodies from the rubble of two markets. Hospitals in the town appealed for "
                        "blood. In other raids, several people were killed in Maarat al-Numan, the monitor added.")
    assert len(_vague(claims)) == 1


def test_the_body_s_tighter_bound_replaces_the_headline_s_round_one(read_tolls) -> None:
    claims = read_tolls("More than 60 civilians killed in Idlib raids\n\nAt least 63 civilians including nine "
                        "children were killed in air raids on towns of Idlib province on Tuesday, a monitor said.")
    assert killed_total_of(claims) == 63
    assert [c.count.value for c in claims if c.parent is None] == [63]


def test_a_later_over_bound_of_the_same_toll_is_kept(read_tolls) -> None:
    claims = read_tolls("Over 70 killed in strikes on Deir Hafer\n\nRussian and government jets pounded Deir Hafer "
                        "on Friday. Strikes on the town have killed at least 74 civilians, the monitor and a rescue "
                        "official said.")
    assert killed_total_of(claims) == 74


def test_an_exact_headline_figure_is_not_replaced_by_a_body_bound(read_tolls) -> None:
    # Guard: a figure told exactly is the report's count, not a rounding of the body's bound.
    claims = read_tolls("40 Civilians Killed in Shelling of Maarat al-Numan\n\nOver 45 civilians were killed in "
                        "artillery and air bombardment of Maarat al-Numan and nearby villages on Monday.")
    assert killed_total_of(claims) == 40


def test_a_looser_bound_told_later_does_not_lower_the_toll(read_tolls) -> None:
    # Guard: "at least 52" then "more than 50" is still at least 52.
    claims = read_tolls("At least 52 killed in Ariha market strike\n\nMore than 50 people were killed when jets "
                        "struck the market of Ariha on Sunday, a monitor said.")
    assert killed_total_of(claims) == 52


def test_a_since_that_compares_spans_nothing(read_tolls) -> None:
    claims = read_tolls("Jets killed 14 people in Saraqeb on Tuesday, one of the highest daily tolls for the town "
                        "since the offensive began in May, the monitor said. Two rebels also died in clashes near "
                        "the town.")
    assert killed_total_of(claims) == 16
    assert all(c.scope == "incident" for c in claims)


def test_the_worst_attack_since_the_uprising_is_no_war_total(read_tolls) -> None:
    claims = read_tolls("The bombing, the worst to hit the coastal city since the uprising began, killed 12 people "
                        "on Friday.")
    assert killed_total_of(claims) == 12


def test_a_figure_between_comparison_and_since_keeps_its_span(read_tolls) -> None:
    # Guard: "the most in a single day" compares the 23; the 310 is told since the offensive.
    claims = read_tolls("Shells killed 23 people in Harasta on Monday, the most in a single day, and 310 civilians "
                        "have died since the offensive began in February, the monitor said.")
    assert killed_total_of(claims) == 23
    assert [c.scope for c in claims if c.count.value == 310] == ["cumulative"]


def test_a_war_told_beside_a_superlative_is_still_the_war(read_tolls) -> None:
    # Guard: a clause and a figure between the superlative and "since" leave the war's span.
    claims = read_tolls("In the deadliest conflict of the century, which began in 2011, 350,000 people have been "
                        "killed since the start of the war, the monitor said. Jets killed five people in Ariha on "
                        "Monday.")
    assert killed_total_of(claims) == 5


def test_a_larger_bound_of_other_days_does_not_raise_the_toll(read_tolls) -> None:
    # Guard: Sunday and Monday's 19 is another toll, not Tuesday's 16 told tighter.
    claims = read_tolls("At least 16 dead in Binnish market strike\n\nAt least 16 civilians were killed on Tuesday "
                        "in air strikes on a market in Binnish, a monitor said. The monitor said that on Sunday and "
                        "Monday at least 19 civilians died in strikes around Taftanaz.",
                        published=date(2017, 10, 11))
    assert [c.count.value for c in claims if c.parent is None][0] == 16


def test_a_dated_comparison_leaves_the_breakdown_of_the_day(read_tolls) -> None:
    # "since the outbreak of the war in 2011" dates the comparison, not the dead.
    claims = read_tolls("Car bomb hits Safita hospital\n\nA car bomb exploded outside the national hospital of Safita "
                        "on Monday. Four people were killed in the attack, the monitor said. The attack, the first "
                        "bombing to hit the centre of the town since the outbreak of the war in 2011, killed a "
                        "nurse, a hospital guard and two soldiers, the monitor said.")
    assert killed_total_of(claims) == 4
    assert sorted((c.count.value, c.scope) for c in claims if c.parent is not None) == \
        [(1, "incident"), (1, "incident"), (2, "incident")]


def test_a_bound_told_after_other_figures_does_not_replace_the_lead(read_tolls) -> None:
    # Guard: only the next figure retells the lead; a later bound is another count.
    claims = read_tolls("At least 16 civilians killed in Binnish market strike\n\nAt least 16 civilians were killed "
                        "in air strikes on a market in Binnish, a monitor said. Some 15 people died in the strikes, "
                        "rescuers said. At least 19 civilians died in strikes around Taftanaz, the monitor added.")
    assert 19 not in [c.count.value for c in claims if c.parent is None][:1]


def test_the_toll_of_the_event_compared_with_stays_background(read_tolls) -> None:
    # Guard: the figure inside the "since" phrase is the old event's toll, not today's.
    claims = read_tolls("Jets killed nine people in Kafr Zita on Tuesday, the monitor said. It was the bloodiest raid "
                        "on the town since a barrel bomb killed dozens of people at its bakery in the spring of "
                        "2014.")
    assert killed_total_of(claims) == 9
    assert [c.count.value for c in claims] == [9]


def test_an_active_perfect_in_the_process_is_a_running_total(read_tolls) -> None:
    claims = read_tolls("The army has pounded rebel-held Jisr al-Shughur, and has killed at least 240 "
                        "civilians in the process, the monitor said. On Wednesday, shells killed 11 people in the "
                        "town.")
    assert killed_total_of(claims) == 11
    assert [c.scope for c in claims if c.count.value == 240] == ["cumulative"]


def test_an_offensive_that_has_killed_in_the_process_keeps_its_figure(read_tolls) -> None:
    claims = read_tolls("The assault on the farms of Douma, which began on January 9, has killed 430 civilians in "
                        "the process, the monitor said.")
    assert [(c.count.value, c.scope) for c in claims] == [(430, "cumulative")]


def test_soldiers_having_perished_in_the_process_are_no_day_s_toll(read_tolls) -> None:
    claims = read_tolls("Clashes raged around Tabqa over recent days, with more than 45 government soldiers having "
                        "perished in the process. Air strikes killed 9 civilians in Raqqa on Monday.")
    assert killed_total_of(claims) == 9


def test_two_sources_bounds_in_the_body_do_not_raise_each_other(read_tolls) -> None:
    # Precision guard: only a headline's round bound is the body's count told loosely.
    claims = read_tolls("Jets pound Ariha\n\nAt least 36 people were killed in air strikes on Ariha on Sunday, the "
                        "monitor said. At least 44 people died in the strikes, according to rescuers.")
    assert killed_total_of(claims) == 36


def test_a_raised_headline_keeps_its_sentence_and_raises_no_chain(read_tolls) -> None:
    claims = read_tolls("Over 30 dead in Jisr al-Shughur raids\n\nAt least 33 civilians were killed in raids on Jisr "
                        "al-Shughur on Tuesday, the monitor said. At least 38 civilians died in raids on Jisr "
                        "al-Shughur on Tuesday, according to rescuers.")
    assert killed_total_of(claims) == 33


def test_a_vague_amount_of_the_other_side_stays(read_tolls) -> None:
    claims = read_tolls("Insurgents storm army posts near Morek\n\nInsurgents stormed army posts near Morek on "
                        "Thursday. Dozens of government troops were killed, while 28 insurgents were killed in the "
                        "assault, the monitor said.")
    assert len(_vague(claims)) == 1


def test_a_vague_amount_of_another_day_stays(read_tolls) -> None:
    claims = read_tolls("Shelling killed 13 people in Ariha on Wednesday, the monitor said. On Tuesday, several "
                        "civilians were killed in air raids on the town.", published=date(2017, 3, 16))
    assert len(_vague(claims)) == 1


def test_vague_soldiers_beside_a_count_of_people_stay(read_tolls) -> None:
    claims = read_tolls("A car bomb killed six people at a checkpoint in Homs on Saturday, state media said. Several "
                        "soldiers were killed in a separate attack on an army post east of the city.")
    assert len(_vague(claims)) == 1


def test_a_vague_amount_at_another_place_in_the_lead_stays(read_tolls) -> None:
    # Guard: the count's sentence names Kafranbel; the vague amount is Hish's.
    claims = read_tolls("Jets killed 21 people in Kafranbel on Monday, the monitor said. In Hish, several civilians "
                        "died in shelling.")
    assert len(_vague(claims)) == 1


def test_a_vague_amount_past_the_opening_at_the_same_place_stays(read_tolls) -> None:
    # Guard: past the opening a report moves on, even at the same place.
    claims = read_tolls("Shells kill 17 in Ariha\n\nShells killed 17 civilians in Ariha, a monitor said. Schools in "
                        "the town were shut. Rescuers searched the rubble of the market. Many people were killed "
                        "in Ariha in raids overnight, the monitor added.")
    assert len(_vague(claims)) == 1


def test_a_since_after_a_clause_break_is_a_span(read_tolls) -> None:
    claims = read_tolls("Government forces have killed 120 fighters of Faylaq al-Rahman, the second largest rebel "
                        "group in the enclave, since January, the monitor said. On Tuesday, air strikes killed nine "
                        "civilians in Arbin.")
    assert killed_total_of(claims) == 9


def test_the_first_days_since_an_assault_are_a_span(read_tolls) -> None:
    claims = read_tolls("More than 80 civilians have been killed in the first four days since government forces "
                        "began their assault, the monitor said. On Thursday, strikes killed 15 people in Saqba.")
    assert killed_total_of(claims) == 15


def test_a_long_comparison_before_since_spans_nothing(read_tolls) -> None:
    claims = read_tolls("A drone struck a patrol near Manbij on Sunday, killing all four soldiers in it in the "
                        "heaviest officially admitted loss of life suffered by the coalition's ground forces since "
                        "they started operations in the area.")
    assert [(c.count.value, c.scope) for c in claims] == [(4, "incident")]
