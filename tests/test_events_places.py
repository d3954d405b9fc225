"""Where events happened: every site a clause names, tolls told without a trigger word,
the towns an evacuation deal empties, and places named for history or as numbers."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2017-11-20") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def located(result: ExtractionResult, sub_type: str) -> set[str]:
    return {e.location.mention for e in result.events if e.sub_event_type == sub_type and e.location}


def test_each_site_a_strike_sentence_counts_its_dead_in(extractor: Extractor) -> None:
    result = run(extractor, "Government warplanes struck Idlib province on Sunday. The raids killed 12 people "
                            "outside the town of Saraqeb and another nine people including four children in the "
                            "town of Maarat al-Numan, the monitor said.")
    assert {"Saraqeb", "Maarat al-Numan"} <= located(result, "Air/drone strike")


def test_a_toll_without_a_trigger_word_locates_the_attack_told_before(extractor: Extractor) -> None:
    result = run(extractor, "Regime air strikes hit the besieged enclave on Sunday. More than 15 civilians were "
                            "killed in Douma on Sunday, rescuers said.")
    assert "Douma" in located(result, "Air/drone strike")
    douma = next(e for e in result.events if e.location and e.location.mention == "Douma")
    assert "Military Forces of Syria" in {a.name for a in douma.actors}


def test_a_toll_in_a_long_report_never_invents_a_kind_of_event(extractor: Extractor) -> None:
    # (a one-line report is different: its toll is the news, see test_events_families family 9)
    result = run(extractor, "Rescuers in the enclave published a new statement on Monday. At least 20 people "
                            "were killed in Douma on Sunday, they said. The statement asked the United Nations "
                            "for medicine.")
    assert result.events == []


def test_towns_an_evacuation_deal_empties_are_its_places(extractor: Extractor) -> None:
    result = run(extractor, "An evacuation deal between the warring sides resumed on Monday. Buses carrying "
                            "some 400 people including fighters left Madaya and Zabadani heading toward Idlib "
                            "province, state media said.")
    assert {"Madaya", "Zabadani"} <= located(result, "Agreement")
    assert "Idlib province" not in located(result, "Agreement")


def test_a_count_of_people_is_not_a_past_year(extractor: Extractor) -> None:
    result = run(extractor, "Under the evacuation deal more than 2000 people were granted safe passage out of "
                            "Madaya on Friday.")
    assert "Madaya" in located(result, "Agreement")


def test_an_earlier_attack_the_report_recalls_is_background(extractor: Extractor) -> None:
    result = run(extractor, "Jihadists attacked an army base near Raqqa on Thursday. The assault comes less "
                            "than two weeks after the jihadists killed 30 guards in an attack on a gas field in "
                            "Homs province.")
    assert all(e.location is None or e.location.name != "Homs" for e in result.events)


def test_a_named_region_keeps_its_own_event_beside_a_town(extractor: Extractor) -> None:
    result = run(extractor, "Regime air strikes killed 10 people in Eastern Ghouta on Sunday. In a separate "
                            "raid warplanes struck Qudsaya on Sunday, killing two.")
    assert {"Eastern Ghouta", "Qudsaya"} <= located(result, "Air/drone strike")


def test_an_unknown_village_is_found_wherever_the_report_repeats_it(extractor: Extractor) -> None:
    result = run(extractor, "Pro-government militias seized the village of Khirbet Jaws on Monday. Rebels "
                            "launched a counterattack to retake Khirbet Jaws on Tuesday.", "2016-06-15")
    assert {c.change for c in result.control_changes if c.place.mention == "Khirbet Jaws"} >= {"captured", "contested"}


@pytest.mark.parametrize("text, not_there", [
    ("Rebels ambushed reinforcements headed for Qabun on Friday, killing six soldiers.", "Qabun"),
    ("A rocket attack on a market killed five people, Homs Governor Talal Barazi said on Friday.", "Homs"),
    ("The YPG cooperates with Damascus, rebels say, and clashes with them erupted in Afrin on Friday.",
     "Damascus"),
])
def test_places_named_as_destinations_or_governments_are_not_sites(extractor: Extractor, text: str,
                                                                   not_there: str) -> None:
    result = run(extractor, text)
    assert all(e.location is None or e.location.mention != not_there for e in result.events)


def test_a_running_tally_for_the_year_is_background(extractor: Extractor) -> None:
    result = run(extractor, "The group is on the back foot after a string of coalition air strikes that have "
                            "killed many of its commanders this year.")
    assert result.events == []


def test_towns_captives_are_moved_to_are_places_of_the_abduction(extractor: Extractor) -> None:
    result = run(extractor, "IS militants kidnapped 200 villagers from the Khabur valley on Monday. Some of the "
                            "abductees were transferred to the town of Shaddadi, activists said.")
    assert "Shaddadi" in located(result, "Abduction/forced disappearance")


def test_people_taken_to_hospital_are_no_abduction(extractor: Extractor) -> None:
    result = run(extractor, "Shelling wounded 12 people in Douma on Monday; the wounded were taken to Damascus.")
    assert "Abduction/forced disappearance" not in {e.sub_event_type for e in result.events}
