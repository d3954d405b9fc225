"""Per-report killed totals that hold (issue 9): a close figure told of another day or as
"another N" is another incident, never the lead's toll told twice; a toll "later revised
to" a figure is replaced by it; a battle's large toll beside a small lead is the report's
news.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2019, 10, 17)  # a Thursday


def _top_killed(claims) -> list[int | None]:
    return [c.count.value for c in claims if c.status == "killed" and c.parent is None and c.scope != "cumulative"]


def test_a_close_figure_of_the_day_before_is_another_incident(read_tolls) -> None:
    claims = read_tolls("Shelling hits Kafranbel\n\nShelling killed at least 14 people in Kafranbel on Wednesday, "
                        "rescuers said. The day before, 16 people died when jets struck a market in Maaret Hurma.")
    assert _top_killed(claims) == [14, 16]


def test_another_close_figure_adds_to_the_lead(read_tolls) -> None:
    claims = read_tolls("Dozens killed in southern Idlib\n\nAt least 35 people were killed in raids on Khan Sheikhoun "
                        "on Wednesday, the monitor said. Another 31 were killed in shelling of Kafr Nabudah.")
    assert _top_killed(claims) == [35, 31]


def test_a_toll_later_revised_up_replaces_the_first(read_tolls) -> None:
    claims = read_tolls("Bomb hits Jarablus bus station\n\nAt least 11 people were killed when a bomb went off at "
                        "the bus station in Jarablus on Wednesday. The death toll was later revised to 13, "
                        "local officials said.")
    assert _top_killed(claims) == [13]
    eleven = next(c for c in claims if c.count.value == 11)
    assert eleven.parent is not None


def test_a_battle_toll_beside_a_small_lead_is_counted(read_tolls) -> None:
    claims = read_tolls("Mortar kills three in Qardaha\n\nA mortar round killed three civilians in Qardaha on "
                        "Wednesday, state media said. Fierce clashes for the hills north of Kabani killed more "
                        "than 140 fighters from both sides, the monitor said.")
    assert _top_killed(claims) == [3, 140]


def test_a_second_source_s_close_figure_is_still_one_toll(read_tolls) -> None:
    claims = read_tolls("Strikes on Ariha\n\nAt least 14 people were killed in air strikes on Ariha on Wednesday, "
                        "the monitor said. The civil defence said 16 people died in the strikes.")
    assert _top_killed(claims) == [14]


def test_a_large_recalled_figure_beside_a_small_lead_stays_out(read_tolls) -> None:
    claims = read_tolls("Mortar kills three in Qardaha\n\nA mortar round killed three civilians in Qardaha on "
                        "Wednesday, state media said. Rights groups accuse the government of killing more than "
                        "1200 people with barrel bombs.")
    assert _top_killed(claims) == [3]


def test_a_sum_told_after_its_figures_holds_them(read_tolls) -> None:
    claims = read_tolls("Strike on a school in Hass\n\nAn air strike on a school in Hass killed 17 children on "
                        "Wednesday, the UN agency said. Three teachers also died, while the monitor said 27 people "
                        "in total had been killed.")
    assert _top_killed(claims) == [27]
    assert all(c.parent is not None for c in claims if c.count.value in (17, 3))


def test_a_sum_over_a_span_stays_a_running_total(read_tolls) -> None:
    claims = read_tolls("Strike on a school in Hass\n\nAn air strike on a school in Hass killed 17 children on "
                        "Wednesday. In total, more than 600 people have been killed in the province this year, "
                        "the monitor said.")
    assert _top_killed(claims) == [17]
    assert next(c for c in claims if c.count.value == 600).scope == "cumulative"


def test_a_headline_figure_retold_under_another_name_is_one_toll(extractor) -> None:
    from observatory.models import Document

    text = ("Army kills at least 60 gunmen near Kinsabba\n\nAn army unit eliminated a number of al-Nusra "
            "terrorists east of the power station in Busra. Near Kinsabba at least 60 terrorists, most of them "
            "from al-Nusra, were killed in army operations on the hills.")
    result = extractor.extract(text, Document(id="kinsabba", published=PUBLISHED.isoformat()))
    assert _top_killed(result.casualties) == [60, None]


def test_a_source_that_also_reports_a_figure_counts_the_same_dead(read_tolls) -> None:
    claims = read_tolls("Shells kill 9 in Suqaylabiyah\n\nShelling killed nine people in Suqaylabiyah on Monday, "
                        "state media said. The monitor also reported that 11 people were killed in the shelling.")
    assert _top_killed(claims) == [9]


def test_an_event_that_also_killed_adds_its_dead(read_tolls) -> None:
    claims = read_tolls("Shells kill 9 in Suqaylabiyah\n\nShelling killed nine people in Suqaylabiyah on Monday, "
                        "state media said. The shelling also killed 11 people in Mhardeh, the monitor reported.")
    assert _top_killed(claims) == [9, 11]


def test_a_source_s_smaller_risen_toll_is_another_count_of_the_same_dead(read_tolls) -> None:
    claims = read_tolls("Jets pound Kafr Hamra\n\nAir strikes on Kafr Hamra killed 64 people on Friday, the monitor "
                        "said. Local activists said the death toll had risen to 52.")
    assert _top_killed(claims) == [64]


def test_a_war_wide_overall_figure_is_no_sum_of_the_lead(read_tolls) -> None:
    claims = read_tolls("Jets strike Maarat Misrin\n\nJets killed 6 people in Maarat Misrin on Tuesday. Overall, "
                        "4,500 civilians have been killed in the governorate, the rights group said.")
    assert _top_killed(claims) == [6]


def test_an_in_total_running_toll_in_the_perfect_is_background(read_tolls) -> None:
    claims = read_tolls("Jets strike Maarat Misrin\n\nJets killed 6 people in Maarat Misrin on Tuesday. In total, "
                        "250 civilians have been killed in the governorate, the rights group said.")
    assert _top_killed(claims) == [6]
    assert next(c for c in claims if c.count.value == 250).scope == "cumulative"


def test_in_all_before_a_number_is_no_sum_cue(read_tolls) -> None:
    claims = read_tolls("Raids on the Ghab plain\n\nShelling killed 5 farmers near Qalaat al-Madiq on Monday. "
                        "Jets killed 11 civilians in all four hamlets of the plain, the monitor said.")
    assert _top_killed(claims) == [5, 11]


def test_an_overall_commander_sums_nothing(read_tolls) -> None:
    claims = read_tolls("Fighting near Kurnaz\n\nRebels killed 2 soldiers near Kurnaz on Monday. The army's "
                        "overall commander said 8 soldiers were killed near Mahardeh.")
    assert _top_killed(claims) == [2, 8]


def test_a_sum_far_above_the_figures_before_it_holds_none(read_tolls) -> None:
    claims = read_tolls("Raids on Jisr al-Shughour\n\nA strike killed 5 people in Jisr al-Shughour on Tuesday. "
                        "In all, 60 people were killed across the province on Tuesday, the monitor said.")
    assert all(c.parent is None for c in claims if c.count.value == 5)


def test_figures_after_the_sum_cue_are_no_parts(read_tolls) -> None:
    claims = read_tolls("Raids on Jisr al-Shughour\n\nIn total, 4 civilians were killed in Jisr al-Shughour and "
                        "7 in Bdama on Tuesday, the monitor said.")
    assert _top_killed(claims) == [4, 7]
