"""Two reports giving the same count word for word retell one incident, whichever day each dates it by.

A paragraph reprinted under another lead event ("... killed 27 soldiers and 44 gunmen") is
dated by the new lead, days from the first telling; a large toll told exactly ("160 dead")
by a report of the next morning names the same massacre.  Outlets' own counts differ, so
the same exact counts are one figure retold.
"""

from __future__ import annotations

from datetime import date, timedelta

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import LINK_THRESHOLD, count_retold, score_pair

# Real coordinates of a governorate capital (a city, where strikes kill many most weeks).
CITY = {"place_name": "Deir ez-Zor", "admin1": "Deir ez-Zor", "lat": 35.3359, "lon": 40.1408, "where_prec": 1,
        "feature": "city"}


PARAGRAPH = frozenset({"clashes", "airport", "perimeter", "soldiers", "gunmen"})  # the reprinted paragraph's words


def _told(key: int, day: str, figures: set[tuple[str, int]], *, days: int = 1, precision: int = 1,
          kind: str = "Armed clash", event_type: str = "Battles", words: frozenset[str] = PARAGRAPH) -> EventFeatures:
    start = date.fromisoformat(day)
    return EventFeatures(
        key=key, document=key, source=None, event_type=event_type, sub_event_type=kind, start=start,
        end=start + timedelta(days=days - 1), precision=precision, figures=frozenset(figures), words=words,
        actors=frozenset({"Military Forces of Syria", "Islamic State"}), **CITY,
    )


REPRINTED = {("killed", 27), ("killed", 44)}


def test_a_paragraph_reprinted_days_later_under_another_lead_is_one_incident():
    first = _told(1, "2016-01-12", REPRINTED)
    # dated by its new lead's day, told in its own words beside the paragraph's
    reprinted = _told(2, "2016-01-15", REPRINTED | {("killed", 6)}, words=PARAGRAPH | {"convoy", "ambush", "highway"})
    assert count_retold(first, reprinted)
    linked = score_pair(first, reprinted)
    assert linked is not None and linked.score >= LINK_THRESHOLD
    assert linked.reasons["signals"]["count_retold"] == 1.0
    (_, one), (_, other) = Clusterer().assign_all([first, reprinted])
    assert one is not None and other is not None and one.cluster is other.cluster


def test_one_shared_count_small_ones_or_another_kind_do_not_stretch_the_day():
    first = _told(1, "2016-01-12", REPRINTED)
    one_figure = _told(2, "2016-01-15", {("killed", 27), ("killed", 9)})
    small = _told(3, "2016-01-15", {("killed", 3), ("killed", 4)})
    assert not count_retold(first, one_figure) and score_pair(first, one_figure) is None
    assert not count_retold(_told(4, "2016-01-12", {("killed", 3), ("killed", 4)}), small)
    assert score_pair(first, _told(5, "2016-01-17", REPRINTED)) is None  # beyond three days
    # a report's counts are told with each of its events: the executions it tells beside the clash are not retold
    executions = _told(6, "2016-01-15", REPRINTED, kind="Attack", event_type="Violence against civilians")
    assert not count_retold(first, executions)


def test_the_same_large_toll_told_next_morning_links_but_a_different_one_does_not():
    strike = {"kind": "Air/drone strike", "event_type": "Explosions/Remote violence", "days": 2, "precision": 2}
    evening = _told(1, "2016-02-03", {("killed", 160)}, words=frozenset({"warplanes", "raids", "city"}), **strike)
    told_next = frozenset({"raids", "rescuers", "rubble", "toll"})
    morning = _told(2, "2016-02-04", {("killed", 160)}, words=told_next, **strike)
    other = _told(3, "2016-02-04", {("killed", 150)}, words=told_next, **strike)
    found = score_pair(evening, morning)
    assert found is not None and found.score >= LINK_THRESHOLD and found.reasons["signals"]["count_retold"] == 1.0
    apart = score_pair(evening, other)
    assert apart is not None and apart.score < LINK_THRESHOLD and apart.reasons["signals"]["count_retold"] == 0.0
