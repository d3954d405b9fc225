"""A stretch up to the report that ends the subject of a passive verb is the subject's
(brief dates10, issue 9 family 5): "the hostages abducted … in the past week have been
shot" dates the abductions by the week, not the shooting; "the losses of the past two days
were caused by gas" dates no gas attack over two days.  A tally over the stretch keeps it."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.dates import find_dates, subject_stretch
from observatory.extract.pipeline import Extractor
from observatory.models import Document

THURSDAY = date(2023, 9, 14)


def _subject_stretches(text: str) -> list[bool]:
    return [subject_stretch(text, 0, m) for m in find_dates(text, THURSDAY)]


@pytest.mark.parametrize("text", [
    "Nine of the 60 shepherds abducted by the militia near Tell Abyad in the past week have been executed",
    "The villagers seized from Jub Kalb over the last five days were later shot dead",
    "the gains of the army over the past three days were driven by the use of chlorine",
    "The retreat of the brigade during the past 48 hours was triggered by barrel bombs",
])
def test_a_stretch_before_a_passive_verb_is_the_subjects(text: str) -> None:
    assert _subject_stretches(text) == [True]


@pytest.mark.parametrize("text", [
    # active verb: the air strikes themselves ran over the week
    "Air strikes on Kafr Batikh in the past week have killed 31 people",
    # the subject has no act of its own: the killings are the week's
    "More than 120 civilians in the past week have been killed in the province",
    # the stretch after the verb: a tally
    "Dozens of prisoners have been executed in the past week by the militia",
    # a participle after an auxiliary is the clause's own verb, not the subject's
    "Fourteen farmers were killed by mines over the last four days and were buried in Hazm",
    # "hundred" ends in -ed and is no participle
    "One hundred in the past week have been wounded",
])
def test_a_tally_over_the_stretch_keeps_it(text: str) -> None:
    """The precision guard."""
    assert _subject_stretches(text) == [False]


def _extract(extractor: Extractor, text: str, published: str = "2023-09-14"):
    return extractor.extract(text, Document(id="t", published=published))


def test_a_single_act_after_the_subjects_stretch_is_not_spread_over_it(extractor: Extractor) -> None:
    result = _extract(extractor, "Eleven of the 40 truck drivers abducted by gunmen on the road to Mayadin in "
                                 "the past week have been shot dead, a local council said.")
    stretched = [e for e in result.events if e.date.start == "2023-09-08" and e.sub_event_type != "Abduction/forced disappearance"]
    assert not stretched
    assert all(e.date.start is None or e.date.start == e.date.end for e in result.events
               if e.sub_event_type != "Abduction/forced disappearance")


def test_a_cause_told_of_a_stretch_gets_no_run_of_days(extractor: Extractor) -> None:
    result = _extract(extractor, "The commander said the losses of his fighters near Suran over the past two "
                                 "days were caused by the government's use of chlorine gas.")
    assert [e for e in result.events if e.sub_event_type == "Chemical weapon"]
    assert not [e for e in result.events if (e.date.start, e.date.end) == ("2023-09-13", "2023-09-14")]


def test_a_tally_of_the_week_told_before_its_verb_still_spans_it(extractor: Extractor) -> None:
    """The precision guard at the event level: the shelling of the week killed over the week."""
    result = _extract(extractor, "Shelling on the villages of the Ghab plain in the past week has killed 17 people, "
                                 "a rescue worker said.")
    assert ("2023-09-08", "2023-09-14") in {(e.date.start, e.date.end) for e in result.events}
