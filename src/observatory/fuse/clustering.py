"""Incremental incident clustering: each new claim joins the best incident or starts one.

A claim is compared with the members of incidents whose dates come within the slack of
its own (a day index keeps that cheap), and joins the incident whose best-matching
member scores above the threshold.  Existing incidents are never re-split, so a new
report never reshuffles the archive.  An event-less report that matches no incident
starts one only when it names a place (``EventFeatures.may_start_incident``).
Reviewers' decisions enter as ``Constraints``: claims that must share an incident,
pairs that must not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from observatory.fuse.features import EventFeatures, ReviewRef
from observatory.fuse.matching import DATE_SLACK_DAYS, LINK_THRESHOLD, LinkScore, score_pair

MAX_INDEXED_DAYS = 62  # longer ranges (monthly round-ups) are indexed by their first and last days


@dataclass
class Constraints:
    """Review decisions as clustering constraints, on identities that survive re-extraction."""

    groups: dict[ReviewRef, int] = field(default_factory=dict)  # must-link: same group id
    apart: set[frozenset[ReviewRef]] = field(default_factory=set)  # cannot-link pairs

    def forbids(self, a: ReviewRef, b: ReviewRef) -> bool:
        return frozenset((a, b)) in self.apart

    def group(self, ref: ReviewRef) -> int | None:
        return self.groups.get(ref)


@dataclass
class Cluster:
    """An incident being built: its members and the links that brought them in."""

    key: Hashable
    members: list[EventFeatures] = field(default_factory=list)
    links: dict[Hashable, LinkScore | None] = field(default_factory=dict)  # member key -> why
    start: date | None = None
    end: date | None = None

    def add(self, features: EventFeatures, link: LinkScore | None) -> None:
        self.members.append(features)
        self.links[features.key] = link
        if features.start is not None:
            self.start = features.start if self.start is None else min(self.start, features.start)
            self.end = features.end if self.end is None else max(self.end, features.end)  # type: ignore[type-var]


@dataclass(frozen=True)
class Assignment:
    cluster: Cluster
    link: LinkScore | None  # None when the claim started the incident
    by_review: bool = False


class Clusterer:
    """Holds the incidents near the claims being linked and assigns claims to them."""

    def __init__(self, constraints: Constraints | None = None, threshold: float = LINK_THRESHOLD) -> None:
        self.constraints = constraints or Constraints()
        self.threshold = threshold
        self.clusters: dict[Hashable, Cluster] = {}
        self._by_day: dict[date, set[Hashable]] = defaultdict(set)
        self._new_keys = 0

    def load(self, key: Hashable, members: Iterable[tuple[EventFeatures, LinkScore | None]]) -> Cluster:
        """Register an existing incident (from the store) so new claims can join it."""
        cluster = Cluster(key)
        for features, link in members:
            cluster.add(features, link)
        self.clusters[key] = cluster
        self._index(cluster)
        return cluster

    def assign(self, features: EventFeatures) -> Assignment | None:
        """Put one claim into its best incident, or into a new one; None when it matches
        none and may not start one."""
        reviewed = self._review_target(features)
        if reviewed is not None:
            link = LinkScore(1.0, {"review": "merge"})
            self._join(reviewed, features, link)
            return Assignment(reviewed, link, by_review=True)
        best: tuple[Cluster, LinkScore] | None = None
        for cluster in self._candidates(features):
            link = self._score(cluster, features)
            if link is not None and link.score >= self.threshold and (best is None or link.score > best[1].score):
                best = (cluster, link)
        if best is None and not features.may_start_incident:
            return None
        if best is None:
            self._new_keys += 1
            cluster = Cluster(("new", self._new_keys))
            self.clusters[cluster.key] = cluster
            self._join(cluster, features, None)
            return Assignment(cluster, None)
        self._join(best[0], features, best[1])
        return Assignment(best[0], best[1])

    def _score(self, cluster: Cluster, features: EventFeatures) -> LinkScore | None:
        """Mean score over the members; any member ruling the match out vetoes it.

        Complete-link vetoes and average scores keep incidents from chaining: a vague
        claim that resembles one member cannot pull in reports about another place.
        """
        links: list[tuple[LinkScore, EventFeatures]] = []
        for member in cluster.members:
            if member.document == features.document or self.constraints.forbids(member.ref, features.ref):
                return None
            link = score_pair(features, member)
            if link is None:
                return None
            links.append((link, member))
        if not links:
            return None
        closest, member = max(links, key=lambda pair: pair[0].score)
        mean = sum(link.score for link, _ in links) / len(links)
        reasons = {**closest.reasons, "closest_claim": member.key, "closest_score": closest.score}
        return LinkScore(round(mean, 4), reasons)

    def _review_target(self, features: EventFeatures) -> Cluster | None:
        """The incident a reviewer's merge says this claim belongs to, if it exists yet."""
        group = self.constraints.group(features.ref)
        if group is None:
            return None
        for cluster in self.clusters.values():
            if any(self.constraints.group(m.ref) == group for m in cluster.members):
                if not any(self.constraints.forbids(m.ref, features.ref) for m in cluster.members):
                    return cluster
        return None

    def _candidates(self, features: EventFeatures) -> list[Cluster]:
        if features.start is None or features.end is None:
            return []
        keys: set[Hashable] = set()
        for day in _days(features.start - timedelta(DATE_SLACK_DAYS), features.end + timedelta(DATE_SLACK_DAYS)):
            keys |= self._by_day.get(day, set())
        return [self.clusters[key] for key in sorted(keys, key=str)]

    def _join(self, cluster: Cluster, features: EventFeatures, link: LinkScore | None) -> None:
        cluster.add(features, link)
        self._index(cluster)

    def _index(self, cluster: Cluster) -> None:
        if cluster.start is None or cluster.end is None:
            return
        for day in _days(cluster.start, cluster.end):
            self._by_day[day].add(cluster.key)


def in_date_order(features: Iterable[EventFeatures]) -> list[EventFeatures]:
    """The order claims are clustered in (the store and the benchmark alike): by date,
    then by report, claims of one report in the order they were given."""
    return sorted(features, key=lambda f: (f.start is None, f.start or date.min, _document_order(f.document)))


def _document_order(document: Hashable) -> tuple[int, str]:
    """Row ids (and benchmark indexes) in number order; other keys by their text."""
    return (document, "") if isinstance(document, int) else (0, str(document))


def _days(start: date, end: date) -> list[date]:
    """Every day of a range; for very long ranges only the ends (they match little anyway)."""
    span = (end - start).days
    if span > MAX_INDEXED_DAYS:
        return [start, end]
    return [start + timedelta(days=offset) for offset in range(span + 1)]
