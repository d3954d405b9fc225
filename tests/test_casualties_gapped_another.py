"""A second figure that repeats the verb of the clause before it with "and another"
("… were killed around X and another five outside Y"): gapping, as "and five in Y" is, so it
takes that clause's status and group (issue 9); a figure with a verb of its own, or one that
counts things, is no such toll."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2016, 11, 14)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def told(claims):
    return sorted((c.status, c.count.value, c.group.actor) for c in claims)


@pytest.mark.parametrize("text, status, first, second, actor", [
    ("Eleven soldiers were killed in Sheikh Miskin and another three in Nawa on Sunday, the "
     "Observatory said.", "killed", 11, 3, "Military Forces of Syria"),
    ("The monitor said 16 Islamic State fighters were killed near Ain Issa and another four outside "
     "Suluk.", "killed", 16, 4, "Islamic State"),
    ("Shelling wounded 13 people in the Zahraa district and another 9 in Akrama, the state news "
     "agency reported.", "injured", 13, 9, "Civilians"),
])
def test_and_another_figure_before_a_place_repeats_the_verb_before_it(read, text, status, first, second, actor):
    assert told(read(text)) == sorted([(status, first, actor), (status, second, actor)])


def test_parts_told_with_and_another_nest_under_the_headline_total(read):
    text = ("Air raids kill 27 in Hama countryside. The Observatory said 21 people were killed in "
            "Kafr Zita and another six in Latamneh.")
    claims = read(text)
    total = [c for c in claims if c.parent is None]
    assert [(c.status, c.count.value) for c in total] == [("killed", 27)]
    assert sorted(c.count.value for c in claims if c.parent is not None) == [6, 21]


def test_another_figure_with_a_verb_of_its_own_keeps_that_verb(read):
    text = "Three members of the SDF were killed and another two were wounded near Tabqa, ANHA said."
    assert told(read(text)) == [("injured", 2, "SDF: Syrian Democratic Forces"),
                                ("killed", 3, "SDF: Syrian Democratic Forces")]


@pytest.mark.parametrize("text, killed", [
    ("Forty militants were killed and another 25 surrendered in the tunnels under the village, "
     "the ministry said.", 40),
    ("Fourteen people were killed in Zamalka and another 300 fled to Kafr Batna overnight, the "
     "UN said.", 14),
    ("Eight rebels were killed in Jobar and another three tanks were destroyed in Ain Terma, the "
     "army said.", 8),
])
def test_another_figure_that_is_no_toll_adds_nothing(read, text, killed):
    assert [(c.status, c.count.value) for c in read(text)] == [("killed", killed)]


def test_another_figure_of_things_before_a_place_is_no_toll(read):
    text = "Two mortar shells fell in Bab Sharqi and another four in al-Amin street, without casualties, SANA said."
    assert read(text) == []
