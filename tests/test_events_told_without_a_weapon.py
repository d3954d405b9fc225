"""Events told without the usual trigger word: the air force named as the striker, a side's
"fire on" a place.

Each trigger has a case it makes an event and a case its conditions keep out.  Sentences are
invented in the style of monitors and state media.
"""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2018-03-14") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def places_of(result: ExtractionResult, sub_type: str) -> set[str]:
    return {e.location.mention for e in result.events if e.sub_event_type == sub_type and e.location is not None}


def test_the_air_force_that_killed_is_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "The regime air force killed seven people in Salqin on Monday, a monitor said.")
    assert types(result) == {"Air/drone strike"}
    assert places_of(result, "Air/drone strike") == {"Salqin"}


def test_the_air_force_destroying_posts_is_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "State media said the air force destroyed three posts of the militants near Maskanah "
                            "on Friday.")
    assert "Air/drone strike" in types(result)


def test_an_air_force_intelligence_branch_strikes_nothing(extractor: Extractor) -> None:
    result = run(extractor, "Air force intelligence agents raided homes in Sarmin on Sunday and arrested six men.")
    assert "Air/drone strike" not in types(result)


def test_rebel_fire_on_a_district_is_shelling(extractor: Extractor) -> None:
    result = run(extractor, "Rebel fire on Mhardeh on Wednesday killed four people and wounded 19.")
    assert types(result) == {"Shelling/artillery/missile attack"}
    assert places_of(result, "Shelling/artillery/missile attack") == {"Mhardeh"}


def test_the_exchange_of_shellfire_is_shelling(extractor: Extractor) -> None:
    result = run(extractor, "Two farmers died on Tuesday in an exchange of shellfire near Deir Hafer.")
    assert "Shelling/artillery/missile attack" in types(result)


def test_security_forces_firing_on_protesters_is_not_shelling(extractor: Extractor) -> None:
    result = run(extractor, "Army fire on protesters in Busra on Friday killed three young men.",
                 published="2011-05-02")
    assert "Shelling/artillery/missile attack" not in types(result)
