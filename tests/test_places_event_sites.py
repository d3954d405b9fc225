"""Which of a report's places are its events' sites: a headline's governorate city gives
way to the town the body puts the same event in; a quarter of that city does not."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str, published: str = "2016-03-08") -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published=published))


def sites(result: ExtractionResult, sub_type: str) -> set[str]:
    return {e.location.name for e in result.events if e.sub_event_type == sub_type and e.location}


def test_a_headline_governorate_city_gives_way_to_the_town_the_body_names(extractor: Extractor) -> None:
    result = run(extractor, "Air strikes kill eleven in Idlib\n\nAir strikes killed eleven people in Idlib on "
                            "Monday. The air strikes hit a bakery in the town of Maarat al-Numan, a medic told "
                            "reporters.")
    placed = sites(result, "Air/drone strike")
    assert len(placed) == 1
    assert "Idlib" not in placed


def test_a_town_of_another_governorate_keeps_the_headline_city_apart(extractor: Extractor) -> None:
    result = run(extractor, "Air strikes kill eleven in Homs\n\nAir strikes killed eleven people in Homs on "
                            "Monday. Later air strikes hit a bakery in the town of Maarat al-Numan, a medic told "
                            "reporters.")
    placed = sites(result, "Air/drone strike")
    assert len(placed) == 2
    assert "Homs" in placed


def test_a_town_told_only_in_the_headline_lead_leaves_the_body_city(extractor: Extractor) -> None:
    # the city is named again in the body: it is a site of its own, not a headline's shorthand
    result = run(extractor, "Air strikes kill eleven in Idlib\n\nAir strikes killed eleven people on Monday. "
                            "The air strikes hit a bakery in the town of Maarat al-Numan. Further air strikes "
                            "hit a market in Idlib city on Tuesday, a medic told reporters.")
    assert len(sites(result, "Air/drone strike")) == 2


def test_a_governorate_after_the_struck_town_only_says_where_it_is(extractor: Extractor) -> None:
    result = run(extractor, "Warplanes pound Saraqib and nearby farms in the eastern countryside of Idlib, killing four")
    assert sites(result, "Air/drone strike") == {"Saraqib"}


def test_a_toll_told_without_a_trigger_word_still_finds_its_sites(extractor: Extractor) -> None:
    # the toll words are no trigger: nothing is "another kind of event" than theirs
    result = run(extractor, "Dead near Kafr Nabl and more dead targeting Saraqib")
    assert any(e.location is not None and e.location.lat is not None for e in result.events)


def test_a_capital_and_a_town_struck_in_one_sentence_are_two_sites(extractor: Extractor) -> None:
    result = run(extractor, "Seven killed in air strikes on the cities of Idlib and Saraqib")
    assert len(sites(result, "Air/drone strike")) == 2


def test_neighbourhoods_listed_without_commas_are_each_a_place() -> None:
    from observatory.extract.places import PlaceFinder
    from observatory.nlp.sentences import split_sentences

    text = "Gunmen shelled the neighborhoods of al-Qarabis al-Wadi and al-Mahatta in Homs city."
    names = [m.mention for m in PlaceFinder().find(text, split_sentences(text))]
    assert names[:3] == ["al-Qarabis", "al-Wadi", "al-Mahatta"]


def test_a_governorate_the_struck_town_is_not_in_stays_a_site(extractor: Extractor) -> None:
    result = run(extractor, "Warplanes pound Saraqib and areas in the northern countryside of Hama, killing four")
    assert "Hama" in sites(result, "Air/drone strike")


def test_a_place_after_another_kind_of_events_trigger_is_that_events(extractor: Extractor) -> None:
    result = run(extractor, "Raids across the north\n\nJets bombed Saraqib on Friday and clashes broke out in "
                            "Khan Shaykhun. A medic said four people died.")
    assert sites(result, "Air/drone strike") == {"Saraqib"}
    assert "Khan Shaykhun" not in sites(result, "Air/drone strike")


def test_a_town_listed_after_the_countryside_qualifying_the_first_is_a_site_too(extractor: Extractor) -> None:
    result = run(extractor, "Raids across the north\n\nJets bombed the town of Talmenes in the southern Idlib "
                            "countryside and the town of Kafranbel, killing five civilians. A medic said the toll "
                            "may rise.")
    placed = sites(result, "Air/drone strike")
    assert "Talmenes" in placed and "Kafranbel" in placed


def test_a_later_sentence_naming_the_site_with_a_bearing_adjective_places_the_event(extractor: Extractor) -> None:
    result = run(extractor, "Air strikes kill seven in Idlib\n\nAir strikes killed seven people in Idlib province "
                            "on Friday. The raids hit the southern town of Kafranbel, a medic told reporters.")
    assert sites(result, "Air/drone strike") == {"Kafranbel"}


def test_a_governorate_stays_a_site_beside_a_further_town_of_another_governorate(extractor: Extractor) -> None:
    result = run(extractor, "Coalition raids kill 20\n\nA monitor said the fighters were killed in strikes in the "
                            "eastern province of Raqqa and the farmers died in raids in northern Hama. The strikes "
                            "hit oil wells.")
    placed = sites(result, "Air/drone strike")
    # "northern Hama" is the governorate's north (prov10), a site as the city was
    assert "Hama" in placed and any("Raqqa" in name or "Raqqah" in name for name in placed)


def test_places_joined_by_as_well_as_or_nearby_are_one_list(extractor: Extractor) -> None:
    for joint in ("as well as", "and nearby", "and its countryside and"):
        result = run(extractor, f"Raids across the north\n\nJets bombed Saraqib {joint} Binnish on Monday, killing "
                                "nine. A medic said the toll may rise.")
        assert {"Saraqib", "Binnish"} <= sites(result, "Air/drone strike"), joint


def test_a_quarter_named_with_its_city_gives_both_as_sites(extractor: Extractor) -> None:
    result = run(extractor, "Rocket fire hit the neighbourhood of Tahaddi Nahr in Hama on Friday, killing a "
                            "baker and his two sons.")
    placed = {e.location.mention for e in result.events if e.location}
    assert placed == {"Tahaddi Nahr", "Hama"}


def test_a_town_named_with_its_governorate_is_the_only_site(extractor: Extractor) -> None:
    result = run(extractor, "Rocket fire hit the town of Suran in Hama province on Friday, killing a baker.")
    placed = {e.location.mention for e in result.events if e.location}
    assert placed == {"Suran"}


def test_a_toll_told_of_two_listed_towns_places_the_event_in_both(extractor: Extractor) -> None:
    # the second sentence has no trigger word: its toll lends its sites to the shelling told before
    result = run(extractor, "Government artillery shelled the town of Taftanaz on Tuesday, a monitor said. "
                            "Later, five people were wounded in Binnish and Sarmin, medics said.")
    assert {"Binnish", "Sarmin"} <= sites(result, "Shelling/artillery/missile attack")


def test_a_toll_site_keeps_its_list_apart_from_a_later_qualifier(extractor: Extractor) -> None:
    result = run(extractor, "Government artillery shelled the town of Taftanaz on Tuesday, a monitor said. "
                            "Later, five people were wounded in Sarmin, 8 km from Binnish, medics said.")
    placed = sites(result, "Shelling/artillery/missile attack")
    assert "Sarmin" in placed
    assert "Binnish" not in placed


def test_a_city_a_quarter_is_named_in_before_said_is_still_the_quarters_city(extractor: Extractor) -> None:
    # "of Aleppo said": the activists speak, not the government seated in the city
    result = run(extractor, "Activists in the Bustan al-Qasr district of Aleppo said barrel bombs killed six "
                            "people there on Monday.")
    assert "Aleppo" in sites(result, "Air/drone strike")


def test_a_capital_that_speaks_is_its_government_not_a_site(extractor: Extractor) -> None:
    result = run(extractor, "Damascus denied on Tuesday that its jets had bombed a market in Saraqib, "
                            "where eleven people died.")
    placed = {e.location.name for e in result.events if e.location}
    assert "Saraqib" in placed
    assert "Damascus" not in placed


@pytest.mark.parametrize("text, town", [
    ("A barrel bomb attack on Kafr Nabl claimed the lives of nine people.", "Kafranbel"),
    ("Fierce clashes around Morek claimed 14 lives overnight.", "Murak"),
    ("Rocket fire on Jableh claimed the young lives of three pupils.", "Jablah"),
])
def test_a_town_whose_attack_claimed_lives_is_the_site(extractor: Extractor, text: str, town: str) -> None:
    result = run(extractor, text)
    assert town in {e.location.name for e in result.events if e.location}


def test_a_capital_that_claims_is_still_its_government(extractor: Extractor) -> None:
    result = run(extractor, "Damascus claimed that rebel mortars had killed four people in Jaramana on Sunday.")
    placed = {e.location.name for e in result.events if e.location}
    assert "Damascus" not in placed


def test_a_town_a_witness_speaks_from_is_not_the_site(extractor: Extractor) -> None:
    result = run(extractor, "A witness in Kilis said war planes struck the attackers near Azaz on Saturday.")
    placed = {e.location.name for e in result.events if e.location}
    assert placed
    assert "Kilis" not in placed


def test_a_quarter_after_a_possessive_apostrophe_is_a_site_with_its_city(extractor: Extractor) -> None:
    result = run(extractor, "Regime shelling killed four civilians in Homs' al-Khalidiya neighbourhood on Monday.")
    assert sites(result, "Shelling/artillery/missile attack") == {"Homs", "al-Khalidiya"}


def test_a_place_in_a_headline_written_in_capitals_is_no_dateline(extractor: Extractor) -> None:
    result = run(extractor, "ARMY JETS CARRY OUT AIR STRIKES ON REBEL POSITIONS NEAR TALBISEH")
    assert {e.location.name for e in result.events if e.location} == {"Tallbisah"}


def test_a_dateline_in_capitals_before_lower_case_text_is_still_no_site(extractor: Extractor) -> None:
    result = run(extractor, "BEIRUT (Reuters) - Air strikes killed 11 people in the town of Saraqib on Monday.")
    placed = {e.location.name for e in result.events if e.location}
    assert "Saraqib" in placed
    assert "Beirut" not in placed


def test_a_village_named_in_apposition_is_the_site_not_the_town_that_locates_it(extractor: Extractor) -> None:
    result = run(extractor, "Turkish artillery shelled Tell Hajib, a village south of Manbij, on Sunday morning, "
                            "a monitor said.")
    places = [e.location for e in result.events if e.location]
    assert [p.name for p in places] == ["Tell Hajib"]
    assert places[0].lat is not None  # near the town that locates it


def test_the_kind_of_a_second_place_after_a_town_does_not_make_it_a_qualifier(extractor: Extractor) -> None:
    # commas lost: "the village of Y" after X is another place, not an apposition about X
    result = run(extractor, "The council of the town of Jarabulus the village of Tell Hajib suffered an air "
                            "strike that killed four people.")
    assert "Tell Hajib" in {e.location.name for e in result.events if e.location}


@pytest.mark.parametrize("text", [
    "Rebel rockets killed three civilians in Aleppo's Suleiman al-Halabi district on Wednesday.",
    "Rebel rockets killed three civilians in Aleppos Suleiman al-Halabi district on Wednesday.",
])
def test_a_quarter_a_city_owns_is_the_site_with_its_city(extractor: Extractor, text: str) -> None:
    """"Aleppo's X district" says where X is, as "the X district of Aleppo" does: the quarter
    is the site and its city is named with it."""
    result = run(extractor, text)
    assert sites(result, "Shelling/artillery/missile attack") == {"Aleppo", "Suleiman al-Halabi"}



@pytest.mark.parametrize(("text", "town"), [
    ("Rebels and ISIS fought fiercely in the northern part of Aleppo province near Tal Rifaat on Sunday.",
     "Tall Rif'at"),
    ("Warplanes struck rebel positions in Hama countryside north of Morek on Sunday, killing four.", "Murak"),
])
def test_a_town_a_bearing_names_inside_the_governorate_is_the_site(extractor: Extractor, text: str,
                                                                    town: str) -> None:
    """"in the north of X province near Y": no town locates a governorate, so Y is the site."""
    placed = {e.location.name for e in run(extractor, text).events if e.location}
    assert placed == {town}


def test_a_governorate_after_and_in_is_a_second_site(extractor: Extractor) -> None:
    """"near X and in Y province": "and in" starts a second member of the list, not X's qualifier."""
    result = run(extractor, "Rebels and the army fought in Hama countryside near Kafr Nabudah and in "
                            "Latakia province on Wednesday.")
    placed = {e.location.name for e in result.events if e.location}
    assert placed == {"Kafr Nabudah", "Latakia"}
