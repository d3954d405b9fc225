"""Issue 9, family 9 (one-line reports that yield no event): two families of headline grammar.

An attempt on a life told with a verb or a participle ("gunmen attempt to assassinate a
judge", "attempted assassination of a mayor") is an attack that happened, as its noun
"an assassination attempt" already was; the attempt word used to be read as a plan and drop
it.  Gunfire told in the headline present tense ("opens fire on a crowd", "shoots a farmer
and his sons") and an exchange of fire are events too.  Foiled, plotted and planned attempts,
shots at fighters and drones shot down are not these events.  Sentences are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def at(result: ExtractionResult, kind: str) -> set[str | None]:
    return {e.location.mention if e.location else None for e in result.events if e.sub_event_type == kind}


@pytest.mark.parametrize(("text", "place"), [
    ("Masked gunmen attempt to assassinate a local council member in Nawa", "Nawa"),
    ("Attempted assassination of a police officer by a group of gunmen in Jasim city", "Jasim city"),
    ("Unknown persons tried to assassinate a doctor near Inkhil on Tuesday", "Inkhil"),
    ("Another attempt on the life of a reconciliation sheikh in Da'el", "Da'el"),
])
def test_an_attempt_on_a_life_is_an_attack_at_its_place(extractor, text, place):
    assert place in at(run(extractor, text), "Attack")


@pytest.mark.parametrize("text", [
    "Security forces foil an attempt to assassinate a judge in Nawa",
    "Police thwart an attempted assassination of a mayor in Jasim city",
    "ISIS cells plan an attempt to assassinate a tribal elder in Inkhil",
])
def test_a_foiled_or_planned_attempt_is_no_attack(extractor, text):
    assert not at(run(extractor, text), "Attack")


@pytest.mark.parametrize(("text", "place"), [
    ("Militiamen open fire on a crowd of mourners in Sanamayn", "Sanamayn"),
    ("Gunmen rob a merchant and shoot his two sons in the town of Tafas", "Tafas"),
])
def test_headline_gunfire_at_people_is_an_attack(extractor, text, place):
    assert place in at(run(extractor, text), "Attack")


@pytest.mark.parametrize("text", [
    "Air defences shoot down a drone over Masyaf",
    "Police warn they will open fire on smugglers near Tafas",
    "Gunmen shoot a soldier of the regime forces in Jasim",
])
def test_shots_down_at_drones_or_threatened_are_no_attack_on_civilians(extractor, text):
    assert not at(run(extractor, text), "Attack")


@pytest.mark.parametrize(("text", "place"), [
    ("Exchange of fire between two local armed groups in Sanamayn", "Sanamayn"),
    ("Rival factions exchange gunfire in the center of Jasim city", "Jasim city"),
])
def test_an_exchange_of_fire_is_a_clash(extractor, text, place):
    assert place in at(run(extractor, text), "Armed clash")


def test_an_exchange_of_prisoners_is_no_clash(extractor):
    assert not run(extractor, "Exchange of prisoners between two armed groups in Sanamayn").events


def test_fire_as_part_of_a_compound_word_is_no_exchange_of_fire(extractor):
    """ "an exchange of fire-damaged cars" trades goods, it is no gunfight."""
    found = run(extractor, "Two councils agree an exchange of fire-damaged cars in Tall Hamis")
    assert "Armed clash" not in {event.sub_event_type for event in found.events}
