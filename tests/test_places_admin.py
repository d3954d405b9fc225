"""Country, governorate and district from coordinates; exports that say where an event was."""

from __future__ import annotations

import csv
import io

import pytest

from observatory.export.formats import export
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder, is_dateline
from observatory.fuse.incidents import update_incidents
from observatory.kb.gazetteer import Gazetteer, GazetteerPlace
from observatory.kb.gazetteer.boundaries import admin_units, area_at
from observatory.kb.gazetteer.builtin import builtin_places
from observatory.models import Document, Event, ExtractionResult, Place, Span
from observatory.nlp.sentences import split_sentences
from observatory.store.claims import save_extraction
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow


@pytest.mark.parametrize("lat, lon, country, admin1", [
    (34.60, 43.68, "IQ", None),        # Tikrit
    (34.43, 35.84, "LB", None),        # Tripoli, Lebanon
    (34.56, 38.28, "SY", "Homs"),      # Palmyra
    (36.51, 40.74, "SY", "Al-Hasakah"),  # Al-Hasakah city
    (32.62, 36.10, "SY", "Daraa"),
    (33.13, 35.82, "SY", "Quneitra"),
])
def test_a_point_falls_in_its_country_and_governorate(lat, lon, country, admin1):
    area = area_at(lat, lon)
    assert area is not None and area.country == country
    if admin1:
        assert area.admin1 == admin1


def test_a_point_at_sea_is_in_no_area():
    assert area_at(34.5, 34.2) is None
    assert area_at(None, None) is None


def test_coordinates_overrule_a_row_that_names_the_wrong_country():
    units = admin_units(35.47, 44.39, country="SY", admin1="Al-Hasakah")  # a point in Kirkuk
    assert (units.country, units.in_syria) == ("IQ", False)
    assert units.admin1 != "Al-Hasakah"


def test_a_syrian_point_without_units_gets_governorate_and_district():
    units = admin_units(35.93, 36.63)  # Idlib city
    assert (units.country, units.admin1) == ("SY", "Idlib")
    assert units.admin2


def test_foreign_towns_in_reports_are_placed_in_their_own_country():
    finder = PlaceFinder(Gazetteer(builtin_places()))
    text = "A car bomb killed nine in Kirkuk, while shelling hit Aleppo."
    found = {m.mention: m.place for m in finder.find(text, split_sentences(text))}
    assert found["Kirkuk"].country == "IQ"
    assert (found["Aleppo"].country, found["Aleppo"].admin1) == ("SY", "Aleppo")


def test_search_ranks_syrian_places_before_foreign_namesakes():
    foreign = GazetteerPlace("t:f", "Qaryat Nour", 31.9, 35.2, "village", country="PS")
    syrian = GazetteerPlace("t:s", "Qaryat Nur", 35.1, 37.2, "village", country="SY", admin1="Hama")
    ranked = Gazetteer([foreign, syrian]).search("Qaryat Nour")
    assert [p.id for p in ranked[:2]] == ["t:s", "t:f"]


@pytest.mark.parametrize("mention, dateline", [("AMMAN", True), ("BEIRUT", True), ("Beirut", False), ("SDF", False)])
def test_agency_datelines_are_recognised(mention, dateline):
    assert is_dateline(mention) is dateline


def test_a_dateline_city_is_not_where_the_event_happened():
    text = "AMMAN (AFP) - Government shelling killed four civilians in Nawa on Tuesday, activists said."
    result = Extractor().extract(text, Document(id="d1", published="2018-06-20"))
    places = {e.location.name for e in result.events if e.location}
    assert places and "Amman" not in places


def _store_event(session, report: str, name: str, lat: float, lon: float) -> None:
    sentence = f"Clashes broke out in {name}."
    doc = DocumentRow(external_id=report, text=sentence, content_hash=f"hash-{report}")
    session.add(doc)
    session.flush()
    event = Event(id="e1", event_type="Battles", sub_event_type="Armed clash", date=None,
                  location=Place(name=name, mention=name, lat=lat, lon=lon, precision=1),
                  evidence=[Span(start=0, end=len(sentence), text=sentence)], confidence=0.8)
    save_extraction(session, doc, ExtractionResult(document=Document(id=report), events=[event]), "test")


def test_exports_name_the_country_and_governorate_from_the_point(engine):
    with session_scope(engine) as session:
        _store_event(session, "r-iraq", "Hawija", 35.32, 43.77)
        _store_event(session, "r-syria", "Tell Rifaat", 36.47, 37.10)
        update_incidents(session)
        handle = io.StringIO()
        export(session, "acled", handle)
        rows = {r["location"]: r for r in csv.DictReader(io.StringIO(handle.getvalue()))}
    assert rows["Hawija"]["country"] == "Iraq"
    assert (rows["Tell Rifaat"]["country"], rows["Tell Rifaat"]["admin1"]) == ("Syria", "Aleppo")
    assert rows["Tell Rifaat"]["admin2"]


def test_syria_only_views_leave_out_incidents_placed_abroad(engine):
    from observatory.fuse.read_model import IncidentFilter, list_incidents
    from observatory.web.incident_reads import period_counts

    with session_scope(engine) as session:
        _store_event(session, "r-iraq", "Hawija", 35.32, 43.77)
        _store_event(session, "r-syria", "Tell Rifaat", 36.47, 37.10)
        update_incidents(session)
        assert period_counts(session, None, None).incidents == 1
        rows, _ = list_incidents(session, IncidentFilter(country="SY"))
        assert [r.place_name for r in rows] == ["Tell Rifaat"]
        everywhere, _ = list_incidents(session, IncidentFilter())
        assert len(everywhere) == 2


def test_a_place_without_coordinates_names_itself_when_asked_for_its_point():
    assert GazetteerPlace(id="user:tell-ghanem", name="Tell Ghanem", lat=35.61, lon=36.92).point == (35.61, 36.92)
    unplaced = GazetteerPlace(id="user:khirbet-sultan", name="Khirbet Sultan", lat=None, lon=None)
    with pytest.raises(ValueError, match="user:khirbet-sultan"):
        _ = unplaced.point


@pytest.mark.parametrize("lat, lon, country, admin1", [
    (33.05, 35.76, "SY", "Quneitra"),   # the occupied Golan plateau, between Mas'ada and Quneitra
    (32.80, 35.70, "SY", "Quneitra"),   # above the east shore of Lake Tiberias
    (32.79, 35.53, "IL", "Northern"),   # Tiberias, west of the lake
    (33.21, 35.57, "IL", "Northern"),   # the Hula valley
])
def test_the_occupied_golan_is_in_syria_and_galilee_in_israel(lat, lon, country, admin1):
    area = area_at(lat, lon)
    assert area is not None and (area.country, area.admin1) == (country, admin1)
