"""A place followed by a relative aside telling its history ("the X district, which was on the
front line until the army retook the city in 2016") is still where the event struck: the
aside's dates and cues are the place's, not the event's.  A place whose own words, before
the aside, hold a background cue or a year ("Three years ago, shells hit X, which ...") stays
history."""

from __future__ import annotations

from observatory.extract.pipeline import Extractor
from observatory.models import Document, ExtractionResult


def run(extractor: Extractor, text: str) -> ExtractionResult:
    return extractor.extract(text, Document(id="t", published="2018-03-14"))


def mentions(result: ExtractionResult) -> set[str]:
    return {e.location.mention for e in result.events if e.location is not None}


def test_a_told_quarter_with_a_where_aside_of_its_own_clause(extractor: Extractor) -> None:
    result = run(extractor, "Mortar shells killed three children in Aleppo on Monday. The shells struck the "
                            "Hamdaniyeh district, where fighting raged for four years before the army recaptured "
                            "it in 2016.")
    assert "Hamdaniyeh district" in mentions(result)


def test_a_told_quarter_with_a_whose_aside(extractor: Extractor) -> None:
    result = run(extractor, "A suicide bomber killed nine people in Aleppo city on Friday. The attack hit the "
                            "Zebdiyeh neighbourhood, whose residents fled the siege in 2016.")
    assert "Zebdiyeh neighbourhood" in mentions(result)


def test_a_told_quarter_with_a_which_aside_and_no_comma(extractor: Extractor) -> None:
    result = run(extractor, "A bomb killed four people in Aleppo on Tuesday. The blast hit the western neighbourhood "
                            "of Sukkari which was on the front line before the army retook the city in December.")
    assert "Sukkari" in mentions(result)


def test_a_year_before_the_aside_keeps_the_place_history(extractor: Extractor) -> None:
    result = run(extractor, "Airstrikes killed seven people in Aleppo on Sunday. In 2015, warplanes bombed the "
                            "Meridian district, which lies near the old front line.")
    assert "Meridian district" not in mentions(result)


def test_a_background_cue_before_the_aside_keeps_the_place_history(extractor: Extractor) -> None:
    result = run(extractor, "Shelling killed two women in Aleppo on Thursday. Three years ago, shells hit the "
                            "Sukkari district, which was then held by rebels.")
    assert "Sukkari district" not in mentions(result)


def test_an_origin_with_an_aside_is_no_site(extractor: Extractor) -> None:
    result = run(extractor, "A rocket killed two men in Aleppo on Monday. Families displaced from the Meridian "
                            "district, which was besieged in 2016, mourned them.")
    assert "Meridian district" not in mentions(result)
