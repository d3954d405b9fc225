"""Two ways a report's known city wrongly wins over the place it locates.

A capital standing for its government ("the government in Damascus") is no evidence of
where the report is, so it does not make a quarter of the report's city the namesake
near the capital.  A bearing softened by an adverb ("just west of the city of Y",
"roughly 12 km west of Y") still makes Y a landmark of the place before it."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.models import Document, Place
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def placed(finder: PlaceFinder, text: str, mention: str) -> Place:
    return next(m.place for m in finder.find(text, split_sentences(text)) if m.mention.startswith(mention))


def event_places(extractor: Extractor, text: str) -> list[Place]:
    result = extractor.extract(text, Document(id="t", published="2016-05-02"))
    return [e.location for e in result.events if e.location is not None]


@pytest.mark.parametrize("text", [
    "Jets pounded the eastern districts of Aleppo on Monday. Rights groups said the regime in Damascus "
    "wanted a victory before the talks. The strikes hit the Marjeh neighbourhood, killing eleven.",
    "The government in Damascus ordered new raids on Aleppo. Residents said a market in the Marjeh "
    "neighborhood was destroyed and nine people died.",
    "Opposition activists in Aleppo said the Syrian leadership in Damascus ignored the truce; barrel bombs "
    "fell on the Marjeh district at dawn.",
])
def test_a_capital_named_as_a_government_gives_no_namesake_of_the_reports_quarter(finder, text):
    quarter = placed(finder, text, "Marjeh")
    assert quarter.admin1 != "Rif Dimashq"
    assert quarter.lat is None or quarter.lat > 35.5  # unplaced or in Aleppo, never by Damascus


@pytest.mark.parametrize("text, mention, governorate", [
    ("Mortars fell on the Marjeh neighbourhood of Damascus on Friday, killing two. The government in Damascus "
     "blamed rebels in Eastern Ghouta.", "Marjeh", "Rif Dimashq"),
    ("Regime forces shelled al-Marj in Eastern Ghouta on Tuesday. The government in Damascus said it hit "
     "militant positions.", "al-Marj", "Rif Dimashq"),
])
def test_a_place_the_report_names_beside_the_capital_keeps_its_namesake(finder, text, mention, governorate):
    assert placed(finder, text, mention).admin1 == governorate


def test_the_capital_as_a_place_of_the_event_is_still_the_event_place(extractor):
    text = "Rebels fired rockets at Damascus on Friday, killing three people, and the government in Damascus vowed revenge."
    assert [p.name for p in event_places(extractor, text)] == ["Damascus"]


@pytest.mark.parametrize("text, site", [
    ("Most of the deaths were in the village of Kafr Hamra just west of the city of Aleppo, where 14 people "
     "were killed in an airstrike.", "Kafr Hamra"),
    ("Rebels shelled Kafr Hamra, just outside Aleppo, on Sunday, killing three civilians.", "Kafr Hamra"),
    ("Clashes erupted in Tall Shihab, roughly 12 km west of Daraa, leaving nine fighters dead.", "Tall Shihab"),
    ("Most of the deaths were in the village of Kfeirat just west of the city of Aleppo, where 14 people were "
     "killed in an airstrike.", "Kfeirat"),
])
def test_a_softened_bearing_leaves_its_town_a_landmark(extractor, text, site):
    assert [p.name for p in event_places(extractor, text)] == [site]


@pytest.mark.parametrize("text, site", [
    ("Regime helicopters dropped barrel bombs on Daraa just as talks opened in Geneva, killing eight.", "Dar'a"),
    ("Shelling killed five in Aleppo just hours after the truce began.", "Aleppo"),
    ("Airstrikes hit Saraqib on Monday, some of them near the market, killing seven.", "Saraqib"),
])
def test_a_degree_word_without_a_bearing_locates_nothing(extractor, text, site):
    assert [p.name for p in event_places(extractor, text)] == [site]


@pytest.mark.parametrize("text, mention", [
    ("Warplanes struck Aleppo at dawn. Later they hit the Qalamoun neighbourhood, killing five.", "Qalamoun"),
    ("Rockets fell on Deir Ezzor city on Sunday. The Barada neighbourhood was hit hardest, with three dead.",
     "Barada"),
    ("Jets pounded Homs on Tuesday. Residents said the Ghab quarter was struck twice and four people died.", "Ghab"),
])
def test_a_quarter_of_the_storys_city_is_no_far_region_of_its_name(finder, text, mention):
    quarter = placed(finder, text, mention)
    assert quarter.feature == "neighbourhood" and quarter.gazetteer_id is None


@pytest.mark.parametrize("text, mention, name", [
    ("Kurdish forces entered Raqqa city on Monday. Fighting also spread to the Tall Abyad district, where six died.",
     "Tall Abyad", "Tell Abyad District"),
    ("The army pounded Homs on Friday. Rebel shells also fell on the Duma neighbourhood near Damascus.",
     "Duma", "Duma"),
    ("Shells hit Jaramana, a suburb of Damascus. Later the Qalamoun area was bombed.", "Qalamoun", "Qalamoun"),
])
def test_a_district_or_a_region_near_the_story_keeps_its_gazetteer_place(finder, text, mention, name):
    assert placed(finder, text, mention).name == name
