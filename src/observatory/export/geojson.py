"""GeoJSON of incidents and control states (features without coordinates are left out)."""

from __future__ import annotations

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


def feature_collection(records: list[ExportIncident], states: list[ControlState]) -> dict:
    features = [incident_feature(record) for record in records] + [control_feature(state) for state in states]
    return {"type": "FeatureCollection", "features": [feature for feature in features if feature is not None]}
