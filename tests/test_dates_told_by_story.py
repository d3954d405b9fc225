"""Days a story gives its events by pointing at a day it has told: "the previous day"
after a stated day, and a possessive day naming the event ("Saturday's blast") when the
sentence of the toll states none.  Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract import context
from observatory.extract.dates import DateDataError, find_dates, is_reporting_date
from observatory.extract.pipeline import Extractor
from observatory.models import Document

FRIDAY = date(2021, 6, 11)


def _days(extractor: Extractor, text: str, sub_type: str, published: date = FRIDAY) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.sub_event_type == sub_type and e.date))


@pytest.mark.parametrize("words", ["the previous day", "the day before"])
def test_the_previous_day_counts_back_from_the_day_just_told(extractor: Extractor, words: str) -> None:
    text = ("Government warplanes bombed a bakery in Maarat Hirma on Tuesday, killing nine people. "
            f"Artillery had shelled the village of Kafr Oweid {words}, killing four.")
    assert _days(extractor, text, "Shelling/artillery/missile attack") == {"2021-06-07"}


def test_the_previous_day_with_no_day_told_is_the_day_before_publication(extractor: Extractor) -> None:
    text = ("Gunmen shot dead two shepherds near Tal Shihab, a local council said. "
            "The previous day a roadside bomb killed a soldier in Jasim.")
    assert _days(extractor, text, "Remote explosive/landmine/IED") == {"2021-06-10"}


def test_a_day_told_two_sentences_earlier_is_too_far_to_count_from(extractor: Extractor) -> None:
    text = ("Warplanes struck Hass on Monday, wounding three. "
            "Residents fled towards the border camps in the rain. "
            "A car bomb had gone off in Kafr Nubl the day before, killing six.")
    assert _days(extractor, text, "Remote explosive/landmine/IED") == {"2021-06-10"}


@pytest.mark.parametrize("named", ["Wednesday's blast", "Wednesdays blast", "Wednesday's car bomb attack"])
def test_a_possessive_day_dates_the_toll_told_without_one(extractor: Extractor, named: str) -> None:
    text = ("The toll of a car bomb in the market of Azaz has risen to 31, a monitor said on Friday. "
            "The health ministry of the town met to discuss the wounded on Thursday. "
            f"Rescuers were still pulling bodies from the rubble of {named}, a volunteer said.")
    assert _days(extractor, text, "Remote explosive/landmine/IED") == {"2021-06-09"}


def test_a_possessive_day_before_no_event_noun_dates_nothing(extractor: Extractor) -> None:
    text = ("The toll of a car bomb in the market of Azaz has risen to 31, a monitor said on Friday. "
            "The health ministry of the town met to discuss the wounded on Thursday. "
            "Wednesday's council meeting was cancelled.")
    assert _days(extractor, text, "Remote explosive/landmine/IED") == {"2021-06-10"}


def test_a_weekday_whose_apostrophe_was_lost_is_read_only_before_a_lower_case_word() -> None:
    found = find_dates("after Tuesdays raid on the depot", FRIDAY)
    assert [(m.text, m.range.start) for m in found] == [("Tuesdays", "2021-06-08")]
    assert find_dates("markets close on Fridays.", FRIDAY) == []
    assert find_dates("the Tuesdays Club met", FRIDAY) == []


@pytest.mark.parametrize("words", ["the following day", "The next day", "a day later"])
def test_the_following_day_counts_on_from_the_day_just_told(extractor: Extractor, words: str) -> None:
    text = ("Government warplanes bombed a bakery in Maarat Hirma on Tuesday, killing nine people. "
            f"Artillery shelled the village of Kafr Oweid {words}, killing four.")
    assert _days(extractor, text, "Shelling/artillery/missile attack") == {"2021-06-09"}


def test_the_following_day_with_no_day_told_dates_nothing(extractor: Extractor) -> None:
    text = ("Warplanes bombed a bakery in Maarat Hirma, killing nine people, a monitor said. "
            "Artillery shelled the village of Kafr Oweid the following day, killing four.")
    assert "2021-06-12" not in _days(extractor, text, "Shelling/artillery/missile attack")


def test_the_following_day_after_publication_dates_nothing(extractor: Extractor) -> None:
    text = ("Warplanes bombed a bakery in Maarat Hirma on Friday, killing nine people. "
            "Artillery shelled the village of Kafr Oweid the following day, killing four.")
    assert "2021-06-12" not in _days(extractor, text, "Shelling/artillery/missile attack")


@pytest.mark.parametrize("told", ["on Thursday after three days of heavy clashes",
                                  "on Thursday, after 3 days of bombardment"])
def test_a_day_after_days_of_fighting_takes_those_days_too(told: str) -> None:
    found = find_dates(f"The rebels lost Tal Bisa {told} with the army.", FRIDAY)
    assert [(m.range.start, m.range.end, m.period) for m in found] == [("2021-06-07", "2021-06-10", True)]


@pytest.mark.parametrize("told", ["on Monday after several days of clashes", "on Thursday after two days of talks"])
def test_a_day_after_an_uncounted_stretch_or_talks_stays_one_day(told: str) -> None:
    found = find_dates(f"The two sides agreed a truce in Qarah {told}.", FRIDAY)
    assert [(m.range.start, m.range.end) for m in found] == [(found[0].range.start, found[0].range.start)]


@pytest.mark.parametrize("said", ["Tuesday's briefing", "Tuesdays oral briefing", "Tuesday's statement"])
def test_a_possessive_day_of_a_statement_is_the_day_it_was_said(said: str) -> None:
    text = f"Air strikes have killed some 640 people since the campaign began, the report for {said} said."
    mention = find_dates(text, FRIDAY)[0]
    assert is_reporting_date(text, mention)


def test_a_possessive_day_of_an_attack_is_an_event_day() -> None:
    text = "Rescuers pulled eleven bodies from the rubble of Tuesday's air strike."
    assert not is_reporting_date(text, find_dates(text, FRIDAY)[0])


CAMPAIGN = ("Turkish artillery killed at least 14 civilians in the village of Tal Hajar on Sunday, the fourth day of "
            "an offensive against Kurdish fighters. Turkish-backed rebels had fought their way into the border town "
            "of Al-Rai on the {nth} day of the offensive, the monitor said.")


def test_a_numbered_day_of_a_dated_campaign_is_counted_from_it(extractor: Extractor) -> None:
    result = extractor.extract(CAMPAIGN.format(nth="first"), Document(id="d", published="2021-06-13"))
    days = {e.location.name: e.date.start for e in result.events if e.location and e.date}
    assert days.get("Ar Ra'i") == "2021-06-10"


def test_a_numbered_day_after_publication_dates_nothing(extractor: Extractor) -> None:
    result = extractor.extract(CAMPAIGN.format(nth="sixth"), Document(id="d", published="2021-06-13"))
    assert all(e.date.start != "2021-06-15" for e in result.events if e.date)


def test_a_continuation_file_with_a_string_for_a_list_is_named_in_the_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "continuation.yaml"
    bad.write_text("determiners: [Those]\nevent_nouns: volleys\npronouns: [We]\n"
                   "counted_back: [the eve]\ncounted_on: [the morrow]\n", encoding="utf-8")
    monkeypatch.setattr(context, "CONTINUATION_PATH", bad)
    context._continuation_words.cache_clear()
    try:
        with pytest.raises(DateDataError, match="'event_nouns' must be a non-empty list of strings") as raised:
            context._continuation_words()
        assert str(bad) in str(raised.value)
    finally:
        context._continuation_words.cache_clear()


def test_a_continuation_file_whose_day_joiners_hold_a_number_is_named_in_the_error(tmp_path, monkeypatch) -> None:
    bad = tmp_path / "continuation.yaml"
    bad.write_text("determiners: [Those]\nevent_nouns: [volleys]\npronouns: [We]\n"
                   "counted_back: [the eve]\ncounted_on: [the morrow]\nday_joiners: [and later, 2]\n", encoding="utf-8")
    monkeypatch.setattr(context, "CONTINUATION_PATH", bad)
    context._continuation_words.cache_clear()
    try:
        with pytest.raises(DateDataError, match="'day_joiners' must be a non-empty list of strings") as raised:
            context._continuation_words()
        assert str(bad) in str(raised.value)
    finally:
        context._continuation_words.cache_clear()
