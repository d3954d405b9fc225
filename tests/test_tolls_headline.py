"""A headline's one killed figure sums up the report's body: never added to it.  Reports
invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 9, 22)  # a Thursday


def test_a_headline_total_over_its_parts_in_the_body_is_counted_once(read_tolls) -> None:
    claims = read_tolls("Air raids kill 31 in Daraa and Busra\n\nAir raids on Thursday killed 14 people in Daraa "
                        "city, rescuers said. In Busra, a market was hit and 12 people died.")
    assert killed_total_of(claims) == 31


def test_a_headline_part_under_a_larger_body_toll_is_not_added(read_tolls) -> None:
    claims = read_tolls("19 children killed in Tafas strikes\n\nStrikes on a school in Tafas killed 57 people on "
                        "Thursday, medics said.")
    assert killed_total_of(claims) == 57


def test_a_headline_naming_a_side_does_not_cover_another_side(read_tolls) -> None:
    claims = read_tolls("Seven Hezbollah fighters killed near Zabadani\n\nSeven Hezbollah fighters were killed in "
                        "clashes near Zabadani on Thursday, the group said. Shelling on Madaya killed two "
                        "civilians on Thursday.")
    assert killed_total_of(claims) == 9


def test_another_event_of_the_body_is_not_a_part_of_the_headline(read_tolls) -> None:
    claims = read_tolls("Shelling kills 15 in Jisr al-Shughur\n\nShelling killed 15 people in Jisr al-Shughur on "
                        "Thursday. In retaliation, rebels fired rockets on Qardaha, killing four people.")
    assert killed_total_of(claims) == 19


def test_dead_at_another_place_are_not_a_part_of_the_headline(read_tolls) -> None:
    claims = read_tolls("Barrel bombs kill 20 in Kafr Nubl\n\nA sniper killed three shepherds near Hish on "
                        "Wednesday. In Kafr Nubl, barrel bombs killed 18 people, rescuers said.")
    assert killed_total_of(claims) == 23


def test_a_report_without_a_headline_keeps_its_figures(read_tolls) -> None:
    claims = read_tolls("Air raids on Thursday killed 14 people in Daraa city, rescuers said. In Busra, five "
                        "people died when a market was hit.")
    assert killed_total_of(claims) == 19
