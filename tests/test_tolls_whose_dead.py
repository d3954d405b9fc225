"""Whose dead a toll counts when its own words name no side (issue 9, family 3): a bare
figure takes the group its toll frame names, a generic fighter inside a named force is
that force's, a nationality of its own names another side.  Reports invented for these
tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2018, 2, 21)


def _groups(claims) -> list[tuple[int | None, str]]:
    return [(c.count.value, c.group.actor) for c in claims]


def test_a_toll_frame_names_whose_dead_a_bare_figure_counts(read_tolls) -> None:
    claims = read_tolls("Fighting flared west of Mayadin. The tally of the ISIS militants killed since "
                        "Monday has climbed to 23, the monitor said.")
    assert _groups(claims) == [(23, "Islamic State")]


def test_a_toll_frame_that_names_the_raids_keeps_the_default(read_tolls) -> None:
    claims = read_tolls("Raids went on overnight. The death toll of the Russian strikes on Maarat Hurmah "
                        "rose to 19.")
    assert _groups(claims) == [(19, "Civilians")]


def test_generic_commanders_inside_a_named_force_are_its_own(read_tolls) -> None:
    claims = read_tolls("The offensive stalled near Qalaat al-Madiq. No fewer than 44 Hezbollah members died, "
                        "among them six commanders.")
    assert _groups(claims) == [(44, "Hezbollah"), (6, "Hezbollah")]


def test_a_nationality_inside_a_named_force_names_its_own_side(read_tolls) -> None:
    claims = read_tolls("Losses mounted in the desert. At least 160 regime soldiers were killed, including "
                        "five Russians.")
    assert _groups(claims) == [(160, "Military Forces of Syria"), (5, "Military Forces of Russia")]


def test_of_them_points_back_to_the_fighters_named_before(read_tolls) -> None:
    claims = read_tolls("Army units set an ambush in the Jazal hills. They surprised a column of ISIS "
                        "militants at dawn, killing nine of them and wounding dozens of them.")
    assert [(c.status, c.group.actor) for c in claims] == [("killed", "Islamic State"), ("injured", "Islamic State")]


def test_of_them_after_a_civilian_crowd_stays_civilian(read_tolls) -> None:
    claims = read_tolls("The funeral in Nawa was hit. Gunmen fired at the crowd of mourners, wounding 11 "
                        "of them.")
    assert [(c.status, c.count.value, c.group.actor) for c in claims] == [("injured", 11, "Civilians")]
