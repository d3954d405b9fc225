"""A mass event retold without its place joins the one incident of its kind that week; with
two such incidents it says nothing about which and stays apart.  A sentence telling a
chemical attack and the rockets that carried it is one event, not a shelling beside a
gas attack.  Reports run through the real extractor and store (``run_reports``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from fixtures.fuse.loader import run_reports
from sqlalchemy import select

from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import may_mean, pair_signals, same_report_event, vague
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentLink

# A nerve-gas attack on one town, told by two outlets that name it.
TOWN_ATTACK = [
    ("tb-field", "Homs Field Doctors", "2016-04-05",
     "A sarin attack on the town of Talbiseh north of Homs killed 63 people on Tuesday, doctors at a field "
     "hospital said."),
    ("tb-wire", "Orontes Wire", "2016-04-06",
     "Doctors in the town said 66 people had died in Tuesday's sarin attack on Talbiseh, north of Homs."),
]
# Days later, a report about the attack that names no place at all.
PLACELESS = ("un-council", "Capital Desk", "2016-04-08",
             "The United Nations Security Council met on Friday to discuss this week's chemical attack in Syria, "
             "which rescuers say killed more than 70 people.")
# A second gas attack the same week, in another governorate.
OTHER_ATTACK = ("kn-rescue", "Ghab Rescue", "2016-04-05",
                "A chlorine attack on the village of Kafr Nabudah in northern Hama killed 9 people on Tuesday, "
                "rescuers said.")

# One report tells rockets with chemical agents (the extractor gives a shelling and a chemical
# attack from that sentence) and a separate shelling of another town; another outlet tells the gas attack.
DELIVERED = [
    ("sm-activists", "Idlib Media Centre", "2016-04-04",
     "Rockets carrying chemical agents struck the town of Sarmin before dawn on Monday, killing 38 people, "
     "activists said. Government artillery also shelled the town of Binnish on Monday, killing 3 civilians."),
    ("sm-rescue", "North Rescue Group", "2016-04-05",
     "A chlorine gas attack on Sarmin in Idlib province killed 41 people on Monday, a rescue group said."),
]


def _incidents_of(session, report: str) -> dict[tuple[str, str | None], int]:
    """(sub-event type, place) -> incident of each event claim of one report."""
    query = (
        select(EventClaim.sub_event_type, EventClaim.place_name, IncidentLink.incident_id)
        .join(DocumentRow, DocumentRow.id == EventClaim.document_id)
        .join(IncidentLink, IncidentLink.event_claim_id == EventClaim.id)
        .where(DocumentRow.external_id == report)
    )
    return {(kind, place): incident for kind, place, incident in session.execute(query)}


def test_a_placeless_report_of_a_gas_attack_joins_the_one_gas_attack_of_that_week(db_url, engine, tmp_path):
    run_reports(tmp_path, [*TOWN_ATTACK, PLACELESS], db_url)
    with session_scope(engine) as session:
        town = {incident for report in TOWN_ATTACK for incident in _incidents_of(session, report[0]).values()}
        assert len(town) == 1
        (placeless,) = _incidents_of(session, PLACELESS[0]).values()
        assert placeless in town
        incident = session.get(Incident, placeless)
        assert incident is not None and incident.n_sources == 3
        assert incident.deaths_low == 63 and incident.deaths_high >= 70  # three estimates of one toll, counted once
        links = session.scalars(select(IncidentLink).where(IncidentLink.incident_id == placeless)).all()
        assert any((link.reasons or {}).get("only_candidate") for link in links)


def test_with_two_gas_attacks_that_week_a_placeless_report_joins_neither(db_url, engine, tmp_path):
    run_reports(tmp_path, [*TOWN_ATTACK, OTHER_ATTACK, PLACELESS], db_url)
    with session_scope(engine) as session:
        town = set(_incidents_of(session, TOWN_ATTACK[0][0]).values())
        other = set(_incidents_of(session, OTHER_ATTACK[0]).values())
        assert town.isdisjoint(other)
        placeless = set(_incidents_of(session, PLACELESS[0]).values())
        assert placeless.isdisjoint(town | other)


def test_rockets_with_chemical_agents_are_one_gas_attack_and_its_dead_count_once(db_url, engine, tmp_path):
    run_reports(tmp_path, DELIVERED, db_url)
    with session_scope(engine) as session:
        first = _incidents_of(session, DELIVERED[0][0])
        sarmin = {incident for (kind, place), incident in first.items() if place == "Sarmin"}
        # the rockets that carry the gas are the gas attack itself: one event at Sarmin (events.py)
        assert len(first) == 2 and len(sarmin) == 1
        assert first[("Shelling/artillery/missile attack", "Binnish")] not in sarmin  # another town: apart
        assert set(_incidents_of(session, DELIVERED[1][0]).values()) == sarmin
        incident = session.get(Incident, sarmin.pop())
        assert incident is not None and incident.sub_event_type == "Chemical weapon"
        assert (incident.deaths_low, incident.deaths_high) == (38, 41)


def _claim(key: int, document: int, kind: str, place: str | None, day: int, text: str, **extra) -> EventFeatures:
    when = date(2016, 4, day)
    placed = {"place_name": place, "lat": 35.93, "lon": 36.72, "where_prec": 1, "admin1": "Idlib"} if place else {}
    return EventFeatures(
        key=key, document=document, source=None, event_type="Explosions/Remote violence", sub_event_type=kind,
        start=when, end=when, precision=1, text=text, **placed, **extra,
    )


def test_only_a_rare_kind_without_a_place_is_vague_and_it_means_no_one_told_by_other_actors():
    placeless = _claim(1, 1, "Chemical weapon", None, 6, "gas attack", actors=frozenset({"Islamic State"}))
    placed = _claim(2, 2, "Chemical weapon", "Sarmin", 4, "chlorine attack")
    assert vague(placeless) and not vague(placed)
    assert not vague(_claim(3, 3, "Air/drone strike", None, 6, "air strikes"))  # a common kind: no
    assert not vague(_claim(6, 6, "Suicide bomb", None, 6, "blew himself up"))  # rare per town, not per country
    assert may_mean(placeless, placed)
    by_others = _claim(4, 4, "Chemical weapon", "Sarmin", 4, "chlorine", actors=frozenset({"Military Forces of Syria"}))
    assert not may_mean(placeless, by_others)
    assert not may_mean(placeless, _claim(5, 5, "Chemical weapon", "Sarmin", 20, "chlorine"))  # beyond the week


def test_a_shelling_and_a_gas_attack_of_one_report_are_one_event_only_when_one_sentence_tells_both():
    sentence = "rockets carrying chemical agents struck sarmin"
    gas = _claim(1, 9, "Chemical weapon", "Sarmin", 4, sentence)
    assert same_report_event(gas, _claim(2, 9, "Shelling/artillery/missile attack", "Sarmin", 4, sentence))
    assert not same_report_event(gas, _claim(3, 9, "Shelling/artillery/missile attack", "Sarmin", 4, "artillery"))
    assert not same_report_event(gas, _claim(4, 9, "Armed clash", "Sarmin", 4, sentence))


def test_large_tolls_of_one_gas_attack_agree_across_its_week_but_not_those_of_air_strikes_days_apart():
    first = _claim(1, 1, "Chemical weapon", "Sarmin", 4, "gas attack", figures=frozenset({("killed", 840)}))
    retold = _claim(2, 2, "Chemical weapon", "Sarmin", 6, "the attack", figures=frozenset({("killed", 1120)}))
    found = pair_signals(first, retold)
    assert found is not None and found[0]["large_toll_agrees"] == 1.0
    far_apart = _claim(3, 3, "Chemical weapon", "Sarmin", 6, "the attack", figures=frozenset({("killed", 1900)}))
    found = pair_signals(first, far_apart)
    assert found is not None and found[0]["large_toll_agrees"] == 0.0  # more than 1.5 times the other
    strikes = [  # dated by publication (not a stated day), so the day's slack lets them be compared
        replace(_claim(4, 4, "Air/drone strike", "Sarmin", 4, "strikes", figures=frozenset({("killed", 60)})), precision=2),
        replace(_claim(5, 5, "Air/drone strike", "Sarmin", 5, "strikes", figures=frozenset({("killed", 64)})), precision=2),
    ]
    found = pair_signals(*strikes)
    assert found is not None and found[0]["large_toll_agrees"] == 0.0  # a day apart: only the same day counts


def test_a_claim_that_ties_two_groups_of_its_report_together_makes_them_one_incident():
    """The shelling told with its gas is one event with the report's other shelling of the
    town and with its gas attack, though those two alone would stay apart."""
    report = [
        _claim(1, 7, "Shelling/artillery/missile attack", "Sarmin", 4, "artillery shells fell on sarmin at dawn"),
        _claim(2, 7, "Chemical weapon", "Sarmin", 4, "residents of sarmin choked in their basements"),
        _claim(3, 7, "Shelling/artillery/missile attack", "Sarmin", 4, "rockets carrying sarin struck sarmin"),
    ]
    assert not same_report_event(report[0], report[1])
    assignments = Clusterer().assign_all(report)
    assert len({assignment.cluster.key for _, assignment in assignments if assignment}) == 1
