"""Control claims of issue 9, round 7 (brief ctl3), from a third held-out file of invented
reports written before the change (bench/data/control_heldout3.jsonl), in the families a
judged sample of FA-KES sentences and UCDP headlines showed missing: an advance told by its
bearing from a named town ("ISIS advances south of X"; from a city, its countryside); a time between a passive
expulsion and its "from" ("were driven on Sunday from X"); "overrunning X"; a named site
lost "to" a side ("lost the X airbase to IS"); a counted, unnamed piece of a named place
("seized a number of buildings in the west of X"); a side that "moved into" a place.  A
river is no place a side takes; people driven from a town are no side losing it.  Sentences and names below are new, not the file's."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-10-25"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None]]:
    return [(c.place.mention, c.gained_by) for c in result.control_changes]


ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"
IS = "Islamic State"
SDF = "SDF: Syrian Democratic Forces"


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Islamic State fighters advance north of Al-Qaryatayn and surprise the army at dawn", "Al-Qaryatayn", IS),
    ("The Syrian army advanced again southeast of Mhardeh on Tuesday.", "Mhardeh", ARMY),
    ("Kurdish-led SDF units advanced east of Al-Shaddadi overnight, the coalition said.", "Al-Shaddadi", SDF),
])
def test_an_advance_told_by_its_bearing_from_a_place(extractor: Extractor, text: str, place: str,
                                                      gainer: str) -> None:
    assert (place, gainer) in claims(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Government forces advance northwest of Hama and shell the countryside of Idlib",
    "IS fighters advanced east of Homs overnight, cutting a desert road.",
])
def test_a_bearing_from_a_city_is_its_countryside(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []


def test_a_bearing_from_a_city_named_as_such_is_on_it(extractor: Extractor) -> None:
    text = "Government forces advanced south of Hama city on Sunday."
    assert ("Hama city", ARMY) in claims(run(extractor, text))


def test_a_bearing_without_an_armed_side_is_no_advance(extractor: Extractor) -> None:
    """The same bearing with an armed side is an advance: only the side makes the difference."""
    armed = "Kurdish fighters advanced east of Tell Salhab on Tuesday."
    weather = "The weather front advanced east of Tell Salhab on Tuesday, bringing heavy rain."
    assert [m for m, _ in claims(run(extractor, armed))] == ["Tell Salhab"]
    assert claims(run(extractor, weather)) == []


@pytest.mark.parametrize("text", [
    "The jihadists were expelled on Monday from Al-Shaddadi by the Syrian Democratic Forces.",
    "IS militants were driven two days ago from Al-Shaddadi by the SDF after heavy clashes.",
])
def test_a_time_between_an_expulsion_and_its_place(extractor: Extractor, text: str) -> None:
    assert ("Al-Shaddadi", SDF) in claims(run(extractor, text))


def test_overrunning_a_village(extractor: Extractor) -> None:
    text = "Rebel factions struck army lines at night, overrunning the village of Ma'an by morning."
    assert ("Ma'an", REBELS) in claims(run(extractor, text))


def test_a_named_airbase_lost_to_a_side(extractor: Extractor) -> None:
    text = "Government troops lost the Kuweires airbase to Islamic State militants on Monday."
    assert [(m, g) for m, g in claims(run(extractor, text)) if m and "Kuweires" in m] == [
        ("Kuweires airbase", IS)]


def test_a_counted_unnamed_piece_of_a_named_town(extractor: Extractor) -> None:
    text = "Rebel fighters seized a number of buildings in the eastern part of Mhardeh on Monday."
    assert ("Mhardeh", REBELS) in claims(run(extractor, text))


def test_a_side_that_moved_into_the_town_its_foes_left(extractor: Extractor) -> None:
    text = ("Opposition gunmen were bussed out of Tell Mardikh under a surrender deal on Saturday. "
            "Government troops then moved into the village.")
    assert ("Tell Mardikh", ARMY) in claims(run(extractor, text))


@pytest.mark.parametrize("text", [
    "Government troops advanced east of the Euphrates on Sunday, a military source said.",
    "Pro-government militias advanced to the Euphrates on Thursday, a commander said.",
    "Government troops took control of the Euphrates River on Sunday, a military source said.",
])
def test_a_river_is_no_place_an_advance_takes(extractor: Extractor, text: str) -> None:
    assert [m for m, _ in claims(run(extractor, text)) if m and "Euphrates" in m] == []


@pytest.mark.parametrize("text", [
    "Hundreds of residents were driven out of Ain Issa by the SDF on Friday.",
    "Dozens of families were forced on Friday out of Ain Issa by Turkish-backed rebels.",
])
def test_people_driven_from_a_town_are_no_side_losing_it(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []
