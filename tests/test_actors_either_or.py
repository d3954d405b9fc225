"""Two state sides joined by "or" before one force noun ("either Russian or Syrian warplanes",
"Syrian or Russian jets", issue 9, real42): the first adjective shares the second's noun, as it
does after "and" or a slash, so both sides are listed (annotation.md: two where the text allows
both).  Words that are no force noun ("Syrian or Iraqi pilgrims") and "neither ... nor" name no side."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-03-08"))


def event_actors(result: ExtractionResult) -> set[str]:
    return {a.name for e in result.events for a in e.actors}


@pytest.mark.parametrize("text, sides", [
    ("Either Russian or Syrian warplanes bombed a bakery in Kafr Batikh on Wednesday, killing seven people, "
     "the White Helmets said.", {"Military Forces of Russia", "Military Forces of Syria"}),
    ("Activists said Syrian or Russian jets struck the main square of Khan Touman on Tuesday, killing four.",
     {"Military Forces of Syria", "Military Forces of Russia"}),
    ("A school in Hish was hit on Wednesday by regime or Russian helicopters, a teacher told Enab Baladi; "
     "two pupils died.", {"Military Forces of Syria", "Military Forces of Russia"}),
    ("Turkish or coalition aircraft struck a convoy near Tal Abyad on Wednesday, killing five fighters, "
     "Hawar news agency reported.", {"Military Forces of Turkey", "International Coalition"}),
])
def test_sides_joined_by_or_before_one_noun_are_both_listed(extractor: Extractor, text: str, sides: set[str]) -> None:
    assert sides <= event_actors(run(extractor, text))


def test_the_or_reading_lists_what_the_and_reading_lists(extractor: Extractor) -> None:
    text = "{} warplanes struck the market of Maarat Misrin on Wednesday, killing 11 people, the monitor said."
    assert event_actors(run(extractor, text.format("Russian or Syrian"))) == \
        event_actors(run(extractor, text.format("Russian and Syrian")))


@pytest.mark.parametrize("text", [
    "Nearly 60 Syrian or Iraqi pilgrims waited at the al-Qaim crossing on Wednesday, a border official said.",
    "Russian or Turkish diplomats will meet opposition envoys in Astana on Wednesday, Anadolu Agency reported.",
    "Moscow said neither Russian nor Syrian jets flew over Idlib on Wednesday.",
])
def test_or_between_adjectives_of_no_force_noun_names_no_side(extractor: Extractor, text: str) -> None:
    assert event_actors(run(extractor, text)) == set()
