"""A source's count told on one day, then told again on a later day in another sentence: the
later count holds the earlier one's dead, which are not added to it (issue 9).  Two events,
two groups, two places or new dead told on the later day still add up."""

from __future__ import annotations


def _top_killed(claims) -> list[int]:
    return [c.count.value for c in claims if c.status == "killed" and c.parent is None]


def test_a_monitor_s_count_told_again_on_a_later_day_keeps_the_later(read_tolls) -> None:
    claims = read_tolls("The Observatory reported on Tuesday that 22 soldiers had been killed in the attack "
                        "on the army post. But on Thursday it said the militants had killed 49 soldiers "
                        "during the assault.")
    assert _top_killed(claims) == [49]


def test_an_agency_telling_its_count_again_without_but_keeps_the_later(read_tolls) -> None:
    claims = read_tolls("Anadolu said on Friday that 12 people had died in the bombing of the bakery in "
                        "Afrin. On Sunday the agency said 28 people were killed in the bombing.")
    assert _top_killed(claims) == [28]


def test_a_source_quoted_as_saying_at_length_still_tells_its_later_count(read_tolls) -> None:
    claims = read_tolls("Activists reported on Monday that 35 people had been killed in the raids. On "
                        "Wednesday the activists, who document the war through a network of medics, "
                        "quoted doctors as saying that the raids had killed 64 people.")
    assert _top_killed(claims) == [64]


def test_a_later_count_repeating_the_headline_holds_the_earlier_one(read_tolls) -> None:
    claims = read_tolls("Militants killed 140 in assault on Syrian airbase: monitor.\n"
                        "Militants killed 140 soldiers when they stormed an airbase on Sunday, a monitor "
                        "said on Tuesday. The monitor reported on Sunday that 55 people had been killed "
                        "in the assault. But on Tuesday the monitor said the militants had killed 140 "
                        "people during the assault.")
    assert _top_killed(claims) == [140]


def test_two_incidents_on_two_days_add_up(read_tolls) -> None:
    claims = read_tolls("The monitor reported on Monday that 14 people were killed in Arbin. On Wednesday "
                        "it said 31 people were killed in air strikes on Zamalka.")
    assert sorted(_top_killed(claims)) == [14, 31]


def test_two_groups_told_on_two_days_add_up(read_tolls) -> None:
    claims = read_tolls("The monitor reported on Monday that 14 soldiers had been killed in the attack. "
                        "On Wednesday it said 31 civilians had been killed in the air strikes.")
    assert sorted(_top_killed(claims)) == [14, 31]


def test_new_deaths_told_on_a_later_day_add_up(read_tolls) -> None:
    claims = read_tolls("The monitor reported on Friday that 12 people had been killed in the strike. On "
                        "Sunday it said 4 more people had died of their wounds.")
    assert sorted(_top_killed(claims)) == [4, 12]


def test_a_new_event_told_on_a_later_day_adds_up(read_tolls) -> None:
    claims = read_tolls("The group said on Monday that 6 people died in the shelling of the village. On "
                        "Wednesday it said a car bomb in the town had killed 11 people.")
    assert sorted(_top_killed(claims)) == [6, 11]


def test_deaths_told_without_a_source_on_a_later_day_add_up(read_tolls) -> None:
    claims = read_tolls("Rebels said on Monday that 9 fighters were killed in the clashes. On Wednesday "
                        "20 fighters were killed in the clashes.")
    assert sorted(_top_killed(claims)) == [9, 20]
