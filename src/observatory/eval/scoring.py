"""Score extraction results against gold facts (``shared/spec/annotation.md``).

Gold sets hold the *facts* an analyst takes from a report, not a full extraction, so
each extraction result is first reduced to the same facts (``system_facts``) and the
two are compared fact by fact.  The figures follow the project's reference scorer
(``shared/tools/score.py``) so that numbers quoted by ``observatory eval`` and by the
scorer are the same numbers:

* sets (sub-event types, actors, event days) are compared by intersection;
* places, casualty claims and control changes are matched one to one, greedily in
  gold order, a stricter test first (place names) and a looser one after
  (names *or* coordinates within 15 km);
* the killed total must be exactly right; its mean absolute percentage error is
  reported beside the exact rate;
* the overall score is the mean of six headline F1s and the killed-total exact rate.

Results are handled in their JSON form (``ExtractionResult.to_json_dict()``), so an
output file written earlier and a result produced just now are scored by one path.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from observatory.kb.gazetteer.geo import km_between
from observatory.kb.gazetteer.normalize import ARTICLE_PATTERN

PLACE_RADIUS_KM = 15.0
"""A system place this close to the gold place is the same place, whatever its name."""

MISPLACED_KM = 50.0
"""A place named like the gold place but further than this was resolved to the wrong town."""

MAX_RANGE_DAYS = 31
"""Longer date ranges count only their two ends: a month-long span is not 31 event days."""

HEADLINE_METRICS = ("sub_event_types", "actors", "places", "casualties", "control", "dates")
SET_METRICS = ("sub_event_types", "actors", "places", "casualties", "casualty_numbers", "control", "dates")

_APOSTROPHES = re.compile(r"['`\u2018\u2019\u02be\u02bf]")
_GENERIC_WORDS = re.compile(
    r"\b(?:the|city|town|village|neighbou?rhood|countryside|desert|mountain|area|district|province|governorate)\b"
)
_ARTICLE = re.compile(rf"^{ARTICLE_PATTERN}[\s-]+")
_NOT_NAME_CHAR = re.compile(r"[^a-z0-9\u0600-\u06ff]")

JsonDict = dict[str, Any]


class GoldFormatError(ValueError):
    """A gold file line that cannot be scored; the message names ``file:line``."""


# ---------------------------------------------------------------- places


def place_key(name: str | None) -> str:
    """A spelling-insensitive key for a toponym.

    Reports and gazetteers spell one town many ways ("Al-Qaryatayn city", "al Qaryatayn",
    "Qaryatayn"): accents, apostrophes, the Arabic article and words like "city" or
    "countryside" are dropped so that only the distinctive part is compared.
    """
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    plain = _APOSTROPHES.sub("", plain)
    plain = _GENERIC_WORDS.sub(" ", plain).strip()
    plain = _ARTICLE.sub("", plain)
    return _NOT_NAME_CHAR.sub("", plain)


def coordinates(place: Mapping[str, Any]) -> tuple[float, float] | None:
    """``(lat, lon)`` when the place has usable coordinates."""
    lat, lon = place.get("lat"), place.get("lon")
    if lat is None or lon is None:
        return None
    try:
        return float(lat), float(lon)
    except (TypeError, ValueError):
        return None


def gold_place_keys(gold: Mapping[str, Any]) -> set[str]:
    """Keys of a gold place's name and its alternative spellings."""
    names = [gold.get("name"), *(gold.get("alt") or [])]
    return {key for key in map(place_key, names) if key}


def system_place_keys(place: Mapping[str, Any]) -> set[str]:
    """Keys of what the extractor called a place: the gazetteer name and the words used."""
    return {key for key in (place_key(place.get("name")), place_key(place.get("mention"))) if key}


def same_place_name(gold: Mapping[str, Any], place: Mapping[str, Any]) -> bool:
    return bool(gold_place_keys(gold) & system_place_keys(place))


def same_place(gold: Mapping[str, Any], place: Mapping[str, Any]) -> bool:
    """Same place by coordinates (within ``PLACE_RADIUS_KM``) or by name."""
    here, there = coordinates(gold), coordinates(place)
    if here and there and km_between(*here, *there) <= PLACE_RADIUS_KM:
        return True
    return same_place_name(gold, place)


# ---------------------------------------------------------------- system facts


@dataclass(frozen=True)
class ClaimFact:
    """A casualty claim as the scorer sees it."""

    status: str | None
    value: int | None
    qualifier: str | None
    actor: str | None
    top_level: bool
    scope: str


@dataclass(frozen=True)
class ControlFact:
    place: JsonDict
    gained_by: str | None
    change: str | None


@dataclass
class SystemFacts:
    """An extraction result reduced to the facts a gold line holds."""

    sub_event_types: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)
    places: list[JsonDict] = field(default_factory=list)
    claims: list[ClaimFact] = field(default_factory=list)
    control: list[ControlFact] = field(default_factory=list)
    dates: set[str] = field(default_factory=set)

    @property
    def killed_total(self) -> int | None:
        return killed_total(self.claims)


def event_days(date_range: Mapping[str, Any] | None) -> set[str]:
    """ISO days a ``{start, end}`` range covers; long ranges contribute only their ends."""
    if not date_range:
        return set()
    start = _iso_day(date_range.get("start"))
    if start is None:
        return set()
    end = _iso_day(date_range.get("end") or date_range.get("start")) or start
    start, end = min(start, end), max(start, end)
    span = (end - start).days
    if span > MAX_RANGE_DAYS:
        return {start.isoformat(), end.isoformat()}
    return {(start + timedelta(days=n)).isoformat() for n in range(span + 1)}


def _iso_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except (TypeError, ValueError):
        return None


def killed_total(claims: Iterable[ClaimFact]) -> int | None:
    """People killed in all: top-level numbered claims, incident tolls before running totals.

    Subsets (claims with a parent) are inside their parent and never added; a
    cumulative total counts only when the report gives no incident figure.
    """
    numbered = [c for c in claims if c.status == "killed" and c.top_level and c.value is not None]
    incident = [c for c in numbered if c.scope != "cumulative"]
    chosen = incident or numbered
    return sum(c.value for c in chosen if c.value is not None) if chosen else None


def _distinct_places(places: Iterable[Mapping[str, Any] | None]) -> list[JsonDict]:
    """Places in order, each once (by gazetteer id, else by name key)."""
    seen: set[str] = set()
    distinct: list[JsonDict] = []
    for place in places:
        if not place:
            continue
        key = place.get("gazetteer_id") or place_key(place.get("name")) or place_key(place.get("mention"))
        if key and key not in seen:
            seen.add(key)
            distinct.append(dict(place))
    return distinct


def _claim_fact(claim: Mapping[str, Any]) -> ClaimFact:
    count = claim.get("count") or {}
    return ClaimFact(
        status=claim.get("status"),
        value=count.get("value"),
        qualifier=count.get("qualifier"),
        actor=(claim.get("group") or {}).get("actor"),
        top_level=not claim.get("parent"),
        scope=claim.get("scope") or "incident",
    )


def system_facts(result: Mapping[str, Any]) -> SystemFacts:
    """Reduce one extraction result (JSON form) to gold-fact form."""
    events = result.get("events") or []
    casualties = result.get("casualties") or []
    changes = result.get("control_changes") or []
    actors = {a["name"] for e in events for a in e.get("actors") or [] if a.get("name")}
    actors |= {(c.get("group") or {}).get("actor") for c in casualties} - {None, ""}
    actors |= {k.get(side) for k in changes for side in ("gained_by", "lost_by")} - {None, ""}
    return SystemFacts(
        sub_event_types={e["sub_event_type"] for e in events if e.get("sub_event_type")},
        actors=actors,
        places=_distinct_places([e.get("location") for e in events] + [k.get("place") for k in changes]),
        claims=[_claim_fact(c) for c in casualties],
        control=[ControlFact(k.get("place") or {}, k.get("gained_by"), k.get("change")) for k in changes],
        dates=set().union(*(event_days(e.get("date")) for e in events)),
    )


# ---------------------------------------------------------------- matching

Test = Callable[[Any, Any], bool]


def greedy_matches(gold: Sequence[Any], system: Sequence[Any], tests: Sequence[Test]) -> int:
    """Number of one-to-one pairs found greedily.

    Each test is a pass over the gold items still unmatched, in gold order, taking the
    first unmatched system item it accepts; stricter tests go first so that a loose
    test cannot steal an item a strict one would have paired exactly.
    """
    free_system = list(range(len(system)))
    unmatched_gold = list(range(len(gold)))
    for accepts in tests:
        still_unmatched = []
        for g in unmatched_gold:
            hit = next((s for s in free_system if accepts(gold[g], system[s])), None)
            if hit is None:
                still_unmatched.append(g)
            else:
                free_system.remove(hit)
        unmatched_gold = still_unmatched
    return len(gold) - len(unmatched_gold)


def casualty_matches(gold: Mapping[str, Any], claim: ClaimFact) -> bool:
    """Same status, same number (a vague gold count wants a vague answer), an acceptable actor."""
    if gold.get("status") != claim.status:
        return False
    value = gold.get("value")
    if value is None:
        if claim.value is not None and claim.qualifier != "vague":
            return False
    elif claim.value != value:
        return False
    actors = gold.get("actors") or []
    return not actors or claim.actor in actors


def casualty_number_matches(gold: Mapping[str, Any], claim: ClaimFact) -> bool:
    """Only status and number: was the figure found at all, whoever it was given to."""
    return gold.get("status") == claim.status and gold.get("value") == claim.value


SAME_GOLD_PLACE_KM = 1.0
"""A gold control entry and a gold place this close are one place spelt twice."""


def _gold_control_place(gold: Mapping[str, Any]) -> JsonDict:
    return {"name": gold.get("place"), "lat": gold.get("lat"), "lon": gold.get("lon"), "alt": gold.get("alt")}


def with_place_spellings(control: Mapping[str, Any], gold_places: Sequence[Mapping[str, Any]]) -> JsonDict:
    """A gold control entry with the spellings its place has in the gold places list.

    Annotators write a place's alternative spellings once, in the places list; the
    control entry names the place only once.  A system that calls the place by one of
    those spellings has found it, so the entry borrows them (same name, or coordinates
    within ``SAME_GOLD_PLACE_KM``), as the reference scorer does.
    """
    spellings = {name for name in control.get("alt") or [] if name}
    here = coordinates(control)
    for place in gold_places:
        there = coordinates(place)
        same = place_key(place.get("name")) == place_key(control.get("place"))
        if not same and here and there:
            same = km_between(*here, *there) <= SAME_GOLD_PLACE_KM
        if same:
            spellings |= {name for name in (place.get("name"), *(place.get("alt") or [])) if name}
    return {**control, "alt": sorted(spellings)}


def control_matches_by_name(gold: Mapping[str, Any], change: ControlFact) -> bool:
    return same_place_name(_gold_control_place(gold), change.place) and _same_winner(gold, change)


def control_matches(gold: Mapping[str, Any], change: ControlFact) -> bool:
    return same_place(_gold_control_place(gold), change.place) and _same_winner(gold, change)


def _same_winner(gold: Mapping[str, Any], change: ControlFact) -> bool:
    return (gold.get("gained_by") or None) == (change.gained_by or None)


# ---------------------------------------------------------------- metrics


@dataclass
class Tally:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, matched: int, n_system: int, n_gold: int) -> None:
        self.tp += matched
        self.fp += n_system - matched
        self.fn += n_gold - matched

    @property
    def precision(self) -> float:
        """Nothing claimed is nothing wrong: 1.0."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Nothing to find is nothing missed: 1.0."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class DocumentRow:
    """One document's killed totals and the sub-event types gold and system disagree on."""

    id: str
    gold_killed: int | None
    system_killed: int | None
    sub_event_type_diff: list[str]


@dataclass
class Evaluation:
    """Running figures over a gold set; ``add`` one document at a time."""

    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in SET_METRICS})
    totals_seen: int = 0
    totals_exact: int = 0
    percentage_errors: list[float] = field(default_factory=list)
    placed: int = 0
    misplaced: int = 0
    missing_documents: int = 0
    unparsable_lines: int = 0
    rows: list[DocumentRow] = field(default_factory=list)

    def add(self, gold: Mapping[str, Any], result: Mapping[str, Any] | None) -> None:
        """Score one gold document against its result (``None``: the extractor said nothing)."""
        if result is None:
            self.missing_documents += 1
        facts = system_facts(result or {})
        gold_types = set(gold.get("sub_event_types") or [])
        self._add_sets("sub_event_types", gold_types, facts.sub_event_types)
        self._add_sets("actors", set(gold.get("actors") or []), facts.actors)
        gold_places = gold.get("places") or []
        self._add_matches("places", gold_places, facts.places, (same_place_name, same_place))
        self._count_misplaced(gold_places, facts.places)
        gold_claims = gold.get("casualties") or []
        self._add_matches("casualties", gold_claims, facts.claims, (casualty_matches,))
        self._add_matches("casualty_numbers", gold_claims, facts.claims, (casualty_number_matches,))
        gold_control = [with_place_spellings(c, gold_places) for c in gold.get("control") or []]
        self._add_matches("control", gold_control, facts.control, (control_matches_by_name, control_matches))
        if not gold.get("published_estimated"):
            self._add_sets("dates", set(gold.get("dates") or []), facts.dates)
        system_killed = facts.killed_total
        self._add_killed_total(gold.get("killed_total"), system_killed)
        self.rows.append(
            DocumentRow(str(gold.get("id")), gold.get("killed_total"), system_killed, sorted(gold_types ^ facts.sub_event_types))
        )

    def _add_sets(self, metric: str, gold: set[str], system: set[str]) -> None:
        self.tallies[metric].add(len(gold & system), len(system), len(gold))

    def _add_matches(self, metric: str, gold: Sequence[Any], system: Sequence[Any], tests: Sequence[Test]) -> None:
        self.tallies[metric].add(greedy_matches(gold, system, tests), len(system), len(gold))

    def _count_misplaced(self, gold_places: Sequence[Mapping[str, Any]], places: Sequence[Mapping[str, Any]]) -> None:
        """Placed places, and those put far from the gold place of the same (main) name."""
        for place in places:
            here = coordinates(place)
            if here is None:
                continue
            self.placed += 1
            keys = system_place_keys(place)
            for gold in gold_places:
                there = coordinates(gold)
                if there and place_key(gold.get("name")) in keys:
                    self.misplaced += km_between(*there, *here) > MISPLACED_KM
                    break

    def _add_killed_total(self, gold_total: int | None, system_total: int | None) -> None:
        self.totals_seen += 1
        self.totals_exact += gold_total == system_total or (gold_total is None and not system_total)
        if gold_total:
            self.percentage_errors.append(abs((system_total or 0) - gold_total) / gold_total)

    @property
    def killed_total_exact(self) -> float:
        return self.totals_exact / self.totals_seen if self.totals_seen else 0.0

    @property
    def killed_total_mape(self) -> float:
        return sum(self.percentage_errors) / len(self.percentage_errors) if self.percentage_errors else 0.0

    def summary(self) -> JsonDict:
        """All figures, rounded to three places, keyed like the reference scorer's ``--json``.

        The overall ``score`` is the mean of the six headline F1s and the killed-total
        exact rate *as printed*, so a reader can recompute it from the table.
        """
        summary: JsonDict = {
            name: {"p": round(t.precision, 3), "r": round(t.recall, 3), "f1": round(t.f1, 3)}
            for name, t in self.tallies.items()
        }
        summary["killed_total"] = {
            "exact_rate": round(self.killed_total_exact, 3),
            "mape": round(self.killed_total_mape, 3),
            "docs": self.totals_seen,
        }
        summary["misplaced"] = {
            "placed": self.placed,
            "far": self.misplaced,
            "rate": round(self.misplaced / self.placed, 3) if self.placed else 0.0,
        }
        headline = [summary[k]["f1"] for k in HEADLINE_METRICS] + [summary["killed_total"]["exact_rate"]]
        summary["score"] = round(sum(headline) / len(headline), 3)
        summary["missing_docs"] = self.missing_documents
        summary["unparsable_lines"] = self.unparsable_lines
        return summary


def evaluate(
    gold_documents: Iterable[Mapping[str, Any]], results: Mapping[str, Mapping[str, Any]], unparsable_lines: int = 0
) -> Evaluation:
    """Score every gold document against the result with the same ``document.id``.

    ``unparsable_lines`` is carried into the summary so a damaged output file shows.
    """
    evaluation = Evaluation(unparsable_lines=unparsable_lines)
    for gold in gold_documents:
        evaluation.add(gold, results.get(str(gold.get("id"))))
    return evaluation


# ---------------------------------------------------------------- files

_GOLD_LIST_KEYS = ("sub_event_types", "actors", "places", "casualties", "control", "dates")


def load_gold(path: Path) -> list[JsonDict]:
    """Gold documents of a JSON Lines file; a line that cannot be scored is a ``GoldFormatError``.

    Gold is hand-written, so a mistake must stop the run with its line number rather
    than silently lower the figures.
    """
    documents = []
    with open(path, "rb") as lines:
        for number, raw in enumerate(lines, start=1):
            where = f"{path}:{number}"
            try:
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                raise GoldFormatError(f"{where}: not valid UTF-8 text") from None
            if line.strip():
                documents.append(_gold_line(line, where))
    return documents


def _gold_line(line: str, where: str) -> JsonDict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise GoldFormatError(f"{where}: malformed JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise GoldFormatError(f"{where}: expected a JSON object")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise GoldFormatError(f"{where}: missing \"id\" (a string)")
    for key in _GOLD_LIST_KEYS:
        if not isinstance(record.get(key) or [], list):
            raise GoldFormatError(f"{where}: \"{key}\" must be a list")
    for index, claim in enumerate(record.get("casualties") or []):
        if not isinstance(claim, dict) or "status" not in claim:
            raise GoldFormatError(f"{where}: casualties[{index}] must be an object with a \"status\"")
    killed = record.get("killed_total")
    if killed is not None and (isinstance(killed, bool) or not isinstance(killed, int | float)):
        raise GoldFormatError(f"{where}: \"killed_total\" must be a number or null")
    return record


def load_results(path: Path) -> tuple[dict[str, JsonDict], int]:
    """Extraction results by document id, and how many lines could not be read.

    Output files may come from other tools or interrupted runs: an unreadable line is
    counted (and its document then scores as an empty answer), not fatal.
    """
    results: dict[str, JsonDict] = {}
    unreadable = 0
    with open(path, encoding="utf-8-sig") as lines:
        for line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                results[str(record["document"]["id"])] = record
            except (json.JSONDecodeError, KeyError, TypeError):
                unreadable += 1
    return results, unreadable
