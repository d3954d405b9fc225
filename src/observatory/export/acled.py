"""ACLED-style CSV: one row per incident, in ACLED's column names (see the README, "Exports")."""

from __future__ import annotations

from observatory.export.records import INTER_CODES, ExportIncident
from observatory.export.sides import sides
from observatory.fuse.toll_rules import counted

COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities",
)
# UCDP date_prec (1 day … 5 more than a month) -> ACLED time_precision (1 day, 2 week, 3 month).
TIME_PRECISION = {1: 1, 2: 2, 3: 2, 4: 3, 5: 3}
# UCDP where_prec -> ACLED geo_precision (1 the place, 2 near it / part of a region, 3 larger area).
GEO_PRECISION = {1: 1, 2: 2}


def acled_row(record: ExportIncident) -> dict:
    incident, who, units = record.summary, sides(record), record.units
    inter1 = INTER_CODES.get(who.a_type or "", 0) if who.a else 0
    inter2 = INTER_CODES.get(who.b_type or "", 0) if who.b else 0
    sources = sorted({doc.source for doc in record.documents if doc.source})
    return {
        "event_id_cnty": f"SYR{incident.id}",
        "event_date": incident.date_start.isoformat() if incident.date_start else "",
        "year": incident.date_start.year if incident.date_start else "",
        "time_precision": TIME_PRECISION.get(record.date_precision or 1, 3),
        "event_type": incident.event_type,
        "sub_event_type": incident.sub_event_type,
        "actor1": who.a or "",
        "assoc_actor_1": "; ".join(who.assoc_a),
        "inter1": inter1 or "",
        "actor2": who.b or "",
        "assoc_actor_2": "; ".join(who.assoc_b),
        "inter2": inter2 or "",
        "interaction": _interaction(inter1, inter2),
        "country": record.country,
        "admin1": units.admin1 or "",
        "admin2": units.admin2 or "",
        "admin3": "",
        "location": incident.place_name or "",
        "latitude": incident.lat if incident.lat is not None else "",
        "longitude": incident.lon if incident.lon is not None else "",
        "geo_precision": GEO_PRECISION.get(incident.where_prec or 3, 3),
        "source": "; ".join(sources),
        "source_scale": "Other",
        "notes": _notes(record),
        "fatalities": counted(incident.deaths_best, incident.deaths_low),
    }


def _interaction(inter1: int, inter2: int) -> int | str:
    """ACLED's two-digit code: the lower inter code first (10 x inter1 when alone)."""
    if not inter1 and not inter2:
        return ""
    codes = sorted(code for code in (inter1, inter2) if code)
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _notes(record: ExportIncident) -> str:
    incident = record.summary
    reports = len(record.documents)
    deaths = ""
    if incident.deaths_best is not None:
        deaths = f" Deaths low/best/high: {incident.deaths_low}/{incident.deaths_best}/{incident.deaths_high}."
    return f"{incident.title or ''} [Observatory incident {incident.id}; {reports} report(s).{deaths}]".strip()
