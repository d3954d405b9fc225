"""Where fusion's members were before it unlinked them: the incident ids clusters take back.

Incident ids are for life (``fuse.incidents``): before members are unlinked, fusion notes
the incident each was in, and a new cluster takes back its oldest member's id.  An
incremental run or a review decision touches a few documents, so their old incidents fit
in a dict (``KeptIncidents``).  A rebuild deletes every incident first, and a dict of every
member of the archive would grow with it; there the notes go into a temporary table of the
store (``SnapshotIncidents``) and each window reads only its own members' rows, so memory
stays bounded by the busiest window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import Column, Index, Integer, MetaData, Select, String, Table, func, insert, literal, select
from sqlalchemy.orm import Session

from observatory.fuse.features import REPORT_TYPE, ReviewRef
from observatory.fuse.store_io import chunks
from observatory.store.tables.core import EventClaim
from observatory.store.tables.fusion import IncidentLink, IncidentReport


class PreviousIncidents(Protocol):
    """The incident each member was in before this fusion run unlinked it."""

    def of_documents(self, documents: Iterable[int]) -> dict[ReviewRef, int]:
        """Member identity -> old incident id, for the members of these documents (at least)."""
        ...

    def highest(self) -> int:
        """The largest old incident id (0 when there is none): new ids start above it."""
        ...


def member_incidents(session: Session, document_ids: Iterable[int]) -> dict[ReviewRef, int]:
    """The incident each linked member of these documents is in, by the member's review
    identity, which a re-extraction keeps.  When two members share an identity, the event
    claim linked first wins, then the report member."""
    found: dict[ReviewRef, int] = {}
    for batch in chunks(document_ids):
        for query in _member_queries(batch):
            for _, _, incident_id, document_id, sub_event_type, place_name in session.execute(query):
                found.setdefault(ReviewRef(document_id, sub_event_type, place_name), incident_id)
    return found


def _member_queries(documents: list[int] | None) -> tuple[Select, Select]:
    """Linked event claims, then placed report members, as rows of ``_SNAPSHOT``'s columns
    (those of ``event_claim_ref`` and ``report_ref``: payloads stay unread)."""
    claims = select(
        literal(0), IncidentLink.id, IncidentLink.incident_id, EventClaim.document_id, EventClaim.sub_event_type,
        EventClaim.place_name,
    ).join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
    reports = select(
        literal(1), IncidentReport.id, IncidentReport.incident_id, IncidentReport.document_id, literal(REPORT_TYPE),
        IncidentReport.place_name,
    ).where(IncidentReport.incident_id.is_not(None))
    if documents is not None:
        claims = claims.where(IncidentLink.document_id.in_(documents))
        reports = reports.where(IncidentReport.document_id.in_(documents))
    return claims.order_by(IncidentLink.id), reports.order_by(IncidentReport.id)


class KeptIncidents:
    """Old incidents held in memory: the few documents an incremental run or a review re-links."""

    def __init__(self, found: dict[ReviewRef, int]) -> None:
        self._found = found

    def of_documents(self, documents: Iterable[int]) -> dict[ReviewRef, int]:
        return self._found

    def highest(self) -> int:
        return max(self._found.values(), default=0)


_SNAPSHOT = Table(
    "fusion_previous_members",
    MetaData(),
    Column("kind", Integer, nullable=False),  # 0 an event claim's link, 1 a report member
    Column("position", Integer, nullable=False),  # the link's or report row's id: which came first
    Column("incident_id", Integer, nullable=False),
    Column("document_id", Integer, nullable=False),
    Column("sub_event_type", String),
    Column("place_name", String),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)
Index("fusion_previous_members_document", _SNAPSHOT.c.document_id)


class SnapshotIncidents:
    """Old incidents of every member, copied into a temporary table before a rebuild deletes
    them (one ``INSERT … SELECT`` per kind, nothing read into Python), read back a window's
    documents at a time.  ``close`` drops the table (PostgreSQL also drops it at commit)."""

    def __init__(self, session: Session) -> None:
        self._session = session
        _SNAPSHOT.create(session.connection())  # with its index on document_id
        for query in _member_queries(None):
            session.execute(insert(_SNAPSHOT).from_select([c.name for c in _SNAPSHOT.columns], query))

    def of_documents(self, documents: Iterable[int]) -> dict[ReviewRef, int]:
        found: dict[ReviewRef, int] = {}
        table = _SNAPSHOT.c
        for batch in chunks(sorted(set(documents))):
            query = (
                select(table.incident_id, table.document_id, table.sub_event_type, table.place_name)
                .where(table.document_id.in_(batch))
                .order_by(table.kind, table.position)
            )
            for incident_id, document_id, sub_event_type, place_name in self._session.execute(query):
                found.setdefault(ReviewRef(document_id, sub_event_type, place_name), incident_id)
        return found

    def highest(self) -> int:
        return self._session.scalar(select(func.max(_SNAPSHOT.c.incident_id))) or 0

    def close(self) -> None:
        _SNAPSHOT.drop(self._session.connection())
