"""A report tells an event vaguely ("a car bomb in northern Syria", "a school in an eastern
district of the capital") and says where in the next sentence, which tells no event of its
own: "it had been left in the heart of the town of X", "most landed in the X district".
Sentences and names are invented for these tests."""

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
    text = ("A car bomb went off in northern Syria on Thursday, killing five farmers, a monitor reported. "
            "It had been left in the heart of the town of Al-Bab, near the grain silos. "
            "Islamic State has planted similar bombs around Raqqa.")
    assert sites(extractor, text) == {"Al Bab"}


def test_a_town_outside_the_governorate_told_is_no_finer_site(extractor: Extractor) -> None:
    """Precision guard: a town told after an event placed in a governorate is its site only if
    it lies in that governorate; a Manbij entrance says nothing of a bomb in Daraa province."""
    text = ("A roadside bomb killed four soldiers in Daraa province on Monday, the monitor said. "
            "The device had been placed at the eastern entrance of the town of Manbij.")
    assert sites(extractor, text) == {"Daraa"}


def test_a_quarter_of_the_city_told_after_is_the_site_and_the_city_stays_one(extractor: Extractor) -> None:
    """"Most landed in the X district": a landing verb speaks of the event; the city told
    first stays a site too, with its date (the event is in both, as "the X district of the city" says)."""
    text = ("Shells killed four people in Homs on Saturday, the governor told state radio. "
            "Most landed on a bakery in the Akrama neighbourhood.")
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    assert {e.location.name for e in result.events if e.location is not None} == {"Akrama", "Homs"}
    assert {(e.date.start, e.date.end) for e in result.events} == {("2016-04-30", "2016-04-30")}


def test_a_quarter_of_another_city_told_after_is_no_site(extractor: Extractor) -> None:
    """Precision guard: a quarter is a finer site only of the city it lies in (within
    ``CITY_KM`` of its point); a Homs quarter told after rockets on Damascus is not where they fell,
    a Damascus one is."""
    told = "Rockets killed three people in Damascus on Monday, the state agency said. Most landed in the {} district."
    assert sites(extractor, told.format("Waer")) == {"Damascus"}
    assert sites(extractor, told.format("Mezzeh")) == {"Al-Mezzeh", "Damascus"}


@pytest.mark.parametrize("after", [
    "The wounded were rushed to a clinic in the Sukkari district.",
    "The dead were buried on Thursday in a cemetery in the Sukkari district.",
    "Shops in the Sukkari district were closed after the deaths.",
])
def test_a_quarter_the_dead_or_hurt_went_to_is_no_site(extractor: Extractor, after: str) -> None:
    """Precision guard: a clinic, a burial or closed shops in a quarter tell what came after
    the event, not where it struck, though the sentence speaks of its dead or wounded."""
    text = f"A rocket barrage killed seven people in Aleppo on Wednesday, rescuers said. {after}"
    assert sites(extractor, text) == {"Aleppo"}


def test_a_hospital_struck_in_a_quarter_is_a_site(extractor: Extractor) -> None:
    """A strike verb outweighs the aftermath word: "it also hit a hospital in X" is where it struck."""
    text = ("Insurgent rockets killed seven people in Aleppo on Wednesday, rescuers said. "
            "It also hit a hospital in the Sukkari district.")
    assert "Al-Sukkari" in sites(extractor, text)


def test_a_quarter_where_a_speaker_stands_is_no_site(extractor: Extractor) -> None:
    """Precision guard: the next sentence names a quarter of the city only for where a baker
    is; it speaks of no event (no trigger, not even "blast"), so the clashes stay in Aleppo."""
    text = ("Government jets bombed rebel-held districts of Aleppo city on Monday, killing nine people. "
            "There is no bread today because the road is closed said Abu Karim a baker in the "
            "Bustan al-Qasr neighbourhood.")
    assert "Bustan al-Qasr" not in sites(extractor, text)
