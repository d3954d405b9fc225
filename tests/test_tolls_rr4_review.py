"""Re-review findings on fixe and sources (brief fixj): the side that lost men "to" a killer,
"N other people" told of another place or by "also", a source's figure with a cause of its
own, and a kind told with another status.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2016, 9, 14)


def _actors(claims) -> list[str | None]:
    return [c.group.actor for c in claims if c.status == "killed"]


def test_men_lost_to_a_killer_belong_to_the_side_that_lost_them(read_tolls) -> None:
    claims = read_tolls("Insurgents lost 7 fighters to government shelling near Saraqib on Monday.")
    assert _actors(claims) == ["Syrian Rebels"]


def test_a_country_that_lost_a_soldier_to_a_group_owns_the_soldier(read_tolls) -> None:
    claims = read_tolls("Turkey lost a soldier to ISIS east of al-Bab on Saturday.")
    assert _actors(claims) == ["Military Forces of Turkey"]


def test_other_people_killed_at_another_place_are_more_dead(read_tolls) -> None:
    claims = read_tolls("Clashes near Tal Rifaat killed 12 people, 3 children among them. "
                        "5 other people were killed in Idlib on Wednesday.")
    assert killed_total_of(claims) == 17


def test_other_people_a_source_also_tells_are_more_dead(read_tolls) -> None:
    claims = read_tolls("The toll of the raids on Anadan rose to 25 including 6 children. "
                        "The monitor also said 9 other people were killed.")
    assert killed_total_of(claims) == 34


def test_other_people_with_no_event_of_their_own_stay_the_rest_of_the_total(read_tolls) -> None:
    claims = read_tolls("The toll from raids on Tadmur has risen to 70 people including 45 civilians, "
                        "the monitor said. The monitor added that 20 other people were killed without naming them.")
    assert killed_total_of(claims) == 70


def test_a_source_figure_with_a_cause_of_its_own_is_more_dead(read_tolls) -> None:
    claims = read_tolls("Air strikes killed 11 people in Jisr al-Shughur on Friday. "
                        "Activists said 3 children died of hunger.")
    assert killed_total_of(claims) == 14


def test_a_source_figure_with_a_killer_of_its_own_is_more_dead(read_tolls) -> None:
    claims = read_tolls("A car bomb killed 9 soldiers near Deir ez-Zor. "
                        "The army said 2 officers were killed by sniper fire.")
    assert killed_total_of(claims) == 11


def test_a_source_figure_dying_of_wounds_is_the_same_dead(read_tolls) -> None:
    claims = read_tolls("A car bomb killed 9 soldiers near Raqqa. The army said 9 soldiers died of their wounds.")
    assert killed_total_of(claims) == 9


def test_a_kind_told_wounded_after_a_killed_total_is_not_its_part(read_tolls) -> None:
    claims = read_tolls("Air strikes on Kafr Zita killed 16 civilians, 4 children were also wounded.")
    injured = [c for c in claims if c.status == "injured"]
    assert [(c.count.value, c.parent) for c in injured] == [(4, None)]


def test_a_status_told_once_after_a_total_and_its_kind_covers_both(read_tolls) -> None:
    claims = read_tolls("12 Syrian civilians 4 children killed in Russian raids on Kansafra.")
    kids = next(c for c in claims if c.count.value == 4)
    assert kids.parent == next(c for c in claims if c.count.value == 12).id


def test_kinds_listed_after_a_total_stay_under_it_when_they_overshoot(read_tolls) -> None:
    claims = read_tolls("Shelling on Atarib killed 18 civilians, 7 children in Atarib and 14 women in Darat Izza.")
    assert killed_total_of(claims) == 18


def test_a_second_source_telling_another_side_adds_its_dead(read_tolls) -> None:
    claims = read_tolls("Rocket fire killed 8 civilians in Azaz on Monday. The army said 5 soldiers were killed.")
    assert killed_total_of(claims) == 13
