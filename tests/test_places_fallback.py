"""Names the gazetteer lacks still land in the governorate their report is about."""

from __future__ import annotations

import pytest

from observatory.extract.places import GOVERNORATE_PRECISION, PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def places_of(finder: PlaceFinder, text: str) -> dict[str, object]:
    return {m.mention: m.place for m in finder.find(text, split_sentences(text))}


def test_an_unknown_village_takes_the_governorate_of_a_one_governorate_report(finder):
    text = ("Shells fell on the village of Qarzal Wadaan at dawn. "
            "Hours later aircraft struck Saraqib and the outskirts of Ariha.")
    village = places_of(finder, text)["Qarzal Wadaan"]
    assert village.admin1 == "Idlib" and village.country == "SY"
    assert village.precision == GOVERNORATE_PRECISION
    assert village.gazetteer_id is None  # still queued for `gazetteer unresolved`
    assert village.confidence is not None and village.confidence < 0.5
    assert village.lat is not None and village.lon is not None


def test_a_report_about_two_governorates_leaves_the_village_unplaced(finder):
    text = ("Shells fell on the village of Qarzal Wadaan at dawn. "
            "Elsewhere, aircraft struck Saraqib while clashes went on in Palmyra.")
    village = places_of(finder, text)["Qarzal Wadaan"]
    assert village.lat is None and village.admin1 is None


def test_damascus_and_its_countryside_count_as_one_area(finder):
    text = ("A mortar hit central Damascus. Gunmen raided the village of Zawr Halbun, "
            "and aircraft pounded Douma and Harasta twice.")
    farm = places_of(finder, text)["Zawr Halbun"]
    assert farm.admin1 == "Rif Dimashq"  # named twice against once
    assert farm.precision == GOVERNORATE_PRECISION


def test_an_agency_dateline_is_no_evidence_of_the_governorate(finder):
    text = ("DAMASCUS (Reuters) - Rockets hit the village of Qarzal Wadaan overnight, "
            "residents of nearby Saraqib said.")
    village = places_of(finder, text)["Qarzal Wadaan"]
    assert village.admin1 == "Idlib"


def test_the_headline_governorate_places_a_village_of_a_wider_report(finder):
    text = ("Air raids kill nine near Jisr al-Shughur\n\n"
            "Warplanes struck the village of Qarzal Wadaan at dawn, activists said. "
            "Elsewhere, clashes went on in Palmyra and shells hit Douma.")
    village = places_of(finder, text)["Qarzal Wadaan"]
    assert village.admin1 == "Idlib" and village.precision == GOVERNORATE_PRECISION


def test_a_sentence_naming_another_governorate_overrules_the_headline(finder):
    text = ("Air raids kill nine near Jisr al-Shughur\n\n"
            "Warplanes struck the village of Qarzal Wadaan and the town of Palmyra at dawn.")
    assert places_of(finder, text)["Qarzal Wadaan"].lat is None


def test_a_village_named_again_is_found_again(finder):
    """A name once marked as a place is that place wherever else it is written, placed by
    its governorate or not ("a counterattack to retake X" has no cue of its own)."""
    from observatory.extract.context import DocContext
    from observatory.kb.actors import default_kb

    text = ("Shelling hit the village of Qarzal Wadaan near Saraqib on Monday. "
            "Rebels launched a counterattack to retake Qarzal Wadaan.")
    ctx = DocContext.build(text, None, default_kb(), finder)
    assert [p.start for p in ctx.places if p.mention == "Qarzal Wadaan"] == [
        text.index("Qarzal"), text.rindex("Qarzal")]


def test_another_romanisation_of_a_village_of_the_named_governorate_is_that_village(finder):
    """Khanasir lies 60 km from Aleppo city, farther than the anchor a plain sound-alike needs,
    but the report names its governorate and the name differs from it only in its vowels."""
    text = "Rebels shelled Khonaser, southeast of Aleppo, on Monday."
    place = places_of(finder, text)["Khonaser"]
    assert place.name == "Khanasir" and place.gazetteer_id is not None
    assert place.confidence is not None and place.confidence < 1.0
