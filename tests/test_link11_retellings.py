"""Issue 11: reports of a rare kind of event retold days apart, and campaign running totals.

A suicide bombing or a gas attack is retold for days, each outlet dating it by its own
day: two reports of one at one town two days apart are as close as a strike's evening and
next-morning reports.  A running total ("raising to 87 the dead within 11 days of
bombardment") counts a campaign, so its figure agreeing with another report's is no sign of
one massacre retold.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, normalise_text, tells_running_total
from observatory.fuse.matching import LINK_THRESHOLD, retelling_offset, running_total, score_pair

# Real coordinates of a town (not a city): where one bombing a week is news.
TOWN = {"place_name": "Azaz", "admin1": "Aleppo", "lat": 36.5862, "lon": 37.0463, "where_prec": 1, "feature": "town"}


def _report(key: int, day: str, text: str, *, kind: str, event_type: str,
            figures: frozenset[tuple[str, int]] = frozenset(), stated: bool = False) -> EventFeatures:
    """One outlet's report, dated by its publication window (the day and the day before),
    or ``stated``: on the one day it names ("on Tuesday")."""
    published = date.fromisoformat(day)
    wording = normalise_text(text)
    return EventFeatures(
        key=key, document=key, source=None, event_type=event_type, sub_event_type=kind,
        start=published if stated else published - timedelta(days=1), end=published, precision=1 if stated else 2,
        text=wording,
        words=frozenset(wording.split()), figures=figures, **TOWN,
    )


BOMBING = {"kind": "Suicide bomb", "event_type": "Explosions/Remote violence"}
SHELLING = {"kind": "Shelling/artillery/missile attack", "event_type": "Explosions/Remote violence"}


@pytest.mark.parametrize("text", [
    "Rocket fire on Azaz raises to 87 the dead within 11 days of bombardment",
    "At least 140 people have died in Azaz since the start of the offensive",
    "Fighting around the town killed more than 60 fighters in the past 48 hours",
    "Shelling kills 35 in about three days",
])
def test_a_count_over_a_period_is_a_running_total(text):
    assert tells_running_total(normalise_text(text))


@pytest.mark.parametrize("text", [
    "A suicide bomber kills 12 at a checkpoint in Azaz",
    "Shelling of Azaz in 2016 destroyed the hospital",
    "Two days after the blast, rescuers are still searching the rubble",
])
def test_a_strike_or_a_date_is_no_running_total(text):
    assert not tells_running_total(normalise_text(text))


def test_a_suicide_bombing_retold_two_days_later_joins_its_first_report():
    first = _report(1, "2017-03-02", "Suicide bomber blows himself up at Azaz bus station", **BOMBING)
    later = _report(2, "2017-03-04", "Azaz mourns victims of bus station suicide attack", **BOMBING)
    # two days between the reports' middles count as two sevenths of the week such a bombing is retold
    assert retelling_offset(first, later) == pytest.approx(2 / 7)
    linked = score_pair(first, later)
    assert linked is not None and linked.score >= LINK_THRESHOLD
    (_, one), (_, other) = Clusterer().assign_all([first, later])
    assert one is not None and other is not None and one.cluster is other.cluster


def test_a_shelling_retold_two_days_later_keeps_its_full_offset():
    first = _report(1, "2017-03-02", "Shells fall on Azaz market", **SHELLING)
    later = _report(2, "2017-03-04", "Shells fall on Azaz market again", **SHELLING)
    assert retelling_offset(first, later) == 2.0


def test_two_running_totals_that_agree_are_not_one_massacre_retold():
    """160 dead within 12 days and 130 since the start of the escalation: the same campaign
    counted twice the same day, not two tellings of one strike's toll."""
    week = _report(1, "2017-05-10", "Bombardment of Azaz on Wednesday raises to 160 the dead within 12 days",
                   figures=frozenset({("killed", 160)}), stated=True, **SHELLING)
    since = _report(2, "2017-05-10", "Shelling on Azaz on Wednesday: 130 killed since the start of the escalation",
                    figures=frozenset({("killed", 130)}), stated=True, **SHELLING)
    assert running_total(week, since)
    found = score_pair(week, since)
    assert found is not None
    assert found.reasons["signals"]["large_toll_agrees"] == 0.0 and found.reasons["signals"]["count_retold"] == 0.0
    # the same tolls told of one strike, without a period, still read as one massacre
    strike = _report(3, "2017-05-10", "Shelling on Azaz on Wednesday kills 160", figures=frozenset({("killed", 160)}),
                     stated=True, **SHELLING)
    other = _report(4, "2017-05-10", "Massacre in Azaz on Wednesday: 130 dead in shelling",
                    figures=frozenset({("killed", 130)}), stated=True, **SHELLING)
    told = score_pair(strike, other)
    assert told is not None and told.reasons["signals"]["large_toll_agrees"] == 1.0
