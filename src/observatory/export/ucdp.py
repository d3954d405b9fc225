"""UCDP-GED-style CSV: one row per incident, in GED's column names (see the README, "Exports")."""

from __future__ import annotations

from observatory.export.records import ExportIncident
from observatory.export.sides import civilians_killed, sides
from observatory.fuse.store_io import DocInfo
from observatory.fuse.toll_rules import adds_to_deaths, counted

COLUMNS = (
    "id", "year", "type_of_violence", "side_a", "side_b", "deaths_a", "deaths_b", "deaths_civilians",
    "deaths_unknown", "low", "best", "high", "where_coordinates", "adm_1", "adm_2", "latitude", "longitude",
    "where_prec", "date_start", "date_end", "date_prec", "source_article", "source_office", "source_date",
    "source_headline", "number_of_sources", "country", "event_clarity",
)


def ucdp_row(record: ExportIncident) -> dict:
    incident, who = record.summary, sides(record)
    killed = {t.actor: counted(t.best, t.low) for t in record.tolls if adds_to_deaths(t)}
    deaths_a = killed.get(who.a, 0) if who.a else 0
    deaths_b = killed.get(who.b, 0) if who.b and who.b != "Civilians" else 0
    deaths_civilians = civilians_killed(record)
    best = counted(incident.deaths_best, incident.deaths_low)
    return {
        "id": incident.id,
        "year": incident.date_start.year if incident.date_start else "",
        "type_of_violence": who.type_of_violence,
        "side_a": who.a or "",
        "side_b": who.b or "",
        "deaths_a": deaths_a,
        "deaths_b": deaths_b,
        "deaths_civilians": deaths_civilians,
        "deaths_unknown": max(best - deaths_a - deaths_b - deaths_civilians, 0),
        "low": incident.deaths_low or 0,
        "best": best,
        "high": incident.deaths_high or 0,
        "where_coordinates": incident.place_name or "",
        "adm_1": record.units.admin1 or "",
        "adm_2": record.units.admin2 or "",
        "latitude": incident.lat if incident.lat is not None else "",
        "longitude": incident.lon if incident.lon is not None else "",
        "where_prec": incident.where_prec or "",
        "date_start": incident.date_start.isoformat() if incident.date_start else "",
        "date_end": incident.date_end.isoformat() if incident.date_end else "",
        "date_prec": record.date_precision or "",
        "source_article": ";".join(_article(doc) for doc in record.documents),
        "source_office": ";".join(doc.source or "" for doc in record.documents),
        "source_date": ";".join(doc.published.isoformat() if doc.published else "" for doc in record.documents),
        "source_headline": ";".join((doc.title or "").replace(";", ",") for doc in record.documents),
        "number_of_sources": len(record.documents),
        "country": record.country,
        "event_clarity": 2 if (record.date_precision or 1) >= 4 else 1,
    }


def _article(doc: DocInfo) -> str:
    """GED's quoted ``"outlet,date,headline"`` form."""
    return f'"{doc.source or ""},{doc.published or ""},{doc.title or ""}"'
