"""A trigger-less sentence that says where an event just told struck may list several
places ("the barrels landed on X, Y and Z"): every place of the list is a site of that
event; a place that only locates one ("X, north of Y"), where people fled to, or a capital
speaking is not, nor a list in a sentence with no word of striking.  "Near X" is the site
only when something struck near X.  Villages reports of the front lines name that cities500
lacks are in the curated gazetteer (issue 10); names shared with other places are not."""

from __future__ import annotations

from observatory.extract import event_places
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
    for tail, site in (("The car exploded near the village of Hader.", "Hader"),
                       ("The car was hit near Jubata al-Khashab, witnesses said.", "Jubata al-Khashab"),
                       ("Debris fell on a farm near Hader.", "Hader")):
        assert mentions(run(extractor, QUNEITRA + tail)) == {site}, tail


def test_near_after_another_place_only_locates_it(extractor: Extractor) -> None:
    result = run(extractor, QUNEITRA + "Hader lies near the village of Jubata al-Khashab.")
    assert "Jubata al-Khashab" not in mentions(result)


IDLIB = "Shelling in Idlib\n\nRegime guns shelled the western Idlib countryside on Friday, killing a farmer. "


def test_near_a_place_not_struck_is_not_the_site(extractor: Extractor) -> None:
    for tail, place in (("The men were from a village near Damascus.", "Damascus"),
                        ("Dozens of families moved to farms near Armanaz.", "Armanaz"),
                        ("The injured were carried to a clinic near Salqin.", "Salqin"),
                        ("The farmer was laid to rest near Kafr Takharim.", "Kafr Takharim"),
                        ("Thousands of displaced people stay in camps near Harem.", "Harem"),
                        ("A relief convoy is due to arrive at a school near Taftanaz tomorrow.", "Taftanaz"),
                        ("Was the farmer hit near Binnish?", "Binnish"),
                        ("The highway near Taftanaz and Binnish stays closed.", "Binnish")):
        assert place not in mentions(run(extractor, IDLIB + tail)), tail


def test_a_list_with_no_word_of_striking_gives_no_more_sites(extractor: Extractor) -> None:
    for tail in ("Aid groups run kitchens in Armanaz, Salqin and Harem.",
                 "Markets in Binnish, Taftanaz and Armanaz stayed shut on Saturday."):
        assert len(mentions(run(extractor, IDLIB + tail))) <= 2, tail


def test_names_shared_with_other_places_keep_their_old_reading(extractor: Extractor) -> None:
    """Husseiniyeh is also a town by Sayyida Zeinab and a Shia hall; Deir Qanun is also in
    south Lebanon; al-Kafr is "the village": none is pinned to one Syrian village."""
    for text, admin1 in (("A mortar round hit a Husseiniyeh in the Sayyida Zeinab area on Friday, wounding four.",
                          "Deir ez-Zor"),
                         ("Israeli shelling killed a shepherd near Deir Qanun in south Lebanon on Friday.",
                          "Rif Dimashq"),
                         ("Gunmen raided a checkpoint in Kafr Zita and al-Kafr on Friday, killing three soldiers.",
                          "As-Suwayda")):
        located = [e.location for e in run(extractor, text).events if e.location is not None]
        assert all(p.admin1 != admin1 for p in located), text


def test_spellings_of_geonames_villages_resolve_to_geonames(extractor: Extractor) -> None:
    for text, gid in (("Coalition jets bombed Tibni on Friday, killing five militants.", "geonames:172327"),
                      ("A shell hit Rankous on Friday, killing a girl.", "geonames:165533")):
        located = [e.location for e in run(extractor, text).events if e.location is not None]
        assert any(p.gazetteer_id == gid for p in located), text


def test_near_a_place_in_a_sentence_without_a_word_of_striking_is_refused_unparsed(
        extractor: Extractor, monkeypatch) -> None:
    """What "near X" hangs on is read from the parse only where a word of striking stands in the
    sentence: without one the answer is no, and the sentence is not parsed at all."""
    def no_parse(sentence: str, offset: int) -> None:
        raise AssertionError(f"parsed: {sentence!r}")

    monkeypatch.setattr(event_places, "word_at", no_parse)
    for tail, place in (("Dozens of families moved to olive groves near Sarmin.", "Sarmin"),
                        ("The injured were driven to a field clinic near Maarat Misrin.", "Maarat Misrin")):
        assert place not in mentions(run(extractor, IDLIB + tail)), tail
