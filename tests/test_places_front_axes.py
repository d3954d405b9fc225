"""Two ways a report lists places run together (issue 10).  Fighting on a front named by its
two ends ("the Morek-Lahaya axis") is placed at both ends; a dash before "road" is still one
span, and an "axis" or "front" with no two places dashed before it changes nothing.  "X and
the western side of Y" lists Y beside X, as "X and the countryside of Y" does."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document


def _names(extractor: Extractor, text: str) -> set[str]:
    result = extractor.extract(text, Document(id="r", published="2018-03-11"))
    return {e.location.name for e in result.events if e.location is not None}


@pytest.mark.parametrize(("text", "ends"), [
    ("Army units repelled an attack by militants on the Morek-Lahaya axis in northern Hama on Friday.",
     {"Murak", "Lahaya"}),
    ("Opposition fighters advanced on the Tafas-Sheikh Maskin axis after heavy shelling, killing six soldiers.",
     {"Tafas", "Shaykh Miskin"}),
    ("Jets pounded the Harasta–Douma front overnight, killing five people, activists said.",
     {"Harasta", "Duma"}),
    ("Clashes erupted between government troops and ISIS on the Tadef-al-Bab frontline, leaving 9 militants dead.",
     {"Tadif", "Al Bab"}),
])
def test_both_ends_of_a_front_are_the_event_places(extractor, text: str, ends: set[str]) -> None:
    assert ends <= _names(extractor, text)


@pytest.mark.parametrize(("text", "only"), [
    # a road named by its ends stays one span
    ("A roadside bomb struck a bus on the Homs-Palmyra road, killing eight passengers.", None),
    # "axis" with no dashed pair before it
    ("Iran's minister praised the axis of resistance on Sunday, as air strikes killed four people in Douma.", {"Duma"}),
    ("Fighting on the eastern axis of Manbij left three fighters dead.", {"Manbij"}),
    # a dashed adjective, not two places
    ("Turkish-backed rebels shelled Tal Rifaat on Friday, killing two civilians.", {"Tall Rif'at"}),
])
def test_no_front_no_second_place(extractor, text: str, only: set[str] | None) -> None:
    names = _names(extractor, text)
    if only is None:
        assert len(names) == 1 and "Homs" not in names and "Palmyra" not in names
    else:
        assert names == only


@pytest.mark.parametrize(("text", "places"), [
    ("Rebels repelled attacks on the villages of Hayan and the western side of Bayanoun, killing 40 militants.",
     {"Hayan", "Bayanoun"}),
    ("Regime shells hit Douma and the eastern edge of Harasta on Friday, killing six civilians.", {"Duma", "Harasta"}),
    ("Jets struck Morek as well as the southern part of Latamneh, killing three people.", {"Murak", "Al-Lataminah"}),
])
def test_a_side_of_a_place_listed_after_another_is_that_place(extractor, text: str, places: set[str]) -> None:
    assert places <= _names(extractor, text)


@pytest.mark.parametrize(("text", "only"), [
    # the part is the subject of a new clause, or of no place at all
    ("Shelling killed two people in Kafr Zita and the northern part of the province remained calm.", {"Kafr Zayta"}),
    ("Three civilians were killed in Saraqib and the western side of the town was left without power.", {"Saraqib"}),
])
def test_a_side_in_a_new_clause_adds_no_place(extractor, text: str, only: set[str]) -> None:
    assert _names(extractor, text) == only
