"""What reviewers do, as calls into fusion's decision log.

Forms and JSON both end here: a correction is turned into typed ``fields`` holding only
what changed (and ``before`` holding the old values, for the audit log), then
``fuse.decisions.record_decision`` stores it and re-fuses the affected documents.

A corrected claim must still be a claim the extractor could have written: it is checked
with the same pydantic models (``observatory.models``: counts within 0…``MAX_COUNT`` and
ordered, known statuses and changes, dates that do not end before they start), because a
decision is replayed on every recomputation and a bad one would break them all.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any, Optional, get_args

from pydantic import BaseModel, Field, ValidationError, model_validator
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from observatory.fuse.decisions import record_decision
from observatory.fuse.review import (
    ReviewDecision,
    ReviewError,
    casualty_claim_ref,
    control_claim_ref,
    corrected,
    event_claim_ref,
    load_state,
)
from observatory.models import (
    ISO_DATE,
    MAX_COUNT,
    CasualtyClaim,
    ControlChange,
    EventType,
    Qualifier,
    SubEventType,
    count_bounds,
)
from observatory.store.claims import CLAIM_TABLES as STORE_TABLES
from observatory.store.tables.core import ActorRow
from observatory.web.bounds import MAX_ID, MAX_REASON

URL_KINDS = {kind: f"{kind}_claim" for kind in STORE_TABLES}  # /claims/casualty/7 -> "casualty_claim"
CLAIM_TABLES = {URL_KINDS[kind]: table for kind, table in STORE_TABLES.items()}


def _text(value: str) -> str | None:
    return value.strip() or None


def _int(value: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    number = int(value)
    if number < 0:
        raise ValueError("must not be negative")
    return number


def _float(value: str) -> float | None:
    if not value.strip():
        return None
    number = float(value)
    if number != number or number in (float("inf"), float("-inf")):
        raise ValueError("must be a finite number")
    return number


def _id_list(value: str) -> list[int]:
    try:
        ids = [int(part) for part in value.split(",") if part.strip()]
    except ValueError as error:
        raise ReviewError(f"expected comma-separated numbers, got {value[:100]!r}") from error
    if any(not 0 < number <= MAX_ID for number in ids):
        raise ReviewError(f"ids are between 1 and {MAX_ID}")
    return ids


def _day(value: str) -> str | None:
    return date.fromisoformat(value.strip()).isoformat() if value.strip() else None


def _names(value: str) -> list[str]:
    return [name.strip() for name in value.split(";") if name.strip()]


# The fields a reviewer may correct, per target kind, with the parser for a form value.
EDITABLE: dict[str, dict[str, Callable[[str], Any]]] = {
    "event_claim": {
        "event_type": _text, "sub_event_type": _text, "date_start": _day, "date_end": _day,
        "place_name": _text, "lat": _float, "lon": _float, "admin1": _text, "admin2": _text, "actors": _names,
    },
    "casualty_claim": {
        "status": _text, "value": _int, "low": _int, "high": _int, "qualifier": _text, "actor": _text,
        "category": _text, "nationality": _text, "scope": _text, "parent_local_id": _text,
    },
    "control_claim": {
        "place_name": _text, "lat": _float, "lon": _float, "gained_by": _text, "lost_by": _text,
        "change": _text, "date_start": _day, "date_end": _day,
    },
    "incident": {
        "event_type": _text, "sub_event_type": _text, "date_start": _day, "date_end": _day,
        "place_name": _text, "admin1": _text, "deaths_low": _int, "deaths_best": _int, "deaths_high": _int,
    },
}


def current_value(row: Any, name: str) -> Any:
    """A row's field as the forms show it (actors as names, dates as ISO text)."""
    value = getattr(row, name, None)
    if name == "actors" and value is not None:
        return [actor["name"] if isinstance(actor, dict) else actor for actor in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def as_form_text(value: Any) -> str:
    if value is None:
        return ""
    return "; ".join(value) if isinstance(value, list) else str(value)


def form_value(row: Any, name: str) -> str:
    return as_form_text(current_value(row, name))


def changes(kind: str, current: Mapping[str, Any], submitted: Mapping[str, str]) -> tuple[dict, dict]:
    """``(before, after)`` for the fields whose submitted value differs from the current one."""
    before, after = {}, {}
    for name, parse in EDITABLE[kind].items():
        if name not in submitted:
            continue
        try:
            new = parse(submitted[name])
        except ValueError as error:
            raise ReviewError(f"{name}: {error}") from error
        old = current.get(name)
        if new != old:
            before[name], after[name] = old, new
    if not after:
        raise ReviewError("nothing changed: edit a field before saving a correction")
    return before, after


# Where each flat form field lives in a claim's payload (the extraction model), so a
# correction can be stored as payload overrides that fusion replays.
_PAYLOAD_SECTIONS: dict[str, dict[str, tuple[str, str]]] = {
    "event_claim": {
        "date_start": ("date", "start"), "date_end": ("date", "end"),
        "place_name": ("location", "name"), "lat": ("location", "lat"), "lon": ("location", "lon"),
        "admin1": ("location", "admin1"), "admin2": ("location", "admin2"),
    },
    # Toll computation reads casualty corrections as flat fields (``fuse.incident_summary.toll_claim``).
    "casualty_claim": {"parent_local_id": ("", "parent")},
    "control_claim": {
        "place_name": ("place", "name"), "lat": ("place", "lat"), "lon": ("place", "lon"),
        "date_start": ("date", "start"), "date_end": ("date", "end"),
    },
}


def earlier_corrections(session: Session, kind: str, row: Any) -> dict:
    """The overrides the decision log already holds for this claim."""
    return load_state(session).corrections.get(_identity(kind, row)) or {}


def claim_values(kind: str, row: Any, overrides: Mapping[str, Any]) -> dict[str, Any]:
    """The claim's editable fields as reviewers see them: as extracted, with earlier corrections."""
    values = {name: current_value(row, name) for name in EDITABLE[kind]}
    for name, (section, key) in _PAYLOAD_SECTIONS[kind].items():
        source = overrides.get(section) if section else overrides
        if isinstance(source, dict) and key in source:
            values[name] = source[key]
    for name in EDITABLE[kind]:
        if name in overrides and not isinstance(overrides[name], dict):
            values[name] = overrides[name]
    if isinstance(overrides.get("actors"), list):
        values["actors"] = [actor["name"] for actor in overrides["actors"]]
    return values


def _identity(kind: str, row: Any) -> Any:
    """The decision log's identity of a claim (stable across re-extraction)."""
    if kind == "event_claim":
        return event_claim_ref(row)
    return casualty_claim_ref(row) if kind == "casualty_claim" else control_claim_ref(row)


def _implied_bounds(current: Mapping[str, Any], changed: dict) -> dict:
    """Keep a corrected figure's bounds consistent with its qualifier (extraction.md's count table).

    Correcting "at least 22" to 122 must move the lower bound too, or the toll would still
    read 22 as the floor.  A reviewer who sets ``low`` or ``high`` explicitly is trusted as
    is; a vague count ("dozens") has no table row, so its bounds stay as they were.
    """
    if not {"value", "qualifier"} & changed.keys() or {"low", "high"} & changed.keys():
        return changed
    value = changed.get("value", current.get("value"))
    qualifier = changed.get("qualifier", current.get("qualifier"))
    if not isinstance(qualifier, str) or qualifier not in get_args(Qualifier):
        raise ReviewError(f"qualifier: {qualifier!r} is not one of {', '.join(get_args(Qualifier))}")
    if value is None or qualifier == "vague":
        return changed
    implied = dict(zip(("low", "high"), count_bounds(value, qualifier)))
    return {**changed, **{name: bound for name, bound in implied.items() if bound != current.get(name)}}


def payload_overrides(session: Session, kind: str, payload: dict, changed: dict) -> dict:
    """Turn flat field changes into the overrides fusion replays for this kind of claim."""
    sections = _PAYLOAD_SECTIONS[kind]
    overrides: dict[str, Any] = {}
    for name, value in changed.items():
        section, key = sections.get(name, ("", name))
        if not section:
            overrides[key] = value
            continue
        merged = overrides.setdefault(section, dict(payload.get(section) or {}))
        merged[key] = value
    if "actors" in overrides:
        overrides["actors"] = _actor_refs(session, payload.get("actors") or [], overrides["actors"])
    if "location" in overrides or "place" in overrides:
        place = overrides.get("location") or overrides.get("place")
        if place is not None:
            place.setdefault("mention", place.get("name") or "")
    return overrides


def _actor_refs(session: Session, current: list[dict], names: list[str]) -> list[dict]:
    """Actor references for the corrected names; a new name must be a known actor (for its type)."""
    known = {actor["name"]: actor for actor in current}
    refs = []
    for name in names:
        if name not in known:
            row = session.scalar(select(ActorRow).where(ActorRow.name == name))
            if row is None:
                raise ReviewError(f"actors: {name!r} is not a known actor (use its canonical name)")
            known[name] = {"name": name, "type": row.type, "mention": name}
        refs.append(known[name])
    return refs


def review_claim(
    session: Session, user: str, kind: str, claim_id: int, action: str, submitted: Mapping[str, str], reason: str | None
) -> ReviewDecision:
    """Accept, reject or correct one claim."""
    row = session.get(CLAIM_TABLES[kind], claim_id)
    if row is None:
        raise ReviewError(f"{kind} {claim_id} does not exist")
    if action == "correct":
        earlier = earlier_corrections(session, kind, row)
        current = claim_values(kind, row, earlier)
        before, changed = changes(kind, current, submitted)
        if kind == "casualty_claim":
            changed = _implied_bounds(current, changed)
            before = {name: current.get(name) for name in changed}  # the audit log shows the bounds move
        payload = corrected(row.payload, earlier)  # build on earlier corrections, never undo them
        after = {"fields": payload_overrides(session, kind, payload, changed), "changed": changed}
        _check_claim(kind, row.payload, payload, {**current, **changed}, after["fields"])
        return record_decision(session, user, "correct", kind, claim_id, before, after, _reason(reason))
    if action not in ("accept", "reject"):
        raise ReviewError(f"a claim can be accepted, corrected or rejected, not {action!r}")
    return record_decision(session, user, action, kind, claim_id, None, None, _reason(reason))


def _reason(reason: str | None) -> str | None:
    if reason is not None and len(reason) > MAX_REASON:
        raise ReviewError(f"reason: at most {MAX_REASON} characters, got {len(reason)}")
    return reason


def _invalid(what: str, error: ValidationError) -> ReviewError:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    return ReviewError(f"the corrected {what} is not valid: {where + ': ' if where else ''}{first['msg']}")


def _casualty_payload(payload: dict, values: dict) -> dict:
    """The casualty claim as the extractor would write it, with the reviewer's flat field values."""
    data = {**payload, "status": values.get("status"), "scope": values.get("scope") or "incident",
            "parent": values.get("parent_local_id")}
    data["count"] = {**(payload.get("count") or {}),
                     **{name: values.get(name) for name in ("value", "low", "high", "qualifier")}}
    data["group"] = {**(payload.get("group") or {}),
                     **{name: values.get(name) for name in ("actor", "nationality")},
                     "category": values.get("category") or "unknown"}
    return data


def _check_claim(kind: str, extracted: dict, payload: dict, values: dict, overrides: dict) -> None:
    """Refuse a correction that makes a casualty or control claim invalid (events: ``record_decision``).

    Casualty corrections are flat field values (all of them in ``values``) laid over the
    claim as extracted; control corrections are payload sections laid over ``payload``.
    """
    try:
        if kind == "casualty_claim":
            CasualtyClaim.model_validate(_casualty_payload(extracted, values))
        elif kind == "control_claim":
            ControlChange.model_validate(corrected(payload, overrides))
    except ValidationError as error:
        raise _invalid(kind.replace("_", " "), error) from error


class IncidentSummary(BaseModel):
    """An incident's hand-editable summary, checked with the extraction models' rules."""

    event_type: Optional[EventType] = None
    sub_event_type: Optional[SubEventType] = None
    date_start: Optional[str] = Field(default=None, pattern=ISO_DATE)
    date_end: Optional[str] = Field(default=None, pattern=ISO_DATE)
    place_name: Optional[str] = Field(default=None, max_length=300)
    admin1: Optional[str] = Field(default=None, max_length=200)
    deaths_low: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    deaths_best: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    deaths_high: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)

    @model_validator(mode="after")
    def _ordered(self) -> IncidentSummary:
        if self.date_start and self.date_end and self.date_end < self.date_start:
            raise ValueError(f"the end {self.date_end} is before the start {self.date_start}")
        known = [n for n in (self.deaths_low, self.deaths_best, self.deaths_high) if n is not None]
        if known != sorted(known):
            raise ValueError("deaths must be ordered low ≤ best ≤ high")
        return self


def apply_pending_in_background(engine: Engine) -> None:
    """Apply pending merges and splits in a unit of work of its own (a background task)."""
    from observatory.fuse.incidents import apply_pending_reviews
    from observatory.store.db import session_scope

    with session_scope(engine) as session:
        apply_pending_reviews(session)


def review_incident(
    session: Session, user: str, incident: Any, action: str, submitted: Mapping[str, str], reason: str | None
) -> ReviewDecision:
    """Accept, reject, correct, merge (``into``) or split one incident.

    Merges and splits re-link every claim of their reports, which can take a while on a
    large store: they are recorded at once as pending and applied by fusion after the
    response (``apply_pending_in_background``); the incident page says so meanwhile.

    A split moves event claims (``claims``, claim ids) and report members (``reports``,
    the ids of their documents: a report member is known by its report), each a
    comma-separated list.
    """
    if action == "correct":
        current = {name: current_value(incident, name) for name in EDITABLE["incident"]}
        before, fields = changes("incident", current, submitted)
        try:
            IncidentSummary.model_validate({**current, **fields})
        except ValidationError as error:
            raise _invalid("incident", error) from error
        return record_decision(session, user, "correct", "incident", incident.id, before, {"fields": fields},
                               _reason(reason))
    if action == "merge":
        into = _int(submitted.get("into", ""))
        if into is None or into == incident.id or into > MAX_ID:
            raise ReviewError("merge needs the number of another incident")
        return record_decision(session, user, "merge", "incident", incident.id, None, {"into": into},
                               _reason(reason), defer=True)
    if action == "split":
        moved = {"claims": _id_list(submitted.get("claims", "")), "reports": _id_list(submitted.get("reports", ""))}
        return record_decision(session, user, "split", "incident", incident.id, None, moved, _reason(reason),
                               defer=True)
    if action not in ("accept", "reject"):
        raise ReviewError(f"unknown incident action {action!r}")
    return record_decision(session, user, action, "incident", incident.id, None, None, _reason(reason))
