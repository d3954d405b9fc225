"""Fighting on a front named by its two ends ("the Morek-Lahaya axis") is placed at both
ends, as a list of the two would be; a dash before "road" is still one span, and an
"axis" or "front" with no two places dashed before it changes nothing (issue 10)."""

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
