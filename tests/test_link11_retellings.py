"""Issue 11: reports of a rare kind of event at one town, retold days apart, are one incident.

A suicide bombing or a gas attack is retold for days, each outlet dating it by its own
day: two reports of one at one town two days apart are as close as a strike's evening and
next-morning reports.  Two towns of one area, or a report naming no place, keep the full
offset: two chlorine attacks on two towns of a governorate within a week happen.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, normalise_text
from observatory.fuse.matching import LINK_THRESHOLD, retelling_offset, score_pair

# Real coordinates of two towns of one governorate, about 20 km apart.
AZAZ = {"place_name": "Azaz", "admin1": "Aleppo", "lat": 36.5862, "lon": 37.0463, "where_prec": 1, "feature": "town"}
TALL_RIFAAT = {"place_name": "Tall Rifaat", "admin1": "Aleppo", "lat": 36.4697, "lon": 37.0972, "where_prec": 1,
               "feature": "town"}
NOWHERE: dict = {}

BOMBING = {"kind": "Suicide bomb", "event_type": "Explosions/Remote violence"}
SHELLING = {"kind": "Shelling/artillery/missile attack", "event_type": "Explosions/Remote violence"}


def _report(key: int, day: str, text: str, place: dict, *, kind: str, event_type: str) -> EventFeatures:
    """One outlet's report, dated by its publication window (the day and the day before)."""
    published = date.fromisoformat(day)
    wording = normalise_text(text)
    return EventFeatures(
        key=key, document=key, source=None, event_type=event_type, sub_event_type=kind,
        start=published - timedelta(days=1), end=published, precision=2, text=wording,
        words=frozenset(wording.split()), **place,
    )


def test_a_suicide_bombing_retold_two_days_later_joins_its_first_report():
    first = _report(1, "2017-03-02", "Suicide bomber blows himself up at Azaz bus station", AZAZ, **BOMBING)
    later = _report(2, "2017-03-04", "Azaz mourns victims of bus station suicide attack", AZAZ, **BOMBING)
    # two days between the reports' middles count as two sevenths of the week such a bombing is retold
    assert retelling_offset(first, later) == pytest.approx(2 / 7)
    linked = score_pair(first, later)
    assert linked is not None and linked.score >= LINK_THRESHOLD
    (_, one), (_, other) = Clusterer().assign_all([first, later])
    assert one is not None and other is not None and one.cluster is other.cluster


def test_a_shelling_retold_two_days_later_keeps_its_full_offset():
    first = _report(1, "2017-03-02", "Shells fall on Azaz market", AZAZ, **SHELLING)
    later = _report(2, "2017-03-04", "Shells fall on Azaz market again", AZAZ, **SHELLING)
    assert retelling_offset(first, later) == 2.0


def test_bombings_of_two_towns_or_one_without_a_place_keep_the_full_offset():
    first = _report(1, "2017-03-02", "Suicide bomber strikes a checkpoint in Azaz", AZAZ, **BOMBING)
    other_town = _report(2, "2017-03-04", "Suicide bomber strikes a checkpoint in Tall Rifaat", TALL_RIFAAT, **BOMBING)
    placeless = _report(3, "2017-03-04", "Another suicide bombing in northern Syria", NOWHERE, **BOMBING)
    assert retelling_offset(first, other_town) == 2.0
    assert retelling_offset(first, placeless) == 2.0
    assert score_pair(first, other_town) is None  # two towns 20 km apart: the places rule the pair out
