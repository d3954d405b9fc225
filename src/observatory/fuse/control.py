"""The control timeline: who held each place, from when to when, and on whose word.

Control claims of one place are read in date order and grouped into moments (claims
within a day's slack of each other describe the same change).  A capture, recapture or
a withdrawal with a named gainer makes the gainer the holder; a report of fighting
inside, or a withdrawal with nobody named as taking over, makes the place contested;
an advance changes nothing but is noted.  When reports of one moment name different
holders the state is flagged ``disputed`` and keeps what each said; the holder backed by
most reports wins, then the latest report.  Each state lasts until the next change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pydantic import BaseModel
from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from observatory.extract.places import lent_governorate
from observatory.fuse.matching import DATE_SLACK_DAYS
from observatory.kb.gazetteer.geo import km_between
from observatory.fuse.review import ReviewState, control_claim_ref, corrected
from observatory.fuse.store_io import DocInfo, chunks, current_claims_of, document_info
from observatory.kb.gazetteer.normalize import light_key
from observatory.models import Place
from observatory.store.queries import current_runs
from observatory.store.tables.core import ControlClaim, EventClaim
from observatory.store.tables.fusion import ControlStateRow

DEFAULT_NEAR_KM = 10.0


class ControlState(BaseModel):
    """One stretch of time during which a place was held by one actor, or contested."""

    id: int | None = None
    place_key: str
    place_name: str
    lat: float | None
    lon: float | None
    admin1: str | None
    status: str  # held | contested
    actor: str | None
    date_start: date
    date_end: date | None  # None: nothing later is known
    claim_ids: list[int]
    disputed: bool
    notes: list[dict]


@dataclass(frozen=True)
class ControlFact:
    """A control claim as the timeline sees it (after reviewers' corrections)."""

    claim_id: int
    document: int
    published: date | None
    day: date
    change: str
    gained_by: str | None
    lost_by: str | None
    place_name: str
    lat: float | None
    lon: float | None
    admin1: str | None

    @property
    def outcome(self) -> tuple[str, str | None] | None:
        """What the claim says about the place afterwards; None for a mere advance."""
        if self.change in ("captured", "recaptured") and self.gained_by:
            return ("held", self.gained_by)
        if self.change == "withdrew":
            return ("held", self.gained_by) if self.gained_by else ("contested", None)
        if self.change in ("contested", "captured", "recaptured"):
            return ("contested", None)
        return None


def place_key(place_id: str | None, place_name: str) -> str:
    """Gazetteer id when known, else the name's spelling key: "Al Maleh" and "Al-Maleh",
    "Dar'a" and "Daraa" are one place in the timeline."""
    return place_id or f"name:{light_key(place_name) or place_name.strip().lower()}"


def build_timeline(key: str, facts: Sequence[ControlFact]) -> list[ControlState]:
    """States of one place from its control facts (the rule in the module docstring)."""
    states: list[ControlState] = []
    for moment in _moments(sorted(facts, key=lambda f: (f.day, f.published or f.day, f.claim_id))):
        decided = _decide(moment)
        if decided is None:
            if states:
                states[-1].notes.extend(_note(f, "advance") for f in moment)
                states[-1].claim_ids.extend(f.claim_id for f in moment)
            continue
        (status, actor), disputed, notes = decided
        if states and (states[-1].status, states[-1].actor) == (status, actor):
            states[-1].claim_ids.extend(f.claim_id for f in moment)
            states[-1].disputed |= disputed
            states[-1].notes.extend(notes)
            continue
        if states:
            states[-1].date_end = moment[0].day
        first = moment[0]
        states.append(
            ControlState(
                place_key=key, place_name=first.place_name, lat=first.lat, lon=first.lon, admin1=first.admin1,
                status=status, actor=actor, date_start=first.day, date_end=None,
                claim_ids=[f.claim_id for f in moment], disputed=disputed, notes=notes,
            )
        )
    return states


def _moments(facts: list[ControlFact]) -> list[list[ControlFact]]:
    """Group date-ordered facts whose days are within the slack of the group's first day."""
    moments: list[list[ControlFact]] = []
    for fact in facts:
        if moments and (fact.day - moments[-1][0].day) <= timedelta(days=DATE_SLACK_DAYS):
            moments[-1].append(fact)
        else:
            moments.append([fact])
    return moments


def _decide(moment: list[ControlFact]) -> tuple[tuple[str, str | None], bool, list[dict]] | None:
    """The state after one moment, whether its reports disagree, and notes on them."""
    outcomes = [(f, f.outcome) for f in moment if f.outcome is not None]
    if not outcomes:
        return None
    held = [(f, o) for f, o in outcomes if o[0] == "held"]
    considered = held or outcomes  # a capture reported with fighting the same day is no disagreement
    support = Counter(o for _, o in considered)
    latest = {o: max((f.published or f.day, f.claim_id) for f, oo in considered if oo == o) for o in support}
    winner = max(support, key=lambda o: (len({f.document for f, oo in considered if oo == o}), latest[o]))
    disputed = len({o for _, o in held}) > 1
    notes = [_note(f, "disagrees") for f, o in considered if disputed and o != winner]
    return winner, disputed, notes


def _note(fact: ControlFact, kind: str) -> dict:
    return {
        "kind": kind, "claim_id": fact.claim_id, "document_id": fact.document, "change": fact.change,
        "gained_by": fact.gained_by, "lost_by": fact.lost_by, "date": fact.day.isoformat(),
    }


def refresh_control(session: Session, document_ids: Sequence[int] | None, state: ReviewState) -> int:
    """Rebuild the timelines of the places these documents speak of (None: every place)."""
    claims = _current_control_claims(session, document_ids)
    keys = {place_key(c.place_id, c.place_name) for c in claims}
    if document_ids is not None:
        claims = _claims_for_places(session, keys)
        for batch in chunks(sorted(keys)):
            session.execute(delete(ControlStateRow).where(ControlStateRow.place_key.in_(batch)))
    else:
        session.execute(delete(ControlStateRow))
    facts: dict[str, list[ControlFact]] = {}
    infos = document_info(session, {c.document_id for c in claims})
    for claim in claims:
        fact = _fact(claim, infos.get(claim.document_id), state)
        if fact is not None:
            facts.setdefault(place_key(claim.place_id, claim.place_name), []).append(fact)
    for key, items in facts.items():
        for item in build_timeline(key, items):
            session.add(ControlStateRow(**item.model_dump(exclude={"id"})))
    session.flush()
    return len(keys)


def _current_control_claims(session: Session, document_ids: Sequence[int] | None) -> list[ControlClaim]:
    if document_ids is not None:
        return current_claims_of(session, "control", document_ids)
    runs = current_runs().subquery()
    return list(session.scalars(select(ControlClaim).join(runs, ControlClaim.run_id == runs.c.run_id)))


def _claims_for_places(session: Session, keys: set[str]) -> list[ControlClaim]:
    """Current control claims of these places, from every document."""
    runs = current_runs().subquery()
    ids = sorted(k for k in keys if not k.startswith("name:"))
    named = {k for k in keys if k.startswith("name:")}
    claims: list[ControlClaim] = []
    for batch in chunks(ids):
        claims += _select(session, runs, ControlClaim.place_id.in_(batch))
    if named:  # spelling keys are computed in Python: read the unplaced claims once
        claims += [c for c in _select(session, runs, ControlClaim.place_id.is_(None))
                   if place_key(None, c.place_name) in named]
    return claims


def _select(session: Session, runs, condition) -> list[ControlClaim]:
    query = select(ControlClaim).join(runs, ControlClaim.run_id == runs.c.run_id).where(condition)
    return list(session.scalars(query))


def _fact(claim: ControlClaim, info: DocInfo | None, state: ReviewState) -> ControlFact | None:
    ref = control_claim_ref(claim)
    if ref in state.rejected:
        return None
    data = corrected(claim.payload, state.corrections.get(ref))
    when = data.get("date") or {}
    published = info.published if info else None
    day = date.fromisoformat(when["start"]) if when.get("start") else published
    if day is None:
        return None
    place = data.get("place") or {}
    lat, lon = _own_point(place)
    return ControlFact(
        claim_id=claim.id, document=claim.document_id, published=published, day=day, change=data["change"],
        gained_by=data.get("gained_by"), lost_by=data.get("lost_by"),
        place_name=place.get("name") or claim.place_name, lat=lat, lon=lon, admin1=place.get("admin1"),
    )


def _own_point(place: dict) -> tuple[float | None, float | None]:
    """The place's point, unless it is only its governorate's (a village the gazetteer lacks,
    ``extract.places.lent_governorate``): a control map marks who holds a place, and a
    village drawn at its governorate's centre would mark the wrong one."""
    if place.get("lat") is None or lent_governorate(Place.model_construct(**place)):  # read as stored, not re-validated
        return None, None
    return place.get("lat"), place.get("lon")


def _state(row: ControlStateRow) -> ControlState:
    return ControlState(
        id=row.id, place_key=row.place_key, place_name=row.place_name, lat=row.lat, lon=row.lon,
        admin1=row.admin1, status=row.status, actor=row.actor, date_start=row.date_start, date_end=row.date_end,
        claim_ids=list(row.claim_ids), disputed=row.disputed, notes=list(row.notes),
    )


def control_at(session: Session, at: date, near: str | None = None, km: float | None = None) -> list[ControlState]:
    """Who held what on ``at``; with ``near``, only places within ``km`` of that place."""
    query = select(ControlStateRow).where(
        ControlStateRow.date_start <= at, or_(ControlStateRow.date_end.is_(None), ControlStateRow.date_end > at)
    )
    states = [_state(row) for row in session.scalars(query.order_by(ControlStateRow.place_name))]
    if near is None:
        return states
    centre = locate(session, near)
    if centre is None:
        raise LookupError(f"no known coordinates for place {near!r}")
    radius = km if km is not None else DEFAULT_NEAR_KM
    return [
        s for s in states
        if s.lat is not None and s.lon is not None and km_between(centre[0], centre[1], s.lat, s.lon) <= radius
    ]


def states_between(session: Session, date_from: date | None = None, date_to: date | None = None) -> list[ControlState]:
    """Every state that held at some time in the range, by place and date."""
    query = select(ControlStateRow)
    if date_from:
        query = query.where(or_(ControlStateRow.date_end.is_(None), ControlStateRow.date_end > date_from))
    if date_to:
        query = query.where(ControlStateRow.date_start <= date_to)
    ordered = query.order_by(ControlStateRow.place_name, ControlStateRow.date_start)
    return [_state(row) for row in session.scalars(ordered)]


def locate(session: Session, name: str) -> tuple[float, float] | None:
    """Coordinates of a place name as claims give them (control states first, then events)."""
    lowered = name.strip().lower()
    for column_lat, column_lon, column_name in (
        (ControlStateRow.lat, ControlStateRow.lon, ControlStateRow.place_name),
        (EventClaim.lat, EventClaim.lon, EventClaim.place_name),
    ):
        row = session.execute(
            select(column_lat, column_lon).where(func.lower(column_name) == lowered, column_lat.is_not(None)).limit(1)
        ).first()
        if row is not None and row[0] is not None and row[1] is not None:
            return row[0], row[1]
    return None


def timeline(session: Session, place_id: str) -> list[ControlState]:
    """Every state of one place (its key: gazetteer id, or ``name:`` + spelling key), oldest first."""
    query = select(ControlStateRow).where(
        or_(ControlStateRow.place_key == place_id, func.lower(ControlStateRow.place_name) == place_id.lower())
    )
    return [_state(row) for row in session.scalars(query.order_by(ControlStateRow.date_start))]
