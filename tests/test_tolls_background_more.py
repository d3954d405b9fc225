"""Figures that are not this report's dead: a war's tally told of a side, an event set in an
earlier time frame ("later that month"), and the injured named in a toll phrase.  Reports
invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2017, 11, 9)


def test_injured_named_after_the_toll_word_are_injured(read_tolls) -> None:
    claims = read_tolls("The state agency quoted the governor as putting the death toll at nine and the number "
                        "of injured at 31.")
    assert {(c.status, c.count.value) for c in claims} == {("killed", 9), ("injured", 31)}
    assert killed_total_of(claims) == 9


def test_a_side_s_toll_in_the_whole_conflict_is_background(read_tolls) -> None:
    claims = read_tolls("Drone downed near Khanasir\n\nA drone was shot down near Khanasir on Tuesday and two "
                        "pilots were killed, the ministry said. The loss brought the toll for Iranian officers killed "
                        "in the Syrian conflict to 24.")
    assert killed_total_of(claims) == 2


def test_the_war_named_as_setting_beside_a_toll_keeps_it(read_tolls) -> None:
    claims = read_tolls("Shelling killed six civilians in Tafas on Tuesday, the latest deaths in Syria's six-year "
                        "war, rescuers said.")
    assert killed_total_of(claims) == 6


def test_an_event_set_later_that_month_is_background(read_tolls) -> None:
    claims = read_tolls("Rockets kill four in Jableh\n\nRockets killed four people in Jableh on Tuesday. In March the "
                        "town was shelled for a week. Later that month an air strike on Hajin killed at least 27 "
                        "civilians.")
    assert killed_total_of(claims) == 4
