"""Copies that lose apostrophes glue a possessive to its owner ("Aleppos", "Daraas"): the
owner is a place of its own and the quarter it owns is another, never one long unknown
name.  Sentences and quarter names are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.models import Document
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def found(finder: PlaceFinder, text: str) -> dict[str, str | None]:
    return {m.mention: m.place.name for m in finder.find(text, split_sentences(text))}


@pytest.mark.parametrize(("text", "owner", "city", "quarter"), [
    ("Barrel bombs fell on Aleppos Sabbaghin district on Thursday, killing six.",
     "Aleppo", "Aleppo", "Sabbaghin district"),
    ("Mortars hit Daraas Tell Sabbun neighbourhood overnight.",
     "Daraa", "Dar'a", "Tell Sabbun neighbourhood"),
    ("Four were wounded when a shell struck Raqqas Harat Wardan quarter.",
     "Raqqa", "Ar Raqqah", "Harat Wardan quarter"),
])
def test_a_glued_possessive_names_the_owner_and_its_quarter_apart(
        finder: PlaceFinder, text: str, owner: str, city: str, quarter: str) -> None:
    places = found(finder, text)
    assert places[owner] == city
    assert quarter in places


def test_the_palestinian_group_is_no_glued_possessive_of_hama(finder: PlaceFinder) -> None:
    assert found(finder, "Hamas Deputy Leader Salih Nouri spoke in Doha on Monday.") == {}


@pytest.mark.parametrize("text", [
    "Hamas Beirut office was shut by its landlord in 2015.",
    "Hamas Gaza bureau was struck by a drone on Sunday, wounding two.",
])
def test_a_place_outside_the_owner_is_no_quarter_of_it(finder: PlaceFinder, text: str) -> None:
    """"Hamas Beirut office": Beirut is no quarter of Hama, so "Hamas" is the movement."""
    assert "Hamas" not in found(finder, text)


def test_a_known_quarter_of_the_owner_is_owned_without_a_noun(finder: PlaceFinder) -> None:
    places = found(finder, "Shells hit Idlibs Saraqeb road junction on Friday.")
    assert places.get("Idlib") == "Idlib"


@pytest.mark.parametrize(("glued", "apostrophe", "quarter"), [
    ("Barrel bombs on Daraas Sabil district killed nine people on Tuesday.",
     "Barrel bombs on Daraa's Sabil district killed nine people on Tuesday.", "Sabil"),
    ("Barrel bombs on Aleppos Bustan al-Qasr district killed nine people on Tuesday.",
     "Barrel bombs on Aleppo's Bustan al-Qasr district killed nine people on Tuesday.", "Bustan al-Qasr"),
])
def test_a_glued_possessive_places_the_event_as_the_apostrophe_does(extractor: Extractor, glued: str,
                                                                    apostrophe: str, quarter: str) -> None:
    """The owner's mention stops before its glued "s" as before an apostrophe: the quarter it
    owns is the strike's site either way (its city beside it when the owner is a city)."""
    def sites(text: str) -> list[str]:
        events = extractor.extract(text, Document(id="t", published="2016-09-20")).events
        return [e.location.name for e in events if e.location is not None]
    assert quarter in sites(glued)
    assert sites(glued) == sites(apostrophe)


@pytest.mark.parametrize(("text", "owner"), [
    ("Mortars hit Damascus's Qaboun district at dawn.", "Damascus"),
    ("Mortars hit Aleppo's Sheikh Saeed district at dawn.", "Aleppo"),
])
def test_an_apostrophe_possessive_mentions_the_whole_owner(finder: PlaceFinder, text: str, owner: str) -> None:
    """"Aleppo's" mentions Aleppo, not "Alepp": a kept apostrophe is no glued possessive to trim."""
    assert owner in found(finder, text)


def test_a_country_owns_its_provinces(finder: PlaceFinder) -> None:
    places = found(finder, "The wounded were taken to hospitals in Lebanons Akkar province.")
    assert places.get("Lebanon") == "Lebanon"
