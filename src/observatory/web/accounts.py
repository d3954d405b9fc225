"""Users, passwords and API tokens: the only code that touches credentials.

argon2 hashes passwords (slow on purpose); API tokens are random and long, so a fast
SHA-256 digest is enough to store them without keeping the token itself.
"""

from __future__ import annotations

import hashlib
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from observatory.store.tables.web import ROLES, ApiToken, User

_HASHER = PasswordHasher()
_ROLE_RANK = {role: rank for rank, role in enumerate(ROLES)}


class AccountError(ValueError):
    """A user or token request that cannot be carried out (unknown role, duplicate name…)."""


def role_at_least(role: str, needed: str) -> bool:
    """Roles are ordered viewer < reviewer < admin; a higher role may do what a lower may."""
    return _ROLE_RANK.get(role, -1) >= _ROLE_RANK[needed]


def add_user(session: Session, name: str, role: str, password: str) -> User:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}: choose one of {', '.join(ROLES)}")
    if not name.strip():
        raise AccountError("a user needs a name")
    if len(password) < 8:
        raise AccountError("a password needs at least 8 characters")
    if session.scalar(select(User).where(User.name == name)) is not None:
        raise AccountError(f"user {name!r} already exists")
    user = User(name=name, role=role, password_hash=_HASHER.hash(password))
    session.add(user)
    session.flush()
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.name)))


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the password matches; None otherwise (never says which part was wrong)."""
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        _HASHER.hash(password)  # same cost whether or not the name exists
        return None
    try:
        _HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = _HASHER.hash(password)
    return user


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def create_token(session: Session, user_name: str, label: str | None = None) -> str:
    """Make a new API token for ``user_name``; the plain token is returned once, never stored."""
    user = session.scalar(select(User).where(User.name == user_name))
    if user is None:
        raise AccountError(f"no user named {user_name!r}")
    token = "obs_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=_digest(token), label=label))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == _digest(token)))
    return row.user if row is not None else None
