"""Bounded fusion: members are clustered window by window, with the result of one pass."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from fixtures.fuse.loader import store_report, store_scenario
from sqlalchemy import select

from observatory.fuse import incidents as incidents_module
from observatory.fuse import windows as windows_module
from observatory.fuse.features import EventFeatures, content_words, normalise_text
from observatory.fuse.decisions import record_decision
from observatory.fuse.incidents import rebuild_incidents, update_incidents
from observatory.fuse.matching import LINK_THRESHOLD
from observatory.fuse.rarity import WordRarity, weigh
from observatory.fuse.previous import KeptIncidents, SnapshotIncidents, member_incidents
from observatory.fuse.windows import Loaded, Pending, windows
from observatory.store.db import make_engine, session_scope
from observatory.store.tables.core import DocumentRow
from observatory.store.tables.fusion import Incident, IncidentLink, IncidentReport, IncidentToll

SHELLING = "Shelling/artillery/missile attack"


def _features(key: int, document: int, day: date | None, wording: str, place: str, admin1: str,
              sub_event_type: str = SHELLING) -> EventFeatures:
    text = normalise_text(wording)
    return EventFeatures(
        key=key, document=document, source="outlet", event_type="Explosions/Remote violence",
        sub_event_type=sub_event_type, start=day, end=day, precision=1 if day else None, place_id=place,
        place_name=place, lat=35.1, lon=36.4, where_prec=2, admin1=admin1, text=text, words=content_words(text),
        actors=frozenset({"Military Forces of Syria"}), figures=frozenset({("killed", 4)}),
    )


def _member(features: EventFeatures, group: int | None = None) -> Loaded:
    return Loaded(Pending(features.start, features.end, int(features.document), int(features.key), group), features)


def _keys(found: list[list[Loaded]]) -> list[list[int]]:
    return [[member.pending.claim for member in window] for window in found]


DAY = date(2019, 5, 3)
FIRST = _features(1, 10, DAY, "Regime artillery pounded Kafr Nabudah killing four farmers", "Kafr Nabudah", "Hama")
# Published the next day without a stated date: its publication day and the day before.
RETOLD = replace(_features(2, 11, DAY + timedelta(days=1), "Four farmers killed as regime artillery hit Kafr Nabudah",
                           "Kafr Nabudah", "Hama"), start=DAY, precision=2)
LATER = _features(3, 12, DAY + timedelta(days=9), "Rockets fell on the market of Jisr al-Shughur",
                  "Jisr al-Shughur", "Idlib")
UNDATED = _features(4, 13, None, "Shells hit a bakery in Ariha", "Ariha", "Idlib")


def test_a_window_is_not_cut_between_two_reports_that_could_link():
    found = list(windows([_member(FIRST), _member(RETOLD), _member(LATER)], LINK_THRESHOLD, size=1))
    assert _keys(found) == [[1, 2], [3]]


def test_a_window_is_not_cut_between_a_gas_attack_and_its_retelling_days_later():
    """A rare kind of event keeps a week's slack: the cut check compares it past the next day."""
    attack = replace(_features(5, 14, DAY, "A chlorine gas attack on Kafr Zita choked dozens of residents", "Kafr Zita",
                               "Hama"), sub_event_type="Chemical weapon")
    retold = replace(_features(6, 15, DAY + timedelta(days=4), "Doctors in Kafr Zita treated residents choked by the "
                               "chlorine gas attack", "Kafr Zita", "Hama"), sub_event_type="Chemical weapon")
    between = _features(7, 16, DAY + timedelta(days=2), "Clashes flared near Tal Tamr", "Tal Tamr", "Al-Hasakah",
                        sub_event_type="Armed clash")
    rarity = WordRarity.of_texts(item.text for item in (attack, retold, between))  # as the store weighs them
    attack, retold, between = (weigh(item, rarity) for item in (attack, retold, between))
    found = list(windows([_member(attack), _member(between), _member(retold)], LINK_THRESHOLD, size=1))
    assert _keys(found) == [[5, 7, 6]]
    found = list(windows([_member(FIRST), _member(retold)], LINK_THRESHOLD, size=1))
    assert _keys(found) == [[1], [6]]  # a shelling four days before: two events, cut between them


def test_a_window_is_cut_between_reports_that_cannot_link():
    moved = _features(2, 11, DAY + timedelta(days=1), "Clashes flared near Tal Tamr", "Tal Tamr", "Al-Hasakah",
                      sub_event_type="Armed clash")
    found = list(windows([_member(FIRST), _member(moved), _member(LATER)], LINK_THRESHOLD, size=1))
    assert _keys(found) == [[1], [2], [3]]


def test_a_window_is_not_cut_between_a_placeless_gas_attack_and_the_one_it_may_mean():
    """The placeless report scores too low to link, yet may join the one gas attack of its
    week (``matching.may_mean``), so the cut must wait until it has been clustered."""
    gas = replace(_features(1, 10, DAY, "Chlorine barrels fell on Kafr Zita", "Kafr Zita", "Hama",
                            sub_event_type="Chemical weapon"), actors=frozenset())
    placeless = replace(gas, key=2, document=11, start=DAY + timedelta(days=4), end=DAY + timedelta(days=4),
                        place_id=None, place_name=None, lat=None, lon=None, where_prec=None, admin1=None,
                        text="envoys condemned the gas attack", words=content_words("envoys condemned gas attack"))
    found = list(windows([_member(gas), _member(placeless), _member(LATER)], LINK_THRESHOLD, size=1))
    assert _keys(found) == [[1, 2], [3]]


def test_no_cut_inside_a_reviewers_merge_or_near_a_stored_incident():
    members = [_member(FIRST, group=7), _member(LATER, group=7)]
    assert _keys(list(windows(members, LINK_THRESHOLD, size=1))) == [[1], [3]]
    merged = lambda day: FIRST.start < day <= LATER.start  # noqa: E731 - what _cut_blocked answers
    assert _keys(list(windows(members, LINK_THRESHOLD, merged, size=1))) == [[1, 3]]


def test_undated_members_come_last_in_windows_of_their_own():
    found = list(windows([_member(FIRST), _member(LATER), _member(UNDATED)], LINK_THRESHOLD, size=2))
    assert _keys(found) == [[1, 3], [4]]


def _snapshot(engine) -> dict[str, list[tuple]]:
    """Every fused row that must not depend on how the members were windowed."""
    with session_scope(engine) as session:
        return {
            "incidents": [
                (i.id, i.sub_event_type, i.date_start, i.date_end, i.place_name, i.n_sources, i.deaths_best, i.title)
                for i in session.scalars(select(Incident).order_by(Incident.id))
            ],
            "links": [
                (link.incident_id, link.event_claim_id, link.score, link.reasons)
                for link in session.scalars(select(IncidentLink).order_by(IncidentLink.event_claim_id))
            ],
            "reports": [
                (row.id, row.document_id, row.incident_id, row.score)
                for row in session.scalars(select(IncidentReport).order_by(IncidentReport.document_id))
            ],
            "tolls": sorted(
                (t.incident_id, t.status, t.actor or "", t.category, t.low, t.best, t.high)
                for t in session.scalars(select(IncidentToll))
            ),
        }


def _store_everything(engine) -> None:
    with session_scope(engine) as session:
        for name in ("three_outlets", "toll_rises", "daily_monthly", "same_toll", "subset", "capture_recapture"):
            store_scenario(session, name)
        store_report(session, {
            "id": "bulletin-ariha", "source": "Idlib Monitor", "published": "2018-02-12",
            "title": "Shells on Ariha",
            "text": "Government shells struck the centre of Ariha in Idlib governorate on Sunday, killing 5 people.",
            "events": [], "casualties": [{"id": "c1", "actor": None, "category": "civilians", "count": "exact 5",
                            "evidence": "killing 5 people"}],
        })


@pytest.fixture
def second_engine(tmp_path: Path, migrated_sqlite_template: Path):
    path = tmp_path / "second.db"
    shutil.copyfile(migrated_sqlite_template, path)
    engine = make_engine(f"sqlite:///{path}")
    yield engine
    engine.dispose()


def test_windows_of_one_member_give_the_incidents_ids_and_tolls_of_one_pass(engine, second_engine, monkeypatch):
    _store_everything(second_engine)
    with session_scope(second_engine) as session:
        update_incidents(session)  # the scenarios are far below one window: one pass
    _store_everything(engine)
    monkeypatch.setattr(windows_module, "WINDOW_MEMBERS", 1)  # a cut tried before every day
    with session_scope(engine) as session:
        update_incidents(session)
    assert _snapshot(engine) == _snapshot(second_engine)
    with session_scope(engine) as session:
        rebuild_incidents(session)  # ids for life hold through a windowed rebuild
    assert _snapshot(engine)["incidents"] == _snapshot(second_engine)["incidents"]


def _incident_of(session, document_id: int) -> int:
    return session.scalar(select(IncidentLink.incident_id).where(IncidentLink.document_id == document_id))


def _store_reviewed(engine) -> None:
    """The scenarios fused, then a split and a merge recorded by reviewers."""
    with session_scope(engine) as session:
        docs = {name: store_scenario(session, name) for name in ("three_outlets", "same_toll", "subset", "toll_rises")}
        update_incidents(session)
        clash = _incident_of(session, docs["three_outlets"]["sohr-0930"].id)
        moved = session.scalar(select(IncidentLink.event_claim_id).where(
            IncidentLink.document_id == docs["three_outlets"]["masdar-0930"].id))
        record_decision(session, "analyst", "split", "incident", clash, None, {"claims": [moved]}, "another assault")
        absorbed, survivor = (_incident_of(session, next(iter(docs[name].values())).id) for name in ("subset", "same_toll"))
        assert absorbed != survivor
        record_decision(session, "editor", "merge", "incident", absorbed, None, {"into": survivor}, "one strike")


class _EveryMemberInMemory(KeptIncidents):
    """How a rebuild noted old incidents before: every member of the archive in one dict."""

    def __init__(self, session) -> None:
        super().__init__(member_incidents(session, session.scalars(select(DocumentRow.id)).all()))

    def close(self) -> None:
        pass


def test_a_rebuild_reads_old_incidents_back_one_window_at_a_time_with_the_same_result(
    engine, second_engine, monkeypatch
):
    _store_reviewed(second_engine)
    with monkeypatch.context() as patch:
        patch.setattr(incidents_module, "SnapshotIncidents", _EveryMemberInMemory)
        with session_scope(second_engine) as session:
            rebuild_incidents(session)
    _store_reviewed(engine)
    before = _snapshot(engine)
    members = len(before["links"]) + sum(row[2] is not None for row in before["reports"])
    read_back: list[int] = []
    of_documents = SnapshotIncidents.of_documents

    def counted(self, documents):
        found = of_documents(self, documents)
        read_back.append(len(found.refs))
        return found

    monkeypatch.setattr(SnapshotIncidents, "of_documents", counted)
    monkeypatch.setattr(windows_module, "WINDOW_MEMBERS", 1)
    with session_scope(engine) as session:
        rebuild_incidents(session)
    rebuilt = _snapshot(engine)
    assert rebuilt == _snapshot(second_engine)
    assert rebuilt["incidents"] == before["incidents"]  # reviews and ids held
    assert [link[:2] for link in rebuilt["links"]] == [link[:2] for link in before["links"]]
    assert len(read_back) > 1 and max(read_back) < members  # no window held every member's old incident
    with session_scope(engine) as session:  # the temporary table went with the rebuild: a second makes its own
        rebuild_incidents(session)
    assert _snapshot(engine) == rebuilt
