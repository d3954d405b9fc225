"""Issue 9 recall on outlets the extractor was not written for: event dates, control
phrasing and one-line reports.  Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def run(extractor: Extractor, text: str, published: str = "2018-02-14") -> ExtractionResult:
    """2018-02-14 is a Wednesday."""
    return extractor.extract(text, Document(id="t", published=published))


def dated(result: ExtractionResult) -> set[tuple[str, str | None]]:
    return {(e.sub_event_type, e.date.start) for e in result.events}


# -- dates ---------------------------------------------------------------------------------

def test_a_dated_strike_told_with_background_words_keeps_its_day(extractor) -> None:
    result = run(extractor, "On Monday a drone strike near Tabqa killed a field commander of the group, "
                            "the third such blow in recent weeks.")
    assert ("Air/drone strike", "2018-02-12") in dated(result)


def test_background_words_alone_still_mark_background(extractor) -> None:
    result = run(extractor, "Coalition air strikes on Tabqa in recent weeks have damaged the dam.")
    assert not result.events


def test_earlier_in_the_day_dates_the_event_on_publication(extractor) -> None:
    result = run(extractor, "Earlier in the day a suicide bomber blew himself up at a checkpoint in Jableh.")
    assert ("Suicide bomb", "2018-02-14") in dated(result)
