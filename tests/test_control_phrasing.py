"""Control phrasing beyond "captured X": chained verbs, part of a place, nouns, states,
forced withdrawals, village lists after any of them; and what is not a change of this
report (plans, threats, conditionals, a goal named as a noun)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None, str | None, str]]:
    return [(c.place.mention, c.gained_by, c.lost_by, c.change) for c in result.control_changes]


def test_chained_verbs_impose_control(extractor: Extractor) -> None:
    result = run(extractor, "After two nights of clashes the Syrian Democratic Forces managed to advance and "
                            "impose their full control over the town of Ain Issa, the Observatory said.")
    assert [c[:2] for c in changes(result)] == [("Ain Issa", "SDF: Syrian Democratic Forces")]


def test_establishing_control_over_a_village(extractor: Extractor) -> None:
    result = run(extractor, "Regime troops pressed on and established control over the village of Morek on "
                            "Tuesday after fighting with the factions.")
    assert changes(result)[0][:2] == ("Morek", "Military Forces of Syria")


@pytest.mark.parametrize("part", [
    "the town centre of", "half of", "large areas of", "most of", "nearly 70 percent of", "the eastern part of",
])
def test_part_of_a_place_is_a_change_of_that_place(extractor: Extractor, part: str) -> None:
    result = run(extractor, f"Islamic State fighters seized {part} Hajin on Sunday after a dawn assault.")
    assert [c[:2] for c in changes(result)] == [("Hajin", "Islamic State")]


def test_the_fall_of_a_town_to_a_group(extractor: Extractor) -> None:
    result = run(extractor, "The fall of Tal Tamr to the Islamic State on Monday sent hundreds of families fleeing.")
    assert [c[:2] + c[3:] for c in changes(result)] == [("Tal Tamr", "Islamic State", "captured")]


def test_the_recapture_of_a_town_by_the_army(extractor: Extractor) -> None:
    result = run(extractor, "State television hailed the recapture of Qalaat al-Madiq by the Syrian army on Friday.")
    assert [c[:2] + c[3:] for c in changes(result)] == [("Qalaat al-Madiq", "Military Forces of Syria", "recaptured")]


def test_a_noun_without_agent_takes_the_armed_side_the_sentence_names(extractor: Extractor) -> None:
    result = run(extractor, "The seizure of Kafr Zita on Wednesday allowed government forces to shell "
                            "the road to the north.")
    assert changes(result)[0][:2] == ("Kafr Zita", "Military Forces of Syria")


def test_an_advance_on_a_town(extractor: Extractor) -> None:
    result = run(extractor, "Turkish-backed factions made a rapid advance on Tal Rifaat on Saturday.")
    assert [c[0] for c in changes(result)] == ["Tal Rifaat"]
    assert changes(result)[0][3] == "advanced"


def test_a_stated_holder_is_a_change(extractor: Extractor) -> None:
    result = run(extractor, "The Syrian Democratic Forces are now in full control of Hajin after the last "
                            "Islamic State fighters surrendered.")
    assert changes(result)[0][:2] == ("Hajin", "SDF: Syrian Democratic Forces")


def test_forced_withdrawal_gives_the_place_to_the_attackers(extractor: Extractor) -> None:
    result = run(extractor, "A regime brigade had to pull out of Al-Latamna on Thursday after an assault "
                            "by the rebel factions.")
    assert changes(result) == [("Al-Latamna", "Syrian Rebels", "Military Forces of Syria", "withdrew")]


def test_were_forced_to_withdraw(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters were forced to withdraw from Al-Bukamal under heavy "
                            "bombardment on Wednesday.")
    [(place, _, lost, change)] = changes(result)
    assert (place, lost, change) == ("Al-Bukamal", "Islamic State", "withdrew")


def test_a_list_of_unknown_villages_after_including(extractor: Extractor) -> None:
    result = run(extractor, "Government forces also took villages including Khirbat Qurnafa and Umm Dawali "
                            "while clashes went on nearby.")
    assert [c[:2] for c in changes(result)] == [("Khirbat Qurnafa", "Military Forces of Syria"),
                                               ("Umm Dawali", "Military Forces of Syria")]


def test_battles_raging_in_villages_leave_them_contested(extractor: Extractor) -> None:
    result = run(extractor, "Heavy battles raged in Tall Dhahab and Mazraat Bariqa said the monitor.")
    assert changes(result) == [("Tall Dhahab", None, None, "contested"), ("Mazraat Bariqa", None, None, "contested")]


def test_a_fight_for_control_of_a_named_town_is_contested(extractor: Extractor) -> None:
    result = run(extractor, "Rebels and regime forces have been battling for control of Morek since Monday.")
    assert changes(result) == [("Morek", None, None, "contested")]


def test_a_fight_for_control_of_an_unnamed_city_names_no_place(extractor: Extractor) -> None:
    result = run(extractor, "Aid reached Douma. Its people recall the battle for control of the city.")
    assert changes(result) == []


def test_ground_regained_in_a_plain(extractor: Extractor) -> None:
    result = run(extractor, "Government troops counter-attacked and recovered some lost ground in "
                            "the Sahl al-Ghab on Tuesday.")
    assert [c[1] for c in changes(result)] == ["Military Forces of Syria"]


def test_insurgents_including_a_named_group_are_the_insurgents(extractor: Extractor) -> None:
    result = run(extractor, "Insurgents including the jihadist Nusra Front pushed into the southern edge of "
                            "Khan Tuman overnight.")
    assert changes(result)[0][:2] == ("Khan Tuman", "Syrian Rebels")


def test_passive_takes_the_place_not_its_province(extractor: Extractor) -> None:
    result = run(extractor, "The village of Kafr Zita in Hama province was taken by the rebels on Friday.")
    assert [c[0] for c in changes(result)] == ["Kafr Zita"]


@pytest.mark.parametrize("text", [
    "Pro-government forces could retake Tal Rifaat within days, a commander said.",
    "The Islamic State aims to capture Ain Issa before the winter.",
    "Rebel commanders threatened to storm Morek if the shelling continued.",
    "Washington says the main objective of the campaign is capturing Hajin.",
    "If the factions seize Kafr Zita, the road will be cut.",
])
def test_plans_threats_and_conditionals_are_not_changes(extractor: Extractor, text: str) -> None:
    assert run(extractor, text).control_changes == []


def test_a_noun_for_a_country_s_ruler_is_not_a_place_change(extractor: Extractor) -> None:
    assert run(extractor, "Protesters called for the fall of the government in Damascus.").control_changes == []


def test_a_held_by_adjective_before_the_place(extractor: Extractor) -> None:
    result = run(extractor, "Government troops seized rebel-held Kafr Zita on Sunday after weeks of shelling.")
    assert changes(result)[0][:2] == ("Kafr Zita", "Military Forces of Syria")


def test_more_territory_inside_a_town(extractor: Extractor) -> None:
    result = run(extractor, "The army captured more territory inside Morek on Monday.")
    assert changes(result)[0][:2] == ("Morek", "Military Forces of Syria")


def test_a_bare_participle_right_after_the_place(extractor: Extractor) -> None:
    result = run(extractor, "The district of Al-Latamna seized by the rebels on Monday was shelled on Tuesday.")
    assert changes(result)[0][:2] == ("Al-Latamna", "Syrian Rebels")


def test_things_seized_in_a_place_are_not_the_place(extractor: Extractor) -> None:
    result = run(extractor, "Weapons seized by the rebels in Al-Latamna on Monday were shown on video.")
    assert result.control_changes == []


def test_a_declared_full_control(extractor: Extractor) -> None:
    result = run(extractor, "The army declared on Sunday it has full control of Morek.")
    assert changes(result)[0][:2] == ("Morek", "Military Forces of Syria")


def test_part_of_the_town_just_named(extractor: Extractor) -> None:
    result = run(extractor, "Rebels stormed Morek on Friday. On Saturday the army took control of parts of the town.")
    assert [c[:2] for c in changes(result)] == [("Morek", "Military Forces of Syria")]


def test_a_gerund_or_noun_with_a_conditional_is_a_prospect(extractor: Extractor) -> None:
    text = ("Capturing Tal Rifaat would open the road north. The fall of Ain Issa to the rebels could "
            "cut the highway.")
    assert run(extractor, text).control_changes == []


def test_the_object_of_an_attack_is_not_the_gainer(extractor: Extractor) -> None:
    result = run(extractor, "Syrian army units killed 14 ISIS terrorists and seized the village of Morek.")
    assert changes(result)[0][:2] == ("Morek", "Military Forces of Syria")


def test_a_list_stops_at_a_relative_clause(extractor: Extractor) -> None:
    result = run(extractor, "Hezbollah fighters captured most of Qusayr through which a road runs to Homs.")
    assert [c[0] for c in changes(result)] == ["Qusayr"]


def test_a_second_verb_after_determined_to_is_a_goal(extractor: Extractor) -> None:
    text = ("Ankara said it is determined to press on with the operation and seize Tal Rifaat from the "
            "Kurdish fighters.")
    assert run(extractor, text).control_changes == []


def test_managed_to_and_is_a_real_change(extractor: Extractor) -> None:
    text = "The rebels managed to break the defences and seize Tal Rifaat on Sunday."
    assert [c[:2] for c in changes(run(extractor, text))] == [("Tal Rifaat", "Syrian Rebels")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The village of Morek came under the control of the regime forces on Monday.", ("Morek", "Military Forces of Syria")),
    ("The regime forces expanded their control to include Kafr Zita on Monday.", ("Kafr Zita", "Military Forces of Syria")),
    ("Army units cleared Morek of terrorists on Monday.", ("Morek", "Military Forces of Syria")),
    ("The SDF wrested control of Hajin from ISIS on Monday.", ("Hajin", "SDF: Syrian Democratic Forces")),
    ("Kafr Zita returned to government control on Monday.", ("Kafr Zita", "Military Forces of Syria")),
    ("Army units flushed the jihadists out of Morek on Monday.", ("Morek", "Military Forces of Syria")),
])
def test_state_media_and_monitor_wordings(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert changes(run(extractor, text))[0][:2] == expected


def test_a_place_set_apart_by_except_is_not_the_one_that_changed(extractor: Extractor) -> None:
    text = "All of the town except the eastern quarter of Al-Latamna has returned to government control."
    assert run(extractor, text).control_changes == []


def test_an_advance_and_the_other_side_s_counter_attack_are_two_claims(extractor: Extractor) -> None:
    text = ("Rebels pushed into the southern edge of the Sahl al-Ghab on Monday. Government forces "
            "counter-attacked and recovered some lost ground in the Sahl al-Ghab on Tuesday.")
    assert sorted(c[1] for c in changes(run(extractor, text))) == ["Military Forces of Syria", "Syrian Rebels"]


def test_a_neighbour_s_war_is_not_a_change_of_this_report(extractor: Extractor) -> None:
    text = ("The SDF seized Hajin on Friday, while Iraqi forces backed by coalition jets have retaken "
            "the cities of Ramadi and Fallujah in Anbar province.")
    assert [c[0] for c in changes(run(extractor, text))] == ["Hajin"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The factions regained the control of Morek after clashes with the regime forces.", ("Morek", "Syrian Rebels")),
    ("The regime forces managed to advance and control Kafr Zita on Monday.", ("Kafr Zita", "Military Forces of Syria")),
    ("The SDF completed its control over Hajin on Monday.", ("Hajin", "SDF: Syrian Democratic Forces")),
    ("HTS captured several positions inside Morek on Monday.", ("Morek", "HTS: Hayat Tahrir al-Sham")),
])
def test_monitor_report_wordings(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    assert changes(run(extractor, text))[0][:2] == expected


def test_a_second_infinitive_is_as_unreal_as_the_first(extractor: Extractor) -> None:
    assert run(extractor, "Rebels are fighting to reach and control Morek.").control_changes == []


@pytest.mark.parametrize("text", [
    "The fall of Morek, Kafr Zita and Umm Hartein to the rebels on Sunday shocked Damascus.",
    "The rebels are now in control of Morek, Kafr Zita and Umm Hartein.",
    "A regime brigade had to pull out of Morek, Kafr Zita and Umm Hartein after an assault by the rebels.",
])
def test_a_village_list_after_each_family_ends_with_an_unknown_village(extractor: Extractor, text: str) -> None:
    result = run(extractor, text)
    assert [c[0] for c in changes(result)] == ["Morek", "Kafr Zita", "Umm Hartein"]
    assert {c[1] for c in changes(result)} == {"Syrian Rebels"}


def test_an_advance_by_a_named_side_is_fighting_at_that_place(extractor: Extractor) -> None:
    result = run(extractor, "Regime forces and allied militias advance in the farms of Tal Shihab")
    assert [c[3] for c in changes(result)] == ["advanced"]
    assert [e.sub_event_type for e in result.events] == ["Armed clash"]
