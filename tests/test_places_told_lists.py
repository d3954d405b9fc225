"""A trigger-less sentence that says where an event just told struck may list several
places ("the barrels landed on X, Y and Z"): every place of the list is a site of that
event; a place that only locates one ("X, north of Y"), where people fled to, or a capital
speaking is not.  Villages reports of the front lines name that cities500 lacks are in the
curated gazetteer (issue 10)."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult

TOLD = "Barrel bombs on Homs countryside\n\nRegime helicopters dropped barrel bombs on the northern Homs " \
       "countryside on Monday, killing two children. "


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-10"))


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def test_every_place_of_a_listed_landing_is_a_site(extractor: Extractor) -> None:
    result = run(extractor, TOLD + "The barrels landed on Teir Maalla, Talbiseh and Rastan.")
    assert mentions(result) == {"Teir Maalla", "Talbiseh", "Rastan"}


def test_two_villages_joined_by_and_with_their_qualifier(extractor: Extractor) -> None:
    result = run(extractor, TOLD + "The bombs fell on Teir Maalla and al-Dar al-Kabirah in the Homs countryside.")
    assert mentions(result) == {"Teir Maalla", "al-Dar al-Kabirah"}


def test_a_list_after_a_strike_verb_in_another_governorate(extractor: Extractor) -> None:
    result = run(extractor, "Drone strike in Quneitra\n\nAn Israeli drone struck a car in Quneitra province on "
                            "Thursday, killing two men. The strikes hit Hader and Jubata al-Khashab.")
    assert mentions(result) == {"Hader", "Jubata al-Khashab"}


def test_a_bearing_reference_is_not_listed(extractor: Extractor) -> None:
    result = run(extractor, TOLD + "The bombs fell on Teir Maalla, north of Talbiseh.")
    assert mentions(result) == {"Teir Maalla"}


def test_where_residents_fled_is_not_listed(extractor: Extractor) -> None:
    result = run(extractor, TOLD + "The barrels landed in Teir Maalla and residents fled to al-Ghanto.")
    assert mentions(result) == {"Teir Maalla"}


def test_a_capital_in_another_clause_is_not_listed(extractor: Extractor) -> None:
    result = run(extractor, TOLD + "The barrels landed in Teir Maalla, while Damascus and Moscow held talks.")
    assert mentions(result) == {"Teir Maalla"}


def test_front_line_villages_cities500_lacks_are_placed(extractor: Extractor) -> None:
    for text, lat, lon in (("An Israeli air strike hit a research centre in the village of Jamraya.", 33.55, 36.24),
                           ("Gunmen killed two men in al-Karak al-Sharqi, east of Daraa.", 32.69, 36.35),
                           ("A drone strike killed a man in Tal Baydar, north of Hasakah.", 36.73, 40.62)):
        located = [e.location for e in run(extractor, text).events if e.location is not None]
        assert any(abs(p.lat - lat) < 0.1 and abs(p.lon - lon) < 0.1 for p in located if p.lat is not None), text


QUNEITRA = "Drone strike in Quneitra\n\nAn Israeli drone struck a car in Quneitra province on Thursday, killing two men. "


def test_near_a_village_the_next_sentence_names_is_the_site(extractor: Extractor) -> None:
    for tail, site in (("The car was travelling near the village of Hader.", "Hader"),
                       ("The car was hit near Jubata al-Khashab, witnesses said.", "Jubata al-Khashab")):
        assert mentions(run(extractor, QUNEITRA + tail)) == {site}, tail


def test_near_after_another_place_only_locates_it(extractor: Extractor) -> None:
    result = run(extractor, QUNEITRA + "Hader lies near the village of Jubata al-Khashab.")
    assert "Jubata al-Khashab" not in mentions(result)


def test_where_the_victims_came_from_is_not_near_the_site(extractor: Extractor) -> None:
    result = run(extractor, QUNEITRA + "The men were from a village near Damascus.")
    assert "Damascus" not in mentions(result)
