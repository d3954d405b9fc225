"""Documents and the claims extracted from them.

Claims are append-only: re-extracting a document with a newer extractor adds an
``ExtractionRun`` with its own claim rows, and the latest successful run per document is
the current view (``current_runs()`` in ``store.queries``).  Each claim row keeps the
columns that fusion, the web app and exports filter on, plus ``payload``: the claim
exactly as the extractor produced it (``models.py``), for provenance.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Integer, String, Text, false, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from observatory.store.base import Base


class Source(Base):
    """A publisher or outlet ("SOHR", "Reuters")."""

    __tablename__ = "sources"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    url: Mapped[Optional[str]] = mapped_column(String(2000))


class DocumentRow(Base):
    """One ingested report; ``content_hash`` makes ingest idempotent."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[Optional[str]] = mapped_column(String(300), index=True)
    source_id: Mapped[Optional[int]] = mapped_column(ForeignKey("sources.id"), index=True)
    title: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(String(2000))
    published: Mapped[Optional[date]] = mapped_column(Date, index=True)
    language: Mapped[Optional[str]] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    origin: Mapped[Optional[str]] = mapped_column(String(2000))  # file path (and line) it came from
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    source: Mapped[Optional[Source]] = relationship()


class ActorRow(Base):
    """Canonical actors seen in claims (the YAML knowledge base is the source of truth)."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    type: Mapped[str] = mapped_column(String(40))
    nationality: Mapped[Optional[str]] = mapped_column(String(16))


class ExtractionRun(Base):
    __tablename__ = "extraction_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    extractor_version: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(16), default="ok")  # ok | failed
    error: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class _ClaimColumns:
    """Columns every claim kind has: where it came from and how sure we are."""

    id: Mapped[int] = mapped_column(primary_key=True)
    local_id: Mapped[str] = mapped_column(String(20))  # "e1", "c3", "k2" within the document
    confidence: Mapped[Optional[float]] = mapped_column(Float)
    evidence: Mapped[Any] = mapped_column(JSON)  # list of {start, end, text} (one for c/k claims)
    payload: Mapped[Any] = mapped_column(JSON)  # the pydantic model as extracted


class ClaimTable(_ClaimColumns, Base):
    """The three claim tables' common type, so code over any of them is typed by it."""

    __abstract__ = True
    run_id: Mapped[int]
    document_id: Mapped[int]


class EventClaim(ClaimTable):
    __tablename__ = "event_claims"

    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(String(60))
    sub_event_type: Mapped[str] = mapped_column(String(60), index=True)
    date_start: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_end: Mapped[Optional[date]] = mapped_column(Date)
    date_precision: Mapped[Optional[int]] = mapped_column(Integer)
    place_name: Mapped[Optional[str]] = mapped_column(String(300))
    place_id: Mapped[Optional[str]] = mapped_column(String(100), index=True)  # gazetteer id
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    admin1: Mapped[Optional[str]] = mapped_column(String(200))
    admin2: Mapped[Optional[str]] = mapped_column(String(200))
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    actors: Mapped[Any] = mapped_column(JSON)  # list of {name, type, mention}


class CasualtyClaimRow(ClaimTable):
    __tablename__ = "casualty_claims"

    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    event_local_id: Mapped[Optional[str]] = mapped_column(String(20))
    parent_local_id: Mapped[Optional[str]] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(16), index=True)
    value: Mapped[Optional[int]] = mapped_column(Integer)
    low: Mapped[Optional[int]] = mapped_column(Integer)
    high: Mapped[Optional[int]] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(16))
    actor: Mapped[Optional[str]] = mapped_column(String(300), index=True)
    category: Mapped[str] = mapped_column(String(20))
    nationality: Mapped[Optional[str]] = mapped_column(String(16))
    scope: Mapped[str] = mapped_column(String(16))
    # told as an update of an earlier toll (``CasualtyClaim.update``; the toll rules read it).
    # Not named "update", a reserved word of SQL that raw statements (the batch loader's) would trip on.
    is_update: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    period_start: Mapped[Optional[date]] = mapped_column(Date)
    period_end: Mapped[Optional[date]] = mapped_column(Date)


class ControlClaim(ClaimTable):
    __tablename__ = "control_claims"

    run_id: Mapped[int] = mapped_column(ForeignKey("extraction_runs.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    place_name: Mapped[str] = mapped_column(String(300))
    place_id: Mapped[Optional[str]] = mapped_column(String(100), index=True)
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    gained_by: Mapped[Optional[str]] = mapped_column(String(300))
    lost_by: Mapped[Optional[str]] = mapped_column(String(300))
    change: Mapped[str] = mapped_column(String(16))
    date_start: Mapped[Optional[date]] = mapped_column(Date, index=True)
    date_end: Mapped[Optional[date]] = mapped_column(Date)
    date_precision: Mapped[Optional[int]] = mapped_column(Integer)
