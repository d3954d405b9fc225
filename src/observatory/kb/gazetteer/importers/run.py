"""Running an import: read rows, write them in batches, one transaction per batch."""

from __future__ import annotations

from itertools import islice
from pathlib import Path
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from observatory.store.tables.gazetteer import GazetteerNameRow, GazetteerPlaceRow

from ..builtin import COUNTRIES
from ..normalize import light_key
from ..record import GazetteerPlace
from ..repository import write_places
from . import acled, geonames, plain_csv, ucdp
from .base import ImportReport, RowError
from .detect import detect_format

BATCH = 1000
Progress = Callable[[int], None]


def import_file(path: Path, engine: Engine, fmt: str | None = None, countries: Iterable[str] = COUNTRIES,
                progress: Progress | None = None) -> ImportReport:
    """Import ``path`` into the store behind ``engine``; bad rows are reported, not fatal."""
    fmt = fmt or detect_format(path)
    report = ImportReport(str(path), fmt)
    tick = progress or (lambda n: None)
    if fmt == "geonames-alternates":
        _write_alternates(engine, geonames.read_alternates(path), report, tick)
        return report
    rows = _reader(fmt, path, frozenset(countries))
    for batch in _batches(rows):
        places = [r for r in batch if isinstance(r, GazetteerPlace)]
        report.errors += [r for r in batch if isinstance(r, RowError)]
        report.skipped += sum(1 for r in batch if r is None)
        with Session(engine) as session, session.begin():
            report.places += write_places(session, places)
        tick(len(batch))
    return report


def _reader(fmt: str, path: Path, countries: frozenset[str]) -> Iterator[GazetteerPlace | RowError | None]:
    if fmt == "geonames":
        return geonames.read_places(path, countries)
    readers = {"ucdp": ucdp.read_places, "acled": acled.read_places, "csv": plain_csv.read_places}
    if fmt not in readers:
        raise ValueError(f"unknown format {fmt!r}")
    return readers[fmt](path)


def _write_alternates(engine: Engine, rows, report: ImportReport, tick: Progress) -> None:
    """Add alternate names to places already in the store; others are skipped."""
    for batch in _batches(rows):
        pairs = [r for r in batch if isinstance(r, tuple)]
        report.errors += [r for r in batch if isinstance(r, RowError)]
        report.skipped += sum(1 for r in batch if r is None)
        with Session(engine) as session, session.begin():
            known = set(session.scalars(select(GazetteerPlaceRow.id).where(
                GazetteerPlaceRow.id.in_({pid for pid, _ in pairs}))))
            for pid, name in pairs:
                if pid not in known:
                    report.skipped += 1
                    continue
                session.add(GazetteerNameRow(place_id=pid, name=name, key=light_key(name), kind="imported"))
                report.names += 1
        tick(len(batch))


def _batches(rows: Iterable) -> Iterator[list]:
    it = iter(rows)
    while batch := list(islice(it, BATCH)):
        yield batch


def count_lines(path: Path) -> int | None:
    """Rows to expect, for the progress bar (None inside a zip: not worth unpacking twice)."""
    if path.suffix.lower() == ".zip":
        return None
    with path.open("rb") as fh:
        return sum(1 for _ in fh)
