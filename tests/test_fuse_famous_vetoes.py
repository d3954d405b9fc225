"""Two groups of reports of a gas massacre join on their tolled reports (``_famous_mean``),
but a reviewer's cannot-link across them, or one report telling two distinct events that
sit on both sides, still keeps them apart.  Claims are invented; the towns' points are real."""

from __future__ import annotations

from datetime import date

from observatory.fuse.clustering import Clusterer, Constraints
from observatory.fuse.features import EventFeatures, ReviewRef

DAY = date(2015, 3, 16)
SARMIN = ("Sarmin", "Idlib", 35.904, 36.722)
ARIHA = ("Ariha", "Idlib", 35.813, 36.609)


def _claim(key: int, report: int, place: tuple[str, str, float, float], kind: str = "Chemical weapon",
           killed: int | None = 60) -> EventFeatures:
    name, governorate, lat, lon = place
    return EventFeatures(
        key=key, document=report, source=None, event_type="Explosions/Remote violence", sub_event_type=kind,
        start=DAY, end=DAY, precision=1, place_name=name, lat=lat, lon=lon, where_prec=1, feature="town",
        admin1=governorate, ref=ReviewRef(report, kind, name),
        figures=frozenset({("killed", killed)}) if killed else frozenset())


def test_tolled_reports_of_one_gas_massacre_join() -> None:
    assert Clusterer()._famous_mean([_claim(1, 10, SARMIN)], [_claim(2, 11, SARMIN)]) is not None


def test_a_reviewers_cannot_link_vetoes_the_famous_mean() -> None:
    left, right = [_claim(1, 10, SARMIN)], [_claim(2, 11, SARMIN)]
    apart = Constraints(apart={frozenset((left[0].ref, right[0].ref))})
    assert Clusterer(constraints=apart)._famous_mean(left, right) is None


def test_one_reports_distinct_events_on_both_sides_veto_the_famous_mean() -> None:
    """Report 12 tells the gas attack in Sarmin and a clash in Ariha: neither is the other
    told twice, so groups holding one each stay apart however well their tolls agree."""
    left = [_claim(1, 10, SARMIN), _claim(3, 12, SARMIN)]
    right = [_claim(2, 11, SARMIN), _claim(4, 12, ARIHA, kind="Armed clash", killed=None)]
    assert Clusterer()._famous_mean(left, right) is None
    assert Clusterer()._famous_mean(left[:1], right[:1]) is not None
