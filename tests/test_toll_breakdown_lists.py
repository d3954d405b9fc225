"""Breakdowns of a toll by side, as monitors write them (issue 9, family 2): a list whose
groups carry of-phrases ("9 fighters of the factions, 12 civilians and 4 soldiers"), a list
after a colon or a dash ("killed 20 people: 11 civilians, 5 rebels and 4 soldiers"), and a
side listed after a part of a part ("12 civilians including 3 children, 9 fighters").
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def claims(extractor: Extractor, text: str) -> list[tuple[str, int | None, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2019-06-03"))
    ids = {c.id: c.count.value for c in result.casualties}
    return [(c.status, c.count.value, ids.get(c.parent) if c.parent else None) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("The monitor counted 27 dead on Sunday, they are 8 fighters of the National Front, 11 civilians "
     "and 8 members of the regime forces.",
     [("killed", 27, None), ("killed", 8, 27), ("killed", 11, 27), ("killed", 8, 27)]),
    ("Fighting near Kabani killed 19 people: 7 soldiers, 9 jihadists and 3 shepherds.",
     [("killed", 19, None), ("killed", 7, 19), ("killed", 9, 19), ("killed", 3, 19)]),
    ("The toll of the raids on Ariha rose to 16 – 10 civilians and 6 rescuers.",
     [("killed", 16, None), ("killed", 10, 16), ("killed", 6, 16)]),
    ("Fighting near Tal Rifaat killed 18 people: 9 civilians, 4 rebels and 8 soldiers.",  # overshoots: a slip
     [("killed", 18, None), ("killed", 9, 18), ("killed", 4, 18), ("killed", 8, 18)]),
    ("The monitor documented 44 deaths, they are 20 civilians including 6 children, 14 SDF fighters "
     "and 10 IS fighters.",
     [("killed", 44, None), ("killed", 20, 44), ("killed", 6, 20), ("killed", 14, 44), ("killed", 10, 44)]),
])
def test_every_group_of_a_breakdown_is_a_part_of_its_total(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shelling killed 6 people - 4 others were wounded in Nawa.", [("killed", 6, None), ("injured", 4, None)]),
    ("The blast went off at 19:45 and killed 5 people.", [("killed", 5, None)]),
    ("The dead included 40 children 12 women and six hospital staff members.",
     [("killed", 40, None), ("killed", 12, None), ("killed", 6, None)]),
    ("The raid killed 26 people, among them 17 civilians, including 5 children and 2 members of the civil defence.",
     [("killed", 26, None), ("killed", 17, 26), ("killed", 5, 17), ("killed", 2, 17)]),
    ("Troops killed at least 30 people: 22, according to the state news agency.", [("killed", 30, None)]),
])
def test_a_dash_before_another_status_or_a_clock_time_opens_no_breakdown(extractor: Extractor, text: str,
                                                                        expected) -> None:
    """Precision guards: a figure with its own status after a dash is its own toll; "19:45"
    is a time; staff "members" listed after civilians stay where the list puts them, and so do
    members of the civil defence inside a part of civilians; a bare rival figure after a colon
    ("22, according to ...") is no part."""
    assert claims(extractor, text) == expected
