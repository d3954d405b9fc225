"""The incidents a list page shows, as one query shared by the page, its downloads and the API.

People type names the way reports spell them, so the free-text filters are read through
the knowledge bases before they reach fusion's ``IncidentFilter``: an actor through the
actor KB (an alias or any case of the canonical name: "isis" is Islamic State), a
governorate and a place through the gazetteer (any transliteration: "Dayr az Zawr" is
Deir ez-Zor). ``q`` narrows to incidents resting on a report that contains its words.
A list page and its "download this selection" links build the same ``Selection`` from
the same query string, which is what makes a download hold exactly the rows shown.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from fastapi import Depends, HTTPException, Query
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from observatory.fuse.read_model import SORTS, IncidentFilter, IncidentSummary, filtered, summary
from observatory.kb.actors import default_kb
from observatory.kb.gazetteer.loader import default_gazetteer
from observatory.kb.gazetteer.normalize import fold
from observatory.store.tables.core import ActorRow
from observatory.store.tables.fusion import Incident
from observatory.web.bounds import MAX_ID, MAX_SEARCH
from observatory.web.filters import blank, filter_params, incident_filter
from observatory.web.search import matching_incidents

GOVERNORATE_FEATURE = "admin1"
MAX_IDS = 2000


@dataclass(frozen=True)
class Selection:
    """The filters of a list page as typed (``flt``) and the words searched for (``q``)."""

    flt: IncidentFilter
    q: str | None = None
    ids: tuple[int, ...] = ()  # the incidents behind a chart's bar or point

    def params(self) -> dict[str, str]:
        """The selection as query-string values, for links that keep it (pager, sort, downloads)."""
        extra = {"q": self.q, "ids": ",".join(map(str, self.ids))}
        return {**filter_params(self.flt), **{key: value for key, value in extra.items() if value}}


def incident_selection(
    flt: IncidentFilter = Depends(incident_filter),
    q: str | None = Query(None, max_length=MAX_SEARCH, description="Words every matching report must contain"),
    ids: str | None = Query(None, description=f"Only these incident ids, comma-separated (at most {MAX_IDS})"),
) -> Selection:
    """FastAPI dependency: the incident filters of a request, its search words and chosen ids."""
    return Selection(flt, blank(q), parse_ids(ids))


def parse_ids(value: str | None) -> tuple[int, ...]:
    """The ids of ``ids=1,2,3``; an id no incident can have is a 422, never a database overflow."""
    parts = [part.strip() for part in (value or "").split(",") if part.strip()]
    if len(parts) > MAX_IDS or not all(part.isdecimal() and len(part) <= 10 and 0 < int(part) <= MAX_ID
                                       for part in parts):
        raise HTTPException(status_code=422,
                            detail=f"ids: up to {MAX_IDS} whole numbers 1…{MAX_ID} separated by commas")
    return tuple(int(part) for part in parts)


def canonical_actor(session: Session, typed: str) -> str:
    """The canonical actor name for ``typed``: a KB name or alias in any case, else a phrase the
    extractor reads as one actor ("Kurdish-led fighters"), else an actor seen in the data in any
    case, else ``typed`` unchanged (so it matches nothing, visibly)."""
    phrase = typed.strip()
    key = fold(phrase)
    kb = default_kb()
    for entry in kb.entries:
        if fold(entry.name) == key or any(_alias_matches(alias, phrase) for alias in entry.aliases):
            return entry.name
    whole = [m for m in kb.find(phrase) if m.start == 0 and m.end == len(phrase)]
    if whole:
        return whole[0].name
    known = session.scalar(select(ActorRow.name).where(func.lower(ActorRow.name) == phrase.lower()))
    return known or phrase


def _alias_matches(alias: str, typed: str) -> bool:
    """Aliases in capitals (IS, SAA) are acronyms: matched only as typed, as the extractor does."""
    if alias.isupper():
        return alias == typed or (len(alias) > 3 and alias == typed.upper())
    return fold(alias) == fold(typed)


def _places(session: Session, typed: str) -> list:
    return [candidate.place for candidate in _gazetteer(session).lookup(typed.strip())]


def _gazetteer(session: Session):
    return default_gazetteer(session.get_bind().engine.url.render_as_string(hide_password=False))


def canonical_governorate(session: Session, typed: str) -> str:
    """The governorate name incidents carry for any spelling of it, else ``typed``."""
    for place in _places(session, typed):
        if place.feature == GOVERNORATE_FEATURE:
            return place.name
    return typed.strip()


def _place_condition(session: Session, typed: str):
    """Incidents at a gazetteer place of that name (any spelling), or whose place name contains it."""
    ids = [place.id for place in _places(session, typed)]
    contains = func.lower(Incident.place_name).like(f"%{typed.strip().lower()}%")
    return or_(Incident.place_id.in_(ids), contains) if ids else contains


def selected_incidents(session: Session, selection: Selection) -> Select:
    """The select of every incident in the selection (unordered)."""
    flt = selection.flt
    resolved = flt.model_copy(update={
        "actor": canonical_actor(session, flt.actor) if flt.actor else None,
        "admin1": canonical_governorate(session, flt.admin1) if flt.admin1 else None,
        "place": None,
    })
    query = filtered(resolved)
    if flt.place:
        query = query.where(_place_condition(session, flt.place))
    if selection.q:
        query = query.where(Incident.id.in_(matching_incidents(session, selection.q)))
    if selection.ids:
        query = query.where(Incident.id.in_(selection.ids))
    return query


def ordered(query: Select, sort: str) -> Select:
    """``query`` in the order of a list page's ``sort`` (checked by ``filters.checked_sort``)."""
    columns = SORTS[sort.lstrip("-")]
    return query.order_by(*[column.desc() if sort.startswith("-") else column.asc() for column in columns])


def list_selection(
    session: Session, selection: Selection, sort: str = "-date", page: int = 1, per_page: int = 50
) -> tuple[list[IncidentSummary], int]:
    """One page of the selection and the number of incidents in it."""
    query = selected_incidents(session, selection)
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    rows = session.scalars(ordered(query, sort).offset((max(page, 1) - 1) * per_page).limit(per_page))
    return [summary(row) for row in rows], total


ROWS_PER_READ = 500
"""Downloads read the store this many incidents at a time."""


def all_selected(session: Session, selection: Selection, sort: str = "-date") -> Iterator[IncidentSummary]:
    """Every incident of the selection in page order, read in batches as they are consumed: a
    download of what the list shows never holds the whole archive in memory."""
    query = ordered(selected_incidents(session, selection), sort)
    return (summary(row) for row in session.scalars(query.execution_options(yield_per=ROWS_PER_READ)))

