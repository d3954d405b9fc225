"""A control change told as happening "last week" is a change of this report, dated last
week; the shared "last week" background cue (events/filters.yaml) still sets aside the other
events it tells as backstory, and a change recalled to date another ("a week after X fell")
stays out."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-10-26"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize("text", [
    "Kurdish-led fighters seized the town of Tal Baydar last week after days of clashes with Islamic State.",
    "Government troops, who captured Tal Baydar last week, pushed on towards the river on Thursday.",
])
def test_a_change_told_as_last_weeks_news_is_a_change(extractor: Extractor, text: str) -> None:
    places = [place for place, _, change in claims(run(extractor, text)) if change == "captured"]
    assert places == ["Tal Baydar"]


def test_a_change_recalled_to_date_another_event_is_still_background(extractor: Extractor) -> None:
    text = "A week after Tal Baydar fell to government troops, aid convoys reached its outskirts last week."
    assert claims(run(extractor, text)) == []
