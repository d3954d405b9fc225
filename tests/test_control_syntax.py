"""The subject of a control verb read from the dependency parse, where the nearest armed
actor before the verb is the object of another verb."""

from __future__ import annotations

import pytest

from observatory.extract.control_syntax import subject_span
from observatory.extract.pipeline import Extractor
from observatory.models import Document


def subject(sentence: str, verb: str) -> str | None:
    span = subject_span(sentence, sentence.index(verb))
    return sentence[span[0]:span[1]] if span else None


@pytest.mark.parametrize(("sentence", "verb", "expected"), [
    ("Turkish-backed fighters shelled PKK positions and seized the hill of Barsaya.", "seized",
     "Turkish-backed fighters"),
    ("The government forces repelled an assault by the rebels, retaking two villages near Kafr Zita.", "retaking",
     "The government forces"),
    ("Rebel units managed to break through and impose their control over the hill.", "impose", "Rebel units"),
    ("The Kurdish fighters that the jihadists attacked captured the farms.", "captured", "The Kurdish fighters"),
])
def test_subject_of_chained_verbs(sentence: str, verb: str, expected: str) -> None:
    assert subject(sentence, verb) == expected


def test_a_pronoun_subject_is_left_to_the_caller() -> None:
    assert subject("They stormed the base and took the runway.", "took") is None


def test_the_side_that_seized_is_the_gainer_not_the_side_it_fought(extractor: Extractor) -> None:
    text = ("Kurdish-led SDF fighters pressed their attack on the Islamic State in the east of Raqqa and "
            "captured the Al-Mishlab district on Sunday.")
    result = extractor.extract(text, Document(id="t", published="2017-06-12"))
    assert [(c.place.mention, c.gained_by) for c in result.control_changes] == [
        ("Al-Mishlab district", "SDF: Syrian Democratic Forces")]
