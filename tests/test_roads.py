"""The map's schematic road layer: roads.yaml resolved through the gazetteer, in order."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from observatory.kb.gazetteer.builtin import builtin_places
from observatory.kb.gazetteer.geo import km_between
from observatory.kb.gazetteer.record import GazetteerPlace
from observatory.kb.gazetteer.roads import ROADS_FILE, RoadError, load_roads, road_network


def _syrian_points_named(name: str) -> list[tuple[float, float]]:
    """Where the gazetteer puts every Syrian place spelt ``name`` (an independent look-up)."""
    return [(p.lon, p.lat) for p in builtin_places()
            if p.country == "SY" and p.name == name and p.lat is not None and p.lon is not None]


def test_every_listed_town_resolves_and_each_line_runs_through_them_in_order():
    listed = yaml.safe_load(ROADS_FILE.read_text(encoding="utf-8"))
    features = road_network()["features"]
    assert [f["properties"]["name"] for f in features] == [row["name"] for row in listed]
    for row, feature in zip(listed, features, strict=True):
        line = feature["geometry"]["coordinates"]
        assert feature["geometry"]["type"] == "LineString"
        assert len(line) == len(row["towns"]) >= 2
        for entry, (lon, lat) in zip(row["towns"], line, strict=True):
            candidates = _syrian_points_named(entry.partition(",")[0].strip())
            assert any(abs(lon - c_lon) < 1e-3 and abs(lat - c_lat) < 1e-3 for c_lon, c_lat in candidates), \
                f"{row['name']}: {entry} is not at its gazetteer point"
            assert 32.0 < lat < 37.5 and 35.5 < lon < 42.5, f"{row['name']}: {entry} lies outside Syria"


def test_consecutive_towns_are_neighbours_not_jumps_across_the_country():
    """A misordered list draws a zig-zag: no straight segment of a main road spans 260 km."""
    for road in load_roads():
        for here, there in zip(road.towns, road.towns[1:], strict=False):
            assert km_between(*here.point, *there.point) < 260, f"{road.name}: {here.name} → {there.name}"


def _place(name: str, lat: float, lon: float, admin1: str, feature: str = "town") -> GazetteerPlace:
    return GazetteerPlace(id=f"test:{name}-{admin1}", name=name, lat=lat, lon=lon, feature=feature, admin1=admin1)


PLACES = [
    _place("Qasr Bardawil", 34.10, 37.40, "Homs"),
    _place("Tall Sinjan", 35.60, 38.90, "Ar-Raqqah"),
    _place("Tall Sinjan", 36.80, 40.30, "Al-Hasakah"),
    _place("Wadi Kharaz", 33.90, 36.90, "Rif Dimashq"),
    _place("Wadi Kharaz Plain", 33.80, 36.95, "Rif Dimashq", feature="region"),
]


def _roads_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "roads.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_governorate_picks_one_of_two_towns_of_the_same_name(tmp_path: Path):
    path = _roads_file(tmp_path, "- name: Desert track\n  towns: [Wadi Kharaz, Qasr Bardawil, 'Tall Sinjan, Ar-Raqqah']\n")
    (road,) = load_roads(path, PLACES)
    assert road.feature()["geometry"]["coordinates"] == [[36.9, 33.9], [37.4, 34.1], [38.9, 35.6]]
    assert road.feature()["properties"]["towns"] == ["Wadi Kharaz", "Qasr Bardawil", "Tall Sinjan"]


@pytest.mark.parametrize(("towns", "message"), [
    ("[Qasr Bardawil, Umm Tuwaynah]", "town 'Umm Tuwaynah' is not in the gazetteer"),
    ("[Qasr Bardawil, Tall Sinjan]", "town 'Tall Sinjan' is ambiguous"),
    ("[Qasr Bardawil, 'Tall Sinjan, Idlib']", "town 'Tall Sinjan, Idlib' is not in the gazetteer"),
    ("[Qasr Bardawil, Wadi Kharaz Plain]", "town 'Wadi Kharaz Plain' is not in the gazetteer"),
    ("[Qasr Bardawil]", "needs at least two towns"),
])
def test_a_town_that_cannot_be_placed_stops_the_build_naming_road_and_town(tmp_path: Path, towns: str, message: str):
    path = _roads_file(tmp_path, f"- name: Old caravan road\n  towns: {towns}\n")
    with pytest.raises(RoadError, match="Old caravan road") as error:
        load_roads(path, PLACES)
    assert message in str(error.value) and str(path) in str(error.value)


def test_a_road_without_towns_is_named_by_its_position(tmp_path: Path):
    path = _roads_file(tmp_path, "- name: First\n  towns: [Qasr Bardawil, Wadi Kharaz]\n- name: Second\n")
    with pytest.raises(RoadError, match="road 2 needs a name and a list of towns"):
        load_roads(path, PLACES)
