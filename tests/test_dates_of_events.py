"""Which days a report's events get when several mentions of one kind of event at one
place are dated differently, and when the report tells a period.  Invented reports."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from observatory.eval.scoring import event_days
from observatory.extract.context import DocContext
from observatory.extract.pipeline import Extractor
from observatory.extract.places import PlaceFinder
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer import load_gazetteer
from observatory.models import Document

THURSDAY = date(2020, 2, 13)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


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
