"""Villages and quarters reports name that GeoNames' cities500 lacks are gazetteer places of
their own (data/places/curated.yaml), not names lent their governorate's point."""

from __future__ import annotations

import pytest

from observatory.extract.places import GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


@pytest.mark.parametrize(("text", "mention", "governorate"), [
    ("Rockets fell on Rashideen on the western edge of the city, wounding two.", "Rashideen", "Aleppo"),
    ("A mortar round hit the Bab al-Faraj quarter near the old souks.", "Bab al-Faraj", "Aleppo"),
    ("Warplanes struck the village of Hass south of Kafr Nabl twice on Sunday.", "Hass", "Idlib"),
])
def test_a_curated_place_is_placed_by_its_own_point(finder: PlaceFinder, text: str, mention: str,
                                                      governorate: str) -> None:
    found = {m.mention.split(" quarter")[0]: m.place for m in finder.find(text, split_sentences(text))}
    place = found[mention]
    assert place.gazetteer_id is not None
    assert place.admin1 == governorate
    assert (place.precision or 1) < GOVERNORATE_PRECISION
