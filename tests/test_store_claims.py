"""Claims are stored append-only and read back as each document's current run."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from observatory.models import (
    ActorRef,
    CasualtyClaim,
    ControlChange,
    Count,
    DateRange,
    Document,
    Event,
    ExtractionResult,
    Group,
    Place,
    Span,
)
from observatory.store.claims import claim_row, current_claims, record_failed_run, save_extraction
from observatory.store.db import session_scope
from observatory.store.tables.core import ActorRow, CasualtyClaimRow, ControlClaim, DocumentRow, EventClaim

REPORT = (
    "Regime forces shelled the town of Kafr Nabudah in the northern countryside of Hama on Tuesday, "
    "killing 12 people including 4 children. Hayat Tahrir al-Sham fighters captured the town hours later."
)


def _span(fragment: str) -> Span:
    start = REPORT.index(fragment)
    return Span(start=start, end=start + len(fragment), text=fragment)


def _place(resolved: bool = True) -> Place:
    return Place(
        name="Kafr Nabudah",
        mention="the town of Kafr Nabudah",
        gazetteer_id="geonames:170000" if resolved else None,
        lat=35.43 if resolved else None,
        lon=36.50 if resolved else None,
        admin1="Hama" if resolved else None,
        precision=1,
    )


def _result(deaths: int = 12) -> ExtractionResult:
    day = DateRange(start="2019-05-07", end="2019-05-07", precision=1)
    regime = ActorRef(name="Syrian Arab Army", type="state_forces", mention="Regime forces")
    hts = ActorRef(name="Hayat Tahrir al-Sham", type="rebel_group", mention="Hayat Tahrir al-Sham fighters")
    first_sentence = REPORT.split(". ")[0] + "."
    return ExtractionResult(
        document=Document(id="kafr-nabudah", source="SOHR", published="2019-05-08"),
        events=[
            Event(
                id="e1",
                event_type="Explosions/Remote violence",
                sub_event_type="Shelling/artillery/missile attack",
                date=day,
                location=_place(),
                actors=[regime],
                evidence=[_span(first_sentence)],
                confidence=0.9,
            ),
            Event(
                id="e2",
                event_type="Strategic developments",
                sub_event_type="Non-state actor overtakes territory",
                date=day,
                location=_place(resolved=False),
                actors=[hts],
                evidence=[_span("Hayat Tahrir al-Sham fighters captured the town hours later.")],
                confidence=0.8,
            ),
        ],
        casualties=[
            CasualtyClaim(
                id="c1",
                event="e1",
                group=Group(actor="Civilians", category="civilians", description="people"),
                status="killed",
                count=Count(value=deaths, low=deaths, high=deaths, qualifier="exact", text=f"{deaths} people"),
                evidence=_span("killing 12 people"),
            ),
            CasualtyClaim(
                id="c2",
                event="e1",
                group=Group(actor="Civilians", category="children", description="children"),
                status="killed",
                count=Count(value=4, low=4, high=4, qualifier="exact", text="4 children"),
                parent="c1",
                evidence=_span("including 4 children"),
            ),
        ],
        control_changes=[
            ControlChange(
                id="k1",
                place=_place(resolved=False),
                gained_by="Hayat Tahrir al-Sham",
                lost_by="Syrian Arab Army",
                change="captured",
                date=day,
                evidence=_span("Hayat Tahrir al-Sham fighters captured the town hours later."),
            )
        ],
    )


@pytest.fixture
def document_id(engine) -> int:
    with session_scope(engine) as session:
        row = DocumentRow(text=REPORT, content_hash="kafr-nabudah", published=date(2019, 5, 8))
        session.add(row)
        session.flush()
        return row.id


def test_saved_claims_keep_filter_columns_and_the_exact_payload(engine, document_id):
    with session_scope(engine) as session:
        save_extraction(session, session.get(DocumentRow, document_id), _result(), "test-1")
    with session_scope(engine) as session:
        events = current_claims(session, "event", [document_id])
        casualties = current_claims(session, "casualty", [document_id])
        controls = current_claims(session, "control", [document_id])
        assert [e.sub_event_type for e in events] == [
            "Shelling/artillery/missile attack",
            "Non-state actor overtakes territory",
        ]
        assert events[0].date_start == date(2019, 5, 7) and events[0].admin1 == "Hama"
        assert events[1].lat is None
        assert Event.model_validate(events[0].payload) == _result().events[0]
        child_claim = next(c for c in casualties if c.local_id == "c2")
        assert (child_claim.parent_local_id, child_claim.category, child_claim.value) == ("c1", "children", 4)
        assert REPORT[child_claim.evidence[0]["start"] : child_claim.evidence[0]["end"]] == "including 4 children"
        assert controls[0].gained_by == "Hayat Tahrir al-Sham" and controls[0].change == "captured"
        assert set(session.scalars(select(ActorRow.name))) == {"Syrian Arab Army", "Hayat Tahrir al-Sham"}


def test_reextraction_adds_a_run_and_only_the_latest_is_current(engine, document_id):
    with session_scope(engine) as session:
        first = save_extraction(session, session.get(DocumentRow, document_id), _result(12), "test-1")
    with session_scope(engine) as session:
        second = save_extraction(session, session.get(DocumentRow, document_id), _result(13), "test-2")
    assert second.id > first.id
    with session_scope(engine) as session:
        current = current_claims(session, "casualty", [document_id])
        assert {c.run_id for c in current} == {second.id}
        assert next(c.value for c in current if c.local_id == "c1") == 13
        assert session.scalar(select(func.count()).select_from(CasualtyClaimRow)) == 4  # old rows kept


def test_a_failed_run_leaves_the_previous_run_current(engine, document_id):
    with session_scope(engine) as session:
        good = save_extraction(session, session.get(DocumentRow, document_id), _result(), "test-1")
    with session_scope(engine) as session:
        record_failed_run(session, document_id, "test-2", "ValueError: bad offsets")
    with session_scope(engine) as session:
        assert {e.run_id for e in current_claims(session, "event")} == {good.id}


def test_a_failing_unit_of_work_is_rolled_back(engine, document_id):
    with pytest.raises(RuntimeError):
        with session_scope(engine) as session:
            save_extraction(session, session.get(DocumentRow, document_id), _result(), "test-1")
            raise RuntimeError("interrupted")
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(EventClaim)) == 0


def test_current_claims_without_document_ids_covers_every_document(engine, document_id):
    with session_scope(engine) as session:
        other = DocumentRow(text=REPORT + " Again.", content_hash="other")
        session.add(other)
        session.flush()
        save_extraction(session, session.get(DocumentRow, document_id), _result(), "test-1")
        save_extraction(session, other, _result(), "test-1")
    with session_scope(engine) as session:
        assert {e.document_id for e in current_claims(session, "event")} == {document_id, other.id}
        assert {e.document_id for e in current_claims(session, "event", [other.id])} == {other.id}


def test_claim_row_reads_the_table_its_kind_names(engine, document_id):
    with session_scope(engine) as session:
        save_extraction(session, session.get(DocumentRow, document_id), _result(), "test-1")
    with session_scope(engine) as session:
        toll = next(c for c in current_claims(session, "casualty", [document_id]) if c.local_id == "c2")
        control = current_claims(session, "control", [document_id])[0]
        found = claim_row(session, "casualty", toll.id)
        assert isinstance(found, CasualtyClaimRow) and (found.category, found.value) == ("children", 4)
        as_control = claim_row(session, "control", control.id)
        assert isinstance(as_control, ControlClaim) and as_control.gained_by == "Hayat Tahrir al-Sham"
        assert claim_row(session, "event", 10_000) is None
