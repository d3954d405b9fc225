"""One report telling one event across neighbouring towns (a gas attack on two towns of one
area) gives one incident, which another outlet's report of either town joins; a report
listing strikes on distant towns of one governorate keeps them apart.  Rule:
``matching.same_report_event``; linking: ``clustering.Clusterer`` (complete link over reports)."""

from __future__ import annotations

from datetime import date

from fixtures.fuse.loader import incidents_of_reports, run_reports
from sqlalchemy import select

from observatory.fuse.clustering import Clusterer, Constraints
from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import LINK_THRESHOLD, same_report_event
from observatory.fuse.windows import Loaded, Pending, windows
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident, IncidentLink

# Invented reports of an attack on two Hama towns about 6 km apart, and of air strikes the
# same day on two Hama towns 35 km apart.
TWO_TOWNS = ("hama-medics", "North Hama Medical Office", "2016-04-12",
             "Helicopters dropped barrels filled with chlorine gas on Kafr Zita and al-Latamneh in the "
             "northern Hama countryside on Monday, killing 9 people and leaving dozens struggling to "
             "breathe, a local medical office said.")
ONE_TOWN = ("latamneh-rescue", "Orontes Rescue", "2016-04-13",
            "Nine people died after a chlorine attack on Latamneh on Monday, rescuers said on Tuesday.")
DISTANT_STRIKES = ("hama-wire", "Hama Wire", "2016-04-12",
                   "Government warplanes struck Suran and Qalaat al-Madiq in Hama province on Monday, "
                   "killing 3 civilians in each town, activists said.")


def test_one_report_of_an_attack_on_two_neighbouring_towns_is_one_incident(db_url, engine, tmp_path):
    run_reports(tmp_path, [TWO_TOWNS, ONE_TOWN, DISTANT_STRIKES], db_url)
    with session_scope(engine) as session:
        incidents = incidents_of_reports(session)
        assert len(incidents[TWO_TOWNS[0]]) == 1  # both towns' events in one incident
        assert incidents[ONE_TOWN[0]] == incidents[TWO_TOWNS[0]]  # the other outlet joins it
        assert len(incidents[DISTANT_STRIKES[0]]) == 2  # strikes on distant towns stay two events
        attack = session.get(Incident, next(iter(incidents[TWO_TOWNS[0]])))
        assert attack is not None and attack.n_sources == 2
        assert attack.deaths_best == 9  # the two outlets' nine dead count once
        links = session.scalars(select(IncidentLink).where(IncidentLink.incident_id == attack.id)).all()
        assert any((link.reasons or {}).get("same_report") for link in links)


def _event(key: int, document: int, place: tuple[str, str, float, float], *, kind: str = "Chemical weapon",
           day: str = "2016-04-11", until: str | None = None) -> EventFeatures:
    name, governorate, lat, lon = place
    return EventFeatures(
        key=key, document=document, source=None, event_type="Explosions/Remote violence",
        sub_event_type=kind, start=date.fromisoformat(day), end=date.fromisoformat(until or day),
        precision=1, place_name=name, lat=lat, lon=lon, where_prec=1, feature="town", admin1=governorate,
        ref=ReviewRef(document, kind, name),
    )


# Real coordinates of two Hama towns 6.3 km apart.
# Two Hama towns 6.4 km apart, a hamlet 1.5 km from the first, a town 8 km east of it
# (beyond what ``place_similarity`` lets two town names be one place), a Homs town 60 km south.
KAFR_ZITA = ("Kafr Zita", "Hama", 35.374, 36.603)
LATAMNEH = ("Latamneh", "Hama", 35.318, 36.620)
NEXT_DOOR = ("Tell Sahriya", "Hama", 35.385, 36.593)
MORIK = ("Morek", "Hama", 35.380, 36.690)
FAR_SOUTH = ("Talbiseh", "Homs", 34.840, 36.730)


def test_a_reviewers_split_keeps_one_reports_towns_apart():
    first, second = _event(1, 7, KAFR_ZITA), _event(2, 7, LATAMNEH)
    together = Clusterer().assign_all([first, second])
    assert together[0][1].cluster is together[1][1].cluster
    apart = Constraints(apart={frozenset((first.ref, second.ref))})
    split = Clusterer(constraints=apart).assign_all([first, second])
    assert split[0][1].cluster is not split[1][1].cluster


def test_another_report_of_one_town_scores_against_the_town_it_names():
    """A report of Latamneh alone is compared with the two-town report by its Latamneh
    event; a report of a town 6 km away is too far for Latamneh alone."""
    bundle = [_event(1, 7, KAFR_ZITA), _event(2, 7, LATAMNEH)]
    assert same_report_event(bundle[0], bundle[1])
    clusterer = Clusterer()
    assert clusterer.linkage(bundle, [_event(3, 8, LATAMNEH)]) is not None
    assert clusterer.linkage([_event(4, 9, KAFR_ZITA)], [_event(3, 8, LATAMNEH)]) is None


def test_the_rule_joins_one_kind_of_event_of_one_day_at_places_that_may_be_one():
    gas = _event(1, 7, KAFR_ZITA)
    assert same_report_event(gas, _event(2, 7, MORIK))  # a gas attack covers an area of one governorate
    assert not same_report_event(gas, _event(3, 7, FAR_SOUTH))  # not two governorates apart
    assert not same_report_event(gas, _event(4, 8, LATAMNEH))  # two reports: matching decides
    assert not same_report_event(gas, _event(5, 7, LATAMNEH, day="2016-04-12"))  # another day
    assert not same_report_event(gas, _event(6, 7, LATAMNEH, kind="Air/drone strike"))  # another kind
    strike = _event(7, 9, KAFR_ZITA, kind="Air/drone strike")
    assert same_report_event(strike, _event(8, 9, NEXT_DOOR, kind="Air/drone strike"))  # within 3 km
    assert not same_report_event(strike, _event(9, 9, LATAMNEH, kind="Air/drone strike"))  # two towns' strikes


def test_a_fusion_window_is_not_cut_between_one_reports_towns():
    """An undated town (its report's publication day and the day before) and a dated one of
    the same report start on different days; the window cut tried between those days must
    wait, or the two would be clustered apart."""
    undated = _event(1, 7, KAFR_ZITA, day="2016-04-10", until="2016-04-11")
    dated = _event(2, 7, LATAMNEH)
    later = _event(3, 8, FAR_SOUTH, kind="Air/drone strike", day="2016-04-25")
    members = [Loaded(Pending(f.start, f.end, int(f.document), int(f.key), None), f) for f in (undated, dated, later)]
    found = [[member.pending.claim for member in window] for window in windows(members, LINK_THRESHOLD, size=1)]
    assert found == [[1, 2], [3]]
