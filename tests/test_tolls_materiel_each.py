"""Two toll families found on unseen FA-KES articles (issue 9): a figure that is the object of
a verb only things take ("killing 8 fighters and destroying two") counts materiel, not dead;
a figure told "in each of" several places holds for every one of them.  Reports invented for
these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 3, 17)


def test_a_figure_destroyed_after_a_kill_verb_is_not_killed(read_tolls) -> None:
    claims = read_tolls("Rebels stormed an army post near Kafr Nabudah, killing 13 soldiers and destroying "
                        "four and damaging two, the group said.")
    assert killed_total_of(claims) == 13
    assert [c.count.value for c in claims] == [13]


def test_weapons_seized_and_aircraft_shot_down_are_things(read_tolls) -> None:
    claims = read_tolls("The brigade said it killed 21 militants, seized six cannons and three heavy "
                        "machineguns and shot down two near Tal Rifaat.")
    assert killed_total_of(claims) == 21
    assert [c.count.value for c in claims] == [21]


def test_one_killed_in_each_of_listed_towns_counts_every_town(read_tolls) -> None:
    claims = read_tolls("Shelling killed six people in Kafr Zita on Thursday, and one civilian was killed "
                        "in each of Latamneh, Morek and Souran, the monitor said.")
    assert killed_total_of(claims) == 9


def test_a_figure_in_each_of_a_counted_set_is_multiplied(read_tolls) -> None:
    claims = read_tolls("Two children died in each of the three camps hit by the air strikes on Tuesday.")
    assert killed_total_of(claims) == 6
    once = read_tolls("One civilian was killed in each of the raids on Sarmin on Tuesday.")
    assert killed_total_of(once) == 1  # no count told: the figure alone



def test_years_after_in_each_of_are_no_count_of_places(read_tolls) -> None:
    sieges = read_tolls("Nine people were killed in each of the 2015 and 2016 sieges of Zabadani.")
    assert killed_total_of(sieges) == 9
    offensives = read_tolls("Four people were killed in each of the 2017 offensives.")
    assert killed_total_of(offensives) == 4
    attacks = read_tolls("Two fighters were killed in each of the three attacks on Jisr al-Shughur.")
    assert killed_total_of(attacks) == 6  # a small count of a set of events still shares the figure out


def test_listed_names_with_a_particle_are_each_counted(read_tolls) -> None:
    inner = read_tolls("Three people died in each of Khan Sheikhoun, Maarat al-Numan and Kafr Nabl.")
    assert killed_total_of(inner) == 9
    first = read_tolls("Five civilians were killed in each of al-Rai, Akhtarin and Dabiq on Sunday.")
    assert killed_total_of(first) == 15


def test_one_of_the_posts_is_a_place_not_a_dead_man(read_tolls) -> None:
    # "one of the military posts", "one of its outposts": a post attacked, not one more dead.
    claims = read_tolls("Army units killed 17 Jaish al-Fatah militants near Inkhil on Tuesday and foiled "
                        "their attack on one of the military posts in the western countryside.")
    assert killed_total_of(claims) == 17
    claims = read_tolls("Government troops killed nine gunmen who tried to storm one of the army's "
                        "outposts near Busra al-Harir on Wednesday.")
    assert killed_total_of(claims) == 9


def test_a_post_word_before_a_person_noun_names_their_post(read_tolls) -> None:
    # "checkpoint guards", "base officers": the men of the post are the dead, not posts counted.
    guards = read_tolls("A car bomb killed 6 checkpoint guards at the northern gate of Manbij, the agency said.")
    assert killed_total_of(guards) == 6
    staff = read_tolls("A drone strike killed 3 headquarters aides of the Hamza Division near al-Bab.")
    assert killed_total_of(staff) == 3
    both = read_tolls("Militants killed one of the base officers and 4 conscripts at the Shayrat airfield.")
    assert killed_total_of(both) == 5
