"""Logging in and out with a name and password (signed session cookie)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.web.accounts import authenticate
from observatory.web.deps import db_session
from observatory.web.security import Principal, optional_user
from observatory.web.templating import render

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only same-site paths: a crafted ``next=`` must not send people elsewhere."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/login")
def login_form(request: Request, next: str = "/", user: Principal | None = Depends(optional_user)):
    return render(request, "login.html", user, next=safe_next(next), error=None)


@router.post("/login")
def login(
    request: Request,
    name: str = Form(...),
    password: str = Form(...),
    next: str = Form("/"),
    session: Session = Depends(db_session),
):
    user = authenticate(session, name, password)
    if user is None:
        return render(request, "login.html", None, status_code=401, next=safe_next(next),
                      error="Unknown name or wrong password.")
    session.commit()
    request.session.clear()  # a fresh session (and CSRF token) for the logged-in user
    request.session["user_id"] = user.id
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout")
def logout(request: Request):
    request.session.clear()
    return RedirectResponse("/login", status_code=303)
