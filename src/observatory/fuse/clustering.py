"""Incremental incident clustering: a batch of new claims joins the incidents near it or starts new ones.

New claims are compared with each other and with the members of incidents whose dates
come within the slack of their own (day indexes keep that cheap), and grouped
agglomeratively, best-scoring pair of groups first, while the average score of a merge
reaches the threshold.  Loaded incidents take in new claims but are never re-split or
merged with each other here; fusion hands in as new claims the members of the stored
incidents a run may change (``fuse.neighbourhood``).  An event-less report that matches no incident
starts one only when it names a place (``EventFeatures.may_start_incident``).
Reviewers' decisions enter as ``Constraints``: claims that must share an incident,
pairs that must not.
"""

from __future__ import annotations

import heapq
import itertools
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from observatory.fuse.features import EventFeatures, ReviewRef, rare_types
from observatory.fuse.matching import (
    COARSE_PRECISION, LINK_THRESHOLD, LinkScore, famous, may_mean, pair_probability, reach, same_report_event,
    score_pair, slack_days, text_similarity, told_twice, unsure,
)

MAX_INDEXED_DAYS = 62  # longer ranges (monthly round-ups) are indexed by their first and last days
# Neighbours a group is scored against, those sharing most with it first (``_shared``): a
# day with many reports no longer multiplies the pairs scored per claim.  On the UCDP
# headlines of 2017 and 2018 no pair that links ranks beyond 20th (bench/fuse_candidates.py),
# and the FA-KES articles fuse identically with and without the cap.  Groups of a rare kind
# of event are not capped (``_nearest``).
CANDIDATES = 32


@dataclass
class Constraints:
    """Review decisions as clustering constraints, on identities that survive re-extraction."""

    groups: dict[ReviewRef, int] = field(default_factory=dict)  # must-link: same group id
    apart: set[frozenset[ReviewRef]] = field(default_factory=set)  # cannot-link pairs

    # A claim without a review identity (``EventFeatures.ref`` None) has no decisions.
    def forbids(self, a: ReviewRef | None, b: ReviewRef | None) -> bool:
        return bool(self.apart) and frozenset((a, b)) in self.apart

    def group(self, ref: ReviewRef | None) -> int | None:
        return self.groups.get(ref) if ref is not None else None


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

    def __init__(
        self, constraints: Constraints | None = None, threshold: float = LINK_THRESHOLD,
        scorer: Callable[[EventFeatures, EventFeatures], float | None] = pair_probability,
    ) -> None:
        self.constraints = constraints or Constraints()
        self.threshold = threshold
        self.scorer = scorer  # a pair's probability of one incident, None when ruled out (bench: other models)
        self.clusters: dict[Hashable, Cluster] = {}
        self._by_day: dict[date, set[Hashable]] = defaultdict(set)
        self._new_keys = 0
        self._scores: dict[tuple[Hashable, Hashable], float | None] = {}

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
        return self.assign_all([features])[0][1]

    def assign_all(self, features: Iterable[EventFeatures]) -> list[tuple[EventFeatures, Assignment | None]]:
        """Cluster a batch of new claims together with the loaded incidents.

        Agglomerative, best pair first: every new claim starts as a group of its own (a
        reviewer's merge joins its claims at once), and the two groups whose average score
        is highest are merged, again and again, while it reaches the threshold.  Loaded
        incidents take in new groups but are never merged with each other or split.  Order
        of arrival does not matter, so a claim that fits a later report better than an
        earlier one goes with the later one.  Complete-link vetoes (any pair ruled out
        rules the merge out) and average scores keep groups from chaining: a vague claim
        that resembles one member cannot pull in reports about another place.  Then a
        report too vague to score a link joins the one incident it may mean, if only one
        (``_Groups.join_only_candidates``).
        """
        ordered = in_date_order(features)
        groups = _Groups(self)
        for item in ordered:
            groups.add(item)
        groups.agglomerate()
        groups.join_only_candidates()
        return [(item, groups.assignment(item)) for item in ordered]

    def linkage(self, left: list[EventFeatures], right: list[EventFeatures]) -> LinkScore | None:
        """Mean score over every pair across two groups, with the closest pair's reasons;
        None when any pair is ruled out (complete-link veto)."""
        found = self._mean(left, right)
        if found is None:
            return None
        mean, member, other = found
        closest = score_pair(other, member)
        assert closest is not None  # the pair passed every veto in ``_mean``
        reasons = {**closest.reasons, "closest_claim": member.key, "closest_score": closest.score}
        return LinkScore(round(mean, 4), reasons)

    def _mean(
        self, left: list[EventFeatures], right: list[EventFeatures]
    ) -> tuple[float, EventFeatures, EventFeatures] | None:
        """(mean score, closest pair) across two groups, or None when a pair is ruled out.

        Complete link over reports rather than claims: the events one report gives of one
        event across several towns (``matching.same_report_event``) stand together for it,
        so another report scores against that report by its best pair (the town it names)
        and is ruled out only when every pair is.  A reviewer's cannot-link rules the merge
        out; so does one report on both sides, unless its claims there may be one event the
        extractor split (``matching.told_twice``: a city and its quarter, a sentence typed
        two ways), which then sits out of the mean: the other reports' pairs decide, and
        with no other report on either side the report's two events stay apart."""
        if len(left) == 1 and len(right) == 1:  # most pairs compared: two claims, no report to group
            return self._single(left[0], right[0])
        found = self.mean_over_reports(left, right, self._told_twice)
        if found is not None and found[0] >= self.threshold:
            return found
        return self._famous_mean(left, right) or found

    def _famous_mean(
        self, left: list[EventFeatures], right: list[EventFeatures]
    ) -> tuple[float, EventFeatures, EventFeatures] | None:
        """``_mean`` over the members telling a famous massacre (``matching.famous``: a gas
        attack told with a toll of dozens or more), asked when the mean over every report
        falls short or a pair without such a toll rules the merge out.

        Such an event is retold for weeks, mostly without its toll (a minister's reaction, an
        inquiry's call) or as the strike that delivered it, by reports that each joined their
        group by their own link; two groups of them whose tolled reports agree tell one
        event, yet every pair of untolled retellings across, days apart and sharing few
        words, drags the mean down, and a strike told on the attack's day rules out a
        retelling dated by its own day a week later (a strike's day of slack).  Their tolled
        reports decide instead, vetoes among them kept (None when either group has none, when
        a reviewer keeps some pair across apart, or when one report's events that are not one
        event told twice sit on both sides)."""
        tolled_left, tolled_right = [f for f in left if famous(f)], [f for f in right if famous(f)]
        if not tolled_left or not tolled_right:
            return None
        if any(self.constraints.forbids(member.ref, other.ref) for member in left for other in right):
            return None
        by_report_right = _by_report(right)
        for report, members in _by_report(left).items():
            if report in by_report_right and not self._told_twice(members, by_report_right[report]):
                return None  # one report's distinct events stay distinct incidents
        found = self.mean_over_reports(tolled_left, tolled_right, self._told_twice)
        return found if found is not None and found[0] >= self.threshold else None

    def mean_over_reports(
        self, left: list[EventFeatures], right: list[EventFeatures],
        may_stand_together: Callable[[list[EventFeatures], list[EventFeatures]], bool],
    ) -> tuple[float, EventFeatures, EventFeatures] | None:
        """``_mean`` over report pairs; ``may_stand_together(members, others)`` says whether a
        report with claims on both sides lets the merge go on (its pair then sits out of the
        mean) or rules it out (``bench/dedup_same_report.py`` asks what lifting it would do)."""
        by_report_left, by_report_right = _by_report(left), _by_report(right)
        total, scored, best = 0.0, 0, None
        for report, members in by_report_left.items():
            for other_report, others in by_report_right.items():
                if report == other_report:
                    if not may_stand_together(members, others):
                        return None
                    continue
                closest = self._closest(members, others)
                if closest is None:
                    return None
                total += closest[0]
                scored += 1
                if best is None or closest[0] > best[0]:
                    best = closest
        if best is None:
            return None
        return total / scored, best[1], best[2]

    def _told_twice(self, members: list[EventFeatures], others: list[EventFeatures]) -> bool:
        """One report's claims on both sides of a merge may be one event told twice: some
        pair is (``matching.told_twice``) and a reviewer keeps none apart."""
        pairs = [(member, other) for member in members for other in others]
        if any(self.constraints.forbids(member.ref, other.ref) for member, other in pairs):
            return False
        return any(told_twice(member, other) for member, other in pairs)

    def _single(self, member: EventFeatures, other: EventFeatures) -> tuple[float, EventFeatures, EventFeatures] | None:
        """``_mean`` of two one-claim groups: their pair's score (None when ruled out)."""
        if member.document == other.document or self.constraints.forbids(member.ref, other.ref):
            return None
        score = self._pair(other, member)
        return None if score is None else (score, member, other)

    def _closest(
        self, members: list[EventFeatures], others: list[EventFeatures]
    ) -> tuple[float, EventFeatures, EventFeatures] | None:
        """The best-scoring pair between two reports' claims; None when a reviewer keeps
        some pair apart or every pair is ruled out."""
        best = None
        for member in members:
            for other in others:
                if self.constraints.forbids(member.ref, other.ref):
                    return None
                score = self._pair(other, member)
                if score is not None and (best is None or score > best[0]):
                    best = (score, member, other)
        return best

    def _pair(self, a: EventFeatures, b: EventFeatures) -> float | None:
        """The scorer's probability, remembered: merges re-score groups whose pairs were scored before."""
        key = (a.key, b.key)
        if key not in self._scores:
            self._scores[key] = self.scorer(a, b)
        return self._scores[key]

    def review_target(self, features: EventFeatures) -> Cluster | None:
        """The loaded incident a reviewer's merge says this claim belongs to, if any."""
        group = self.constraints.group(features.ref)
        if group is None:
            return None
        for cluster in self.clusters.values():
            if any(self.constraints.group(m.ref) == group for m in cluster.members):
                if not any(self.constraints.forbids(m.ref, features.ref) for m in cluster.members):
                    return cluster
        return None

    def near(self, item: EventFeatures) -> set[Hashable]:
        """Keys of loaded incidents whose dates come within the claim's slack of its own."""
        if item.start is None or item.end is None:
            return set()
        keys: set[Hashable] = set()
        for day in _window(item):
            keys |= self._by_day.get(day, set())
        return keys

    def new_cluster(self) -> Cluster:
        self._new_keys += 1
        cluster = Cluster(("new", self._new_keys))
        self.clusters[cluster.key] = cluster
        return cluster

    def join(self, cluster: Cluster, features: EventFeatures, link: LinkScore | None) -> None:
        cluster.add(features, link)
        self._index(cluster)

    def _index(self, cluster: Cluster) -> None:
        if cluster.start is None or cluster.end is None:
            return
        for day in _days(cluster.start, cluster.end):
            self._by_day[day].add(cluster.key)


@dataclass
class _Group:
    """New claims that will end up in one incident, and the loaded incident they join, if any."""

    members: list[EventFeatures]
    links: dict[Hashable, LinkScore | None]
    cluster: Cluster | None = None  # a loaded incident (its members are in ``cluster.members``)
    by_review: set[Hashable] = field(default_factory=set)
    version: int = 0

    def everyone(self) -> list[EventFeatures]:
        return (self.cluster.members if self.cluster else []) + self.members


class _Groups:
    """The state of one agglomerative pass (``Clusterer.assign_all``)."""

    def __init__(self, clusterer: Clusterer) -> None:
        self.clusterer = clusterer
        self.groups: dict[int, _Group] = {}
        self.ids = itertools.count()  # group ids, never reused (merges drop groups)
        self.of: dict[Hashable, int] = {}  # new claim key -> group id
        self.loaded: dict[Hashable, int] = {}  # loaded incident key -> group id
        # day -> governorate block (``_blocks``) -> groups with a member dated that day there
        self.by_day: dict[date, dict[str | None, set[int]]] = defaultdict(lambda: defaultdict(set))
        self.entries: dict[int, list[tuple[date, str | None]]] = defaultdict(list)  # where each group is indexed
        self.review: dict[int, int] = {}  # reviewer's merge group -> our group id
        self.reports: dict[Hashable, list[EventFeatures]] = defaultdict(list)  # report -> its new claims

    def add(self, item: EventFeatures) -> None:
        """A new claim: into the group a reviewer's merge names, else a group of its own."""
        target = self.clusterer.review_target(item)
        merge = self.clusterer.constraints.group(item.ref)
        told_with = None
        if target is not None:
            gid = self._group_of_loaded(target)
        elif merge is not None and merge in self.review:
            gid = self.review[merge]
        elif told := self._same_event_of_report(item):
            told_with, gid = told[0], self.of[told[0].key]
            for other in told[1:]:  # the claim ties together groups its report started apart
                if self.of[other.key] != gid:
                    gid = self._merge(gid, self.of[other.key], _same_report_link(other, item))
        else:
            gid = next(self.ids)
            self.groups[gid] = _Group([], {})
            target = None
        group = self.groups[gid]
        by_review = bool(group.members or group.cluster) and told_with is None
        group.members.append(item)
        group.links[item.key] = (
            LinkScore(1.0, {"review": "merge"}) if by_review
            else _same_report_link(told_with, item) if told_with is not None
            else None
        )
        if by_review:
            group.by_review.add(item.key)
        self.reports[item.document].append(item)
        if merge is not None:
            self.review.setdefault(merge, gid)
        self.of[item.key] = gid
        self._index(gid, item)

    def _same_event_of_report(self, item: EventFeatures) -> list[EventFeatures]:
        """Earlier claims of the same report that tell the same event at a neighbouring
        place (``matching.same_report_event``), whose groups this claim starts in (one group:
        a shelling of Jobar told with both a chemical attack on Jobar and a shelling of the
        next quarter ties the two together); none when a reviewer's decision keeps them apart
        or put that claim in a reviewer's merge."""
        found = []
        for earlier in self.reports.get(item.document, []):
            if not same_report_event(earlier, item) or self.clusterer.constraints.forbids(earlier.ref, item.ref):
                continue
            group = self.groups[self.of[earlier.key]]
            if group.cluster is None and not group.by_review:
                found.append(earlier)
        return found

    def _group_of_loaded(self, cluster: Cluster) -> int:
        if cluster.key not in self.loaded:
            gid = next(self.ids)
            self.groups[gid] = _Group([], {}, cluster=cluster)
            self.loaded[cluster.key] = gid
        return self.loaded[cluster.key]

    def _index(self, gid: int, item: EventFeatures) -> None:
        if item.start is None or item.end is None:
            return
        blocks = _blocks(item)
        for day in _days(item.start, item.end):
            for block in blocks:
                self.by_day[day][block].add(gid)
                self.entries[gid].append((day, block))

    def neighbours(self, gid: int) -> set[int]:
        """Groups (loaded incidents included) whose members come within the slack of this one's."""
        found: set[int] = set()
        for item in self.groups[gid].members:
            if item.start is None or item.end is None:
                continue
            blocks = _blocks(item)
            for day in _window(item):
                here = self.by_day.get(day)
                if not here:
                    continue
                if blocks == (None,):  # no governorate to hold it to: every block of the day
                    found.update(*here.values())
                else:  # the claims of the governorates it may lie in, and those that could be anywhere
                    found |= here.get(None, set()).union(*(here.get(block, set()) for block in blocks))
            for key in self.clusterer.near(item):
                found.add(self._group_of_loaded(self.clusterer.clusters[key]))
        found.discard(gid)
        return {other for other in found if other in self.groups}

    def agglomerate(self) -> None:
        """Merge the best-scoring pair of groups while it reaches the threshold.

        A group is scored only against its ``CANDIDATES`` neighbours that share most with
        it (``_nearest``): a pair is scored when either group holds the other among its
        nearest, so the pairs scored per claim stay bounded however many reports a day has.
        """
        heap: list[tuple[float, int, int, int, int]] = []
        near = {gid: self.neighbours(gid) for gid in list(self.groups) if self.groups[gid].members}
        nearest = {gid: self._nearest(gid, found) for gid, found in near.items()}
        for gid, found in near.items():
            for other in found:
                if not self.groups[other].members:  # a loaded incident: from the new claims' side
                    if other in nearest[gid]:
                        self._push(heap, gid, other)
                elif other > gid and (other in nearest[gid] or gid in nearest.get(other, ())):  # each pair once
                    self._push(heap, gid, other)
        while heap:
            _, a, b, version_a, version_b = heapq.heappop(heap)
            if a not in self.groups or b not in self.groups:
                continue
            if (self.groups[a].version, self.groups[b].version) != (version_a, version_b):
                continue
            link = self.clusterer.linkage(self.groups[a].everyone(), self.groups[b].everyone())
            if link is None or link.score < self.clusterer.threshold:
                continue
            kept = self._merge(a, b, link)
            for other in self._nearest(kept, self.neighbours(kept)):
                self._push(heap, kept, other)

    def join_only_candidates(self) -> None:
        """A report left alone whose claim is unsure (``matching.unsure``: a chemical attack
        told without a place, or an attack on a town told only as "last week") joins the
        incident it may mean (``matching.may_mean``: same kind, told with a place, or at the
        same place on a day of the week, by no other named actors, nothing ruled out) when
        there is exactly one such incident within its slack.

        Such a report cannot score a link (it shares too little with any one report), yet
        when Syria saw one gas attack that week it tells that one; with two candidates it
        says nothing about which, and stays apart.  Reports are taken in date order, after
        agglomeration, so the candidates are whole incidents rather than single reports."""
        alone = [
            gid for gid, group in self.groups.items()
            if group.cluster is None and len({member.document for member in group.members}) == 1
        ]
        for gid in sorted(alone, key=lambda g: _order(self.groups[g].members)):
            group = self.groups.get(gid)
            if group is None or len({member.document for member in group.members}) != 1:
                continue  # taken in by an earlier report's incident
            loose = [member for member in group.members if unsure(member)]
            if not loose:
                continue
            candidates = {
                other for other in self.neighbours(gid)
                if any(may_mean(item, member) for item in loose for member in self.groups[other].everyone())
            }
            if len(candidates) != 1:
                continue
            other = candidates.pop()
            link = self.clusterer.linkage(group.members, self.groups[other].everyone())
            if link is not None:
                self._merge(gid, other, LinkScore(link.score, {**link.reasons, "only_candidate": True}))

    def _nearest(self, gid: int, found: set[int]) -> set[int]:
        """The ``CANDIDATES`` neighbours sharing most with this group (``_shared``, best
        pair across), all of them when there are no more; ties go to the earlier group."""
        if len(found) <= CANDIDATES:
            return found
        mine = self.groups[gid].everyone()
        if any(item.sub_event_type in rare_types() for item in mine):
            # A rare kind of event (a gas attack, a massacre) is what dozens of outlets retell
            # on one day: all of them are its candidates, and such groups are few.
            return found

        def shared(other: int) -> float:
            return max(_shared(a, b) for a in mine for b in self.groups[other].everyone())

        return set(sorted(found, key=lambda other: (-shared(other), other))[:CANDIDATES])

    def _score(self, a: int, b: int) -> float | None:
        left, right = self.groups[a], self.groups[b]
        if left.cluster is not None and right.cluster is not None:
            return None  # loaded incidents are never merged by fusion
        found = self.clusterer._mean(left.everyone(), right.everyone())
        return None if found is None else found[0]

    def _push(self, heap: list, a: int, b: int) -> None:
        score = self._score(a, b)
        if score is not None and score >= self.clusterer.threshold:
            heapq.heappush(heap, (-score, min(a, b), max(a, b), *self._versions(min(a, b), max(a, b))))

    def _versions(self, a: int, b: int) -> tuple[int, int]:
        return self.groups[a].version, self.groups[b].version

    def _merge(self, a: int, b: int, link: LinkScore) -> int:
        """Fold one group into the other (into the loaded incident, else the earlier one)."""
        keep, fold = (b, a) if self.groups[b].cluster is not None else (a, b)
        kept, folded = self.groups[keep], self.groups.pop(fold)
        folded_first = bool(kept.cluster is None and folded.members and kept.members) and (
            in_date_order([kept.members[0], folded.members[0]])[0] is folded.members[0]
        )
        links = {item.key: folded.links[item.key] or link for item in folded.members}
        for item in folded.members:
            self.of[item.key] = keep
            self._index(keep, item)
        if folded_first:  # the earlier group's claims stay first: its first claim starts the incident
            kept.members = folded.members + kept.members
            kept.links = {**links, **kept.links}
        else:
            kept.members = kept.members + folded.members
            kept.links = {**kept.links, **links}
        kept.by_review |= folded.by_review
        if kept.cluster is not None:
            kept.links = {key: value or link for key, value in kept.links.items()}
        kept.version += 1
        for day, block in self.entries.pop(fold, []):
            self.by_day[day][block].discard(fold)
        return keep

    def assignment(self, item: EventFeatures) -> Assignment | None:
        """Where a new claim went; new incidents are made here, once per group."""
        group = self.groups[self.of[item.key]]
        if group.cluster is None:
            if not any(member.may_start_incident for member in group.members):
                return None
            group.cluster = self.clusterer.new_cluster()
        self.clusterer.join(group.cluster, item, group.links[item.key])
        return Assignment(group.cluster, group.links[item.key], by_review=item.key in group.by_review)


def _same_report_link(told_with: EventFeatures, item: EventFeatures) -> LinkScore:
    """Why a claim is in the incident of another claim of its report: the report tells one
    event at both places (the report's own word, so no score is needed beyond it)."""
    return LinkScore(1.0, {"same_report": True, "places": sorted({told_with.place_name or "", item.place_name or ""})})


def _order(members: list[EventFeatures]) -> tuple:
    """A group's place in date order: that of its earliest claim."""
    return min(_date_order(member) for member in members)


def _shared(a: EventFeatures, b: EventFeatures) -> float:
    """What two claims visibly share, cheap to count before any signal: the Dice overlap of
    their words (the signal of most weight) and a quarter each for the same sub-event type
    and the same place.  It only ranks candidates (``CANDIDATES``); it scores nothing."""
    same_place = a.place_name is not None and b.place_name is not None and (
        (a.place_id is not None and a.place_id == b.place_id) or a.place_name.casefold() == b.place_name.casefold()
    )
    return text_similarity(a, b) + 0.25 * (a.sub_event_type == b.sub_event_type) + 0.25 * same_place


def _by_report(members: list[EventFeatures]) -> dict[Hashable, list[EventFeatures]]:
    """Claims grouped by the report they come from, in order."""
    found: dict[Hashable, list[EventFeatures]] = defaultdict(list)
    for member in members:
        found[member.document].append(member)
    return found


def in_date_order(features: Iterable[EventFeatures]) -> list[EventFeatures]:
    """The order claims are clustered in (the store and the benchmark alike): by date,
    then by report, claims of one report in the order they were given."""
    return sorted(features, key=_date_order)


def _date_order(f: EventFeatures) -> tuple:
    return f.start is None, f.start or date.min, _document_order(f.document)


def _document_order(document: Hashable) -> tuple[int, str]:
    """Row ids (and benchmark indexes) in number order; other keys by their text."""
    return (document, "") if isinstance(document, int) else (0, str(document))


def _blocks(item: EventFeatures) -> tuple[str | None, ...]:
    """The governorates a claim can only match within (the place veto of ``matching``):
    its own, and its neighbour's when its place lies within twice its tolerance of the border
    (``matching.reach``); (None,) when it may match anywhere (no governorate, or a place
    coarser than one)."""
    if item.admin1 and (item.where_prec or 1) < COARSE_PRECISION:
        return tuple(sorted(reach(item)))
    return (None,)


def _window(item: EventFeatures) -> list[date]:
    """The days a claim's match may fall on: its dates widened by its slack."""
    if item.start is None or item.end is None:
        return []  # an undated claim is indexed under no day
    slack = timedelta(days=slack_days(item))
    return _days(item.start - slack, item.end + slack)


def _days(start: date, end: date) -> list[date]:
    """Every day of a range; for very long ranges only the ends (they match little anyway)."""
    span = (end - start).days
    if span > MAX_INDEXED_DAYS:
        return [start, end]
    return [start + timedelta(days=offset) for offset in range(span + 1)]
