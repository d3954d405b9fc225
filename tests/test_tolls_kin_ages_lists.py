"""Four toll families of ordinary outlet prose (brief cas9, issue 9 "number roles"):
kinship conjuncts ("a child and his mother" are two), ages set off by commas or brackets
("a man, 60,") that are never counts, the dead listed place by place after commas ("4 in
Binnish, 6 in Sarmin and 3 in Taftanaz"), and a monitor's roundup whose second part follows a
part of a part ("including 12 civilians, among them 3 children, and 20 soldiers").
Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.api import extract
from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2019, 2, 11)


def _total(text: str) -> int | None:
    """The report's killed total as ``observatory eval`` computes it."""
    return killed_total(system_facts(extract(text, published=PUBLISHED).to_json_dict()).claims)


# ------------------------------------------------------------ kinship conjuncts


@pytest.mark.parametrize(("text", "total"), [
    ("A shell hit a house in Kafr Ruma, killing a farmer and his daughter.", 2),
    ("An elderly woman and her grandson died when a rocket struck their home in Hish.", 2),
    ("Three brothers and their father were shot dead at a checkpoint near Mhardeh.", 4),
    ("Gunmen killed a pharmacist and her husband in Inkhil on Sunday night.", 2),
])
def test_a_possessive_conjunct_counts_one_more_person(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("A landmine east of Sukhnah killed 3 shepherds. A mechanic and his family were killed too.", 3),  # no figure
    ("Drones killed 6 fighters and their families fled towards Atareb.", 6),  # a plural, not one more
    ("A drone strike killed a commander and his three aides near Sarmada.", 4),  # the three are counted once
])
def test_plurals_collectives_and_numbered_kin_add_nothing_more(text: str, total: int) -> None:
    assert _total(text) == total


def test_kin_conjunct_of_the_wounded_stays_wounded() -> None:
    result = extract("A baker and his son were wounded in the shelling of Kafr Zita.", published=PUBLISHED)
    assert [(c.status, c.count.value) for c in result.casualties] == [("injured", 2)]


# ------------------------------------------------------------ ages are not counts


@pytest.mark.parametrize(("text", "total"), [
    ("A farmer, 62, and his wife, 58, were killed in the raid on Kafr Sajna.", 2),
    ("The dead included a girl (7) and her brother (11).", 2),
])
def test_ages_set_off_after_a_person_are_not_counted(text: str, total: int) -> None:
    assert _total(text) == total


def test_an_age_after_a_name_is_no_toll() -> None:
    result = extract("Activist Rami Suleiman, 41, was shot by a sniper in Tafas on Friday.", published=PUBLISHED)
    assert not any(c.count.value == 41 for c in result.casualties)


@pytest.mark.parametrize(("text", "total"), [
    ("The raid killed a gunman, 3 civilians and a boy near Nawa.", 5),  # a list, no age
    ("The death toll reached 52, the civil defence said.", 52),  # a toll set off by a comma
])
def test_figures_after_commas_that_are_no_ages_still_count(text: str, total: int) -> None:
    assert _total(text) == total


# ------------------------------------------------------------ the dead place by place


@pytest.mark.parametrize(("text", "total"), [
    ("Russian raids killed 5 civilians in Maarzaf, 7 in Kafr Nabudah and 2 in Hish.", 14),
    ("Shelling killed 6 people in Saqba, 4 in Hamouria, and 3 in Kafr Batna on Sunday.", 13),
    ("Drone strikes killed 9 fighters near Tal Tamr, 4 near Ain Issa, the monitor said.", 13),
])
def test_a_comma_list_of_places_repeats_the_verb(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("Airstrikes killed 14 people in Jisr al-Shughur, 9 on Saturday, rescuers said.", 14),  # a day
    ("Rockets killed 10 people in Hama countryside, 6 in Suran.", 10),  # a wide area holds the next place
    ("Rockets killed 10 people in Daraa, 6 in Daraa al-Balad.", 10),  # the next place repeats the name
    ("Artillery killed 11 people in Ariha, 8 of them in the market.", 11),  # a part
])
def test_parts_by_day_area_or_of_them_are_not_added(text: str, total: int) -> None:
    assert _total(text) == total


# ------------------------------------------------------------ roundups that nest twice


@pytest.mark.parametrize(("text", "total"), [
    ("The Observatory documented 38 deaths on Sunday, including 11 civilians, among them 4 women, "
     "and 19 members of the factions.", 38),
    ("The monitor said 27 people were killed, including 8 children, among them 2 infants, and "
     "12 regime soldiers.", 27),
])
def test_a_second_part_after_a_nested_part_belongs_to_the_total(text: str, total: int) -> None:
    assert _total(text) == total


def test_a_second_group_that_does_not_fit_the_total_stays_a_toll() -> None:
    text = "Strikes killed 9 people including 2 children, among them a baby, and 30 others in another town."
    assert _total(text) == 39


# ------------------------------------------------------------ a running total raised by this toll


@pytest.mark.parametrize(("text", "total"), [
    ("Clashes near Sukhnah killed 12 ISIS members and 5 soldiers, raising the number of deaths "
     "since the start of the assault to 388.", 17),
    ("Barrel bombs killed 8 civilians in Kafr Hamra on Thursday, bringing to 130 the number of people "
     "killed since the campaign began.", 8),
])
def test_the_frame_of_a_raised_total_is_not_the_frame_of_the_toll_that_raised_it(text: str, total: int) -> None:
    assert _total(text) == total


# ------------------------------------------------------------ a subject noun of the dead gives the status


@pytest.mark.parametrize(("text", "total"), [
    ("A car bomb hit Tal Abyad. The victims of the blast are civilians (6) and Asayish members (2), "
     "the police said.", 8),
    ("Battles raged west of Maadan. Heavy losses, including at least 19 soldiers and 11 IS militants, "
     "were reported by both sides.", 30),
])
def test_figures_after_a_subject_noun_of_the_dead_count_the_dead(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize("text", [
    "Jets struck Hazano. The dead were buried in 4 mass graves outside the town.",  # things
    "Jets struck Hazano. The victims' relatives, 35 of them, gathered at the hospital.",  # a possessor
    "Jets struck Hazano. Among the dead in the town were 3 teachers.",  # parts of a toll told elsewhere
    "Jets struck Hazano. The dead are from a family of 14 people who fled Kafr Takharim.",  # not the list
    "Jets struck Hazano. The dead were taken to a clinic that treats 250 patients a week.",  # a relative clause
    "Jets struck Hazano. The victims lived in a camp housing 6,000 displaced people.",  # another verb
    "Jets struck Hazano. The deaths come as 20,000 fighters gather near the town.",  # another clause
])
def test_no_toll_from_a_subject_noun_that_counts_things_or_parts(text: str) -> None:
    assert _total(text) is None


def test_parts_the_victims_included_stay_parts_of_the_toll_told_before() -> None:
    text = ("Air strikes killed 31 people in Darkush on Monday, the monitor said. The victims, mostly women, "
            "included 9 children.")
    assert _total(text) == 31


# ------------------------------------------------------------ the count a risen toll rose from


@pytest.mark.parametrize(("text", "total"), [
    ("The death toll from the suicide attack in Manbij rose to 24 on Friday. The bomber had killed "
     "17 people on Thursday.", 24),
    ("The number of dead in Sheikh Maqsoud has risen to 16. Shelling had killed 11 people in "
     "Sheikh Maqsoud on Sunday.", 16),
])
def test_a_smaller_pluperfect_toll_after_a_risen_one_is_the_count_it_rose_from(text: str, total: int) -> None:
    assert _total(text) == total


@pytest.mark.parametrize(("text", "total"), [
    ("The death toll from the suicide attack in Manbij rose to 24. Rockets had killed 6 people in "
     "Tal Rifaat on Thursday.", 30),  # another place
    ("The death toll from the suicide attack in Manbij rose to 24. Separately, gunmen killed 3 people "
     "near the town.", 27),  # not pluperfect, another event
])
def test_another_place_or_event_after_a_risen_toll_adds(text: str, total: int) -> None:
    assert _total(text) == total
