"""prov10: places the recogniser cut or misread.  A bearing before a capital's name ("eastern
Deir Ezzor", "the east of Deir Ezzor") means a part of its governorate, not the city, but for
the capitals reports split into their own halves ("eastern Aleppo") and for a city's quarter
said to lie in that part.  Sentences are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.kb.gazetteer.geo import km_between
from observatory.models import Document, ExtractionResult, Place


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-09-12"))


def only_place(extractor: Extractor, text: str) -> Place:
    places = [e.location for e in run(extractor, text).events if e.location is not None]
    assert places, text
    assert all(p == places[0] for p in places), places
    return places[0]


@pytest.mark.parametrize(("text", "admin1"), [
    ("Regime rockets killed four farmers in the south-west of Deir Ezzor on Wednesday.", "Deir ez-Zor"),
    ("Russian jets killed eleven people in southeastern Deir Ezzor overnight.", "Deir ez-Zor"),
    ("Barrel bombs killed six civilians in northern Hama on Saturday.", "Hama"),
    ("Airstrikes in the north of Idlib killed 23 people on Thursday, rescuers said.", "Idlib"),
    ("Clashes in western Raqqa left 17 fighters dead on Tuesday.", "Ar-Raqqah"),
])
def test_a_part_of_a_governorate_named_as_its_capital_is_the_governorate(extractor, text: str,
                                                                          admin1: str) -> None:
    place = only_place(extractor, text)
    assert (place.feature, place.precision, place.admin1) == ("admin1", 4, admin1)


def test_a_bearing_moves_the_governorate_point_towards_its_part(extractor) -> None:
    east = only_place(extractor, "Russian jets killed eleven people in eastern Deir Ezzor overnight.")
    whole = only_place(extractor, "Russian jets killed eleven people in Deir Ezzor province overnight.")
    assert east.lon is not None and whole.lon is not None and east.lon > whole.lon


@pytest.mark.parametrize("text", [
    "Rebel shells killed five people in government-held western Aleppo on Monday.",
    "Airstrikes across Aleppo killed 31 people on Sunday, the civil defence said.",
    "A bomb killed nine people in southern Damascus on Friday.",
])
def test_a_part_of_a_divided_city_stays_the_city(extractor, text: str) -> None:
    place = only_place(extractor, text)
    assert place.feature != "admin1" and place.precision is not None and place.precision < 4


@pytest.mark.parametrize("text", [
    "A car bomb killed eight people in eastern Deir Ezzor city on Sunday.",
    "A car bomb killed eight people in Deir Ezzor on Sunday.",
    "A car bomb killed eight people in the city of Raqqa on Sunday.",
])
def test_the_city_itself_stays_the_city(extractor, text: str) -> None:
    place = only_place(extractor, text)
    assert place.feature != "admin1" and place.precision is not None and place.precision < 4


def test_a_bearing_before_a_town_keeps_the_town(extractor) -> None:
    place = only_place(extractor, "Clashes in western Jisr al-Shughur killed four rebels on Monday.")
    assert place.feature not in ("admin1", "admin2") and place.precision == 2


def test_a_short_form_followed_by_another_article_name_is_a_longer_name(extractor) -> None:
    # "Busra" is the gazetteer's short form of Busra ash-Sham; "Busra al-Nasr" is another town
    place = only_place(extractor, "Gunmen ambushed a patrol near the school of Busra al-Nasr, killing three.")
    assert place.name == "Busra al-Nasr" and place.gazetteer_id is None


def test_busra_al_harir_is_its_own_town(extractor) -> None:
    place = only_place(extractor, "Rebels stormed army posts in Busra al-Harir on Tuesday, killing nine soldiers.")
    assert (place.name, place.admin1, place.precision) == ("Busra al-Harir", "Daraa", 1)


@pytest.mark.parametrize(("text", "name"), [
    # a whole name followed by a known or unknown "al-X": a list that lost its comma, or a quarter
    ("Warplanes struck Saraqeb al-Hamidiyah and Taftanaz on Sunday, killing 9.", "Saraqib"),
    ("Shelling on Hama al-Gharbiya killed four people on Monday.", "Hamah"),
])
def test_a_whole_name_or_a_city_before_an_article_name_is_kept(extractor, text: str, name: str) -> None:
    names = {e.location.name for e in run(extractor, text).events if e.location is not None}
    assert name in names


@pytest.mark.parametrize(("text", "name"), [
    ("Army jets killed 15 militants in Jroud al-Qalamoun on Saturday.", "Qalamoun"),
    ("Artillery killed four gunmen in the Juroud of Qara on Friday.", "Qarah"),
])
def test_jurud_before_a_name_means_its_surroundings(extractor, text: str, name: str) -> None:
    place = only_place(extractor, text)
    assert place.name == name and place.precision is not None and place.precision >= 2


def test_jurud_is_never_a_place_of_its_own(extractor) -> None:
    result = run(extractor, "Army jets killed 15 militants in Jurud Tallat Musa on Saturday.")
    assert all(e.location is None or "Jurud" not in e.location.name for e in result.events)
    assert any(e.location is not None and e.location.name.startswith("Tal") for e in result.events)


def sites(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def test_a_comma_less_list_after_a_plural_keeps_its_unknown_middle_name(extractor) -> None:
    result = run(extractor, "Gunmen raided the villages of Kafr Nabudah Hasraya and Kafr Zita killing 8 farmers.")
    assert sites(result) == {"Kafr Nabudah", "Hasraya", "Kafr Zita"}


def test_without_a_plural_a_capitalised_word_after_a_town_is_no_list(extractor) -> None:
    result = run(extractor, "Gunmen raided Kafr Nabudah Hasraya and Kafr Zita killing 8 farmers.")
    assert "Hasraya" not in sites(result)


def test_a_group_a_bearing_locates_is_no_place(extractor) -> None:
    result = run(extractor, "Hezbollah fighters north of Aleppo killed three rebels.")
    assert sites(result) == {"Aleppo"}


def test_a_possessive_owner_of_a_square_stays_the_city(extractor) -> None:
    result = run(extractor, "Masked gunmen shot dead two traders in Raqqa's al-Naim square on Thursday.")
    places = [e.location for e in result.events if e.location is not None]
    assert any(p.feature == "city" and p.precision == 1 and p.admin1 == "Ar-Raqqah" for p in places)
    assert all("'s" not in p.name for p in places)


@pytest.mark.parametrize(("text", "city"), [
    ("Kurdish fighters seized the Tayyar district in northern Raqqa on Friday, the monitor said.", "Raqqa"),
    ("Mortars killed six people in the Sakhriya neighbourhood of southern Deir Ezzor on Saturday.", "Deir Ezzor"),
    ("Rebel rockets hit regime-held districts in the west of Hama, killing two women.", "Hama"),
])
def test_a_quarter_in_a_part_of_a_capital_lies_in_the_city(extractor, text: str, city: str) -> None:
    places = [e.location for e in run(extractor, text).events if e.location is not None]
    own = only_place(extractor, f"A car bomb killed two people in {city} city on Monday.")
    assert places and all(p.feature != "admin1" and p.precision is not None and p.precision <= 3 for p in places)
    assert all(km_between(p.lat, p.lon, own.lat, own.lon) < 3 for p in places if p.lat is not None and p.lon is not None
               and own.lat is not None and own.lon is not None)


@pytest.mark.parametrize("text", [
    "A drone strike killed Brigadier General Samir Haddad north of Homs on Sunday.",
    "Turkish jets killed commander Abu Salim al-Hamawi west of Raqqa on Friday.",
    "Major Karim Nasser south of Hama told reporters that 9 soldiers were killed.",
])
def test_a_person_a_bearing_locates_is_no_place(extractor, text: str) -> None:
    result = run(extractor, text)
    assert all(e.location is None or e.location.gazetteer_id is not None for e in result.events), sites(result)


@pytest.mark.parametrize("text", [
    "Two bombs went off across Baniyas and Tartus on Monday, killing 61 people.",
    "Shelling across Homs killed twelve people on Friday, medics said.",
])
def test_across_a_capital_is_no_governorate(extractor, text: str) -> None:
    places = [e.location for e in run(extractor, text).events if e.location is not None]
    assert places and all(p.feature != "admin1" for p in places)


def test_to_the_east_of_a_capital_is_an_anchor_not_its_part(extractor) -> None:
    place = only_place(extractor, "Gunmen attacked a roadblock 15 km to the east of Hama, killing 4 soldiers.")
    assert place.feature != "admin1" and place.precision == 2


def test_a_short_form_followed_by_the_rest_of_its_own_name_is_that_place(extractor) -> None:
    place = only_place(extractor, "Rocket fire killed three children in Moadamiyeh el-Sham on Thursday.")
    assert (place.name, place.precision, place.mention) == ("Muadamiyat al-Sham", 1, "Moadamiyeh el-Sham")


def test_a_town_named_with_an_ayn_mark_keeps_the_next_town_apart(extractor) -> None:
    # the gazetteer spells Azaz with an ʿayn mark; "Azaz" is its whole name, "al-Rai" another town
    result = run(extractor, "Two car bombs struck Azaz al-Rai and Manbij, killing 31 people.")
    assert {"Azaz", "al-Rai"} <= sites(result)


def test_a_later_word_of_a_name_before_an_article_name_keeps_its_place(extractor) -> None:
    # "Ghab" is the last word of Sahl al-Ghab, no short form that "al-Janubi" would lengthen
    result = run(extractor, "Regime jets struck the Ghab al-Janubi plain on Friday, killing 6 farmers.")
    assert any(e.location is not None and e.location.name == "Sahl al-Ghab" for e in result.events)
