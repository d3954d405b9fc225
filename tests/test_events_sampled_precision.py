"""Event types a sample of real reports showed the extractor emitting where a monitor codes
none (issue 9, family 8; brief s26-types): an event of another country's war told as
context, fighting that only describes who someone is or what the war has been like, an
assault a side "has launched" from a place over time, shelling done by a drone, and a
monitoring group's name read as a killing.  Sentences, names and numbers are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.triggers import TriggerDataError, load_lexicon
from observatory.models import Document, ExtractionResult

LEAD = "Government rockets killed three people in the town of Kafr Nubl on Thursday, medics said. "


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-09"))


def types(result: ExtractionResult) -> set[str]:
    return {e.sub_event_type for e in result.events}


# -- another country's war ---------------------------------------------------------------

@pytest.mark.parametrize("elsewhere", [
    "Across the border in Iraq, the army said it repelled an attack by jihadists on army positions on Thursday.",
    "The alliance is also backing a two-week-old offensive by Iraqi troops on the militants' bastion of Tal Afar.",
])
def test_an_event_of_the_war_in_iraq_is_context(extractor: Extractor, elsewhere: str) -> None:
    result = run(extractor, LEAD + elsewhere)
    assert types(result) == {"Shelling/artillery/missile attack"}
    assert all(e.location is None or e.location.country != "IQ" for e in result.events)


def test_a_clause_with_a_syrian_and_an_iraqi_place_keeps_the_syrian_one(extractor: Extractor) -> None:
    result = run(extractor, "Coalition jets struck Shaddadi and Tal Afar on Thursday, killing six people.")
    strikes = [e for e in result.events if e.sub_event_type == "Air/drone strike"]
    assert [e.location.country for e in strikes if e.location] == ["SY"]


@pytest.mark.parametrize("text", [
    "The Islamic State in Iraq and the Levant executed at least 12 men at a gas field in Deir Ezzor on Thursday.",
    "Fierce clashes broke out on Thursday on the outskirts of Homs with the jihadists, who lead an offensive in Iraq.",
    "At least 20 fighters of the group operating in Iraq and Syria died in clashes in northeastern Syria on Thursday.",
])
def test_iraq_in_a_name_or_an_aside_keeps_the_syrian_event(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).events


def test_a_syrian_town_on_the_border_with_iraq_keeps_its_battle(extractor: Extractor) -> None:
    result = run(extractor, "Clashes broke out on Thursday near Albu Kamal on the border with Iraq, killing five fighters.")
    assert "Armed clash" in types(result)


def test_fire_that_lands_across_a_border_stays_an_event(extractor: Extractor) -> None:
    """A neighbour at peace is not another war: rockets from Syria landing in a Turkish town are news."""
    result = run(extractor, "Rockets fired from Syria hit the Turkish town of Kilis on Thursday, wounding four people.")
    assert "Shelling/artillery/missile attack" in types(result)


def test_other_theatres_must_be_country_codes(tmp_path) -> None:
    bad = tmp_path / "triggers.yaml"
    bad.write_text("other_theatres: [Iraq]\nfamilies: []\n", encoding="utf-8")
    with pytest.raises(TriggerDataError, match="triggers.yaml"):
        load_lexicon(str(bad))


# -- fighting that describes someone, or the war as a whole ---------------------------------

@pytest.mark.parametrize("description", [
    "In Amman, about 150 people marched in support of the tribes who are fighting against the jihadists.",
    "Much of the fighting has been marked by indiscriminate bombardment of markets across the north.",
    "The battle for the province has been characterized by sieges and starvation.",
])
def test_description_of_fighting_is_no_battle(extractor: Extractor, description: str) -> None:
    assert "Armed clash" not in types(run(extractor, LEAD + description))


def test_where_the_days_fighting_was_focused_is_a_battle(extractor: Extractor) -> None:
    text = LEAD + "Much of the fighting was focused on the southern front, where the brigades stormed two army posts."
    assert "Armed clash" in types(run(extractor, text))


def test_how_a_campaign_has_been_waged_is_no_event(extractor: Extractor) -> None:
    text = LEAD + "The push on the valley has been backed by Russian air strikes and a battery of howitzers."
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}
    assert len(run(extractor, text).events) == 1


def test_a_running_total_since_a_month_is_no_event(extractor: Extractor) -> None:
    text = ("Warplanes struck Maarat Harma on Thursday, killing four people. More than 200 civilians have been "
            "killed in the town since January as the army has shelled its markets and schools.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_a_toll_since_a_weekday_keeps_its_shelling(extractor: Extractor) -> None:
    text = ("Warplanes struck Maarat Harma on Thursday, killing four people. Six civilians have been killed "
            "in army shelling on the town since Tuesday.")
    assert "Shelling/artillery/missile attack" in types(run(extractor, text))


def test_a_place_told_by_what_a_side_has_launched_from_it(extractor: Extractor) -> None:
    text = LEAD + ("Jets also pounded the farms south of Kafr Nubl from which the brigades have "
                   "launched assaults on army checkpoints.")
    result = run(extractor, text)
    assert "Armed clash" not in types(result)
    assert "Air/drone strike" in types(result)


def test_an_assault_launched_today_is_still_a_battle(extractor: Extractor) -> None:
    result = run(extractor, LEAD + "The brigades launched an assault on army checkpoints south of Kafr Nubl on Thursday.")
    assert "Armed clash" in types(result)


# -- the weapon of the event ------------------------------------------------------------

def test_shelling_by_a_drone_is_an_air_strike(extractor: Extractor) -> None:
    text = "The group's agency released footage of what it called shelling on Thursday by a US drone on Shaddadi."
    assert types(run(extractor, text)) == {"Air/drone strike"}


def test_shelling_by_ground_forces_stays_shelling(extractor: Extractor) -> None:
    text = "Shelling on Thursday by government troops on Shaddadi killed two shepherds."
    assert types(run(extractor, text)) == {"Shelling/artillery/missile attack"}


# -- a monitor's name -------------------------------------------------------------------

def test_a_monitoring_groups_name_is_no_killing(extractor: Extractor) -> None:
    text = ("Warplanes struck the village of Hazima on Thursday, killing four people, "
            "the activist group Raqqa is Being Silently Slaughtered said.")
    assert types(run(extractor, text)) == {"Air/drone strike"}


# -- a point that is no military target ----------------------------------------------------

def test_an_attack_at_a_transit_point_is_no_battle(extractor: Extractor) -> None:
    text = ("Rescuers were still pulling bodies on Thursday from the attack at a transit point west of Hama "
            "where the evacuees' buses had stopped.")
    assert "Armed clash" not in types(run(extractor, text))


@pytest.mark.parametrize("points", ["military points of the army", "points of the army"])
def test_an_attack_on_a_sides_points_is_a_battle(extractor: Extractor, points: str) -> None:
    text = f"The factions attacked {points} near Morek on Thursday, killing six soldiers."
    assert "Armed clash" in types(run(extractor, text))


# -- a fight not yet begun ------------------------------------------------------------------

@pytest.mark.parametrize("later", [
    "Warplanes struck Maarat Harma on Thursday, killing four people, but the assault on the town has yet to begin.",
    "Warplanes struck Maarat Harma on Thursday, killing four people. The offensive on the valley is expected to start soon.",
    "Warplanes struck Maarat Harma on Thursday, killing four people. The battle for the valley will begin after the truce.",
])
def test_a_fight_not_yet_begun_is_no_battle(extractor: Extractor, later: str) -> None:
    assert types(run(extractor, later)) == {"Air/drone strike"}


def test_an_assault_launched_on_the_day_is_a_battle(extractor: Extractor) -> None:
    text = "Warplanes struck Maarat Harma on Thursday, killing four people. The brigades began an assault on the town on Thursday."
    assert "Armed clash" in types(run(extractor, text))


def test_a_trigger_condition_may_be_a_list(tmp_path) -> None:
    from observatory.extract.triggers import load_triggers

    data = tmp_path / "triggers.yaml"
    data.write_text("families:\n  - sub_event_type: Armed clash\n    event_type: Battles\n    triggers:\n"
                    "      - {pattern: 'sieges?', unless: ['lifted', 'ended']}\n", encoding="utf-8")
    (trigger,) = load_triggers(str(data))
    assert trigger.unless is not None
    assert trigger.unless.search("the siege was lifted") and trigger.unless.search("the siege ended")
    assert not trigger.unless.search("the siege tightened")
