"""Serving a team: cached dashboard parts and map data follow the store, and
``observatory serve --workers 2`` shares logins and CSRF tokens across its processes."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import httpx
from test_web_support import PASSWORD, Store, add_report, log_in, seeded_template, store  # noqa: F401

PERIOD = {"date_from": "2017-09-01", "date_to": "2017-12-31"}
PENDING = re.compile(r'id="pending-total">(\d+)<')
NEW_RAID = ("Rocket fire hit the village of Kafr Nabudah in northern Hama on Thursday, killing 7 farmers "
            "and wounding 3 others, local medics said.")


def _pending_on_dashboard(store: Store) -> int:
    match = PENDING.search(store.client.get("/", params=PERIOD).text)
    assert match, "the dashboard shows no pending count"
    return int(match.group(1))


def _map_ids(store: Store) -> list[int]:
    geo = store.client.get("/api/incidents/geojson", params=PERIOD, headers=store.bearer("viewer")).json()
    return [feature["properties"]["id"] for feature in geo["features"]]


def test_the_cached_dashboard_changes_after_a_decision_and_after_a_new_run(store: Store):
    log_in(store.client, "viewer")
    before = _pending_on_dashboard(store)
    assert _pending_on_dashboard(store) == before  # a second view (from the cache) agrees
    first = store.client.get("/api/review/queue", params=PERIOD, headers=store.bearer("viewer")).json()["items"][0]
    accepted = store.client.post(f"/api/claims/{first['kind']}/{first['id']}/review", json={"action": "accept"},
                                 headers=store.bearer("reviewer"))
    assert accepted.status_code == 200, accepted.text
    after_decision = _pending_on_dashboard(store)
    assert after_decision == before - 1
    add_report(store.engine, NEW_RAID, "Rockets on a Hama village", date(2017, 11, 9))
    assert _pending_on_dashboard(store) > after_decision


def test_the_cached_map_data_changes_after_a_merge_and_after_a_new_run(store: Store):
    ids = _map_ids(store)
    assert len(ids) >= 2 and _map_ids(store) == ids
    merged = store.client.post(f"/api/incidents/{ids[0]}/review", json={"action": "merge", "into": ids[1]},
                               headers=store.bearer("reviewer"))
    assert merged.status_code == 200, merged.text
    after_merge = _map_ids(store)
    assert ids[0] not in after_merge and ids[1] in after_merge
    add_report(store.engine, NEW_RAID, "Rockets on a Hama village", date(2017, 11, 9))
    assert len(_map_ids(store)) == len(after_merge) + 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_up(port: int, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, server.stderr.read() if server.stderr else "serve exited"
        try:
            if httpx.get(f"http://127.0.0.1:{port}/login", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.3)
    raise AssertionError("serve --workers 2 did not answer in time")


def _csrf(client: httpx.Client, path: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert match, f"no CSRF field on {path}"
    return match.group(1)


def test_two_workers_share_logins_sessions_and_csrf(tmp_path: Path, seeded_template):  # noqa: F811
    db = tmp_path / "team.db"
    db.write_bytes(seeded_template.path.read_bytes())
    env = {**os.environ, "OBSERVATORY_HOME": str(tmp_path / "home")}
    env.pop("OBSERVATORY_SECRET_KEY", None)
    port = _free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("observatory")), "serve", "--workers", "2", "--port", str(port), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        _wait_until_up(port, server)
        base = f"http://127.0.0.1:{port}"
        # a fresh connection per request (no keep-alive), so the two processes take turns accepting
        with httpx.Client(base_url=base, limits=httpx.Limits(max_keepalive_connections=0)) as browser:
            token = _csrf(browser, "/login")
            logged_in = browser.post("/login", data={"name": "reviewer", "password": PASSWORD,
                                                     "csrf_token": token, "next": "/"})
            assert logged_in.status_code == 303, logged_in.text
            for _ in range(12):
                assert browser.get("/api/me").json()["name"] == "reviewer"
            csrf = _csrf(browser, "/")
            assert browser.post("/logout", data={"csrf_token": "forged"}).status_code == 403
            assert browser.get("/api/me").status_code == 200
            assert browser.post("/logout", data={"csrf_token": csrf}).status_code == 303
            for _ in range(6):
                assert browser.get("/api/me").status_code == 401
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "2 workers" in (server.stderr.read() if server.stderr else "")
