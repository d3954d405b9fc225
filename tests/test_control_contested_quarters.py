"""Contested control (issue 9): fighting told inside a
place's parts named by bearing or age ("street fighting in the eastern districts of X", "clashes in the
old quarters of X") and a fight told as going on over a place ("the two sides are fighting over X")
leave the place contested; with the negatives a careless rule would misread (shelling or a bomb in a
district, a blaze or the wounded "fought" in one, fighting near or on the outskirts of a place, a vow
to fight, a quarrel over a thing)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def changes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    result = extractor.extract(text, Document(id="t", published="2016-10-18"))
    return sorted((c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes)


@pytest.mark.parametrize(("text", "place"), [
    ("Fierce street fighting continued in the eastern districts of Sarmin overnight, a monitor said.", "Sarmin"),
    ("Clashes with army units raged for hours in the northern quarters of Talbiseh, activists said.",
     "Talbiseh"),
    ("Clashes went on for a second day in the old quarters of Busra al-Sham, the Observatory said.",
     "Busra al-Sham"),
    ("Heavy fighting erupted in the south-western districts of Mayadin as the army pushed in, Reuters reported.",
     "Mayadin"),
])
def test_fighting_in_a_places_districts_or_quarters_is_contested(extractor: Extractor, text: str,
                                                                 place: str) -> None:
    assert (place, None, "contested") in changes(extractor, text)


@pytest.mark.parametrize(("text", "place"), [
    ("Kurdish fighters and Islamic State militants are fighting over Tal Abyad, ANHA reported.", "Tal Abyad"),
    ("Government forces and HTS were still battling over Abu al-Duhur on Friday, Enab Baladi said.",
     "Abu al-Duhur"),
])
def test_a_fight_going_on_over_a_place_is_contested(extractor: Extractor, text: str, place: str) -> None:
    assert changes(extractor, text) == [(place, None, "contested")]


def test_sides_fighting_inside_a_place_still_leave_it_contested(extractor: Extractor) -> None:
    text = "Rebels and army units were fighting inside Kafr Takharim on Thursday, activists said."
    assert changes(extractor, text) == [("Kafr Takharim", None, "contested")]


@pytest.mark.parametrize("text", [
    "Government artillery shelled the eastern districts of Sarmin overnight, activists said.",
    "A car bomb went off in the old quarters of Busra al-Sham, killing five people, the Observatory said.",
    "Clashes broke out near Talbiseh on Sunday, local activists said.",
    "Fighting continued on the outskirts of Mayadin on Tuesday, a monitor said.",
    "The rebels vowed to fight over every inch of Tal Abyad, a spokesman said.",
    "The two factions are fighting over the revenue of the border crossing, Enab Baladi reported.",
    "Firefighters fought a blaze for hours in the southern quarters of Talbiseh on Sunday, civil defence said.",
    "Doctors fought to save the wounded in the eastern districts of Sarmin, activists said.",
    "Civil defence crews were fighting a fire inside Kafr Takharim after the air strike, the White Helmets said.",
    "Volunteers spent the night fighting the huge blazes within the old market of Ariha.",
])
def test_fire_arson_distance_vows_and_quarrels_are_silent(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []
