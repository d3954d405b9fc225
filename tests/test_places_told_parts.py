"""A report tells an event vaguely ("a car bomb in northern Syria", "a school in an eastern
district of the capital") and says where in the next sentence, which tells no event of its
own: "the car blew up on the western edge of the town of X", "the attack occurred in X, a
district in the east of the city".  Sentences and names are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def sites(extractor: Extractor, text: str) -> set[str | None]:
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    return {e.location.name if e.location is not None else None for e in result.events}


def test_a_part_of_a_town_told_after_places_the_event(extractor: Extractor) -> None:
    text = ("Syrian state TV says 14 people were killed in a car bomb in the north of the country on "
            "Monday. The car blew up at the southern entrance of the town of Tal Abyad, the TV said. "
            "No group claimed the attack, but Islamic State militants have set off bombs in Hasakeh before.")
    assert sites(extractor, text) == {"Tall Abyad"}


def test_a_part_of_a_town_after_a_word_of_motion_is_no_site(extractor: Extractor) -> None:
    """Precision guard: "fled toward the edge of the town of X" says where people went."""
    text = ("A car bomb killed 19 people in a market on Tuesday, the monitor said. "
            "Residents of Manbij fled toward the edge of the town of Tal Abyad on Friday.")
    assert "Tall Abyad" not in sites(extractor, text)


def test_a_quarter_of_the_city_told_after_is_the_site(extractor: Extractor) -> None:
    text = ("At least nine pupils were killed when a mortar round hit a school in a northern "
            "district of the Syrian capital on Monday. The attack occurred in Rukn al-Din a district "
            "in the north of the city.")
    assert sites(extractor, text) == {"Rukn al-Din"}


def test_a_quarter_of_another_city_told_after_is_no_site(extractor: Extractor) -> None:
    """Precision guard: a quarter is a finer site only of the city it lies in; a Homs quarter
    named after a Damascus shelling is not where the Damascus shells fell."""
    text = ("At least nine pupils were killed when a mortar round hit a school in a northern "
            "district of the Syrian capital on Monday. Their teacher comes from the Waer district.")
    assert "Al-Waer" not in sites(extractor, text)


def test_a_quarter_where_a_speaker_stands_is_no_site(extractor: Extractor) -> None:
    """Precision guard: the next sentence names a quarter of the city only for where a baker
    is; it speaks of no event (no trigger, not even "blast"), so the clashes stay in Aleppo."""
    text = ("Government jets bombed rebel-held districts of Aleppo city on Monday, killing nine people. "
            "There is no bread today because the road is closed said Abu Karim a baker in the "
            "Bustan al-Qasr neighbourhood.")
    assert "Bustan al-Qasr" not in sites(extractor, text)
