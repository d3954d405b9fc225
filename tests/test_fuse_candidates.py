"""Bounded pair work: on a busy day a claim is scored against its nearest neighbours only."""

from __future__ import annotations

from datetime import date

from observatory.fuse import clustering
from observatory.fuse.clustering import CANDIDATES, Clusterer
from observatory.fuse.features import EventFeatures, content_words, normalise_text
from observatory.fuse.matching import pair_probability

DAY = date(2016, 11, 21)
AIR_STRIKE = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
ROOTS = ["Shamsin", "Rawdat", "Hilalia", "Zaytuna", "Batbu", "Marjan", "Qusair", "Dalia", "Hamidi", "Sawan",
         "Jubb", "Tuffah", "Nasiba", "Burj", "Kurum", "Salwa", "Kirkat"]
PREFIXES = ["Kafr", "Tell", "Ain", "Deir", "Khirbet", "Umm", "Jabal", "Maarat"]
VERBS = ["pounded", "struck", "hit", "shelled", "bombarded"]
HOURS = ["at dawn", "before noon", "in the evening", "overnight", "after Friday prayers"]


def _claim(key: int, town: str, wording: str, sub_event_type: str, killed: int, at: tuple[float, float]) -> EventFeatures:
    text = normalise_text(wording)
    return EventFeatures(
        key=key, document=key, source=f"outlet {key % 7}", event_type="Explosions/Remote violence",
        sub_event_type=sub_event_type, start=DAY, end=DAY, precision=1, place_name=town, lat=at[0], lon=at[1],
        where_prec=1, admin1="Aleppo", text=text, words=content_words(text), figures=frozenset({("killed", killed)}),
    )


def _busy_day(count: int) -> list[EventFeatures]:
    """``count`` reports of other strikes that day in one governorate, each on its own village
    (villages about 9 km apart on a grid, as far as one report's village is from the next)."""
    claims = []
    for index in range(count):
        town = f"{PREFIXES[index % len(PREFIXES)]} {ROOTS[index % len(ROOTS)]}"
        at = (35.6 + 0.08 * (index // 12), 36.6 + 0.1 * (index % 12))
        verb, hour = VERBS[index % len(VERBS)], HOURS[index // len(VERBS) % len(HOURS)]
        kind = AIR_STRIKE if index % 2 else SHELLING
        claims.append(_claim(100 + index, town, f"Government forces {verb} {town} {hour}", kind, 1 + index % 9, at))
    return claims


HAMRA = (36.27, 37.05)
MARKET = _claim(1, "Kafr Hamra", "Warplanes struck the vegetable market of Kafr Hamra, killing 11 shoppers", AIR_STRIKE, 11,
                HAMRA)
RETOLD = _claim(2, "Kafr Hamra", "Eleven shoppers killed as warplanes hit Kafr Hamra vegetable market", AIR_STRIKE, 11,
                HAMRA)


def test_two_outlets_of_one_strike_still_link_on_a_day_with_many_more_reports_than_candidates():
    busy = _busy_day(3 * CANDIDATES)
    found = dict((f.key, a) for f, a in Clusterer().assign_all([*busy[:40], MARKET, *busy[40:], RETOLD]))
    assert found[1].cluster is found[2].cluster
    assert found[2].link is not None and found[2].link.reasons["closest_claim"] == 1
    assert not any(found[f.key].cluster is found[1].cluster for f in busy)


def test_pairs_scored_per_claim_stay_bounded_as_a_day_fills():
    calls: list[tuple] = []

    def counting(a: EventFeatures, b: EventFeatures) -> float | None:
        calls.append((a.key, b.key))
        return pair_probability(a, b)

    claims = [*_busy_day(4 * CANDIDATES), MARKET, RETOLD]
    Clusterer(scorer=counting).assign_all(claims)
    assert len(calls) <= len(claims) * CANDIDATES < len(claims) * (len(claims) - 1) // 2
    assert len(set(calls)) == len(calls)  # no pair scored twice


def test_a_quiet_day_scores_every_neighbour(monkeypatch):
    """Below the cap nothing is left out: the same pairs are scored as with no cap at all."""
    claims = [*_busy_day(CANDIDATES // 2), MARKET, RETOLD]
    scored: dict[str, set] = {}
    for name, cap in (("capped", CANDIDATES), ("uncapped", 10**6)):
        monkeypatch.setattr(clustering, "CANDIDATES", cap)
        pairs: set = set()
        Clusterer(scorer=lambda a, b, pairs=pairs: pairs.add(frozenset((a.key, b.key))) or pair_probability(a, b))\
            .assign_all(claims)
        scored[name] = pairs
    assert scored["capped"] == scored["uncapped"] and len(scored["capped"]) == len(claims) * (len(claims) - 1) // 2


def test_a_rare_kind_of_event_is_scored_against_every_neighbour_on_a_busy_day():
    """A gas attack is what dozens of outlets retell on one day: it is never capped."""
    gas = _claim(3, "Kafr Hamra", "Rockets carrying chlorine hit Kafr Hamra, choking 40 residents",
                 "Chemical weapon", 40, HAMRA)
    with_gas: set[int] = set()

    def counting(a: EventFeatures, b: EventFeatures) -> float | None:
        if 3 in (a.key, b.key):
            with_gas.add(b.key if a.key == 3 else a.key)
        return pair_probability(a, b)

    busy = _busy_day(3 * CANDIDATES)
    Clusterer(scorer=counting).assign_all([*busy, gas])
    assert len(with_gas) > CANDIDATES
