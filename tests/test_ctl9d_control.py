"""Control changes in the shapes of brief ctl9d (issue 9): a part of a city named with the city
("the Sakhour district of Aleppo": the district changed hands, not Aleppo), a city part taken by
"took", a capture made sure ("consolidated their control over X"), a side's presence told as news
("army units are now in X after the rebels pulled out"), a claim its own sentence reports denied, and a
capture noun in a prospect ("the capture of X would end ..."), with the negatives each must keep silent on."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"


def changes(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    return sorted((c.place.mention or c.place.name, c.gained_by) for c in result.control_changes)


@pytest.mark.parametrize(("text", "part"), [
    ("Loyalist troops captured the Karm al-Jabal district of Aleppo on Monday.", "Karm al-Jabal district"),
    ("Rebels seized the al-Ramouseh quarter of Aleppo at dawn.", "al-Ramouseh quarter"),
    ("Opposition media reported the fall of the Hanano district of Aleppo to the army overnight.", "Hanano district"),
])
def test_a_city_part_changes_hands_not_the_city(extractor: Extractor, text: str, part: str) -> None:
    found = changes(extractor, text)
    assert [name for name, _ in found] == [part]


@pytest.mark.parametrize(("text", "part"), [
    ("Government forces took over the Damascus suburb of Qudsaya on Thursday.", "Qudsaya"),
    ("The army recaptured the Homs district of Khalidiya after a long siege.", "Khalidiya"),
])
def test_a_city_named_before_its_part_only_locates_it(extractor: Extractor, text: str, part: str) -> None:
    assert [name for name, _ in changes(extractor, text)] == [part]


@pytest.mark.parametrize(("text", "district"), [
    ("The army recaptured the Harem district of Idlib on Sunday.", "Harem district"),
    ("Rebels seized the Rastan district of Homs province on Sunday.", "Rastan district"),
    ("The army took the Salqin district of Idlib on Sunday.", "Salqin district"),
])
def test_an_administrative_district_is_taken_and_its_city_or_province_only_locates_it(
        extractor: Extractor, text: str, district: str) -> None:
    assert [name for name, _ in changes(extractor, text)] == [district]


def test_a_list_of_city_parts_keeps_every_part(extractor: Extractor) -> None:
    found = changes(extractor, "The army recaptured the neighbourhoods of Sakhour and Hanano in Aleppo on Sunday.")
    assert found == [("Hanano", ARMY), ("Sakhour", ARMY)]


def test_took_a_named_neighbourhood(extractor: Extractor) -> None:
    assert changes(extractor, "Government troops took the Jobar neighbourhood of Damascus after weeks of fighting.") \
        == [("Jobar neighbourhood", ARMY)]


def test_took_a_neighbourhoods_people_is_no_capture(extractor: Extractor) -> None:
    assert changes(extractor, "The army took the Jobar neighbourhood residents by surprise.") == []


@pytest.mark.parametrize("text", [
    "Government forces consolidated their control over Tafas on Friday as opposition fighters fled south.",
    "The army consolidated its control of Tafas after the last rebels surrendered.",
])
def test_consolidated_control_is_a_capture(extractor: Extractor, text: str) -> None:
    assert ("Tafas", ARMY) in changes(extractor, text)


def test_a_plan_to_consolidate_control_is_no_capture(extractor: Extractor) -> None:
    assert changes(extractor, "The army needs weeks to consolidate control over Tafas.") == []


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Regime troops are now inside Inkhil after rebels there agreed to leave, a local source said.", "Inkhil", ARMY),
    ("Syrian army units are now in Zamalka, where the last fighters boarded buses north on Thursday.", "Zamalka", ARMY),
    ("The rebels are now inside the town of Morek after a dawn assault on army posts.", "Morek", REBELS),
    ("Kurdish fighters are now in Ain Issa, having driven the jihadists out on Sunday.", "Ain Issa",
     "YPG: People's Protection Units"),
    ("Syrian troops are now in Kafr Batna after the rebel fighters left for Idlib on green buses.", "Kafr Batna", ARMY),
])
def test_a_force_now_in_a_place_took_it(extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer) in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "Thousands of displaced civilians are now in Azaz, aid workers said.",
    "The Islamic State leader is now in Raqqa, a source said.",
    "Turkish troops are now in Idlib to set up observation posts.",
    "Russian military police are now in Tal Rifaat to monitor the truce.",
    "Are government forces now in Manbij?",
    # no change told in the sentence: a deployment, a long holding, a leaving from elsewhere
    "Russian troops are now in Qamishli alongside the Kurdish police, a spokesman said.",
    "Turkish forces are now in Afrin province as part of the Sochi agreement.",
    "Hezbollah fighters are now in Yabroud, where they have been based since 2014.",
    "Pro-government fighters are now in Salamiyah, preparing for a push east.",
    "Thousands of rebels are now in Idlib after the fighters left Eastern Ghouta under the evacuation deal.",
    "Government forces are now in Busra al-Sham after talks with tribal elders, state media said.",
])
def test_a_presence_that_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize("text", [
    "The army claimed to have captured the town of Maadan, but Islamic State denied losing any ground.",
    "Rebels claimed that they had seized the village of Kinsabba, a claim the army rejected on Monday.",
    "IS claimed to have taken the village of Tal Jabin, but rebel commanders said they still held it.",
    "Rebels claimed to have taken Tal Mardikh, but the army denied that the village had fallen.",
    "Rebels claimed that they had seized Tal Mardikh, which the army denied on Sunday.",
])
def test_a_claim_denied_in_its_sentence_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Islamic State claimed to have captured the town of Maadan on Friday, its news agency said.",
    "The army captured the town of Maadan, but Islamic State denied losing the nearby airbase.",
    # a claim, then a denial of something else
    "The rebels claimed to have seized the village of Tal Mardikh, but the army denied that its jets had struck a school.",
    "IS claimed to have captured the town of Suran, while the regime rejected a Russian truce plan.",
    "The SDF claimed to have retaken Ghranij, though local tribes disputed the toll.",
])
def test_a_claim_not_denied_or_a_denial_of_something_else_stays(extractor: Extractor, text: str) -> None:
    assert len(changes(extractor, text)) == 1


def test_a_capture_noun_in_a_prospect_is_no_change(extractor: Extractor) -> None:
    assert changes(extractor, "The capture of Hajin by the SDF would end the last IS enclave in the east.") == []


def test_a_modal_in_a_relative_clause_after_the_noun_is_no_prospect(extractor: Extractor) -> None:
    text = "Crowds welcomed the capture of Tal Abyad by Kurdish fighters, who might push on to Ain Issa next."
    assert changes(extractor, text) == [("Tal Abyad", "YPG: People's Protection Units")]


def test_a_capture_months_back_this_year_is_history(extractor: Extractor) -> None:
    assert changes(extractor, "Rebels took the town of Kafr Zita in February this year.") == []
    assert changes(extractor, "Rebels took the town of Kafr Zita in May this year.") == [("Kafr Zita", REBELS)]


@pytest.mark.parametrize(("text", "place", "gainer"), [
    ("Rebels ambushed an army convoy and then managed to capture the town of Morek.", "Morek", REBELS),
    ("Government forces attacked the rebels and went on to capture the town of Harasta.", "Harasta", ARMY),
    ("Rebels fought off the army for hours and succeeded in capturing the hill of Tal Sukayk.", "Tal Sukayk", REBELS),
])
def test_the_subject_of_a_first_verb_takes_the_place_its_second_verb_names(
        extractor: Extractor, text: str, place: str, gainer: str) -> None:
    assert (place, gainer) in changes(extractor, text)


@pytest.mark.parametrize("text", [
    "The army besieged the rebels and then failed in taking the town of Harasta.",
    "The rebels were unsuccessful in capturing the hill of Tal Sukayk despite heavy shelling.",
    "Rebels ambushed an army convoy and then tried to capture the town of Morek.",
])
def test_a_failed_attempt_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize(("text", "place", "gainer", "loser"), [
    ("Turkish-backed rebels have captured the Islamic State stronghold of Qabasin, a commander said.",
     "Qabasin", "SNA: Syrian National Army", "Islamic State"),
    ("The army seized the rebel bastion of Talbiseh on Monday.", "Talbiseh", ARMY, REBELS),
    ("Kurdish forces took the IS stronghold of Manbij after a two-month siege.",
     "Manbij", "YPG: People's Protection Units", "Islamic State"),
])
def test_a_sides_stronghold_taken_is_lost_by_that_side(
        extractor: Extractor, text: str, place: str, gainer: str, loser: str) -> None:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    assert [(c.place.mention or c.place.name, c.gained_by, c.lost_by) for c in result.control_changes] \
        == [(place, gainer, loser)]


@pytest.mark.parametrize("text", [
    "The army captured several villages near the IS stronghold of Raqqa.",
    "Rebels captured an army post on the road to the regime stronghold of Qardaha.",
    "The rebels took the fight to the regime stronghold of Qardaha.",
])
def test_a_stronghold_that_only_locates_is_not_taken(extractor: Extractor, text: str) -> None:
    assert all(name not in ("Raqqa", "Qardaha") for name, _ in changes(extractor, text))


@pytest.mark.parametrize("text", [
    "Rebel artillery took the regime bastion of Jableh under fire overnight.",
    "Rebels took the regime stronghold of Jableh under siege.",
    "The Kurds took the IS stronghold of Shaddadi as their first target.",
])
def test_a_stronghold_taken_under_fire_or_as_a_target_is_not_taken(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


def test_a_site_taken_from_a_stronghold_is_the_site(extractor: Extractor) -> None:
    assert [name for name, _ in changes(extractor, "The SDF seized the Tabqa dam from the IS stronghold of Raqqa.")] \
        == ["Tabqa dam"]
