"""Remember read-only answers (toll aggregates, dashboard counts, map GeoJSON) until the store changes.

``compute_tolls`` over all years, the dashboard's review-queue and unresolved-place counts
and the map's GeoJSON each take from tens to hundreds of milliseconds on tens of
thousands of incidents (``bench/web.py``), while a team's browsers ask the same few
questions over and over.  An answer is reused while the store's *stamp* is unchanged:
every extraction adds a run and claims, fusion rewrites toll rows (new ids) and incidents,
and every review decision (accept, correction, merge, split, place resolution, revert)
adds a decision row — so the highest ids and the toll count move with any change, and one
request's stamp costs a handful of index look-ups.

The cache lives in each server process (``serve --workers N`` gives each worker its own):
a process never sees another's answers, only the shared store's stamp, so no worker
serves an answer older than the store it reads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from observatory.store.tables.core import CasualtyClaimRow, EventClaim, ExtractionRun
from observatory.store.tables.fusion import Incident, IncidentToll, ReviewDecisionRow


def store_stamp(session: Session) -> tuple:
    """A cheap fingerprint of everything the cached pages depend on."""
    row = session.execute(
        select(
            select(func.max(IncidentToll.id)).scalar_subquery(),
            select(func.count(IncidentToll.id)).scalar_subquery(),
            select(func.max(Incident.id)).scalar_subquery(),
            select(func.max(ReviewDecisionRow.id)).scalar_subquery(),
            select(func.max(ExtractionRun.id)).scalar_subquery(),
            select(func.max(EventClaim.id)).scalar_subquery(),
            select(func.max(CasualtyClaimRow.id)).scalar_subquery(),
        )
    ).one()
    return tuple(row)


class StoreCache:
    """A bounded LRU of computed answers, each valid for one store stamp."""

    def __init__(self, size: int = 128) -> None:
        self._size = size
        self._entries: OrderedDict[tuple, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, session: Session, key: tuple, compute: Callable[[], Any]) -> Any:
        """The answer for ``key`` if it was computed at the store's current stamp, else ``compute()``'s."""
        stamp, value = self.lookup(session, key)
        if value is None:
            value = compute()
            self.put(key, stamp, value)
        return value

    def lookup(self, session: Session, key: tuple) -> tuple[tuple, Any]:
        """The store's current stamp, and the answer kept for ``key`` at that stamp (else None)."""
        stamp = store_stamp(session)
        with self._lock:
            hit = self._entries.get(key)
            if hit is not None and hit[0] == stamp:
                self._entries.move_to_end(key)
                return stamp, hit[1]
        return stamp, None

    def put(self, key: tuple, stamp: tuple, value: Any) -> None:
        """Keep ``value`` as the answer for ``key`` at ``stamp`` (the least recently used goes)."""
        with self._lock:
            self._entries[key] = (stamp, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)

    def keep_stream(self, key: tuple, stamp: tuple, chunks: Iterable[bytes]) -> Iterator[bytes]:
        """Pass a streamed body through, and keep it whole once it has all been sent (one
        cut short, by a client gone or an error, is not kept)."""
        sent: list[bytes] = []
        for chunk in chunks:
            sent.append(chunk)
            yield chunk
        self.put(key, stamp, b"".join(sent))
