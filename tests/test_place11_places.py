"""place11: where unseen reports put their events.

A namesake in another governorate than the one the report's own words name is not the
place meant ("X in the countryside of Homs" when the only X known is in Aleppo)."""

from __future__ import annotations

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer
from observatory.kb.gazetteer.builtin import builtin_places, neighbouring_governorates
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def _placed(finder: PlaceFinder, text: str, mention: str):
    return next(m.place for m in finder.find(text, split_sentences(text)) if m.mention.startswith(mention))


@pytest.mark.parametrize(("text", "mention", "governorate"), [
    ("Warplanes struck al-Hamra, Raqqa governorate, killing four shepherds.", "al-Hamra", "Ar-Raqqah"),
    ("Two drones hit al-Hamra in the countryside of Raqqa at dawn.", "al-Hamra", "Ar-Raqqah"),
    ("Rockets hit the al-Midan quarter of Aleppo on Monday. Later a mortar round fell on the "
     "al-Masharfeh area in the eastern countryside of Homs, wounding a farmer.", "al-Masharfeh", "Homs"),
])
def test_a_namesake_in_another_governorate_than_the_named_one_is_not_chosen(
        finder: PlaceFinder, text: str, mention: str, governorate: str) -> None:
    place = _placed(finder, text, mention)
    assert place.gazetteer_id is None  # no gazetteer place of that governorate bears the name
    assert place.admin1 == governorate


@pytest.mark.parametrize(("text", "mention", "governorate"), [
    ("Warplanes struck al-Hamra east of Hama, killing four shepherds.", "al-Hamra", "Hama"),
    ("A mortar round fell on the al-Masharfeh area in Aleppo, wounding a farmer.", "al-Masharfeh", "Aleppo"),
    ("Shells hit Jobar in the Damascus countryside overnight.", "Jobar", "Damascus"),  # the twin governorate
    # one mention elsewhere is not every mention: the report may speak of two places so named
    ("Shells fell on al-Masharfeh in Aleppo. Later mortars hit al-Masharfeh in the countryside of Homs.",
     "al-Masharfeh", "Aleppo"),
])
def test_a_place_of_the_named_governorate_or_its_twin_keeps_its_point(
        finder: PlaceFinder, text: str, mention: str, governorate: str) -> None:
    place = _placed(finder, text, mention)
    assert place.gazetteer_id is not None
    assert place.admin1 == governorate


@pytest.mark.parametrize(("text", "mention", "governorate"), [
    # the town's only point, put in the governorate next door
    ("Warplanes struck Halfaya in the northern countryside of Idlib, killing a nurse.", "Halfaya", "Hama"),
    ("Regime jets pounded Saraqib in the southern countryside of Aleppo on Friday.", "Saraqib", "Idlib"),
    # every governorate of "in A and B provinces" is named
    ("Fighting flared around Saraqib and Talbiseh in Idlib and Homs provinces overnight.", "Talbiseh", "Homs"),
    ("Shells landed on Rastan and Halfaya in the Homs and Hama countryside.", "Halfaya", "Hama"),
    # "X, Idlib province and Y": a list, not X inside Idlib
    ("Russian aircraft raided Talbiseh, Idlib province and the Jisr al-Shughur plain on Friday.", "Talbiseh", "Homs"),
])
def test_a_town_put_next_door_or_in_a_list_keeps_its_point(finder: PlaceFinder, text: str, mention: str,
                                                           governorate: str) -> None:
    place = _placed(finder, text, mention)
    assert place.gazetteer_id is not None
    assert place.admin1 == governorate


def test_a_unique_town_put_in_a_governorate_far_from_its_own_is_not_placed_there(finder: PlaceFinder) -> None:
    place = _placed(finder, "Regime jets pounded Saraqib in the countryside of Homs on Friday.", "Saraqib")
    assert place.gazetteer_id is None  # Idlib does not border Homs: the report's governorate is kept
    assert place.admin1 == "Homs"


@pytest.mark.parametrize(("text", "mention", "country"), [
    ("A cruise missile hit an airfield in Syria near Homs before dawn.", "Syria", "SY"),
    ("Gunmen from Jordan in Daraa's al-Sabil quarter were killed.", "Jordan", "JO"),
])
def test_a_country_in_a_governorate_stays_the_country(finder: PlaceFinder, text: str, mention: str,
                                                        country: str) -> None:
    place = _placed(finder, text, mention)
    assert place.feature == "country"
    assert place.country == country


@pytest.fixture(scope="module")
def extractor():
    from observatory.extract.pipeline import Extractor
    return Extractor()


def _event_places(extractor, text: str) -> set[str]:
    from observatory.models import Document
    result = extractor.extract(text, Document(id="place11"))
    return {e.location.name for e in result.events if e.location is not None}


@pytest.mark.parametrize(("text", "places"), [
    ("Artillery pounds the western countryside of Idlib and the northern countryside of Latakia",
     {"Idlib", "Latakia"}),
    ("Heavy clashes in the Eastern Ghouta and the countryside of Quneitra on Friday", {"Eastern Ghouta", "Quneitra"}),
    ("Regime shelling wounds six in Rif Dimashq and in the countryside of Hama", {"Rif Dimashq", "Hama"}),
])
def test_a_second_countryside_joined_by_and_is_a_site_too(extractor, text: str, places: set[str]) -> None:
    assert _event_places(extractor, text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("Army guns shelled farms in the countryside of Aleppo and the province of Raqqa stayed quiet on Sunday.",
     {"Aleppo"}),
    ("Rebel rockets hit hamlets in the Afrin countryside and the countryside of Idlib saw no raids.", {"'Afrin"}),
])
def test_a_second_countryside_that_starts_a_new_clause_is_no_site(extractor, text: str, places: set[str]) -> None:
    assert _event_places(extractor, text) == places


def test_a_countryside_without_and_only_says_where_the_town_is(extractor) -> None:
    found = _event_places(extractor, "Warplanes bombed Maarat Misrin in the northern countryside of Idlib on Sunday.")
    assert found == {"Ma'arratmisrin"}


@pytest.mark.parametrize(("text", "places"), [
    ("Drones target Saraqib and a child is hurt in Binnish", {"Saraqib", "Binnish"}),
    ("Government helicopters bomb Talbiseh while rebels in Kafr Nabl count their dead", {"Tallbisah"}),
])
def test_a_headline_verb_in_the_present_governs_its_place(extractor, text: str, places: set[str]) -> None:
    assert _event_places(extractor, text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("Warplanes targeted Idlibs rebel-held Saraqib on Thursday, a rescuer said.", {"Saraqib"}),
    # a city owning a quarter is named with it (event_places._cities_of_quarters)
    ("Mortar rounds hit Aleppos western Hamdaniyeh district, wounding four.", {"Hamdaniyeh", "Aleppo"}),
])
def test_a_possessive_owner_before_who_holds_the_place_says_where_it_is(extractor, text: str,
                                                                        places: set[str]) -> None:
    assert _event_places(extractor, text) == places


def test_a_possessive_owner_stays_the_site_when_the_owned_name_lies_elsewhere(extractor) -> None:
    # the only Yarmouk known is Damascus's camp: "Homs's western Yarmouk" is none of it
    assert _event_places(extractor, "Warplanes struck Homs's western Yarmouk on Tuesday, killing two.") == {"Homs"}


def test_a_town_whose_name_ends_in_s_is_no_possessive(extractor) -> None:
    found = _event_places(extractor, "Rockets fell on Homs Khalidiya district and on Jobar.")
    assert {"Khalidiya", "Jobar"} <= found


@pytest.mark.parametrize(("text", "mention", "near"), [
    ("Kurdish fighters south of Tall Brak came under mortar fire.", "Tall Brak", (36.667, 41.058)),
    ("Two rebels died on the outskirts of Tel Halaf near the border.", "Tel Halaf", (36.826, 40.039)),
])
def test_the_jazira_tells_are_placed_by_their_own_point(finder: PlaceFinder, text: str, mention: str,
                                                        near: tuple[float, float]) -> None:
    place = _placed(finder, text, mention)
    assert place.admin1 == "Al-Hasakah"
    assert abs(place.lat - near[0]) < 0.05 and abs(place.lon - near[1]) < 0.05


def test_the_shipped_borders_name_governorates_and_go_both_ways():
    """A misspelt neighbour would silently make a border town's namesake rule fire: every
    neighbour must be a governorate of the file, and a border is shared by both sides."""
    borders = neighbouring_governorates()
    assert len(borders) == 14 and all(borders.values())
    for governorate, neighbours in borders.items():
        assert neighbours <= borders.keys() - {governorate}
        assert all(governorate in borders[other] for other in neighbours)
