"""The map's GeoJSON is encoded feature by feature as rows are read, and kept per filter
only once it has been sent whole."""

from __future__ import annotations

import json
from collections.abc import Iterator

from test_web_support import Store, seeded_template, store  # noqa: F401

from observatory.export import geojson, jsonstream
from observatory.store.db import session_scope
from observatory.web.store_cache import StoreCache

PERIOD = {"date_from": "2017-09-01", "date_to": "2017-12-31"}


def _strike(number: int) -> dict:
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [36.52 + number / 100, 35.61 - number / 100]},
        "properties": {"id": number, "place_name": f"Tell Ruman {number}", "actors": ["Military Forces of Syria"],
                       "deaths_best": number % 6, "note": "shelling near the \"old\" mill"},
    }


def test_features_are_encoded_while_they_are_still_being_read(monkeypatch):
    monkeypatch.setattr(jsonstream, "CHUNK_BYTES", 300)
    read: list[int] = []

    def rows() -> Iterator[dict]:
        for number in range(1, 41):
            read.append(number)
            yield _strike(number)

    pieces = geojson.encoded_collection(rows(), lambda: {"truncated": len(read) == 40})
    first = next(pieces)
    assert 0 < len(read) < 40  # the first piece went out before the last row was read
    body = first + b"".join(pieces)
    whole = {"type": "FeatureCollection", "features": [_strike(n) for n in range(1, 41)], "truncated": True}
    assert body == json.dumps(whole, separators=(",", ":")).encode()


def test_an_empty_collection_without_other_members_is_valid_json():
    body = b"".join(geojson.encoded_collection(iter([]), dict))
    assert json.loads(body) == {"type": "FeatureCollection", "features": []}


def test_a_stream_cut_short_is_not_kept(engine):
    cache = StoreCache()
    with session_scope(engine) as session:
        stamp, missing = cache.lookup(session, ("map", "spring"))
        assert missing is None
        stream = cache.keep_stream(("map", "spring"), stamp, iter([b"[1,", b"2,", b"3]"]))
        assert next(stream) == b"[1,"
        stream.close()  # the client went away
        assert cache.lookup(session, ("map", "spring"))[1] is None
        assert b"".join(cache.keep_stream(("map", "spring"), stamp, iter([b"[1,", b"2]"]))) == b"[1,2]"
        assert cache.lookup(session, ("map", "spring"))[1] == b"[1,2]"


def test_the_map_data_is_streamed_once_then_sent_whole_from_the_cache(store: Store):  # noqa: F811
    def ask(limit: int):
        return store.client.get("/api/incidents/geojson", params={**PERIOD, "limit": limit},
                                headers=store.bearer("viewer"))

    streamed, cached = ask(2000), ask(2000)
    assert "content-length" not in streamed.headers  # a streamed body: its length was not known up front
    assert cached.headers["content-length"] == str(len(streamed.content))
    assert cached.content == streamed.content
    collection = streamed.json()
    assert collection["truncated"] is False and len(collection["features"]) >= 2
    newest = ask(1).json()
    assert newest["truncated"] is True and newest["features"] == collection["features"][:1]


def test_downloads_are_streamed_as_the_incidents_are_read(store: Store):  # noqa: F811
    viewer = store.bearer("viewer")
    geo = store.client.get("/api/export/incidents.geojson", params=PERIOD, headers=viewer)
    acled = store.client.get("/api/export/acled.csv", params=PERIOD, headers=viewer)
    for response in (geo, acled):
        assert response.status_code == 200 and "content-length" not in response.headers
        assert response.headers["content-disposition"].startswith("attachment;")
    incidents = [f for f in geo.json()["features"] if f["properties"]["kind"] == "incident"]
    rows = acled.text.splitlines()
    assert rows[0].startswith("event_id_cnty,") and len(incidents) >= 2 and len(rows) >= 2
