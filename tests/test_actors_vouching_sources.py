"""A side set between a relative pronoun and the clause's own verb only vouches for a claim
("a gas attack that opposition groups say killed hundreds", "a strike which rebels said hit a
school"; issue 9, real42): the pronoun is the verb's subject, so the side is a source, no party.
A side followed by its own pronoun or by what it claimed ("which rebels say they held", "which IS
claimed responsibility for") stays a party."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-11-14"))


def event_actors(result: ExtractionResult) -> set[str]:
    return {a.name for e in result.events for a in e.actors}


@pytest.mark.parametrize("text, source", [
    ("France asked for an inquiry into a chlorine attack on Saraqeb that rebels say killed nine people on Monday.",
     "Syrian Rebels"),
    ("Moscow denied striking a bakery in Hazano, an attack which the opposition said killed 13 people on Monday.",
     "Syrian Rebels"),
    ("Turkish shells hit a school in Tal Rifaat on Monday in an attack that the SDF claimed killed four pupils.",
     "SDF: Syrian Democratic Forces"),
    ("Mortar rounds fell on the Bab Touma quarter on Monday in an attack that the army alleged killed two women.",
     "Military Forces of Syria"),
])
def test_a_side_that_only_vouches_for_the_claim_is_no_party(extractor: Extractor, text: str, source: str) -> None:
    assert source not in event_actors(run(extractor, text))


@pytest.mark.parametrize("text, party", [
    ("The bombing of a bus station in Jableh on Monday, which IS claimed responsibility for, killed 30 people.",
     "Islamic State"),
    ("Government troops recaptured Tal Sukkar on Monday, a village which rebels say they had held for a week.",
     "Syrian Rebels"),
    ("A roadside bomb that IS militants planted killed five soldiers near Palmyra on Monday.", "Islamic State"),
])
def test_a_side_that_did_what_it_says_stays_a_party(extractor: Extractor, text: str, party: str) -> None:
    assert party in event_actors(run(extractor, text))
