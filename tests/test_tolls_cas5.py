"""Casualty families found on unseen FA-KES reports (brief cas5): lists whose commas an
outlet dropped, a killed-and-injured total, "half a dozen", a side that "lost" its men,
victims named by nationality. Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2016, 9, 14)


def _total(claims) -> int | None:
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)


def test_a_list_without_commas_shares_its_verb_with_every_group(read_tolls) -> None:
    claims = read_tolls("Police said a young boy an elderly woman and three farmers were killed when a "
                        "rocket fell on Tal Rifaat on Sunday.")
    assert sorted(c.count.value for c in claims if c.status == "killed") == [1, 1, 3]
    assert _total(claims) == 5


def test_a_list_with_commas_keeps_two_single_people_apart(read_tolls) -> None:
    claims = read_tolls("A nurse, a driver and two boys died when the clinic in Kafr Zita was shelled.")
    assert _total(claims) == 4


def test_half_a_dozen_is_six(read_tolls) -> None:
    claims = read_tolls("A mortar round hit a bakery queue in Jaramana, wounding half a dozen women.")
    assert [(c.status, c.count.value) for c in claims] == [("injured", 6)]


def test_killed_and_injured_joined_by_an_ampersand_is_no_killed_figure(read_tolls) -> None:
    claims = read_tolls("Rocket Barrage on Suqaylabiyah Leaves 57 Killed & Injured")
    assert _total(claims) in (None, 0)
    assert all(c.count.value is None for c in claims)
