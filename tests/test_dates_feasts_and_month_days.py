"""A feast told as a whole dates its days, not its first ("during Eid al-Adha": four days),
and a day of the month is read in words too ("on the first of this month") and on any day
last month has ("the 30th of last month" told in April).  Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates
from observatory.extract.pipeline import Extractor
from observatory.models import Document


def _spans(text: str, published: date) -> list[tuple[str | None, str | None]]:
    return [(m.range.start, m.range.end) for m in find_dates(text, published)]


@pytest.mark.parametrize("text, published, first, last", [
    # Eid al-Fitr 2018 began on 15 June (Umm al-Qura): three days
    ("Shelling killed eight civilians in eastern Daraa during Eid al-Fitr, activists said.",
     date(2018, 6, 20), "2018-06-15", "2018-06-17"),
    # Eid al-Adha 2016 began on 11 September: four days, by any of its spellings
    ("Four people died in Douma when shells fell over Eid el-Adha, the local council said.",
     date(2016, 9, 16), "2016-09-11", "2016-09-14"),
    # "Eid" alone is the latest feast, with that feast's days
    ("Jets killed five people in a market in Hass throughout the Eid holiday.",
     date(2019, 8, 16), "2019-08-11", "2019-08-14"),
    # told before the feast is over: its days up to the report
    ("Regime helicopters dropped barrel bombs on Hamouriyah during Eid al-Adha, rescuers said.",
     date(2017, 9, 2), "2017-09-01", "2017-09-02"),
])
def test_a_feast_told_whole_dates_its_days(text: str, published: date, first: str, last: str) -> None:
    assert _spans(text, published) == [(first, last)]


def test_a_day_of_a_feast_stays_one_day() -> None:
    text = "A car bomb went off in Jableh on the second day of Eid al-Fitr, state television said."
    assert _spans(text, date(2018, 6, 20)) == [("2018-06-16", "2018-06-16")]


def test_an_event_during_the_feast_is_dated_to_its_days(extractor: Extractor) -> None:
    text = "Artillery fire killed six civilians in the town of Tafas during Eid al-Adha, the monitor said."
    result = extractor.extract(text, Document(id="d", published="2018-08-26"))
    assert [(e.date.start, e.date.end) for e in result.events if e.date] == [("2018-08-21", "2018-08-24")]


@pytest.mark.parametrize("text, published, day", [
    ("Jets struck a bakery in Kafranbel on the first of this month, killing nine people.",
     date(2018, 5, 20), "2018-05-01"),
    ("An IED hit an army bus near Palmyra on the twenty-first of last month, killing four soldiers.",
     date(2019, 2, 6), "2019-01-21"),
    ("Shells fell on a school in al-Sukhna on the third of the current month, wounding ten pupils.",
     date(2017, 10, 9), "2017-10-03"),
])
def test_a_day_of_the_month_in_words_dates_that_day(text: str, published: date, day: str) -> None:
    assert _spans(text, published) == [(day, day)]


@pytest.mark.parametrize("text, published, day", [
    ("Regime artillery shelled Kafr Batna on the 30th of last month, killing seven civilians.",
     "2017-04-03", "2017-03-30"),
    ("On the 31st of last month a car bomb killed five people at the gate of Azaz.", "2019-02-11", "2019-01-31"),
])
def test_the_last_days_of_last_month_date_the_event(extractor: Extractor, text: str, published: str,
                                                     day: str) -> None:
    result = extractor.extract(text, Document(id="d", published=published))
    assert [(e.date.start, e.date.end) for e in result.events if e.date] == [(day, day)]


@pytest.mark.parametrize("text, published", [
    # a habit or a plan: "of the month" names no month of the news
    ("Salaries of state employees in Hasakah are paid on the first of the month.", date(2018, 5, 20)),
    ("The council meets on the 1st of the month to share out the flour.", date(2018, 5, 20)),
    # an ordinal naming a unit, a person named Eid, a feast in a plan
    ("The 1st Armoured Division has been deployed to the Hama countryside.", date(2018, 5, 20)),
    ("Eid Mohammed, a teacher from Saraqib, fled with his family.", date(2018, 8, 26)),
    ("The two sides said a truce would hold during Eid al-Adha.", date(2018, 8, 26)),
    ("He was the first of five brothers to join the police.", date(2018, 5, 20)),
])
def test_words_that_name_no_day_date_nothing(text: str, published: date) -> None:
    assert _spans(text, published) == []
