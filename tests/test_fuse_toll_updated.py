"""A report that updates an earlier toll of a strike on a village is the same incident.

The first outlet tells "warplanes killed 31 in Tell Marwan on Saturday"; another, dated by
its own day, "the death toll from Saturday's raids on Tell Marwan rose to 52".  Its date is a
day later and its figure disagrees, so the fitted signals alone read two strikes; the toll
that rose at the same village tells one (``matching.toll_updated``).  A lower toll, one that
jumps far beyond the first, a report dated before the first, another village, another kind
of event, an area or a governorate's capital keep the pair to the fitted signals.
"""

from __future__ import annotations

from datetime import date

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures, normalise_text, wording_facts
from observatory.fuse.matching import LINK_THRESHOLD, score_pair, toll_updated

VILLAGE = {"place_name": "Tell Marwan", "admin1": "Idlib", "lat": 35.71, "lon": 36.52, "where_prec": 1,
           "feature": "village"}
OTHER_VILLAGE = {**VILLAGE, "place_name": "Kafr Dubbah", "lat": 35.74, "lon": 36.55}
CAPITAL = {"place_name": "Idlib", "admin1": "Idlib", "lat": 35.93062, "lon": 36.63393, "where_prec": 1,
           "feature": "city"}
AREA = {"place_name": "Jabal al-Zawiya", "admin1": "Idlib", "lat": 35.68, "lon": 36.55, "where_prec": 2,
        "feature": "region"}


def _strike(key: int, day: str, killed: int, text: str, *, place: dict = VILLAGE,
            kind: str = "Air/drone strike") -> EventFeatures:
    wording = normalise_text(text)
    return EventFeatures(
        key=key, document=key, source=None, event_type="Explosions/Remote violence", sub_event_type=kind,
        start=date.fromisoformat(day), end=date.fromisoformat(day), precision=1, text=wording,
        words=frozenset(wording.split()), figures=frozenset({("killed", killed)}),
        actors=frozenset({"Military Forces of Russia"}), **place, **vars(wording_facts(wording)),
    )


FIRST = "Warplanes killed 31 people in Tell Marwan on Saturday, rescuers said"
UPDATE = "The death toll from Saturday's raids on Tell Marwan rose to 52 on Sunday as bodies were pulled out"


def test_update_shapes_are_read_as_updates():
    for told in (
        UPDATE,
        "Rescuers in Tell Marwan said the number killed in the raids was updated to 52",
        "A monitor revised to 52 the toll of Saturday's bombing of the village",
        "The toll has risen to 52, the Observatory said on Monday",
        "Medics in the village gave an updated toll of 52 dead late on Sunday",
    ):
        assert wording_facts(normalise_text(told)).updates, told
    assert not wording_facts(normalise_text(FIRST)).updates


def test_the_next_days_update_joins_the_first_report():
    first = _strike(1, "2017-03-04", 31, FIRST)
    update = _strike(2, "2017-03-05", 52, UPDATE)
    assert toll_updated(first, update) and toll_updated(update, first)
    # the same two reports without the update's words score as two strikes a day apart
    unlinked = score_pair(first, _strike(3, "2017-03-05", 52, "Warplanes killed 52 in Tell Marwan on Sunday"))
    linked = score_pair(first, update)
    assert unlinked is not None and linked is not None and unlinked.score < LINK_THRESHOLD <= linked.score
    assert linked.reasons["signals"]["toll_updated"] == 1.0
    assigned = [found for _, found in Clusterer().assign_all([first, update])]
    assert None not in assigned and len({id(found.cluster) for found in assigned}) == 1


def test_an_update_two_days_later_in_other_words_joins_too():
    first = _strike(1, "2017-08-12", 18, "Shelling hit the market of Tell Marwan killing 18",
                    kind="Shelling/artillery/missile attack")
    update = _strike(2, "2017-08-14", 27, "Toll climbs to 27 in the Tell Marwan market shelling",
                     kind="Shelling/artillery/missile attack")
    assert toll_updated(first, update)


def test_a_lower_toll_or_a_far_higher_one_is_not_an_update():
    first = _strike(1, "2017-03-04", 31, FIRST)
    assert not toll_updated(first, _strike(2, "2017-03-05", 12, "The toll rose to 12 in Tell Marwan"))
    assert not toll_updated(first, _strike(3, "2017-03-05", 90, "The toll rose to 90 in Tell Marwan"))


def test_an_update_dated_before_the_first_or_of_another_kind_is_not_one():
    first = _strike(1, "2017-03-04", 31, FIRST)
    earlier = _strike(2, "2017-03-03", 40, UPDATE)
    assert not toll_updated(first, earlier)
    shelling = _strike(3, "2017-03-05", 40, UPDATE, kind="Shelling/artillery/missile attack")
    assert not toll_updated(first, shelling)


def test_another_village_an_area_or_a_capital_is_not_one_update():
    assert not toll_updated(_strike(1, "2017-03-04", 31, FIRST), _strike(2, "2017-03-05", 52, UPDATE,
                                                                         place=OTHER_VILLAGE))
    assert not toll_updated(_strike(1, "2017-03-04", 31, FIRST, place=AREA),
                            _strike(2, "2017-03-05", 52, UPDATE, place=AREA))
    # a governorate's capital is struck most days: a higher toll there the next day may be another raid
    assert not toll_updated(_strike(1, "2017-03-04", 31, FIRST, place=CAPITAL),
                            _strike(2, "2017-03-05", 52, UPDATE, place=CAPITAL))


def test_a_report_without_an_update_word_is_left_to_the_fitted_signals():
    first = _strike(1, "2017-03-04", 31, FIRST)
    second = _strike(2, "2017-03-05", 52, "Warplanes killed 52 people in Tell Marwan on Sunday")
    assert not toll_updated(first, second)
