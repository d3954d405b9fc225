"""Event places on unseen reports (issue 10, rounds 6 and 7): an office's seat is no site
when the report names the event's own, and the site when it names none; a governorate is
known by the spellings of its capital; a capital spelled unlike its governorate ("Hamah"
for Hama) or a town in GeoNames (Sweida, Daraa) is still the capital, not a town of it.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from observatory.extract.event_places import _LOCATIVE_BEFORE, _LOCATIVE_REACH
from observatory.extract.pipeline import Extractor
from observatory.extract.site_words import words
from observatory.kb.gazetteer import default_gazetteer
from observatory.kb.gazetteer.builtin import governorate_points, is_governorate_capital
from observatory.fuse.reports import report_place
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-02-11"))


def located(result: ExtractionResult) -> set[tuple[str, str | None]]:
    return {(e.location.name, e.location.feature) for e in result.events if e.location is not None}


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


# -- an office speaking of the event sits elsewhere ------------------------------------

@pytest.mark.parametrize(("text", "site"), [
    ("Shells fell on Kafr Nabl on Wednesday, killing six. A civil defence official in Idlib told Reuters "
     "that rescuers pulled nine bodies from the rubble.", "Kafr Nabl"),
    ("Barrel bombs killed five people in Talbiseh on Saturday, a police source from Homs told SANA.", "Talbiseh"),
])
def test_the_seat_of_an_office_speaking_is_no_site(extractor, text: str, site: str) -> None:
    """The seat gives way to the site the report names near it."""
    assert mentions(run(extractor, text)) == {site}


@pytest.mark.parametrize(("text", "mention"), [
    ("A medical source in Deir Ezzor told Reuters that 12 civilians were killed when jets struck a bakery "
     "on Wednesday.", "Deir Ezzor"),
    ("A police source in Tartous told SANA that a car bomb exploded near a mosque, killing five.", "Tartous"),
    ("An official from Sweida told AFP that a roadside bomb killed three soldiers on Sunday.", "Sweida"),
    ("A roadside bomb tore through a minibus on Monday, killing seven passengers. A security source in "
     "Qamishli told Reuters the bomb had been planted overnight.", "Qamishli"),
])
def test_a_local_source_telling_of_a_local_event_keeps_its_seat(extractor, text: str, mention: str) -> None:
    """A seat is only a fallback: with no other place named, the event is where its source is."""
    assert mentions(run(extractor, text)) == {mention}


def test_an_activist_in_a_town_telling_of_strikes_keeps_the_town(extractor) -> None:
    """Precision guard: an activist or a witness is often at the site; only offices move away."""
    result = run(extractor, "Activists in Saraqib told AFP that barrel bombs killed eleven people on Friday.")
    assert mentions(result) == {"Saraqib"}


def test_a_source_at_a_province_telling_of_its_city_keeps_the_city(extractor) -> None:
    """Precision guard: "a source at X province" speaks for X's authorities, of X's events."""
    text = ("Mortar shells killed five people in Homs on Thursday. Later a source at Homs province told "
            "journalists that rebels had fired rockets at three quarters of the city, wounding eleven.")
    assert mentions(run(extractor, text)) == {"Homs"}


# -- a governorate by every spelling of its capital ------------------------------------

def test_a_province_named_in_a_spelling_of_its_capital_is_the_governorate(extractor) -> None:
    text = "Helicopters dropped barrel bombs on the southern province of Deir al-Zor on Friday, killing 12 civilians."
    assert located(run(extractor, text)) == {("Deir ez-Zor", "admin1")}


def test_the_bare_spelling_stays_the_city(extractor) -> None:
    """Precision guard: without a province word the name is the city, as for "Raqqa"."""
    result = run(extractor, "Coalition raids on Raqa killed 14 jihadists on Monday.")
    assert located(result) == {("Ar Raqqah", "city")}


def test_the_governorate_is_found_under_a_spelling_only_its_capital_had() -> None:
    found = {(c.place.name, c.place.feature) for c in default_gazetteer().lookup("Raqa")}
    assert ("Ar-Raqqah", "admin1") in found


@pytest.mark.parametrize("spelling", ["Raqqa city", "Madinat Halab", "DAM", "Sam", "Berea"])
def test_a_city_word_a_code_or_an_old_name_of_the_capital_is_no_governorate(spelling: str) -> None:
    """Only the capital's name and the spellings the project vouches for name the province."""
    assert "admin1" not in {c.place.feature for c in default_gazetteer().lookup(spelling)}


# -- the capital, whatever its spelling --------------------------------------------------

@pytest.mark.parametrize(("text", "governorate"), [
    ("Regime shelling in Hama province on Sunday struck the rebel pocket outside Hama, killing three.", "Hama"),
    ("Army shelling in Raqqa province on Sunday struck the jihadist pocket outside Raqqa, killing three.",
     "Ar-Raqqah"),
    ("Government shelling in Sweida province on Monday struck the militant pocket outside Sweida, killing two.",
     "As-Suwayda"),
    ("Army rockets in Daraa province on Friday hit the rebel enclave outside Daraa, killing six.", "Daraa"),
    ("Artillery in Quneitra province on Tuesday pounded the rebel pocket outside Quneitra, killing one.",
     "Quneitra"),
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


def test_the_look_back_reaches_over_a_long_holder_word() -> None:
    """"landed in the opposition-controlled village of X": 40 characters from "in" to X."""
    before = "shells landed in the opposition-controlled village of "
    assert _LOCATIVE_BEFORE.search(before[-_LOCATIVE_REACH:]) is not None


@pytest.mark.parametrize("held", words("site", "held"))
def test_every_holder_word_of_the_site_list_reads_as_locative(held: str) -> None:
    """One list: "in the rebel-controlled town of" reads as "in the rebel-held town of"."""
    lead = "shells fell "
    found = _LOCATIVE_BEFORE.search(f"{lead}in the {held} town of ")
    assert found is not None and found.start() == len(lead)


# -- "a village in X": X holds settlements, so it is the governorate -------------------

@pytest.mark.parametrize(("text", "governorate"), [
    ("Warplanes dropped chlorine on an opposition village in Hama on Tuesday, killing six.", "Hama"),
    ("Investigators are examining the chlorine strike on the rebel town in Hama.", "Hama"),
    ("Artillery shelled several towns in northern Hama on Friday, killing five.", "Hama"),
    ("Fighter jets hammered several opposition villages in northeastern Idlib on Wednesday, killing seven.",
     "Idlib"),
    ("Jets struck two Turkmen villages in Latakia on Thursday, killing three herders.", "Latakia"),
    ("Warplanes hit the Druze town in Sweida on Tuesday, killing five.", "As-Suwayda"),
    ("Shells rained on villages in Homs on Sunday, killing four.", "Homs"),
])
def test_a_settlement_in_a_capital_name_is_in_the_governorate(extractor, text: str, governorate: str) -> None:
    assert located(run(extractor, text)) == {(governorate, "admin1")}


@pytest.mark.parametrize(("text", "mention"), [
    ("Barrel bombs fell on a village in Jisr al-Shughur on Monday, killing two.", "Jisr al-Shughur"),
    ("Air strikes hit a neighbourhood in Aleppo on Friday, killing five.", "Aleppo"),
    ("Fighting raged in the old city in Homs on Tuesday, killing 7 fighters.", "Homs"),
    ("Rockets slammed into the sports city in Latakia on Monday, killing three.", "Latakia"),
    ("Heavy clashes broke out in the old town in Aleppo on Friday, killing nine fighters.", "Aleppo"),
])
def test_a_town_or_a_city_with_quarters_stays_itself(extractor, text: str, mention: str) -> None:
    """Precision guard: a name with no governorate stays the town; a quarter is in the city."""
    [event] = run(extractor, text).events
    assert event.location is not None and event.location.mention == mention
    assert event.location.feature != "admin1"



# -- the place of a report that tells no event -------------------------------------------

@pytest.mark.parametrize(("text", "mention"), [
    ("A hospital source in Hasakah told Reuters that nine wounded were still being treated.", "Hasakah"),
    ("A hospital source in Hasakah told Reuters that nine wounded from Tal Tamr were still being treated.",
     "Tal Tamr"),
])
def test_a_report_is_placed_at_a_speakers_seat_only_when_it_names_no_other_place(extractor, text: str,
                                                                                 mention: str) -> None:
    found = report_place(text, extractor.places)
    assert found is not None and text[found[1].start:found[1].end] == mention


# -- a seat the report refers back to, Kurdish and Turkish spellings, countries beside a seat --

@pytest.mark.parametrize(("text", "kind", "mention"), [
    ("Fighting went on around Saraqib on Thursday. A hospital source in Homs told AFP that a suicide "
     "bomber killed eight people in the city on Sunday.", "Suicide bomb", "Homs"),
    ("A police source in Daraa told SANA that gunmen fired mortar shells at the state-held quarters of the "
     "city, killing four civilians, amid Russian strikes on Tafas.", "Shelling/artillery/missile attack", "Daraa"),
])
def test_a_seat_the_report_refers_back_to_is_the_site(extractor, text: str, kind: str, mention: str) -> None:
    """"in the city" names the seat again: a place told before it or beside it is another
    event's site, not this one's."""
    sites = {e.location.mention for e in run(extractor, text).events
             if e.sub_event_type == kind and e.location is not None}
    assert sites == {mention}


@pytest.mark.parametrize(("text", "governorate"), [
    ("Artillery fire struck farms in Heseke province on Wednesday, killing two shepherds.", "Al-Hasakah"),
    ("Jets struck villages in Halep province on Sunday, killing nine.", "Aleppo"),
    ("Drone strikes on Reqa province killed 13 fighters on Tuesday.", "Ar-Raqqah"),
])
def test_a_province_in_a_kurdish_or_turkish_spelling_is_the_governorate(extractor, text: str,
                                                                         governorate: str) -> None:
    assert located(run(extractor, text)) == {(governorate, "admin1")}


@pytest.mark.parametrize(("text", "mention"), [
    ("A medical source in Tartous told AFP that four people hurt in the blast were taken to hospitals in "
     "Lebanon.", "Tartous"),
    ("A security source in Manbij told Reuters that nobody was hurt, and that Turkey had shut the crossing.",
     "Manbij"),
])
def test_a_country_beside_a_seat_leaves_the_report_at_the_seat(extractor, text: str, mention: str) -> None:
    """A country is no site, so the seat stays the report's place, as it stays the events'."""
    found = report_place(text, extractor.places)
    assert found is not None and text[found[1].start:found[1].end] == mention
