"""Who is asking and may they: session or bearer-token login, roles, CSRF, response headers.

Browsers log in with a signed session cookie (Starlette's SessionMiddleware, signed
with itsdangerous) that carries only the random id of a server-side session record
(``accounts.start_session``): a copied cookie stops working once the session is ended,
by logout, a password change or an administrator.  Scripts send ``Authorization:
Bearer <token>``.  Every POST that rides on the cookie must carry the session's CSRF
token (form field ``csrf_token`` or header ``X-CSRF-Token``); a bearer request carries
no cookie, so it cannot be forged by another site and needs none.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session
from starlette.responses import Response

from observatory.store.tables.web import User
from observatory.web.accounts import role_at_least, session_user, user_for_token
from observatory.web.deps import db_session

CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
UNSAFE_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
SESSION_KEY = "sid"  # the cookie's field holding the server-side session id


@dataclass(frozen=True)
class Principal:
    """The logged-in user as the request sees it (detached from the database session)."""

    id: int
    name: str
    role: str

    def can(self, needed: str) -> bool:
        return role_at_least(self.role, needed)


class LoginRequired(Exception):
    """Raised for a page request without a login; the app answers with a redirect."""


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _principal(user: User) -> Principal:
    return Principal(id=user.id, name=user.name, role=user.role)


bearer_scheme = HTTPBearer(auto_error=False, description="An API token from `observatory tokens create NAME`.")


def optional_user(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(bearer_scheme),
    session: Session = Depends(db_session),
) -> Principal | None:
    """The user behind a bearer token or the session cookie (kept on ``request.state`` for error pages)."""
    if credentials is not None:
        user = user_for_token(session, credentials.credentials)
        if user is None:
            raise HTTPException(status_code=401, detail="invalid API token")
    else:
        secret = request.session.get(SESSION_KEY)
        user = session_user(session, secret) if isinstance(secret, str) else None
    request.state.user = _principal(user) if user is not None else None
    return request.state.user


def page_user(user: Principal | None = Depends(optional_user)) -> Principal:
    """A logged-in user for an HTML page; anyone else is sent to the login form."""
    if user is None:
        raise LoginRequired()
    return user


def api_user(user: Principal | None = Depends(optional_user)) -> Principal:
    if user is None:
        raise HTTPException(status_code=401, detail="log in or send Authorization: Bearer <token>",
                            headers={"WWW-Authenticate": "Bearer"})
    return user


def _require(needed: str, base: Callable[..., Principal]) -> Callable[..., Principal]:
    """A dependency that lets through users with at least the ``needed`` role (403 otherwise)."""

    def dependency(user: Principal = Depends(base)) -> Principal:
        if not user.can(needed):
            raise HTTPException(status_code=403, detail=f"this needs the {needed} role; you are {user.role}")
        return user

    return dependency


page_reviewer = _require("reviewer", page_user)
api_reviewer = _require("reviewer", api_user)
page_admin = _require("admin", page_user)
api_admin = _require("admin", api_user)


def csrf_token(request: Request) -> str:
    """The session's CSRF token, created on first use."""
    token = request.session.get("csrf")
    if token is None:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return token


async def check_csrf(request: Request) -> None:
    """App-wide dependency: refuse any cookie-borne unsafe request without the session's token."""
    if request.method not in UNSAFE_METHODS or bearer_token(request) is not None:
        return
    expected = request.session.get("csrf")
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        field = (await request.form()).get(CSRF_FIELD)
        sent = field if isinstance(field, str) else None  # a file upload is no token
    if not expected or not isinstance(sent, str) or not secrets.compare_digest(expected, sent):
        raise HTTPException(status_code=403, detail="missing or wrong CSRF token; reload the page and try again")


def content_security_policy(tile_url: str | None) -> str:
    """Only the app's own scripts run; images may also come from the configured tile server.

    Inline ``style`` attributes stay allowed (Leaflet, Swagger UI and a few templates use
    them); inline scripts, ``eval``, plugins, framing and foreign form targets do not.
    """
    images = ["'self'", "data:"]
    if tile_url:
        parts = urlsplit(tile_url.replace("{", "").replace("}", ""))
        if parts.scheme in ("http", "https") and parts.netloc:
            images.append(f"{parts.scheme}://{parts.netloc}")
    return "; ".join((
        "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'",
        f"img-src {' '.join(images)}", "connect-src 'self'", "font-src 'self' data:", "object-src 'none'",
        "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
    ))


def security_headers(tile_url: str | None) -> Callable[[Request, Callable[[Request], Awaitable[Response]]],
                                                       Awaitable[Response]]:
    """HTTP middleware adding the browser protections to every response (pages, API, static files)."""
    headers = {
        "Content-Security-Policy": content_security_policy(tile_url),
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
    }

    async def middleware(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        response = await call_next(request)
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response

    return middleware
