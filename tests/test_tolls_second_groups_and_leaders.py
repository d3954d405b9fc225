"""Tolls of the real16/a triage (issue 9, cas42b): a second group after a first one described by
an of/from-phrase ("14 fighters from the IS group and five civilians"), a collective counted whole
("an entire family of six"), and a named man with a part of his men ("Abu Khaled and three of his
comrades were killed": four).  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def claims(extractor: Extractor, text: str) -> list[tuple[str, int | None, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2018-03-14"))
    return [(c.status, c.count.value, c.group.actor) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("Air raids killed 17 fighters from the Islamic State group and four civilians near Mayadin, the monitor said.",
     [("killed", 17, "Islamic State"), ("killed", 4, "Civilians")]),
    ("Russian jets killed 11 members of Ahrar al-Sham and seven civilians in the raid on Ariha.",
     [("killed", 11, "Ahrar al-Sham"), ("killed", 7, "Civilians")]),
    ("Turkish artillery wounded 10 fighters from the YPG and nine civilians in Jinderes, ANHA said.",
     [("injured", 10, "YPG: People's Protection Units"), ("injured", 9, "Civilians")]),
    ("Shelling killed 7 fighters from the Army of Islam and one civilian near Harasta, SOHR said.",
     [("killed", 7, "Jaysh al-Islam"), ("killed", 1, "Civilians")]),
])
def test_a_spelled_second_group_after_a_described_first_is_its_own_toll(extractor: Extractor, text: str,
                                                                     expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("An air strike killed an entire family of five in Saraqeb on Wednesday, the civil defence said.", 5),
    ("A barrel bomb killed a whole family of four in the town of Hazzano, SOHR said.", 4),
    ("Shelling killed the entire family of six in Douma, rescuers said.", 6),
])
def test_an_entire_family_of_n_counts_n_dead(extractor: Extractor, text: str, value: int) -> None:
    assert [(s, v) for s, v, _ in claims(extractor, text)] == [("killed", value)]


@pytest.mark.parametrize(("text", "value"), [
    ("Abu Khaled and three of his comrades were killed in the ambush near Saraqeb, the monitor said.", 4),
    ("Commander Hassan Dirbas and four of his men died in the clashes near Tal Tamr, ANHA said.", 5),
    ("Field commander Abu Bakr al-Idlibi and five of his fighters were killed in a drone strike.", 6),
])
def test_a_named_man_and_a_part_of_his_men_counts_him_too(extractor: Extractor, text: str, value: int) -> None:
    assert [v for _, v, _ in claims(extractor, text)] == [value]


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighters from the Islamic State group and three allied factions attacked the town at dawn.", []),
    ("Members of the Free Syrian Army and two Turkish battalions entered the town on Sunday.", []),
    ("An entire family of five fled Raqqa for the camp at Ain Issa last week.", []),
    ("Aid workers said the whole family of six now shares a single tent near Atmeh.", []),
    ("President Assad and two of his ministers visited the front line on Sunday, SANA said.", []),
    ("Abu Hamza and three of his brothers fled to Turkey after the battle, his cousin said.", []),
    ("Russia and two of its allies were blamed for the strike that killed 9 people.", [("killed", 9)]),
    ("The shelling killed two of his sons in Darayya.", [("killed", 2)]),
])
def test_ordinary_sentences_with_the_same_words_count_nothing_new(extractor: Extractor, text: str,
                                                                  expected) -> None:
    assert [(s, v) for s, v, _ in claims(extractor, text)] == expected


def test_the_families_of_rebels_count_no_rebels(extractor: Extractor) -> None:
    """Only "entire"/"whole" makes "the" before a collective a filler: the kin were killed."""
    text = "Regime forces executed the families of five alleged rebels, a monitoring group said."
    assert all(v != 5 for _, v, _ in claims(extractor, text))


def test_a_named_man_and_his_men_are_no_retelling_of_another_tolls_part(extractor: Extractor) -> None:
    """The same figure as a part of an earlier toll elsewhere is another group of dead."""
    text = ("Car bombs killed at least 12 members of Jaish al-Izza including three field commanders in "
            "Kafr Zita. Abu Yazan al-Hamwi and two of his aides were killed by a landmine near Morek.")
    assert [v for _, v, _ in claims(extractor, text)] == [12, 3, 3]


@pytest.mark.parametrize(("text", "expected"), [
    ("Government shelling killed 12 people in Maarat al-Numan on Sunday. Among the killed was a child.",
     [("killed", 12), ("killed", 1)]),
    ("Clashes near Daraa killed 30 rebels, SOHR said. Among the killed was a field commander.",
     [("killed", 30), ("killed", 1)]),
    ("An air strike wounded 14 people in Jableh, SANA said. Among the wounded was a paramedic.",
     [("injured", 14), ("injured", 1)]),
])
def test_one_person_among_a_toll_told_before_is_a_part_of_it(extractor: Extractor, text: str, expected) -> None:
    result = extractor.extract(text, Document(id="t", published="2018-03-14"))
    assert [(c.status, c.count.value) for c in result.casualties] == expected
    assert result.casualties[1].parent == result.casualties[0].id


def test_among_the_victims_before_a_named_person_counts_no_figure(extractor: Extractor) -> None:
    assert claims(extractor, "Among the victims was the village's imam, his family said.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian raids killed at least 40 people in Idlib, the monitor said. At least six of those killed were "
     "rebel fighters.", [("killed", 40, "Civilians"), ("killed", 6, "Syrian Rebels")]),
    ("Shelling wounded 25 people in Afrin on Friday. Three of those wounded were Turkish soldiers.",
     [("injured", 25, "Civilians"), ("injured", 3, "Military Forces of Turkey")]),
])
def test_a_part_of_those_killed_takes_the_actor_its_predicate_names(extractor: Extractor, text: str,
                                                                    expected) -> None:
    assert claims(extractor, text) == expected
