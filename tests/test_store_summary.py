"""The run summary counts every person once: subsets and overlapping running totals are not added."""

from __future__ import annotations

from observatory.store.tables.core import CasualtyClaimRow
from observatory.store.summary import toll_by_actor


def _claim(doc: int, local_id: str, actor: str, value: int | None, *, low: int | None = None,
           status: str = "killed", parent: str | None = None, scope: str = "incident") -> CasualtyClaimRow:
    return CasualtyClaimRow(
        document_id=doc, local_id=local_id, actor=actor, category="combatants", value=value,
        low=low if low is not None else value, status=status, parent_local_id=parent, scope=scope,
        qualifier="exact",
    )


def test_subsets_are_not_added_to_the_claim_they_belong_to():
    # "128 members of the regime forces, including 50 non-Syrians, among them 20 officers"
    claims = [
        _claim(1, "c1", "Syrian Arab Army", 128),
        _claim(1, "c2", "Syrian Arab Army", 50, parent="c1"),
        _claim(1, "c3", "Syrian Arab Army", 20, parent="c2"),
        _claim(1, "c4", "Islamic State", 90),
    ]
    assert toll_by_actor(claims) == {("Syrian Arab Army", "killed"): 128, ("Islamic State", "killed"): 90}


def test_running_totals_are_left_out_when_the_document_gives_incident_counts():
    claims = [
        _claim(1, "c1", "Islamic State", 12),
        _claim(1, "c2", "Islamic State", 300, scope="cumulative"),  # "since the start of the offensive"
        _claim(2, "c1", "Islamic State", 45, scope="cumulative"),  # a document with only a running total
    ]
    assert toll_by_actor(claims) == {("Islamic State", "killed"): 57}


def test_vague_counts_use_their_lower_bound_and_statuses_stay_apart():
    claims = [
        _claim(1, "c1", "Civilians", None, low=24),  # "dozens"
        _claim(1, "c2", "Civilians", 15, status="injured"),
        _claim(1, "c3", "Civilians", 3, status="captured"),
    ]
    assert toll_by_actor(claims) == {("Civilians", "killed"): 24, ("Civilians", "injured"): 15}
