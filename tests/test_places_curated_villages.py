"""Villages and quarters reports name that GeoNames' cities500 lacks are gazetteer places of
their own (data/places/curated.yaml), not names lent their governorate's point."""

from __future__ import annotations

import pytest

from observatory.extract.places import GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer import builtin
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


@pytest.mark.parametrize("row", [
    "{id: hill-9, name: Tall Tisa, lat: north, lon: 36.1}",  # a coordinate that is no number
    "{id: hill-9, name: Tall Tisa, lon: 36.1}",  # no latitude
])
def test_a_broken_curated_row_names_the_file_and_the_row(tmp_path, monkeypatch, row: str) -> None:
    (tmp_path / "curated.yaml").write_text(f"countries: []\nplaces:\n  - {{id: ok-1, name: Kafr Tisa, lat: 35.1, lon: 36.2}}\n  - {row}\n")
    monkeypatch.setattr(builtin, "PLACES_DATA", tmp_path)
    builtin._yaml.cache_clear()
    try:
        with pytest.raises(builtin.PlacesDataError, match=r"curated\.yaml: place 2 .*hill-9"):
            list(builtin._curated_places())
    finally:
        builtin._yaml.cache_clear()
