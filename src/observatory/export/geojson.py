"""GeoJSON of incidents and control states (features without coordinates are left out)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator

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


CHUNK_BYTES = 64 * 1024
"""Encoded features are sent in pieces of about this size: one piece per feature would
cost the server a write (and a hop to its thread pool) per feature."""


def encoded_collection(features: Iterable[dict], members: Callable[[], dict]) -> Iterator[bytes]:
    """A FeatureCollection as compact JSON, encoded one feature at a time as ``features``
    yields them (a streamed response: the collection never exists as one object).

    ``members()`` gives the collection's other members, asked once every feature is
    written (a flag such as ``truncated`` depends on how many there were); they follow
    ``features``, as ``json.dumps`` of the whole dict in that key order writes them."""
    piece = [b'{"type":"FeatureCollection","features":[']
    size, separator = 0, b""
    for feature in features:
        encoded = separator + _compact(feature)
        piece.append(encoded)
        size, separator = size + len(encoded), b","
        if size >= CHUNK_BYTES:
            yield b"".join(piece)
            piece, size = [], 0
    rest = _compact(members())
    piece.append(b"]" + (b"," + rest[1:] if rest != b"{}" else b"}"))
    yield b"".join(piece)


def _compact(value: dict) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode()
