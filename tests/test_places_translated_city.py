"""A town whose Arabic name opens with "city of" ("Madinat al-Baath") is written "al-Baath
city" in English reports: the gazetteer knows it under that translation too, and only with
the word "city" after it (the party, the newspaper or a street are no town)."""

from __future__ import annotations

import pytest

from observatory.extract.places import GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.record import GazetteerPlace

from test_places_support import placed, starting


@pytest.mark.parametrize(("text", "mention"), [
    ("Mortar rounds fired by the factions hit the main square of al-Baath city on Monday, wounding two girls.",
     "al-Baath city"),
    ("Opposition fighters shelled army posts in Baath City in the central sector of the province, a local monitor said.",
     "Baath City"),
    ("A soldier was killed by sniper fire on the outskirts of al-Baath city, a military source told the state agency.",
     "al-Baath city"),
])
def test_x_city_is_the_town_called_madinat_x(place_finder: PlaceFinder, text: str, mention: str) -> None:
    place = starting(placed(place_finder, text), mention)
    assert place.gazetteer_id == "observatory:madinat-al-baath"
    assert (place.precision or 1) < GOVERNORATE_PRECISION


def test_any_madinat_name_is_indexed_with_city_after_its_rest() -> None:
    """Not a word list of towns: a place added with such a name (a user's curation) is
    found by the translation as well, and its rest alone finds nothing."""
    town = GazetteerPlace(id="user:madinat-al-nour", name="Madinat al-Nour", feature="town", lat=35.1,
                          lon=36.9, country="SY", admin1="Hama")
    gazetteer = Gazetteer([town])
    assert [c.place.id for c in gazetteer.lookup("al-Nour city") if c.exact] == ["user:madinat-al-nour"]
    assert [c.place.id for c in gazetteer.lookup("Nour City") if c.exact] == ["user:madinat-al-nour"]
    assert not [c for c in gazetteer.lookup("al-Nour") if c.exact]


@pytest.mark.parametrize("text", [
    "Syria's ruling Baath party held its central committee meeting in Damascus on Sunday.",
    "The Baath newspaper said the city council had approved a new budget for the schools.",
    "Members of the Baath Brigades militia were deployed in Homs city before the vote.",
    "Students of Baath University marched in the city of Homs on Tuesday.",
])
def test_baath_without_city_after_it_is_no_town(place_finder: PlaceFinder, text: str) -> None:
    found = placed(place_finder, text)
    assert all(p.gazetteer_id != "observatory:madinat-al-baath" for p in found.values())
