"""What fusion derives from claims: incidents, their links, tolls, control states, reviews.

Everything here except ``review_decisions`` is recomputable from the claims; the
review decisions are the human input that every recomputation re-applies (and the
audit log).  ``incidents`` carries denormalised summary columns (dates, types, place,
deaths, number of sources, review flag) so that list pages and exports filter and
sort on one indexed table without joins.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text, false, func
from sqlalchemy.orm import Mapped, mapped_column

from observatory.store.base import Base


class Incident(Base):
    """One real-world incident: event claims from several reports that describe it."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(primary_key=True)
    date_start: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_end: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_precision: Mapped[Optional[int]] = mapped_column(Integer)
    event_type: Mapped[str] = mapped_column(String(60), index=True)
    sub_event_type: Mapped[str] = mapped_column(String(60), index=True)
    place_name: Mapped[Optional[str]] = mapped_column(String(300), index=True)
    place_id: Mapped[Optional[str]] = mapped_column(String(100))
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    admin1: Mapped[Optional[str]] = mapped_column(String(200), index=True)
    admin2: Mapped[Optional[str]] = mapped_column(String(200))
    country: Mapped[Optional[str]] = mapped_column(String(2), index=True)  # ISO code from the point
    actors: Mapped[Any] = mapped_column(JSON, nullable=False)  # canonical names, most cited first
    actors_key: Mapped[str] = mapped_column(Text, default="")  # "|name|name|" for LIKE filters
    sources_key: Mapped[str] = mapped_column(Text, default="")  # "|SOHR|Reuters|"
    title: Mapped[Optional[str]] = mapped_column(Text)  # the evidence sentence of the first report
    deaths_low: Mapped[Optional[int]] = mapped_column(Integer)
    deaths_best: Mapped[Optional[int]] = mapped_column(Integer, index=True)
    deaths_high: Mapped[Optional[int]] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer, default=0, index=True)
    n_claims: Mapped[int] = mapped_column(Integer, default=0)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    __table_args__ = (Index("ix_incidents_date_start_id", "date_start", "id"),)


class IncidentLink(Base):
    """Why one event claim belongs to an incident: the score and its reasons."""

    __tablename__ = "incident_links"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    event_claim_id: Mapped[int] = mapped_column(
        ForeignKey("event_claims.id", ondelete="CASCADE"), unique=True
    )
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    score: Mapped[Optional[float]] = mapped_column(Float)  # None: the incident's first claim
    reasons: Mapped[Any] = mapped_column(JSON, nullable=False)
    method: Mapped[str] = mapped_column(String(16), default="auto")  # auto | review


class IncidentReport(Base):
    """A report the extractor found no event in, taking part in an incident as a whole.

    Dated place lines without a strike code ("January 7th 2017: ... village, southern Raqqa
    governorate"; a coded strike-log line is read as an air strike event) and toll bulletins
    name a place, a day and a toll but no trigger.  The row keeps what matching
    read from the text (place, stated date, wording) so neighbours load without re-reading
    it; ``incident_id`` is None when the report matched no incident and could not start
    one (it names no place) or a reviewer rejected it.  One row per document, for the
    extraction run it was read for: a re-extraction replaces it.
    """

    __tablename__ = "incident_reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[Optional[int]] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), unique=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id", ondelete="CASCADE"), index=True)
    score: Mapped[Optional[float]] = mapped_column(Float)  # None: started the incident (or stayed out)
    reasons: Mapped[Any] = mapped_column(JSON, nullable=False)
    method: Mapped[str] = mapped_column(String(16), default="auto")  # auto | review
    date_start: Mapped[Optional[date]] = mapped_column(Date)  # the date the report states, if any
    date_end: Mapped[Optional[date]] = mapped_column(Date)
    date_precision: Mapped[Optional[int]] = mapped_column(Integer)
    place_name: Mapped[Optional[str]] = mapped_column(String(300))
    place_id: Mapped[Optional[str]] = mapped_column(String(100))
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    feature: Mapped[Optional[str]] = mapped_column(String(60))
    admin1: Mapped[Optional[str]] = mapped_column(String(200))
    admin2: Mapped[Optional[str]] = mapped_column(String(200))
    wording: Mapped[str] = mapped_column(Text, default="")  # normalised text matching compares
    evidence: Mapped[Any] = mapped_column(JSON, nullable=False)  # spans naming the place and the date


class IncidentCasualty(Base):
    """A casualty claim attached to an incident (through its event or the best match)."""

    __tablename__ = "incident_casualties"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    casualty_claim_id: Mapped[int] = mapped_column(
        ForeignKey("casualty_claims.id", ondelete="CASCADE"), unique=True
    )
    via: Mapped[str] = mapped_column(String(16))  # event | nearest | only | report


class IncidentToll(Base):
    """Deaths (or injured, captured, missing) of one side in one incident, from all claims."""

    __tablename__ = "incident_tolls"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    actor: Mapped[Optional[str]] = mapped_column(String(300), index=True)
    category: Mapped[str] = mapped_column(String(20))
    subset_of: Mapped[Optional[str]] = mapped_column(String(340))  # "actor/category" of the parent side
    low: Mapped[Optional[int]] = mapped_column(Integer)
    best: Mapped[Optional[int]] = mapped_column(Integer)
    high: Mapped[Optional[int]] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer)
    claim_ids: Mapped[Any] = mapped_column(JSON, nullable=False)
    document_ids: Mapped[Any] = mapped_column(JSON, nullable=False)
    aggregate: Mapped[bool] = mapped_column(Boolean, default=False)  # a running total over many days
    date_start: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_end: Mapped[Optional[date]] = mapped_column(Date)


class ControlStateRow(Base):
    """Who held (or contested) a place from one date to the next change."""

    __tablename__ = "control_states"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_key: Mapped[str] = mapped_column(String(300), index=True)
    place_name: Mapped[str] = mapped_column(String(300), index=True)
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    admin1: Mapped[Optional[str]] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16))  # held | contested
    actor: Mapped[Optional[str]] = mapped_column(String(300))
    date_start: Mapped[date] = mapped_column(Date, index=True)
    date_end: Mapped[Optional[date]] = mapped_column(Date, index=True)  # None: still so
    claim_ids: Mapped[Any] = mapped_column(JSON, nullable=False)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[Any] = mapped_column(JSON, nullable=False)  # disagreeing claims and what they said


class ReviewDecisionRow(Base):
    """A reviewer's decision; append-only, re-applied on every recomputation."""

    __tablename__ = "review_decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    user: Mapped[str] = mapped_column(String(100), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now(), index=True)
    action: Mapped[str] = mapped_column(String(20))
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[int] = mapped_column(Integer)
    before: Mapped[Any] = mapped_column(JSON, nullable=True)
    after: Mapped[Any] = mapped_column(JSON, nullable=True)
    reason: Mapped[Optional[str]] = mapped_column(Text)
    # Recorded but not yet applied to the incidents (merges and splits made in the web app
    # are applied by fusion after the response: ``fuse.incidents.apply_pending_reviews``).
    pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)

    __table_args__ = (Index("ix_review_decisions_target", "target_kind", "target_id"),)


class IncidentRedirect(Base):
    """Incident ``incident_id`` now lives in ``into_id``: written by fusion whenever an id
    disappears (a run or a reviewer's merge absorbed it, a rebuild regrouped its members),
    so URLs, exports and notes that cite the old id still lead somewhere
    (``fuse.redirects``).  An id whose members went to several incidents has one row per
    incident.  ``cause`` and ``decision_id`` say which fusion run did it: ``run`` (an
    incremental ``run`` / ``fuse``), ``rebuild``, or ``review`` (applying that decision).
    """

    __tablename__ = "incident_redirects"

    id: Mapped[int] = mapped_column(primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, index=True)  # the id that disappeared
    into_id: Mapped[int] = mapped_column(Integer)  # no foreign key: a later run may move it on
    cause: Mapped[str] = mapped_column(String(16))
    decision_id: Mapped[Optional[int]] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class WordDocuments(Base):
    """How many stored reports use each content word: what makes a word two reports share
    rare, and so telling (``fuse.rarity``).

    Fusion counts the documents stored since its last count before it links (documents
    are never rewritten: a changed text is a new document), so the table follows the
    store at the cost of the new reports only.  Two rows hold the count's state, under
    keys no word can take: ``#documents`` (documents counted) and ``#last`` (the highest
    document id counted).
    """

    __tablename__ = "word_documents"

    word: Mapped[str] = mapped_column(String(100), primary_key=True)
    documents: Mapped[int] = mapped_column(Integer, nullable=False)
