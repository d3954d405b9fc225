"""An earlier event dated by the part of the report's own month ("in early May", told at
the end of May) is the report's background, not its news; "late May", told on the 24th,
is still this week's.  Reports invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from toll_totals import killed_total_of

from observatory.extract.dates import DatesOfText

PUBLISHED = date(2018, 5, 29)


@pytest.mark.parametrize(("phrase", "first", "last"), [
    ("in early May", date(2018, 5, 1), date(2018, 5, 10)),
    ("in mid-April", date(2018, 4, 11), date(2018, 4, 20)),
    ("in late February", date(2018, 2, 21), date(2018, 2, 28)),
    ("late November 2016", date(2016, 11, 21), date(2016, 11, 30)),
    ("in May", date(2018, 5, 1), date(2018, 5, 31)),
])
def test_a_part_of_a_month_names_its_third(phrase: str, first: date, last: date) -> None:
    mention = DatesOfText(f"The convoy was hit {phrase} near Sukhnah.", PUBLISHED).mentions[0]
    assert (mention.first_day, mention.last_day) == (first, last)


def test_an_attack_early_in_the_month_told_at_its_end_is_background(read_tolls) -> None:
    claims = read_tolls("Shelling kills 9 in Nawa\n\nGovernment shelling killed nine people in Nawa on Monday, "
                        "medics said. In early May a suicide bomber in the town's market killed 31 people, "
                        "most of them farmers.")
    assert killed_total_of(claims) == 9


def test_an_attack_late_in_the_month_told_days_later_is_news(read_tolls) -> None:
    claims = read_tolls("Shelling kills 9 in Nawa\n\nGovernment shelling killed nine people in Nawa on Monday, "
                        "medics said. In late May a suicide bomber in the town's market killed 31 people, "
                        "most of them farmers.")
    assert killed_total_of(claims) == 40
