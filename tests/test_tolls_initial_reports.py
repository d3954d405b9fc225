"""A figure told as "initial reports" or "an earlier toll" counts no one when the report
gives a later figure, and is the report's toll when it gives none.  Reports invented for
these tests."""

from __future__ import annotations

from datetime import date

from toll_totals import killed_total_of

PUBLISHED = date(2017, 11, 14)


def test_initial_reports_are_the_toll_when_no_other_is_told(read_tolls) -> None:
    claims = read_tolls("Bakery hit in Kafr Takharim\n\nPreliminary reports suggest some 26 people died after "
                        "a barrel bomb fell near a bakery in Kafr Takharim on Saturday, a local council member "
                        "told reporters.")
    assert killed_total_of(claims) == 26
    # With a later figure told, the earlier one still counts no one.
    revised = read_tolls("Shelling hits Nubl\n\nAn initial toll put the dead at 12. Shelling on Nubl killed at "
                         "least 19 people on Monday, medics said.")
    assert killed_total_of(revised) == 19


def test_a_vague_later_toll_still_replaces_the_earlier_figure(read_tolls) -> None:
    claims = read_tolls("Artillery pounds Saraqeb\n\nArmy artillery on Saraqeb killed dozens of civilians on "
                        "Tuesday, medics said, revising an earlier toll of 9 dead.")
    assert [c.count.value for c in claims if c.status == "killed"] == [None]


def test_a_wounded_figure_does_not_hide_the_initial_death_toll(read_tolls) -> None:
    claims = read_tolls("Raid on Jarablus\n\nInitial reports said 17 people were killed in the raid on Jarablus. "
                        "Another 31 people were wounded, doctors said.")
    assert killed_total_of(claims) == 17
