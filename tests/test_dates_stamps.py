"""A page's own date stamp and the day something was said: one judgement each
(extract/dates.py), asked by the event dates (extract/context.py) and the tolls' periods
(extract/tolls/scope.py) alike.  Invented reports."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.eval.scoring import event_days
from observatory.extract import dates
from observatory.extract.context import report_day
from observatory.extract.dates import DateMention, find_dates, is_page_stamp, is_reporting_date
from observatory.extract.pipeline import Extractor
from observatory.models import Document

FEED_DAY = date(2019, 6, 20)  # a Thursday


def _mention(text: str, words: str) -> DateMention:
    return next(d for d in find_dates(text, FEED_DAY) if d.text == words)


@pytest.mark.parametrize("top", [
    "Posted on June 11 2019 by Rami Haddad. ",
    "Published: 11 June 2019 ",
    "Reuters Tuesday 11 Jun 2019 ",
    "Date of publication 11 June 2019 ",
])
def test_a_cue_at_the_top_marks_the_page_stamp(top: str) -> None:
    text = top + "Mortar rounds hit a bakery in Saraqib on Monday, wounding four workers."
    stamp = next(d for d in find_dates(text, FEED_DAY) if "2019" in d.text)
    assert is_page_stamp(text, stamp)
    assert not is_page_stamp(text, _mention(text, "on Monday"))


def test_a_full_date_in_the_body_is_no_stamp() -> None:
    text = ("Mortar rounds hit a bakery in Saraqib, wounding four workers. " * 12
            + "The bakery had been repaired after a raid on June 11 2019.")
    assert len(text) > 600
    assert not is_page_stamp(text, _mention(text, "June 11 2019"))
    short = "Mortar rounds hit a bakery in Saraqib on June 11 2019, wounding four workers."
    assert not is_page_stamp(short, _mention(short, "June 11 2019"))


def test_a_wire_dateline_is_the_stamp_without_a_year() -> None:
    text = "HAMA, Syria, June 17 (AP) — Gunmen shot dead a village mayor near Suran."
    assert is_page_stamp(text, _mention(text, "June 17"))


def test_the_day_of_publication_written_in_full_is_the_stamp() -> None:
    text = "Gunmen shot dead a village mayor near Suran, 20 June 2019."
    mention = _mention(text, "20 June 2019")
    assert is_page_stamp(text, mention, FEED_DAY)
    assert not is_page_stamp(text, mention)


@pytest.mark.parametrize("sentence, day", [
    ("The monitoring group said on Tuesday that shelling killed three herders.", "on Tuesday"),
    ("A spokesman told journalists Tuesday that shelling killed three herders.", "Tuesday"),
    ("The ministry said in a communique on Tuesday that shelling killed three herders.", "on Tuesday"),
    ("The local council reported, on Tuesday, that shelling killed three herders.", "on Tuesday"),
    ("State radio quoted a police officer on Tuesday as saying three herders died near Salamiyah.", "on Tuesday"),
])
def test_the_day_a_source_spoke_is_a_reporting_date(sentence: str, day: str) -> None:
    assert is_reporting_date(sentence, _mention(sentence, day))


@pytest.mark.parametrize("sentence, day", [
    ("Shelling killed three herders near Kafr Zita on Tuesday, the council said.", "on Tuesday"),
    ("The group claimed a June 4 ambush that killed nine conscripts.", "June 4"),
    ("Rebels said the June 4 ambush killed nine conscripts.", "June 4"),
    ("Radio Rozana quoted the mayor as saying shelling on Tuesday killed three herders.", "on Tuesday"),
])
def test_an_event_day_is_no_reporting_date(sentence: str, day: str) -> None:
    assert not is_reporting_date(sentence, _mention(sentence, day))


def test_a_sentence_read_on_its_own_gets_the_same_answer() -> None:
    """Scope reads a sentence with its offset in the report; context reads the report."""
    first = "Shelling went on overnight. "
    second = "The monitor said on Wednesday that two shepherds died near Tell Rifaat."
    text = first + second
    mention = _mention(text, "on Wednesday")
    assert mention.start > len(first)
    assert is_reporting_date(second, mention, offset=len(first)) == is_reporting_date(text, mention) is True


def test_report_day_is_the_pages_own_stamp_over_the_feeds_day() -> None:
    text = "AFP Saturday 8 Jun 2019 Jets struck a market in Ariha on Friday, killing eleven people."
    assert report_day(text, FEED_DAY) == date(2019, 6, 8)
    plain = "Jets struck a market in Ariha on Friday, killing eleven people."
    assert report_day(plain, FEED_DAY) == FEED_DAY
    assert report_day("Published 2 May 2018 " + plain, None) == date(2018, 5, 2)
    assert report_day(plain, None) is None


def _air_strike_days(extractor: Extractor, text: str, published: date) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.sub_event_type == "Air/drone strike" and e.date))


def test_weekdays_count_back_from_the_stamp_when_the_feed_gives_a_later_day(extractor: Extractor) -> None:
    """A page stamped Saturday 8 June, which a feed lists on Thursday 20 June: its "on
    Friday" is 7 June, and the toll is no background of the later day."""
    text = ("Jets hit Ariha market, eleven dead\n\nAFP Saturday 8 Jun 2019 Government jets struck a "
            "crowded market in Ariha on Friday, killing eleven people, a monitor said.")
    assert _air_strike_days(extractor, text, FEED_DAY) == {"2019-06-07"}
    result = extractor.extract(text, Document(id="d", published=FEED_DAY.isoformat()))
    assert sum(c.count.value or 0 for c in result.casualties if c.status == "killed") == 11


def test_a_toll_is_not_dated_by_the_page_stamp(extractor: Extractor) -> None:
    """ "Published 12 March 2019 At least 14 people were killed Monday …": the toll's period
    is the Monday, not the stamp's day."""
    text = ("Car bomb kills 14 in Azaz\n\nPublished 12 March 2019 At least 14 people were killed "
            "Monday when a car bomb exploded near a bus station in Azaz, medics said.")
    result = extractor.extract(text, Document(id="d", published="2019-03-12"))
    periods = {(c.period.start, c.period.end) for c in result.casualties if c.status == "killed" and c.period}
    assert periods == {("2019-03-11", "2019-03-11")}


@pytest.mark.parametrize("entry, complaint", [
    ("stamp_cues: [Released, '(?:Filed']\n", "bad pattern"),
    ("stamp_cues: Released\n", "non-empty list of strings"),
])
def test_a_malformed_stamps_file_is_named_in_the_error(tmp_path, monkeypatch, entry: str, complaint: str) -> None:
    bad = tmp_path / "stamps.yaml"
    bad.write_text(entry + "reporting_verbs: [declared]\nstatement_nouns: [bulletin]\n", encoding="utf-8")
    monkeypatch.setattr(dates, "STAMPS_PATH", bad)
    dates._stamp_words.cache_clear()
    try:
        with pytest.raises(dates.DateDataError, match=complaint) as raised:
            dates._stamp_words()
        assert str(bad) in str(raised.value)
    finally:
        dates._stamp_words.cache_clear()


def test_a_dateline_led_by_its_own_weekday_is_the_pages_day(extractor: Extractor) -> None:
    """ "Wed Mar 6 2019 …" at the top of a page is the day it was written, though a feed
    lists it a month earlier: its "on Tuesday" is 5 March, and the dateline dates no toll."""
    text = ("Wed Mar 6 2019 Shells kill four in Suqaylabiyah. On Tuesday rockets fired from the hills "
            "killed four people in Suqaylabiyah, a local source said.")
    result = extractor.extract(text, Document(id="d", published="2019-02-02"))
    assert {(e.date.start, e.date.end) for e in result.events if e.date} == {("2019-03-05", "2019-03-05")}


@pytest.mark.parametrize("text", [
    "Thursday 6 Mar 2019 Shells kill four in Suqaylabiyah.",  # 6 March 2019 was a Wednesday
    "Shells killed four on Wednesday 6 Mar 2019 in Suqaylabiyah.",  # an event's day, after "on"
])
def test_a_weekday_that_is_not_the_dates_own_or_follows_a_preposition_makes_no_stamp(text: str) -> None:
    [day] = [m for m in dates.find_dates(text, None) if "2019" in m.text]
    assert not dates.is_page_stamp(text, day)


@pytest.mark.parametrize("top", ["14 Feb 2019 ", "14-02-2019 ", "February 14 2019 ", "Dam strike in Tabqa\n\n14 Feb 2019 "])
def test_a_full_date_the_report_opens_with_is_the_day_it_was_written(extractor: Extractor, top: str) -> None:
    """A page that opens with "14 Feb 2019" (a Thursday), listed by a feed on 22 February: its
    "on Wednesday" is 13 February and its "past 48 hours" the 13th and 14th, not days counted
    from the feed's (a dateline within ``stale_days`` of the feed's day corrects it)."""
    text = top + ("Coalition jets struck the dam road near Tabqa on Wednesday, killing nine fighters. "
                  "Another 12 civilians were killed in air strikes on Tabqa over the past 48 hours, activists said.")
    feed = date(2019, 2, 22)
    assert report_day(text, feed) == date(2019, 2, 14)
    assert _air_strike_days(extractor, text, feed) == {"2019-02-13", "2019-02-14"}


@pytest.mark.parametrize("text", [
    "On 14 Feb 2019 jets struck the dam road near Tabqa, killing nine fighters.",  # an event's day
    "Dam strike in Tabqa\n\nRaqqa, 14 Feb 2019. Jets struck the dam road, killing nine.",  # a word before it
    "Tabqa dam\nJets return\n\n14 Feb 2019 Jets struck the dam road, killing nine.",  # two lines above it
    "14-16 Feb 2019 Jets struck the dam road near Tabqa, killing nine fighters.",  # three days, no dateline
])
def test_a_full_date_after_words_or_a_run_of_days_at_the_top_is_no_opening_stamp(text: str) -> None:
    """The precision guard: only a single day the report (or the body under its one-line
    headline) opens with is its dateline."""
    assert not any(dates.is_page_stamp(text, m) for m in dates.find_dates(text, None) if "2019" in m.text)


def test_a_numeric_day_that_lost_a_digit_leaves_the_feeds_day() -> None:
    """ "5-04-2019" under a feed's 15 April is "15-04-2019" clipped by the page's scraping."""
    text = "5-04-2019 Rockets hit Hamdaniyeh. Rockets struck the Hamdaniyeh district on Monday, wounding six."
    assert report_day(text, date(2019, 4, 15)) == date(2019, 4, 15)
    assert report_day("05-04-2019" + text[9:], date(2019, 4, 15)) == date(2019, 4, 5)


@pytest.mark.parametrize("text", [
    "Sunday marks one year since jihadists stormed the prison in Ghwayran, killing 40 guards. "
    "Families laid flowers at its gate.",
    "Families in Ghwayran marked on Sunday the first anniversary of the prison raid that killed 40 guards. "
    "They laid flowers at its gate.",
])
def test_the_day_an_anniversary_falls_on_dates_no_event(extractor: Extractor, text: str) -> None:
    """The remembered raid was a year before, so Sunday 14 July 2019 dates no event."""
    result = extractor.extract(text, Document(id="d", published="2019-07-15"))
    assert "2019-07-14" not in set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    "Jihadists stormed the prison in Ghwayran on Sunday, killing 40 guards, a year after a first raid there.",
    "Jets marked the truce's end on Sunday by striking the prison in Ghwayran, killing 40 guards.",
    "Jihadists stormed the prison in Ghwayran on Sunday, the first anniversary of the city's fall, killing 40 guards.",
])
def test_a_day_beside_a_year_or_a_marking_verb_without_an_anniversary_still_dates_its_event(
        extractor: Extractor, text: str) -> None:
    """The precision guard: no anniversary after the day, or one merely set beside it, so
    Sunday is the raid's day."""
    result = extractor.extract(text, Document(id="d", published="2019-07-15"))
    assert "2019-07-14" in set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


@pytest.mark.parametrize("text", [
    '"9 April 2019 is a night Saraqib will not forget," a nurse said after jets struck the clinic.',  # a quote
    "- 9 April 2019: Jets struck a clinic in Saraqib, killing six nurses, a monitor said on Monday.",  # a list's item
    "9 April 2019 was the deadliest day in Saraqib this year. Jets struck a clinic, killing six nurses.",
    "9 April 2019 marked the start of a week of raids. Jets struck a clinic in Saraqib on Tuesday.",
])
def test_a_day_opening_a_quote_a_list_item_or_a_sentence_it_is_the_subject_of_is_no_dateline(text: str) -> None:
    """The day is what the sentence speaks of, not the page's day: the feed's day stands."""
    [day] = [m for m in find_dates(text, None) if "2019" in m.text]
    assert not is_page_stamp(text, day)
    assert report_day(text, FEED_DAY) == FEED_DAY


def test_a_list_item_opening_with_its_event_day_dates_that_event(extractor: Extractor) -> None:
    text = "- 9 April 2019: Jets struck a clinic in Saraqib, killing six nurses, a monitor said on Monday."
    assert _air_strike_days(extractor, text, date(2019, 4, 12)) == {"2019-04-09"}


@pytest.mark.parametrize("text", [
    "8 May 2019 Government helicopters dropped barrel bombs on the village of Kafr Nabudah, killing nine "
    "civilians, a monitor said. On Sunday, shelling hit Khan Sheikhoun, killing two more.",
    "Kafr Nabudah\n\n8 May 2019 - Government helicopters dropped barrel bombs on Kafr Nabudah, killing "
    "nine civilians, the White Helmets said on Monday.",
])
def test_an_undated_event_of_the_sentence_a_dateline_opens_happened_on_that_day(extractor: Extractor, text: str) -> None:
    """A page that opens with the day of its event, listed by a feed three days later: the
    barrel bombs fell on the dateline's day, not on a weekday counted back from it."""
    result = extractor.extract(text, Document(id="d", published="2019-05-11"))
    [bombs] = [e for e in result.events if e.location and e.location.name.startswith("Kafr Nab")]
    assert (bombs.date.start, bombs.date.end) == ("2019-05-08", "2019-05-08")


@pytest.mark.parametrize("text", [
    "Russian jets struck the bakery in Maaret Hurmah on Sunday marking the second anniversary of the "
    "town's siege, killing six workers.",
    "The strike on the bakery in Maaret Hurmah on Sunday marks two years since the town's siege; six "
    "workers were killed.",
    "Townspeople observed on Sunday the second anniversary of the siege of Maaret Hurmah, while Russian "
    "jets struck its bakery, killing six workers.",
])
def test_an_event_on_the_day_an_anniversary_falls_keeps_that_day(extractor: Extractor, text: str) -> None:
    """The day is told as the strike's (after "on", or shared by a second story the sentence
    joins), not as the subject that marks the anniversary: Sunday 14 July 2019 dates the strike."""
    result = extractor.extract(text, Document(id="d", published="2019-07-15"))
    assert "2019-07-14" in set().union(*(event_days(e.date.model_dump()) for e in result.events if e.date))


def test_a_dateline_weeks_after_a_feeds_day_the_page_never_names_is_the_day_written(extractor: Extractor) -> None:
    """The original text of the retelling test below, before dates10 named the feed's day in
    it: a page opening "30 Jun 2015" that a dataset files under 2 June, which the page neither
    names nor reaches by a stated gap ("three weeks after").  Nothing on the page says it
    retells a story of 2 June, so its dateline is the day it was written (FA-KES files some
    thirty fresh pages under days weeks off), and its undated raid is one of that day or
    before it: open at the start, ending on 30 June."""
    text = ("30 Jun 2015 Barrel bombs dropped by regime helicopters on the market of Tafas killed "
            "at least 41 people, rescuers said, in one of the deadliest raids on Daraa province.")
    result = extractor.extract(text, Document(id="d", published="2015-06-02"))
    assert report_day(text, date(2015, 6, 2)) == date(2015, 6, 30)
    assert {(e.date.start, e.date.end) for e in result.events if e.date} == {(None, "2015-06-30")}


def test_a_dateline_weeks_after_the_feeds_day_leaves_the_retold_story_on_that_day(extractor: Extractor) -> None:
    """A page opening "30 Jun 2015" that a dataset files under the attack's 2 June, a day the
    page names ("the June 2 raid"): a retelling, not a corrected feed; its undated bombing
    stays on the dataset's day."""
    text = ("30 Jun 2015 Families in Tafas still mourn the June 2 raid. Barrel bombs dropped by regime "
            "helicopters on the market of Tafas killed at least 41 people, rescuers said, in one of the "
            "deadliest raids on Daraa province.")
    result = extractor.extract(text, Document(id="d", published="2015-06-02"))
    assert report_day(text, date(2015, 6, 2)) == date(2015, 6, 2)
    assert {e.date.end for e in result.events if e.date} == {"2015-06-02"}


@pytest.mark.parametrize(("top", "feed"), [
    ("19-03-2018 ", "2018-03-02"),  # a feed's day weeks before the page's
    ("19 Mar 2018 ", "2018-04-20"),  # or weeks after it
])
def test_a_dateline_weeks_from_a_feeds_day_it_never_names_is_the_day_written(
        extractor: Extractor, top: str, feed: str) -> None:
    """A page that opens with its own day and tells its story by weekdays ("on Sunday"), filed
    by a dataset under a day the page names nowhere: the dataset's day is no day of the story
    (FA-KES files some thirty pages so), and "on Sunday" counts back from the page's day."""
    text = top + ("Rockets fired at the Jaramana camp on Sunday killed five people and wounded 14, "
                  "a police source told the agency.")
    assert report_day(text, date.fromisoformat(feed)) == date(2018, 3, 19)
    result = extractor.extract(text, Document(id="d", published=feed))
    assert {(e.date.start, e.date.end) for e in result.events if e.date} == {("2018-03-18", "2018-03-18")}


def test_a_feeds_day_named_only_by_a_weekday_is_no_retelling(extractor: Extractor) -> None:
    """The precision guard of the rule above: only a calendar date names the feed's day
    ("the 2 March strike"); "today" or "on Friday" read against the feed's day name it by
    construction and make no retelling."""
    text = "19-03-2018 Jets struck the market of Saqba today and on Friday, killing eleven people."
    assert report_day(text, date(2018, 3, 2)) == date(2018, 3, 19)
    assert report_day("19-03-2018 Jets struck Saqba again, weeks after the 2 March strike that killed eleven.",
                      date(2018, 3, 2)) == date(2018, 3, 2)


@pytest.mark.parametrize(("text", "feed"), [
    # weeks after: 4 October less three weeks is 13 September
    ("04-10-2017 Three weeks after a suicide bomber killed 17 guests at a wedding in Hasakah, the "
     "families say no one has asked them what they saw.", "2017-09-12"),
    # a month since: 9 November less a month is 9 October
    ("9 November 2018 A month since rockets hit the bakery queue in Maarat Misrin, killing six, "
     "the bakery has not reopened.", "2018-10-11"),
    # weeks ago: 28 March less four weeks is 28 February
    ("28 March 2019 Shopkeepers in Kafr Nabl reopened stalls that shelling destroyed four weeks ago, "
     "when eleven people were killed.", "2019-02-27"),
    # last month: the calendar month before the dateline's
    ("17 August 2016 A mortar round that killed four children at a school in Jaramana last month was "
     "fired from Douma, the ministry said.", "2016-07-03"),
])
def test_a_page_stating_its_gap_back_to_the_feeds_day_is_a_retelling(text: str, feed: str) -> None:
    """A dateline weeks from the feed's day, on a page that says how far back its story lies:
    the gap counted back from the dateline lands near the feed's day, so the page retells the
    feed's story and its undated events stay on the feed's day."""
    assert report_day(text, date.fromisoformat(feed)) == date.fromisoformat(feed)


def test_a_gap_back_that_lands_far_from_the_feeds_day_keeps_the_dateline() -> None:
    """The precision guard of the rule above: "two months after" from 6 December lands on 6
    October, far from a feed's 20 November, so the page is no retelling of the feed's day."""
    text = ("06-12-2018 Two months after the truce began, jets struck a market in Ariha on Tuesday, "
            "killing nine people.")
    assert report_day(text, date(2018, 11, 20)) == date(2018, 12, 6)

