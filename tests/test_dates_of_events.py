"""Which days a report's events get when several mentions of one kind of event at one
place are dated differently, and when the report tells a period.  Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.pipeline import Extractor
from observatory.models import Document

THURSDAY = date(2020, 2, 13)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _days(extractor: Extractor, text: str, sub_type: str, published: date = THURSDAY) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.sub_event_type == sub_type and e.date))


def test_two_shellings_of_one_town_days_apart_do_not_claim_the_days_between(extractor: Extractor) -> None:
    text = ("Government artillery shelled Kafr Zita on the 3rd, killing two farmers. "
            "The town was shelled again on Tuesday, when a mortar round hit its market and wounded a boy.")
    days = _days(extractor, text, "Shelling/artillery/missile attack")
    assert days == {"2020-02-03", "2020-02-11"}


def test_mentions_on_days_that_touch_stay_one_stretch(extractor: Extractor) -> None:
    text = ("Government artillery shelled Kafr Zita on Monday, killing two farmers. "
            "Artillery shelled the town again on Tuesday, wounding a boy.")
    assert _days(extractor, text, "Shelling/artillery/missile attack") == {"2020-02-10", "2020-02-11"}
