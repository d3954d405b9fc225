"""The application factory: one FastAPI app over one store.

``create_app(db_url)`` wires the engine, signed-cookie sessions (backed by server-side
session records), CSRF checking on every unsafe request, security headers on every
response, the HTML pages, the JSON API and the offline API docs.  Browser
libraries come from ``static/vendor`` (``scripts/build-assets.sh``); when they are
missing the app still runs and every page says how to install them.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from observatory import config
from observatory.store.db import migrate
from observatory.web.accounts import LoginLimits, session_lifetime
from observatory.web.routes import (
    admin,
    api,
    api_admin,
    api_docs,
    api_queue,
    api_review,
    dashboard,
    documents,
    exports,
    incidents,
    login,
    maps,
    report,
    review,
    search,
    tolls,
)
from observatory.web.security import LoginRequired, check_csrf, security_headers
from observatory.web.templating import error_page, make_templates
from observatory.web.store_cache import StoreCache

STATIC = Path(__file__).parent / "static"
VENDOR_FILES = ("leaflet/leaflet.js", "markercluster/leaflet.markercluster.js", "chartjs/chart.umd.min.js",
                "geo/syria-admin1.json", "geo/syria-base.json")
SECURE_COOKIES_ENV = "OBSERVATORY_SECURE_COOKIES"


def assets_installed(static: Path = STATIC) -> bool:
    return all((static / "vendor" / name).is_file() for name in VENDOR_FILES)


def secret_key() -> str:
    """``OBSERVATORY_SECRET_KEY``, else one kept in the data folder so logins survive restarts."""
    explicit = os.environ.get("OBSERVATORY_SECRET_KEY")
    if explicit:
        return explicit
    path = config.data_home() / "web-secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()


def secure_cookies_from_env() -> bool:
    """``OBSERVATORY_SECURE_COOKIES=1``: the deployment is served over TLS, so cookies say ``Secure``."""
    return os.environ.get(SECURE_COOKIES_ENV, "").strip().lower() in ("1", "true", "yes")


def create_app(db_url: str | None = None, *, secret: str | None = None, secure_cookies: bool | None = None,
               login_limits: LoginLimits | None = None) -> FastAPI:
    """Build the web app for the store at ``db_url`` (None: the configured default), migrated to the newest schema.

    ``secret`` signs session cookies; by default it comes from ``secret_key()``.
    ``secure_cookies`` (default: ``OBSERVATORY_SECURE_COOKIES``) marks the cookie
    ``Secure`` so browsers send it only over HTTPS.  ``login_limits`` bounds failed logins.
    """
    engine = migrate(db_url)
    app = FastAPI(
        title="Observatory",
        description="Claims, incidents, tolls and territorial control extracted from conflict reports.",
        version="0.1.0",
        docs_url=None,
        redoc_url=None,
        dependencies=[Depends(check_csrf)],
    )
    app.state.engine = engine
    app.state.templates = make_templates()
    app.state.assets_ok = assets_installed()
    app.state.swagger_ok = (STATIC / "vendor" / "swagger-ui" / "swagger-ui-bundle.js").is_file()
    app.state.store_cache = StoreCache()
    app.state.tile_url = os.environ.get("OBSERVATORY_TILE_URL") or None
    app.state.session_lifetime = session_lifetime()
    app.state.login_limits = login_limits or LoginLimits()
    app.middleware("http")(security_headers(app.state.tile_url))
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret or secret_key(),
        session_cookie="observatory_session",
        same_site="lax",
        max_age=int(app.state.session_lifetime.total_seconds()),
        https_only=secure_cookies_from_env() if secure_cookies is None else secure_cookies,
    )
    app.mount("/static", StaticFiles(directory=str(STATIC), check_dir=False), name="static")

    @app.exception_handler(LoginRequired)
    async def _to_login(request: Request, _exc: LoginRequired) -> RedirectResponse:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?{urlencode({'next': target})}", status_code=303)

    @app.exception_handler(StarletteHTTPException)
    async def _error_page(request: Request, exc: StarletteHTTPException):
        if request.url.path.startswith("/api") or "text/html" not in request.headers.get("accept", ""):
            return await http_exception_handler(request, exc)
        return error_page(request, exc)

    for module in (login, dashboard, incidents, maps, tolls, report, search, documents, review, admin, api,
                   api_queue, api_review, api_admin, exports, api_docs):
        app.include_router(module.router)
    return app
