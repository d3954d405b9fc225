"""A byline names reporters and a bureau, never a site: a reporter's surname that is also a
town ("By Ahmad Hama") is no toponym, while a sentence that merely starts with "By" is read
as any other."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.models import Document
from observatory.nlp.sentences import split_sentences


def mentions(text: str) -> list[str]:
    return [p.mention for p in PlaceFinder().find(text, split_sentences(text))]


def test_a_surname_on_a_byline_is_no_place() -> None:
    text = "Rocket fire on a bakery\nBy Karim Tadmur\nRockets hit a bakery in Daraa on Sunday, a medic said."
    assert mentions(text) == ["Daraa"]


def test_two_reporters_an_agency_and_a_bureau_are_no_places() -> None:
    text = ("Convoy hit near the border\nBY LINA HAMA AND YOUSEF SALEH IN BEIRUT, Reuters\n"
            "A convoy was hit near Jarablus early on Friday.")
    assert mentions(text) == ["Jarablus"]


def test_a_sentence_opening_with_by_keeps_its_places() -> None:
    text = "Army advances\nBy Tuesday, troops had entered Tadmur from the west."
    assert "Tadmur" in mentions(text)


def test_a_title_case_headline_opening_with_by_is_no_byline() -> None:
    assert "Tadmur" in mentions("By Land And Air, Troops Retake Tadmur\nTroops entered the town on Sunday.")


def test_an_event_under_a_byline_is_not_placed_at_the_reporter(extractor: Extractor) -> None:
    text = "Market strike kills nine\nBy Ziad Hama\nWarplanes killed nine people at a market on Monday, activists said."
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    assert result.events and all(e.location is None for e in result.events)
