"""The building blocks of ``observatory eval``: names, places, days, totals, matching."""

from __future__ import annotations

import pytest

from observatory.eval.scoring import (
    ClaimFact,
    Tally,
    casualty_matches,
    casualty_number_matches,
    event_days,
    greedy_matches,
    killed_total,
    place_key,
    same_place,
    same_place_name,
    system_facts,
)

HARASTA = {"name": "Harasta", "lat": 33.55869, "lon": 36.36515, "alt": []}
TADMUR = {"name": "Tadmur", "lat": 34.5624, "lon": 38.28402, "alt": ["Palmyra"]}


def claim(status="killed", value=None, qualifier="exact", actor="Civilians", top_level=True, scope="incident"):
    return ClaimFact(status, value, qualifier, actor, top_level, scope)


@pytest.mark.parametrize(
    "spellings",
    [
        ("Al-Qaryatayn city", "al Qaryatayn", "Qaryatayn", "Al Qaryatayn"),
        ("Ḩarastā", "Harasta", "Harasta town"),
        ("Tall Rif‘at", "Tall Rifat", "Tall Rif'at"),
        ("Jisr ash Shughur", "Jisr ash-Shughur"),
        ("Idlib province", "Idlib", "Idlib governorate", "the Idlib area"),
    ],
)
def test_place_key_ignores_spelling_noise(spellings):
    assert len({place_key(s) for s in spellings}) == 1


def test_place_key_keeps_distinct_places_apart():
    assert place_key("Al-Bab") != place_key("Al-Tabqa")
    assert place_key(None) == "" and place_key("the city") == ""


def test_places_match_by_alternative_name_or_by_coordinates():
    palmyra = {"name": "Palmyra", "mention": "Palmyra city", "lat": None, "lon": None}
    assert same_place_name(TADMUR, palmyra)
    renamed_but_close = {"name": "Harasta al-Basal", "mention": "Harasta al-Basal", "lat": 33.60, "lon": 36.40}
    assert not same_place_name(HARASTA, renamed_but_close)
    assert same_place(HARASTA, renamed_but_close)  # about 5 km away
    far = {"name": "Douma farms", "mention": "farms", "lat": 33.80, "lon": 36.60}
    assert not same_place(HARASTA, far)  # about 34 km away


def test_event_days_cover_a_range_but_only_the_ends_of_a_long_one():
    assert event_days({"start": "2017-09-28", "end": "2017-09-30"}) == {"2017-09-28", "2017-09-29", "2017-09-30"}
    assert event_days({"start": "2017-09-30", "end": "2017-09-28"}) == {"2017-09-28", "2017-09-29", "2017-09-30"}
    assert event_days({"start": "2018-01-01", "end": None}) == {"2018-01-01"}
    assert event_days({"start": "2017-01-01", "end": "2017-03-02"}) == {"2017-01-01", "2017-03-02"}
    assert event_days({"start": None, "end": None}) == set() and event_days(None) == set()


def test_killed_total_counts_subsets_once():
    # "128 members ..., including 50 ... including 20 ..., in addition to 90 members of ISIS"
    claims = [claim(value=128), claim(value=50, top_level=False), claim(value=20, top_level=False), claim(value=90)]
    assert killed_total(claims) == 218


def test_killed_total_prefers_incident_tolls_to_running_totals():
    claims = [claim(value=9), claim(value=14), claim(value=486, scope="cumulative"), claim("injured", value=40)]
    assert killed_total(claims) == 23


def test_killed_total_falls_back_to_a_running_total_when_it_is_the_only_figure():
    claims = [claim("captured", value=1), claim(value=312, scope="cumulative")]
    assert killed_total(claims) == 312


def test_vague_numbers_add_nothing_to_the_total():
    assert killed_total([claim(value=16, qualifier="at_least"), claim(value=None, qualifier="vague")]) == 16
    assert killed_total([claim(value=None, qualifier="vague")]) is None
    assert killed_total([]) is None


def test_casualty_match_wants_status_number_and_an_acceptable_actor():
    gold = {"status": "killed", "value": 128, "actors": ["Military Forces of Syria", "Pro-Government Militias (Syria)"]}
    assert casualty_matches(gold, claim(value=128, qualifier="at_least", actor="Pro-Government Militias (Syria)"))
    assert not casualty_matches(gold, claim(value=128, actor="Islamic State"))
    assert not casualty_matches(gold, claim("injured", value=128, actor="Military Forces of Syria"))
    assert not casualty_matches(gold, claim(value=129, actor="Military Forces of Syria"))
    assert casualty_number_matches(gold, claim(value=128, actor="Islamic State"))


def test_a_vague_gold_count_wants_a_vague_answer():
    gold = {"status": "killed", "value": None, "actors": []}  # "dozens of members of the organization"
    assert casualty_matches(gold, claim(value=None, qualifier="vague", actor="Islamic State"))
    assert casualty_matches(gold, claim(value=24, qualifier="vague", actor="Islamic State"))
    assert not casualty_matches(gold, claim(value=24, qualifier="exact"))
    assert not casualty_number_matches(gold, claim(value=24, qualifier="vague"))


def test_matching_is_one_to_one():
    gold = [{"status": "killed", "value": 3, "actors": []}, {"status": "killed", "value": 3, "actors": []}]
    assert greedy_matches(gold, [claim(value=3)], [casualty_matches]) == 1
    assert greedy_matches(gold, [claim(value=3), claim(value=3)], [casualty_matches]) == 2


def test_name_pass_comes_before_the_distance_pass():
    # Tadmur wrongly placed on Harasta's coordinates must not take Harasta's match.
    misplaced_tadmur = {"name": "Tadmur", "mention": "Tadmur", "lat": 33.56, "lon": 36.37}
    harasta_unplaced = {"name": "Harasta", "mention": "Harasta", "lat": None, "lon": None}
    system = [misplaced_tadmur, harasta_unplaced]
    assert greedy_matches([HARASTA, TADMUR], system, [same_place]) == 1
    assert greedy_matches([HARASTA, TADMUR], system, [same_place_name, same_place]) == 2


def test_tally_conventions():
    empty = Tally()
    assert (empty.precision, empty.recall) == (1.0, 1.0)
    nothing_right = Tally()
    nothing_right.add(0, 2, 3)
    assert nothing_right.f1 == 0.0
    half = Tally()
    half.add(1, 2, 2)
    assert half.precision == half.recall == half.f1 == 0.5


def test_system_facts_gather_actors_places_and_days_from_every_part_of_a_result():
    place = {"name": "Suran", "mention": "Suran town", "gazetteer_id": "geonames:163915", "lat": 35.29, "lon": 36.75}
    result = {
        "events": [
            {"sub_event_type": "Armed clash", "location": place, "date": {"start": "2017-03-21", "end": "2017-03-22"},
             "actors": [{"name": "HTS: Hayat Tahrir al-Sham"}, {"name": "Military Forces of Syria"}]},
            {"sub_event_type": "Air/drone strike", "location": place, "date": None, "actors": [{"name": "Military Forces of Russia"}]},
        ],
        "casualties": [{"status": "killed", "count": {"value": 27, "qualifier": "at_least"},
                        "group": {"actor": "Pro-Government Militias (Syria)"}, "parent": None}],
        "control_changes": [{"place": place, "gained_by": "HTS: Hayat Tahrir al-Sham", "lost_by": "Military Forces of Syria",
                             "change": "captured"}],
    }
    facts = system_facts(result)
    assert facts.sub_event_types == {"Armed clash", "Air/drone strike"}
    assert facts.actors == {"HTS: Hayat Tahrir al-Sham", "Military Forces of Syria", "Military Forces of Russia",
                            "Pro-Government Militias (Syria)"}
    assert len(facts.places) == 1  # one town, named by three parts of the result
    assert facts.dates == {"2017-03-21", "2017-03-22"}
    assert facts.killed_total == 27
    assert facts.claims[0].scope == "incident"
