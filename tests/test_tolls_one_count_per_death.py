"""One count per death within a report (issue 11): a rounded estimate a second teller
retells is one toll however each names the side; the same figure told again for another
incident ("Another raid …", "in a separate attack") adds.  Reports invented for these tests."""

from __future__ import annotations

from toll_totals import killed_total_of


def test_a_rounded_estimate_of_two_factions_retold_by_one_name_counts_once(read_tolls) -> None:
    claims = read_tolls("Army pounds rebel lines in Jobar\n\nArmy units killed around 50 gunmen of Jaysh "
                        "al-Islam and Faylaq al-Rahman in Jobar on Friday, SANA said. Rebel media reported the "
                        "fighting had left some 50 gunmen of Faylaq al-Rahman dead.")
    assert killed_total_of(claims) == 50


def test_an_estimate_retold_after_the_joined_factions_counts_once(read_tolls) -> None:
    claims = read_tolls("Ambush near Kafr Batna\n\nTroops killed nearly 35 fighters of Ahrar al-Sham and Jaysh "
                        "al-Izza near Kafr Batna, a military source said. Activists said about 35 fighters of "
                        "Jaysh al-Izza died when the convoy was hit.")
    assert killed_total_of(claims) == 35


def test_equal_estimates_of_two_sides_of_one_fight_add(read_tolls) -> None:
    claims = read_tolls("Heavy fighting in Raqqa\n\nAbout 20 fighters of the Islamic State were killed in "
                        "clashes in Raqqa on Monday. About 20 fighters of the Syrian Democratic Forces were killed "
                        "in the same clashes, the monitor said.")
    assert killed_total_of(claims) == 40


def test_estimates_of_two_sides_named_by_their_own_nouns_add(read_tolls) -> None:
    claims = read_tolls("Heavy losses in Latamneh fighting\n\nAbout 30 soldiers were killed in clashes near "
                        "Latamneh on Monday. About 30 rebels were killed in the same battle, the monitor said.")
    assert killed_total_of(claims) == 60


def test_the_same_estimate_on_another_day_adds(read_tolls) -> None:
    claims = read_tolls("Rebel losses mount\n\nAround 25 fighters from the Nusra Front died in fighting near "
                        "Latamneh on Monday. On Wednesday, around 25 fighters of Ahrar al-Sham were killed near "
                        "Kafr Zita.")
    assert killed_total_of(claims) == 50


def test_a_figure_told_again_for_another_raid_adds(read_tolls) -> None:
    claims = read_tolls("Raids pound villages north of Aleppo\n\nSome 30 civilians were killed in a raid on "
                        "Tal Rifaat. Another raid killed some 30 civilians in Marea.")
    assert killed_total_of(claims) == 60


def test_a_figure_told_again_in_a_separate_attack_adds(read_tolls) -> None:
    claims = read_tolls("Jihadists lose fighters on two fronts\n\nNearly 20 militants of the Islamic State were "
                        "killed in Deir ez-Zor on Monday. Nearly 20 militants of the Nusra Front were killed in a "
                        "separate attack on Idlib.")
    assert killed_total_of(claims) == 40


def test_a_figure_retold_at_a_town_of_the_province_counts_once(read_tolls) -> None:
    claims = read_tolls("Air raids kill 22 in Idlib\n\nAir raids killed 22 people in Idlib province on Sunday. "
                        "The raids on the town of Saraqeb killed 22 people, most of them women, rescuers said.")
    assert killed_total_of(claims) == 22
