"""Where an event is when a report places it relative to other places (issue 9, family 6)."""


from observatory.extract.pipeline import Extractor
from observatory.kb.gazetteer.boundaries import admin_units
from observatory.models import Document


def locations(extractor: Extractor, text: str):
    result = extractor.extract(text, Document(id="r", published="2019-05-02"))
    return [e.location for e in result.events if e.location is not None]


def test_a_town_located_between_two_others_is_the_place_not_the_others(extractor):
    found = locations(extractor, "Two guards were killed in an ambush near Wadiha, a village between Sfira and Khanasir.")
    assert [p.name for p in found] == ["Wadiha"]


def test_a_clash_between_two_towns_is_placed_on_the_span_between_them(extractor):
    found = locations(extractor, "Heavy clashes broke out between Kafr Nabl and Maarat al-Numan on Sunday.")
    assert len(found) == 1
    span = found[0]
    assert span.name.startswith("between ") and span.precision == 2 and span.feature == "area"
    assert 35.5 < span.lat < 35.7  # between the two towns, not on either


def test_a_bomb_on_a_road_named_by_its_ends_is_on_the_road(extractor):
    found = locations(extractor, "A roadside bomb exploded on the Aleppo-Raqqa highway, killing four soldiers.")
    assert len(found) == 1
    road = found[0]
    assert (road.feature, road.precision) == ("road", 5)
    assert "Aleppo" not in {p.name for p in found}


def test_a_bearing_after_a_road_places_the_event_near_the_town(extractor):
    found = locations(extractor, "Gunmen stormed a checkpoint on the Salamiyah road, west of Sabura, killing three.")
    assert [p.mention for p in found] == ["Sabura"]


def test_a_measured_distance_places_the_event_around_the_town(extractor):
    found = locations(extractor, "Rockets hit farmland 8 km south of Jisr al-Shughur, killing a shepherd.")
    assert len(found) == 1 and found[0].precision == 2 and "Shughur" in found[0].name


def test_a_distance_that_only_locates_another_place_is_not_the_event_place(extractor):
    found = locations(extractor, "Three soldiers were killed by shelling in Qaryatayn, 40 km from Homs.")
    assert [p.name for p in found] == ["Al Qaryatayn"]


def test_a_border_village_keeps_its_own_country():
    units = admin_units(35.926, 35.990, country="SY", admin1="Latakia")  # within a kilometre of Turkey
    assert (units.country, units.admin1) == ("SY", "Latakia")


def test_a_street_named_after_a_town_is_a_road_not_the_town():
    from observatory.extract.places import PlaceFinder
    from observatory.kb.gazetteer import Gazetteer
    from observatory.kb.gazetteer.builtin import builtin_places
    from observatory.nlp.sentences import split_sentences

    text = "A shell fell on Baghdad Street in central Damascus, wounding two."
    found = {m.mention: m.place for m in PlaceFinder(Gazetteer(builtin_places())).find(text, split_sentences(text))}
    street = found["Baghdad Street"]
    assert (street.feature, street.gazetteer_id, street.country) == ("street", None, "SY")
    assert street.lat == found["Damascus"].lat  # in the city that qualifies it, not in Iraq


def test_an_unknown_village_between_two_towns_lies_between_them_not_at_its_governorate(extractor):
    found = locations(extractor, "Mortars hit Qasr Dhibab, a village between Saraqib and Ariha, killing two farmers.")
    assert [p.name for p in found] == ["Qasr Dhibab"]
    village = found[0]
    assert village.precision == 2  # the two towns are close: near both
    assert 35.81 < village.lat < 35.87 and 36.63 < village.lon < 36.81  # between them, not at Idlib city


def test_an_unknown_village_between_two_distant_towns_is_known_only_to_its_district(extractor):
    found = locations(extractor, "Gunmen ambushed a bus near Qasr Dhibab, a village between Homs and Palmyra, "
                                 "killing six.")
    assert [p.name for p in found] == ["Qasr Dhibab"]
    assert found[0].precision == 3


def test_midpoint_is_near_both_ends_only_when_they_are_close():
    from observatory.extract.places import AROUND_PRECISION, DISTRICT_PRECISION, midpoint
    from observatory.models import Place

    west = Place(name="Tell Qarmash", mention="Tell Qarmash", lat=36.10, lon=37.00)
    close = Place(name="Ain Sawda", mention="Ain Sawda", lat=36.20, lon=37.20)  # ~21 km away
    far = Place(name="Jubb Hamra", mention="Jubb Hamra", lat=35.30, lon=38.40)  # ~160 km away
    assert midpoint(west, close, DISTRICT_PRECISION) == (36.15, 37.1, AROUND_PRECISION)
    assert midpoint(west, far, DISTRICT_PRECISION) == (35.7, 37.7, DISTRICT_PRECISION)
    assert midpoint(west, Place(name="Unplaced", mention="Unplaced"), DISTRICT_PRECISION) is None


def test_a_road_named_by_two_close_towns_stays_a_linear_feature(extractor):
    found = locations(extractor, "A mine blew up a bus on the Maarat al-Numan-Kafr Nabl road, killing six passengers.")
    assert [(p.feature, p.precision) for p in found] == [("road", 5)]
