"""Importers: GeoNames dumps, UCDP GED, ACLED and plain CSV into the store, and back
into the in-memory index."""

from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.kb.gazetteer.importers import detect_format, import_file
from observatory.kb.gazetteer.repository import load_user_places
from observatory.store.tables.gazetteer import GazetteerNameRow, GazetteerPlaceRow

FIXTURES = Path(__file__).parent / "fixtures" / "gazetteer"


@pytest.mark.parametrize(
    "name, fmt",
    [("SY.txt", "geonames"), ("alternateNames.txt", "geonames-alternates"), ("ged_sample.csv", "ucdp"),
     ("acled_sample.csv", "acled"), ("places.csv", "csv")],
)
def test_format_is_detected_from_the_first_line(name, fmt):
    assert detect_format(FIXTURES / name) == fmt


def test_geonames_dump_and_alternate_names(engine):
    report = import_file(FIXTURES / "SY.txt", engine)
    assert report.places == 3  # Tall Rifat, the mountain, Kilis (TR is a neighbour); the river is skipped
    assert [(e.line, "19" in e.message) for e in report.errors][0] == (5, True)
    assert report.errors[1].line == 6 and "latitude" in report.errors[1].message
    assert str(report.errors[0]).startswith(f"{FIXTURES / 'SY.txt'}:5:")
    names = import_file(FIXTURES / "alternateNames.txt", engine)
    assert names.names == 2  # the Arabic and "Tell Rifaat"; the link and the unknown place skipped
    with Session(engine) as session:
        mountain = session.get(GazetteerPlaceRow, "geonames:900002")
        assert (mountain.feature, mountain.admin1) == ("mountain", "Aleppo")
        spellings = set(session.scalars(select(GazetteerNameRow.name).where(
            GazetteerNameRow.place_id == "geonames:900001")))
    assert {"Tall Rifat", "Tal Refaat", "تل رفعت", "Tell Rifaat"} <= spellings


def test_a_zipped_country_dump_is_read_as_downloaded(engine, tmp_path):
    import zipfile

    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "GeoNames readme")
        zf.write(FIXTURES / "SY.txt", "SY.txt")
    report = import_file(archive, engine)
    assert (report.format, report.places) == ("geonames", 3)


def test_ucdp_rows_become_one_place_per_location(engine):
    report = import_file(FIXTURES / "ged_sample.csv", engine)
    assert report.places == 3
    assert [e.line for e in report.errors] == [7]
    places, _ = load_user_places(engine.url.render_as_string(hide_password=False))
    by_name = {p.name: p for p in places}
    assert by_name["Al Qaryatayn"].feature == "town"
    assert by_name["Al Qaryatayn"].admin1 == "Homs" and by_name["Al Qaryatayn"].admin2 == "Homs"
    assert by_name["Jabal ad Dahik"].feature == "mountain"
    assert by_name["Tabqa Military Airbase"].admin1 == "Ar-Raqqah"


def test_acled_and_plain_csv(engine):
    acled = import_file(FIXTURES / "acled_sample.csv", engine)
    assert (acled.places, [e.line for e in acled.errors]) == (2, [5])
    plain = import_file(FIXTURES / "places.csv", engine)
    assert plain.places == 2 and [e.line for e in plain.errors] == [4]
    places, _ = load_user_places(engine.url.render_as_string(hide_password=False))
    kabajeb = next(p for p in places if p.name == "Kabajeb")
    assert set(kabajeb.alt_names) == {"Kabajib", "Kobajjep"} and kabajeb.admin1 == "Deir ez-Zor"
    ghouta = next(p for p in places if p.name == "Eastern Ghouta")
    assert ghouta.admin1 == "Rif Dimashq" and ghouta.precision == 2


def test_reimport_replaces_rows_and_keeps_user_aliases(engine):
    from observatory.kb.gazetteer.repository import add_alias

    import_file(FIXTURES / "places.csv", engine)
    with Session(engine) as session, session.begin():
        pid = session.scalar(select(GazetteerPlaceRow.id).where(GazetteerPlaceRow.name == "Kabajeb"))
        add_alias(session, pid, "Kbajeb")
    import_file(FIXTURES / "places.csv", engine)
    places, aliases = load_user_places(engine.url.render_as_string(hide_password=False))
    assert sum(p.name == "Kabajeb" for p in places) == 1
    assert (pid, "Kbajeb") in aliases
