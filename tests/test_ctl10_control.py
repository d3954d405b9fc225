"""Control changes in shapes round 11 (brief ctl10) read: a headline's present tense ("X falls
to Y", "Y loses X to Z") and a share of a place taken ("seized two-thirds of X", "captured 85% of
the town of X", "now hold 70 percent of X after advancing"), with the precision guards each
must keep (a modal "lose", a death toll a side "loses", a share held as background)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-04-18"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str | None]]:
    return [(c.place.mention or c.place.name, c.gained_by, c.lost_by) for c in result.control_changes]


def test_a_headline_place_that_falls_to_a_side_is_taken_by_it(extractor: Extractor) -> None:
    result = run(extractor, "Maskanah falls to Syrian government forces")
    assert [(p, g) for p, g, _ in changes(result)] == [("Maskanah", "Military Forces of Syria")]


def test_a_headline_place_that_falls_into_the_hands_of_a_side(extractor: Extractor) -> None:
    result = run(extractor, "Tal Abyad falls into the hands of the Kurdish YPG")
    assert [(p, g) for p, g, _ in changes(result)] == [("Tal Abyad", "YPG: People's Protection Units")]


def test_a_side_that_loses_a_place_to_another_is_its_loser(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State loses Manbij to the US-backed SDF")
    assert changes(result) == [("Manbij", "SDF: Syrian Democratic Forces", "Islamic State")]


def test_plural_lose_in_a_headline_is_a_loss_too(extractor: Extractor) -> None:
    result = run(extractor, "Rebels lose control of Khan Tuman to the army after a night of fighting")
    assert changes(result) == [("Khan Tuman", "Military Forces of Syria", "Syrian Rebels")]


@pytest.mark.parametrize("text", [
    "The opposition could lose Kafr Nabuda to the army within days, analysts warned.",
    "The rebels did not lose Lataminah to the regime despite three days of shelling, a commander said.",
    "The factions are about to lose Khan Shaykhun to the regime, activists fear.",
    "The SDF loses 12 fighters to an IS ambush near Tabqa",
])
def test_a_loss_foretold_denied_or_of_men_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The rebels seized two-thirds of the town of Kafr Zita on Friday.", "Kafr Zita", "Syrian Rebels"),
    ("Government troops captured 85% of the town of Qalaat al-Madiq after a day of fighting.",
     "Qalaat al-Madiq", "Military Forces of Syria"),
    ("Hayat Tahrir al-Sham took control of about three-quarters of Maarat al-Numan on Sunday.",
     "Maarat al-Numan", "HTS: Hayat Tahrir al-Sham"),
])
def test_a_share_of_a_place_taken_is_ground_taken_in_it(extractor: Extractor, text: str, place: str,
                                                        gainer: str) -> None:
    assert [(p, g) for p, g, _ in changes(run(extractor, text))] == [(place, gainer)]


def test_a_share_a_side_now_holds_after_advancing_is_a_gain(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces now hold about 70 percent of Khan Shaykhun after advancing from the north.")
    assert [(p, g) for p, g, _ in changes(result)] == [("Khan Shaykhun", "Military Forces of Syria")]


@pytest.mark.parametrize("text", [
    "IS controls more than 60 percent of Deir Ezzor city, most of which has been in its hands since 2013.",
    "Kurdish fighters, who hold about half of Hasakah city, arrested two men on Monday.",
])
def test_a_share_held_as_background_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "“Liberating Morek” campaign enters its third week",
    "Liberate Kafr Zita operation kills 22 civilians, monitor says",
])
def test_an_operation_named_by_a_control_verb_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


def test_an_operation_named_in_a_relative_clause_leaves_the_capture_told(extractor: Extractor) -> None:
    result = run(extractor, "The SDF, which launched the “Free Raqqa” campaign, seized Mansoura on Sunday.")
    assert [p for p, _, _ in changes(result)] == ["Mansoura"]


@pytest.mark.parametrize(("text", "place"), [
    ('The ministry said its units had "liberated Morek from the gunmen" after days of clashes.', "Morek"),
    ('Opposition fighters said they "took full control of Halfaya" late on Tuesday.', "Halfaya"),
    ("Rebels Liberate Halfaya In Major Operation", "Halfaya"),
])
def test_a_capture_quoted_short_or_a_headline_operation_is_still_a_capture(extractor: Extractor, text: str,
                                                                          place: str) -> None:
    """Only a title (a gerund or an imperative) before an operation's noun or news names an operation."""
    assert [p for p, _, _ in changes(run(extractor, text))] == [place]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("The rebels advanced in areas on the edge of Halfaya overnight.", "Halfaya", "Syrian Rebels"),
    ("Kurdish fighters seized three more alleys inside Tal Rifaat on Thursday.", "Tal Rifaat",
     "YPG: People's Protection Units"),
    ("Regime forces advance south and northeast of Mayadin city", "Mayadin city", "Military Forces of Syria"),
    ("The factions advance to the entrances of Suran amid intense shelling", "Suran", "Syrian Rebels"),
    ("The army advanced to hills near Kafr Zita on Monday.", "Kafr Zita", "Military Forces of Syria"),
])
def test_a_headline_advance_in_ground_at_a_place_is_an_advance_there(extractor: Extractor, text: str, place: str,
                                                                     gainer: str) -> None:
    assert [(p, g) for p, g, _ in changes(run(extractor, text))] == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "The regime forces try to advance to the outskirts of Kafr Hamra amid intense shelling",
    "Regime warplanes bombed areas at the outskirts of Morek, killing three fighters.",
    "Clashes continue in areas at the outskirts of Morek between the factions and the regime forces",
    "Government forces are preparing to advance to Khan Shaykhun, a source said.",
    "The rebels' advance to Kafr Zita stalled under heavy shelling.",
    "The army's advance to Morek stalled after rebel counterattacks.",
])
def test_an_attempted_advance_or_fire_on_ground_near_a_place_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


def test_ground_taken_in_a_quarter_of_a_town_is_taken_there(extractor: Extractor) -> None:
    result = run(extractor, "Rebel fighters captured several buildings in southern Morek on Thursday.")
    assert [(p, g) for p, g, _ in changes(result)] == [("Morek", "Syrian Rebels")]


@pytest.mark.parametrize("text", [
    "Warplanes struck several buildings in western Kafr Hamra on Monday.",
    "The army shelled hills near Kafr Hamra on Monday.",
])
def test_fire_on_ground_in_or_near_a_place_takes_nothing(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


def test_areas_taken_in_a_governorate_named_are_no_town_taken(extractor: Extractor) -> None:
    """Only areas at a place's outskirts are ground at it: "areas in Idlib" lie in the province."""
    result = run(extractor, "Syrian Troops Take Control of Several Areas in Idlib")
    assert changes(result) == []


@pytest.mark.parametrize("text", [
    "Pro-government militias seized areas around the town of Kafr Zita after clashes with the rebels.",
    "Rebels seized hills near Halfaya on Sunday.",
    "The rebels captured positions in northern Qalamoun on Tuesday.",
])
def test_ground_taken_near_a_town_or_in_a_region_takes_neither(extractor: Extractor, text: str) -> None:
    """Taking areas or hills outside a town is no fall of the town; positions in a region are not all of it."""
    assert changes(run(extractor, text)) == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Kafr Zita was captured in a surprise assault by Jaish al-Izza on Friday.", "Kafr Zita", "Jaysh al-Izza"),
    ("The village of Halfaya was retaken in a counter-offensive by government troops.", "Halfaya",
     "Military Forces of Syria"),
    ("Kafr Nabuda fell to the Syrian army in a heavy setback for the opposition.", "Kafr Nabuda",
     "Military Forces of Syria"),
])
def test_the_side_an_attack_is_made_by_is_the_gainer(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert [(p, g) for p, g, _ in changes(run(extractor, text))] == [(place, gainer)]


@pytest.mark.parametrize("text", [
    "The cost of a litre of diesel in Azaz falls to 900 pounds",
    "The share of pupils attending school in Jarablus falls to 30 percent",
    "Policing the market in Azaz falls to the Levant Front under the new deal.",
    "Jaish al-Izza loses Morek commander to regime sniper fire",
    "IS loses Tabqa emir following an SDF assault",
    "Whoever loses Morek to the regime loses the north, a general warned.",
])
def test_a_figure_a_duty_or_a_man_that_falls_or_is_lost_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(run(extractor, text)) == []


def test_a_headline_place_that_falls_into_a_sides_hands_is_its_gain(extractor: Extractor) -> None:
    result = run(extractor, "Halfaya falls into the hands of the rebels")
    assert [(p, g) for p, g, _ in changes(result)] == [("Halfaya", "Syrian Rebels")]


def test_a_side_that_withdraws_in_a_blow_to_itself_is_the_loser(extractor: Extractor) -> None:
    """The known bug: "in a major blow to the regime" named the regime, which withdrew, as the gainer."""
    result = run(extractor, "Government troops withdrew from Tadef after an Islamic State assault, in a major "
                            "blow to the regime.")
    assert changes(result) == [("Tadef", "Islamic State", "Military Forces of Syria")]


def test_a_withdrawal_dealt_as_a_blow_names_no_gainer_of_its_own(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces withdrew from the town of Morek on Friday, in a heavy blow to the regime.")
    assert [(g, lo) for _, g, lo in changes(result)] == [(None, "Military Forces of Syria")]


def test_a_place_left_to_a_side_is_still_its_gain(extractor: Extractor) -> None:
    result = run(extractor, "The army withdrew from the Jirah airbase in a serious blow to the regime, "
                            "leaving it to the Islamic State.")
    assert [(g, lo) for _, g, lo in changes(result)] == [("Islamic State", "Military Forces of Syria")]
