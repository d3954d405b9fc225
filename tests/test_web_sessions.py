"""Sessions that end, login guessing that stops, and the headers every response carries
(SQLite, and PostgreSQL when configured)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from test_web_support import PASSWORD, Store, csrf_of, log_in, seeded_template, store, web_client  # noqa: F401

from observatory.commands.web import is_loopback
from observatory.store.db import session_scope
from observatory.store.tables.web import WebSession
from observatory.web.accounts import LoginLimits
from observatory.web.app import create_app
from observatory.web.security import content_security_policy


def _cookie(store: Store) -> str:
    return store.client.cookies.get("observatory_session")


def _first_incident(store: Store) -> int:
    return store.client.get("/api/incidents", headers=store.bearer("viewer")).json()["items"][0]["id"]


def _fail_login(store: Store, name: str, password: str = "not the passphrase") -> int:
    token = csrf_of(store.client)
    return store.client.post("/login", data={"name": name, "password": password, "csrf_token": token}).status_code


def test_a_cookie_replayed_after_logout_reads_nothing_and_changes_nothing(store: Store):
    csrf = log_in(store.client, "reviewer")
    stolen = _cookie(store)
    assert store.client.get("/api/me").json()["name"] == "reviewer"
    store.client.post("/logout", data={"csrf_token": csrf}, follow_redirects=False)
    store.client.cookies.set("observatory_session", stolen)  # an attacker kept a copy of the cookie
    assert store.client.get("/api/me").status_code == 401
    incident_id = _first_incident(store)
    replayed = store.client.post(f"/api/incidents/{incident_id}/review", json={"action": "accept"},
                                 headers={"X-CSRF-Token": csrf})
    assert replayed.status_code == 401
    page = store.client.get("/incidents", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert store.client.get("/api/decisions", headers=store.bearer("viewer")).json()["total"] == 0


def test_changing_a_password_ends_the_other_sessions_but_not_this_one(store: Store):
    log_in(store.client, "viewer")
    other_browser = _cookie(store)
    with web_client(store.engine) as laptop:
        laptop_csrf = log_in(laptop, "viewer")
        changed = laptop.post("/account/password", data={"current": PASSWORD, "new": "cedar ridge 2031",
                                                          "csrf_token": laptop_csrf}, follow_redirects=False)
        assert changed.status_code == 303
        assert laptop.get("/api/me").status_code == 200
    store.client.cookies.set("observatory_session", other_browser)
    assert store.client.get("/api/me").status_code == 401
    assert _fail_login(store, "viewer", PASSWORD) == 401  # the old password is gone


def test_an_admin_ends_a_users_sessions_and_can_disable_the_account(store: Store):
    log_in(store.client, "reviewer")
    assert store.client.get("/api/me").status_code == 200
    with web_client(store.engine) as admin:
        ended = admin.post("/api/users/reviewer/logout", json={"reason": "lost laptop"},
                           headers=store.bearer("admin"))
        assert ended.status_code == 200 and ended.json()["live_sessions"] == 0
    assert store.client.get("/api/me").status_code == 401
    disabled = store.client.post("/api/users/reviewer/disable", json={"reason": "left the team"},
                                 headers=store.bearer("admin"))
    assert disabled.status_code == 200 and disabled.json()["disabled"] is True
    assert store.client.get("/api/me", headers=store.bearer("reviewer")).status_code == 401
    assert _fail_login(store, "reviewer", PASSWORD) == 401
    store.client.post("/api/users/reviewer/enable", json={}, headers=store.bearer("admin"))
    assert store.client.get("/api/me", headers=store.bearer("reviewer")).status_code == 200
    actions = [d["action"] for d in store.client.get("/api/decisions", headers=store.bearer("admin")).json()["items"]]
    assert actions == ["enable_user", "disable_user", "revoke_sessions"]


def test_sessions_are_stored_as_digests_with_a_short_lifetime(store: Store):
    token = csrf_of(store.client)
    response = store.client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token},
                                 follow_redirects=False)
    assert "max-age=43200" in response.headers["set-cookie"].lower()  # 12 hours, not two weeks
    with session_scope(store.engine) as session:
        row = session.scalar(select(WebSession))
        lifetime = row.expires_at - row.created_at
        assert row.revoked_at is None and row.id_hash not in _cookie(store)
    assert abs(lifetime.total_seconds() - 12 * 3600) < 60


def test_repeated_wrong_passwords_lock_the_account_even_for_the_right_one(store: Store):
    for _ in range(LoginLimits().per_account):
        assert _fail_login(store, "admin", "sesame opens") == 401
    token = csrf_of(store.client)
    locked = store.client.post("/login", data={"name": "admin", "password": PASSWORD, "csrf_token": token})
    assert locked.status_code == 429 and "Try again in 15 minutes" in locked.text
    assert store.client.get("/api/me").status_code == 401
    log_in(store.client, "viewer")  # other accounts from this address still get in


def test_one_address_guessing_many_names_is_locked_out(store: Store):
    limits = LoginLimits()
    names = [f"guess{n}" for n in range(limits.per_address)]
    assert {_fail_login(store, name) for name in names} == {401}
    token = csrf_of(store.client)
    refused = store.client.post("/login", data={"name": "viewer", "password": PASSWORD, "csrf_token": token})
    assert refused.status_code == 429 and "from this address" in refused.text


def test_every_response_carries_the_security_headers(store: Store):
    log_in(store.client, "viewer")
    for path in ("/", "/login", "/api/me", "/static/app.css", "/no-such-page"):
        headers = store.client.get(path).headers
        assert "script-src 'self'" in headers["content-security-policy"], path
        assert "frame-ancestors 'none'" in headers["content-security-policy"], path
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff", path
        assert headers["referrer-policy"] == "same-origin", path


def test_the_policy_lets_map_tiles_come_from_the_configured_server():
    policy = content_security_policy("https://tiles.example.net:8443/{z}/{x}/{y}.png")
    assert "img-src 'self' data: https://tiles.example.net:8443" in policy
    assert "'unsafe-eval'" not in policy and "script-src 'self';" in policy


def test_secure_cookies_for_deployments_behind_tls(store: Store):
    url = store.engine.url.render_as_string(hide_password=False)
    with web_client(store.engine) as plain:
        assert "secure" not in plain.get("/login").headers["set-cookie"].lower()
    app = create_app(url, secret="test-secret", secure_cookies=True)
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="https://testserver") as tls:
        assert "secure" in tls.get("/login").headers["set-cookie"].lower()


@pytest.mark.parametrize("host, loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                            ("0.0.0.0", False), ("192.168.4.20", False), ("::", False)])
def test_serve_knows_which_addresses_reach_other_machines(host: str, loopback: bool):
    assert is_loopback(host) is loopback


def test_admin_page_and_api_list_and_revoke_tokens(store: Store):
    listed = store.client.get("/api/tokens", headers=store.bearer("admin"))
    assert listed.status_code == 200 and {t["user"] for t in listed.json()} == {"viewer", "reviewer", "admin"}
    assert store.client.get("/api/tokens", headers=store.bearer("reviewer")).status_code == 403
    viewer_token = next(t for t in listed.json() if t["user"] == "viewer")
    revoked = store.client.post(f"/api/tokens/{viewer_token['id']}/revoke", json={"reason": "leaked in a paste"},
                                headers=store.bearer("admin"))
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert store.client.get("/api/me", headers=store.bearer("viewer")).status_code == 401
    csrf = log_in(store.client, "admin")
    page = store.client.get("/admin/users")
    assert page.status_code == 200 and "Reset password" in page.text
    reset = store.client.post("/admin/users/reviewer", data={"action": "password", "password": "fig tree 2040",
                                                             "csrf_token": csrf})
    assert "New password set for reviewer" in reset.text
    role = store.client.post("/admin/users/viewer", data={"action": "role", "role": "admin", "csrf_token": csrf})
    assert "viewer is now admin" in role.text
    self_disable = store.client.post("/admin/users/admin", data={"action": "disable", "csrf_token": csrf})
    assert "cannot disable their own account" in self_disable.text
    log = store.client.get("/api/decisions", headers=store.bearer("admin")).json()["items"]
    assert [(d["action"], d["user"]) for d in log] == [("change_role", "admin"), ("reset_password", "admin"),
                                                       ("revoke_token", "admin")]
    assert all("password" not in str(d["after"]).replace("reset_password", "") for d in log)
    log_in(store.client, "viewer")
    assert store.client.get("/admin/users").status_code == 200  # the role change took effect
