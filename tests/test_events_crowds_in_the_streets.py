"""Brief misc42, family 4: a crowd told by where it went ("took to the streets") is a protest;
fighters, a celebration, a plan, a fear and the uprising's history are not.  Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-03-14"))


@pytest.mark.parametrize("text", [
    "Hundreds of people took to the streets of Inkhil on Friday to demand the release of detainees.",
    "Residents of Salkhad poured into the streets on Tuesday, chanting against the security branches.",
    "Nurses came out into the streets of Jarablus on Monday to protest unpaid wages.",
])
def test_a_crowd_in_the_streets_is_a_protest(extractor: Extractor, text: str) -> None:
    assert {e.sub_event_type for e in run(extractor, text).events} == {"Peaceful protest"}


@pytest.mark.parametrize("text", [
    "Residents of Zabadani took to the streets to celebrate the end of the siege.",
    "Thousands took to the streets of Latakia to welcome the returning soldiers.",
    "Armed men took to the streets of Sanamayn after the assassination of a local leader.",
    "Few people dare to take to the streets of Douma since the security branches reopened.",
    "The town was among the first to rise in 2011, when students took to the streets.",
])
def test_no_protest_in_streets_of_fighters_feasts_fears_or_history(extractor: Extractor, text: str) -> None:
    assert "Peaceful protest" not in {e.sub_event_type for e in run(extractor, text).events}
