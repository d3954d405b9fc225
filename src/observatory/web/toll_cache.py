"""Remember toll aggregates until the data behind them changes.

``compute_tolls`` adds up every incident side in the range; over all years of tens of
thousands of incidents that still takes a few hundred milliseconds (``bench/web.py``),
while the dashboard and the tolls page ask the same few questions over and over.  An
answer is reused while the store's *stamp* is unchanged: fusion rewrites toll rows (new
ids) whenever incidents change, and every review and extraction adds rows, so the
highest ids and the toll count move with any change.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.store.tables.core import CasualtyClaimRow, ExtractionRun
from observatory.store.tables.fusion import IncidentToll, ReviewDecisionRow


def store_stamp(session: Session) -> tuple:
    """A cheap fingerprint of everything toll figures depend on."""
    row = session.execute(
        select(
            select(func.max(IncidentToll.id)).scalar_subquery(),
            select(func.count(IncidentToll.id)).scalar_subquery(),
            select(func.max(ReviewDecisionRow.id)).scalar_subquery(),
            select(func.max(ExtractionRun.id)).scalar_subquery(),
            select(func.max(CasualtyClaimRow.id)).scalar_subquery(),
        )
    ).one()
    return tuple(row)


class TollCache:
    """A small LRU of computed answers, each valid for one store stamp."""

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._entries: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple, compute: Callable[[], Any]) -> Any:
        stamp = store_stamp(session)
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == stamp:
                self._entries.move_to_end(key)
                return hit[1]
        value = compute()
        with self._lock:
            self._entries[key] = (stamp, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
        return value
