"""Casualty families found on unseen FA-KES reports (brief cas5): lists whose commas an
outlet dropped, a killed-and-injured total, "half a dozen", a side that "lost" its men,
victims named by nationality. Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 9, 14)


def test_a_list_without_commas_shares_its_verb_with_every_group(read_tolls) -> None:
    claims = read_tolls("Police said a young boy an elderly woman and three farmers were killed when a "
                        "rocket fell on Tal Rifaat on Sunday.")
    assert sorted(c.count.value for c in claims if c.status == "killed") == [1, 1, 3]
    assert killed_total_of(claims) == 5


def test_a_list_with_commas_keeps_two_single_people_apart(read_tolls) -> None:
    claims = read_tolls("A nurse, a driver and two boys died when the clinic in Kafr Zita was shelled.")
    assert killed_total_of(claims) == 4


def test_half_a_dozen_is_six(read_tolls) -> None:
    claims = read_tolls("A mortar round hit a bakery queue in Jaramana, wounding half a dozen women.")
    assert [(c.status, c.count.value) for c in claims] == [("injured", 6)]


def test_killed_and_injured_joined_by_an_ampersand_is_no_killed_figure(read_tolls) -> None:
    claims = read_tolls("Rocket Barrage on Suqaylabiyah Leaves 57 Killed & Injured")
    assert killed_total_of(claims) in (None, 0)
    assert all(c.count.value is None for c in claims)


def test_the_country_that_lost_its_soldiers_owns_them(read_tolls) -> None:
    claims = read_tolls("Turkey has now lost 17 soldiers since its operation around al-Bab began, "
                        "the Turkish general staff said.")
    assert [(c.count.value, c.group.actor) for c in claims] == [(17, "Military Forces of Turkey")]


def test_an_army_named_before_the_loss_owns_the_bare_soldiers(read_tolls) -> None:
    claims = read_tolls("The Iranian army lost 4 soldiers near Khan Tuman on Friday.")
    assert [c.group.actor for c in claims] == ["Military Forces of Iran"]


def test_a_killing_verb_leaves_bare_soldiers_to_the_home_army(read_tolls) -> None:
    claims = read_tolls("Rebel rockets killed 6 soldiers at a checkpoint near Morek.")
    assert [c.group.actor for c in claims] == ["Military Forces of Syria"]


def test_foreign_pilgrims_keep_their_nationality(read_tolls) -> None:
    claims = read_tolls("Nine Iraqi pilgrims died when a roadside bomb hit their bus near Sayyida Zeinab.")
    assert [(c.count.value, c.group.actor, c.group.nationality) for c in claims] == [(9, "Civilians", "IQ")]


def test_a_photo_caption_run_into_the_lead_does_not_date_its_toll(read_tolls) -> None:
    claims = read_tolls("Published September 14 2016 Smoke rises over a hill held by rebels near Kabani "
                        "August 2 2016 (Reuters) Three people were killed and 11 wounded as government "
                        "forces shelled the village of Bdama.")
    assert killed_total_of(claims) == 3
    assert {c.count.value for c in claims if c.status == "injured"} == {11}


def test_a_breakdown_by_place_without_commas_is_parts_of_the_total(read_tolls) -> None:
    claims = read_tolls("Jets killed 41 civilians across Idlib on Monday including 17 in Saraqib "
                        "12 in the town of Binnish 7 in Taftanaz and 5 in Sarmin.")
    assert killed_total_of(claims) == 41
    parts = sorted(c.count.value for c in claims if c.parent is not None)
    assert parts == [5, 7, 12, 17]


def test_a_part_told_after_a_comma_and_its_place_is_a_part(read_tolls) -> None:
    claims = read_tolls("Rocket fire killed 15 people, 9 in Mhardeh and 6 in Suqaylabiyah, state media said.")
    assert killed_total_of(claims) == 15
    assert sorted(c.count.value for c in claims if c.parent is not None) == [6, 9]


def test_the_wounded_included_names_a_part_of_the_wounded_not_of_the_dead(read_tolls) -> None:
    claims = read_tolls("Barrel bombs killed 23 people and wounded 40 in Darayya on Friday, the local council "
                        "said. The wounded included 5 paramedics.")
    assert killed_total_of(claims) == 23
    part = next(c for c in claims if c.count.value == 5)
    assert part.status == "injured" and part.parent is not None
    assert next(c for c in claims if c.id == part.parent).count.value == 40


def test_a_wounded_part_is_no_part_of_a_death_toll(read_tolls) -> None:
    claims = read_tolls("Barrel bombs killed 23 people in Darayya on Friday. The wounded included 5 paramedics.")
    part = next(c for c in claims if c.count.value == 5)
    assert part.status == "injured" and part.parent is None


def test_those_killed_included_lists_parts_of_the_toll_even_of_another_side(read_tolls) -> None:
    claims = read_tolls("Air strikes on the cattle market in Atarib killed 38 civilians on Wednesday. The dead "
                        "included two traffic policemen, five women and eight children, the monitor said.")
    assert killed_total_of(claims) == 38
    assert sorted(c.count.value for c in claims if c.parent is not None) == [2, 5, 8]


def test_a_part_listed_after_a_vague_war_tally_is_no_part_of_it(read_tolls) -> None:
    claims = read_tolls("Shelling killed 19 people in Kafr Hamra on Sunday. The siege has claimed hundreds of lives "
                        "and wounded many others. Those killed included 6 members of one family.")
    assert killed_total_of(claims) == 19
