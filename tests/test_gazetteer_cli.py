"""``observatory gazetteer …`` and ``observatory geocode`` as a user runs them."""

import re
from pathlib import Path

import pytest
import typer
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from observatory.commands.gazetteer import register
from observatory.kb.gazetteer import reset_default_gazetteer
from observatory.models import Document, Event, ExtractionResult, Place, Span
from observatory.store.claims import save_extraction
from observatory.store.db import make_engine, migrate
from observatory.store.tables.core import DocumentRow

FIXTURES = Path(__file__).parent / "fixtures" / "gazetteer"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Keep the verbs sub-commands, as under the real root app."""

    register(app)
    return app


@pytest.fixture
def db(tmp_path: Path):
    reset_default_gazetteer()
    yield f"sqlite:///{tmp_path / 'gazetteer.db'}"
    reset_default_gazetteer()


def run(app, *args):
    result = CliRunner().invoke(app, [*map(str, args)], env={"COLUMNS": "250"})
    return result, result.output + (result.stderr if result.stderr_bytes is not None else "")


def test_add_then_geocode_finds_the_new_place(app, db):
    result, out = run(app, "gazetteer", "add", "Kabajeb", "--lat", 35.05, "--lon", 39.44,
                      "--alias", "Kabajib", "--admin1", "Deir Ezzor", "--db", db)
    assert result.exit_code == 0, out
    place_id = out.strip()
    assert place_id.startswith("user:")
    result, out = run(app, "geocode", "ISIS recaptured Kabajib village on Friday.", "--db", db)
    assert result.exit_code == 0, out
    assert place_id in out and "35.05000" in out and "Deir ez-Zor" in out


def test_import_reports_bad_rows_with_file_and_line(app, db):
    result, out = run(app, "gazetteer", "import", FIXTURES / "places.csv", "--db", db)
    assert result.exit_code == 1
    assert f"{FIXTURES / 'places.csv'}:4:" in out
    assert "csv: 2 places" in out
    result, out = run(app, "gazetteer", "search", "Kobajjep", "--db", db)
    assert "Kabajeb" in out


def test_import_refuses_an_unknown_format(app, db):
    result, out = run(app, "gazetteer", "import", FIXTURES / "places.csv", "--format", "kml", "--db", db)
    assert result.exit_code == 2 and "choose one of" in out


def _store_unplaced_event(db: str, name: str, sentence: str, report: str = "report-1") -> None:
    engine = migrate(make_engine(db))
    with Session(engine) as session, session.begin():
        doc = DocumentRow(external_id=report, text=sentence, content_hash=f"h-{report}")
        session.add(doc)
        session.flush()
        event = Event(id="e1", event_type="Battles", sub_event_type="Armed clash",
                      location=Place(name=name, mention=f"{name} village"),
                      evidence=[Span(start=0, end=len(sentence), text=sentence)], confidence=0.8)
        result = ExtractionResult(document=Document(id=report), events=[event])
        save_extraction(session, doc, result, "test")
    engine.dispose()


def test_unresolved_queue_and_resolution_to_a_new_point(app, db):
    sentence = "Clashes erupted in Kabajeb village in the western desert of Deir Ezzor."
    _store_unplaced_event(db, "Kabajeb", sentence)
    result, out = run(app, "gazetteer", "unresolved", "--db", db)
    assert result.exit_code == 0, out
    assert "Kabajeb" in out and "report-1" in out and "Clashes erupted" in out
    result, out = run(app, "gazetteer", "resolve", "Kabajeb", "--lat", 35.05, "--lon", 39.44, "--db", db)
    assert result.exit_code == 0, out
    result, out = run(app, "gazetteer", "unresolved", "--db", db)
    assert "Kabajeb" not in out
    result, out = run(app, "geocode", sentence, "--db", db)
    assert "35.05000" in out


def test_resolve_to_a_built_in_place_adds_an_alias(app, db):
    result, out = run(app, "gazetteer", "resolve", "Sokhna", "--to", "geonames:172425", "--db", db)
    assert result.exit_code == 0, out
    result, out = run(app, "geocode", "Warplanes struck Sokhna.", "--db", db)
    assert "geonames:172425" in out


def test_resolve_needs_a_target(app, db):
    result, out = run(app, "gazetteer", "resolve", "Sokhna", "--db", db)
    assert result.exit_code != 0 and "--to" in out


def test_unresolved_lists_best_candidates_and_resolving_re_places_every_spelling(app, db):
    _store_unplaced_event(db, "Khirbet Umm Jurn", "Shelling hit Khirbet Umm Jurn village at dawn.", "report-7")
    _store_unplaced_event(db, "Khirbet Umm-Jurn", "A mine killed a farmer near Khirbet Umm-Jurn.", "report-8")
    result, out = run(app, "gazetteer", "add", "Khirbat Umm Jirin", "--lat", 34.61, "--lon", 38.02,
                      "--admin1", "Homs", "--db", db)
    place_id = out.strip()
    result, out = run(app, "gazetteer", "unresolved", "--db", db)
    assert result.exit_code == 0, out
    listed = next(line for line in out.splitlines() if "Khirbet Umm" in line)
    assert re.search(r"Khirbat Umm Jirin\s+\d\d", listed)  # the candidate with its likeness
    result, out = run(app, "gazetteer", "resolve", "Khirbet Umm Jurn", "--to", place_id, "--db", db)
    assert result.exit_code == 0, out
    assert "(2 claims re-placed)" in out


def test_toponyms_that_are_no_claims_place_are_queued_too(app, db):
    sentence = "Shelling hit Kabajeb village, north of the village of Umm Qusour, on Monday."
    _store_unplaced_event(db, "Kabajeb", sentence, "report-9")
    result, out = run(app, "gazetteer", "unresolved", "--db", db)
    assert result.exit_code == 0, out
    assert "Kabajeb" in out and "Umm Qusour" in out


def test_unresolved_shows_the_words_around_a_name_told_late_in_a_long_sentence(app, db):
    sentence = ("Government troops backed by allied militias and heavy air cover pushed on through the rugged "
                "hills overnight until they reached Khirbet Umm Sawan and the ridge beyond it at dawn.")
    _store_unplaced_event(db, "Khirbet Umm Sawan", sentence, "report-12")
    result, out = run(app, "gazetteer", "unresolved", "--db", db)
    assert result.exit_code == 0, out
    listed = next(line for line in out.splitlines() if "report-12" in line)
    assert "reached Khirbet Umm Sawan and the ridge" in listed
