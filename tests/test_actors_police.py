"""Bare "police": whose police depends on where the sentence happens, and police who
only report something are no party to it."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def actor_names(result: ExtractionResult) -> set[str]:
    names = {a.name for e in result.events for a in e.actors}
    return names | {c.group.actor for c in result.casualties if c.group.actor}


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2016-10-03"))


def test_police_in_a_turkish_town_are_turkish_police(extractor: Extractor) -> None:
    result = run(extractor, "On Sunday two rockets fired from IS-held territory hit the Turkish border town of "
                            "Kilis, killing a police officer and wounding three civilians.")
    assert "Police Forces of Turkey" in actor_names(result)
    assert "Police Forces of Syria" not in actor_names(result)


def test_police_in_a_syrian_town_stay_syrian(extractor: Extractor) -> None:
    result = run(extractor, "A car bomb exploded near a police station in Homs on Sunday, killing two policemen.")
    assert "Police Forces of Syria" in actor_names(result)


def test_police_who_only_report_are_not_parties(extractor: Extractor) -> None:
    result = run(extractor, "A suicide bomber killed four civilians at a market in Qamishli on Saturday, "
                            "police said.")
    assert not any(name.startswith("Police Forces") for name in actor_names(result))
