"""A sentence with no trigger of its own that says where an event just told struck
("Shops were destroyed in the town of X") gives that event its place; a town of another
governorate, a place named only as a bearing, or a sentence of another event does not."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult

MHARDEH_SHELLED = "Rebels shelled Mhardeh on Thursday, wounding two soldiers. "


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2019-06-08"))


def sites(result: ExtractionResult, sub_type: str) -> set[str | None]:
    return {e.location.name if e.location else None for e in result.events if e.sub_event_type == sub_type}


def test_an_unplaced_strike_takes_the_town_the_next_sentence_names(extractor: Extractor) -> None:
    result = run(extractor, "Jets pound Idlib\n\nWarplanes struck a market on Thursday, killing nine people, a "
                            "monitor said. Shops and a school were destroyed in the town of Kafranbel, residents told "
                            "reporters.")
    assert sites(result, "Air/drone strike") == {"Kafranbel"}


def test_a_clock_time_does_not_make_the_site_sentence_history(extractor: Extractor) -> None:
    result = run(extractor, "Jets pound Idlib\n\nWarplanes struck a market on Thursday, killing nine people. A "
                            "bakery was flattened in the town of Kafranbel at 2000 GMT, medics said.")
    assert sites(result, "Air/drone strike") == {"Kafranbel"}


def test_an_unplaced_strike_stays_at_the_town_the_report_is_about(extractor: Extractor) -> None:
    result = run(extractor, MHARDEH_SHELLED + "Warplanes struck a market in northern Syria the same day, killing "
                            "nine people, a monitor said. Shops and a school were destroyed in the town of Sarmin, "
                            "residents told reporters.")
    assert "Sarmin" not in sites(result, "Air/drone strike")


def test_a_governorate_event_moves_to_a_village_inside_it(extractor: Extractor) -> None:
    result = run(extractor, "Government shelling killed four people in Hama province on Friday. Two homes "
                            "collapsed in the village of Kafr Zita, a local council member said.")
    placed = sites(result, "Shelling/artillery/missile attack")
    assert len(placed) == 1
    assert "Hama" not in placed


def test_a_town_of_another_governorate_leaves_the_event_where_it_was(extractor: Extractor) -> None:
    result = run(extractor, "Government shelling killed four people in Hama province on Friday. Aid workers in "
                            "the town of Sarmin counted more displaced families.")
    assert sites(result, "Shelling/artillery/missile attack") == {"Hama"}


def test_a_place_named_as_a_bearing_is_no_site(extractor: Extractor) -> None:
    result = run(extractor, "Warplanes bombed a bakery in a village in eastern Syria on Sunday, killing eight "
                            "people. The village lies 30 km east of the city of Deir Ezzor.")
    assert "Deir ez-Zor" not in sites(result, "Air/drone strike")


def test_a_village_the_gazetteer_lacks_is_a_site_in_its_governorate(extractor: Extractor) -> None:
    result = run(extractor, "Air raids kill five in Aleppo\n\nAir raids killed five people in the Aleppo "
                            "countryside on Tuesday, a monitor said. Rescuers dug through two houses in the village "
                            "of Jub Qarmeen in the Aleppo region, a medic said.")
    assert "Jub Qarmeen" in sites(result, "Air/drone strike")


def test_a_retold_strike_does_not_move_to_an_unrelated_town(extractor: Extractor) -> None:
    result = run(extractor, "Air strikes hit Sarmin on Monday, killing four people. Air strikes killed two more "
                            "people later that day, a monitor said. Crowds gathered in the town of Mhardeh for a "
                            "funeral.")
    assert sites(result, "Air/drone strike") == {"Sarmin"}
