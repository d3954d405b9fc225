"""A hospital's or morgue's tally of the dead it took in retells the toll of the incident it
is told with, never adds to it; told alone it is the toll.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from toll_totals import killed_total_of

PUBLISHED = date(2021, 5, 10)  # a Monday


def _killed(claims, value: int):
    return next(c for c in claims if c.status == "killed" and c.count.value == value)


@pytest.mark.parametrize("text, toll, tally", [
    ("Rocket fire killed six civilians in the Midan district on Sunday, state media said. The morgue "
     "of Al-Mouwasat hospital received the bodies of 11 people, a medic told the agency.", 6, 11),
    ("Mortar rounds killed four people near the Jaramana bus station on Sunday, the monitor said. A "
     "doctor at the town's hospital said seven dead had been brought in by evening.", 4, 7),
    ("Barrel bombs killed 23 people in Anadan on Sunday, rescuers said. Later a medical source at "
     "the Bab al-Hawa hospital said 31 dead were brought to the hospital from the town.", 23, 31),
])
def test_a_larger_hospital_tally_retells_the_toll_beside_it(read_tolls, text, toll, tally) -> None:
    claims = read_tolls(text)
    assert killed_total_of(claims) == toll
    by_id = {c.id: c for c in claims}
    assert by_id[_killed(claims, tally).parent].count.value == toll


def test_bodies_before_the_figure_are_a_count_of_the_same_dead(read_tolls) -> None:
    claims = read_tolls("Shelling killed 14 people in the village of Kafr Hamra on Sunday, a monitor "
                        "said. Meanwhile a nurse at the Aleppo university hospital said that the bodies of "
                        "five martyrs and many wounded men had arrived at the emergency ward.")
    assert killed_total_of(claims) == 14
    assert _killed(claims, 5).parent == _killed(claims, 14).id


def test_a_tally_told_alone_is_the_toll_and_another_day_keeps_its_own(read_tolls) -> None:
    alone = read_tolls("Air strikes hit the covered market of Ariha on Sunday. A doctor said 17 dead "
                       "were brought to the field hospital in the town.")
    assert killed_total_of(alone) == 17
    other_day = read_tolls("A car bomb killed eight people in Azaz on Sunday, the monitor said. On "
                           "Friday the morgue of the national hospital in Afrin received 12 "
                           "bodies after a raid on a nearby village.")
    assert killed_total_of(other_day) == 20


def _top(claims) -> list[int]:
    return sorted(c.count.value for c in claims if c.status == "killed" and c.parent is None)


@pytest.mark.parametrize("text, tops", [
    # The hospital took in the wounded of another phrase ("many of whom"), not the figure.
    ("Artillery killed 4 people in Sarmin on Sunday, the monitor said. Witnesses said a truck bomb in "
     "Jarabulus killed 19 people and wounded scores, many of whom were taken to a hospital in Gaziantep.",
     [4, 19]),
    # "whose bodies were taken": the verb is the relative clause's, the figure is a plain toll.
    ("The monitor said 8 people were killed in Hama. Earlier, a rocket attack killed 2 women in Salamiyah, "
     "whose bodies were taken to the morgue of the national hospital.", [2, 8]),
    # "In a separate attack": the tally retells its own sentence's toll, not the one before it.
    ("Barrel bombs killed 6 people in Kansafra on Sunday. In a separate attack, jets struck Maarzaf, "
     "killing 11, and the field hospital there received 11 bodies.", [6, 11]),
    # "other victims" taken to hospital are further dead.
    ("A mine killed 5 shepherds near Sukhnah on Sunday, and three other victims died after they were "
     "taken to a hospital in Palmyra.", [3, 5]),
])
def test_a_tally_of_another_incident_keeps_its_own_dead(read_tolls, text, tops) -> None:
    assert _top(read_tolls(text)) == tops


@pytest.mark.parametrize("text, tops", [
    # The tally names a town the toll's sentence does not, and counts other dead.
    ("Sniper fire killed 2 people in Jarjanaz on Sunday. Rescuers said the hospital in Ariha received 26 bodies "
     "after jets bombed Kafr Lata.", [2, 26]),
    # The receiver's own name ("the Manbij hospital") is its place.
    ("Rocket fire killed 5 people in Tadif on Sunday. Meanwhile, a truck bomb killed 18 in Manbij. The Manbij "
     "hospital received 18 bodies.", [5, 18]),
])
def test_a_tally_at_another_place_with_another_figure_keeps_its_own_dead(read_tolls, text, tops) -> None:
    assert _top(read_tolls(text)) == tops
