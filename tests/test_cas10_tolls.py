"""Killed totals that match the report (issue 9, cas10): "in the process" is the action just
told, not a running total, unless the toll is told in the perfect; a vague amount in a
report's opening beside its exact toll is that toll told loosely.  Reports invented for
these tests."""

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
    top = next(c for c in claims if c.parent is None)
    assert top.evidence.text.startswith("At least 63")


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


def test_a_war_told_with_a_superlative_is_still_the_war(read_tolls) -> None:
    # Guard: only a "since" is compared; "the deadliest war has killed" stays background.
    claims = read_tolls("The country's deadliest war has killed 400,000 people, the monitor said. Jets killed six "
                        "people in Ariha on Monday.")
    assert killed_total_of(claims) == 6


def test_a_larger_bound_of_other_days_does_not_raise_the_toll(read_tolls) -> None:
    # Guard: Friday and Saturday's 13 is another toll, not Sunday's 11 told tighter.
    claims = read_tolls("At least 11 dead in Ariha market strike\n\nAt least 11 civilians were killed on Sunday in "
                        "air strikes on a market in Ariha, a monitor said. The monitor said that on Friday and "
                        "Saturday at least 13 civilians died in strikes around Kafranbel.",
                        published=date(2017, 10, 8))
    assert [c.count.value for c in claims if c.parent is None][0] == 11


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
    claims = read_tolls("At least 11 civilians killed in Ariha market strike\n\nAt least 11 civilians were killed in "
                        "air strikes on a market in Ariha, a monitor said. Almost a dozen people died in the strikes, "
                        "rescuers said. At least 13 civilians died in strikes around Kafranbel, the monitor added.")
    assert 13 not in [c.count.value for c in claims if c.parent is None][:1]


def test_the_toll_of_the_event_compared_with_stays_background(read_tolls) -> None:
    # Guard: the figure inside the "since" phrase is the old event's toll, not today's.
    claims = read_tolls("Jets killed nine people in Kafr Zita on Tuesday, the monitor said. It would be the deadliest "
                        "gas attack in the province since sarin killed hundreds of civilians near Hama in August "
                        "2013.")
    assert killed_total_of(claims) == 9
    assert [c.count.value for c in claims] == [9]
