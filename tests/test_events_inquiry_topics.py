"""A chemical attack named only as what an inquiry is about ("the chemical attack sites",
"a chemical weapons attack probe") is a topic of the report, not an event of it (issue 9,
family 7; brief s24-types); the attack told as an act still is one.  Sentences are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


@pytest.mark.parametrize(
    "text",
    [
        "OPCW experts reached the chemical attack sites near Tell Rifaat on Sunday, a diplomat said.",
        "The chemical weapons attack inquiry into events near Binnish met in The Hague on Monday.",
        "Western envoys pressed Moscow over the chemical attacks investigation in Kafr Nabl.",
    ],
)
def test_an_inquiry_topic_is_no_chemical_event(extractor: Extractor, text: str) -> None:
    assert "Chemical weapon" not in types(run(extractor, text))


def test_a_chemical_attack_told_as_an_act_stays(extractor: Extractor) -> None:
    text = "A chemical attack on the village of Tell Rifaat on Monday left 14 people choking, medics said."
    assert "Chemical weapon" in types(run(extractor, text))
