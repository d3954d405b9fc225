"""A town named only to locate a place the event's sentence already named ("in the rebel
enclave outside X") is a landmark: neither the event's finer place nor a further one.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def located(extractor: Extractor, text: str) -> list[str]:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    return [e.location.name for e in result.events if e.location is not None]


@pytest.mark.parametrize("text", [
    "Four civilians were killed by mortar fire in al-Houla on Friday despite a truce in the rebel enclave outside Homs.",
    "Artillery fire killed eleven people in Eastern Ghouta, an opposition enclave outside Damascus, on Sunday.",
])
def test_a_town_locating_the_enclave_is_no_finer_site(extractor: Extractor, text: str) -> None:
    assert located(extractor, text) and "Homs" not in located(extractor, text) \
        and "Damascus" not in located(extractor, text)


def test_a_town_in_the_region_s_phrase_is_still_the_finer_site(extractor: Extractor) -> None:
    assert located(extractor, "Shelling on Eastern Ghouta hit the town of Saqba on Monday, killing three.") == ["Saqba"]


@pytest.mark.parametrize(("text", "town"), [
    ("Air raids in Idlib province struck the rebel pocket near Khan Shaykhun on Thursday, killing six people.",
     "Khan Shaykhun"),
    ("Shelling in Hama countryside hit the jihadist stronghold near Kafr Zita on Sunday, killing two.", "Kafr Zayta"),
])
def test_a_town_of_the_region_after_a_landmark_is_the_finer_site(extractor: Extractor, text: str,
                                                                  town: str) -> None:
    """"the rebel pocket near X" with X inside the governorate already named: X is where it
    struck, not a landmark locating the governorate."""
    assert located(extractor, text) == [town]
