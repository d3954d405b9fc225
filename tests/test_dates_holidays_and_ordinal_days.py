"""Days told by a religious or national holiday (data/dates/holidays.yaml) and by an
ordinal day of the month ("the 29th of last month", "on the evening of the 1st").
Invented sentences."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from observatory.extract.dates import DateDataError, find_dates, load_holidays
from observatory.extract.pipeline import Extractor
from observatory.models import Document


def _spans(text: str, published: date) -> list[tuple[str | None, str | None]]:
    return [(m.range.start, m.range.end) for m in find_dates(text, published)]


@pytest.mark.parametrize("text, published, day", [
    ("Gunmen opened fire on a bus on the eve of Eid al-Adha near Salamiyah.", date(2018, 8, 23), "2018-08-20"),
    ("On the third day of Eid al-Fitr a mortar round fell on a park in Jaramana.", date(2016, 7, 10), "2016-07-08"),
    ("A roadside bomb went off on Christmas Eve in Suqaylabiyah.", date(2017, 1, 4), "2016-12-24"),
    ("Rebels shelled Mhardeh on New Year's Day, killing a child.", date(2019, 1, 3), "2019-01-01"),
    ("Jets hit a bakery in Ariha on the second day of Eid al-Adha.", date(2025, 6, 12), "2025-06-07"),
    ("The bakery in Talmenes was hit on New Year’s Eve.", date(2019, 1, 2), "2018-12-31"),
    ("Mines killed two shepherds east of Hama on the first day of Ramadan.", date(2019, 5, 9), "2019-05-06"),
])
def test_a_holiday_dates_its_latest_day_up_to_the_report(text: str, published: date, day: str) -> None:
    assert _spans(text, published) == [(day, day)]


@pytest.mark.parametrize("text, published", [
    # before that year's feast: last year's is not read (the table may lack it)
    ("Shells hit Busra on the eve of Eid al-Adha.", date(2017, 6, 1)),
    # a year past the table (2011-2030)
    ("Shells hit Busra on the first day of Eid al-Fitr.", date(2031, 12, 1)),
    # plans and deadlines name days to come
    ("A truce is due to start on the first day of Eid al-Adha in Daraa.", date(2017, 9, 14)),
    ("The council wants the road to Nubl open by the first day of Eid.", date(2018, 9, 1)),
    ("Over New Year's Eve the militia will close the crossings near Manbij.", date(2018, 12, 20)),
])
def test_a_lunar_feast_of_another_year_or_a_planned_one_dates_nothing(text: str, published: date) -> None:
    assert _spans(text, published) == []


def test_ramadan_alone_is_a_stretch_of_days_not_one_day() -> None:
    assert _spans("Throughout Ramadan the jets kept striking Kafr Nabudah.", date(2018, 6, 2)) \
        == [("2018-05-16", "2018-06-02")]


@pytest.mark.parametrize("text", [
    "Dr. Khaled Eid told reporters the clinic had run out of fuel.",
    "After Eid, the council promised to reopen the schools of Binnish.",
    "Activists met on the eve of the Astana talks.",
    "The first day of the truce passed quietly in Harasta.",
    "Residents were buying sweets for Eid when the market emptied.",
    "A drone struck the car of Ramadan Khalil's brother outside Saraqib.",
    "Militiamen stopped Eid Hamdan, a teacher from Tafas, at a checkpoint.",
    "Police guarded the Christmas fair in Qamishli all week.",
    "During Ramadan Shalah's visit the council met in Idlib.",
    "Shells fell on the eve of Eid Ali's wedding in Inkhil.",
])
def test_no_holiday_is_read_where_none_dates_the_news(text: str) -> None:
    assert _spans(text, date(2017, 7, 3)) == []


def test_an_alias_of_an_unknown_holiday_stops_loading(tmp_path: Path) -> None:
    path = tmp_path / "holidays.yaml"
    path.write_text("fixed: {christmas: [12, 25]}\naliases: {xmas: [christmas], eid: [eid al-fitr]}\n")
    with pytest.raises(DateDataError, match="'eid' names unknown holidays"):
        load_holidays(path)


@pytest.mark.parametrize("body, complaint", [
    ("fixed: {christmas: [12]}\n", "'christmas': [12] is not [month, day]"),
    ("fixed: {christmas: [13, 25]}\n", "'christmas': [13, 25] is not [month, day]"),
    ("lunar: {eid al-fitr: ['2019-06-04', '2020-05-34']}\n", "'2020-05-34' is not a day"),
    ("lunar: {eid al-adha: ['2019-08-11']}\nstretch_days: {eid al-adha: four}\n",
     "stretch_days: 'eid al-adha': 'four' is not a whole number"),
    ("lunar: {eid al-adha: ['2019-08-11']}\nstretch_days: {eid al-adha: 2.5}\n",
     "stretch_days: 'eid al-adha': 2.5 is not a whole number"),
    ("lunar: {eid al-adha: ['2019-08-11']}\nparts: {eve: [-1]}\n", "parts: 'eve': [-1] is not a whole number"),
    ("lunar: {eid al-adha: ['2019-08-11']}\nstretch_days: {nowruz: 13}\n", "stretch_days: ['nowruz'] name no holiday"),
])
def test_a_malformed_holiday_day_length_or_part_stops_loading_naming_the_file(tmp_path: Path, body: str, complaint: str) -> None:
    path = tmp_path / "holidays.yaml"
    path.write_text(body)
    with pytest.raises(DateDataError, match=re.escape(complaint)) as refused:
        load_holidays(path)
    assert str(path) in str(refused.value)


def test_a_feast_length_reads_as_its_days(tmp_path: Path) -> None:
    path = tmp_path / "holidays.yaml"
    path.write_text("lunar: {eid al-adha: ['2019-08-11']}\nstretch_days: {eid al-adha: 4}\nparts: {eve: -1}\n")
    holidays = load_holidays(path)
    assert holidays.stretch_days == {"eid al-adha": 4}


@pytest.mark.parametrize("text, day", [
    ("Helicopters dropped barrel bombs on Kafr Sajna on the 26th of last month, killing five farmers.", "2017-04-26"),
    ("On the 11th of last month a car bomb killed seven people at a checkpoint near Azaz.", "2017-04-11"),
    ("Two nurses were killed on the evening of the 2nd when shells hit the clinic in Kansafra.", "2017-05-02"),
])
def test_an_ordinal_day_of_last_month_or_of_a_part_of_day_dates_the_event(extractor: Extractor, text: str,
                                                                           day: str) -> None:
    result = extractor.extract(text, Document(id="d", published="2017-05-04"))
    assert [(e.date.start, e.date.end) for e in result.events if e.date] == [(day, day)]


def test_a_count_on_a_day_of_last_month_is_the_events_own(extractor: Extractor) -> None:
    text = "Warplanes bombed a market in Maarat Misrin on the 26th of last month, killing nine civilians."
    result = extractor.extract(text, Document(id="d", published="2018-03-02"))
    assert [c.count.value for c in result.casualties if c.count] == [9]
    assert [(e.date.start, e.date.end) for e in result.events if e.date] == [("2018-02-26", "2018-02-26")]


@pytest.mark.parametrize("text", [
    "Warplanes bombed a market in Maarat Misrin on the 30th of last month, killing nine traders.",
    "On the 31st of last month a car bomb hit a checkpoint near Jarablus, killing six.",
])
def test_a_day_last_month_lacks_claims_no_day(extractor: Extractor, text: str) -> None:
    # published in March: February has no 30th nor 31st; the event is told, its day is a slip
    events = extractor.extract(text, Document(id="d", published="2018-03-06")).events
    assert events and all(e.date is None or e.date.start is None for e in events)


def test_a_weekday_a_holiday_is_told_beside_dates_alone() -> None:
    text = "A mortar hit the bus station in Qusayr on Sunday, on the second day of Eid al-Adha."
    assert _spans(text, date(2017, 9, 5)) == [("2017-09-03", "2017-09-03")]


def test_a_holiday_keeps_its_day_for_a_control_change(extractor: Extractor) -> None:
    text = "Kurdish fighters captured the village of Umm Adasa on New Year's Eve."
    result = extractor.extract(text, Document(id="d", published="2019-01-02"))
    assert [(c.date.start, c.date.end) for c in result.control_changes if c.date] == [("2018-12-31", "2018-12-31")]


@pytest.mark.parametrize("text", [
    "Troops shelled Kafr Sajna last month, killing five farmers.",
    "Last month, troops shelled Kafr Sajna, killing five farmers.",
])
def test_last_month_alone_still_sets_the_news_in_the_background(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, Document(id="d", published="2017-05-04")).events == []


@pytest.mark.parametrize("text, published, span", [
    ("Fighting flared around Tal Abyad at the end of January.", date(2018, 2, 9), ("2018-01-21", "2018-01-31")),
    ("In the middle of October two villages near Suran changed hands.", date(2016, 11, 2), ("2016-10-11", "2016-10-20")),
    ("Mortars struck Qardaha on June the 4th.", date(2016, 6, 7), ("2016-06-04", "2016-06-04")),
])
def test_the_end_or_middle_of_a_month_and_a_month_before_the_day(text: str, published: date,
                                                                  span: tuple[str, str]) -> None:
    assert _spans(text, published) == [span]


@pytest.mark.parametrize("text", [
    "Rebels took Kafr Nbouda and swore to reach Suqaylabiyah before the end of March.",
    "Aid convoys are expected to reach Madaya in the middle of March.",
    "The governor promised the water would be back by the end of March.",
    "Talks in Geneva could resume at the end of March, a diplomat said.",
])
def test_the_end_or_middle_of_a_month_in_a_plan_dates_nothing(text: str) -> None:
    assert _spans(text, date(2018, 3, 9)) == []


def test_an_ordinal_after_a_month_and_the_is_a_units_name() -> None:
    text = "Since June the 7th Brigade has held the hills over Kinsabba."
    assert ("2018-06-07", "2018-06-07") not in _spans(text, date(2018, 8, 1))


@pytest.mark.parametrize("text", ["The ceasefire marked the end of the siege.", "By the end of the week the road was open."])
def test_the_end_of_no_month_names_no_days(text: str) -> None:
    assert _spans(text, date(2018, 2, 9)) == []
