"""The run summary counts incidents, not claims: one incident told by several outlets
counts once, subsets are never added, and only the named documents' incidents count."""

from __future__ import annotations

from datetime import date

from fixtures.fuse.loader import store_scenario
from test_web_support import add_report

from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.summary import summarise


def test_three_outlets_telling_one_clash_count_its_dead_once(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        summary = summarise(session, [row.id for row in docs.values()])
        # 128, 100+ and about 90 regime dead in three reports: their median, 101, not 318.
        assert summary.tolls[("Military Forces of Syria", "killed")] == 101
        assert summary.tolls[("Civilians", "killed")] == 7  # "7 civilians, 2 of them children": 7
        assert summary.documents == 4
        assert summary.incidents.incidents == 2 == sum(summary.events_by_type.values())
        assert summary.incidents.best == 101 + 7


def test_subsets_are_not_added_to_the_side_they_belong_to(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "subset")
        update_incidents(session)
        summary = summarise(session, [row.id for row in docs.values()])
        assert ("Hezbollah", "killed") not in summary.tolls
        assert ("Pro-Government Militias (Syria)", "killed") not in summary.tolls
        killed = sum(count for (_, status), count in summary.tolls.items() if status == "killed")
        assert killed == summary.incidents.best


def test_only_the_incidents_of_the_named_documents_are_summarised(engine):
    with session_scope(engine) as session:
        docs = store_scenario(session, "three_outlets")
        update_incidents(session)
        summary = summarise(session, [docs["sohr-0929-idlib"].id])
        assert summary.incidents.incidents == 1
        assert summary.tolls == {("Civilians", "killed"): 7}



def test_a_campaign_total_is_not_the_dead_of_a_strike_that_has_no_figure_of_its_own(engine, tmp_path):
    """One strike, and the town's dead since the campaign began: the strike's own dead are unknown,
    so the summary counts none rather than the campaign's 118 (the total bounds its period in tolls)."""
    text = ("Regime helicopters dropped barrel bombs on Latamneh town in the northern countryside of Hama on "
            "Sunday. Since the start of the campaign on 1 March, 118 people have been killed in the town, among "
            "them 23 children.")
    document = add_report(engine, text, "campaign total", date(2017, 5, 21))
    with session_scope(engine) as session:
        summary = summarise(session, [document])
        killed = sum(count for (_, status), count in summary.tolls.items() if status == "killed")
        assert killed == summary.incidents.best == 0
