"""Incidents that came close to one incident but were not linked to it.

A reviewer looking for duplicates finds them among the incidents of the same days and
governorate whose claims score just under the link threshold.  Each candidate is scored
as fusion would merge two groups (``Clusterer.linkage``: the mean score over every pair
of their claims, any pair ruled out vetoing it), so the page shows exactly how far a
merge was from happening, with the closest pair's reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from observatory.fuse.clustering import Clusterer
from observatory.fuse.incidents import incident_members
from observatory.fuse.matching import DATE_SLACK_DAYS, LINK_THRESHOLD
from observatory.fuse.review import load_state
from observatory.store.tables.fusion import Incident

# Below this a candidate is no near miss, just another incident of the day; a share of the
# threshold, so a refit of the weights that moves every score keeps the same proportion.
NEAR_MISS_FLOOR = LINK_THRESHOLD / 10
MAX_NEAR_MISSES = 5
MAX_COMPARED = 200  # incidents of one governorate and a few days: bounded work per page view


@dataclass(frozen=True)
class NearMiss:
    incident_id: int
    title: str | None
    sub_event_type: str
    place_name: str | None
    date_start: object
    deaths_best: int | None
    score: float
    reasons: dict


def near_misses(session: Session, incident_id: int, limit: int = MAX_NEAR_MISSES) -> list[NearMiss]:
    """The incidents nearest to being merged with this one, best first."""
    incident = session.get(Incident, incident_id)
    if incident is None or incident.date_start is None:
        return []
    candidates = _same_days_and_area(session, incident)
    if not candidates:
        return []
    state = load_state(session)
    members = incident_members(session, [incident_id, *(row.id for row in candidates)], state)
    own = members.get(incident_id, [])
    clusterer = Clusterer(state.constraints)
    found = []
    for row in candidates:
        link = clusterer.linkage(own, members.get(row.id, [])) if own else None
        if link is not None and link.score >= NEAR_MISS_FLOOR:
            found.append(NearMiss(row.id, row.title, row.sub_event_type, row.place_name, row.date_start,
                                  row.deaths_best, link.score, link.reasons))
    return sorted(found, key=lambda miss: -miss.score)[:limit]


def _same_days_and_area(session: Session, incident: Incident) -> list[Incident]:
    """Other incidents within the date slack, in the same governorate (or with none known)."""
    if incident.date_start is None:
        return []  # an undated incident has no days to be near
    low = incident.date_start - timedelta(days=DATE_SLACK_DAYS)
    high = (incident.date_end or incident.date_start) + timedelta(days=DATE_SLACK_DAYS)
    query = select(Incident).where(
        Incident.id != incident.id, Incident.date_start <= high, Incident.date_end >= low
    )
    if incident.admin1 is not None:
        query = query.where(or_(Incident.admin1 == incident.admin1, Incident.admin1.is_(None)))
    return list(session.scalars(query.order_by(Incident.id).limit(MAX_COMPARED)))
