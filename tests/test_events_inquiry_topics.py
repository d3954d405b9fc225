"""Mentions that are no event of the report (issue 9, family 7; brief s24-types): a chemical
attack named only as what an inquiry is about ("the chemical attack sites", "a chemical weapons
attack probe"), and a deed told as "in the past"; the attack told as an act, and what happened
"in the past two days", still are events.  Sentences are invented."""

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


# -- a record told as "in the past" ---------------------------------------------------

LEAD = "Regime shelling killed four civilians in the village of Kafr Hamra on Thursday, a medic said. "


@pytest.mark.parametrize(
    "background",
    [
        "The faction's commanders have been kidnapped by rival gunmen in the past, a relative said.",
        "In the past, checkpoints of the brigade were ambushed near Tall Abyad, residents said.",
    ],
)
def test_a_record_adds_no_event(extractor: Extractor, background: str) -> None:
    assert types(run(extractor, LEAD + background)) == {"Shelling/artillery/missile attack"}


def test_the_past_days_are_the_report_s_own(extractor: Extractor) -> None:
    text = LEAD + "Gunmen have kidnapped six traders near Tall Abyad in the past two days, residents said."
    assert "Abduction/forced disappearance" in types(run(extractor, text))
