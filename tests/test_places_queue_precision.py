"""The unresolved-places queue holds names a monitor can place: no titles, creeds or camp
kinds proposed as villages, no "between X and Y" span, and each name shown in a sentence
that names it.  Sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from observatory.extract.places import PlaceFinder
from observatory.fuse.unresolved import excerpt, open_unresolved
from observatory.models import Document, Event, ExtractionResult, Place, Span
from observatory.nlp.sentences import split_sentences
from observatory.store.claims import save_extraction
from observatory.store.db import make_engine, migrate
from observatory.store.tables.core import DocumentRow


@pytest.fixture(scope="module")
def finder() -> PlaceFinder:
    return PlaceFinder()


def unplaced(finder: PlaceFinder, text: str) -> set[str]:
    """The names the queue would receive: toponyms with no gazetteer id."""
    return {m.mention for m in finder.find(text, split_sentences(text)) if m.place.gazetteer_id is None}


@pytest.mark.parametrize(("text", "word"), [
    ("Shells landed near President Fadi al-Nourans family farm outside Qardaha on Sunday.", "President"),
    ("Warplanes pounded Takfiri gunmen across the western Hama countryside.", "Takfiri"),
    ("A car bomb went off near Prime Minister Wael Halqis convoy in Mezzeh.", "Prime Minister"),
    ("Two bombers struck the Peshmerga post at dawn near Sinjar.", "Peshmerga"),
    ("Jets destroyed an ISIS Training Camp in rural Homs on Monday.", "Training"),
    ("ISIS fighters stormed the perimeter of Deir Ezzor Military Airport overnight.", "Military"),
    ("Mortar rounds fell near the Military Airport of Qamishli on Friday.", "Military"),
    ("A drone came down near Hmeimim Military Air Base south of Jableh.", "Military"),
])
def test_titles_creeds_and_kinds_of_site_are_no_toponyms(finder: PlaceFinder, text: str, word: str) -> None:
    assert not any(word in name for name in unplaced(finder, text))


@pytest.mark.parametrize(("text", "village"), [
    # the precision guard: a village whose name holds such a word, or is spelled like one, is still queued
    ("Rockets hit the village of Tal Shabiha west of Qusayr on Tuesday.", "Tal Shabiha"),
    ("Planes struck the village of Jihadiyeh in the Raqqa countryside.", "Jihadiyeh"),
    ("Clashes went on around Takfiriyeh village in the Hama countryside.", "Takfiriyeh"),
    ("Two shells hit the Military Housing quarter of Hama at noon.", "Military Housing"),
])
def test_a_village_spelled_like_such_a_word_still_reaches_the_queue(finder: PlaceFinder, text: str,
                                                                      village: str) -> None:
    assert any(village in name for name in unplaced(finder, text))


def _store(session: Session, report: str, text: str, events: list[Event]) -> None:
    doc = DocumentRow(external_id=report, text=text, content_hash=f"h-{report}")
    session.add(doc)
    session.flush()
    save_extraction(session, doc, ExtractionResult(document=Document(id=report), events=events), "test")


def _event(local_id: str, place: Place, text: str, sentence: str) -> Event:
    start = text.index(sentence)
    return Event(id=local_id, event_type="Violence against civilians", sub_event_type="Attack", location=place,
                 evidence=[Span(start=start, end=start + len(sentence), text=sentence)], confidence=0.8)


TEXT = ("Gunmen stormed Khirbet Umm Nasreen before dawn. Nine men were taken and later shot. "
        "Shells also fell between Saraqib and Taftanaz on the same day.")


def _queue(tmp_path: Path, text: str, events: list[Event]) -> tuple[list[str], list[str | None]]:
    engine = migrate(make_engine(f"sqlite:///{tmp_path / 'queue.db'}"))
    with Session(engine) as session, session.begin():
        _store(session, "report-31", text, events)
    with Session(engine) as session:
        entries, _ = open_unresolved(session)
    engine.dispose()
    return [e.name for e in entries], [e.example for e in entries]


def test_the_queue_shows_a_name_in_the_report_sentence_naming_it(tmp_path: Path) -> None:
    village = Place(name="Khirbet Umm Nasreen", mention="Khirbet Umm Nasreen")
    names, examples = _queue(tmp_path, TEXT, [_event("e1", village, TEXT, "Nine men were taken and later shot.")])
    assert names == ["Khirbet Umm Nasreen"] and examples == ["Gunmen stormed Khirbet Umm Nasreen before dawn."]


def test_the_queue_leaves_out_the_span_between_two_placed_ends(tmp_path: Path) -> None:
    village = Place(name="Khirbet Umm Nasreen", mention="Khirbet Umm Nasreen")
    span = Place(name="between Saraqib and Taftanaz", mention="Saraqib and Taftanaz", lat=35.87, lon=36.84,
                 country="SY", feature="area", precision=2)
    names, _ = _queue(tmp_path, TEXT, [
        _event("e1", village, TEXT, "Gunmen stormed Khirbet Umm Nasreen before dawn."),
        _event("e2", span, TEXT, "Shells also fell between Saraqib and Taftanaz on the same day."),
    ])
    assert names == ["Khirbet Umm Nasreen"]


def test_an_evidence_sentence_naming_the_place_stays_the_example(tmp_path: Path) -> None:
    # the guard: the claim's own sentence is kept when it names the place, not the report's first such one
    text = "Mazraat Abu Hilal lies near Salqin. A mortar round hit Mazraat Abu Hilal at noon, wounding four."
    place = Place(name="Mazraat Abu Hilal", mention="Mazraat Abu Hilal")
    _, examples = _queue(tmp_path, text, [_event("e1", place, text, "A mortar round hit Mazraat Abu Hilal at noon, "
                                                                    "wounding four.")])
    assert examples == ["A mortar round hit Mazraat Abu Hilal at noon, wounding four."]


@pytest.mark.parametrize(
    ("example", "name", "shown"),
    [
        (None, "Kafr Zita", ""),  # a name with no example sentence
        ("", "Kafr Zita", ""),
        ("Shelling hit Kafr Zita.", "", "Shelling hit Kafr Zita."),  # an empty name shows the sentence's start
        ("Rockets fell on the market. " * 8, "Tell Qarah", ("Rockets fell on the market. " * 8)[:120]),  # not named
    ],
)
def test_an_excerpt_of_missing_or_empty_input_is_the_sentences_start(example, name, shown):
    assert excerpt(example, name) == shown


def test_an_excerpt_finds_the_name_where_case_folding_changes_lengths_before_it():
    # "ß" folds to "ss": offsets in a folded copy run ahead of the sentence's own
    before = "Straße " * 60
    example = before + "Kafr Zita was shelled" + " and the road was closed" * 12
    shown = excerpt(example, "KAFR ZITA")
    assert "Kafr Zita" in shown and len(shown) == 120
