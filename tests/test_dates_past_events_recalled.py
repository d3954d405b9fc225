"""Past events a later report tells: one told last week is dated that week, and one named by
an old date ("the March 2 attack") is background, not an event of this report.  Invented
reports."""

from __future__ import annotations

from datetime import date

from observatory.extract.pipeline import Extractor
from observatory.models import Document

PUBLISHED = date(2017, 4, 10)  # a Monday


def _events(extractor: Extractor, text: str) -> list[tuple[str, str | None, str | None]]:
    result = extractor.extract(text, Document(id="p", published=PUBLISHED.isoformat()))
    return [(e.sub_event_type, e.date.start, e.date.end) for e in result.events if e.date]


def test_an_event_told_last_week_is_dated_that_week(extractor: Extractor) -> None:
    text = ("Aid reaches Douma\n\nA convoy of the Red Crescent reached Douma on Monday, aid workers said. "
            "Last week, government shelling killed 12 civilians in the market of Douma, a medic said. "
            "The convoy carried flour and medicine for 4,000 families.")
    assert ("Shelling/artillery/missile attack", "2017-04-03", "2017-04-09") in _events(extractor, text)


def test_an_attack_named_by_an_old_date_is_not_this_report_s_event(extractor: Extractor) -> None:
    text = ("Activists met in Idlib on Monday. Shelling hit the market of Maarat al-Numan on Sunday, "
            "weeks after the March 2 chemical attack on Khan Tuman.")
    kinds = [kind for kind, _, _ in _events(extractor, text)]
    assert "Shelling/artillery/missile attack" in kinds
    assert "Chemical weapon" not in kinds


def test_a_recent_date_before_the_noun_still_names_news(extractor: Extractor) -> None:
    text = ("Activists met in Idlib on Monday. The April 8 chemical attack on Khan Tuman wounded "
            "dozens, doctors said.")
    assert "Chemical weapon" in [kind for kind, _, _ in _events(extractor, text)]


def test_an_attack_named_by_an_earlier_bare_year_is_not_this_report_s_event(extractor: Extractor) -> None:
    text = ("Residents gathered in Saraqib on Sunday to remember the 2014 chemical attack on Talmenes. "
            "Government jets bombed Saraqib on Sunday, killing six people.")
    kinds = [kind for kind, _, _ in _events(extractor, text)]
    assert "Chemical weapon" not in kinds
    assert "Air/drone strike" in kinds

