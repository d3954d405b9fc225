"""Event types and actors the extractor over-generated on reports it was not tuned on
(issue 9, families 4, 7 and 8; brief s22-types): war history told as a span of years or
recalled by a bare month, a ground force that "struck" a group, a bomb attack read as
shelling, and a generic noun that only says whose men they were.  Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.actor_mentions import resolve_actors
from observatory.extract.pipeline import Extractor
from observatory.kb.actors import ActorKB, default_kb
from observatory.models import Document, ExtractionResult


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return default_kb()


def run(extractor: Extractor, text: str, published: str = "2019-05-22", title: str | None = None) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published, title=title))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


def actors(result: ExtractionResult) -> set[str]:
    return {a.name for e in result.events for a in e.actors}


# -- history told as a span of years, or recalled by a bare month -----------------------

LEAD = "Regime shelling killed five civilians in the town of Kafr Halab on Tuesday, medics said. "


@pytest.mark.parametrize("background", [
    "Local factions have been battling government troops around the town for seven years.",
    "Clashes between the army and the factions flared around the plain in the last three years.",
    "Its people have lived through years of fighting between the rival brigades.",
    "In May, an ambush by the factions killed a dozen soldiers near the same road.",
    "In early May a clash between two brigades left four fighters dead outside the town.",
])
def test_history_adds_no_battle(extractor: Extractor, background: str) -> None:
    """(A bare month recalls an earlier episode even within the month of publication.)"""
    result = run(extractor, LEAD + background, published="2019-05-29")
    assert "Shelling/artillery/missile attack" in types(result)
    assert "Armed clash" not in types(result)


def test_a_dated_clash_of_the_report_stays(extractor: Extractor) -> None:
    result = run(extractor, LEAD + "On Tuesday the factions also clashed with the army near the mill of Tell Sabin.")
    assert "Armed clash" in types(result)


def test_a_month_with_its_day_is_still_news(extractor: Extractor) -> None:
    result = run(extractor, "In May 20 clashes between the army and the factions near Tell Sabin killed nine fighters.",
                 published="2019-05-21")
    assert "Armed clash" in types(result)


# -- a ground force that "struck" is no air strike --------------------------------------

@pytest.mark.parametrize("text", [
    "The Syrian army struck a group of militants who had attacked a checkpoint near Wadi Ruz on Monday.",
    "Turkish troops struck positions of the Kurdish fighters with tank fire near Kafr Jamal on Monday.",
])
def test_ground_forces_striking_are_no_air_strike(extractor: Extractor, text: str) -> None:
    assert "Air/drone strike" not in types(run(extractor, text))


def test_syrian_warplanes_striking_are_an_air_strike(extractor: Extractor) -> None:
    result = run(extractor, "Syrian warplanes struck the village of Kafr Amma on Monday, killing three civilians.")
    assert "Air/drone strike" in types(result)


# -- a bomb attack in a headline is a bomb, not shelling ---------------------------------

def test_a_headline_bomb_attack_is_no_shelling(extractor: Extractor) -> None:
    result = run(extractor, "Twin bomb attack kills 14 in Tell Hamis as IS claims it",
                 title="Twin bomb attack kills 14 in Tell Hamis as IS claims it")
    assert "Shelling/artillery/missile attack" not in types(result)


# -- a generic noun after a named side is that side's men --------------------------------

@pytest.mark.parametrize("text, named", [
    ("Coalition drones killed six Nusra gunmen near Kafr Dael.", "HTS: Hayat Tahrir al-Sham"),
    ("Rebel gunmen stopped a bus on the road to Abu Duhur.", "Syrian Rebels"),
])
def test_generic_noun_after_a_named_side_is_no_second_party(kb: ActorKB, text: str, named: str) -> None:
    names = [m.name for m in resolve_actors(text, kb)]
    assert named in names
    assert "Unidentified Armed Group" not in names


def test_unknown_gunmen_stay_unidentified(kb: ActorKB) -> None:
    names = [m.name for m in resolve_actors("Rebels said unknown gunmen shot a baker in Maarzaf.", kb)]
    assert "Unidentified Armed Group" in names
