"""Injuries a gas attack leaves, told without "injured" (issue 9, family 2): people who
suffered suffocation, burns or breathing trouble, people affected by the gas.  Reports
invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 4, 12)


def _claims(claims) -> list[tuple[str, int | None, str]]:
    return [(c.status, c.count.value, c.count.qualifier) for c in claims]


def test_suffocation_after_a_toll_is_injury(read_tolls) -> None:
    claims = read_tolls("Barrels of chlorine fell on Habit overnight. One woman died and about 45 other "
                        "residents suffered from suffocation, medics said.")
    assert _claims(claims) == [("killed", 1, "exact"), ("injured", 45, "about")]


def test_people_affected_by_the_gas_are_injured(read_tolls) -> None:
    claims = read_tolls("A rescue team in Latamina said 27 people, most of them farmers, were affected by "
                        "the gas.")
    assert _claims(claims) == [("injured", 27, "exact")]


def test_people_affected_by_a_storm_are_no_toll(read_tolls) -> None:
    claims = read_tolls("Heavy rain flooded the tents of Atmeh. Some 130 families were affected by the storm.")
    assert claims == []
