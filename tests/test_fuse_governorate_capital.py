"""A gas attack told at a governorate's capital ("rebel-held Idlib") scores as the same
governorate as a claim at a town of it only when that claim is a gas attack too or the
strike that delivered it (its own words name the agent): a plain market strike on a town
of the governorate the same day is scored by its distance.  Claims are invented."""

from __future__ import annotations

from datetime import date

from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import place_similarity, told_twice
from observatory.kb.gazetteer.builtin import governorate_points

DAY = date(2018, 2, 7)


def _claim(key: int, kind: str, name: str, lat: float, lon: float, feature: str, text: str) -> EventFeatures:
    return EventFeatures(key=key, document="report-1", source="outlet", event_type="Explosions/Remote violence",
                         sub_event_type=kind, start=DAY, end=DAY, precision=1, place_id=name.lower(),
                         place_name=name, lat=lat, lon=lon, where_prec=1, feature=feature, admin1="Idlib",
                         text=text)


def _gas_at_the_capital() -> EventFeatures:
    lat, lon = governorate_points()["Idlib"]
    return _claim(1, "Chemical weapon", "Idlib", lat, lon, "city",
                  "A toxic gas attack on rebel-held Idlib left dozens choking.")


def _same_governorate(a: EventFeatures, b: EventFeatures) -> bool:
    found = place_similarity(a, b)
    return found is not None and found[1].get("place") == "same governorate"


def test_a_plain_strike_on_a_town_of_the_governorate_is_not_scored_as_the_gas_attack() -> None:
    strike = _claim(2, "Air/drone strike", "Jisr al-Shughur", 35.81, 36.32, "town",
                    "An air strike on a bakery in Jisr al-Shughur killed three people.")
    assert not _same_governorate(_gas_at_the_capital(), strike)
    assert not _same_governorate(strike, _gas_at_the_capital())


def test_the_strike_that_delivered_the_gas_may_be_the_gas_attack() -> None:
    strike = _claim(2, "Air/drone strike", "Jisr al-Shughur", 35.81, 36.32, "town",
                    "An air strike dropped chlorine on Jisr al-Shughur, killing three people.")
    assert _same_governorate(_gas_at_the_capital(), strike)
    assert told_twice(_gas_at_the_capital(), strike)
