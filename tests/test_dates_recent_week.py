"""A recent relative time is not stale: "Last week" opening a clause tells an event of the
report's own, while "last week" told after its event is the story's backstory.  Invented
reports."""

from __future__ import annotations

from datetime import date

from observatory.extract.pipeline import Extractor
from observatory.models import Document

WEDNESDAY = date(2019, 3, 13)


def _extract(extractor: Extractor, text: str):
    return extractor.extract(text, Document(id="w", published=WEDNESDAY.isoformat()))


def test_a_capture_told_from_last_week_is_a_control_change(extractor: Extractor) -> None:
    result = _extract(extractor, "Last week, Free Syrian Army fighters captured the village of Tell Battal "
                                 "after two days of fighting with Islamic State militants.")
    assert [c.place.mention for c in result.control_changes if c.place] == ["Tell Battal"]


def test_an_event_that_opens_on_last_week_is_kept_and_dated_that_week(extractor: Extractor) -> None:
    result = _extract(extractor, "Last week government jets bombed a bakery in Kafr Rumah, killing eleven people.")
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert strikes and all(e.date is not None and (e.date.start, e.date.end) == ("2019-03-04", "2019-03-10")
                           for e in strikes)
    assert [c.count.value for c in result.casualties if c.status == "killed"] == [11]


def test_last_week_told_after_its_event_stays_backstory(extractor: Extractor) -> None:
    result = _extract(extractor, "Rebels agreed a ceasefire in Busra al-Harir after they seized the town's "
                                 "grain silos from the army last week.")
    assert result.control_changes == []


def test_a_capture_from_earlier_this_week_is_a_control_change(extractor: Extractor) -> None:
    result = _extract(extractor, "Earlier this week, Free Syrian Army fighters captured the village of "
                                 "Qabasin, a local council said.")
    assert [c.place.mention for c in result.control_changes if c.place] == ["Qabasin"]


def test_a_capture_told_from_last_year_stays_background(extractor: Extractor) -> None:
    result = _extract(extractor, "Last year, Free Syrian Army fighters captured the village of Tell Battal.")
    assert result.control_changes == []
