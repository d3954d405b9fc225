"""How often "one report on both sides" keeps two groups apart, and whether they are one event.

Complete link over reports rules a merge out when one report has claims on both sides
(``Clusterer._mean``) that may not be one event told twice (``matching.told_twice``): a
report that tells two events keeps them in two incidents.  It
also blocks a true merge when a report tells one event twice (two sub-event types, a
second date read from a weekday).  This study counts the merges the rule blocks that
would otherwise pass: the two groups share a report, every other pair of reports across
them passes the vetoes, and the mean over those other pairs reaches the threshold.  A
merge of two groups that hold only that report's own claims is the report's two events
and is not counted (there is nobody else's word that they are one).

Each blocked merge is mapped to the incidents its two sides end in, and each pair of
incidents is counted once.  On UCDP's headlines (``--year``) the GED event ids say which
are one event; on a store (``--db``, fused again by ``rebuild_incidents`` on a copy of the
file) ``--show N`` prints both sides of the first N for reading.

    python bench/dedup_same_report.py --year 2018 [--cache FILE]
    python bench/dedup_same_report.py --db /tmp/fakes.db [--show 30]
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dedup_ucdp import cluster_features, study_members, study_parser

from observatory.fuse.clustering import Clusterer, _by_report
from observatory.fuse.features import EventFeatures
from observatory.fuse.matching import LINK_THRESHOLD
from observatory.fuse.incidents import rebuild_incidents
from observatory.store.db import migrate, session_scope


@dataclass(frozen=True)
class Blocked:
    """One merge the rule blocked: both sides' members, the shared reports, the mean of the rest."""

    left: tuple[EventFeatures, ...]
    right: tuple[EventFeatures, ...]
    shared: frozenset[Hashable]
    score: float


def _mean_without_shared(
    clusterer: Clusterer, left: list[EventFeatures], right: list[EventFeatures]
) -> tuple[frozenset[Hashable], float] | None:
    """(shared reports, mean over the other report pairs) when only the shared report rules
    the merge out; None when another pair is ruled out too or nobody else is on either side."""
    by_left, by_right = _by_report(left), _by_report(right)
    shared = frozenset(by_left) & frozenset(by_right)
    if not shared or (len(by_left) == 1 and len(by_right) == 1):
        return None
    found = clusterer.mean_over_reports(left, right, lambda members, others: True)
    return None if found is None else (shared, found[0])


@contextmanager
def recording() -> Iterator[list[Blocked]]:
    """Patch ``Clusterer._mean`` to note every merge the shared report alone blocks."""
    found: list[Blocked] = []
    original = Clusterer._mean

    def _mean(self: Clusterer, left: list[EventFeatures], right: list[EventFeatures]):  # type: ignore[no-untyped-def]
        result = original(self, left, right)
        if result is None and (len(left) > 1 or len(right) > 1):
            other = _mean_without_shared(self, left, right)
            if other is not None and other[1] >= self.threshold:
                found.append(Blocked(tuple(left), tuple(right), other[0], other[1]))
        return result

    Clusterer._mean = _mean  # type: ignore[method-assign]
    try:
        yield found
    finally:
        Clusterer._mean = original  # type: ignore[method-assign]


def by_incident_pair(found: list[Blocked], incident_of: dict[Hashable, Hashable]) -> dict[frozenset, Blocked]:
    """The blocked merges by the pair of final incidents their sides end in (the first each)."""
    pairs: dict[frozenset, Blocked] = {}
    for blocked in found:
        left = {incident_of.get(item.key) for item in blocked.left} - {None}
        right = {incident_of.get(item.key) for item in blocked.right} - {None}
        for a in left:
            for b in right:
                if a != b:
                    pairs.setdefault(frozenset((a, b)), blocked)
    return pairs


def main() -> None:
    """UCDP's headlines of one year (``--year``), or a store (``--db``)."""
    parser = study_parser(__doc__)
    parser.add_argument("--db", type=Path, help="a store to fuse again instead of UCDP's headlines")
    parser.add_argument("--show", type=int, default=30)
    args = parser.parse_args()
    if args.db is not None:
        study_store(args.db, args.show)
        return
    headlines, members = study_members(args)
    with recording() as found:
        labels = cluster_features(members, len(headlines), LINK_THRESHOLD)
    incident_of = {item.key: labels[item.document] for _, item in members}  # a headline's incident
    pairs = by_incident_pair(found, incident_of)
    events_of: dict[Hashable, set[str]] = {}
    for index, label in labels.items():
        events_of.setdefault(label, set()).add(headlines[index].event_id)
    same = sum(bool(events_of.get(a, set()) & events_of.get(b, set())) for a, b in map(tuple, pairs))
    print(f"{args.year}: {len(found)} merges blocked by one report on both sides alone, "
          f"{len(pairs)} incident pairs; {same} of them share a GED event")


def study_store(db: Path, show: int) -> None:
    """Fuse a copy of the store again with the rule recorded, and print what it kept apart."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "store.db"
        with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
            source.backup(target)  # a consistent copy, whatever sits in the store's write-ahead log
        engine = migrate(f"sqlite:///{copy}")
        with recording() as found, session_scope(engine) as session:
            rebuild_incidents(session)
        engine.dispose()
        connection = sqlite3.connect(copy)
        incident_of: dict[Hashable, Hashable] = dict(
            connection.execute("select event_claim_id, incident_id from incident_links")
        )
        deaths = dict(connection.execute("select id, deaths_best from incidents"))
        pairs = by_incident_pair(found, incident_of)
        print(f"{len(found)} merges blocked by one report on both sides alone, {len(pairs)} incident pairs")
        for number, (pair, blocked) in enumerate(sorted(pairs.items(), key=lambda kv: sorted(kv[0]))[:show], 1):
            a, b = sorted(pair)
            print(f"\n[{number}] incidents {a} ({deaths.get(a)} dead) / {b} ({deaths.get(b)} dead), "
                  f"shared report(s) {sorted(blocked.shared)}, mean of the others {blocked.score:.2f}")
            for side, members in (("A", blocked.left), ("B", blocked.right)):
                for item in members:
                    mark = "*" if item.document in blocked.shared else " "
                    print(f"  {side}{mark} doc {item.document} {item.sub_event_type} | {item.place_name} | "
                          f"{item.start}..{item.end} | {item.text[:150]!r}")
        connection.close()


if __name__ == "__main__":
    main()
