"""The news told as coming after, or answering, an earlier event: "the bombardment began
after militants killed a pilot", "the barrage was a response to rocket attacks which killed
10".  The earlier event's toll is the background the news is set against, never more dead
of the report; the news's own verb joined by "and" keeps its toll.  Reports invented for
these tests (issue 9, over9)."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2018, 3, 4)


def test_the_toll_of_the_event_a_barrage_answered_is_background(read_tolls) -> None:
    claims = read_tolls("Jets pounded Saqba on Saturday, killing 37 people, a monitor said. The Observatory said "
                        "the barrage was a response to mortar fire by insurgents on Friday which killed six people "
                        "in the capital.")
    assert killed_total_of(claims) == 37


def test_the_toll_of_the_event_shelling_began_after_is_background(read_tolls) -> None:
    claims = read_tolls("Army shelling killed 26 people in the town of Kafr Batna on Saturday. The shelling began "
                        "after gunmen killed two officers at a checkpoint on the road to Jisreen.")
    assert killed_total_of(claims) == 26


def test_advances_that_came_after_clashes_leave_the_clash_toll_out(read_tolls) -> None:
    claims = read_tolls("A car bomb killed 14 people at a market in Jassem on Saturday, a monitor said. Rebels "
                        "meanwhile took three villages near Nawa. Those gains came after clashes that killed 31 "
                        "soldiers, the monitor said.")
    assert killed_total_of(claims) == 14


def test_an_attack_that_came_after_shelling_and_killed_keeps_its_toll(read_tolls) -> None:
    # The precision guard: "came after … and killed 19" is the news's own verb, and a
    # separate attack told with no such clause still adds up.
    claims = read_tolls("Militants stormed the village of Tal Abyad on Saturday. The assault came after a night of "
                        "shelling and killed 19 villagers, a monitor said. Separately, a roadside bomb killed four "
                        "soldiers near Ain Issa.")
    assert killed_total_of(claims) == 23
