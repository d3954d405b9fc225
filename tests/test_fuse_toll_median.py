"""An incident's best toll when several outlets count it: the median of the outlets' latest figures."""

from __future__ import annotations

from datetime import date

from observatory.fuse.toll_rules import TollClaim, side_tolls


def _claim(claim_id: int, published: str, value: int, source: str | None, **extra) -> TollClaim:
    fields = dict(
        id=claim_id, document=claim_id, published=date.fromisoformat(published), local_id=f"c{claim_id}",
        parent=None, status="killed", actor="Civilians", category="civilians", value=value, low=value,
        high=value, qualifier="exact", scope="incident", source=source,
    )
    fields.update(extra)
    return TollClaim(**fields)


def test_one_late_outlier_does_not_stand_for_every_outlet():
    # a gas attack: three outlets count about 1,100-1,300 dead, an aid group later counts
    # only the patients its clinics received
    claims = [
        _claim(1, "2015-06-10", 1100, "Coast Radio"),
        _claim(2, "2015-06-10", 1300, "Valley Monitor"),
        _claim(3, "2015-06-11", 1240, "Northern Wire"),
        _claim(4, "2015-06-14", 310, "Relief Clinics"),
    ]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high) == (310, 1240, 1300)


def test_an_outlets_own_update_replaces_its_earlier_figure_in_the_median():
    claims = [
        _claim(1, "2016-02-03", 18, "Valley Monitor"),
        _claim(2, "2016-02-03", 21, "Coast Radio"),
        _claim(3, "2016-02-04", 24, "Northern Wire"),
        _claim(4, "2016-02-05", 40, "Valley Monitor"),  # its own toll rose: 18 is withdrawn
    ]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high) == (21, 24, 40)


def test_of_two_outlets_the_later_report_gives_the_best():
    claims = [_claim(1, "2018-05-20", 33, "Coast Radio"), _claim(2, "2018-05-21", 29, "Northern Wire")]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high) == (29, 29, 33)


def test_reports_of_no_known_outlet_are_one_outlet():
    claims = [_claim(1, "2018-05-20", 12, None), _claim(2, "2018-05-22", 15, None),
              _claim(3, "2018-05-21", 14, "Coast Radio"), _claim(4, "2018-05-21", 30, "Northern Wire")]
    (toll,) = side_tolls(claims)
    assert toll.best == 15  # 14, 15 (the unnamed reports' latest) and 30


def test_on_one_day_a_multi_day_tally_is_the_middle_figure_over_the_days_count_it_holds():
    tally = dict(scope="cumulative", period_start=date(2019, 7, 1), period_end=date(2019, 7, 4))
    claims = [_claim(1, "2019-07-04", 52, "Valley Monitor", **tally), _claim(2, "2019-07-04", 11, "Coast Radio")]
    (toll,) = side_tolls(claims)
    assert (toll.low, toll.best, toll.high) == (11, 52, 52)
