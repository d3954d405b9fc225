"""Tolls laid out as labels and lines rather than sentences (issue 9, family 2): a label and a
colon ("Dead: 8 civilians"), a group label ("Civilians: 5 dead"), lines listed under a heading
("… as follows:\\n- 19 civilians"), a total line before or after its parts ("Total: 23"), and
labels that name no status, group or total (scores, dates, things).  Texts are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def claims(extractor: Extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    result = extractor.extract(text, Document(id="t", published="2019-06-03"))
    ids = {c.id: c.count.value for c in result.casualties}
    return [(c.status, c.count.value, ids.get(c.parent) if c.parent else None) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets struck Sheikh Bahr at dawn. Dead: 5 civilians, 4 gunmen. Injured: 17.",
     [("killed", 5, None), ("killed", 4, None), ("injured", 17, None)]),
    ("Shelling on Kurnaz.\nMartyrs: 6 civilians\nWounded: 14",
     [("killed", 6, None), ("injured", 14, None)]),
    ("Rocket fire on Suqaylabiyah | Dead: 2 | Injured: 9", [("killed", 2, None), ("injured", 9, None)]),
    ("Helicopters dropped barrels on Latamneh. Civilian deaths: 13", [("killed", 13, None)]),
    ("Raids on Kafr Hamra: dead 6; wounded 18.", [("killed", 6, None), ("injured", 18, None)]),
])
def test_a_status_label_gives_its_figures_their_status(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Raids on Kafr Sajna.\nCivilians: 7 dead, 16 injured", [("killed", 7, "civilians"), ("injured", 16, "civilians")]),
    ("Clashes at Zamalka. Rebels: 4 killed, Civilians: 3 killed",
     [("killed", 4, "combatants"), ("killed", 3, "civilians")]),
    # the label names who tells the toll, not whose it is
    ("Activists: 22 killed in Saqba shelling", [("killed", 22, "unknown")]),
    ("Medics said: 9 died of their wounds in Kafr Batna.", [("killed", 9, "unknown")]),
])
def test_a_group_label_names_the_people_of_its_figures(extractor: Extractor, text: str, expected) -> None:
    result = extractor.extract(text, Document(id="t", published="2019-06-03"))
    assert [(c.status, c.count.value, c.group.category) for c in result.casualties] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Monitors counted 33 deaths in Raqqa on Thursday, distributed as follows:\n- 21 civilians\n- 12 jihadists",
     [("killed", 33, None), ("killed", 21, 33), ("killed", 12, 33)]),
    ("The centre recorded 27 people killed in Busra on Monday. They are:\n1. 18 civilians\n2. 9 soldiers",
     [("killed", 27, None), ("killed", 18, 27), ("killed", 9, 27)]),
    ("Killed in the shelling of Habit:\n- 6 civilians\n- 3 rebels\nTotal: 9",
     [("killed", 6, 9), ("killed", 3, 9), ("killed", 9, None)]),
    ("Men: 4 killed\nBoys: 2 killed\nTotal: 6", [("killed", 4, 6), ("killed", 2, 6), ("killed", 6, None)]),
    ("Total: 15 killed\n- 11 civilians\n- 4 policemen",
     [("killed", 15, None), ("killed", 11, 15), ("killed", 4, 15)]),
    ("Raid on Tamanah. Dead: 10 civilians, 2 fighters. Total dead: 12.",
     [("killed", 10, 12), ("killed", 2, 12), ("killed", 12, None)]),
])
def test_listed_parts_nest_under_their_total(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


def test_lines_under_a_heading_without_a_total_are_tolls_of_their_own(extractor: Extractor) -> None:
    text = "Killed on Friday:\n- 4 civilians in Darkush\n- 7 civilians in Salqin"
    assert claims(extractor, text) == [("killed", 4, None), ("killed", 7, None)]


@pytest.mark.parametrize("text", [
    "Kick-off: 20:30. Score: 3-0 after extra time.",
    "Date: 14 April. Place: Salamiyah sports hall.",
    "Hotline: 0944 123 456. Page 3 of 7.",
    "Seized: 4 tanks, 6 rockets. Burned: 2 depots.",
    "Results:\nAl-Jaish: 2\nAl-Ittihad: 2",
    "Attendance: 2,500 people. Speakers: 6 doctors.",
    "Survey of schools:\n- 14 classrooms\n- 9 teachers",
])
def test_labels_of_other_things_tell_no_toll(extractor: Extractor, text: str) -> None:
    assert claims(extractor, text) == []
