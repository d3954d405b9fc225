"""Which days a report's events get when several mentions of one kind of event at one
place are dated differently, and when the report tells a period.  Invented reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.context import DocContext
from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Document

THURSDAY = date(2020, 2, 13)


def _days(extractor: Extractor, text: str, sub_type: str, published: date = THURSDAY) -> set[str]:
    result = extractor.extract(text, Document(id="d", published=published.isoformat()))
    return set().union(*(event_days(e.date.model_dump()) for e in result.events
                         if e.sub_event_type == sub_type and e.date))


def test_two_shellings_of_one_town_days_apart_do_not_claim_the_days_between(extractor: Extractor) -> None:
    text = ("Government artillery shelled Kafr Zita on the 3rd, killing two farmers. "
            "The town was shelled again on Tuesday, when a mortar round hit its market and wounded a boy.")
    days = _days(extractor, text, "Shelling/artillery/missile attack")
    assert days == {"2020-02-03", "2020-02-11"}


def test_mentions_on_days_that_touch_stay_one_stretch(extractor: Extractor) -> None:
    text = ("Government artillery shelled Kafr Zita on Monday, killing two farmers. "
            "Artillery shelled the town again on Tuesday, wounding a boy.")
    assert _days(extractor, text, "Shelling/artillery/missile attack") == {"2020-02-10", "2020-02-11"}


@pytest.mark.parametrize("credit", ["(Reuters)", "(AFP Photo)", "(TRT World and Agencies)", "REUTERS/Omar Haj"])
def test_a_photo_captions_date_does_not_date_the_report(credit: str) -> None:
    text = ("Barrel bombs kill nine in Kafr Sijnah\n\n"
            f"Rescuers search a collapsed house in Kafr Sijnah, Idlib province, Syria, March 2 2021. {credit} "
            "Helicopters dropped barrel bombs on the village on Saturday, killing nine people, rescuers said.")
    ctx = DocContext.build(text, date(2021, 3, 8), default_kb(), PlaceFinder(load_gazetteer()))
    lead = ctx.lead_date()
    assert lead is not None and lead.start == "2021-03-06"
    assert all(d.range.start != "2021-03-02" for d in ctx.dates)


def test_a_date_that_no_credit_follows_still_dates_its_event() -> None:
    text = "Helicopters dropped barrel bombs on Kafr Sijnah on March 2 2021. (Two people died.)"
    ctx = DocContext.build(text, date(2021, 3, 8), default_kb(), PlaceFinder(load_gazetteer()))
    assert [d.range.start for d in ctx.dates] == ["2021-03-02"]


def test_the_day_a_report_was_published_is_not_the_day_of_what_it_counts(extractor: Extractor) -> None:
    text = ("Artillery shelled the market of Tal Rifaat on Tuesday, killing four traders, the monitor said. "
            "According to a report published on Wednesday by a rights group, shelling has killed 212 "
            "civilians in the district since 2019.")
    days = _days(extractor, text, "Shelling/artillery/missile attack")
    assert days == {"2020-02-11"}


def test_said_in_a_statement_on_a_day_is_when_it_was_said_not_an_event_day() -> None:
    text = ("A roadside bomb killed two policemen near Jasim. "
            "Police in Daraa said in a statement on Monday that they had arrested a suspect.")
    ctx = DocContext.build(text, THURSDAY, default_kb(), PlaceFinder(load_gazetteer()))
    assert [d.range.start for d in ctx.reported] == ["2020-02-10"]
    assert ctx.dates == []


def test_a_published_stamp_is_no_statement_day() -> None:
    text = ("Published February 12 2020 A roadside bomb killed two policemen near Jasim, "
            "the police said on Tuesday.")
    ctx = DocContext.build(text, THURSDAY - timedelta(days=1), default_kb(), PlaceFinder(load_gazetteer()))
    assert [d.range.start for d in ctx.reported] == ["2020-02-11"]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the dawn of a named day is that day, not the report's
        ("Warplanes struck Hish at dawn on Tuesday.", [("2020-02-11", "2020-02-11")]),
        ("Warplanes struck Hish at dawn today.", [("2020-02-13", "2020-02-13")]),
        # a day of the month written as a word
        ("Gunmen shot a mayor on the twenty-second of January.", [("2020-01-22", "2020-01-22")]),
        ("The convoy was hit on the first of February 2020.", [("2020-02-01", "2020-02-01")]),
        # a list of days is the run from the first to the last
        ("Shelling on 4, 5 and 6 February killed eleven.", [("2020-02-04", "2020-02-06")]),
        ("Raids on February 7, 8 and 9 left the town empty.", [("2020-02-07", "2020-02-09")]),
    ],
)
def test_more_ways_of_writing_a_day(text: str, days: list[tuple[str, str]]) -> None:
    assert sorted({(m.range.start, m.range.end) for m in find_dates(text, THURSDAY)}) == days


def test_a_word_that_only_looks_like_a_day_is_no_date() -> None:
    assert find_dates("It was the first of many raids on the second front.", THURSDAY) == []


FRIDAY = THURSDAY + timedelta(days=1)


def test_a_wire_story_reposted_next_day_runs_its_periods_to_the_day_it_was_told(extractor: Extractor) -> None:
    text = ("At least 30 fighters have been killed in clashes near Tal Tamr since Wednesday afternoon, "
            "a monitor said Thursday. The fighting pitted Kurdish units against Turkish-backed factions.")
    assert _days(extractor, text, "Armed clash", published=FRIDAY) == {"2020-02-12", "2020-02-13"}


def test_a_story_that_also_names_the_page_day_keeps_the_pages_day(extractor: Extractor) -> None:
    text = ("At least 30 fighters have been killed in clashes near Tal Tamr since Wednesday afternoon, "
            "a monitor said Thursday. The clashes went on today around the silos of the town.")
    assert "2020-02-14" in _days(extractor, text, "Armed clash", published=FRIDAY)


def _day_of_last_sentence(text: str) -> tuple[str | None, int]:
    ctx = DocContext.build(text, THURSDAY, default_kb(), PlaceFinder(load_gazetteer()))
    last = ctx.sentences[-1]
    when, level = ctx.event_date(ctx.clause_at(last.start + 1), last.start + 1)
    return when.start, level


def test_a_sentence_that_goes_on_with_the_story_takes_the_day_before_it() -> None:
    text = ("Rebels shelled the outskirts of Mhardeh on Monday. "
            "Warplanes struck the village of Kansafra on Wednesday, wounding a shepherd. "
            "The Russian raids also hit a bakery in the village.")
    assert _day_of_last_sentence(text) == ("2020-02-12", 2)


def test_a_sentence_that_starts_a_new_story_takes_the_lead_day() -> None:
    text = ("Rebels shelled the outskirts of Mhardeh on Monday. "
            "Warplanes struck the village of Kansafra on Wednesday, wounding a shepherd. "
            "A roadside bomb killed two soldiers near Khan Arnabah.")
    assert _day_of_last_sentence(text) == ("2020-02-10", 2)


def test_an_anniversary_is_background_not_an_event_of_the_day(extractor: Extractor) -> None:
    text = ("On the third anniversary of the chemical attack on Lataminah, survivors gathered in Kafr Zita. "
            "Separately, shelling on Kafr Laha killed two people on Tuesday.")
    result = extractor.extract(text, Document(id="a", published=THURSDAY.isoformat()))
    assert [(e.sub_event_type, e.date.start) for e in result.events if e.date] == [
        ("Shelling/artillery/missile attack", "2020-02-11")]


def test_an_event_dated_before_the_anniversary_words_stays_news(extractor: Extractor) -> None:
    text = ("Warplanes struck the market of Saraqib on Wednesday, the anniversary of the town's first protest, "
            "killing six people.")
    assert _days(extractor, text, "Air/drone strike") == {"2020-02-12"}


def test_fighting_that_went_on_into_the_next_day_covers_it(extractor: Extractor) -> None:
    text = ("Government troops attacked rebel positions around Kabani on Sunday evening. "
            "The fighting continued until Monday afternoon, killing nine soldiers.")
    assert _days(extractor, text, "Armed clash") == {"2020-02-09", "2020-02-10"}


def test_fighting_told_of_a_day_far_from_the_attack_adds_no_day(extractor: Extractor) -> None:
    text = ("Government troops attacked rebel positions around Kabani on Sunday evening. "
            "Fighting had also flared there on 2 January.")
    assert _days(extractor, text, "Armed clash") == {"2020-02-09"}


def test_an_event_its_clause_dates_vaguely_does_not_take_another_storys_day(extractor: Extractor) -> None:
    text = ("Unknown gunmen shot dead a former rebel commander in Inkhil earlier this week, activists said. "
            "On Tuesday, a roadside bomb exploded in Nawa, wounding two policemen.")
    result = extractor.extract(text, Document(id="v", published=THURSDAY.isoformat()))
    inkhil = [e for e in result.events if e.location and e.location.mention == "Inkhil"]
    assert inkhil and all(e.date is not None and e.date.start is None for e in inkhil)


def test_what_happens_on_an_anniversary_is_news(extractor: Extractor) -> None:
    text = "On the anniversary of the siege's end, gunmen killed two guards at a checkpoint in Muhradah on Tuesday."
    result = extractor.extract(text, Document(id="n", published=THURSDAY.isoformat()))
    assert {e.date.start for e in result.events if e.date} == {"2020-02-11"}


def test_an_event_told_as_days_after_another_is_dated_back_from_the_stated_day() -> None:
    text = "The bodies of four shepherds were found on Wednesday, three days after gunmen abducted them near Sukhnah."
    ctx = DocContext.build(text, THURSDAY, default_kb(), PlaceFinder(load_gazetteer()))
    pos = text.index("abducted")
    assert ctx.event_date(ctx.clause_at(pos), pos)[0].start == "2020-02-09"
    found = text.index("found")
    assert ctx.event_date(ctx.clause_at(found), found)[0].start == "2020-02-12"


def test_an_event_told_before_the_cue_keeps_the_stated_day() -> None:
    text = "Rebels shelled Mhardeh on Monday, two days after gunmen attacked a patrol near Sukhnah."
    ctx = DocContext.build(text, THURSDAY, default_kb(), PlaceFinder(load_gazetteer()))
    shelled = text.index("shelled")
    assert ctx.event_date(ctx.clause_at(shelled), shelled)[0].start == "2020-02-10"


def test_a_placeless_headline_dated_by_its_page_stays_with_the_event_the_body_dates(extractor):
    """The headline sums up the report's event: the page's later date (the day it opens with,
    a feed's day aside) does not split off a second, placeless event that would carry the
    toll into an incident of its own."""
    text = ("March 3 2017 Militia likely used chlorine in attack: watchdog Reuters Staff. Evidence suggests "
            "militia fighters were behind a chlorine attack that killed more than 85 people a watchdog said. "
            "The chlorine attack near Latamneh on February 12 killed more than 85 people.")
    result = extractor.extract(text, Document(id="gas", published="2017-02-20"))
    (gas,) = [e for e in result.events if e.sub_event_type == "Chemical weapon"]
    assert gas.location is not None and (gas.date.start, gas.date.end) == ("2017-02-12", "2017-02-12")
    (toll,) = [c for c in result.casualties if c.count.value == 85]
    assert toll.event == gas.id
