"""Where one-line reports are placed: a headline that names only a governorate, a village
the gazetteer lacks qualified by its governorate or closing a list, a governorate beside a
town of another clause or of the same phrase, and a bearing in a governorate's countryside."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.kb.gazetteer.geo import km_between
from observatory.models import Document, Event, ExtractionResult
from observatory.nlp.sentences import split_sentences


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-04-02"))


def only_event(result: ExtractionResult, sub_type: str) -> Event:
    events = [e for e in result.events if e.sub_event_type == sub_type]
    assert len(events) == 1, result.events
    return events[0]


def test_a_headline_naming_only_a_governorate_is_placed_there_coarsely(extractor: Extractor) -> None:
    event = only_event(run(extractor, "Mourners gather in Tartus countryside. Unknown gunmen attacked a "
                                      "checkpoint on Tuesday and killed two guards."), "Armed clash")
    assert event.location is not None and event.location.admin1 == "Tartus"
    assert event.location.lat is not None and event.location.precision == 4


def test_a_village_the_gazetteer_lacks_takes_its_governorate_point_at_that_precision(extractor: Extractor) -> None:
    result = run(extractor, "Warplanes raid Zuweiqat al-Fawqa village in Hama countryside, wounding four farmers")
    event = only_event(result, "Air/drone strike")
    assert event.location is not None and event.location.mention.startswith("Zuweiqat al-Fawqa")
    assert event.location.gazetteer_id is None  # still a name to resolve
    assert event.location.admin1 == "Hama" and event.location.precision == 4


def test_a_town_in_the_next_clause_does_not_take_the_governorate_s_event(extractor: Extractor) -> None:
    event = only_event(run(extractor, "Rocket shelling hits the countryside of Latakia and the factions "
                                      "besiege Saraqib from two sides"), "Shelling/artillery/missile attack")
    assert event.location is not None and event.location.admin1 == "Latakia"


def test_a_town_named_after_its_governorate_in_one_phrase_is_the_site(extractor: Extractor) -> None:
    event = only_event(run(extractor, "Airstrikes hit Idlib province, in the town of Saraqib, killing a "
                                      "baker"), "Air/drone strike")
    assert event.location is not None and event.location.mention == "Saraqib"


def test_a_head_word_keeps_a_foreign_village_s_name_inside_a_syrian_toponym(extractor: Extractor) -> None:
    """"Aran" alone is a Turkish village; "Tell Aran" is one unknown toponym."""
    result = run(extractor, "Mortars hit the villages of Tell Aran and Tell Hasel east of Aleppo, wounding six")
    assert {"Tell Aran", "Tell Hasel"} <= {e.location.mention for e in result.events if e.location}


def test_every_unknown_village_of_a_list_takes_the_point_of_the_list_s_qualifier(extractor: Extractor) -> None:
    result = run(extractor, "Jets bombed Umm Jurn, Rasm Hamad and Tell Maksur in Hama countryside at noon")
    placed = {e.location.mention: e.location for e in result.events if e.location}
    assert set(placed) == {"Umm Jurn", "Rasm Hamad", "Tell Maksur"}
    assert {(p.admin1, p.precision, p.gazetteer_id) for p in placed.values()} == {("Hama", 4, None)}


def _countryside(extractor: Extractor, text: str):
    [place] = [m.place for m in extractor.places.find(text, split_sentences(text)) if m.place.feature == "admin1"]
    return place


def test_a_bearing_in_a_governorate_s_countryside_moves_its_point_that_way(extractor: Extractor) -> None:
    plain = _countryside(extractor, "Helicopters dropped barrels on the countryside of Hama")
    north = _countryside(extractor, "Helicopters dropped barrels on the northern countryside of Hama")
    east = _countryside(extractor, "Helicopters dropped barrels on Hama's eastern countryside")
    assert north.lat > plain.lat and north.lon == plain.lon
    assert east.lon > plain.lon and east.lat == plain.lat
    assert 15 < km_between(plain.lat, plain.lon, north.lat, north.lon) < 30
    assert (north.admin1, north.precision) == ("Hama", 4)


def test_a_bearing_never_moves_the_point_out_of_the_governorate(extractor: Extractor) -> None:
    plain = _countryside(extractor, "Helicopters dropped barrels on the countryside of Latakia")
    west = _countryside(extractor, "Helicopters dropped barrels on the western countryside of Latakia")  # the sea
    assert (west.lat, west.lon) == (plain.lat, plain.lon)


@pytest.mark.parametrize(("text", "feature"), [
    ("Two drones struck the Tabqa dam before dawn", "dam"),            # not the town of Tabqa
    ("Shells fell on Qamishli airport during the night", "military_site"),  # not the city
    ("Clashes broke out near the Omar oil field on Sunday", "site"),   # "Omar" alone is a man's name
])
def test_a_feature_named_after_a_town_or_a_man_is_the_feature(extractor: Extractor, text: str, feature: str) -> None:
    [found] = extractor.places.find(text, split_sentences(text))
    assert found.place.feature == feature and found.place.gazetteer_id is not None


def test_a_man_s_name_without_a_feature_word_is_no_place(extractor: Extractor) -> None:
    text = "Omar told reporters the checkpoint was quiet"
    assert extractor.places.find(text, split_sentences(text)) == []


def test_a_region_located_by_a_bearing_from_a_city_is_the_site_not_the_city(extractor: Extractor) -> None:
    event = only_event(run(extractor, "Helicopters dropped barrel bombs on the Ghab Plain northwest of Hama "
                                      "city, wounding a shepherd"), "Air/drone strike")
    assert event.location is not None and event.location.mention == "Ghab Plain"
