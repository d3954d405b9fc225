"""prov10: places the recogniser cut or misread.  A bearing or "across" before a capital's
name means a part of its governorate ("eastern Deir Ezzor"), not the city, but for the
capitals reports split into their own halves ("eastern Aleppo").  Sentences are invented."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult, Place


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2017-09-12"))


def only_place(extractor: Extractor, text: str) -> Place:
    places = [e.location for e in run(extractor, text).events if e.location is not None]
    assert places, text
    assert all(p == places[0] for p in places), places
    return places[0]


@pytest.mark.parametrize(("text", "admin1"), [
    ("Regime rockets killed four farmers across Deir Ezzor on Wednesday.", "Deir ez-Zor"),
    ("Russian jets killed eleven people in southeastern Deir Ezzor overnight.", "Deir ez-Zor"),
    ("Barrel bombs killed six civilians in northern Hama on Saturday.", "Hama"),
    ("Airstrikes throughout Idlib killed 23 people on Thursday, rescuers said.", "Idlib"),
    ("Clashes in western Raqqa left 17 fighters dead on Tuesday.", "Ar-Raqqah"),
])
def test_a_part_of_a_governorate_named_as_its_capital_is_the_governorate(extractor, text: str,
                                                                          admin1: str) -> None:
    place = only_place(extractor, text)
    assert (place.feature, place.precision, place.admin1) == ("admin1", 4, admin1)


def test_a_bearing_moves_the_governorate_point_towards_its_part(extractor) -> None:
    east = only_place(extractor, "Russian jets killed eleven people in eastern Deir Ezzor overnight.")
    whole = only_place(extractor, "Russian jets killed eleven people across Deir Ezzor overnight.")
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


@pytest.mark.parametrize(("text", "mention"), [
    ("Rebels launched an attack on Hasraya to the west of Suran, killing 11 soldiers.", "Hasraya"),
    ("IS fighters attacked Kabajeb south of Deir Ezzor, killing 7 soldiers.", "Kabajeb"),
    ("An attack on Taybat al-Imam to the west of Suran killed 4 civilians.", "Taybat al-Imam"),
])
def test_a_place_a_bearing_locates_is_the_site_not_its_anchor(extractor, text: str, mention: str) -> None:
    [place] = [e.location for e in run(extractor, text).events if e.location is not None]
    assert place.mention == mention and place.admin1 in ("Hama", "Deir ez-Zor")


def test_a_group_a_bearing_locates_is_no_place(extractor) -> None:
    result = run(extractor, "Hezbollah fighters north of Aleppo killed three rebels.")
    assert sites(result) == {"Aleppo"}


def test_a_possessive_owner_of_a_square_stays_the_city(extractor) -> None:
    result = run(extractor, "Masked gunmen shot dead two traders in Raqqa's al-Naim square on Thursday.")
    places = [e.location for e in result.events if e.location is not None]
    assert any(p.feature == "city" and p.precision == 1 and p.admin1 == "Ar-Raqqah" for p in places)
    assert all("'s" not in p.name for p in places)
