"""Where fusion's members were before it unlinked them: the incident ids clusters take back.

Incident ids are for life (``fuse.incidents``): before members are unlinked, fusion notes
the incident each was in, and a new cluster takes back its oldest member's id.  A member is
known by its event claim's row id while that claim lives (a rebuild, a review decision) and
by its review identity across a re-extraction, which gives claims new ids.  The identity
alone is not enough: one report telling two clashes at one town on two days gives two
claims one identity, in two incidents, and a rebuild that read both as the first's would
give the second's incident a new id (``OldIncidents``).  An
incremental run or a review decision touches a few documents, so their old incidents fit
in a dict (``KeptIncidents``).  A rebuild deletes every incident first, and a dict of every
member of the archive would grow with it; there the notes go into a temporary table of the
store (``SnapshotIncidents``) and each window reads only its own members' rows, so memory
stays bounded by the busiest window.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from sqlalchemy import Column, Index, Integer, MetaData, Select, String, Table, func, insert, literal, null, select
from sqlalchemy.orm import Session

from observatory.fuse.features import REPORT_TYPE, EventFeatures, ReviewRef
from observatory.fuse.store_io import chunks
from observatory.store.tables.core import EventClaim
from observatory.store.tables.fusion import IncidentLink, IncidentReport


@dataclass
class OldIncidents:
    """The incident each member was in: by event claim row id, else by review identity."""

    claims: dict[int, tuple[ReviewRef, int]] = field(default_factory=dict)  # claim id -> (its identity, incident)
    refs: dict[ReviewRef, int] = field(default_factory=dict)  # identity -> incident of its first linked member

    def note(self, claim_id: int | None, ref: ReviewRef, incident_id: int) -> None:
        if claim_id is not None:
            self.claims.setdefault(claim_id, (ref, incident_id))
        self.refs.setdefault(ref, incident_id)

    def of(self, item: EventFeatures) -> int | None:
        """The member's old incident: its own claim's when that claim was linked, else its identity's."""
        if not item.is_report and item.key in self.claims:
            return self.claims[item.key][1]
        return self.refs.get(item.ref) if item.ref is not None else None

    def returning(self, refs: Mapping[ReviewRef, int]) -> OldIncidents:
        """These members sent back to other incidents (a reverted merge: the absorbed ones to
        the incident they came from), whatever their claims were in."""
        claims = {key: value for key, value in self.claims.items() if value[0] not in refs}
        return OldIncidents(claims, {**self.refs, **refs})

    def highest(self) -> int:
        return max([*self.refs.values(), *(incident for _, incident in self.claims.values())], default=0)


class PreviousIncidents(Protocol):
    """The incident each member was in before this fusion run unlinked it."""

    def of_documents(self, documents: Iterable[int]) -> OldIncidents:
        """Member identity -> old incident id, for the members of these documents (at least)."""
        ...

    def highest(self) -> int:
        """The largest old incident id (0 when there is none): new ids start above it."""
        ...


def member_incidents(session: Session, document_ids: Iterable[int]) -> OldIncidents:
    """The incident each linked member of these documents is in, by its claim and by its
    review identity, which a re-extraction keeps.  When two members share an identity, the
    event claim linked first answers for it, then the report member."""
    found = OldIncidents()
    for batch in chunks(document_ids):
        for query in _member_queries(batch):
            for _, _, claim_id, incident_id, document_id, sub_event_type, place_name in session.execute(query):
                found.note(claim_id, ReviewRef(document_id, sub_event_type, place_name), incident_id)
    return found


def _member_queries(documents: list[int] | None) -> tuple[Select, Select]:
    """Linked event claims, then placed report members, as rows of ``_SNAPSHOT``'s columns
    (those of ``event_claim_ref`` and ``report_ref``: payloads stay unread)."""
    claims = select(
        literal(0), IncidentLink.id, IncidentLink.event_claim_id, IncidentLink.incident_id, EventClaim.document_id, EventClaim.sub_event_type,
        EventClaim.place_name,
    ).join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
    reports = select(
        literal(1), IncidentReport.id, null(), IncidentReport.incident_id, IncidentReport.document_id, literal(REPORT_TYPE),
        IncidentReport.place_name,
    ).where(IncidentReport.incident_id.is_not(None))
    if documents is not None:
        claims = claims.where(IncidentLink.document_id.in_(documents))
        reports = reports.where(IncidentReport.document_id.in_(documents))
    return claims.order_by(IncidentLink.id), reports.order_by(IncidentReport.id)


class KeptIncidents:
    """Old incidents held in memory: the few documents an incremental run or a review re-links."""

    def __init__(self, found: OldIncidents) -> None:
        self._found = found

    def of_documents(self, documents: Iterable[int]) -> OldIncidents:
        return self._found

    def highest(self) -> int:
        return self._found.highest()


_SNAPSHOT = Table(
    "fusion_previous_members",
    MetaData(),
    Column("kind", Integer, nullable=False),  # 0 an event claim's link, 1 a report member
    Column("position", Integer, nullable=False),  # the link's or report row's id: which came first
    Column("claim_id", Integer),  # the linked event claim (none for a report member)
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

    def of_documents(self, documents: Iterable[int]) -> OldIncidents:
        found = OldIncidents()
        table = _SNAPSHOT.c
        for batch in chunks(sorted(set(documents))):
            query = (
                select(table.claim_id, table.incident_id, table.document_id, table.sub_event_type, table.place_name)
                .where(table.document_id.in_(batch))
                .order_by(table.kind, table.position)
            )
            for claim_id, incident_id, document_id, sub_event_type, place_name in self._session.execute(query):
                found.note(claim_id, ReviewRef(document_id, sub_event_type, place_name), incident_id)
        return found

    def highest(self) -> int:
        return self._session.scalar(select(func.max(_SNAPSHOT.c.incident_id))) or 0

    def close(self) -> None:
        _SNAPSHOT.drop(self._session.connection())
