"""Where an incident id that fusion made disappear now lives.

Incident ids are cited by exports, URLs, API clients and reviewers' notes.  A run that
merges two stored incidents (``fuse.neighbourhood``), a reviewer's merge applied by
fusion, and a rebuild that regroups members all delete ids; each time, fusion notes where
every member of the deleted incident went (``Moves``) and, once its incidents are written,
stores one ``IncidentRedirect`` row per incident the old id's members now sit in.  One
mechanism for every cause: the web app and the API read it through ``where_now``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from observatory.fuse.store_io import chunks
from observatory.store.tables.fusion import Incident, IncidentRedirect


@dataclass
class Moves:
    """Old incident id -> the incidents its members were linked to by this fusion run."""

    cause: str  # run | rebuild | review
    decision_id: int | None = None  # the review decision being applied
    into: dict[int, set[int]] = field(default_factory=lambda: defaultdict(set))

    def note(self, old: int | None, new: int) -> None:
        if old is not None and old != new:  # a member that stayed keeps its incident's id alive
            self.into[old].add(new)

    def record(self, session: Session) -> int:
        """Store the redirects of the moved-from ids that no longer exist; returns how many ids.

        An id that disappeared before (and came back, as a reverted merge brings it back)
        loses its older rows: the latest disappearance says where it lives now.
        """
        gone = self._gone(session)
        rows = [{"incident_id": old, "into_id": new, "cause": self.cause, "decision_id": self.decision_id}
                for old in sorted(gone) for new in sorted(self.into[old])]
        for batch in chunks(sorted(gone)):
            session.execute(delete(IncidentRedirect).where(IncidentRedirect.incident_id.in_(batch)))
        if rows:
            session.execute(insert(IncidentRedirect), rows)
        return len(gone)

    def _gone(self, session: Session) -> set[int]:
        old_ids = sorted(self.into)
        existing: set[int] = set()
        for batch in chunks(old_ids):
            existing |= set(session.scalars(select(Incident.id).where(Incident.id.in_(batch))))
        return set(old_ids) - existing


def where_now(session: Session, incident_id: int) -> list[int]:
    """The incidents an id that no longer exists now lives in, following later moves of
    those too (B absorbed A, then C absorbed B: A is in C).  Empty when the id exists or
    never moved; several when its members went to several incidents (a split).  Each id
    is followed once, so a cycle of redirects cannot loop."""
    if session.get(Incident, incident_id) is not None:
        return []
    found: list[int] = []
    seen: set[int] = set()
    frontier = [incident_id]
    while frontier:
        current = frontier.pop(0)
        if current in seen:
            continue
        seen.add(current)
        if current != incident_id and session.get(Incident, current) is not None:
            found.append(current)
            continue
        frontier += session.scalars(select(IncidentRedirect.into_id).where(IncidentRedirect.incident_id == current)
                                    .order_by(IncidentRedirect.into_id))
    return sorted(set(found))


def highest_redirected(session: Session) -> int:
    """The largest id that ever disappeared: SQLite must not hand it to a new incident."""
    return session.scalar(select(func.max(IncidentRedirect.incident_id))) or 0
