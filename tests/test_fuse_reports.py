"""Reports without an event (toll bulletins, dated place lines) still join the incident they tell of, and
strike-log lines, air strike events, are matched by their place and day as such reports are."""

from __future__ import annotations

from datetime import date

from observatory.extract.pipeline import Extractor
from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import REPORT_TYPE_SCORE, pair_signals
from observatory.fuse.rarity import WordRarity, weigh
from observatory.fuse.reports import report_members
from observatory.models import Document

STRIKE = (
    "Coalition warplanes strike a school sheltering displaced families in Al-Mansoura town "
    "in the western countryside of Raqqa, killing 23 civilians"
)
BULLETIN = (
    "The number of civilians who lost their lives in Al-Mansoura town in the western countryside "
    "of Raqqa rises to 23, among them 7 children"
)
STRIKE_LOG = "March 3rd 2017: (S512) Al Mansoura town, Raqqa governorate, Syria"
SAME_DAY_LOG = "March 3rd 2017: (S513) Al Mansoura town, Raqqa governorate, Syria"
LATER_LOG = "March 9th 2017: (S530) Al Mansoura town, Raqqa governorate, Syria"
RARITY = WordRarity.of_texts([STRIKE, BULLETIN, STRIKE_LOG, SAME_DAY_LOG, LATER_LOG])


def members(extractor: Extractor, text: str, published: str, document: int) -> list[EventFeatures]:
    result = extractor.extract(text, Document(id=f"doc-{document}", published=published))
    found = report_members(
        result, text, document=document, published=date.fromisoformat(published), places=extractor.places
    )
    return [weigh(item, RARITY) for item in found]  # as the store weighs them, over this module's reports


def test_a_strike_log_line_is_a_logged_air_strike_dated_by_its_own_date_not_its_publication(extractor):
    (log,) = members(extractor, STRIKE_LOG, "2017-04-10", 1)
    assert not log.is_report and log.sub_event_type == "Air/drone strike"
    assert log.logged and log.place_and_day_only
    assert log.actors == frozenset()  # the log's own actor is on every line: it tells no incident apart
    assert (log.start, log.end, log.precision) == (date(2017, 3, 3), date(2017, 3, 3), 1)
    assert log.place_name in ("Al Mansoura", "Al Mansurah")  # the town, in the report's or the gazetteer's spelling
    assert log.admin1 is not None and "Raqqah" in log.admin1


def test_two_log_lines_compare_by_place_and_day_only_and_one_day_at_one_town_is_the_same_spot(extractor):
    (log,) = members(extractor, STRIKE_LOG, "2017-04-10", 1)
    (same_day,) = members(extractor, SAME_DAY_LOG, "2017-04-10", 2)
    found = pair_signals(log, same_day)
    assert found is not None
    signals = found[0]
    assert signals["type"] == REPORT_TYPE_SCORE and signals["actors"] == 0.5  # neither type nor actor says more
    assert signals["same_spot"] == 1.0


def test_a_log_line_is_still_an_air_strike_to_another_outlets_report(extractor):
    (log,) = members(extractor, "March 4th 2017: (S517) Al Mansoura town, Raqqa governorate, Syria", "2017-04-10", 1)
    (strike,) = members(extractor, STRIKE, "2017-03-04", 2)
    assert not strike.logged
    found = pair_signals(log, strike)
    assert found is not None and found[0]["type"] == 1.0


def test_a_toll_bulletin_without_trigger_keeps_its_figures(extractor):
    (bulletin,) = members(extractor, BULLETIN, "2017-03-04", 2)
    assert bulletin.is_report
    assert ("killed", 23) in bulletin.figures
    assert (bulletin.start, bulletin.end) == (date(2017, 3, 3), date(2017, 3, 4))  # publication day and the day before


def test_an_event_takes_the_figures_told_with_it(extractor):
    (strike,) = members(extractor, STRIKE, "2017-03-04", 3)
    assert not strike.is_report
    assert strike.figures == frozenset({("killed", 23)})


def test_a_toll_bulletin_joins_the_strike_it_updates(extractor):
    clusterer = Clusterer()
    (strike,) = members(extractor, STRIKE, "2017-03-04", 1)
    (bulletin,) = members(extractor, BULLETIN, "2017-03-04", 2)
    first = clusterer.assign(strike)
    joined = clusterer.assign(bulletin)
    assert joined.cluster is first.cluster
    assert joined.link is not None
    assert joined.link.reasons["place"] == "same"
    assert joined.link.reasons["shared_figures"] == ["23 killed"]


def test_strike_log_lines_of_one_day_and_town_join_and_another_day_stays_apart(extractor):
    clusterer = Clusterer()
    lines = (STRIKE_LOG, SAME_DAY_LOG, LATER_LOG)
    keys = [clusterer.assign(members(extractor, text, "2017-04-10", n)[0]).cluster.key for n, text in enumerate(lines)]
    assert keys[0] == keys[1]
    assert keys[2] != keys[0]


def test_a_village_the_gazetteer_lacks_keeps_its_own_name_and_the_governorate_beside_it(extractor):
    line = "February 11th 2017: Sahl al Tawil village, southern Raqqa governorate, Syria"  # a dated place line
    (log,) = members(extractor, line, "2017-03-01", 5)
    assert log.is_report
    assert log.place_name == "Sahl al Tawil" and log.feature == "village"
    assert log.admin1 is not None and "Raqqah" in log.admin1
    assert log.place_id is None and log.where_prec == 4  # only the governorate's point: precision 4


def test_a_town_on_the_map_places_a_report_before_a_street_the_gazetteer_lacks(extractor):
    line = "April 2nd 2017: (S611) Bustan al-Zeitoun street, Al Mansoura town, Raqqa governorate, Syria"
    (log,) = members(extractor, line, "2017-04-05", 6)
    assert log.place_id is not None and (log.place_name or "").startswith("Al Mans")
    assert log.where_prec == 1 and log.lat is not None  # the town's own point, not the governorate's


def test_a_report_naming_no_place_starts_no_incident_but_a_strike_log_does(extractor):
    clusterer = Clusterer()
    round_up = "The Syrian Observatory documented the death of 3112 people across the Syrian territory in September 2017"
    (placeless,) = members(extractor, round_up, "2017-10-01", 1)
    assert placeless.is_report and placeless.place_name is None
    assert clusterer.assign(placeless) is None
    (log,) = members(extractor, STRIKE_LOG, "2017-04-10", 2)
    assert clusterer.assign(log) is not None
