"""Keep each incident's tolls and denormalised summary columns in step with its claims.

List pages, filters and exports read only the ``incidents`` row, so whenever fusion
changes an incident's members or tolls this module recomputes: the dates given by the
most precise reports, the sub-event type most reports give, the most precise place,
the actors by how often they are named, the outlets, the deaths (``toll_rules``), and
the review flag and hand-set fields from the review log.  Report members (event-less
reports) count as sources and lend their place and stated date; they name no type, so
an incident only they make up is of type ``Report``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from observatory.fuse.features import REPORT_TYPE, ReviewRef, stated_range
from observatory.fuse.reports import report_ref
from observatory.fuse.review import ReviewState, casualty_claim_ref, corrected, event_claim_ref
from observatory.fuse.store_io import DocInfo, chunks, document_info
from observatory.fuse.stored_reports import row_facts
from observatory.kb.gazetteer.boundaries import admin_units
from observatory.fuse.toll_rules import SideToll, TollClaim, incident_deaths, side_tolls
from observatory.models import Event, Place
from observatory.store.tables.core import CasualtyClaimRow, EventClaim
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport, IncidentToll

# Summary fields a reviewer may set by hand on an incident ("correct" decisions).
EDITABLE = frozenset(
    {"event_type", "sub_event_type", "place_name", "lat", "lon", "where_prec", "admin1", "admin2",
     "date_start", "date_end", "deaths_low", "deaths_best", "deaths_high", "title"}
)
_CASUALTY_FIELDS = ("status", "actor", "category", "value", "low", "high", "qualifier", "scope", "parent")


@dataclass(frozen=True)
class Member:
    """One report's part in an incident: an event claim, or a whole event-less report."""

    document_id: int
    order: int  # claim (or report row) id: ties among reports of one day
    ref: ReviewRef
    info: DocInfo | None
    event: Event | None  # with reviewers' corrections applied; None for a report member
    place: Place | None
    claimed: tuple[date, date, int] | None  # (start, end, precision) as the report states it
    text: str  # the evidence (a report member's wording)


def event_member(claim: EventClaim, info: DocInfo | None, state: ReviewState) -> Member:
    event = Event.model_validate(corrected(claim.payload, state.corrections.get(event_claim_ref(claim))))
    return Member(
        claim.document_id, claim.id, event_claim_ref(claim), info, event, event.location, _claimed_range(event),
        " ".join(span.text for span in event.evidence).strip(),
    )


def report_member(row: IncidentReport, info: DocInfo | None) -> Member:
    facts = row_facts(row)
    claimed = None
    if row.date_start is not None:
        claimed = (row.date_start, row.date_end or row.date_start, row.date_precision or 5)
    ref = report_ref(row.document_id, facts.place.name if facts.place else None)
    return Member(row.document_id, row.id, ref, info, None, facts.place, claimed, facts.wording)


def refresh_incidents(session: Session, incident_ids: Iterable[int], state: ReviewState) -> None:
    """Recompute tolls and summaries of these incidents; delete those left without claims."""
    for batch in chunks(sorted(set(incident_ids))):
        members = _members(session, batch, state)
        casualties = _casualties(session, batch, state)
        stale = delete(IncidentToll).where(IncidentToll.incident_id.in_(batch))
        session.execute(stale.execution_options(synchronize_session=False))
        for incident in session.scalars(select(Incident).where(Incident.id.in_(batch))):
            if not members.get(incident.id):
                session.delete(incident)
                continue
            tolls = side_tolls(casualties.get(incident.id, []))
            _summarise(incident, members[incident.id], tolls, state)
            _store_tolls(session, incident, tolls)  # after the summary: tolls carry its dates
    session.flush()


def _members(session: Session, ids: list[int], state: ReviewState) -> dict[int, list[Member]]:
    rows = list(
        session.execute(
            select(IncidentLink.incident_id, EventClaim)
            .join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
            .where(IncidentLink.incident_id.in_(ids))
        )
    )
    reports = list(session.scalars(select(IncidentReport).where(IncidentReport.incident_id.in_(ids))))
    infos = document_info(session, {claim.document_id for _, claim in rows} | {row.document_id for row in reports})
    members: dict[int, list[Member]] = defaultdict(list)
    for incident_id, claim in rows:
        members[incident_id].append(event_member(claim, infos.get(claim.document_id), state))
    for row in reports:
        if row.incident_id is not None:
            members[row.incident_id].append(report_member(row, infos.get(row.document_id)))
    return members


def _casualties(session: Session, ids: list[int], state: ReviewState) -> dict[int, list[TollClaim]]:
    rows = list(
        session.execute(
            select(IncidentCasualty.incident_id, IncidentCasualty.via, CasualtyClaimRow)
            .join(CasualtyClaimRow, CasualtyClaimRow.id == IncidentCasualty.casualty_claim_id)
            .where(IncidentCasualty.incident_id.in_(ids))
        )
    )
    infos = document_info(session, {claim.document_id for _, _, claim in rows})
    claims: dict[int, list[TollClaim]] = defaultdict(list)
    for incident_id, via, row in rows:
        ref = casualty_claim_ref(row)
        if ref in state.rejected:
            continue
        info = infos.get(row.document_id)
        claims[incident_id].append(
            toll_claim(row, via, info.published if info else None, state.corrections.get(ref),
                       source=info.source if info else None)
        )
    return claims


def toll_claim(
    row: CasualtyClaimRow, via: str, published: date | None, overrides: dict | None, source: str | None = None,
) -> TollClaim:
    """The toll view of a stored casualty claim, with a reviewer's corrections (``updates``:
    the claim's stored flag, its sentence tells it as an update of an earlier toll)."""
    claim = TollClaim(
        id=row.id, document=row.document_id, published=published, local_id=row.local_id,
        period_start=row.period_start, period_end=row.period_end, via=via, source=source, updates=row.is_update,
        status=row.status, actor=row.actor, category=row.category, value=row.value,
        low=row.low, high=row.high, qualifier=row.qualifier, scope=row.scope, parent=row.parent_local_id,
    )
    return replace(claim, **{k: v for k, v in (overrides or {}).items() if k in _CASUALTY_FIELDS})


def _store_tolls(session: Session, incident: Incident, tolls: list[SideToll]) -> None:
    for toll in tolls:
        session.add(
            IncidentToll(
                incident_id=incident.id, status=toll.status, actor=toll.actor, category=toll.category,
                subset_of="/".join(str(part) for part in toll.subset_of[1:]) if toll.subset_of else None,
                low=toll.low, best=toll.best, high=toll.high, n_sources=toll.n_sources,
                claim_ids=list(toll.claim_ids), document_ids=list(toll.document_ids),
                aggregate=toll.aggregate, date_start=incident.date_start, date_end=incident.date_end,
            )
        )


def _summarise(incident: Incident, members: list[Member], tolls: list[SideToll], state: ReviewState) -> None:
    members = sorted(members, key=lambda m: ((m.info.published if m.info else None) or date.max, m.order))
    events = [m.event for m in members if m.event is not None]
    _set_dates(incident, members)
    _set_type(incident, events)
    _set_place(incident, members)
    actors = Counter(actor.name for event in events for actor in event.actors)
    incident.actors = [name for name, _ in sorted(actors.items(), key=lambda item: (-item[1], item[0]))]
    incident.actors_key = "|" + "|".join(incident.actors) + "|" if incident.actors else ""
    sources = sorted({m.info.source for m in members if m.info and m.info.source})
    incident.sources_key = "|" + "|".join(sources) + "|" if sources else ""
    incident.n_sources = len({m.document_id for m in members})
    incident.n_claims = len(members)
    incident.title = _title(members[0])
    incident.deaths_low, incident.deaths_best, incident.deaths_high = incident_deaths(tolls)
    reviewed, overrides = state.incident_overrides(m.ref for m in members)
    incident.reviewed = reviewed
    for name, value in overrides.items():
        if name in EDITABLE:
            setattr(incident, name, date.fromisoformat(value) if name.startswith("date_") and value else value)


def _set_dates(incident: Incident, members: list[Member]) -> None:
    """The range the most precise reports give (others often date by publication)."""
    dated = [m.claimed for m in members if m.claimed is not None]
    if not dated:
        published = [m.info.published for m in members if m.info and m.info.published]
        incident.date_start = incident.date_end = min(published) if published else None
        incident.date_precision = 2 if published else None
        return
    precision = min(r[2] for r in dated)
    precise = [r for r in dated if r[2] == precision]
    incident.date_start = min(r[0] for r in precise)
    incident.date_end = max(r[1] for r in precise)
    incident.date_precision = precision


def _claimed_range(event: Event) -> tuple[date, date, int] | None:
    """(start, end, precision) as the report states it; None when it gives no date."""
    stated = stated_range(event.date)
    return None if stated is None else (stated[0], stated[1], stated[2] or 5)


def _set_type(incident: Incident, events: list[Event]) -> None:
    """The sub-event type most event claims give (``Report`` when only report members)."""
    if not events:
        incident.event_type = incident.sub_event_type = REPORT_TYPE
        return
    sub_type = Counter(event.sub_event_type for event in events).most_common(1)[0][0]
    incident.sub_event_type = sub_type
    incident.event_type = next(event.event_type for event in events if event.sub_event_type == sub_type)


def _set_place(incident: Incident, members: list[Member]) -> None:
    """The most precise place any report gives, preferring one with coordinates."""
    placed = [m.place for m in members if m.place is not None]
    if not placed:
        return
    names = Counter(place.name for place in placed)
    place = min(placed, key=lambda p: (p.precision or 9, p.lat is None, -names[p.name]))
    incident.place_name, incident.place_id = place.name, place.gazetteer_id
    incident.lat, incident.lon, incident.where_prec = place.lat, place.lon, place.precision
    units = admin_units(place.lat, place.lon, place.country, place.admin1, place.admin2)
    if place.feature in ("admin1", "country"):  # a governorate's point is its capital: keep its own units
        incident.admin1, incident.admin2, incident.country = place.admin1, place.admin2, place.country
    else:
        incident.admin1, incident.admin2, incident.country = units.admin1, units.admin2, units.country


def _title(member: Member) -> str:
    """The first report's title, else the event's evidence sentence."""
    if member.info and member.info.title:
        return member.info.title[:300]
    return member.text[:300]
