"""A source's earlier count of the same dead, told before its later one in one report: the
later count is the report's toll, the earlier one a figure it replaced (issue 9) -- in one sentence,
or told on one day and again on a later day in another sentence.  Two events, two groups, two places
or new dead told on the later day still add up."""

from __future__ import annotations


def _top_killed(claims) -> list[int]:
    return [c.count.value for c in claims if c.status == "killed" and c.parent is None]


def test_an_earlier_report_then_a_later_one_in_one_sentence_keeps_the_later(read_tolls) -> None:
    claims = read_tolls("The White Helmets had earlier reported 6 dead in the air strike on Termanin, "
                        "but on Monday they said 17 people had been killed.")
    assert _top_killed(claims) == [17]


def test_an_initial_count_revised_after_a_semicolon_keeps_the_revised_one(read_tolls) -> None:
    claims = read_tolls("Medics initially said 9 people died in the car bombing in Azaz; they later said "
                        "the blast had killed 24 people.")
    assert _top_killed(claims) == [24]


def test_a_count_told_at_first_is_replaced_by_the_one_told_later(read_tolls) -> None:
    claims = read_tolls("Activists at first said 5 civilians were killed in the shelling of Tafas, then said "
                        "14 civilians had died.")
    assert _top_killed(claims) == [14]


def test_a_toll_the_source_had_put_lower_gives_way_to_its_new_count(read_tolls) -> None:
    claims = read_tolls("The local council had put the toll at 8 on Sunday. On Tuesday it said 27 people "
                        "were killed in the raids on Kafr Takharim.")
    assert _top_killed(claims) == [27]


def test_an_earlier_count_with_no_later_one_is_still_the_report_s_toll(read_tolls) -> None:
    claims = read_tolls("The civil defence initially said 11 people were killed in the strike on the "
                        "school in Hish.")
    assert _top_killed(claims) == [11]


def test_a_figure_first_reported_by_an_agency_is_no_superseded_count(read_tolls) -> None:
    claims = read_tolls("Rockets killed 4 people in Aleppo's Hamdaniya district. The attack, first reported "
                        "by state television, killed 7 people in Salaheddine, the agency said.")
    assert sorted(_top_killed(claims)) == [4, 7]


def test_two_incidents_on_two_days_still_add_up(read_tolls) -> None:
    claims = read_tolls("Shelling killed 13 people in Kafr Batna on Monday; on Thursday 20 were killed in "
                        "air strikes on Hamouriyeh.")
    assert sorted(_top_killed(claims)) == [13, 20]


def test_a_revised_count_of_the_wounded_adds_no_dead(read_tolls) -> None:
    claims = read_tolls("The hospital initially said 12 people were wounded in the blast, and later put "
                        "the number of wounded at 30.")
    assert _top_killed(claims) == []


def _top(claims, status: str) -> list[int]:
    return [c.count.value for c in claims if c.status == status and c.parent is None]


def test_a_later_count_of_the_dead_keeps_an_earlier_count_of_the_wounded(read_tolls) -> None:
    claims = read_tolls("The Syrian Civil Defence had earlier said 8 people were wounded in the shelling of "
                        "Jisr al-Shughur; it later said 3 of them had died in hospital.")
    assert _top(claims, "injured") == [8]


def test_a_later_count_of_the_wounded_keeps_an_earlier_count_of_the_dead(read_tolls) -> None:
    claims = read_tolls("Enab Baladi initially reported 5 people killed in the car bomb in Jarablus, but "
                        "on Sunday it said 21 people were injured.")
    assert _top(claims, "killed") == [5]
    assert _top(claims, "injured") == [21]


def test_a_later_count_of_the_dead_replaces_only_the_earlier_dead(read_tolls) -> None:
    claims = read_tolls("Medics in Maarat Misrin first said 10 people were killed and 4 wounded in the "
                        "blast, but then said 26 people had died.")
    assert _top(claims, "killed") == [26]
    assert _top(claims, "injured") == [4]

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
