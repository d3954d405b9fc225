"""A toll of people of no kind ("nine people", "12 dead") counts every side: the civilians
and the fighters told after it are its parts, not more dead beside it; and "another ten
bodies" are more dead than the toll told, not its bodies counted again.  Reports invented
for these tests (issue 9, over9)."""

from __future__ import annotations

from toll_totals import killed_total_of


def test_civilians_and_fighters_after_a_people_toll_are_its_parts(read_tolls) -> None:
    claims = read_tolls("At least 12 people were killed on Tuesday as rebels stormed army posts around Kafr Zita, "
                        "a monitor said. The Observatory said seven civilians had died in the shelling that followed. "
                        "Another five rebel fighters were killed in the clashes with troops.")
    assert killed_total_of(claims) == 12


def test_a_breakdown_in_one_sentence_may_overshoot_the_lead_bound(read_tolls) -> None:
    claims = read_tolls("Jihadists kill more than 40 in raid on Hama villages\n\nJihadists killed more than 40 "
                        "people in a raid on two villages east of Salamiyeh on Sunday, a monitor said. The monitor "
                        "said the raid killed 11 civilians and 24 loyalist militiamen, with another eight bodies not "
                        "yet identified.")
    assert killed_total_of(claims) == 40


def test_two_sides_that_do_not_make_up_the_people_toll_are_another_fight(read_tolls) -> None:
    # The precision guard: fighters of another clash, told in other sentences, that only come
    # near the lead's bound stay beside it (the sum must be exact across sentences).
    claims = read_tolls("Air strikes killed at least 12 people in the market of Kafr Nubl on Monday, a monitor said. "
                        "In the south, clashes near Busra killed nine rebel fighters. Four soldiers also died "
                        "there, the monitor said.")
    assert killed_total_of(claims) == 25


def test_fighters_are_no_part_of_a_civilian_toll(read_tolls) -> None:
    # Only a toll of no kind crosses sides: nine civilians are not made of four rebels and
    # five soldiers, even when the figures add up.
    claims = read_tolls("Rebel shells killed two children in western Aleppo on Monday. Jets killed nine civilians "
                        "in Saraqeb, a monitor said. South of the town, four rebel fighters and five soldiers died "
                        "in clashes for a hilltop.")
    assert killed_total_of(claims) == 20


def test_another_ten_bodies_are_more_dead(read_tolls) -> None:
    claims = read_tolls("Militants kill 30 in raid on Hama village\n\nMilitants killed 30 soldiers in a raid on a "
                        "village north of Hama on Thursday, a monitor said. Rescuers later found another ten bodies "
                        "in the rubble of the village school.")
    assert killed_total_of(claims) == 40
    # Bodies with no such word are the dead counted again.
    again = read_tolls("Militants killed 30 soldiers in a raid on a village north of Hama on Thursday, a monitor "
                       "said. Rescuers later pulled 30 bodies from the rubble of the village school.")
    assert killed_total_of(again) == 30


def test_another_woman_is_one_more(read_tolls) -> None:
    # "Another woman" is a second woman killed, not the first told again; a woman told twice
    # with no such word is one (the precision guard).
    claims = read_tolls("Rockets and sniper fire hit Hama on Sunday, police said. A woman was killed when rockets "
                        "hit the Bab Qibli quarter. Another woman was killed by a sniper in nearby "
                        "Souran, the police said.")
    assert killed_total_of(claims) == 2
    listed = read_tolls("A woman was killed by shelling on the Masaken quarter of Hama on Sunday, police said. "
                        "State television said a woman had died in the shelling.")
    assert killed_total_of(listed) == 1


def test_another_body_after_a_body_is_one_of_the_dead(read_tolls) -> None:
    # "Another" after a count of bodies counts beyond those bodies, not beyond the toll.
    claims = read_tolls("Barrel bombs killed at least nine people in the Sakhour district of Aleppo on Monday, a "
                        "monitor said. Rescuers pulled three bodies from a collapsed house. Nearby they dug out "
                        "another two bodies, those of a boy and his mother.")
    assert killed_total_of(claims) == 9
    one_each = read_tolls("Barrel bombs killed at least six people in the Sakhour district of Aleppo on Monday, a "
                          "monitor said. Rescuers pulled one body from a collapsed house. Nearby they dug out "
                          "another body, that of a boy.")
    assert killed_total_of(one_each) == 6


def test_sides_killed_elsewhere_are_no_parts_of_a_people_toll(read_tolls) -> None:
    # Figures of separate events that happen to add up to the toll (3 + 8 = 11) are told at
    # other places, on another day, or after "Elsewhere": each is more dead (review rv9a, item 3).
    claims = read_tolls("Eleven people were killed when jets struck the market of Maarat Misrin on Thursday, a "
                        "monitor said. Elsewhere, army rockets killed three civilians in Binnish. Eight Jaish "
                        "al-Fatah fighters were also killed in clashes near Abu al-Duhur on Friday.")
    assert killed_total_of(claims) == 22


def test_a_breakdown_of_another_place_does_not_fill_a_people_bound(read_tolls) -> None:
    # One sentence listing sides within the bound is a breakdown only of its own place's fight.
    claims = read_tolls("More than 30 people were killed in air raids on Deir ez-Zor province on Wednesday. "
                        "Fighting in Raqqa killed 12 soldiers, 14 jihadists and six civilians, the monitor added.")
    assert killed_total_of(claims) == 62
