"""Incident deduplication against UCDP's own coders.

UCDP GED merged the reports behind each of its events and kept their headlines in
``source_headline`` (``;``-separated, dates likewise in ``source_date``).  Each
distinct (headline, date) of one year is treated as a short report; the headlines that
belong to exactly one GED event are extracted with the real ``Extractor`` and clustered
with the same ``Clusterer`` as the store, as one batch (``Clusterer.assign_all``).  A headline the extractor
finds no event in (a strike log's "date: place" line, a toll bulletin) takes part as one
report member (``fuse.reports``) with its place, stated date and casualty figures; one
that names no place and matches no incident stays alone, as in the store.  Pairwise and
B-cubed precision, recall and F1 compare the incidents with GED event ids, beside two
baselines computed here: every headline alone, and same publication day + same
governorate (UCDP's ``adm_1``); also how many incidents each GED event is split into and
how many GED events each incident mixes (1.0 is ideal for both), the time fusion alone
takes, and the peak memory.

A headline's incident is the incident of its first located event (else its first
event, else its report member); a headline in no incident is alone.

The matching weights and the threshold were fitted on 2018 (``bench/fit_dedup.py``);
2017, the default year, is held out: report 2017, tune on 2018.

With ``--store`` the headlines go through a temporary SQLite store instead: stored as
documents and claims, fused by ``update_incidents`` (the threshold is then the
package's), and read back from ``incident_links`` and ``incident_reports``.  Both paths
must give the same scores: the benchmark measures the product.  With ``--weekly`` as well,
the store is fused a week of publication at a time, in date order, as a monitor loading
each week's reports would: the scores must equal one pass's (``fuse.neighbourhood``), and
it prints how many stored incidents the weeks re-fused and the slowest week's time.

    python bench/dedup_ucdp.py [--csv PATH] [--year 2017] [--threshold 0.25] [--store [--weekly]] [--cache FILE]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import itertools
import pickle
import resource
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from observatory.extract.pipeline import EXTRACTOR_VERSION, Extractor
from observatory.fuse.clustering import Clusterer
from observatory.fuse.features import EventFeatures
from observatory.fuse.incidents import update_incidents
from observatory.fuse.matching import LINK_THRESHOLD, pair_probability
from observatory.fuse.rarity import WordRarity, weigh
from observatory.fuse.reports import report_members
from observatory.models import Document
from observatory.store.claims import save_extraction
from observatory.store.db import migrate, session_scope
from observatory.store.tables.core import DocumentRow, EventClaim
from observatory.store.tables.fusion import IncidentLink, IncidentReport

DEFAULT_CSV = Path("/work/shared/data/ucdp/ged_syria_2016_2019.csv")
TUNING_YEAR = "2018"


@dataclass(frozen=True)
class Headline:
    text: str
    published: str
    event_id: str
    adm_1: str


def read_headlines(path: Path, year: str) -> list[Headline]:
    """Headlines of one year that belong to exactly one GED event."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    governorate: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["year"] != year:
                continue
            governorate[row["id"]] = row["adm_1"]
            for pair in _split_sources(row["source_headline"], row["source_date"]):
                owners[pair].add(row["id"])
    return [
        Headline(text, published, next(iter(ids)), governorate[next(iter(ids))])
        for (text, published), ids in owners.items()
        if len(ids) == 1
    ]


def _split_sources(headlines: str, dates: str) -> list[tuple[str, str]]:
    """Pair each ``;``-separated headline with its date; unaligned lists reuse the first date."""
    texts = [text.strip() for text in headlines.split(";")]
    days = [day.strip() for day in dates.split(";")]
    if len(days) != len(texts):
        days = [days[0]] * len(texts)
    return [(text, day) for text, day in zip(texts, days) if text]


def _pairs(labels: dict[int, Hashable]) -> set[tuple[int, int]]:
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for item, label in labels.items():
        groups[label].append(item)
    return {pair for members in groups.values() for pair in itertools.combinations(sorted(members), 2)}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def pairwise(predicted: dict[int, Hashable], gold: dict[int, Hashable]) -> tuple[float, float, float, int]:
    found, truth = _pairs(predicted), _pairs(gold)
    hits = len(found & truth)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    return precision, recall, _f1(precision, recall), len(truth)


def bcubed(predicted: dict[int, Hashable], gold: dict[int, Hashable]) -> tuple[float, float, float]:
    """Per-item precision and recall of its cluster, averaged (Bagga & Baldwin)."""
    both = Counter((predicted[i], gold[i]) for i in gold)
    sizes_p, sizes_g = Counter(predicted.values()), Counter(gold.values())
    precision = sum(both[(predicted[i], gold[i])] / sizes_p[predicted[i]] for i in gold) / len(gold)
    recall = sum(both[(predicted[i], gold[i])] / sizes_g[gold[i]] for i in gold) / len(gold)
    return precision, recall, _f1(precision, recall)


def headline_features(
    headlines: list[Headline], counts: Counter, cache: Path | None = None
) -> list[tuple[int, EventFeatures]]:
    """Extract every headline: its events, or one report member when it names none.

    ``cache``: a pickle of the members of this extractor version, written on the first run
    and read on later ones, so tuning the matcher does not re-run extraction each time.
    Each member's words are weighed by their document frequency over the year's headlines,
    as the store weighs them over its documents (``fuse.rarity``)."""
    key = hashlib.sha256(f"{EXTRACTOR_VERSION}|{len(headlines)}|{headlines[:1]}".encode()).hexdigest()
    found = None
    if cache is not None and cache.exists():
        stored = pickle.loads(cache.read_bytes())
        if stored["key"] == key:
            counts.update(stored["counts"])
            found = stored["features"]
    if found is None:
        found = _extract_headlines(headlines, counts)
        if cache is not None:
            cache.write_bytes(pickle.dumps({"key": key, "counts": dict(counts), "features": found}))
    rarity = WordRarity.of_texts(f"{headline.text} {headline.text}" for headline in headlines)
    return [(index, weigh(item, rarity)) for index, item in found]


def study_parser(doc: str) -> argparse.ArgumentParser:
    """The options every study of one year's extracted headlines takes (``dedup_gaps``,
    ``dedup_misses``, ``fit_dedup``): the GED file, the year (2018, the fitting year, by
    default) and the pickle of extracted members; the study adds its own."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--year", default="2018")
    parser.add_argument("--cache", type=Path, help="pickle of extracted members (see dedup_ucdp.py --cache)")
    return parser


def study_members(args: argparse.Namespace) -> tuple[list[Headline], list[tuple[int, EventFeatures]]]:
    """The year's headlines and their extracted members, as ``study_parser``'s options ask."""
    headlines = read_headlines(args.csv, args.year)
    return headlines, headline_features(headlines, Counter(), args.cache)


@dataclass
class StudyClusters:
    """A study year clustered: its headlines and members, each headline's incident, the
    member a headline is judged by (its first located event), and GED's events."""

    headlines: list[Headline]
    members: list[tuple[int, EventFeatures]]
    labels: dict[int, Hashable]
    primary: dict[int, EventFeatures]
    events: dict[str, list[int]]


def study_clusters(args: argparse.Namespace) -> StudyClusters:
    """``study_members`` clustered at ``args.threshold``, for the studies of missed pairs."""
    headlines, members = study_members(args)
    labels = cluster_features(members, len(headlines), args.threshold)
    by_key = {item.key: item for _, item in members}
    primary = {index: by_key[key] for index, key in _primary_events(members).items()}
    events: dict[str, list[int]] = defaultdict(list)
    for index, headline in enumerate(headlines):
        events[headline.event_id].append(index)
    return StudyClusters(headlines, members, labels, primary, events)


def _extract_headlines(headlines: list[Headline], counts: Counter) -> list[tuple[int, EventFeatures]]:
    extractor = Extractor()
    features: list[tuple[int, EventFeatures]] = []
    for index, headline in enumerate(headlines):
        published = date.fromisoformat(headline.published)
        result = extractor.extract(headline.text, Document(id=f"ucdp-{index}", published=headline.published))
        counts["events"] += len(result.events)
        counts["report_members"] += not result.events
        members = report_members(result, headline.text, document=index, published=published, places=extractor.places)
        features += [(index, item) for item in members]
    return features


def cluster_headlines(
    headlines: list[Headline], threshold: float, cache: Path | None = None
) -> tuple[dict[int, Hashable], dict]:
    """Extract every headline and cluster its members; returns headline -> incident key."""
    counts: Counter = Counter()
    features = headline_features(headlines, counts, cache)
    started = time.perf_counter()
    labels = cluster_features(features, len(headlines), threshold)
    counts["fuse_seconds"] = round(time.perf_counter() - started, 1)
    counts["headlines_with_events"] = len(headlines) - counts["report_members"]
    counts["incidents"] = len(set(labels.values()))
    return labels, counts


def cluster_features(
    features: list[tuple[int, EventFeatures]], n: int, threshold: float,
    scorer: Callable[[EventFeatures, EventFeatures], float | None] = pair_probability,
) -> dict[int, Hashable]:
    """Cluster the members as one batch, as the store does; headline -> incident key.
    ``scorer``: the pair model (the package's, or one ``bench/fit_pair_model.py`` tries)."""
    clusterer = Clusterer(threshold=threshold, scorer=scorer)
    incident_of: dict[Hashable, Hashable] = {}
    for item, assignment in clusterer.assign_all(item for _, item in features):
        incident_of[item.key] = assignment.cluster.key if assignment else ("alone", item.document)
    primary = _primary_events(features)
    return {index: incident_of[primary[index]] for index in range(n)}


def cluster_in_store(headlines: list[Headline], weekly: bool = False) -> tuple[dict[int, Hashable], dict]:
    """Store the headlines' claims in a temporary SQLite file and fuse them there (in one
    pass, or ``weekly``: one ``update_incidents`` per week of publication, in date order)."""
    extractor = Extractor()
    counts: Counter = Counter()
    with tempfile.TemporaryDirectory() as folder:
        engine = migrate(f"sqlite:///{folder}/bench.db")
        with session_scope(engine) as session:
            document_index: dict[int, int] = {}
            for index, headline in enumerate(headlines):
                row = DocumentRow(
                    external_id=f"ucdp-{index}", title=headline.text, text=headline.text,
                    published=date.fromisoformat(headline.published), language="en",
                    content_hash=hashlib.sha256(f"{index}:{headline.text}".encode()).hexdigest(),
                )
                session.add(row)
                session.flush()
                document_index[row.id] = index
                result = extractor.extract(headline.text, Document(id=row.external_id, published=headline.published))
                counts["events"] += len(result.events)
                save_extraction(session, row, result, EXTRACTOR_VERSION)
            started = time.perf_counter()
            if weekly:
                _fuse_weekly(session, headlines, document_index, counts)
            else:
                update_incidents(session)
            counts["fuse_seconds"] = round(time.perf_counter() - started, 1)
            counts["report_members"] = session.scalar(select(func.count(IncidentReport.id))) or 0
            query = select(EventClaim.document_id, EventClaim.place_name, IncidentLink.incident_id).join(
                IncidentLink, IncidentLink.event_claim_id == EventClaim.id
            ).order_by(EventClaim.id)
            primary: dict[int, tuple[bool, int]] = {}
            for document_id, place_name, incident_id in session.execute(query):
                index = document_index[document_id]
                if index not in primary or (not primary[index][0] and place_name is not None):
                    primary[index] = (place_name is not None, incident_id)
            counts["headlines_with_events"] = len(headlines) - counts["report_members"]
            members = select(IncidentReport.document_id, IncidentReport.incident_id).where(
                IncidentReport.incident_id.is_not(None)
            )
            for document_id, incident_id in session.execute(members):
                primary[document_index[document_id]] = (False, incident_id)
        engine.dispose()
    labels = {i: primary[i][1] if i in primary else ("alone", i) for i in range(len(headlines))}
    counts["incidents"] = len(set(labels.values()))
    return labels, counts


def _fuse_weekly(session, headlines: list[Headline], document_index: dict[int, int], counts: Counter) -> None:
    """Fuse the stored headlines a week of publication at a time, counting what each week re-fused."""
    weeks: dict[tuple[int, int], list[int]] = defaultdict(list)
    for document_id, index in document_index.items():
        weeks[date.fromisoformat(headlines[index].published).isocalendar()[:2]].append(document_id)
    slowest = 0.0
    for week in sorted(weeks):
        stats = update_incidents(session, sorted(weeks[week]))
        counts["weeks"] += 1
        counts["reopened"] += stats.incidents_reopened
        counts["relinked"] += stats.members_relinked
        counts["most_reopened"] = max(counts["most_reopened"], stats.incidents_reopened)
        slowest = max(slowest, stats.seconds)
    counts["slowest_week_seconds"] = round(slowest, 1)


def _primary_events(features: list[tuple[int, EventFeatures]]) -> dict[int, Hashable]:
    """Each headline's first located event, else its first event."""
    primary: dict[int, EventFeatures] = {}
    for index, item in features:
        chosen = primary.get(index)
        if chosen is None or (chosen.place_name is None and item.place_name is not None):
            primary[index] = item
    return {index: item.key for index, item in primary.items()}


def spread(predicted: dict[int, Hashable], gold: dict[int, Hashable]) -> tuple[float, float]:
    """(incidents per GED event, GED events per incident), each averaged; 1.0 is ideal.

    The first counts how many pieces each GED event is split into (duplicates left), the
    second how many GED events each incident mixes (wrong merges)."""
    pieces: dict[Hashable, set] = defaultdict(set)
    mixed: dict[Hashable, set] = defaultdict(set)
    for item, label in gold.items():
        pieces[label].add(predicted[item])
        mixed[predicted[item]].add(label)
    return (
        sum(map(len, pieces.values())) / len(pieces),
        sum(map(len, mixed.values())) / len(mixed),
    )


def report(name: str, predicted: dict[int, Hashable], gold: dict[int, Hashable]) -> None:
    p, r, f, _ = pairwise(predicted, gold)
    bp, br, bf = bcubed(predicted, gold)
    split, merged = spread(predicted, gold)
    print(
        f"{name:<28} pairwise P {p:.3f} R {r:.3f} F1 {f:.3f} | B-cubed P {bp:.3f} R {br:.3f} F1 {bf:.3f} | "
        f"incidents/event {split:.2f}, events/incident {merged:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--year", default="2017")
    parser.add_argument("--threshold", type=float, default=LINK_THRESHOLD)
    parser.add_argument("--store", action="store_true", help="fuse through a temporary SQLite store")
    parser.add_argument("--weekly", action="store_true", help="with --store: fuse a week of publication at a time")
    parser.add_argument(
        "--cache", type=Path, help="pickle of extracted members (reused while the extractor is unchanged)"
    )
    args = parser.parse_args()

    headlines = read_headlines(args.csv, args.year)
    gold = {index: headline.event_id for index, headline in enumerate(headlines)}
    _, _, _, true_pairs = pairwise(gold, gold)
    print(f"{len(headlines)} headlines of {args.year} in exactly one GED event; {true_pairs} same-incident pairs")
    if args.year == TUNING_YEAR:
        print(f"{args.year}: the tuning year (matching weights and threshold were fitted on it)")
    else:
        print(f"{args.year}: held out (matching weights and threshold fitted on {TUNING_YEAR}, bench/fit_dedup.py)")

    started = time.perf_counter()
    if args.store:
        predicted, counts = cluster_in_store(headlines, args.weekly)
    else:
        predicted, counts = cluster_headlines(headlines, args.threshold, args.cache)
    elapsed = time.perf_counter() - started

    report("every headline alone", {index: index for index in gold}, gold)
    report("same day + governorate", {i: (h.published, h.adm_1) for i, h in enumerate(headlines)}, gold)
    report("observatory (store)" if args.store else f"observatory (t={args.threshold})", predicted, gold)
    print(
        f"events {counts['events']}, headlines with an event {counts['headlines_with_events']}, "
        f"report members {counts['report_members']}, incidents {counts['incidents']}"
    )
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    fusion = f", fusion alone {counts['fuse_seconds']} s"
    if args.weekly:
        fusion += (f" in {counts['weeks']} weekly runs (slowest {counts['slowest_week_seconds']} s; they re-fused "
                   f"{counts['reopened']} stored incidents, at most {counts['most_reopened']} in a week, "
                   f"{counts['relinked']} members linked again)")
    print(
        f"time {elapsed:.1f} s (extraction + fusion{fusion}), {len(headlines) / elapsed:.0f} headlines/s; "
        f"peak RSS {peak_mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
