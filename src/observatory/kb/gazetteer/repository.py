"""Reading and writing gazetteer rows in the store (SQLite or PostgreSQL).

Writes happen in batches, one transaction each, so a long import survives a bad row
and shows progress; reads happen once per process, to fill the in-memory index.
"""

from __future__ import annotations

from pathlib import Path
from collections.abc import Iterable, Iterator, Sequence

from sqlalchemy import Engine, create_engine, delete, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from observatory.store.tables.gazetteer import GazetteerNameRow, GazetteerPlaceRow

from .normalize import light_key
from .record import GazetteerPlace

BUILTIN_SOURCES = frozenset({"geonames-cities500", "curated"})
ALIAS_KINDS = ("alias", "resolution", "imported")  # names added to a place after it was written


def existing_database(url: str) -> bool:
    """True when ``url`` points at a database that already has the gazetteer tables."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = parsed.database
        if not path or path == ":memory:" or not Path(path).exists():
            return False
    engine = create_engine(url, connect_args=_quick_connect(parsed.get_backend_name()))
    try:
        return inspect(engine).has_table("gazetteer_places")
    except Exception:  # unreachable server: extraction goes on with built-in data
        return False
    finally:
        engine.dispose()


def _quick_connect(backend: str) -> dict:
    return {"connect_timeout": 3} if backend == "postgresql" else {}


def load_user_places(url: str) -> tuple[list[GazetteerPlace], list[tuple[str, str]]]:
    """User places (imports, additions) and all aliases/resolutions, for the index."""
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            rows = session.scalars(
                select(GazetteerPlaceRow).where(GazetteerPlaceRow.source.not_in(BUILTIN_SOURCES))
            ).all()
            names = _names_by_place(session, [r.id for r in rows])
            places = [to_place(r, names.get(r.id, [])) for r in rows]
            aliases = session.execute(
                select(GazetteerNameRow.place_id, GazetteerNameRow.name)
                .where(GazetteerNameRow.kind.in_(ALIAS_KINDS))
            ).all()
        return places, [(pid, name) for pid, name in aliases]
    finally:
        engine.dispose()


def _names_by_place(session: Session, ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in _chunks(ids, 500):
        for pid, name, kind in session.execute(
            select(GazetteerNameRow.place_id, GazetteerNameRow.name, GazetteerNameRow.kind)
            .where(GazetteerNameRow.place_id.in_(chunk))
        ):
            if kind != "name":
                out.setdefault(pid, []).append(name)
    return out


def to_place(row: GazetteerPlaceRow, alt_names: Iterable[str] = ()) -> GazetteerPlace:
    return GazetteerPlace(
        id=row.id, name=row.name, lat=row.lat, lon=row.lon, feature=row.feature, country=row.country,
        admin1=row.admin1, admin2=row.admin2, population=row.population or 0, source=row.source,
        alt_names=tuple(alt_names), precision=row.precision,
    )


def write_places(session: Session, places: Sequence[GazetteerPlace]) -> int:
    """Insert or replace places with their names, keeping aliases and resolutions users
    gave them before; returns how many were written."""
    if not places:
        return 0
    ids = [p.id for p in places]
    kept: dict[str, list[tuple[str, str]]] = {}
    for pid, name, kind in session.execute(
        select(GazetteerNameRow.place_id, GazetteerNameRow.name, GazetteerNameRow.kind)
        .where(GazetteerNameRow.place_id.in_(ids), GazetteerNameRow.kind.in_(ALIAS_KINDS))
    ):
        kept.setdefault(pid, []).append((name, kind))
    session.execute(delete(GazetteerNameRow).where(GazetteerNameRow.place_id.in_(ids)))
    session.execute(delete(GazetteerPlaceRow).where(GazetteerPlaceRow.id.in_(ids)))
    for place in {p.id: p for p in places}.values():
        row = GazetteerPlaceRow(
            id=place.id, name=place.name, feature=place.feature, lat=place.lat, lon=place.lon,
            country=place.country, admin1=place.admin1, admin2=place.admin2,
            population=place.population, precision=place.precision, source=place.source,
        )
        row.names = [_name_row(place.name, "name")] + [_name_row(a, "alternate") for a in place.alt_names]
        row.names += [_name_row(name, kind) for name, kind in kept.get(place.id, ()) if name not in place.names]
        session.add(row)
    session.flush()
    return len({p.id for p in places})


def add_alias(session: Session, place_id: str, alias: str, kind: str = "alias") -> None:
    """Record another name for a place that is already in the store."""
    if session.get(GazetteerPlaceRow, place_id) is None:
        raise KeyError(f"no gazetteer place with id {place_id!r} in the database")
    session.add(GazetteerNameRow(place_id=place_id, name=alias, key=light_key(alias), kind=kind))


def _name_row(name: str, kind: str) -> GazetteerNameRow:
    return GazetteerNameRow(name=name, key=light_key(name), kind=kind)


def search_names(engine: Engine, query: str, limit: int = 20) -> list[GazetteerPlace]:
    """Prefix search over every stored name: FTS5 on SQLite, the normalised key elsewhere."""
    with Session(engine) as session:
        if engine.dialect.name == "sqlite":
            ids = session.execute(
                text("SELECT n.place_id FROM gazetteer_names_fts f JOIN gazetteer_names n ON n.id = f.rowid "
                     "WHERE gazetteer_names_fts MATCH :q ORDER BY rank LIMIT :limit"),
                {"q": _fts_query(query), "limit": limit},
            ).scalars().all()
        else:
            ids = session.scalars(
                select(GazetteerNameRow.place_id).where(GazetteerNameRow.key.like(f"{light_key(query)}%"))
                .limit(limit)
            ).all()
        rows = [session.get(GazetteerPlaceRow, pid) for pid in dict.fromkeys(ids)]
        return [to_place(r) for r in rows if r is not None]


def _fts_query(query: str) -> str:
    words = [w for w in query.replace('"', " ").split() if w]
    return " ".join(f'"{w}"*' for w in words) or '""'


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
