"""Event places on unseen reports (issue 10, round 6): an office's seat is no site, a
governorate is known by every spelling of its capital, and a capital spelled unlike its
governorate ("Hamah" for Hama) is still the capital, not a town of it.  Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.event_places import _LOCATIVE_BEFORE
from observatory.extract.pipeline import Extractor
from observatory.extract.site_words import words
from observatory.kb.gazetteer import default_gazetteer
from observatory.kb.gazetteer.builtin import governorate_points, is_governorate_capital
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-02-11"))


def located(result: ExtractionResult) -> set[tuple[str, str | None]]:
    return {(e.location.name, e.location.feature) for e in result.events if e.location is not None}


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


# -- an office speaking of the event sits elsewhere ------------------------------------

@pytest.mark.parametrize("text", [
    "Jets pounded the village of Kafr Zita on Thursday, killing eight. A security source in Latakia "
    "confirmed the air strikes.",
    "Jets pounded the village of Kafr Zita on Thursday, killing eight. An official from Homs told "
    "reporters that warplanes had dropped four barrel bombs on the farms.",
])
def test_the_seat_of_an_office_speaking_is_no_site(extractor, text: str) -> None:
    assert mentions(run(extractor, text)) == {"Kafr Zita"}


def test_an_activist_in_a_town_telling_of_strikes_keeps_the_town(extractor) -> None:
    """Precision guard: an activist or a witness is often at the site; only offices move away."""
    result = run(extractor, "Activists in Saraqib told AFP that barrel bombs killed eleven people on Friday.")
    assert mentions(result) == {"Saraqib"}


def test_a_source_at_a_province_telling_of_its_city_keeps_the_city(extractor) -> None:
    """Precision guard: "a source at X province" speaks for X's authorities, of X's events."""
    text = ("Mortar rounds killed four civilians in Daraa on Monday. Earlier a source at Daraa province told "
            "reporters that gunmen had shelled two neighbourhoods of the city, wounding nine.")
    assert mentions(run(extractor, text)) == {"Daraa"}


# -- a governorate by every spelling of its capital ------------------------------------

def test_a_province_named_in_a_spelling_of_its_capital_is_the_governorate(extractor) -> None:
    result = run(extractor, "Coalition raids on the eastern province of Raqa killed 14 jihadists on Monday.")
    assert located(result) == {("Ar-Raqqah", "admin1")}


def test_the_bare_spelling_stays_the_city(extractor) -> None:
    """Precision guard: without a province word the name is the city, as for "Raqqa"."""
    result = run(extractor, "Coalition raids on Raqa killed 14 jihadists on Monday.")
    assert located(result) == {("Ar Raqqah", "city")}


def test_the_governorate_is_found_under_a_spelling_only_its_capital_had() -> None:
    found = {(c.place.name, c.place.feature) for c in default_gazetteer().lookup("Raqa")}
    assert ("Ar-Raqqah", "admin1") in found


# -- the capital, whatever its spelling --------------------------------------------------

@pytest.mark.parametrize(("text", "governorate"), [
    ("Regime shelling in Hama province on Sunday struck the rebel pocket outside Hama, killing three.", "Hama"),
    ("Army shelling in Raqqa province on Sunday struck the jihadist pocket outside Raqqa, killing three.",
     "Ar-Raqqah"),
])
def test_a_pocket_outside_a_capital_spelled_otherwise_locates_the_governorate(extractor, text: str,
                                                                            governorate: str) -> None:
    assert located(run(extractor, text)) == {(governorate, "admin1")}


def test_a_town_of_the_governorate_after_the_pocket_is_still_the_finer_site(extractor) -> None:
    """Precision guard: only the capital locates the region; a town of it is where it fell."""
    text = "Regime shelling in Hama province on Sunday struck the rebel pocket near Kafr Zita, killing three."
    assert mentions(run(extractor, text)) == {"Kafr Zita"}


def test_a_capital_is_the_point_of_its_governorate() -> None:
    lat, lon = governorate_points()["Hama"]
    assert is_governorate_capital("Hama", lat + 0.01, lon)
    assert not is_governorate_capital("Hama", lat + 0.2, lon)  # a town some 20 km off
    assert not is_governorate_capital("Hama", None, lon)
    assert not is_governorate_capital(None, lat, lon)


@pytest.mark.parametrize("held", words("site", "held"))
def test_every_holder_word_of_the_site_list_reads_as_locative(held: str) -> None:
    """One list: "in the rebel-controlled town of" reads as "in the rebel-held town of"."""
    lead = "shells fell "
    found = _LOCATIVE_BEFORE.search(f"{lead}in the {held} town of ")
    assert found is not None and found.start() == len(lead)


# -- "a village in X": X holds settlements, so it is the governorate -------------------

@pytest.mark.parametrize(("text", "governorate"), [
    ("Warplanes dropped chlorine on an opposition village in Hama on Tuesday, killing six.", "Hama"),
    ("The inspectors are looking into the gas attack on the Syrian town in Idlib.", "Idlib"),
    ("Artillery shelled several towns in northern Hama on Friday, killing five.", "Hama"),
])
def test_a_settlement_in_a_capital_name_is_in_the_governorate(extractor, text: str, governorate: str) -> None:
    assert located(run(extractor, text)) == {(governorate, "admin1")}


@pytest.mark.parametrize(("text", "mention"), [
    ("Barrel bombs fell on a village in Jisr al-Shughur on Monday, killing two.", "Jisr al-Shughur"),
    ("Air strikes hit a neighbourhood in Aleppo on Friday, killing five.", "Aleppo"),
])
def test_a_town_or_a_city_with_quarters_stays_itself(extractor, text: str, mention: str) -> None:
    """Precision guard: a name with no governorate stays the town; a quarter is in the city."""
    [event] = run(extractor, text).events
    assert event.location is not None and event.location.mention == mention
    assert event.location.feature != "admin1"
