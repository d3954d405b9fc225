"""Tolls counted twice (issue 9): a toll raised in a later sentence with the figure before
the toll it raises, and a second source's count of the dead of "the raid" named after that
count.  Each family: sentences where the figures are one toll, and sentences where they must
stay apart (other people counted, another place, another day, the other side's dead).
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences
from toll_totals import killed_total_of


def _total(text: str) -> int | None:
    return killed_total_of(find_casualties(text, split_sentences(text), date(2017, 5, 2), default_kb()))


@pytest.mark.parametrize("text, total", [
    # the figure between the raising verb and the toll it raises
    ("Artillery killed six people in Maarzaf on Thursday. Overnight bombardment raised to 19 the number of "
     "dead in the village, a medic said.", 19),
    ("At least 11 people died when a car bomb hit a bus station in Sarmin on Friday. Wounded who died in "
     "hospital brought to 25 the number killed in the blast, the monitor said.", 25),
    # the dead named after the raising verb, the figure last
    ("Air strikes killed 12 civilians in Hazano on Wednesday. Rescuers pulling more bodies from the rubble "
     "raised the number of dead to 20.", 20),
    ("Seven people died when a shell hit a bakery in Ain Zara on Sunday. A second shell later brought "
     "the day's dead to 15, a rescuer said.", 15),
    # a toll told of no one place, raised by an event elsewhere: the report's toll
    ("A mine killed two farmers in Ras al-Ain on Friday. A second blast in Tal Tamr brought the number "
     "of dead to 7.", 7),
])
def test_a_toll_raised_in_a_later_sentence_holds_the_figure_before_it(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # other people raised to a figure: displaced, prisoners, troops, schools, the town's population
    ("Jets killed 12 people in Kfar Nour on Tuesday. The influx brought to 40000 the number of displaced "
     "people in the Atmeh camp.", 12),
    ("Shelling killed seven people in Tal Hamra on Monday. The deal brought to 300 the number of prisoners "
     "released this month.", 7),
    ("A bomb killed six people in Tal Hamra on Monday. The regime raised the number of troops in the area "
     "to 2000.", 6),
    ("Four people were killed in Tal Hamra on Sunday. The strike brought to 14 the number of schools hit "
     "this year.", 4),
    # distances and a patient's age
    ("Strikes killed nine people in Kfar Nour on Friday. The advance brought the front line to 12 "
     "kilometres from the city.", 9),
    ("Rockets killed three children in Kfar Nour on Sunday. The youngest victim was brought to 2 hospitals "
     "before she died aged 9.", 3),
])
def test_other_counts_raised_to_a_figure_take_no_dead_in(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # the raised toll's sentence names another place than the earlier toll's
    ("A mine killed three shepherds near Tall Rifaat on Saturday. Shelling of Marea on Sunday brought to 16 "
     "the number killed in the town.", 19),
    ("A sniper killed two women in Jasim on Monday. Air raids on Nawa raised the death toll in the town "
     "to 11.", 13),
    ("Jets killed five people in Tal Hamra on Monday. Strikes killed 12 people in Kfar Nour on "
     "Tuesday, bringing the death toll there to 31.", 36),
    # the same place, told again
    ("Jets killed five people in Kfar Nour on Monday. Strikes killed 12 more there on Tuesday, "
     "bringing the death toll in Kfar Nour to 31.", 31),
])
def test_a_raised_toll_of_another_place_holds_no_earlier_dead(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    ("Barrel bombs fell on the village of Kfar Nour on Tuesday and killed nine people, activists said. "
     "Seven people were killed in the raid, the local council said.", 9),
    ("A car bomb went off at a checkpoint in Tal Hamra on Sunday, killing 16 people. \"Nine shoppers "
     "and five drivers died in the blast,\" said Wael Haddad, a local official.", 16),
    ("Jets hit a market in Ain Zara on Friday, killing 22 people, a rescue group said. Eighteen people "
     "were killed in the strike, state media said.", 22),
])
def test_a_second_source_named_after_its_count_of_the_same_attack_adds_no_dead(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # more dead ("more"), an event of its own ("an ambush"), a figure of the wounded after the source
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Three more people were killed "
     "in the attack, the monitor said.", 25),
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Separately, two soldiers were "
     "killed in an ambush near Ain Zara, the agency said.", 24),
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Six fighters were killed in "
     "clashes near the town, the group said.", 28),
    # another place: after "in", or governed by the event noun
    ("Rockets killed six people in Habit on Tuesday. A boy was killed in the shelling of Kafr Sajna, the "
     "civil defence said.", 7),
    ("Jets killed eight people in Hazano on Monday. In Maarzaf, three people were killed in the shelling, "
     "the monitor said.", 11),
    ("Barrel bombs killed 10 people in Hazano on Friday. Two brothers were killed in the bombardment of "
     "nearby Maarzaf, a local activist said.", 12),
    ("Jets killed eight people in Sarmin on Monday. The monitor said three people were killed in the "
     "shelling of Habit.", 11),
    # another day
    ("Jets killed seven people in Sarmin on Thursday. Four people were killed in the strikes on Friday, "
     "the monitor said.", 11),
    ("Shelling killed 13 people in Habit on Sunday. Two medics died in the shelling of the town a day "
     "later, the group said.", 15),
])
def test_dead_of_another_place_or_day_told_before_the_source_still_count(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # the attack named before the figure, then another killer, the other side, or other days
    ("A bomber struck a checkpoint in Jasim on Sunday, killing seven soldiers. The army said that during "
     "the assault, troops killed four attackers.", 11),
    ("A car bomb killed eight people in Sarmin on Friday. The monitor said that in the attack's aftermath, "
     "gunmen killed three medics.", 11),
    ("Jets killed nine people in Hazano on Monday. Rebels said that, angered by the strike, they shelled a "
     "nearby village, killing six people.", 15),
    ("Shelling killed five people in Habit on Monday. The monitor said that in the bombardment of the "
     "previous days, 25 people had died.", 30),
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. Activists said that in the "
     "raid on Tuesday on a bakery seven people had been killed.", 17),
])
def test_a_source_naming_an_attack_before_other_dead_adds_them(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text", [
    # the attack named before other figures: the displaced, prisoners released, an age, a distance, a unit
    "Jets struck Kfar Nour on Monday, killing 10 people. The UN said homes were destroyed in the raid and that "
    "3000 people had fled.",
    "Jets struck Kfar Nour on Monday, killing 10 people. Officials said the prison was damaged in the strike and "
    "that 40 prisoners were released.",
    "Jets struck Kfar Nour on Monday, killing 10 people. Medics said a boy wounded in the raid was 12 years old.",
    "Jets struck Kfar Nour on Monday, killing 10 people. The monitor said 25 soldiers of the 4th Division took "
    "part in the assault.",
])
def test_other_figures_after_a_named_attack_are_no_dead(text: str) -> None:
    assert _total(text) == 10
