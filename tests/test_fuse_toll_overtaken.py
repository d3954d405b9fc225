"""An incident's best toll follows a credible update: a figure one outlet tells as an update
of an earlier toll ("the death toll has risen to 47", "a monitor said in a new toll")
supersedes the other outlets' earlier, lower counts, which they never updated; without such
wording a later, higher figure is one more estimate and the median of the outlets' latest
figures stands.  Low and high still cover every figure."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from test_run_support import invoke, write_reports

from observatory.fuse.features import normalise_text, wording_facts
from observatory.fuse.toll_rules import TollClaim, side_tolls
from observatory.store.db import session_scope
from observatory.store.tables.fusion import Incident


def _claim(claim_id: int, published: str, value: int, source: str, *, updates: bool = False, **extra) -> TollClaim:
    fields = dict(
        id=claim_id, document=claim_id, published=date.fromisoformat(published), local_id=f"c{claim_id}",
        parent=None, status="killed", actor="Civilians", category="civilians", value=value, low=value,
        high=value, qualifier="exact", scope="incident", source=source, updates=updates,
    )
    fields.update(extra)
    return TollClaim(**fields)


def _figures(claims: list[TollClaim]) -> tuple[int | None, int | None, int | None]:
    (toll,) = side_tolls(claims)
    return toll.low, toll.best, toll.high


def test_an_update_from_one_outlet_supersedes_the_earlier_counts_of_the_others():
    first_day = [_claim(1, "2018-09-08", 14, "Hama Today"), _claim(2, "2018-09-08", 17, "Orontes Post")]
    # the third outlet, a day later: "the death toll ... has risen to 26"
    assert _figures([*first_day, _claim(3, "2018-09-09", 26, "Plains Radio", updates=True)]) == (14, 26, 26)
    # the same figure told without update wording is one more estimate: the median stands
    assert _figures([*first_day, _claim(3, "2018-09-09", 26, "Plains Radio")]) == (14, 17, 26)


def test_one_outlets_later_outlier_without_update_wording_stays_an_outlier():
    claims = [_claim(1, "2019-01-14", 40, "Hama Today"), _claim(2, "2019-01-14", 42, "Orontes Post"),
              _claim(3, "2019-01-16", 95, "Plains Radio")]
    assert _figures(claims) == (40, 42, 95)


def test_an_update_supersedes_only_lower_figures_published_no_later_than_it():
    # a higher count stands beside a lower update; a count told after the update is not known to be stale
    higher = [_claim(1, "2019-05-02", 50, "Hama Today"), _claim(2, "2019-05-02", 48, "Orontes Post"),
              _claim(3, "2019-05-03", 45, "Plains Radio", updates=True)]
    assert _figures(higher) == (45, 48, 50)
    after = [_claim(1, "2019-05-02", 30, "Hama Today"), _claim(2, "2019-05-03", 36, "Orontes Post", updates=True),
             _claim(3, "2019-05-04", 33, "Plains Radio")]
    assert _figures(after) == (30, 33, 36)


def test_a_report_adding_an_update_to_another_count_tells_no_update():
    # one report: "the toll rose to 12" in one sentence, "20 more were killed in the next village" in
    # another; its 32 is a sum no update wording told, so it supersedes nothing
    claims = [_claim(1, "2020-02-10", 25, "Hama Today"), _claim(2, "2020-02-10", 27, "Orontes Post"),
              _claim(3, "2020-02-11", 12, "Plains Radio", updates=True),
              _claim(4, "2020-02-11", 20, "Plains Radio", document=3, local_id="c4")]
    assert _figures(claims) == (25, 27, 32)


def test_on_one_day_an_outlets_update_is_its_latest_figure():
    # two reports of one outlet on one day, one of them "updating a previous toll of 58": that one is
    # the outlet's latest, whatever the other's figure or how specific it is
    claims = [_claim(1, "2021-03-20", 58, "Orontes Post"), _claim(2, "2021-03-21", 61, "Hama Today"),
              _claim(3, "2021-03-21", 70, "Hama Today", updates=True, via="nearest"),
              _claim(4, "2021-03-21", 66, "Plains Radio")]
    assert _figures(claims) == (58, 70, 70)


def test_update_wordings_of_a_toll_told_anew():
    for told in (
        "At least 23 people were killed in the shelling, the monitor said in a new toll",
        "The Observatory said 23 fighters died, updating an earlier toll of 11",
        "According to the latest toll, 23 civilians were killed in the market",
        "By Tuesday the death toll reached 23 as rescuers searched the rubble",
        "Two of the wounded died overnight, bringing the death toll to 23",
    ):
        assert wording_facts(normalise_text(told)).updates, told
    for told in ("Warplanes killed 23 people in the town on Tuesday, rescuers said",
                 "The monitor put the toll at 23 and said it was likely to rise"):
        assert not wording_facts(normalise_text(told)).updates, told


# A car bomb told by three outlets: two count the first dead that evening, the third reports the
# next day that the toll has risen.  Then the same bombing with a third outlet's higher count told
# with no update wording.
RISING = [
    ("sb-valley", "Valley Courier", "2018-06-11",
     "A car bomb exploded near the vegetable market in Salqin town in the northern countryside of Idlib on "
     "Monday evening, killing 19 civilians and wounding dozens, local medics said."),
    ("sb-coast", "Coast Radio", "2018-06-11",
     "At least 21 people were killed when a car bomb went off at the market of Salqin, north of Idlib, on "
     "Monday, according to rescue workers."),
    ("sb-monitor", "Frontline Monitor", "2018-06-12",
     "The death toll from Monday's car bomb at the market of Salqin in Idlib countryside has risen to 34 "
     "civilians, after more of the wounded died in hospital, the monitor said on Tuesday."),
]
NOT_WORDED = RISING[:2] + [
    ("sb-monitor", "Frontline Monitor", "2018-06-12",
     "A car bomb at the market of Salqin in Idlib countryside on Monday killed 34 civilians, a monitoring group "
     "said on Tuesday."),
]


def _incident(db_url: str, engine, folder, reports) -> tuple[int, int | None, int | None, int | None]:
    invoke("run", str(write_reports(folder, reports)), "--db", db_url)
    with session_scope(engine) as session:
        (incident,) = session.scalars(select(Incident)).all()
        return incident.n_sources, incident.deaths_low, incident.deaths_best, incident.deaths_high


def test_a_toll_that_rose_over_days_is_the_incidents_best(db_url, engine, tmp_path):
    assert _incident(db_url, engine, tmp_path, RISING) == (3, 19, 34, 34)


def test_a_later_count_told_without_update_wording_leaves_the_median(db_url, engine, tmp_path):
    assert _incident(db_url, engine, tmp_path, NOT_WORDED) == (3, 19, 21, 34)
