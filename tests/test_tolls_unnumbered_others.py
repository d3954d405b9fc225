"""Further victims told without a figure (issue 9, family 2): "others were injured",
"wounding others", "a number of locals were hurt" are vague injured claims of the event,
while "the other fighters" is a group the report has counted already.  Reports invented
for these tests."""

from __future__ import annotations

from datetime import date

PUBLISHED = date(2017, 5, 9)


def _claims(claims) -> list[tuple[str, int | None, str]]:
    return [(c.status, c.count.value, c.count.qualifier) for c in claims]


def test_other_people_wounded_after_a_toll_is_a_vague_injured_claim(read_tolls) -> None:
    claims = read_tolls("Rockets fell on the market of Tell Abyad on Sunday. A girl was killed and other "
                        "people were hurt by the blast, a local council said.")
    assert ("injured", None, "vague") in _claims(claims)
    assert ("killed", 1, "exact") in _claims(claims)


def test_wounding_others_after_a_numbered_toll_adds_a_vague_injured_claim(read_tolls) -> None:
    claims = read_tolls("The monitor reported heavy fighting overnight. A drone strike killed seven men near "
                        "Khirbet Ghazaleh, wounding others.")
    assert _claims(claims) == [("killed", 7, "exact"), ("injured", None, "vague")]


def test_locals_are_civilians(read_tolls) -> None:
    claims = read_tolls("Jets struck Kafr Zita at dawn. A number of locals were wounded in the raid.")
    assert [(c.status, c.group.actor) for c in claims] == [("injured", "Civilians")]


def test_the_other_group_already_counted_is_no_new_claim(read_tolls) -> None:
    claims = read_tolls("Nine gunmen attacked the post at Umm Batna. Four of them were captured, and the "
                        "other gunmen were killed by the guards.")
    assert all(c.count.value is not None for c in claims)


def test_others_who_fled_are_not_casualties(read_tolls) -> None:
    claims = read_tolls("Shells hit Ain Tarma on Friday, killing two bakers. Others fled toward the orchards.")
    assert _claims(claims) == [("killed", 2, "exact")]


def test_the_elided_object_of_wounded_is_the_group_just_killed(read_tolls) -> None:
    claims = read_tolls("Turkish jets struck Tal Rifaat overnight. The raids killed 16 SDF fighters and "
                        "wounded 25, a war monitor said.")
    assert [(c.status, c.count.value, c.group.actor) for c in claims] == [
        ("killed", 16, "SDF: Syrian Democratic Forces"), ("injured", 25, "SDF: Syrian Democratic Forces")]


def test_a_wounded_group_named_in_its_own_words_keeps_it(read_tolls) -> None:
    claims = read_tolls("Turkish jets struck Tal Rifaat overnight. The raids killed 16 SDF fighters and "
                        "wounded 25 civilians, a war monitor said.")
    assert [(c.status, c.group.actor) for c in claims][1] == ("injured", "Civilians")
