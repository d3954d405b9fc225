"""Figures a report tells again in other words (a second source, a part told under a vague
headline, a figure run on after a passive verb), which must not add to its killed total.
Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2018, 6, 14)  # a Thursday


def _status_of(claims, value: int) -> str:
    return next(c.status for c in claims if c.count.value == value)


def _parent_value(claims, value: int) -> int | None:
    by_id = {c.id: c for c in claims}
    child = next(c for c in claims if c.status == "killed" and c.count.value == value)
    return by_id[child.parent].count.value if child.parent else None


def test_a_figure_after_a_passive_verb_takes_the_next_predicate(read_tolls) -> None:
    # Outlets that drop commas run two clauses together: the 33 were wounded, not killed.
    claims = read_tolls("At least 17 people were killed 33 were wounded when a car bomb went off outside a "
                        "bakery in Azaz on Wednesday.")
    assert _status_of(claims, 33) == "injured"
    assert killed_total_of(claims) == 17


def test_an_active_verb_still_takes_the_figure_after_it(read_tolls) -> None:
    claims = read_tolls("Government troops have killed 12 gunmen near Kafr Zita, the army said.")
    assert _status_of(claims, 12) == "killed"
    assert killed_total_of(claims) == 12


def test_a_source_retelling_the_strikes_gives_another_count_of_the_same_dead(read_tolls) -> None:
    claims = read_tolls("Air raids kill 41 civilians near Hajin\n\nAir raids on two farming villages near Hajin "
                        "killed at least 41 civilians on Wednesday, local activists said. The monitor said at "
                        "least 29 civilians including seven children were killed in the raids on the villages. "
                        "A news agency run by the militants claimed 96 civilians were killed in Susah alone in "
                        "the strikes.")
    assert _parent_value(claims, 29) == 41
    assert _parent_value(claims, 96) == 41
    assert killed_total_of(claims) == 41


def test_a_source_telling_dead_of_an_indefinite_strike_adds_them(read_tolls) -> None:
    # "in air strikes on Saqba" names no event told before: other dead, counted.
    claims = read_tolls("Shelling killed nine people in Douma on Sunday, rescuers said. The monitor said 14 "
                        "people were killed in air strikes on Saqba.")
    assert _parent_value(claims, 14) is None
    assert killed_total_of(claims) == 23


def test_a_source_telling_more_dead_in_the_same_strikes_adds_them(read_tolls) -> None:
    claims = read_tolls("Strikes killed six civilians in Ariha on Monday, rescuers said. The monitor said "
                        "another four fighters were killed in the strikes.")
    assert _parent_value(claims, 4) is None
    assert killed_total_of(claims) == 10


def test_a_part_told_under_a_vague_headline_stays_a_part_of_the_whole(read_tolls) -> None:
    claims = read_tolls("Scores of evacuees dead in Rashidin convoy blast\n\nNearly 40 children were among those "
                        "killed when a truck bomb hit buses carrying evacuees near Rashidin, a monitor said. At "
                        "least 38 children were among the 95 people killed in the blast, the monitor said.")
    assert killed_total_of(claims) == 95


def test_a_network_putting_the_number_at_another_figure_is_an_alternative(read_tolls) -> None:
    claims = read_tolls("Clashes killed nine fighters near Tal Rifaat on Monday, the monitor said. A local news "
                        "network put the number at 13 dead.")
    assert _parent_value(claims, 13) == 9
    assert killed_total_of(claims) == 9


def test_one_figure_told_of_soldiers_and_then_of_people_is_one_toll(read_tolls) -> None:
    claims = read_tolls("Jihadists kill 215 soldiers at Jazal oil field\n\nJihadists killed 215 soldiers, guards and "
                        "engineers when they overran the Jazal oil field on Thursday, a monitor said. On Saturday "
                        "the monitor quoted local sources as saying the jihadists had killed and executed 215 "
                        "people during the assault.")
    assert killed_total_of(claims) == 215


def test_a_relative_clause_about_the_wounded_does_not_make_a_retold_toll_new(read_tolls) -> None:
    claims = read_tolls("Air raids kill 33 in Atarib\n\nAir raids killed at least 33 civilians in Atarib on Monday, "
                        "rescuers said. The monitor said at least 24 civilians were killed in the raids on the "
                        "market, which also wounded dozens.")
    assert _parent_value(claims, 24) == 33
    assert killed_total_of(claims) == 33


def test_a_close_figure_dated_to_another_day_is_another_incident(read_tolls) -> None:
    # Thursday 14 June: "on Monday" is the 11th, "on Friday" the 8th.
    claims = read_tolls("Air strikes kill 22 in Mayadin market\n\nAir strikes killed at least 22 people in a market "
                        "in Mayadin on Monday, the monitor said. The attack came shortly after another raid. At "
                        "least 19 civilians were killed in air strikes on Friday in the village of Hajin.")
    assert _parent_value(claims, 19) is None
    assert killed_total_of(claims) == 41


def test_a_close_figure_of_the_same_day_from_another_source_is_one_toll(read_tolls) -> None:
    claims = read_tolls("Air strikes kill 22 in Mayadin market\n\nAir strikes killed at least 22 people in a market "
                        "in Mayadin on Monday, the monitor said. Local activists said at least 20 people died in "
                        "the market on Monday.")
    assert killed_total_of(claims) == 22


def test_an_agency_reporting_a_bare_count_of_deaths_retells_the_toll(read_tolls) -> None:
    claims = read_tolls("Blast at Saraqib mosque kills 31\n\nA blast at a mosque in Saraqib on Friday killed at least "
                        "31 fighters, the monitor said. A Turkish news agency reported 18 deaths citing local "
                        "sources.")
    assert _parent_value(claims, 18) == 31
    assert killed_total_of(claims) == 31


def test_a_source_reporting_dead_at_another_place_adds_them(read_tolls) -> None:
    claims = read_tolls("Blast at Saraqib mosque kills 31\n\nA blast at a mosque in Saraqib on Friday killed at least "
                        "31 fighters, the monitor said. The monitor reported 12 people killed in air strikes on "
                        "Kafr Nubl.")
    assert _parent_value(claims, 12) is None
    assert killed_total_of(claims) == 43
