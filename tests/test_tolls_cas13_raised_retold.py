"""Tolls counted twice (issue 9): a toll raised in a later sentence with the figure before
the toll it raises, and a second source's count of the dead told before that source is named.

Each family: sentences of several shapes where the figures are one toll, and sentences where
they must stay apart (other people counted, other places, more dead).
"""

from __future__ import annotations

import pytest

from observatory.extract.casualties import find_casualties
from observatory.kb.actors import default_kb
from observatory.nlp.sentences import split_sentences
from tests.toll_totals import killed_total_of


def _total(text: str) -> int | None:
    return killed_total_of(find_casualties(text, split_sentences(text), None, default_kb()))


@pytest.mark.parametrize("text, total", [
    # the figure between the raising verb and the toll it raises
    ("At least 12 people were killed in Kfar Nour on Tuesday in air strikes. The monitor said Tuesday's raids "
     "brought to 31 the number killed in the Wadi Sahel region in three days of attacks.", 31),
    ("Rockets killed eight civilians in Tal Hamra on Friday. The barrage raised to 23 the number of people "
     "killed in Friday's shelling of the district, medics said.", 23),
    # the dead named after the raising verb, the figure last
    ("At least 12 people were killed in Kfar Nour on Tuesday in air strikes. The monitor said the raids "
     "brought the number killed in Wadi Sahel to 31 in three days.", 31),
    ("Seven people died when a shell hit a bakery in Ain Zara on Sunday. A second shell later brought "
     "the day's dead to 15, a rescuer said.", 15),
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


def test_a_toll_raised_with_its_own_part_leaves_another_place_s_dead_apart() -> None:
    """"Strikes killed 12 in Kfar Nour, bringing the toll there to 31": the 12 are the count the
    toll rose from; Monday's five in Tal Hamra are other dead."""
    elsewhere = ("Jets killed five people in Tal Hamra on Monday. Strikes killed 12 people in Kfar Nour on "
                 "Tuesday, bringing the death toll there to 31.")
    same_town = ("Jets killed five people in Kfar Nour on Monday. Strikes killed 12 more there on Tuesday, "
                 "bringing the death toll in Kfar Nour to 31.")
    assert _total(elsewhere) == 36
    assert _total(same_town) == 31


@pytest.mark.parametrize("text, total", [
    ("Barrel bombs fell on the village of Kfar Nour on Tuesday and killed nine people, activists said. "
     "Seven people were killed in the raid, the Shams Network said.", 9),
    ("A car bomb went off at a checkpoint in Tal Hamra on Sunday, killing 16 people. \"Nine shoppers "
     "and five drivers died in the blast,\" said Wael Haddad, a local official.", 16),
    ("Jets hit a market in Ain Zara on Friday, killing 22 people, a rescue group said. Eighteen people "
     "were killed in the strike, state media said.", 22),
])
def test_a_second_source_named_after_its_count_of_the_same_attack_adds_no_dead(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # more dead ("more"), an event of its own ("an ambush"), another place, a figure of the wounded
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Three more people were killed "
     "in the attack, the monitor said.", 25),
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Separately, two soldiers were "
     "killed in an ambush near Ain Zara, the agency said.", 24),
    ("Shelling killed four people in Tal Hamra on Monday. A child was killed in the shelling of Kafr "
     "Batna, the group said, adding that 12 were wounded.", 5),
    ("Jets struck a bakery in Deir Sanbul on Monday, killing 22 people. Six fighters were killed in "
     "clashes near the town, the group said.", 28),
])
def test_more_dead_told_before_the_source_still_count(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. The local media office said "
     "the clinic was hit in the raid by unmarked aircraft and that at least six people had been killed.", 10),
    ("A car bomb tore through a market in Tal Hamra on Sunday, killing 14 people. Police said a minibus was "
     "caught in the blast and that nine of its passengers were killed.", 14),
    ("Shells hit a school in Ain Zara on Friday, killing eight pupils. A teacher told reporters that three "
     "classrooms collapsed in the shelling, killing five children.", 8),
])
def test_a_source_that_names_the_attack_before_its_count_retells_that_attack(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text, total", [
    # more dead, another place, another day, other fighting
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. The media office said the "
     "clinic was hit in the raid and that three more people had been killed nearby.", 13),
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. The media office said that "
     "after the raid, jets hit Tal Hamra, killing four people.", 14),
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. Activists said that in the "
     "raid on Tuesday on a bakery seven people had been killed.", 17),
    ("Jets struck a clinic in Kfar Nour on Monday, killing at least 10 people. The monitor said fighters "
     "were wounded in the clashes and that two commanders were killed.", 12),
])
def test_a_source_naming_an_attack_before_more_dead_elsewhere_adds_them(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text", [
    # the attack named before other figures: the displaced, prisoners released, an age, a distance, a unit
    "Jets struck Kfar Nour on Monday, killing 10 people. The UN said homes were destroyed in the raid and that "
    "3000 people had fled.",
    "Jets struck Kfar Nour on Monday, killing 10 people. Officials said the prison was damaged in the strike and "
    "that 40 prisoners were released.",
    "Jets struck Kfar Nour on Monday, killing 10 people. Medics said a boy wounded in the raid was 12 years old.",
    "Jets struck Kfar Nour on Monday, killing 10 people. The monitor said the jets that carried out the attack "
    "flew 40 kilometres from the base.",
    "Jets struck Kfar Nour on Monday, killing 10 people. The monitor said 25 soldiers of the 4th Division took "
    "part in the assault.",
])
def test_other_figures_after_a_named_attack_are_no_dead(text: str) -> None:
    assert _total(text) == 10
