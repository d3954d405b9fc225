"""Account administration over JSON (admin role) and changing one's own password.

Every change is written to the audit log (``/api/decisions``) by ``web.accounts``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session

from observatory.fuse.decisions import revert_decision
from observatory.fuse.review import ReviewDecision, ReviewError
from observatory.store.tables.web import ApiToken, User
from observatory.web.accounts import (
    MAX_PASSWORD,
    AccountError,
    authenticate,
    get_user,
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
from observatory.web.security import SESSION_KEY, Principal, api_admin, api_user

router = APIRouter(prefix="/api", tags=["accounts"])


class UserOut(BaseModel):
    name: str
    role: str
    disabled: bool
    created_at: datetime | None
    live_sessions: int


class TokenOut(BaseModel):
    id: int
    user: str
    label: str | None
    created_at: datetime | None
    revoked_at: datetime | None


class Reason(BaseModel):
    reason: str | None = Field(default=None, max_length=MAX_REASON)


class RoleChange(Reason):
    role: Literal["viewer", "reviewer", "admin"]


class PasswordReset(Reason):
    password: str = Field(min_length=8, max_length=MAX_PASSWORD)


class PasswordChange(BaseModel):
    current: str = Field(max_length=MAX_PASSWORD)
    new: str = Field(min_length=8, max_length=MAX_PASSWORD)


def user_out(session: Session, user: User) -> UserOut:
    return UserOut(name=user.name, role=user.role, disabled=user.disabled_at is not None,
                   created_at=user.created_at, live_sessions=live_session_count(session, user))


def token_out(row: ApiToken) -> TokenOut:
    return TokenOut(id=row.id, user=row.user.name, label=row.label, created_at=row.created_at,
                    revoked_at=row.revoked_at)


def _account_error(error: AccountError) -> HTTPException:
    return HTTPException(status_code=404 if str(error).startswith("no ") else 422, detail=str(error))


def _user_changed(session: Session, change: Callable[[], User]) -> UserOut:
    """Run one account change and commit it, answering with the account as it now is; a refused
    change is 404 (no such account) or 422 and writes nothing."""
    try:
        user = change()
    except AccountError as error:
        raise _account_error(error) from error
    session.commit()
    return user_out(session, user)


@router.get("/users", response_model=list[UserOut])
def users(_admin: Principal = Depends(api_admin), session: Session = Depends(db_session)) -> list[UserOut]:
    """Every account, its role, whether it is disabled and how many browser sessions are live."""
    return [user_out(session, user) for user in list_users(session)]


@router.post("/users/{name}/role", response_model=UserOut)
def change_role(name: NamePath, body: RoleChange, admin: Principal = Depends(api_admin),
                session: Session = Depends(db_session)) -> UserOut:
    return _user_changed(session, lambda: set_role(session, admin.name, name, body.role, body.reason))


def _enable_or_disable(name: str, disable: bool, body: Reason, admin: Principal, session: Session) -> UserOut:
    if disable and name == admin.name:
        raise HTTPException(status_code=422, detail="an administrator cannot disable their own account")
    return _user_changed(session, lambda: set_disabled(session, admin.name, name, disable, body.reason))


@router.post("/users/{name}/disable", response_model=UserOut)
def disable(name: NamePath, body: Reason, admin: Principal = Depends(api_admin),
            session: Session = Depends(db_session)) -> UserOut:
    """Disable an account: no login, no API token, every browser session ended."""
    return _enable_or_disable(name, True, body, admin, session)


@router.post("/users/{name}/enable", response_model=UserOut)
def enable(name: NamePath, body: Reason, admin: Principal = Depends(api_admin),
           session: Session = Depends(db_session)) -> UserOut:
    return _enable_or_disable(name, False, body, admin, session)


@router.post("/users/{name}/password", response_model=UserOut)
def reset_password(name: NamePath, body: PasswordReset, admin: Principal = Depends(api_admin),
                   session: Session = Depends(db_session)) -> UserOut:
    """Set a new password; every browser session of the account ends."""
    return _user_changed(session, lambda: set_password(session, admin.name, name, body.password, body.reason))


@router.post("/users/{name}/logout", response_model=UserOut)
def end_sessions(name: NamePath, body: Reason, admin: Principal = Depends(api_admin),
                 session: Session = Depends(db_session)) -> UserOut:
    """End every browser session of the account (its API tokens are revoked one by one)."""

    def logout() -> User:
        logout_everywhere(session, admin.name, name, body.reason)
        return get_user(session, name)

    return _user_changed(session, logout)


@router.get("/tokens", response_model=list[TokenOut])
def tokens(user: str | None = None, _admin: Principal = Depends(api_admin),
           session: Session = Depends(db_session)) -> list[TokenOut]:
    """API tokens (never the token itself), newest first, revoked ones included."""
    try:
        return [token_out(row) for row in list_tokens(session, user)]
    except AccountError as error:
        raise _account_error(error) from error


@router.post("/tokens/{token_id}/revoke", response_model=TokenOut)
def revoke(token_id: IdPath, body: Reason, admin: Principal = Depends(api_admin),
           session: Session = Depends(db_session)) -> TokenOut:
    try:
        row = revoke_token(session, admin.name, token_id, body.reason)
    except AccountError as error:
        raise _account_error(error) from error
    session.commit()
    return token_out(row)


@router.post("/me/password", status_code=204)
def change_own_password(request: Request, body: PasswordChange, user: Principal = Depends(api_user),
                        session: Session = Depends(db_session)) -> None:
    """Change one's own password; every other browser session of the account ends."""
    if authenticate(session, user.name, body.current) is None:
        raise HTTPException(status_code=403, detail="the current password is wrong")
    try:
        set_password(session, user.name, user.name, body.new, keep=request.session.get(SESSION_KEY))
    except AccountError as error:
        raise _account_error(error) from error
    session.commit()


@router.post("/decisions/{decision_id}/revert", response_model=ReviewDecision, tags=["review"])
def revert(decision_id: IdPath, body: Reason, admin: Principal = Depends(api_admin),
           session: Session = Depends(db_session)) -> ReviewDecision:
    """Undo a review decision; the revert is itself logged and every recomputation honours it."""
    try:
        decision = revert_decision(session, admin.name, decision_id, body.reason)
    except ReviewError as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
    session.commit()
    return decision
