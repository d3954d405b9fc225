"""GeoJSON of incidents and control states (features without coordinates are left out)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from itertools import chain

from observatory.export.jsonstream import bytes_in_chunks, object_pieces
from observatory.export.records import ExportIncident
from observatory.fuse.control import ControlState


def incident_feature(record: ExportIncident) -> dict | None:
    incident = record.summary
    if incident.lat is None or incident.lon is None:
        return None
    properties = {"kind": "incident", **incident.model_dump(mode="json", exclude={"lat", "lon"})}
    units = record.units
    properties.update(country=record.country, admin1=units.admin1, admin2=units.admin2)
    properties["sources"] = sorted({doc.source for doc in record.documents if doc.source})
    return {"type": "Feature", "geometry": _point(incident.lon, incident.lat), "properties": properties}


def control_feature(state: ControlState) -> dict | None:
    if state.lat is None or state.lon is None:
        return None
    properties = {"kind": "control", **state.model_dump(mode="json", exclude={"lat", "lon"})}
    return {"type": "Feature", "geometry": _point(state.lon, state.lat), "properties": properties}


def _point(lon: float, lat: float) -> dict:
    return {"type": "Point", "coordinates": [round(lon, 6), round(lat, 6)]}


def collection_pieces(records: Iterable[ExportIncident], states: Iterable[ControlState]) -> Iterator[str]:
    """The export's FeatureCollection as JSON text, one feature per piece as records come."""
    features = chain((incident_feature(record) for record in records), (control_feature(state) for state in states))
    return object_pieces({"type": "FeatureCollection", "features": (f for f in features if f is not None)})


def encoded_collection(features: Iterable[dict], members: Callable[[], dict]) -> Iterator[bytes]:
    """A FeatureCollection as compact UTF-8 JSON, encoded one feature at a time as ``features``
    yields them, then ``members()`` (asked once every feature is written)."""
    return bytes_in_chunks(object_pieces({"type": "FeatureCollection", "features": iter(features)}, members))
