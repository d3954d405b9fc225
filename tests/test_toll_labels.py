"""Tolls laid out as labels and lines rather than sentences (issue 9, family 2): a label and a
colon ("Dead: 8 civilians"), a group label ("Civilians: 5 dead"), lines listed under a heading
("… as follows:\\n- 19 civilians"), a total line before or after its parts ("Total: 23"), and
labels that name no status, group or total (scores, dates, things).  Texts are invented."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from observatory.extract.pipeline import Extractor
from observatory.extract.tolls.labels import LABELS_PATH, LabelDataError, label_words
from observatory.extract.tolls.nesting import _top_of
from observatory.extract.tolls.scope import subsets_follow_totals
from observatory.models import Document


def claims(extractor: Extractor, text: str) -> list[tuple[str, int | None, int | None]]:
    result = extractor.extract(text, Document(id="t", published="2019-06-03"))
    ids = {c.id: c.count.value for c in result.casualties}
    return [(c.status, c.count.value, ids.get(c.parent) if c.parent else None) for c in result.casualties]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets struck Sheikh Bahr at dawn. Dead: 5 civilians, 4 gunmen. Injured: 17.",
     [("killed", 5, None), ("killed", 4, None), ("injured", 17, None)]),
    ("Shelling on Kurnaz.\nMartyrs: 6 civilians\nWounded: 14",
     [("killed", 6, None), ("injured", 14, None)]),
    ("Rocket fire on Suqaylabiyah | Dead: 2 | Injured: 9", [("killed", 2, None), ("injured", 9, None)]),
    ("Helicopters dropped barrels on Latamneh. Civilian deaths: 13", [("killed", 13, None)]),
    ("Raids on Kafr Hamra: dead 6; wounded 18.", [("killed", 6, None), ("injured", 18, None)]),
])
def test_a_status_label_gives_its_figures_their_status(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Raids on Kafr Sajna.\nCivilians: 7 dead, 16 injured", [("killed", 7, "civilians"), ("injured", 16, "civilians")]),
    ("Clashes at Zamalka. Rebels: 4 killed, Civilians: 3 killed",
     [("killed", 4, "combatants"), ("killed", 3, "civilians")]),
    # the label names who tells the toll, not whose it is
    ("Activists: 22 killed in Saqba shelling", [("killed", 22, "unknown")]),
    ("Medics said: 9 died of their wounds in Kafr Batna.", [("killed", 9, "unknown")]),
    # a headless part after a label's first figure keeps that figure's people
    ("The wounded: 9 civilians, 4 of them in serious condition.",
     [("injured", 9, "civilians"), ("injured", 4, "civilians")]),
])
def test_a_group_label_names_the_people_of_its_figures(extractor: Extractor, text: str, expected) -> None:
    result = extractor.extract(text, Document(id="t", published="2019-06-03"))
    assert [(c.status, c.count.value, c.group.category) for c in result.casualties] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Monitors counted 33 deaths in Raqqa on Thursday, distributed as follows:\n- 21 civilians\n- 12 jihadists",
     [("killed", 33, None), ("killed", 21, 33), ("killed", 12, 33)]),
    ("The centre recorded 27 people killed in Busra on Monday. They are:\n1. 18 civilians\n2. 9 soldiers",
     [("killed", 27, None), ("killed", 18, 27), ("killed", 9, 27)]),
    ("Killed in the shelling of Habit:\n- 6 civilians\n- 3 rebels\nTotal: 9",
     [("killed", 6, 9), ("killed", 3, 9), ("killed", 9, None)]),
    ("Men: 4 killed\nBoys: 2 killed\nTotal: 6", [("killed", 4, 6), ("killed", 2, 6), ("killed", 6, None)]),
    ("Total: 15 killed\n- 11 civilians\n- 4 policemen",
     [("killed", 15, None), ("killed", 11, 15), ("killed", 4, 15)]),
    ("Raid on Tamanah. Dead: 10 civilians, 2 fighters. Total dead: 12.",
     [("killed", 10, 12), ("killed", 2, 12), ("killed", 12, None)]),
])
def test_listed_parts_nest_under_their_total(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


def test_lines_under_a_heading_without_a_total_are_tolls_of_their_own(extractor: Extractor) -> None:
    text = "Killed on Friday:\n- 4 civilians in Darkush\n- 7 civilians in Salqin"
    assert claims(extractor, text) == [("killed", 4, None), ("killed", 7, None)]


@pytest.mark.parametrize("text", [
    "Kick-off: 20:30. Score: 3-0 after extra time.",
    "Date: 14 April. Place: Salamiyah sports hall.",
    "Hotline: 0944 123 456. Page 3 of 7.",
    "Seized: 4 tanks, 6 rockets. Burned: 2 depots.",
    "Results:\nAl-Jaish: 2\nAl-Ittihad: 2",
    "Attendance: 2,500 people. Speakers: 6 doctors.",
    "Survey of schools:\n- 14 classrooms\n- 9 teachers",
])
def test_labels_of_other_things_tell_no_toll(extractor: Extractor, text: str) -> None:
    assert claims(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a lone part as large as its total is the same toll told twice: never nested (it looped)
    ("Killed: 12\nTotal: 12", [("killed", 12, None)]),
    ("Shelling hit Salqin, killing 5 people. Total: 5 killed.", [("killed", 5, None)]),
    ("Wounded: 8\nTotal wounded: 8", [("injured", 8, None)]),
    ("- 6 civilians\nTotal: 6 dead", [("killed", 6, None)]),
])
def test_a_lone_part_as_large_as_its_total_is_no_part(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


def test_the_walk_to_a_totals_root_stops_at_a_parent_cycle() -> None:
    part = SimpleNamespace(parent=None, scope="incident", period=None)
    total = SimpleNamespace(parent=part, scope="cumulative", period="since May")
    part.parent = total
    subsets_follow_totals([part, total])  # type: ignore[list-item]
    assert (part.scope, total.scope) == ("cumulative", "cumulative")


def test_the_walk_to_a_parts_total_stops_at_a_parent_cycle() -> None:
    first, second = SimpleNamespace(parent=None), SimpleNamespace(parent=None)
    first.parent, second.parent = second, first
    assert _top_of(first) is second  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "expected"), [
    # a total after lines of two statuses sums no one status
    ("Injured: 14\nKilled: 4\nTotal: 18", [("injured", 14, None), ("killed", 4, None)]),
    ("Killed: 2\nWounded: 5\nTotal casualties: 7", [("killed", 2, None), ("injured", 5, None)]),
    ("Today in Harem:\n- 6 dead\n- 11 injured\nTotal: 17", [("killed", 6, None), ("injured", 11, None)]),
    # a parts list overrunning its total is never added to it
    ("Killed in Mayadin:\n- 9 civilians\n- 4 fighters\nTotal: 11",
     [("killed", 9, 11), ("killed", 4, 11), ("killed", 11, None)]),
    # a total in prose closes no toll told in prose before it
    ("The shelling of Harem killed 7 on Sunday. Total since Thursday: 31 dead.",
     [("killed", 7, None), ("killed", 31, None)]),
])
def test_a_total_line_closes_only_its_own_lines(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the clause governing the list gives its status; a negated one gives none
    ("Nobody died in the raid, but the wounded were:\n- 4 civilians\n- 1 nurse",
     [("injured", 4, None), ("injured", 1, None)]),
    ("Not a single person died. Injured:\n- 5 workers", [("injured", 5, None)]),
    ("Wounded and dead after the Harem shelling:\n- 4 civilians", [("killed", None, None)]),
    # a line's own deed wins over its heading's
    ("The strike that killed 30 in Mayadin, in numbers:\n- 8 ambulances sent\n- 25 volunteers mobilised",
     [("killed", 30, None)]),
    # label lines of another fate take no status from the heading
    ("Displacement and deaths in Salqin:\nDisplaced families: 600\nCivilians: 9", [("killed", 9, None)]),
    ("Evacuated: 1,400 people from eastern Harem.", []),
    ("Killed last week in Salqin:\n- 40 civilians", []),
])
def test_a_heading_gives_its_status_only_where_it_governs(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize("text", [
    "Martyrs Square in Mayadin: 500 people gathered on Friday.",
    "Dead Sea Brigade: 60 fighters joined the offensive.",
    "Martyrs Hall: 300 guests attended the wedding in Harem.",
])
def test_a_status_word_in_a_name_gives_no_status(extractor: Extractor, text: str) -> None:
    assert all(value is None for _, value, _ in claims(extractor, text))


@pytest.mark.parametrize(("text", "expected"), [
    ("Killed: 11, down from 14 reported earlier, in Kafr Takharim.", [("killed", 11, None)]),
    ("Dead: 3, aged 10, 12 and 15.", [("killed", 3, None)]),
    ("Injured: 9 from 4 villages near Salqin.", [("injured", 9, None)]),
])
def test_a_status_labels_list_stops_at_figures_of_no_list(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Killed in Salqin this month\nCivilians: 85\nChildren: 20\nWomen: 11",
     [("killed", 85, None), ("killed", 20, 85), ("killed", 11, 85)]),
    ("Deaths in Harem in June:\n- 50 civilians\n- 9 children\n- 6 women",
     [("killed", 50, None), ("killed", 9, 50), ("killed", 6, 50)]),
    ("Toll of the month\nCivilians killed: 140\nOf whom children: 31",
     [("killed", 140, None), ("killed", 31, 140)]),
])
def test_kinds_listed_under_a_civilians_line_are_among_them(extractor: Extractor, text: str, expected) -> None:
    assert claims(extractor, text) == expected


@pytest.mark.parametrize(("drop", "key"), [("bullets", "bullets"), ("label_words", "label_words"),
                                           ("statuses", "statuses")])
def test_a_labels_file_missing_a_list_is_refused_naming_file_and_key(tmp_path, drop: str, key: str) -> None:
    import yaml

    data = yaml.safe_load(LABELS_PATH.read_text(encoding="utf-8"))
    del data[drop]
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(LabelDataError, match=rf"labels\.yaml: '{key}'"):
        label_words(path)
