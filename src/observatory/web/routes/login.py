"""Logging in and out, and changing one's own password.

A login creates a server-side session record whose random id is all the signed cookie
carries; logging out ends the record, so a copy of the old cookie no longer works.
Failed logins are counted per account name and per client address
(``accounts.LoginLimits``): past the limit every attempt, right or wrong, is refused
with the time to wait, so guessing cannot continue until the right password turns up.
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.web.accounts import (
    MAX_PASSWORD,
    AccountError,
    authenticate,
    clear_failures,
    end_session,
    lockout_seconds,
    record_failure,
    set_password,
    start_session,
)
from observatory.web.deps import db_session
from observatory.web.security import SESSION_KEY, Principal, optional_user, page_user
from observatory.web.templating import flash, render

router = APIRouter(include_in_schema=False)
MAX_NAME = 100


def safe_next(target: str | None) -> str:
    """Only same-site paths: a crafted ``next=`` must not send people elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


def client_address(request: Request) -> str:
    return request.client.host if request.client is not None else "unknown"


@router.get("/login")
def login_form(request: Request, next: str = "/", user: Principal | None = Depends(optional_user)):
    return render(request, "login.html", user, next=safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request,
    name: str = Form(..., max_length=MAX_NAME),
    password: str = Form(..., max_length=MAX_PASSWORD),
    next: str = Form("/", max_length=2000),
    session: Session = Depends(db_session),
):
    limits, address = request.app.state.login_limits, client_address(request)
    wait = lockout_seconds(session, name, address, limits)
    if wait:
        minutes = max(1, round(wait / 60))
        return render(request, "login.html", None, status_code=429, next=safe_next(next),
                      error=f"Too many failed logins for this account or from this address. "
                            f"Try again in {minutes} minute{'s' if minutes > 1 else ''}.")
    user = authenticate(session, name, password)
    if user is None:
        record_failure(session, name, address, limits)
        session.commit()
        return render(request, "login.html", None, status_code=401, next=safe_next(next),
                      error="Unknown name or wrong password (or the account is disabled).")
    clear_failures(session, name)
    secret = start_session(session, user, address, request.app.state.session_lifetime)
    session.commit()
    request.session.clear()  # a fresh session (and CSRF token) for the logged-in user
    request.session[SESSION_KEY] = secret
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request, session: Session = Depends(db_session)):
    secret = request.session.get(SESSION_KEY)
    if isinstance(secret, str):
        end_session(session, secret)
        session.commit()
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


@router.get("/account")
def account_page(request: Request, user: Principal = Depends(page_user)):
    return render(request, "account.html", user)


@router.post("/account/password")
def change_password(
    request: Request,
    current: str = Form(..., max_length=MAX_PASSWORD),
    new: str = Form(..., max_length=MAX_PASSWORD),
    user: Principal = Depends(page_user),
    session: Session = Depends(db_session),
):
    """Change one's own password; every other session of the account ends (this one stays)."""
    if authenticate(session, user.name, current) is None:
        flash(request, "Not changed: the current password is wrong.", error=True)
        return RedirectResponse("/account", status_code=303)
    try:
        set_password(session, user.name, user.name, new, keep=request.session.get(SESSION_KEY))
    except AccountError as error:
        flash(request, f"Not changed: {error}", error=True)
        return RedirectResponse("/account", status_code=303)
    session.commit()
    flash(request, "Password changed; you were logged out everywhere else.")
    return RedirectResponse("/account", status_code=303)
