"""Control changes in the shapes of issue 9: a share of a place told without a
figure ("took much of X", "seized the bulk of X", "retook the rest of X", "the remainder of X") is ground
taken in X, as "half of X" and "most of X" already were; with the negatives a careless share rule would
misread (a share of blame, of stores, of the wounded, of a span of time)."""

from __future__ import annotations

import pytest

from observatory.extract.pipeline import Extractor
from observatory.models import Document

ARMY = "Military Forces of Syria"
REBELS = "Syrian Rebels"
SDF = "SDF: Syrian Democratic Forces"
IS = "Islamic State"


def changes(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    result = extractor.extract(text, Document(id="t", published="2017-05-02"))
    return sorted((c.place.mention or c.place.name, c.gained_by, c.change) for c in result.control_changes)


@pytest.mark.parametrize(("text", "place", "gainer", "change"), [
    ("Islamic State fighters seized much of Sukhnah on Thursday after a dawn assault, the Observatory said.",
     "Sukhnah", IS, "captured"),
    ("Government troops have captured the bulk of Qaryatayn, state television reported.", "Qaryatayn", ARMY,
     "captured"),
    ("The SDF took the rest of Tabqa on Wednesday after the last jihadists surrendered.", "Tabqa", SDF, "captured"),
    ("Rebels retook much of Latamneh in a night attack, local activists said.", "Latamneh", REBELS, "recaptured"),
    ("Army units recaptured the remainder of Harasta on Friday, a military source told SANA.", "Harasta", ARMY,
     "recaptured"),
])
def test_a_share_without_a_figure_is_a_change_of_the_place(extractor: Extractor, text: str, place: str,
                                                           gainer: str, change: str) -> None:
    assert changes(extractor, text) == [(place, gainer, change)]


@pytest.mark.parametrize("text", [
    "The army took much of the blame for the collapse of the truce in Daraa, diplomats said.",
    "Rebels seized much of the ammunition stored near Morek, activists said.",
    "The militants took the bulk of their wounded to hospitals in Raqqa.",
    "Government forces spent the rest of the week shelling Kafr Zita.",
    "Much of Saraqib was destroyed by air strikes earlier this year, residents said.",
])
def test_a_share_of_things_or_time_is_no_change(extractor: Extractor, text: str) -> None:
    assert changes(extractor, text) == []


@pytest.mark.parametrize("text", [
    "Government troops tightened their grip on the besieged enclave around Douma, the UN warned.",
    "Hayat Tahrir al-Sham has tightened its grip on the town councils around Sarmada.",
    "The village of Tal Tamr has changed hands several times since 2015, residents say.",
    "Families who fell into the hands of smugglers near Azaz were robbed, activists said.",
])
def test_a_grip_tightened_or_hands_changed_is_no_change(extractor: Extractor, text: str) -> None:
    """A grip tightened on a place already held, or a place that "changed hands" with no side named,
    tells no change a reader would record (issue 9: these idioms stay silent)."""
    assert changes(extractor, text) == []
