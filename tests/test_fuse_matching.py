"""The pair score: agreeing tolls, days between reports, transliterated names, report members."""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract.pipeline import Extractor
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import (
    LINK_THRESHOLD,
    WEIGHTS,
    figure_agreement,
    pair_signals,
    reach,
    same_name,
    score_pair,
)
from observatory.fuse.reports import report_members
from observatory.models import Document

REUTERS = "Car bomb kills at least 60 in Syrian border town of Azaz"
AFP = "A car bomb in the Syrian border town of Azaz near Turkey kills 60 people, a monitor says"
SOHR_TOLL = "The death toll of the car bomb in Azaz town rises to 72 people, among them 20 fighters"
BULLETIN = "The number of people who lost their lives in Azaz town rises to 72, among them 20 fighters"
PROTEST = "Hundreds of residents of Azaz town protest against the shortage of bread and fuel"


def first_member(extractor: Extractor, text: str, published: str, document: int) -> EventFeatures:
    result = extractor.extract(text, Document(id=f"doc-{document}", published=published))
    found = report_members(result, text, document=document, published=date.fromisoformat(published),
                           places=extractor.places)
    return found[0]


def test_the_same_toll_from_two_outlets_agrees_and_a_risen_toll_is_only_compared(extractor):
    reuters = first_member(extractor, REUTERS, "2017-01-07", 1)
    afp = first_member(extractor, AFP, "2017-01-07", 2)
    later = first_member(extractor, SOHR_TOLL, "2017-01-08", 3)
    assert figure_agreement(reuters, afp) == (1.0, 1.0, ["60 killed"])
    agree, compared, shared = figure_agreement(reuters, later)
    assert (agree, compared, shared) == (0.0, 1.0, [])


def test_two_outlets_on_one_day_link_with_every_signal_kept(extractor):
    reuters = first_member(extractor, REUTERS, "2017-01-07", 1)
    afp = first_member(extractor, AFP, "2017-01-07", 2)
    link = score_pair(reuters, afp)
    assert link is not None and link.score >= LINK_THRESHOLD
    assert set(link.reasons["signals"]) == set(WEIGHTS)
    assert link.reasons["shared_figures"] == ["60 killed"]


def test_the_same_report_a_day_later_scores_lower(extractor):
    reuters = first_member(extractor, REUTERS, "2017-01-07", 1)
    same_day = first_member(extractor, AFP, "2017-01-07", 2)
    next_day = first_member(extractor, AFP, "2017-01-08", 3)
    assert score_pair(reuters, next_day).score < score_pair(reuters, same_day).score
    assert score_pair(reuters, next_day).reasons["signals"]["offset_days"] == 1.0


def test_an_event_less_report_is_never_ruled_out_by_its_type(extractor):
    bulletin = first_member(extractor, BULLETIN, "2017-01-08", 3)
    protest = first_member(extractor, PROTEST, "2017-01-08", 4)
    assert bulletin.is_report and protest.event_type == "Protests"
    link = score_pair(bulletin, protest)
    assert link is not None and link.reasons["signals"]["type"] == 0.5


@pytest.mark.parametrize(
    "first, second, same",
    [("Al-Mansoura", "al Mansoura", True), ("Al-Mansoura", "Mansoura", True), ("Al-Bab", "Bab", True),
     ("Kafr Nabl", "Kafr Nubl", False), ("Al", "Al-Bab", False),
     ("Kafr Rumaniya", "Kafr Rumaneya", True), ("Tal Sawda", "Tal Sawra", False),
     ("Deir Sunbul", "Deir Sanbal", False)],
)
def test_place_names_are_compared_without_transliteration_habits(first, second, same):
    assert same_name(first, second) is same


def test_the_same_target_raises_the_score_and_different_targets_lower_it(extractor):
    day = "2017-05-02"
    bakery = first_member(extractor, "Barrel bombs fell on the bakery of Kafr Nabl town, killing 9 people", day, 11)
    also_bakery = first_member(extractor, "Nine civilians died when helicopters bombed a bakery in Kafr Nabl", day, 12)
    school = first_member(extractor, "Helicopters dropped barrel bombs on a school in Kafr Nabl town", day, 13)
    assert bakery.targets == also_bakery.targets == {"bakery"} and school.targets == {"school"}
    assert score_pair(bakery, also_bakery).reasons["signals"]["target"] == 1.0
    assert score_pair(bakery, school).reasons["signals"]["target"] == 0.0


def test_a_toll_update_days_later_may_still_join_but_a_plain_report_may_not(extractor):
    strike = first_member(extractor, "Warplanes hit the main square of Saraqib city, killing 14 people",
                          "2017-06-10", 21)
    update = first_member(extractor, "The death toll of the raid on Saraqib has risen to 19", "2017-06-13", 22)
    plain = first_member(extractor, "Warplanes hit the outskirts of Saraqib city, killing 4 people", "2017-06-13", 23)
    assert update.updates and not plain.updates
    assert score_pair(strike, update) is not None  # three days apart, but it says it updates a toll
    assert score_pair(strike, plain) is None


def test_the_same_large_toll_on_the_same_day_links_outlets_that_word_it_differently(extractor):
    """A massacre retold in other words: the shared toll of dozens of dead decides, not the wording."""
    wire = first_member(extractor, "Government jets bombed the town of Kafr Hamra on Thursday, "
                                   "killing 112 people, opposition activists said.", "2016-03-11", 1)
    weekly = first_member(extractor, "Rescuers are still digging in Kafr Hamra, where Thursday's raid "
                                     "left 112 people dead, according to local medics.", "2016-03-14", 2)
    small = first_member(extractor, "Government jets bombed the town of Kafr Hamra on Thursday, "
                                    "killing 3 people, activists said.", "2016-03-11", 3)
    linked = score_pair(wire, weekly)
    assert linked is not None and linked.reasons["signals"]["large_toll_agrees"] == 1.0
    assert linked.score >= LINK_THRESHOLD
    assert score_pair(wire, small).reasons["signals"]["large_toll_agrees"] == 0.0


def _claim(key: int, kind: str, day: str, place: tuple[str, str, float, float], *, feature: str = "town",
           figures: frozenset[tuple[str, int]] = frozenset(), event_type: str = "Explosions/Remote violence",
           days: int = 1, precision: int = 1, where_prec: int = 1, updates: bool = False) -> EventFeatures:
    """A claim at ``place``; ``precision`` 1 with one day: a day its report states, 2 with
    two days: an undated report's publication day and the day before."""
    name, governorate, lat, lon = place
    start = date.fromisoformat(day)
    return EventFeatures(
        key=key, document=key, source=None, event_type=event_type, sub_event_type=kind, start=start,
        end=date.fromordinal(start.toordinal() + days - 1), precision=precision, place_name=name, lat=lat,
        lon=lon, where_prec=where_prec, feature=feature, admin1=governorate, figures=figures, updates=updates,
    )


# Real coordinates: a Damascus quarter and a Rif Dimashq town 3.4 km east of it, and a
# Rif Dimashq town 50 km north.
QUARTER = ("Jobar", "Damascus", 33.53, 36.33)
SUBURB = ("'Irbin", "Rif Dimashq", 33.53719, 36.36635)
FAR_TOWN = ("Yabrud", "Rif Dimashq", 33.96921, 36.65729)


def test_a_quarter_of_damascus_and_a_suburb_across_the_line_may_be_one_place_but_a_far_town_not():
    quarter = _claim(1, "Air/drone strike", "2016-05-03", QUARTER, feature="neighbourhood")
    suburb = _claim(2, "Air/drone strike", "2016-05-03", SUBURB)
    far = _claim(3, "Air/drone strike", "2016-05-03", FAR_TOWN)
    found = pair_signals(quarter, suburb)
    assert found is not None and found[1]["governorates"] == ["Damascus", "Rif Dimashq"]
    assert pair_signals(quarter, far) is None
    assert "Rif Dimashq" in reach(quarter)  # so clustering compares the two
    assert reach(far) == frozenset({"Rif Dimashq"})


def test_two_large_tolls_of_one_day_agree_within_the_spread_of_early_counts():
    first = _claim(1, "Air/drone strike", "2016-05-03", SUBURB, figures=frozenset({("killed", 180)}))
    second = _claim(2, "Air/drone strike", "2016-05-03", SUBURB, figures=frozenset({("killed", 240)}))
    third = _claim(3, "Air/drone strike", "2016-05-03", SUBURB, figures=frozenset({("killed", 600)}))
    assert pair_signals(first, second)[0]["large_toll_agrees"] == 1.0  # type: ignore[index]
    assert pair_signals(first, third)[0]["large_toll_agrees"] == 0.0  # type: ignore[index]


def test_a_rare_kind_of_event_is_matched_over_a_week_and_a_common_one_over_a_day():
    gas = _claim(1, "Chemical weapon", "2016-05-03", SUBURB)
    gas_retold = _claim(2, "Chemical weapon", "2016-05-08", SUBURB)
    strike = _claim(3, "Air/drone strike", "2016-05-03", SUBURB)
    strike_later = _claim(4, "Air/drone strike", "2016-05-08", SUBURB)
    gas_signals = pair_signals(gas, gas_retold)
    assert gas_signals is not None and gas_signals[0]["rare_type"] == 1.0
    assert pair_signals(strike, strike_later) is None
    assert pair_signals(gas, strike_later) is None  # one rare claim does not widen the other's days


def test_the_same_kind_of_event_at_the_same_village_on_the_same_or_next_days_reports_is_one_signal():
    """Outlets tell one strike over two publication days: reports published on the 3rd and
    the 4th (windows 2nd-3rd and 3rd-4th, a day apart) are one spot; a toll update two
    days after the first is not."""
    market = _claim(1, "Air/drone strike", "2016-05-03", SUBURB)
    retold = _claim(2, "Air/drone strike", "2016-05-03", SUBURB)
    shelled = _claim(3, "Shelling/artillery/missile attack", "2016-05-03", SUBURB)
    published_third = _claim(4, "Air/drone strike", "2016-05-02", SUBURB, days=2, precision=2)
    published_fourth = _claim(5, "Air/drone strike", "2016-05-03", SUBURB, days=2, precision=2)
    update_fifth = _claim(6, "Air/drone strike", "2016-05-04", SUBURB, days=2, precision=2, updates=True)
    assert pair_signals(market, retold)[0]["same_spot"] == 1.0  # type: ignore[index]
    assert pair_signals(market, shelled)[0]["same_spot"] == 0.0  # type: ignore[index]
    assert pair_signals(market, published_fourth)[0]["same_spot"] == 1.0  # type: ignore[index]
    assert pair_signals(published_third, published_fourth)[0]["same_spot"] == 1.0  # type: ignore[index]
    later = pair_signals(published_third, update_fifth)
    assert later is not None and later[0]["offset_days"] == 2.0 and later[0]["same_spot"] == 0.0


def test_the_same_area_named_twice_is_no_spot():
    """"Strikes on the countryside of X" twice on one day: an area many events happen in."""
    area = ("Wadi Barada", "Rif Dimashq", 33.65, 36.12)
    first = _claim(1, "Air/drone strike", "2016-05-03", area, where_prec=2, feature="region")
    second = _claim(2, "Air/drone strike", "2016-05-03", area, where_prec=2, feature="region")
    found = pair_signals(first, second)
    assert found is not None and found[0]["place"] == 1.0 and found[0]["same_spot"] == 0.0


def test_two_stated_days_a_day_apart_are_two_events_but_publication_days_are_not():
    """The day's slack is for reports dated by publication; two reports each stating their
    day ("on May 3rd", "on May 4th") tell two strikes, unless one updates an earlier toll."""
    third = _claim(1, "Air/drone strike", "2016-05-03", SUBURB)
    fourth = _claim(2, "Air/drone strike", "2016-05-04", SUBURB)
    published_fifth = _claim(3, "Air/drone strike", "2016-05-04", SUBURB, days=2, precision=2)
    update = _claim(4, "Air/drone strike", "2016-05-04", SUBURB, updates=True)
    assert pair_signals(third, fourth) is None
    assert pair_signals(third, published_fifth) is not None  # dated by publication: may be the 3rd's
    assert pair_signals(third, update) is not None


def test_one_town_struck_on_two_stated_days_is_two_incidents(extractor):
    """Two one-line reports of one town, each stating its day: a day apart, two strikes."""
    first = first_member(extractor, "Warplanes struck Kafr Hamra on 3 May 2016, killing 5 people",
                         "2016-05-06", 1)
    second = first_member(extractor, "Warplanes struck Kafr Hamra on 4 May 2016, killing 7 people",
                          "2016-05-06", 2)
    undated = first_member(extractor, "Warplanes struck Kafr Hamra, killing 5 people", "2016-05-04", 3)
    assert (first.start, second.start) == (date(2016, 5, 3), date(2016, 5, 4))
    assert score_pair(first, second) is None
    assert score_pair(first, undated) is not None


# One massacre at a village or town told by two outlets, one stating the day and one dated by
# its publication (or both of one publication day): their large tolls agree though the date
# signal scores the publication window below an exact day.
TOLD_AS_ONE_DAY = [
    ("Warplanes struck the village of Hish on Sunday, killing 63 civilians, a monitoring group said.",
     "At least 81 people died when jets bombed the village of Hish, rescuers said.", "2016-09-12"),
    ("Air raids kill 57 in the town of Kafr Nabl, medics say",
     "The death toll from air strikes on Kafr Nabl reached 70, according to the civil defence.", "2017-02-20"),
    ("Jets hit a school in Hass on Wednesday, killing 61 children and teachers, activists said.",
     "Massacre in Hass: 55 killed as warplanes bombed a school", "2016-10-27"),
]


@pytest.mark.parametrize(("first", "second", "published"), TOLD_AS_ONE_DAY)
def test_a_town_massacre_told_with_its_day_and_by_publication_day_agrees_on_its_large_toll(
    extractor, first, second, published
):
    told = first_member(extractor, first, published, 1)
    dated_by_publication = first_member(extractor, second, published, 2)
    assert dated_by_publication.days == 2  # the publication window, not an exact day
    linked = score_pair(told, dated_by_publication)
    assert linked is not None and linked.reasons["signals"]["large_toll_agrees"] == 1.0
    assert linked.score >= LINK_THRESHOLD


@pytest.mark.parametrize(("second", "published"), [
    ("Air raids kill 64 in the town of Kafr Nabl, medics say", "2017-02-21"),  # the next day's report
    ("The death toll from air strikes on Kafr Nabl reached 140, according to the civil defence.", "2017-02-20"),
    ("Artillery shells killed 70 people in the town of Kafr Nabl, medics say", "2017-02-20"),  # another kind
])
def test_a_next_days_report_a_toll_far_off_or_another_kind_is_no_agreeing_large_toll(extractor, second, published):
    first = first_member(extractor, "Air raids kill 57 in the town of Kafr Nabl, medics say", "2017-02-20", 1)
    other = first_member(extractor, second, published, 2)
    found = pair_signals(first, other)
    assert found is not None and found[0]["large_toll_agrees"] == 0.0


def test_a_city_told_by_publication_day_keeps_the_exact_day_for_agreeing_large_tolls(extractor):
    """A city sees several strikes that kill dozens in a day: only a town's massacre is one
    event by its toll when one report gives no day."""
    first = first_member(extractor, "Air raids kill 57 in Idlib city, medics say", "2017-02-20", 1)
    other = first_member(extractor, "The death toll from air strikes on Idlib city reached 70, "
                                    "according to the civil defence.", "2017-02-20", 2)
    found = pair_signals(first, other)
    assert found is not None and found[0]["large_toll_agrees"] == 0.0
