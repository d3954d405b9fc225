"""Headlines in capitals or Title Case: every word is capitalised, so a run of words the
gazetteer knows under another spelling is a place when none of its words is English, a
stop word, a non-place or an acronym; the same line in sentence case reads as before."""

from __future__ import annotations

import pytest

from observatory.kb.gazetteer import Gazetteer, GazetteerPlace
from observatory.kb.gazetteer.recognise import Recogniser

# An invented map: names and points made up for these tests.
_MAP = [
    GazetteerPlace("t:qasrat", "Qasrat an Nujum", 35.1, 36.7, "town", admin1="Hama", population=30000),
    GazetteerPlace("t:zabadin", "Zabadin", 35.3, 36.9, "village", admin1="Hama"),
    GazetteerPlace("t:rumaylat", "Tall Rumaylat", 35.2, 36.8, "village", admin1="Hama"),
    GazetteerPlace("t:hama", "Hama", 35.13, 36.75, "admin1", admin1="Hama"),
    GazetteerPlace("t:sabaris", "Sabaris", 35.5, 36.5, "village", admin1="Hama"),
    GazetteerPlace("t:suhur", "Suhur", 35.4, 36.6, "village", admin1="Hama"),
]


@pytest.fixture(scope="module")
def recogniser() -> Recogniser:
    return Recogniser(Gazetteer(_MAP))


def names(recogniser: Recogniser, line: str) -> list[str]:
    return [m.name for m in recogniser.scan(line, 0, len(line)) if m.candidates]


@pytest.mark.parametrize("line", [
    "LOYALIST GUNNERS POUND VILLAGES AROUND QASRET EL-NOUJOUM",
    "Loyalist Gunners Pound Villages Around Qasret El-Noujoum As Truce Collapses",
])
def test_a_headline_finds_a_name_spelled_another_way(recogniser: Recogniser, line: str) -> None:
    assert [n.lower() for n in names(recogniser, line)] == ["qasret el-noujoum"]


def test_the_same_spelling_in_sentence_case_is_found_as_before(recogniser: Recogniser) -> None:
    line = "Loyalist gunners pound villages around Qasret el-Noujoum"
    assert names(recogniser, line) == ["Qasret el-Noujoum"]


def test_a_headline_in_capitals_finds_exact_and_sound_alike_names_together(recogniser: Recogniser) -> None:
    line = "DRONE HITS ZABBADEEN AND TELL RUMAILAT NEAR HAMA"
    assert [n.lower() for n in names(recogniser, line)] == ["zabbadeen", "tell rumailat", "hama"]


@pytest.mark.parametrize("line", [
    "SOHR MONITOR COUNTS WOUNDED",  # a short all-capital word reads as an acronym
    "Abu Zabbadeen Gang Leader Arrested In Raid Near Border",  # "Abu X" names a man
    "Guards Wearing Masks Detain Four Shepherds",  # an English word is no place
    "GUARDS WITH SABRES DETAIN FOUR SHEPHERDS",  # nor is its plural
])
def test_a_headline_word_run_that_is_no_place_is_not_found(recogniser: Recogniser, line: str) -> None:
    assert names(recogniser, line) == []
