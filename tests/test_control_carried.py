"""Control claims whose gainer or places sit outside the verb's own sentence (issue 9,
s22): a pronoun or bare-noun subject carried from the sentence before, a passive capture
with no "by" whose side the report named just before or alongside it, an unnamed object
whose villages the next sentence lists, an advance "to within" a distance of a town; and
the look-alikes that are no change (a side moving on from a town, people taken away)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def claims(result: ExtractionResult) -> list[tuple[str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.change) for c in result.control_changes]


@pytest.mark.parametrize("second", [
    "They seized Tal Jijan after six hours of fighting.",
    "They shelled the hill overnight and seized Tal Jijan at dawn.",
    "The fighters then seized Tal Jijan, the monitor said.",
])
def test_a_pronoun_subject_takes_the_side_of_the_sentence_before(extractor: Extractor, second: str) -> None:
    result = run(extractor, f"Islamic State militants launched a night attack on army posts east of Hama. {second}")
    assert claims(result) == [("Tal Jijan", "Islamic State", "captured")]


def test_a_pronoun_subject_with_no_side_before_stays_without_a_gainer(extractor: Extractor) -> None:
    result = run(extractor, "Heavy rain fell across the north on Sunday. They seized Tal Jijan at dawn.")
    assert [c.gained_by for c in result.control_changes] == [None] * len(result.control_changes)


def test_a_passive_capture_belongs_to_the_side_that_attacked_in_the_sentence_before(extractor: Extractor) -> None:
    result = run(extractor, "Government troops pressed an offensive against the rebels near Morek on Monday. "
                            "The village of Lahaya was captured by nightfall.")
    assert ("Lahaya", "Military Forces of Syria", "captured") in claims(result)


def test_a_passive_capture_belongs_to_the_side_moving_alongside_it(extractor: Extractor) -> None:
    result = run(extractor, "A command post of the jihadists inside Tabqa was captured as SDF fighters pushed "
                            "into the eastern quarters of the town, the coalition said.")
    assert ("Tabqa", "SDF: Syrian Democratic Forces") in [(p, g) for p, g, _ in claims(result)]


@pytest.mark.parametrize("lead", ["Among the villages, which cover about 40 square kilometres, are",
                                  "The villages include", "Among them were"])
def test_an_unnamed_object_listed_in_the_next_sentence(extractor: Extractor, lead: str) -> None:
    result = run(extractor, "The Syrian army took control of several villages north of Salamiyah on Friday. "
                            f"{lead} Aqarib and Rasm al-Ahmar.")
    assert claims(result) == [("Aqarib", "Military Forces of Syria", "captured"),
                              ("Rasm al-Ahmar", "Military Forces of Syria", "captured")]


def test_a_next_sentence_on_something_else_names_no_villages(extractor: Extractor) -> None:
    result = run(extractor, "The Syrian army took control of several villages north of Salamiyah on Friday. "
                            "Aqarib was shelled by the rebels in the evening.")
    assert claims(result) == []


def test_an_advance_to_within_a_distance_of_a_town(extractor: Extractor) -> None:
    result = run(extractor, "SDF fighters advanced to within four kilometres of Shaddadi on Thursday.")
    assert claims(result) == [("Shaddadi", "SDF: Syrian Democratic Forces", "advanced")]


@pytest.mark.parametrize("text", [
    "The army column pushed east from Palmyra on Monday towards the oil fields.",
    "Rebel convoys pushed north from Idlib after the truce.",
])
def test_moving_on_from_a_town_is_no_capture(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []


def test_people_taken_to_a_town_are_no_capture_of_it(extractor: Extractor) -> None:
    result = run(extractor, "Under the deal hundreds of fighters and their families left Qudsaya "
                            "and the wounded were taken to Idlib.")
    assert ("Idlib", None, "captured") not in claims(result)
    assert "Qudsaya" not in [p for p, g, c in claims(result) if c == "captured"]


def test_a_nearby_village_taken_after_a_camp(extractor: Extractor) -> None:
    result = run(extractor, "Jaish al-Islam fighters overran the army camp and took the nearby village of Hosh Nasri.")
    assert ("Hosh Nasri", "Jaysh al-Islam", "captured") in claims(result)


def test_withdrawing_from_positions_in_a_town_is_a_withdrawal_from_the_town(extractor: Extractor) -> None:
    result = run(extractor, "The rebels began withdrawing from their positions in Kafr Batna overnight.")
    assert [(p, c) for p, _, c in claims(result)] == [("Kafr Batna", "withdrew")]


def test_large_portions_of_a_town_regained(extractor: Extractor) -> None:
    result = run(extractor, "Amid heavy shelling, the rebel factions regain control of large portions of "
                            "Jisreen town in the Ghouta.")
    assert [(g, c) for _, g, c in claims(result)] == [("Syrian Rebels", "recaptured")]


def test_a_second_verb_controlling_large_parts_of_a_district(extractor: Extractor) -> None:
    result = run(extractor, "The regime forces advance with their allies in the south of the capital and "
                            "control large parts of Qadam district.")
    assert [(g, c) for _, g, c in claims(result)] == [("Military Forces of Syria", "captured")]


def test_holding_large_parts_of_an_unnamed_province_is_no_change(extractor: Extractor) -> None:
    assert claims(run(extractor, "Government troops control large parts of the province, a monitor said.")) == []


def test_a_withdrawal_from_positions_around_the_town_named_before(extractor: Extractor) -> None:
    result = run(extractor, "Government troops shelled Qudsaya for a week. The rebels began withdrawing from "
                            "their positions around the town overnight.")
    assert claims(result) == [("Qudsaya", "Military Forces of Syria", "withdrew")]


def test_each_place_of_a_passive_list_with_its_own_province(extractor: Extractor) -> None:
    result = run(extractor, "The army said the village of Khirbet Hamam in Quneitra province and Umm Batna "
                            "in Daraa were taken on Friday.")
    assert [p for p, _, _ in claims(result)] == ["Khirbet Hamam", "Umm Batna"]


def test_a_withdrawal_from_unnamed_positions_takes_no_side_from_the_sentence_before(extractor: Extractor) -> None:
    result = run(extractor, "Coalition jets pounded Mayadin for a week. When the raids began, the jihadists "
                            "withdrew from several of their positions.")
    assert [e.sub_event_type for e in result.events if "territory" in e.sub_event_type] == []


def test_those_villages_are_the_list_of_the_sentence_before(extractor: Extractor) -> None:
    result = run(extractor, "Twelve IS fighters were killed as they tried to enter the rebel-held villages of "
                            "Tal Malid and Hiwar Kalas four kilometres south of the border. The monitor said on "
                            "Sunday that IS fighters had captured those villages in a counter attack.")
    assert claims(result) == [("Tal Malid", "Islamic State", "captured"), ("Hiwar Kalas", "Islamic State", "captured")]


def test_the_abovementioned_villages_with_a_town_only_locating_them(extractor: Extractor) -> None:
    result = run(extractor, "The army clashed with rebels in the villages of Zalin and Tal Bajer east of Morek. "
                            "The troops established control over the abovementioned villages, the statement added.")
    assert [p for p, _, _ in claims(result)] == ["Zalin", "Tal Bajer"]


def test_two_villages_nearby_are_not_the_one_town_named_before(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State attacked Tal Malid on Monday. The group later captured two villages nearby.")
    assert claims(result) == []


@pytest.mark.parametrize("subject", ["Syrian troops and their allies from the Lebanese Hezbollah",
                                     "The Syrian army and its allies from Lebanon's Shiite militia Hezbollah"])
def test_allies_named_after_the_army_are_the_armys_side(extractor: Extractor, subject: str) -> None:
    result = run(extractor, f"{subject} seized Tal Sukkar on Sunday.")
    assert [(p, g) for p, g, _ in claims(result)] == [("Tal Sukkar", "Military Forces of Syria")]


@pytest.mark.parametrize("headline", ["Advances for SDF in Shaddadi countryside",
                                      "Advancement for the SDF in the countryside of Shaddadi and clashes go on"])
def test_a_headline_advance_for_a_side(extractor: Extractor, headline: str) -> None:
    result = run(extractor, headline)
    assert [(g, c) for _, g, c in claims(result)] == [("SDF: Syrian Democratic Forces", "advanced")]


@pytest.mark.parametrize("headline", ["Calm is taking over Hamouriyah town", "Silence is still taking over Douma city"])
def test_calm_taking_over_a_town_is_no_change(extractor: Extractor, headline: str) -> None:
    assert claims(run(extractor, headline)) == []


def test_troops_and_allied_rebels_are_the_troops_side(extractor: Extractor) -> None:
    result = run(extractor, "Turkish troops and allied Syrian rebels took control of al-Bab on Thursday, Ankara said.")
    assert [(p, g) for p, g, _ in claims(result)] == [("al-Bab", "Military Forces of Turkey")]


def test_now_controlling_half_of_a_town_after_fighting(extractor: Extractor) -> None:
    result = run(extractor, "Government forces now control half of Tall Rifaat after two days of fighting.")
    assert [(p, g) for p, g, _ in claims(result)] == [("Tall Rifaat", "Military Forces of Syria")]


@pytest.mark.parametrize("text", [
    "Rebels died trying to reopen the Castello Road, which regime forces severed on Thursday.",
    "Government troops cut the Castello Road on Monday after seizing two hills.",
])
def test_cutting_a_road_is_an_advance_on_it(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == [("Castello Road", "Military Forces of Syria", "advanced")]


@pytest.mark.parametrize("text", ["The army cut off Madaya from the outside world.",
                                  "Rebels cut the power lines to Hama on Friday."])
def test_cutting_off_a_town_or_its_power_is_no_change(extractor: Extractor, text: str) -> None:
    assert claims(run(extractor, text)) == []


@pytest.mark.parametrize("text", [
    "State television said the village of Khirbet Hamam in Quneitra province and Umm Batna in Daraa "
    "were taken on Friday.",
    "SANA reported that the village of Umm Batna was liberated from the terrorists on Tuesday.",
])
def test_a_state_outlet_claims_a_capture_with_no_taker_for_the_government(extractor: Extractor, text: str) -> None:
    result = run(extractor, text)
    assert ("Umm Batna", "Military Forces of Syria") in [(p, g) for p, g, _ in claims(result)]


def test_other_sources_of_a_capture_with_no_taker_name_no_side(extractor: Extractor) -> None:
    result = run(extractor, "Opposition activists said the village of Umm Batna was captured on Tuesday.")
    assert [g for _, g, _ in claims(result)] == [None]
