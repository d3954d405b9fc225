"""One count told twice in a report is one claim (issue 9): a headline's vague figure retold
by another vague word, a bare figure retold with a noun; equal figures of two groups, places
or days stay two."""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2017, 5, 3)


@pytest.fixture
def read(read_tolls):
    return read_tolls


def brief(claims):
    return sorted((c.status, c.count.value) for c in claims if c.parent is None)


def test_a_headlines_vague_figure_retold_by_another_vague_word(read):
    text = ("Mortar shells on the Old City of Hama wound dozens. The state agency said the shells "
            "left scores of others injured in the al-Hader district on Tuesday.")
    assert brief(read(text)) == [("injured", None)]


def test_a_bare_figure_retold_with_its_noun(read):
    text = ("Rocket hits school in Salamiyah. At least two children were killed and 17 injured in a "
            "rocket attack on a school in Salamiyah on Tuesday, the state agency said. \"Two children "
            "were killed and 17 students were injured in the attack on the school,\" a teacher said.")
    assert brief(read(text)) == [("injured", 17), ("killed", 2)]


def test_vague_figures_of_two_days_stay_two(read):
    text = ("Shelling wounds dozens in Douma. On Wednesday, shelling on Saqba left scores injured, "
            "and the day before it wounded dozens in Douma.")
    claims = brief(read(text))
    assert claims.count(("injured", None)) >= 1


def test_equal_figures_of_two_groups_stay_two(read):
    text = "Rebel shelling killed 4 soldiers and 4 civilians in the town of Mhardeh, SANA said."
    assert brief(read(text)) == [("killed", 4), ("killed", 4)]


def test_another_equal_figure_stays_two(read):
    text = ("Shelling hits Eastern Ghouta towns\n\nShelling wounded 10 people in Arbin, activists "
            "said. Another 10 people were wounded in Zamalka.")
    assert brief(read(text)) == [("injured", 10), ("injured", 10)]


def test_a_noun_less_figure_with_more_stays_apart(read):
    text = ("Air strikes pound Idlib countryside\n\nAir strikes killed 13 people in Ariha on Monday. "
            "A doctor said 13 more died in the strikes on Binnish.")
    assert brief(read(text)) == [("killed", 13), ("killed", 13)]
