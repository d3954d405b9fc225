"""PlaceFinder on report-style text: recognition, resolution and UCDP precision."""

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer, GazetteerPlace
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def places(finder: PlaceFinder, text: str):
    found = finder.find(text, split_sentences(text))
    for m in found:
        assert text[m.start:m.end] == m.mention == m.place.mention
    assert [m.start for m in found] == sorted(m.start for m in found)
    return found


def by_mention(found, mention):
    return next(m.place for m in found if m.mention == mention)


def test_town_and_governorate_countryside(finder):
    text = ("Clashes continue in Al-Qaryatayn city, located in the southeastern countryside of Homs, "
            "after the regime forces advanced.")
    found = places(finder, text)
    town = by_mention(found, "Al-Qaryatayn city")
    assert (town.name, town.admin1, town.precision) == ("Al Qaryatayn", "Homs", 1)
    assert town.gazetteer_id.startswith("geonames:")
    homs = by_mention(found, "Homs")
    assert (homs.feature, homs.precision) == ("admin1", 4)


def test_near_and_desert_of_a_place_are_precision_two(finder):
    text = "The regime forces are trying to restore al-Dahek mountain north of Sukhnah city and the Sukhnah Desert."
    found = places(finder, text)
    near = by_mention(found, "Sukhnah city")
    assert (near.name, near.precision) == ("As Sukhnah", 2)
    desert = by_mention(found, "Sukhnah Desert")
    assert (desert.feature, desert.precision) == ("desert", 2)


def test_unknown_names_marked_by_cue_words_are_kept_unplaced(finder):
    text = "The organization managed to recover the village of Kabajeb and Dahek mountain from the regime forces."
    found = places(finder, text)
    kabajeb = by_mention(found, "Kabajeb")
    assert (kabajeb.lat, kabajeb.lon, kabajeb.gazetteer_id, kabajeb.feature) == (None, None, None, "village")
    mountain = by_mention(found, "Dahek mountain")
    assert (mountain.name, mountain.feature) == ("Dahek", "mountain")


def test_names_listed_with_places_are_places(finder):
    text = "The organization managed to recover Al-Shawla, Kabajeb and the mountain overlooking Al-Sukhnah."
    names = [m.place.name for m in places(finder, text)]
    assert "Kabajeb" in names and "As Sukhnah" in names


def test_actors_nationalities_and_headline_words_are_not_places(finder):
    text = ("Turkish Bombardment Kills 20 Civilians in Syria\n\nRussian warplanes supported the Syrian army "
            "against the Islamic State, the Syrian Observatory for Human Rights said on Sunday.")
    assert [m.place.name for m in places(finder, text)] == ["Syria"]


def test_spelling_variants_resolve_to_one_place(finder):
    ids = {m.place.gazetteer_id for v in ("Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir el-Zour")
           for m in places(finder, f"Shells fell on {v} city.")}
    assert len(ids) == 1


def test_arabic_toponym_heads_make_compound_names(finder):
    text = "The army restored security to Tal Meri west of Damascus and to Deir al-Adas."
    names = [m.place.name for m in places(finder, text)]
    assert "Tal Meri" in names and "Deir al-Adas" in names


def test_foreign_place_needs_its_country_in_the_report(finder):
    text = "Rockets fired from Syria hit the border city of Kilis, and Turkish howitzers responded."
    kilis = by_mention(places(finder, text), "Kilis")
    assert kilis.country == "TR" and kilis.lat is not None


NAMESAKES = [
    GazetteerPlace("t:daraa", "Daraa", 32.6189, 36.1021, "city", admin1="Daraa", population=97969),
    GazetteerPlace("t:gov-daraa", "Daraa", 32.6189, 36.1021, "admin1", admin1="Daraa"),
    GazetteerPlace("t:tayba-daraa", "At Taybah", 32.56, 36.23, "village", admin1="Daraa"),
    GazetteerPlace("t:tayba-homs", "At Taybah", 34.88, 36.47, "village", admin1="Homs"),
    GazetteerPlace("t:hasakah-only", "Umm Kahf", 36.80, 41.50, "village", admin1="Al-Hasakah"),
]


def test_namesakes_are_told_apart_by_the_report_context():
    finder = PlaceFinder(Gazetteer(NAMESAKES))
    text = "Daraa province: regime shelling hit al-Tayba town in the eastern countryside of Daraa."
    tayba = by_mention(places(finder, text), "al-Tayba town")
    assert tayba.gazetteer_id == "t:tayba-daraa"


def test_a_village_is_never_placed_on_a_far_away_namesake():
    finder = PlaceFinder(Gazetteer(NAMESAKES))
    text = "Daraa province: clashes broke out in the village of Umm Kahf east of Daraa city."
    village = by_mention(places(finder, text), "Umm Kahf")
    assert village.gazetteer_id is None and village.admin1 == "Daraa"  # near the city qualifying it


def test_works_without_any_database(tmp_path, monkeypatch):
    monkeypatch.setenv("OBSERVATORY_DB", f"sqlite:///{tmp_path / 'absent.db'}")
    from observatory.kb.gazetteer import default_gazetteer, reset_default_gazetteer

    reset_default_gazetteer()
    text = "Airstrikes hit Manbij and Idleb."
    found = PlaceFinder().find(text, split_sentences(text))
    assert [m.place.name for m in found] == ["Manbij", "Idlib"]
    assert not (tmp_path / "absent.db").exists()
    assert len(default_gazetteer()) > 1000
    reset_default_gazetteer()


def test_places_named_together_are_kept_together():
    gazetteer = Gazetteer([*NAMESAKES, GazetteerPlace("t:sukhnah", "As Sukhnah", 34.885, 38.871, "town",
                                                      admin1="Homs", population=12000)])
    finder = PlaceFinder(gazetteer)
    text = "The regime forces are trying to restore al-Tayba town north of Sukhnah city."
    found = places(finder, text)
    assert by_mention(found, "Sukhnah city").gazetteer_id == "t:sukhnah"
    assert by_mention(found, "al-Tayba town").gazetteer_id is None  # the Taybas here are 200+ km away
