"""Resolution in one-line reports that join several clauses and governorates.

Monitoring headlines chain events across the country ("raids on X and clashes in the
Y countryside"): a governorate named in another clause is no evidence against a name
only one place bears, while a place written beside the name still is.
"""

import pytest

from observatory.extract.places import PlaceFinder
from observatory.kb.gazetteer import Gazetteer, GazetteerPlace
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.nlp.sentences import split_sentences

PLACES = [
    GazetteerPlace("t:gov-hama", "Hama", 35.13, 36.75, "admin1", admin1="Hama"),
    GazetteerPlace("t:hama", "Hama", 35.13, 36.75, "city", admin1="Hama", population=700_000),
    GazetteerPlace("t:gov-raqqa", "Raqqa", 35.95, 39.01, "admin1", admin1="Ar-Raqqah"),
    GazetteerPlace("t:raqqa", "Raqqa", 35.95, 39.01, "city", admin1="Ar-Raqqah", population=220_000),
    GazetteerPlace("t:qasr-nawfal", "Qasr Nawfal", 35.16, 36.71, "neighbourhood", admin1="Hama"),
    GazetteerPlace("t:dibbin-raqqa", "Kafr Dibbin", 36.05, 38.70, "village", admin1="Ar-Raqqah"),
    GazetteerPlace("t:dibbin-latakia", "Kafr Dibbin", 35.70, 35.95, "village", admin1="Latakia"),
    GazetteerPlace("t:shurfa", "Shurfa Military Airport", 35.40, 37.10, "military_site", admin1="Hama",
                   alt_names=("Shurfa airbase",)),
]


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder(Gazetteer(PLACES))


@pytest.fixture(scope="module")
def builtin() -> PlaceFinder:
    return PlaceFinder(Gazetteer(builtin_places()))


def place_of(finder: PlaceFinder, text: str, mention: str):
    found = finder.find(text, split_sentences(text))
    return next(m.place for m in found if m.mention.startswith(mention))


def test_a_name_only_one_place_bears_is_placed_beside_another_governorates_clause(finder):
    text = "Warplanes bombed Qasr Nawfal at dawn and clashes went on in the southern countryside of Raqqa"
    assert place_of(finder, text, "Qasr Nawfal").gazetteer_id == "t:qasr-nawfal"


def test_a_place_written_beside_the_name_still_puts_it_elsewhere(finder):
    text = "Clashes broke out in Qasr Nawfal west of Raqqa city after midnight"
    place = place_of(finder, text, "Qasr Nawfal")
    assert place.gazetteer_id is None and place.admin1 == "Ar-Raqqah"  # near Raqqa, not the Hama quarter


def test_a_name_with_namesakes_still_needs_the_report_to_back_one(finder):
    text = "Shells fell on Kafr Dibbin and a drone struck a car in the northern countryside of Hama"
    place = place_of(finder, text, "Kafr Dibbin")
    assert place.gazetteer_id is None


def test_the_report_backs_one_namesake(finder):
    text = "Shells fell on Kafr Dibbin in the western countryside of Raqqa"
    assert place_of(finder, text, "Kafr Dibbin").gazetteer_id == "t:dibbin-raqqa"


def test_a_feature_known_only_with_its_lower_case_cue_word(finder):
    text = "Two drones hit the Shurfa airbase and clashes erupted in the Raqqa countryside"
    place = place_of(finder, text, "Shurfa")
    assert (place.gazetteer_id, place.feature) == ("t:shurfa", "military_site")


def test_a_governorate_capital_under_a_cue_word_is_still_placed(builtin):
    text = "Helicopters dropped barrel bombs on the northern mountains of Latakia and shells hit the countryside of Hama"
    place = place_of(builtin, text, "Latakia")
    assert place.admin1 == "Latakia" and place.lat is not None
    assert place.precision == 2  # the mountains around it, not the city itself


@pytest.mark.parametrize(("text", "admin1"), [
    ("Coalition jets struck positions on the eastern bank of the Euphrates in the Deir Ezzor countryside",
     "Deir ez-Zor"),
    ("Two fighters drowned crossing the Euphrates river near Raqqa", "Ar-Raqqah"),
])
def test_a_river_is_the_stretch_the_report_is_about(builtin, text, admin1):
    river = place_of(builtin, text, "Euphrates")
    assert (river.feature, river.precision, river.admin1) == ("river", 5, admin1)


def test_a_river_named_alone_is_a_linear_feature(builtin):
    river = place_of(builtin, "Gunmen crossed to the west of the Euphrates overnight", "Euphrates")
    assert river.feature == "river" and river.precision == 5 and river.lat is not None


def test_an_unknown_name_after_an_article_is_not_cut_at_a_foreign_namesake(builtin):
    """"al-Bureij" is also a Gaza camp, spelled otherwise: the Syrian village stays whole."""
    village = place_of(builtin, "Barrel bombs fell on the village of al-Bureij east of Hama at dawn", "al-Bureij")
    assert village.name == "al-Bureij" and village.feature == "village"


@pytest.mark.parametrize("bearing", ["northeast of", "12 km south of", "west of the city of"])
def test_a_town_a_bearing_locates_the_village_by_is_not_the_event_place(bearing):
    from observatory.extract.pipeline import Extractor
    from observatory.models import Document

    text = f"Regime helicopters dropped barrel bombs on the village of Tell Hammam {bearing} Idlib, killing four."
    events = Extractor().extract(text, Document(id="t", published="2019-05-02")).events
    assert {e.location.name for e in events if e.location} == {"Tell Hammam"}


@pytest.mark.parametrize(("text", "precision"), [
    ("Mortar shells fell on the capital and its suburbs, wounding nine people", 1),
    ("Fighting flared again on the eastern outskirts of the capital overnight", 2),
])
def test_the_capital_of_a_syrian_report_is_damascus(builtin, text, precision):
    place = place_of(builtin, text, "capital")
    assert (place.name, place.precision) == ("Damascus", precision)


@pytest.mark.parametrize("text", ["Delegates met in the Jordanian capital on Monday",
                                  "The convoy left the capital Amman at noon",
                                  "Talks resumed in the capital of Kazakhstan"])
def test_another_countrys_capital_is_not_damascus(builtin, text):
    assert all(m.place.name != "Damascus" for m in builtin.find(text, split_sentences(text)))


@pytest.mark.parametrize(("text", "mention", "precision"), [
    ("Jets pounded targets 8 km west of Hama through the night", "Hama", 2),
    ("Jets pounded Hama through the night", "Hama", 1),
])
def test_a_bearing_adjective_means_somewhere_around_the_place(finder, text, mention, precision):
    place = place_of(finder, text, mention)
    assert (place.gazetteer_id, place.precision) == ("t:hama", precision)


@pytest.mark.parametrize("text", ["Jets pounded western Hama through the night",
                                  "Jets pounded the west of Hama through the night"])
def test_a_bearing_adjective_before_a_capital_means_its_governorate(finder, text):
    """"western Hama", "the west of Hama" are the west of the governorate (prov10), not around the city."""
    place = place_of(finder, text, "Hama")
    assert (place.gazetteer_id, place.precision) == ("t:gov-hama", 4) and place.lon is not None and place.lon < 36.75


@pytest.mark.parametrize(("qualifier", "precision"), [("in", 2), ("6 km south of", 2), ("35 km south of", 3)])
def test_a_village_the_gazetteer_lacks_lies_near_the_town_qualifying_it(finder, qualifier, precision):
    text = f"Shells hit Umm Sirrin village {qualifier} Hama, wounding a farmer"
    village = place_of(finder, text, "Umm Sirrin")
    assert (village.name, village.gazetteer_id, village.precision) == ("Umm Sirrin", None, precision)
    assert (village.lat, village.lon, village.admin1) == (35.13, 36.75, "Hama")


def test_a_governorate_lends_a_village_its_point_only_at_governorate_precision(finder):
    village = place_of(finder, "Shells hit Umm Sirrin village in Hama province", "Umm Sirrin")
    assert (village.gazetteer_id, village.admin1, village.precision) == (None, "Hama", 4)


def test_an_old_alternate_of_a_far_listed_town_is_not_a_villages_name():
    """cities500 keeps old alternates; a town far away whose alias happens to be written
    is no namesake to trust without the report's support."""
    listed = GazetteerPlace("geonames:1", "Qurayyat al-Jabal", 32.78, 36.60, "village", admin1="As-Suwayda",
                            source="geonames-cities500", alt_names=("Sijnat",))
    finder = PlaceFinder(Gazetteer([*PLACES, listed]))
    place = place_of(finder, "Shells hit Qasr Nawfal, Sijnat and the outskirts of Hama", "Sijnat")
    assert place.gazetteer_id != "geonames:1"


def test_a_village_in_a_part_of_a_governorate_lies_only_in_it(finder):
    """"southern Hama" is the governorate's south (prov10): the village takes its point."""
    village = place_of(finder, "Shells hit Umm Sirrin village in southern Hama", "Umm Sirrin")
    assert village.lat is not None and village.lat < 35.13 and village.precision == 4


def test_a_spelling_observatory_adds_to_a_listed_town_is_its_own():
    listed = GazetteerPlace("geonames:2", "Ash Shaddadah", 36.06, 40.73, "village", admin1="Al-Hasakah",
                            source="geonames-cities500", alt_names=("Shaddadi",), vouched_names=("Shaddadi",))
    finder = PlaceFinder(Gazetteer([*PLACES, listed]))
    text = "Jets struck the countryside of Shaddadi and clashes went on in the northern countryside of Raqqa"
    assert place_of(finder, text, "Shaddadi").gazetteer_id == "geonames:2"
