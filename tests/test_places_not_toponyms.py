"""Capitalised names that are people or armed groups never reach the toponym queue."""

from __future__ import annotations

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def mentions(finder: PlaceFinder, text: str) -> list[str]:
    return [m.mention for m in finder.find(text, split_sentences(text))]


@pytest.mark.parametrize("text, person", [
    ("Shells fell on Saraqib overnight. Hamdan added that a school had burned.", "Hamdan"),
    ("Aircraft struck Saraqib at noon, said the doctor Wafiq Rabia.", "Rabia"),  # also a village's name
])
def test_a_quoted_person_is_no_place(finder, text, person):
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert not any(person in m for m in found)


def test_a_village_whose_residents_speak_is_still_a_place(finder):
    text = "Residents of Kafr Zibdeen said the shelling went on for hours."
    assert any("Kafr Zibdeen" in m for m in mentions(finder, text))


@pytest.mark.parametrize("group", ["Suqour al-Wadi", "Soqur al-Jabal", "Ansar al-Wadi"])
def test_an_armed_group_is_no_place(finder, group):
    """Group names sound like villages ("Suqour" like a quarter of Aleppo)."""
    text = f"Clashes continue between the regime and {group} in Saraqib."
    found = mentions(finder, text)
    assert "Saraqib" in found
    assert not any(group.split()[0] in m for m in found)


@pytest.mark.parametrize("text, town", [
    ("Coalition jets hit Al-Mayadeen overnight, killing 12 civilians.", True),
    ("Government troops entered the town, Al-Mayadeen TV reported.", False),
    ("Clashes went on near Raqqa, according to Al-Mayadeen.", False),
])
def test_a_channel_named_after_a_town_is_the_town_unless_it_reports(text, town):
    from observatory.extract.actor_mentions import organisation_spans

    at = text.index("Al-Mayadeen")
    masked = any(a <= at < b for a, b in organisation_spans(text))
    assert masked is not town
