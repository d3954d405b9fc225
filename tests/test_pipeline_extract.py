"""The whole extractor on full reports: contract, offsets, linking, the seed report."""

from __future__ import annotations

from pathlib import Path

import jsonschema
import pytest

from observatory.extract.pipeline import EXTRACTOR_VERSION, Extractor
from observatory.models import Document, ExtractionResult

FIXTURES = Path(__file__).parent / "fixtures" / "events"
SEED = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.txt"


@pytest.fixture(scope="module")
def douma(extractor: Extractor) -> tuple[str, ExtractionResult]:
    text = (FIXTURES / "report_douma.txt").read_text(encoding="utf-8")
    return text, extractor.extract(text, Document(id="douma", published="2017-11-17", source="test"))


def test_output_validates_against_the_schema(douma: tuple[str, ExtractionResult],
                                            extraction_schema: dict) -> None:
    jsonschema.validate(douma[1].to_json_dict(), extraction_schema)


def test_every_evidence_span_points_at_its_text(douma: tuple[str, ExtractionResult]) -> None:
    text, result = douma
    spans = [s for e in result.events for s in e.evidence]
    spans += [c.evidence for c in result.casualties] + [k.evidence for k in result.control_changes]
    assert spans and all(text[s.start:s.end] == s.text for s in spans)


def test_report_events_by_type_and_place(douma: tuple[str, ExtractionResult]) -> None:
    _, result = douma
    found = {(e.sub_event_type, e.location.mention if e.location else None) for e in result.events}
    assert ("Shelling/artillery/missile attack", "Douma") in found
    assert ("Shelling/artillery/missile attack", "Damascus") in found
    assert ("Armed clash", "Harasta") in found
    assert all("Idlib" not in (e.location.mention if e.location else "") for e in result.events)


def test_dates_come_from_the_clause_not_the_dateline(douma: tuple[str, ExtractionResult]) -> None:
    _, result = douma
    clash = next(e for e in result.events if e.sub_event_type == "Armed clash")
    assert clash.date.start == "2017-11-14"


def test_casualties_link_to_the_event_of_their_sentence(douma: tuple[str, ExtractionResult]) -> None:
    _, result = douma
    by_id = {e.id: e for e in result.events}
    seven = next(c for c in result.casualties if c.count.value == 7)
    assert seven.event is not None and by_id[seven.event].location.mention == "Douma"


def test_without_a_publication_date_the_dateline_anchors_weekdays(extractor: Extractor) -> None:
    text = (FIXTURES / "report_douma.txt").read_text(encoding="utf-8")
    result = extractor.extract(text, Document(id="douma"))
    assert any(e.date and e.date.start == "2017-11-17" for e in result.events)


def test_extractor_is_cheap_to_build_again(extractor: Extractor) -> None:
    again = Extractor()
    assert again.places is extractor.places and again.actors is extractor.actors
    assert EXTRACTOR_VERSION


@pytest.mark.skipif(not SEED.exists(), reason="shared/gold/seed.txt not beside the clone")
def test_seed_report(extractor: Extractor) -> None:
    text = SEED.read_text(encoding="utf-8")
    result = extractor.extract(text, Document(id="seed-000", published="2017-10-01", source="SOHR"))
    assert {"Armed clash", "Non-state actor overtakes territory", "Air/drone strike",
            "Shelling/artillery/missile attack", "Suicide bomb"} == {e.sub_event_type for e in result.events}
    taken = {(c.place.mention, c.gained_by, c.change) for c in result.control_changes}
    assert {("Al-Qaryatayn city", "Islamic State", "captured"), ("al-Tayba town", "Islamic State", "captured"),
            ("Dahek mountain", "Islamic State", "captured"), ("Al-Shawla", "Islamic State", "recaptured"),
            ("Kabajeb", "Islamic State", "recaptured")} <= taken
    actors = {a.name for e in result.events for a in e.actors}
    assert {"Military Forces of Syria", "Pro-Government Militias (Syria)", "Islamic State",
            "Military Forces of Russia"} <= actors
