"""Per-request resources: a database session bound to the app's engine."""

from __future__ import annotations

from collections.abc import Iterator

from fastapi import Request
from sqlalchemy.orm import Session

from observatory.store.db import session_scope


def db_session(request: Request) -> Iterator[Session]:
    """One unit of work per request: committed when the handler succeeds."""
    with session_scope(request.app.state.engine) as session:
        yield session
