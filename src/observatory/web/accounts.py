"""Users, passwords, browser sessions and API tokens: the only code that touches credentials.

argon2 hashes passwords (slow on purpose); session ids and API tokens are random and
long, so a fast SHA-256 digest is enough to store them without keeping the secret itself.
Every change an administrator makes to an account is written to the audit log (the
``review_decisions`` table, target kinds ``user`` and ``api_token``) next to reviewers'
decisions, so one log answers "who changed what"; fusion's replay ignores these kinds.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, UTC

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import CursorResult, delete, func, select, update
from sqlalchemy.orm import Session

from observatory.store.tables.fusion import ReviewDecisionRow
from observatory.store.tables.web import ROLES, ApiToken, LoginFailure, User, WebSession

_HASHER = PasswordHasher()
_ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}
MIN_PASSWORD = 8
MAX_PASSWORD = 1000  # argon2 hashes anything, but a megabyte "password" is only a way to burn CPU
DEFAULT_SESSION_HOURS = 12.0
SESSION_HOURS_ENV = "OBSERVATORY_SESSION_HOURS"


@dataclass(frozen=True)
class LoginLimits:
    """Failed logins allowed within ``window`` per account name and per client address."""

    per_account: int = 5
    per_address: int = 20
    window: timedelta = timedelta(minutes=15)


class AccountError(ValueError):
    """A user or token request that cannot be carried out (unknown role, duplicate name…)."""


def role_at_least(role: str, needed: str) -> bool:
    """Roles are ordered viewer < reviewer < admin; a higher role may do what a lower may."""
    return _ROLE_RANK.get(role, -1) >= _ROLE_RANK[needed]


def _now() -> datetime:
    return datetime.now(UTC)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"a password needs at least {MIN_PASSWORD} characters")
    if len(password) > MAX_PASSWORD:
        raise AccountError(f"a password may have at most {MAX_PASSWORD} characters")


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")


def add_user(session: Session, name: str, role: str, password: str) -> User:
    _check_role(role)
    if not name.strip():
        raise AccountError("a user needs a name")
    _check_password(password)
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AccountError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=_HASHER.hash(password))
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def get_user(session: Session, name: str) -> User:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise AccountError(f"no user named {name!r}")
    return user


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the password matches and the account is enabled; None otherwise.

    Never says which part was wrong, and costs the same whether or not the name exists.
    """
    user = session.scalar(select(User).where(User.name == name))
    if user is None or len(password) > MAX_PASSWORD:
        _HASHER.hash(password[:MAX_PASSWORD])
        return None
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if user.disabled_at is not None:
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
    return user


def audit(session: Session, actor: str, action: str, kind: str, target_id: int,
          before: dict | None, after: dict | None, reason: str | None = None) -> None:
    """One audit-log entry for an account change (never a password or a secret)."""
    session.add(ReviewDecisionRow(user=actor, action=action, target_kind=kind, target_id=target_id,
                                  before=before, after=after, reason=reason))
    session.flush()


# --- browser sessions -------------------------------------------------------------------


def session_lifetime() -> timedelta:
    """How long a browser login lasts (``OBSERVATORY_SESSION_HOURS``, default 12 hours)."""
    raw = os.environ.get(SESSION_HOURS_ENV, "").strip()
    try:
        hours = float(raw) if raw else DEFAULT_SESSION_HOURS
    except ValueError as error:
        raise AccountError(f"{SESSION_HOURS_ENV}: expected a number of hours, got {raw!r}") from error
    if not 0 < hours <= 24 * 30:
        raise AccountError(f"{SESSION_HOURS_ENV}: between 0 and 720 hours, got {hours}")
    return timedelta(hours=hours)


def start_session(session: Session, user: User, address: str | None, lifetime: timedelta) -> str:
    """Record a new login and return its random id (for the signed cookie; stored only as a digest).

    Expired records are dropped on the way: they can never be used again, and nothing else
    would remove them.
    """
    session.execute(delete(WebSession).where(WebSession.expires_at <= _now()))
    secret = secrets.token_urlsafe(32)
    session.add(WebSession(user_id=user.id, id_hash=_digest(secret), address=(address or "")[:64] or None,
                           expires_at=_now() + lifetime))
    session.flush()
    return secret


def _live(query):
    """Sessions that are neither revoked nor expired, of users who are not disabled."""
    return (query.join(User, User.id == WebSession.user_id)
            .where(WebSession.revoked_at.is_(None), WebSession.expires_at > _now(), User.disabled_at.is_(None)))


def session_user(session: Session, secret: str) -> User | None:
    """The user of a live session; None for an ended, expired or unknown one."""
    row = session.scalar(_live(select(WebSession)).where(WebSession.id_hash == _digest(secret)))
    return row.user if row is not None else None


def end_session(session: Session, secret: str) -> None:
    session.execute(update(WebSession).where(WebSession.id_hash == _digest(secret), WebSession.revoked_at.is_(None))
                    .values(revoked_at=_now()))


def revoke_sessions(session: Session, user: User, keep: str | None = None) -> int:
    """End every live session of ``user`` (but ``keep``, the caller's own); returns how many."""
    query = update(WebSession).where(WebSession.user_id == user.id, WebSession.revoked_at.is_(None))
    if keep is not None:
        query = query.where(WebSession.id_hash != _digest(keep))
    result = session.execute(query.values(revoked_at=_now()))
    return (result.rowcount or 0) if isinstance(result, CursorResult) else 0  # an UPDATE always gives a CursorResult


def live_session_count(session: Session, user: User) -> int:
    return session.scalar(_live(select(func.count(WebSession.id))).where(WebSession.user_id == user.id)) or 0


# --- login rate limit --------------------------------------------------------------------


def lockout_seconds(session: Session, name: str, address: str, limits: LoginLimits) -> int:
    """Seconds until another login may be tried for ``name`` from ``address`` (0: now)."""
    since = _now() - limits.window
    waits = []
    for column, value, allowed in ((LoginFailure.name, name, limits.per_account),
                                   (LoginFailure.address, address, limits.per_address)):
        recent = session.scalars(select(LoginFailure.at).where(column == value, LoginFailure.at > since)
                                 .order_by(LoginFailure.at.desc()).limit(allowed)).all()
        if len(recent) >= allowed:
            oldest = recent[-1].replace(tzinfo=UTC) if recent[-1].tzinfo is None else recent[-1]
            waits.append((oldest + limits.window - _now()).total_seconds())
    return max(0, int(max(waits, default=0)) + (1 if waits else 0))


def record_failure(session: Session, name: str, address: str, limits: LoginLimits) -> None:
    """Count a failed login; failures older than the window are dropped on the way."""
    session.execute(delete(LoginFailure).where(LoginFailure.at <= _now() - limits.window))
    session.add(LoginFailure(name=name[:100], address=address[:64], at=_now()))
    session.flush()


def clear_failures(session: Session, name: str) -> None:
    """A successful login forgives the account's earlier mistakes (not the address's)."""
    session.execute(delete(LoginFailure).where(LoginFailure.name == name))


# --- account administration --------------------------------------------------------------


def set_role(session: Session, actor: str, name: str, role: str, reason: str | None = None) -> User:
    _check_role(role)
    user = get_user(session, name)
    if user.role != role:
        audit(session, actor, "change_role", "user", user.id, {"name": name, "role": user.role}, {"role": role}, reason)
        user.role = role
    return user


def set_disabled(session: Session, actor: str, name: str, disabled: bool, reason: str | None = None) -> User:
    """Disable (no login, no token, every session ended) or enable an account."""
    user = get_user(session, name)
    if (user.disabled_at is not None) == disabled:
        return user
    user.disabled_at = _now() if disabled else None
    ended = revoke_sessions(session, user) if disabled else 0
    audit(session, actor, "disable_user" if disabled else "enable_user", "user", user.id,
          {"name": name}, {"sessions_ended": ended} if disabled else None, reason)
    return user


def set_password(session: Session, actor: str, name: str, password: str, reason: str | None = None,
                 keep: str | None = None) -> User:
    """Reset (admin) or change (the user) a password; every other session of the user ends."""
    _check_password(password)
    user = get_user(session, name)
    user.password_hash = _HASHER.hash(password)
    ended = revoke_sessions(session, user, keep=keep)
    action = "change_password" if actor == name else "reset_password"
    audit(session, actor, action, "user", user.id, {"name": name}, {"sessions_ended": ended}, reason)
    return user


def logout_everywhere(session: Session, actor: str, name: str, reason: str | None = None) -> int:
    """End every browser session of ``name`` (an admin's revoke); returns how many."""
    user = get_user(session, name)
    ended = revoke_sessions(session, user)
    audit(session, actor, "revoke_sessions", "user", user.id, {"name": name}, {"sessions_ended": ended}, reason)
    return ended


# --- API tokens --------------------------------------------------------------------------


def issue_token(session: Session, user_name: str, label: str | None = None) -> tuple[ApiToken, str]:
    """A new API token row for ``user_name`` and the plain token (returned once, never stored)."""
    user = get_user(session, user_name)
    if label is not None and len(label) > 100:
        raise AccountError("a token label may have at most 100 characters")
    token = "obs_" + secrets.token_urlsafe(32)
    row = ApiToken(user_id=user.id, token_hash=_digest(token), label=label)
    session.add(row)
    session.flush()
    return row, token


def create_token(session: Session, user_name: str, label: str | None = None) -> str:
    """Make a new API token for ``user_name`` and return it."""
    return issue_token(session, user_name, label)[1]


def list_tokens(session: Session, user_name: str | None = None) -> list[ApiToken]:
    """Tokens (newest first), revoked ones included so the list shows when they were revoked."""
    query = select(ApiToken).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id.desc())
    if user_name is not None:
        query = query.where(User.id == get_user(session, user_name).id)
    return list(session.scalars(query))


def revoke_token(session: Session, actor: str, token_id: int, reason: str | None = None) -> ApiToken:
    row = session.get(ApiToken, token_id)
    if row is None:
        raise AccountError(f"no token with id {token_id}")
    if row.revoked_at is None:
        row.revoked_at = _now()
        audit(session, actor, "revoke_token", "api_token", row.id,
              {"user": row.user.name, "label": row.label}, {"revoked": True}, reason)
    return row


def user_for_token(session: Session, token: str) -> User | None:
    """The owner of a token that is not revoked, unless the owner is disabled."""
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token), ApiToken.revoked_at.is_(None)))
    if row is None or row.user.disabled_at is not None:
        return None
    return row.user
