"""Toll families found on real articles no rule was written for (issue 9): an earlier event
the news is set against, a part told with "alone", a second count of the same dead.
Reports invented for these tests."""

from __future__ import annotations

from datetime import date

from observatory.eval.scoring import killed_total, system_facts

PUBLISHED = date(2016, 3, 17)


def _total(claims) -> int | None:
    return killed_total(system_facts({"casualties": [c.model_dump(mode="json") for c in claims]}).claims)


def test_an_event_the_news_comes_days_after_is_background(read_tolls) -> None:
    claims = read_tolls("Mortars kill five in Jaramana\n\nMortar rounds killed five people in Jaramana on Wednesday, "
                        "state media said. The shelling came two days after a car bomb killed 31 people at a "
                        "checkpoint outside Salamiyah.")
    assert _total(claims) == 5


def test_an_event_the_news_follows_on_the_heels_of_is_background(read_tolls) -> None:
    claims = read_tolls("Air raids on Maarat Misrin killed 14 civilians on Wednesday. Wednesday's raids come on "
                        "the heels of strikes on Kafr Takharim on Sunday that left 22 dead, activists said.")
    assert _total(claims) == 14


def test_a_day_after_as_the_news_s_own_frame_keeps_its_toll(read_tolls) -> None:
    claims = read_tolls("A day after the truce collapsed, shelling killed 17 people in Anadan on Wednesday, "
                        "the monitor said.")
    assert _total(claims) == 17
