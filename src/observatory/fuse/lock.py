"""One fusion at a time per database, whichever process runs it.

Linking reads the incidents near the new claims and then writes new incidents; two
processes doing that at once (two ``observatory run``s over two halves of a corpus)
each miss the other's uncommitted incidents and create the same incident twice.  Every
fusion therefore takes a database-wide lock before it reads anything, held until its
transaction ends: a transaction-scoped advisory lock on PostgreSQL, the write lock on
SQLite (taken by a write that changes nothing, as the transaction's first statement).
The second process waits, then sees the first one's incidents and links to them.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# Any fixed 64-bit key: PostgreSQL advisory locks are named by number.
ADVISORY_KEY = 0x0B5E_F05E
WAIT_SECONDS = 600  # a large batch's fusion can take minutes; wait that long, not SQLite's default


def fusion_lock(session: Session) -> None:
    """Block until no other transaction is fusing, and keep others out until ours ends."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_KEY})
    elif dialect == "sqlite":
        connection = session.connection()
        previous = connection.exec_driver_sql("PRAGMA busy_timeout").scalar()
        connection.exec_driver_sql(f"PRAGMA busy_timeout = {WAIT_SECONDS * 1000}")
        try:
            # Starts the write transaction (or keeps the one already open) without changing a row.
            connection.exec_driver_sql("UPDATE incidents SET id = id WHERE 0 = 1")
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {int(previous or 0)}")
    else:
        raise NotImplementedError(f"no fusion lock for {dialect}")
