"""Issue 10: the towns and villages of the front lines that GeoNames' cities500 lacks are
curated rows (data/places/curated.yaml), each placed at its own point in its governorate,
under the spellings reports use; and a row whose name is also an English word or a
person's name does not turn that word into a place.  Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.places import GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.models import Document
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def found(finder: PlaceFinder, text: str) -> dict[str, tuple[str | None, str | None, int | None]]:
    return {m.mention: (m.place.gazetteer_id, m.place.admin1, m.place.precision)
            for m in finder.find(text, split_sentences(text))}


@pytest.mark.parametrize(("text", "mention", "row", "governorate"), [
    ("Warplanes pounded Jarjanaz twice before noon, local activists reported.", "Jarjanaz", "jarjanaz", "Idlib"),
    ("Fighting spread from Tal Mannas towards the eastern farms.", "Tal Mannas", "talmenes", "Idlib"),
    ("A mortar shell landed in Hosh Nasri, wounding a farmer.", "Hosh Nasri", "hawsh-nasri", "Rif Dimashq"),
    ("The council of Ebtaa asked for water tankers after the pumps broke.", "Ebtaa", "ibtaa", "Daraa"),
    ("Kurdish units pushed past Kaljibrin towards the road to Mare.", "Kaljibrin", "kaljibrin", "Aleppo"),
    ("The families that fled Sahem al-Golan reached a camp near the border.", "Sahem al-Golan", "saham-al-jawlan", "Daraa"),
    ("Shells fell on the outskirts of Yaldah late on Saturday.", "Yaldah", "yalda", "Rif Dimashq"),
    ("The village of al-Zakat north of Morek was emptied of its people.", "al-Zakat", "al-zakat", "Hama"),
])
def test_a_front_town_is_placed_by_its_own_row(finder: PlaceFinder, text: str, mention: str, row: str,
                                                governorate: str) -> None:
    gazetteer_id, admin1, precision = found(finder, text)[mention]
    assert gazetteer_id == f"observatory:{row}"
    assert admin1 == governorate
    assert (precision or 1) < GOVERNORATE_PRECISION


def test_an_event_in_a_front_town_is_placed_there(extractor: Extractor) -> None:
    text = "Gunmen on a motorbike shot dead a money changer in Sarmada on Monday evening."
    result = extractor.extract(text, Document(id="t", published="2018-06-11"))
    places = {(e.location.name, e.location.admin1) for e in result.events if e.location is not None}
    assert places == {("Sarmada", "Idlib")}


@pytest.mark.parametrize("text", [
    "Zakat collected during Ramadan paid for the bakery's flour.",
    "Mr Killi told the committee that the vote would be delayed.",
])
def test_a_word_or_name_equal_to_a_row_is_no_place(finder: PlaceFinder, text: str) -> None:
    assert found(finder, text) == {}


def test_every_front_town_lies_in_its_governorate() -> None:
    """A row's point and its governorate agree by the project's own boundaries: a point
    typed into the wrong governorate would send its events there."""
    from observatory.kb.gazetteer.boundaries import area_at

    towns = [p for p in builtin_places() if p.source == "curated" and p.feature in ("town", "village")]
    wrong = [p.name for p in towns if (area := area_at(p.lat, p.lon)) is None or area.admin1 != p.admin1]
    assert wrong == []


def test_no_two_front_towns_share_a_point() -> None:
    """Two rows within a few hundred metres are one place written twice (an alt spelling
    should have been used)."""
    towns = [p for p in builtin_places() if p.source == "curated" and p.feature in ("town", "village")]
    close = [(a.name, b.name) for i, a in enumerate(towns) for b in towns[i + 1:]
             if km_between(a.lat, a.lon, b.lat, b.lon) < 0.5]
    assert close == []
