"""The administrator's pages: users (role, disable/enable, password reset, logout everywhere), tokens,
and reverting a review decision from the audit log.

The forms call the same ``web.accounts`` functions as the CLI and the JSON API, so every
change lands in the audit log the same way.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from observatory.fuse.decisions import revert_decision
from observatory.fuse.review import ReviewError
from observatory.store.tables.web import ROLES
from observatory.web.accounts import (
    MAX_PASSWORD,
    AccountError,
    list_tokens,
    list_users,
    live_session_count,
    logout_everywhere,
    revoke_token,
    set_disabled,
    set_password,
    set_role,
)
from observatory.web.bounds import MAX_REASON, IdPath, NamePath
from observatory.web.deps import db_session
from observatory.web.security import Principal, page_admin
from observatory.web.templating import flash, render

router = APIRouter(include_in_schema=False)
USER_ACTIONS = ("role", "disable", "enable", "password", "logout")


@router.get("/admin/users")
def users_page(request: Request, admin: Principal = Depends(page_admin), session: Session = Depends(db_session)):
    users = [(user, live_session_count(session, user)) for user in list_users(session)]
    return render(request, "admin_users.html", admin, users=users, tokens=list_tokens(session), roles=ROLES)


def _apply(session: Session, admin: Principal, name: str, action: str, role: str, password: str,
           reason: str | None) -> str:
    """Carry out one form action; returns what to tell the administrator."""
    if action == "role":
        set_role(session, admin.name, name, role, reason)
        return f"{name} is now {role}."
    if action in ("disable", "enable"):
        if action == "disable" and name == admin.name:
            raise AccountError("an administrator cannot disable their own account")
        set_disabled(session, admin.name, name, action == "disable", reason)
        return f"{name} is {action}d."
    if action == "password":
        set_password(session, admin.name, name, password, reason)
        return f"New password set for {name}; their sessions were ended."
    if action == "logout":
        return f"{logout_everywhere(session, admin.name, name, reason)} sessions of {name} ended."
    raise AccountError(f"unknown action {action!r}: one of {', '.join(USER_ACTIONS)}")


@router.post("/admin/users/{name}")
def change_user(
    request: Request,
    name: NamePath,
    action: str = Form(..., max_length=20),
    role: str = Form("", max_length=20),
    password: str = Form("", max_length=MAX_PASSWORD),
    reason: str = Form("", max_length=MAX_REASON),
    admin: Principal = Depends(page_admin),
    session: Session = Depends(db_session),
):
    return _carry_out(request, session, lambda: _apply(session, admin, name, action, role, password,
                                                      reason.strip() or None),
                      failed="Not changed", back="/admin/users")


@router.post("/admin/tokens/{token_id}/revoke")
def revoke_a_token(
    request: Request,
    token_id: IdPath,
    reason: str = Form("", max_length=MAX_REASON),
    admin: Principal = Depends(page_admin),
    session: Session = Depends(db_session),
):
    def revoke() -> str:
        revoke_token(session, admin.name, token_id, reason.strip() or None)
        return f"Token {token_id} revoked."

    return _carry_out(request, session, revoke, failed="Not revoked", back="/admin/users")


@router.post("/decisions/{decision_id}/revert")
def revert(
    request: Request,
    decision_id: IdPath,
    reason: str = Form("", max_length=MAX_REASON),
    admin: Principal = Depends(page_admin),
    session: Session = Depends(db_session),
):
    """Undo a review decision (logged as a decision of its own) and go back to the audit log."""

    def revert() -> str:
        revert_decision(session, admin.name, decision_id, reason.strip() or None)
        return f"Decision {decision_id} reverted."

    return _carry_out(request, session, revert, failed="Not reverted", back="/audit")


def _carry_out(request: Request, session: Session, change: Callable[[], str], failed: str,
               back: str) -> RedirectResponse:
    """Run one administrator's change in the request's unit of work: commit it and flash what
    it did, or roll everything back and flash why not; then go back to the page it came from."""
    try:
        message = change()
    except (AccountError, ReviewError) as error:
        session.rollback()
        flash(request, f"{failed}: {error}", error=True)
    else:
        session.commit()
        flash(request, message)
    return RedirectResponse(back, status_code=303)
