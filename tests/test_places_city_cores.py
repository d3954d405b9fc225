"""A city's historic core is a place of its own ("the Old City of X", "X's ancient quarter"):
one place at the city's point, named for the city, while the city's other mentions stay
the city."""

from __future__ import annotations

from pathlib import Path

import pytest

from observatory.extract import places as places_module
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.models import Document
from observatory.nlp.sentences import split_sentences


def found(text: str) -> list[tuple[str, str]]:
    finder = PlaceFinder()
    return [(p.mention, p.place.name) for p in finder.find(text, split_sentences(text))]


def test_the_old_city_of_a_city_is_one_place_named_for_the_city() -> None:
    places = found("Two mortar rounds fell on the old city of Hama on Tuesday.")
    assert [mention for mention, _ in places] == ["old city of Hama"]
    assert places[0][1].startswith("Old City of ")


def test_a_possessive_ancient_quarter_is_the_same_kind_of_place() -> None:
    places = found("Snipers wounded a boy in Latakia's ancient quarter late on Sunday.")
    assert [mention for mention, _ in places] == ["Latakia's ancient quarter"]


def test_the_core_sits_at_its_city_point_and_the_bare_city_stays_the_city() -> None:
    finder = PlaceFinder()
    text = "Shells hit the Old Town of Homs. Later a car bomb exploded elsewhere in Homs."
    core, city = finder.find(text, split_sentences(text))
    assert core.place.feature == "neighbourhood" and core.place.gazetteer_id is None
    assert (core.place.lat, core.place.lon) == (city.place.lat, city.place.lon)
    assert city.place.gazetteer_id is not None and city.mention == "Homs"


def test_an_old_building_of_a_city_is_no_core() -> None:
    # "old" qualifying another noun names no part of the city
    assert [name for _, name in found("Troops shelled the old bakery of Hama on Friday.")] \
        == [name for _, name in found("Troops shelled the bakery of Hama on Friday.")]


def test_an_event_in_the_old_city_is_placed_there(extractor: Extractor) -> None:
    text = "At least nine fighters were killed when a car bomb exploded in the besieged Old City of Hama on Monday."
    result = extractor.extract(text, Document(id="t", published="2014-02-03"))
    assert [e.location.mention for e in result.events if e.location] == ["Old City of Hama"]


def test_a_core_file_without_nouns_is_refused_with_its_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "city_cores.yaml").write_text("adjectives: [old]\n", encoding="utf-8")
    monkeypatch.setattr(places_module, "PACKAGE_DATA", tmp_path)
    places_module._city_core_patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match="city_cores.yaml"):
            places_module._city_core_patterns()
    finally:
        places_module._city_core_patterns.cache_clear()


@pytest.mark.parametrize("content, named", [
    ("adjectives: [old, 7]\nnouns: [town]\n", "'adjectives'"),  # a number is no word
    ("adjectives: [old]\nnouns: [Citadel]\n", "'nouns'"),  # the patterns are built from lower-case words
    ("adjectives: [old\nnouns: [town]\n", "invalid YAML"),
])
def test_a_malformed_core_entry_is_refused_with_the_file_and_list_named(
        content: str, named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "city_cores.yaml").write_text(content, encoding="utf-8")
    monkeypatch.setattr(places_module, "PACKAGE_DATA", tmp_path)
    places_module._city_core_patterns.cache_clear()
    try:
        with pytest.raises(ValueError, match=rf"city_cores\.yaml.*{named}"):
            places_module._city_core_patterns()
    finally:
        places_module._city_core_patterns.cache_clear()
