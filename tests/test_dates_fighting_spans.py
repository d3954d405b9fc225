"""Spans of fighting told by their length ("in four days of clashes", "the past 24 hours"),
weekday adverbs that are weekdays, and page stamps whose day and year ran together
(issue 9)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from observatory.extract.context import report_day
from observatory.extract.dates import ON_WEEKDAY, find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document

SATURDAY = date(2021, 5, 22)


def spans(text: str, published: date = SATURDAY) -> list[tuple[str, str, int, bool]]:
    return [(m.range.start, m.range.end, m.range.precision, m.period) for m in find_dates(text, published)]


@pytest.mark.parametrize(("text", "start", "end", "precision"), [
    ("Loyalist militias lost 31 men in four days of clashes near Kabani.", "2021-05-19", "2021-05-22", 2),
    ("17 were killed during 2 days of intense regime shelling on Ariha.", "2021-05-21", "2021-05-22", 2),
    ("At least 60 fighters died over the past ten days of battles for the dam.", "2021-05-13", "2021-05-22", 4),
    ("Eight civilians died in 48 hours of air strikes on Jisr al-Shughur.", "2021-05-21", "2021-05-22", 2),
])
def test_a_span_of_fighting_told_by_its_length_is_each_of_its_days(text: str, start: str, end: str,
                                                                   precision: int) -> None:
    assert spans(text) == [(start, end, precision, True)]


@pytest.mark.parametrize("text", [
    "The convoy reached Tal Rifaat after nine days of negotiations.",  # no fighting
    "Kurdish units entered the village after three days of clashes.",  # ended before the entry
    "Schools will reopen in 3 days.",  # a plan
])
def test_other_counts_of_days_date_nothing(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize(("text", "start"), [
    ("Nine people were killed in the past 24 hours in Maarat al-Numan.", "2021-05-22"),
    ("Rockets hit Qardaha during the last 48 hours.", "2021-05-21"),
    ("Tens of raids within 72 hours targeted Kansafra.", "2021-05-20"),
])
def test_hours_up_to_a_report_are_its_days_as_many_days_would_be(text: str, start: str) -> None:
    [(first, last, _, _)] = spans(text)
    assert (first, last) == (start, "2021-05-22")


def test_an_event_counted_over_days_of_fighting_is_dated_on_them(extractor: Extractor) -> None:
    text = "Government troops killed 23 jihadists in three days of fighting around Qaryatayn, a monitor said."
    result = extractor.extract(text, Document(id="q", published=SATURDAY.isoformat()))
    assert {(e.date.start, e.date.end) for e in result.events} == {("2021-05-20", "2021-05-22")}


@pytest.mark.parametrize(("text", "weekday"), [
    ("late on Thursday", True),
    ("on Sunday", True),
    ("on holiday", False),
    ("on doomsday", False),
    ("on Sundays", False),
])
def test_a_weekday_adverb_names_a_weekday(text: str, weekday: bool) -> None:
    assert (re.fullmatch(ON_WEEKDAY, text, re.IGNORECASE) is not None) is weekday


def test_a_stamp_whose_day_and_year_ran_together_is_the_day_written() -> None:
    text = ("Jets pound Saraqib | Amman Post  Last updated at Mar 092019 BEIRUT Warplanes struck "
            "Saraqib on Friday, killing four, a monitor said.")
    assert report_day(text, date(2019, 6, 30)) == date(2019, 3, 9)
    assert spans("Last updated at Nov 302018", date(2018, 12, 2))[0][:2] == ("2018-11-30", "2018-11-30")


@pytest.mark.parametrize("qualifier", ["approximately", "as many as", "an estimated"])
def test_a_running_totals_figure_takes_any_qualifier_of_the_casualty_lexicon(extractor: Extractor,
                                                                            qualifier: str) -> None:
    """"brings to approximately 90 those killed since mid-June": the span is the total's,
    and the headline's shelling is the news of its report day."""
    text = f"Shelling kills a farmer near Kafr Nabl and brings to {qualifier} 90 those killed since mid-June"
    result = extractor.extract(text, Document(id="t", published=SATURDAY.isoformat()))
    assert {(e.date.start, e.date.end) for e in result.events} == {("2021-05-22", "2021-05-22")}


@pytest.mark.parametrize(("text", "day"), [
    ("Jets struck a clinic in Kafr Hamra before dawn, killing two nurses.", "2021-05-22"),
    ("Helicopters carried out three raids at dawn on a bakery in Hass.", "2021-05-22"),
    ("Eleven were killed Thursday before dawn by drones over Sarmada.", "2021-05-20"),
    ("Gunboats shelled the harbour of Jableh at dawn on 14 May.", "2021-05-14"),
    ("Drones hit a market in Dana before dawn on the 12th of May.", "2021-05-12"),
    ("Rockets fell on Salqin at dawn on the 9th.", "2021-05-09"),
])
def test_dawn_is_the_day_it_belongs_to(text: str, day: str) -> None:
    assert [(start, end) for start, end, _, _ in spans(text)] == [(day, day)]


@pytest.mark.parametrize(("text", "day"), [
    ("A rocket slammed into a bakery in Jurin in the early hours of the morning, killing a boy.", "2021-05-22"),
    ("Drones circled Atmeh in the early hours before striking a fuel depot.", "2021-05-22"),
    ("Gunmen raided the checkpoint of Tell Rifaat during the very early hours, wounding three guards.", "2021-05-22"),
    ("Two mortar rounds hit Qardaha in the early hours of Wednesday.", "2021-05-19"),
    ("Saboteurs blew up the pipeline near Furqlus in the early hours on Thursday.", "2021-05-20"),
    ("A truck bomb wrecked the bridge of Raqqa in the early hours of 17 May.", "2021-05-17"),
    ("A drone hit a van near Sarmada in the early hours of the morning, 18 May, killing two men.", "2021-05-18"),
    ("Jets bombed the market of Kurin in the early hours, on May 16, killing three.", "2021-05-16"),
])
def test_the_early_hours_are_the_report_day_unless_a_day_is_named(text: str, day: str) -> None:
    """"in the early hours", like "at dawn", is the small hours of the report's own day; of
    a named day or date it is that day's."""
    assert [(start, end) for start, end, _, _ in spans(text)] == [(day, day)]


def test_an_event_in_the_early_hours_under_a_dateline_is_dated(extractor: Extractor) -> None:
    text = ("QAMISHLI, Syria, May 22 (Reuters) - A car bomb went off in the early hours of the morning "
            "outside a bakery in the Hilaliya district, killing seven people.")
    result = extractor.extract(text, Document(id="d", published=SATURDAY.isoformat()))
    assert result.events
    assert {(e.date.start, e.date.end) for e in result.events} == {("2021-05-22", "2021-05-22")}


def test_the_days_a_running_total_is_counted_over_are_no_lead_day(extractor: Extractor) -> None:
    """The headline's news is its latest killing, of its report day, not the eleven days
    the total ran over."""
    text = ("Barrel bombs kill a family in Kafr Zita and raise the death toll to 140 "
            "in 11 days of escalated shelling on the town")
    result = extractor.extract(text, Document(id="r", published=SATURDAY.isoformat()))
    assert result.events
    assert {(e.date.start, e.date.end) for e in result.events} == {("2021-05-22", "2021-05-22")}


def test_hours_within_which_something_followed_an_attack_are_no_span_of_fighting() -> None:
    assert spans("Rebels retook the hill within 48 hours of the assault.") == [("2021-05-21", "2021-05-22", 2, False)]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead 35 herders in five days of raids near Deir Hafer in March 2015, the inquiry found.",
    "In 2017, the militia lost 120 fighters in six days of clashes for Maskanah, a new study said.",
])
def test_counted_days_of_a_dated_past_account_are_not_pinned_to_publication(text: str) -> None:
    assert not [m for m in find_dates(text, SATURDAY) if "days of" in m.text]


def test_counted_days_beside_a_date_of_another_sentence_still_end_on_publication() -> None:
    text = "Jets killed 14 people in two days of strikes on Saraqib. The town fell in 2016."
    assert [(m.range.start, m.range.end) for m in find_dates(text, SATURDAY) if "days of" in m.text] == [
        ("2021-05-21", "2021-05-22")]


@pytest.mark.parametrize("text", [
    "Ankara gave the militants a deadline that runs out in four days.",  # "dead" inside a word
    "The fighters hitched rides out of the town and fled in two days.",  # "hit" inside a word
    "Rebels could capture Manbij in five days, a commander boasted.",  # a forecast
    "Commanders said troops may seize the airbase in two days.",
    "In 2014, IS overran the dam and seized Tabqa in six days.",  # an old year's account
    "Last year the army retook the hills around Kinsabba in five days.",
])
def test_days_after_a_bare_in_that_are_no_done_fighting_date_nothing(text: str) -> None:
    assert [m for m in find_dates(text, SATURDAY) if "days" in m.text] == []


def test_days_after_a_fighting_verb_and_a_to_of_its_object_are_done() -> None:
    text = "Jets killed 40 fighters belonging to the Tiger Forces in three days."
    assert spans(text) == [("2021-05-20", "2021-05-22", 2, True)]


@pytest.mark.parametrize(("text", "day"), [
    ("On the weekend of 15 May, a shell killed four farmers near Kafr Owaid.", "2021-05-15"),
    ("Over the weekend of May 16 gunmen shot dead a mukhtar in Tafas.", "2021-05-16"),
])
def test_the_weekend_of_a_date_is_that_date_not_the_report_weekend(text: str, day: str) -> None:
    assert [(start, end) for start, end, _, _ in spans(text)] == [(day, day)]


@pytest.mark.parametrize(("text", "day"), [
    ("Government shelling killed 3 in Ariha, days after a ceasefire agreed at the weekend.", "2021-05-19"),
    ("Jets pounded Kafranbel, killing 5, ahead of talks in Astana at the weekend.", "2021-05-19"),
    # (the threat beside a strike told; a threat alone is no event: test_types9d_events)
    ("Turkish drones struck Tal Tamr, killing 2, as the ministry threatened more strikes at the weekend if the SDF "
     "does not pull back.", "2021-05-19"),
    ("Families who escaped Jisr al-Shughur at the weekend said a car bomb killed 8 there on Monday.", "2021-05-17"),
])
def test_the_weekend_of_a_side_story_does_not_date_the_event(extractor: Extractor, text: str, day: str) -> None:
    """A truce, talks, a threat or the witnesses who fled "at the weekend" are a side story:
    the event keeps its own day (here the report's Wednesday, or the Monday it names)."""
    result = extractor.extract(text, Document(id="w", published="2021-05-19"))
    assert result.events
    assert {(e.date.start, e.date.end) for e in result.events} == {(day, day)}


def test_the_weekend_of_the_event_itself_still_dates_it(extractor: Extractor) -> None:
    result = extractor.extract("A car bomb that went off in Afrin at the weekend killed 9 people.",
                               Document(id="w", published="2021-05-19"))
    assert {(e.date.start, e.date.end) for e in result.events} == {("2021-05-15", "2021-05-16")}


@pytest.mark.parametrize(("text", "day"), [
    ("The toll climbed to 23 after government jets bombed Kafr Takharim at the weekend, medics said.",
     ("2021-05-15", "2021-05-16")),
    ("Four shepherds were killed after a mine went off near Sukhnah at the weekend, the governor said.",
     ("2021-05-15", "2021-05-16")),
    ("Pro-Turkish fighters who raided the hamlet of Tell Shaer at the weekend killed 5 farmers, a local council said.",
     ("2021-05-15", "2021-05-16")),
    ("Army units killed 17 gunmen who stormed checkpoints in the early hours near Kinsabba, state TV said.",
     ("2021-05-19", "2021-05-19")),
])
def test_after_and_who_in_the_events_own_clause_keep_its_report_day(extractor: Extractor, text: str,
                                                                    day: tuple[str, str]) -> None:
    """"after", "who" are everyday words of the event's own clause: its "at the weekend" or
    "in the early hours" still dates it (only "who ... said" tells a witness's side story)."""
    result = extractor.extract(text, Document(id="w", published="2021-05-19"))
    assert result.events
    assert {(e.date.start, e.date.end) for e in result.events if e.date} == {day}
    assert all(e.date for e in result.events)
