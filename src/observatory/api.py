"""The public Python API: what a notebook or another pipeline needs, in one place.

``observatory`` re-exports these names (lazily, so the CLI does not pay for the
extractor's imports); every other module is private by convention and may move.

- ``extract(text, published=..., title=..., source=...)``: one report's claims.
- ``Extractor``: the same, built once for many reports (lexicons and gazetteer load once).
- ``load_gazetteer(database_url=None)``: the built-in places, plus a store's own.
- ``open_store(url)``: a ``Store`` with ingest, extract, fuse and the read queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from observatory.extract.pipeline import EXTRACTOR_VERSION, Extractor
from observatory.fuse.control import ControlState, control_at
from observatory.fuse.incidents import FuseStats, rebuild_incidents, update_incidents
from observatory.fuse.read_model import IncidentDetail, IncidentFilter, IncidentSummary, get_incident, list_incidents
from observatory.fuse.toll_rules import By, PeriodName, TollRow
from observatory.fuse.tolls import compute_tolls
from observatory.ingest.batch import IngestReport, ingest_paths
from observatory.kb.gazetteer import Gazetteer, load_gazetteer
from observatory.models import Document, ExtractionResult
from observatory.store.db import make_engine, migrate, session_scope
from observatory.store.extraction import ExtractStats, extract_documents, pending_documents

from observatory import __all__ as _PACKAGE_NAMES  # the one list of public names

__all__ = [name for name in _PACKAGE_NAMES if name != "__version__"]


@lru_cache(maxsize=1)
def _shared_extractor() -> Extractor:
    """The extractor ``extract`` reuses: building one loads every lexicon (about a second)."""
    return Extractor()


def extract(
    text: str,
    *,
    published: date | str | None = None,
    title: str | None = None,
    source: str | None = None,
    doc_id: str = "document",
) -> ExtractionResult:
    """Events, casualty claims and control changes of one report.

    ``published`` anchors relative dates ("yesterday"); without it the report's own
    dateline is used when it states one.  Uses the built-in gazetteer and actor KB; build
    an ``Extractor`` to choose others.
    """
    day = published.isoformat() if isinstance(published, date) else published
    document = Document(id=doc_id, title=title, source=source, published=day)
    return _shared_extractor().extract(text, document)


class Store:
    """A database of reports, claims and incidents (SQLite file or PostgreSQL).

    Each method runs in its own transaction; ``session()`` gives a SQLAlchemy session for
    queries the methods do not cover.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block succeeds, rolled back when it raises."""
        with session_scope(self.engine) as session:
            yield session

    def ingest(
        self, paths: Iterable[str | Path], *, source: str | None = None, published: date | None = None
    ) -> IngestReport:
        """Store the reports in files, folders, globs or feeds; already stored texts are found, not doubled."""
        return ingest_paths(self.engine, [str(p) for p in paths], source=source, published=published)

    def gazetteer(self) -> Gazetteer:
        """The built-in places plus those imported, curated or resolved in this store."""
        return load_gazetteer(self.url)

    def extract(self, extractor: Extractor | None = None) -> ExtractStats:
        """Extract every stored document that lacks a run of this extractor version.

        The default extractor reads places with this store's gazetteer.  A document the
        extractor fails on gets a failed run and the others go on.
        """
        chosen = extractor if extractor is not None else Extractor(gazetteer=self.gazetteer())
        with self.session() as session:
            pending = pending_documents(session, EXTRACTOR_VERSION)
        return extract_documents(self.engine, chosen, EXTRACTOR_VERSION, pending)

    def fuse(self, *, rebuild: bool = False) -> FuseStats:
        """Link new claims into incidents and refresh tolls and control (``rebuild``: from scratch)."""
        with self.session() as session:
            return rebuild_incidents(session) if rebuild else update_incidents(session)

    def incidents(
        self, criteria: IncidentFilter | None = None, *, sort: str = "-date", page: int = 1, per_page: int = 50
    ) -> list[IncidentSummary]:
        """One page of incidents matching ``criteria`` (all when None), newest first by default."""
        with self.session() as session:
            found, _total = list_incidents(session, criteria or IncidentFilter(), sort, page, per_page)
        return found

    def incident(self, incident_id: int) -> IncidentDetail | None:
        """One incident with its tolls per side, claims, reports and evidence; None when unknown."""
        with self.session() as session:
            return get_incident(session, incident_id)

    def tolls(
        self,
        *,
        by: By = "actor",
        period: PeriodName = "month",
        date_from: date | None = None,
        date_to: date | None = None,
    ) -> list[TollRow]:
        """Deaths per period by actor, category or governorate, with low/best/high and sources."""
        with self.session() as session:
            return compute_tolls(session, by=by, period=period, date_from=date_from, date_to=date_to)

    def control(self, at: date, *, near: str | None = None, km: float | None = None) -> list[ControlState]:
        """Who held which place on ``at``; with ``near``, only places within ``km`` of it."""
        with self.session() as session:
            return control_at(session, at, near=near, km=km)


def open_store(url: str | None = None) -> Store:
    """The store at ``url`` (a SQLAlchemy URL or a SQLite file path), schema brought up to date.

    None means the configured default: ``$OBSERVATORY_DB``, else ``./observatory.db``.
    """
    return Store(migrate(make_engine(url)))
