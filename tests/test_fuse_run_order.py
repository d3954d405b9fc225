"""Reports loaded in several runs give the incidents one pass over them gives: a run
re-fuses with its new reports the stored incidents they may change (``fuse.neighbourhood``),
and a reviewer's decision still holds."""

from __future__ import annotations

import pytest
from fixtures.fuse.loader import store_report
from sqlalchemy import select

from observatory.fuse.decisions import record_decision
from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import IncidentLink


def _strike(report_id: str, source: str, day: str, place: str, text: str, evidence: str, dead: str | None) -> dict:
    """One report of one air strike, with its toll when it gives one."""
    casualties = [{"id": "c1", "event": "e1", "actor": "Civilians", "category": "civilians", "count": f"exact {dead}",
                   "evidence": f"{dead} civilians"}] if dead else []
    return {
        "id": report_id, "source": source, "published": day, "title": text.split(",")[0], "text": text,
        "events": [{"id": "e1", "type": "Air/drone strike", "date": day, "place": place, "actors": ["Civilians"],
                    "evidence": evidence}],
        "casualties": casualties,
    }


# A strike on Ariha, and one report that names only the province: alone they link.  A later
# report of a strike on Khan Shaykhun, with the province report's very toll, fits the province
# report better; the two towns are too far apart to be one strike.
ARIHA = _strike("ariha-0311", "Jisr Voice", "2019-03-11", "ariha",
                "Warplanes bombed a bakery in Ariha on Monday, killing 4 civilians, local activists said.",
                "Warplanes bombed a bakery in Ariha on Monday", "4")
PROVINCE = _strike("idlib-0311", "Northern Desk", "2019-03-11", "idlib_province",
                   "Russian warplanes bombed the southern countryside of Idlib on Monday, killing 17 civilians "
                   "in a crowded vegetable market, rescuers said.",
                   "Russian warplanes bombed the southern countryside of Idlib on Monday", "17")
KHAN = _strike("khan-0311", "Orontes Wire", "2019-03-11", "khan_shaykhun",
               "Russian warplanes bombed the crowded vegetable market of Khan Shaykhun in the southern countryside of "
               "Idlib on Monday, killing 17 civilians, rescuers said.",
               "Russian warplanes bombed the crowded vegetable market of Khan Shaykhun", "17")
# A clash far away on the same day: no new report may link with it.
FAR = {
    "id": "sukhnah-0311", "source": "Desert Front", "published": "2019-03-11", "title": "Clashes near Sukhnah",
    "text": "Government troops and Islamic State fighters clashed east of Sukhnah on Monday.",
    "events": [{"id": "e1", "type": "Armed clash", "date": "2019-03-11", "place": "sukhnah",
                "actors": ["Military Forces of Syria", "Islamic State"],
                "evidence": "Government troops and Islamic State fighters clashed east of Sukhnah on Monday"}],
}


def _incidents(session) -> dict[frozenset[str], int]:
    """Each incident by the reports it holds, with its id."""
    found: dict[int, set[str]] = {}
    query = (select(IncidentLink.incident_id, DocumentRow.external_id)
             .join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
             .join(DocumentRow, DocumentRow.id == EventClaim.document_id))
    for incident, report in session.execute(query):
        found.setdefault(incident, set()).add(report)
    return {frozenset(reports): incident for incident, reports in found.items()}


def _load(engine, runs: list[list[dict]]) -> dict[frozenset[str], int]:
    with session_scope(engine) as session:
        for reports in runs:
            update_incidents(session, [store_report(session, report).id for report in reports])
        return _incidents(session)


ONE_PASS = {frozenset({"idlib-0311", "khan-0311"}), frozenset({"ariha-0311"}), frozenset({"sukhnah-0311"})}


def test_one_pass_puts_the_province_report_with_the_town_report_that_fits_it_best(engine):
    assert set(_load(engine, [[FAR, ARIHA, PROVINCE, KHAN]])) == ONE_PASS


def test_a_later_report_that_fits_a_stored_incident_better_re_settles_it(engine):
    with session_scope(engine) as session:
        update_incidents(session, [store_report(session, report).id for report in (FAR, ARIHA, PROVINCE)])
        before = _incidents(session)
        assert frozenset({"ariha-0311", "idlib-0311"}) in before  # alone, the province report joins Ariha's
        stats = update_incidents(session, [store_report(session, KHAN).id])
        after = _incidents(session)
    assert set(after) == ONE_PASS
    assert stats.incidents_reopened == 1 and stats.members_relinked == 2 and stats.claims_linked == 1
    far = frozenset({"sukhnah-0311"})
    assert after[far] == before[far]  # nothing the new report may link with keeps its id untouched
    assert before[frozenset({"ariha-0311", "idlib-0311"})] in after.values()  # a re-made incident takes back its id


RUNS = {
    "town, province, then the better town": [[ARIHA, PROVINCE, FAR], [KHAN]],
    "better town first": [[KHAN], [ARIHA, PROVINCE, FAR]],
    "province first": [[PROVINCE], [FAR, ARIHA, KHAN]],
    "province last": [[ARIHA, KHAN], [FAR, PROVINCE]],
    "one at a time": [[ARIHA], [FAR], [PROVINCE], [KHAN]],
    "one at a time, backwards": [[KHAN], [PROVINCE], [FAR], [ARIHA]],
}


@pytest.mark.parametrize("runs", list(RUNS.values()), ids=list(RUNS))
def test_every_order_of_arrival_gives_the_one_pass_incidents(engine, runs):
    assert set(_load(engine, runs)) == ONE_PASS


# A second outlet's telling of the Ariha bakery strike.
ARIHA_AGAIN = _strike("ariha-medics", "Idlib Medics", "2019-03-11", "ariha",
                      "A bakery in Ariha was destroyed by warplanes on Monday and 4 civilians died under its ruins.",
                      "A bakery in Ariha was destroyed by warplanes on Monday", "4")


@pytest.mark.parametrize("split", [False, True], ids=["unreviewed", "split by a reviewer"])
def test_a_reviewers_split_holds_when_a_later_report_would_merge_the_parts(engine, split):
    with session_scope(engine) as session:
        ariha, province = (store_report(session, report) for report in (ARIHA, PROVINCE))
        update_incidents(session, [ariha.id, province.id])
        together = _incidents(session)[frozenset({"ariha-0311", "idlib-0311"})]
        if split:
            moved = session.scalar(select(IncidentLink.event_claim_id).where(IncidentLink.document_id == province.id))
            record_decision(session, "analyst", "split", "incident", together, None, {"claims": [moved]},
                            "the province report tells another raid")
        update_incidents(session, [store_report(session, ARIHA_AGAIN).id])
        found = set(_incidents(session))
    if split:
        assert found == {frozenset({"ariha-0311", "ariha-medics"}), frozenset({"idlib-0311"})}
    else:  # the run re-fuses the stored incident: all three reports together
        assert found == {frozenset({"ariha-0311", "ariha-medics", "idlib-0311"})}
