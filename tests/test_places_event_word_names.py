"""An unknown name right after an event word and its site's preposition ("nine civilians were
killed in Qaterji", "fighting in X", "a massacre in X") is a place the gazetteer lacks; a city
abroad ("killed in Lyon"), a building's name ("killed in Bilal mosque") and a
headline's capitals on ordinary words ("Wounded in Terrorist Battle") are not."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def test_a_toll_in_an_unknown_village(extractor: Extractor) -> None:
    result = run(extractor, "Nine civilians were killed in Qaterji on Tuesday, a monitor said.")
    assert mentions(result) == {"Qaterji"}


def test_fighting_in_an_unknown_island(extractor: Extractor) -> None:
    result = run(extractor, "Dozens of fighters were killed on Monday, the monitor said. The deaths came in "
                            "fighting in Hawijat Dalbour on the Euphrates.")
    assert "Hawijat Dalbour" in mentions(result)


def test_clashes_erupted_in_an_unknown_village(extractor: Extractor) -> None:
    result = run(extractor, "Heavy clashes erupted in Bsirin on Monday between rebels and the army.")
    assert mentions(result) == {"Bsirin"}


def test_a_massacre_in_an_unknown_village(extractor: Extractor) -> None:
    result = run(extractor, "A massacre in Qubeibat left 20 villagers dead, activists said.")
    assert mentions(result) == {"Qubeibat"}


def test_a_city_abroad_is_no_syrian_village(extractor: Extractor) -> None:
    result = run(extractor, "Three people were killed in Lyon on Tuesday when a car hit a crowd.")
    assert mentions(result) == set()


def test_a_far_city_after_a_bombing_is_no_syrian_village(extractor: Extractor) -> None:
    result = run(extractor, "Four civilians were wounded in Kandahar on Friday, officials said.")
    assert mentions(result) == set()


def test_headline_capitals_on_ordinary_words_are_no_name(extractor: Extractor) -> None:
    result = run(extractor, "Eight Dead in Clashes in Hostile Campaign Near Hama\n\nA hostile campaign by "
                            "militants killed eight soldiers near Hama on Friday.")
    assert not any("Hostile" in m for m in mentions(result))


def test_a_building_after_the_name_is_no_village(extractor: Extractor) -> None:
    result = run(extractor, "Two worshippers were killed in Bilal mosque in Homs on Friday.")
    assert "Bilal" not in mentions(result)


def test_a_piece_of_a_longer_name_is_no_village(extractor: Extractor) -> None:
    result = run(extractor, "Two farmers were wounded in shelling on Tseil al-Golan on Monday.")
    assert "Tseil" not in mentions(result)
