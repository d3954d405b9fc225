"""Control changes in shapes round 12 (brief ctl11) read on unseen reports: the gainer when an
opening adjunct names the sides fought ("in their offensive against the army and its allied
militias, the rebels took X"), a change quoted from a side's spokesman ("'Our fighters took X,'
an SDF commander said"), the war's course summed up ("have been gradually pushed out of ...") and
a capital named for its state ("units loyal to the Damascus government entered X"), with the
precision guard each must keep (review rv11c: the misfires each guard is written from)."""

from __future__ import annotations

from observatory.extract.control_data import control_data
from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-05-09"))


def changes(result: ExtractionResult) -> list[tuple[str, str | None]]:
    return [(c.place.mention or c.place.name, c.gained_by) for c in result.control_changes]


# --- the sides an opening adjunct fights are not the taker -----------------------------------

def test_a_side_joined_to_the_one_fought_is_not_the_taker(extractor: Extractor) -> None:
    result = run(extractor, "In a fresh push against the regime forces and their loyal militias, the rebels "
                            "seized the town of Kafr Nabudah on Tuesday.")
    assert changes(result) == [("Kafr Nabudah", "Syrian Rebels")]


def test_regained_control_of_is_a_verb_not_a_noun_whose_taker_comes_first(extractor: Extractor) -> None:
    result = run(extractor, "During their counterattack against the Islamic State and its allied tribes, "
                            "the SDF regained control of the village of Al-Bahra.")
    assert changes(result) == [("Al-Bahra", "SDF: Syrian Democratic Forces")]


def test_a_side_named_after_a_bare_comma_still_leads_its_clause(extractor: Extractor) -> None:
    result = run(extractor, "Backed by Russian jets against Islamic State, government troops retook Maskanah.")
    assert changes(result) == [("Maskanah", "Military Forces of Syria")]


def test_after_the_capture_of_still_credits_the_side_before(extractor: Extractor) -> None:
    # the guard: a one-word verb read as a noun keeps crediting the side named first
    result = run(extractor, "The SDF pressed on towards the dam after the capture of Al-Karama.")
    assert ("Al-Karama", "SDF: Syrian Democratic Forces") in changes(result)


# --- a change quoted from a side's spokesman ---------------------------------------------------

def test_a_first_person_capture_in_a_quote_is_the_speakers_side(extractor: Extractor) -> None:
    result = run(extractor, "\"Our units took the village of Tal Mardikh at dawn,\" a Free Syrian Army "
                            "commander told reporters.")
    assert changes(result) == [("Tal Mardikh", "Syrian Rebels")]


def test_we_in_a_quote_after_the_speaker_said(extractor: Extractor) -> None:
    result = run(extractor, "\"We have liberated Al-Karama completely,\" said SDF spokesman Kino Gabriel.")
    assert changes(result) == [("Al-Karama", "SDF: Syrian Democratic Forces")]


def test_a_quoted_passive_capture_is_claimed_by_the_side_that_says_it(extractor: Extractor) -> None:
    result = run(extractor, "\"The town of Maskanah has been retaken,\" the army said in a statement.")
    assert changes(result) == [("Maskanah", "Military Forces of Syria")]


def test_a_quoted_third_person_is_not_the_speakers_side(extractor: Extractor) -> None:
    result = run(extractor, "\"Our men held out all night, but in the end they captured the village of Umm Batna,\" "
                            "a rebel officer said.")
    assert changes(result) == [("Umm Batna", None)]


def test_a_quoted_loss_is_not_the_speakers_gain(extractor: Extractor) -> None:
    overrun = run(extractor, "\"The village of Umm Batna was overrun before dawn,\" a rebel officer told AFP.")
    fallen = run(extractor, "\"Kafr Zita has fallen,\" an SDF official said on Thursday.")
    assert changes(overrun) == [("Umm Batna", None)]
    assert changes(fallen) == [("Kafr Zita", None)]


def test_a_side_named_after_adding_is_not_the_speaker(extractor: Extractor) -> None:
    result = run(extractor, "\"Umm Batna was seized at dawn,\" activists told Reuters, adding that Turkish jets "
                            "had struck the village for a week.")
    assert changes(result) == [("Umm Batna", None)]


def test_we_right_before_a_recapture_in_a_quote_is_the_speakers_side(extractor: Extractor) -> None:
    result = run(extractor, "\"We recaptured Kafr Zita at dawn,\" a Free Syrian Army spokesman said.")
    assert changes(result) == [("Kafr Zita", "Syrian Rebels")]


# --- the war's course summed up is no change -----------------------------------------------

def test_a_gradual_expulsion_over_the_war_is_no_change(extractor: Extractor) -> None:
    result = run(extractor, "Insurgents have been steadily driven out of most of Homs, though they keep "
                            "a foothold in the countryside.")
    assert changes(result) == []


def test_places_progressively_retaken_over_the_war_are_no_change(extractor: Extractor) -> None:
    result = run(extractor, "The army has progressively retaken Aleppo, Homs and Daraa, and now eyes Idlib.")
    assert changes(result) == []


def test_a_dated_capture_of_this_week_is_still_a_change(extractor: Extractor) -> None:
    result = run(extractor, "Government troops captured the town of Kafr Nabudah on Monday after a week of shelling.")
    assert changes(result) == [("Kafr Nabudah", "Military Forces of Syria")]


def test_a_gradual_advance_told_in_an_aside_keeps_the_dated_capture(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish units, which have been steadily pushing south, captured the village of "
                            "Tal Hamis on Wednesday.")
    assert changes(result) == [("Tal Hamis", "YPG: People's Protection Units")]


def test_past_years_weighed_after_the_comma_keep_the_dated_capture(extractor: Extractor) -> None:
    result = run(extractor, "Rebels seized the town of Kafr Zita on Thursday, their largest gain in the area "
                            "over the past years.")
    assert changes(result) == [("Kafr Zita", "Syrian Rebels")]


# --- a capital named for its state is no place that changes hands ------------------------------

def test_the_town_after_a_capital_named_for_its_state_is_not_the_capital(extractor: Extractor) -> None:
    result = run(extractor, "Rebels pulled out of Tal Hamis under the accord, and within hours units loyal to "
                            "the Damascus government were deployed in the town.")
    assert "Damascus" not in [p for p, _ in changes(result)]


# --- a recent change told in a relative aside after a preposition ----------------------------

def test_an_aside_after_to_tells_the_places_recent_capture(extractor: Extractor) -> None:
    result = run(extractor, "Displaced families went back on Tuesday to Tal Mardikh, which the rebels had "
                            "seized from the army on Sunday.")
    assert changes(result) == [("Tal Mardikh", "Syrian Rebels")]


def test_an_aside_with_a_year_after_to_stays_background(extractor: Extractor) -> None:
    result = run(extractor, "Displaced families went back on Tuesday to Tal Mardikh, which the rebels "
                            "captured in 2014.")
    assert changes(result) == []


def test_an_aside_after_from_is_not_read_twice(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State fighters pulled back from Maskanah, which the army then entered.")
    assert changes(result) == [("Maskanah", "Military Forces of Syria")]


# --- part of a settlement named with its noun --------------------------------------------------

def test_neighbourhoods_of_the_city_of_x_are_ground_of_x(extractor: Extractor) -> None:
    result = run(extractor, "Government troops seized four neighbourhoods of the northern city of Manbij on Sunday.")
    assert changes(result) == [("Manbij", "Military Forces of Syria")]


def test_a_site_of_the_town_of_x_is_not_x(extractor: Extractor) -> None:
    base = run(extractor, "Rebels seized the air base of the town of Kafr Zita on Sunday.")
    countryside = run(extractor, "Regime troops took the southern countryside of the town of Kafr Zita on Sunday.")
    assert "Kafr Zita" not in [p for p, _ in changes(base) + changes(countryside)]


def test_villages_near_the_town_of_x_are_not_x(extractor: Extractor) -> None:
    result = run(extractor, "Government troops seized four villages near the town of Manbij on Sunday.")
    assert "Manbij" not in [p for p, _ in changes(result)]


# --- a capture with no taker announced by the state's army or its Russian ally -----------------

def test_a_passive_recapture_announced_by_the_syrian_defence_ministry(extractor: Extractor) -> None:
    result = run(extractor, "Jihadists overran the village of Tal Mardikh on Friday. By Monday the village had "
                            "been retaken, the Syrian defence ministry said.")
    assert ("Tal Mardikh", "Military Forces of Syria") in changes(result)


def test_only_the_syrian_army_general_command_speaks_for_the_state() -> None:
    outlet = control_data().cues.state_outlet
    assert outlet.search("Kafr Zita has been retaken, the Syrian army general command said.")
    assert outlet.search("Two villages were freed, the Iraqi army general command said.") is None


def test_a_passive_capture_announced_by_the_turkish_ministry_is_not_the_states(extractor: Extractor) -> None:
    result = run(extractor, "The village of Tal Mardikh was captured on Monday, the Turkish defence ministry said.")
    assert ("Tal Mardikh", "Military Forces of Syria") not in changes(result)


# --- SOHR's quoted names and a cataphoric "they" in an opening adjunct --------------------------

def test_a_quoted_place_name_is_the_object(extractor: Extractor) -> None:
    result = run(extractor, "The regime forces impose their control over “Kafr Nabudah” town after violent clashes")
    assert changes(result) == [("Kafr Nabudah", "Military Forces of Syria")]


def test_they_in_an_opening_adjunct_is_the_side_after_the_comma(extractor: Extractor) -> None:
    result = run(extractor, "After they seized Tal Mardikh at dawn, the rebel factions cut the road to Saraqib")
    assert changes(result) == [("Tal Mardikh", "Syrian Rebels")]


def test_they_in_an_opening_adjunct_that_names_its_own_side_keeps_it(extractor: Extractor) -> None:
    result = run(extractor, "After the army seized Tal Mardikh at dawn, the rebel factions shelled the village")
    assert changes(result) == [("Tal Mardikh", "Military Forces of Syria")]


def test_a_city_that_locates_the_site_taken_is_not_taken(extractor: Extractor) -> None:
    result = run(extractor, "Islamic State militants seized the Jazal oilfield west of the ancient city of Palmyra "
                            "on Friday.")
    assert "Palmyra" not in [p for p, _ in changes(result)]


def test_they_in_an_opening_adjunct_is_first_the_side_the_sentence_before_led_with(extractor: Extractor) -> None:
    result = run(extractor, "Kurdish fighters launched an attack on Umm Batna at dawn. After they captured the "
                            "village of Umm Batna, Turkish jets bombed it.")
    assert [g for _, g in changes(result)] == ["YPG: People's Protection Units"]


def test_they_after_a_passive_agent_is_not_that_agent(extractor: Extractor) -> None:
    result = run(extractor, "Four farmers were killed by regime shelling after they captured the village of Umm Batna.")
    assert "Military Forces of Syria" not in [g for _, g in changes(result)]


def test_an_assault_by_two_sides_is_led_by_them(extractor: Extractor) -> None:
    result = run(extractor, "A dawn assault by the army and allied militias recaptured the village of Umm Batna "
                            "on Friday.")
    assert [g for _, g in changes(result)] in (["Military Forces of Syria"], ["Pro-Government Militias (Syria)"])


def test_a_side_killed_in_counted_numbers_is_not_the_taker(extractor: Extractor) -> None:
    result = run(extractor, "The factions killed more than 14 members of the regime forces; after they imposed "
                            "their control over “Tal Mardikh” village, the factions cut the road to Saraqib")
    assert [g for _, g in changes(result)] == ["Syrian Rebels"]
