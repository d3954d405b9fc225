"""Control grammar beyond a plain "captured X": unknown village names, implied earlier
losses, counterattacks, "taking X" and headline title case."""

from __future__ import annotations

from observatory.extract.name_lists import leading_names, unknown_names
from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2016-06-18"))


def changes(result: ExtractionResult) -> set[tuple[str, str | None, str]]:
    return {(c.place.mention, c.gained_by, c.change) for c in result.control_changes}


def test_unpunctuated_names_split_at_capitals_and_join_generic_heads() -> None:
    text = "Sanei Tal al-Hawa and Kafr Qudsi"
    assert [m.mention for m in unknown_names(text, 0, len(text))] == ["Sanei", "Tal al-Hawa", "Kafr Qudsi"]


def test_an_english_word_ends_a_name_list() -> None:
    text = "Maskana Dibsi and Jirah causing heavy losses"
    assert [m.mention for m in leading_names(text, 0, len(text))] == []
    text = "Maskana Dibsi and Jirah - causing heavy losses"
    assert [m.mention for m in leading_names(text, 0, len(text))] == ["Maskana", "Dibsi", "Jirah"]


def test_names_listed_after_a_dash_each_change_hands(extractor: Extractor) -> None:
    result = run(extractor, "The monitor said on Friday that rebels had captured four hamlets east of Hama from "
                            "government control - Tuwaynat Rahjan and Umm Mayal - after heavy clashes.")
    assert {("Tuwaynat", "Syrian Rebels", "captured"), ("Rahjan", "Syrian Rebels", "captured"),
            ("Umm Mayal", "Syrian Rebels", "captured")} <= changes(result)


def test_unknown_name_before_a_known_one_in_a_list(extractor: Extractor) -> None:
    result = run(extractor, 'State media said the army was able to "restore security" to Beit Sawa Zabadani '
                            'and al-Mashrafa on Tuesday.')
    gained = {place for place, gainer, _ in changes(result) if gainer == "Military Forces of Syria"}
    assert {"Beit Sawa", "Zabadani"} <= gained


def test_taking_a_village_from_a_named_side(extractor: Extractor) -> None:
    result = run(extractor, "IS fighters executed 12 villagers after taking Umm Jerin from the Syrian "
                            "Democratic Forces on Thursday.")
    assert ("Umm Jerin", "Islamic State", "captured") in changes(result)


def test_taking_a_person_hostage_is_no_capture(extractor: Extractor) -> None:
    result = run(extractor, "Gunmen stormed the house on Monday, taking Abu Khalil hostage.")
    assert result.control_changes == []


def test_retaking_after_losing_implies_the_other_side_took_it_first(extractor: Extractor) -> None:
    result = run(extractor, "Heavy clashes pitted rebels against the army near Hama. Government troops retook "
                            "the village of Maan after losing control of it hours earlier, the monitor said.")
    assert {("Maan", "Military Forces of Syria", "recaptured"), ("Maan", "Syrian Rebels", "captured")} \
        <= changes(result)


def test_a_counterattack_to_retake_a_place_is_contested(extractor: Extractor) -> None:
    result = run(extractor, "Pro-government militias seized the village of Maan on Monday. On Tuesday the "
                            "rebels launched a counterattack to retake Maan, the monitor said.")
    assert ("Maan", None, "contested") in changes(result)


def test_an_offensive_to_capture_a_city_is_only_a_plan(extractor: Extractor) -> None:
    result = run(extractor, "The SDF launched an offensive to capture Raqqa from the jihadists.")
    assert result.control_changes == []


def test_a_title_case_headline_word_is_not_a_village(extractor: Extractor) -> None:
    result = run(extractor, "Militants Execute 9 Civilians after Seizing Syria Village\n\nMilitants executed "
                            "nine civilians in Syria after seizing a village near Manbij, a monitor said.")
    assert all(c.place.name != "Syria" for c in result.control_changes)
    assert all(e.location is None or e.location.name != "Syria" for e in result.events)


def test_giving_up_the_territory_hands_the_place_named_before(extractor: Extractor) -> None:
    result = run(extractor, "IS fighters withdrew from positions north of Hama on Sunday. Activists said the "
                            "group gave up the territory to the Nusra Front.")
    assert ("Hama", "HTS: Hayat Tahrir al-Sham", "withdrew") in changes(result)


def test_a_fight_the_same_days_capture_settled_is_not_contested(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State militants stormed Kuweires air base on Saturday, capturing it from "
                            "government forces. The monitor said fighting raged inside the air base on Saturday.")
    kinds = {change for _, _, change in changes(result)}
    assert "captured" in kinds and "contested" not in kinds


def test_fighting_by_a_named_side_inside_a_taken_town_stays_contested(extractor: Extractor) -> None:
    result = run(extractor, "IS took control of Qaryatayn on Saturday, while regime forces advanced inside "
                            "Qaryatayn on Saturday amid fierce fighting.")
    assert {"captured", "contested"} <= {change for _, _, change in changes(result)}
