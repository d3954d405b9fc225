"""Whose dead a running count counts when its figure stands bare (issue 9): the
fighters its own frame names ("the number of soldiers killed … rose to 17", "fatalities among
the rebels"), while the dead, martyrs and fatalities it counts are passed over and people of
any other kind keep the default.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2018, 1, 22)


def _claims(claims) -> list[tuple[str, int | None, str | None]]:
    return [(c.status, c.count.value, c.group.actor if c.group else None) for c in claims]


def test_soldiers_in_the_frame_are_the_armys_dead(read_tolls) -> None:
    claims = read_tolls("The number of soldiers killed in the attack on the Abu al-Duhur airbase has "
                        "risen to 23, a military source said.")
    assert _claims(claims) == [("killed", 23, "Military Forces of Syria")]


def test_dead_soldiers_in_a_toll_frame_are_the_armys_dead(read_tolls) -> None:
    claims = read_tolls("The toll of dead soldiers reached 12 after the overnight ambush near Sukhnah.")
    assert _claims(claims) == [("killed", 12, "Military Forces of Syria")]


def test_rebels_after_among_in_the_frame_are_the_rebels_dead(read_tolls) -> None:
    claims = read_tolls("The number of fatalities among the rebels rose to 27 on Monday, the "
                        "Observatory said.")
    assert _claims(claims) == [("killed", 27, "Syrian Rebels")]


def test_people_in_the_frame_keep_the_civilian_default(read_tolls) -> None:
    claims = read_tolls("The number of people killed by regime soldiers in Madaya rose to 8, "
                        "activists said.")
    assert _claims(claims) == [("killed", 8, "Civilians")]

