"""Gazetteer tables: places, their names (Latin and Arabic, aliases, resolutions) and
the queue of toponyms nobody has placed yet.

The extractor never queries these per document: ``kb.gazetteer.loader`` reads the
user's rows once per process into the in-memory index.  The tables exist so imports,
curation and resolutions persist and can be shared by every process and the web app.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

from sqlalchemy import DateTime, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, mapped_column, relationship

from observatory.store.base import Base


class GazetteerPlaceRow(Base):
    """One place; ``id`` keeps its origin ("geonames:170063", "ucdp:…", "user:…")."""

    __tablename__ = "gazetteer_places"

    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    feature: Mapped[str] = mapped_column(String(40))
    lat: Mapped[Optional[float]] = mapped_column(Float)
    lon: Mapped[Optional[float]] = mapped_column(Float)
    country: Mapped[Optional[str]] = mapped_column(String(8), index=True)
    admin1: Mapped[Optional[str]] = mapped_column(String(120), index=True)
    admin2: Mapped[Optional[str]] = mapped_column(String(120))
    population: Mapped[int] = mapped_column(Integer, default=0)
    precision: Mapped[Optional[int]] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(60), index=True)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    names: Mapped[list[GazetteerNameRow]] = relationship(
        back_populates="place", cascade="all, delete-orphan", passive_deletes=True
    )


class GazetteerNameRow(Base):
    """A name of a place; ``kind`` is name, alternate (came with the place), imported
    (from an alternate-names file), alias (added by a user) or resolution (of a queue entry)."""

    __tablename__ = "gazetteer_names"

    id: Mapped[int] = mapped_column(primary_key=True)
    place_id: Mapped[str] = mapped_column(ForeignKey("gazetteer_places.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="alternate")

    place: Mapped[GazetteerPlaceRow] = relationship(back_populates="names")


class UnresolvedPlaceRow(Base):
    """A toponym seen in reports but not placed: one row per normalised name."""

    __tablename__ = "gazetteer_unresolved"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(300), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    count: Mapped[int] = mapped_column(Integer, default=0)
    example: Mapped[Optional[str]] = mapped_column(Text)
    document: Mapped[Optional[str]] = mapped_column(String(300))
    resolved_place_id: Mapped[Optional[str]] = mapped_column(
        ForeignKey("gazetteer_places.id", ondelete="SET NULL"), index=True
    )
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
