"""What every export needs about an incident, gathered in a few bulk queries.

Exports can cover the whole archive, so nothing here runs a query per incident and
nothing holds the whole archive: the incidents' ids are selected once (by date range and
``--where``), then the incidents, their tolls, claims, actors and reports are loaded a
chunk at a time and handed on before the next chunk is read.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from collections.abc import Iterator
from datetime import date

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.read_model import IncidentSummary, summary
from observatory.kb.gazetteer.boundaries import AdminUnits, admin_units, country_name
from observatory.fuse.store_io import DocInfo, chunks, document_info
from observatory.store.tables.core import EventClaim
from observatory.store.tables.fusion import Incident, IncidentCasualty, IncidentLink, IncidentReport, IncidentToll

# ACLED's ``inter`` codes for the eight actor types (taxonomy.md).
INTER_CODES = {
    "state_forces": 1,
    "rebel_group": 2,
    "political_militia": 3,
    "identity_militia": 4,
    "rioters": 5,
    "protesters": 6,
    "civilians": 7,
    "external_forces": 8,
}


@dataclass
class ExportIncident:
    summary: IncidentSummary
    admin2: str | None
    date_precision: int | None
    country_code: str | None = None  # the stored incident's (ISO), which its place's gazetteer row decided
    actor_types: dict[str, str] = field(default_factory=dict)  # name -> actor type, most cited first
    tolls: list[IncidentToll] = field(default_factory=list)
    documents: list[DocInfo] = field(default_factory=list)
    event_claim_ids: list[int] = field(default_factory=list)
    casualty_claim_ids: list[int] = field(default_factory=list)

    @property
    def units(self) -> AdminUnits:
        """Country, governorate and district from the incident's point (stored rows may
        predate the boundaries, or come from places whose gazetteer row had no admin1).  The
        stored country goes with the point: a border town's own country is kept where the
        simplified border line cuts it off (Kobani is not in Turkey)."""
        incident = self.summary
        return admin_units(incident.lat, incident.lon, self.country_code, incident.admin1, self.admin2)

    @property
    def country(self) -> str:
        """The country's name; an incident with no point is taken to be in Syria, the
        country every report is about."""
        return country_name(self.units.country) or "Syria"

    @property
    def organised_actors(self) -> list[str]:
        """Named armed actors (not civilians), most cited first."""
        return [name for name, kind in self.actor_types.items() if kind != "civilians"]


def where_clause(where: str):
    """``GOVERNORATE``, ``PLACE`` or ``GOVERNORATE/PLACE`` (any case) as a condition on incidents."""
    first, _, second = (part.strip().lower() for part in where.partition("/"))
    if second:
        return (func.lower(Incident.admin1) == first) & (func.lower(Incident.place_name) == second)
    return or_(func.lower(Incident.admin1) == first, func.lower(Incident.place_name) == first)


def _dated_and_placed(date_from: date | None, date_to: date | None, where: str | None) -> Select:
    query = select(Incident)
    if date_from:
        query = query.where(Incident.date_end >= date_from)
    if date_to:
        query = query.where(Incident.date_start <= date_to)
    if where:
        query = query.where(where_clause(where))
    return query


def load_incidents(
    session: Session, date_from: date | None = None, date_to: date | None = None, where: str | None = None,
    selection: Select | None = None,
) -> Iterator[ExportIncident]:
    """Incidents overlapping the date range (and place), oldest first, with all they rest on,
    yielded a chunk at a time.

    ``selection`` (a select of incidents, e.g. a web page's filters) is taken as it is,
    instead of the date range and place."""
    query = selection if selection is not None else _dated_and_placed(date_from, date_to, where)
    ordered = query.with_only_columns(Incident.id).order_by(Incident.date_start, Incident.id)
    for batch in chunks(session.scalars(ordered).all()):
        rows = {row.id: row for row in session.scalars(select(Incident).where(Incident.id.in_(batch)))}
        records = {i: ExportIncident(summary(rows[i]), rows[i].admin2, rows[i].date_precision, rows[i].country)
                   for i in batch}
        _add_tolls(session, records, batch)
        _add_claims(session, records, batch)
        yield from records.values()


def _add_tolls(session: Session, records: dict[int, ExportIncident], batch: list[int]) -> None:
    query = select(IncidentToll).where(IncidentToll.incident_id.in_(batch)).order_by(IncidentToll.id)
    for toll in session.scalars(query):
        records[toll.incident_id].tolls.append(toll)
    casualties = select(IncidentCasualty.incident_id, IncidentCasualty.casualty_claim_id).where(
        IncidentCasualty.incident_id.in_(batch)
    )
    for incident_id, claim_id in session.execute(casualties):
        records[incident_id].casualty_claim_ids.append(claim_id)


def _add_claims(session: Session, records: dict[int, ExportIncident], batch: list[int]) -> None:
    query = (
        select(IncidentLink.incident_id, EventClaim.id, EventClaim.document_id, EventClaim.actors)
        .join(EventClaim, EventClaim.id == IncidentLink.event_claim_id)
        .where(IncidentLink.incident_id.in_(batch))
        .order_by(EventClaim.id)
    )
    documents: dict[int, set[int]] = defaultdict(set)
    kinds: dict[int, dict[str, str]] = defaultdict(dict)
    for incident_id, claim_id, document_id, actors in session.execute(query):
        records[incident_id].event_claim_ids.append(claim_id)
        documents[incident_id].add(document_id)
        kinds[incident_id].update({actor["name"]: actor["type"] for actor in actors or []})
    members = select(IncidentReport.incident_id, IncidentReport.document_id).where(IncidentReport.incident_id.in_(batch))
    for incident_id, document_id in session.execute(members):  # event-less reports in the incident
        if incident_id is not None:
            documents[incident_id].add(document_id)
    for incident_id, named in kinds.items():
        order = records[incident_id].summary.actors  # most cited first
        records[incident_id].actor_types = {name: named[name] for name in order if name in named}
    infos = document_info(session, {d for ids in documents.values() for d in ids})
    for incident_id, ids in documents.items():
        records[incident_id].documents = sorted(
            (infos[d] for d in ids if d in infos), key=lambda info: (info.published or date.max, info.id)
        )
