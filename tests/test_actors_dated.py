"""A descriptor read as of the report's day (issue 11): the SDF was founded in October 2015,
so "US-backed fighters" in an earlier report are the rebels Washington armed then, and the
same words in a later report are the SDF.  The ``from``/``before`` fields are data."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from observatory.extract.context import DocContext, DocumentActors
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import ActorDataError, ActorKB
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Document

SDF = "SDF: Syrian Democratic Forces"
REBELS = "Syrian Rebels"
TEXT = "U.S.-backed fighters overran an army checkpoint outside Kafr Dael at dawn."


@pytest.fixture(scope="module")
def kb() -> ActorKB:
    return ActorKB.load()


@pytest.mark.parametrize("on, name", [
    (date(2014, 11, 3), REBELS),
    (date(2015, 10, 9), REBELS),
    (date(2015, 10, 10), SDF),
    (date(2017, 6, 21), SDF),
    (None, SDF),  # an undated text: the alliance the words name today
])
def test_us_backed_fighters_are_the_actor_of_the_reports_day(kb: ActorKB, on: date | None, name: str) -> None:
    assert [m.name for m in kb.find(TEXT, on=on) if m.mention == "U.S.-backed fighters"] == [name]


@pytest.mark.parametrize("published, name", [("2014-11-03", REBELS), ("2017-06-21", SDF)])
def test_an_extracted_event_names_the_actor_of_its_day(extractor: Extractor, published: str, name: str) -> None:
    result = extractor.extract(TEXT, Document(id="t", published=published))
    assert name in {actor.name for event in result.events for actor in event.actors}
    assert ({REBELS, SDF} - {name}).isdisjoint(actor.name for event in result.events for actor in event.actors)


def test_an_undated_kind_of_descriptor_is_unchanged_by_the_day(kb: ActorKB) -> None:
    text = "Kurdish-led militiamen cut the road south of Tell Ghazal."
    assert [m.name for m in kb.find(text, on=date(2013, 4, 2))] == [SDF]


@pytest.mark.parametrize("fields, message", [
    ("from: 2015-10-10", "'from' and 'before' go together"),
    ("from: soon\n    before: Syrian Rebels", "'from' must be a day"),
    ("from: 2015-10-10 08:30:00\n    before: Syrian Rebels", "'from' must be a day"),  # YAML reads a timestamp
    ("from: 2015-10-10\n    before: Nobody Known", "unknown 'before' actor 'Nobody Known'"),
])
def test_a_bad_dated_descriptor_names_its_file_and_entry(tmp_path: Path, fields: str, message: str) -> None:
    user = tmp_path / "actors.yaml"
    user.write_text("actors:\n  - name: Syrian Rebels\n    type: rebel_group\n  - name: Hill Brigade\n"
                    "    type: rebel_group\ndescriptors:\n  - actor: Hill Brigade\n    words: [Hill-backed]\n"
                    f"    {fields}\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=rf"{user}: descriptor #1 \(Hill Brigade\): {message}"):
        ActorKB.from_files([user])


def test_text_outside_the_report_is_read_on_the_reports_day(kb: ActorKB) -> None:
    """The casualty reader may ask for the actors of text that is no slice of the report
    (``DocumentActors`` then scans the KB): that text is read on the report's day too."""
    ctx = DocContext.build("Shelling hit Kafr Dael on Monday.", date(2014, 11, 3), kb, PlaceFinder(load_gazetteer()))
    found = DocumentActors(ctx, kb).find("U.S.-backed fighters held the hill", 0)
    assert [m.name for m in found if m.mention == "U.S.-backed fighters"] == [REBELS]
