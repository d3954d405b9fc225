"""``observatory export``: pick the incidents and control states, write one format."""

from __future__ import annotations

import csv
import io
from datetime import date
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import chain
from typing import Literal, TextIO

from sqlalchemy import Select
from sqlalchemy.orm import Session

from observatory.export.acled import COLUMNS as ACLED_COLUMNS
from observatory.export.acled import acled_row
from observatory.export.geojson import collection_pieces
from observatory.export.jsonstream import object_pieces
from observatory.export.records import ExportIncident, load_incidents
from observatory.export.ucdp import COLUMNS as UCDP_COLUMNS
from observatory.export.ucdp import ucdp_row
from observatory.fuse.control import ControlState, states_between
from observatory.fuse.features import REPORT_TYPE

Format = Literal["acled", "ucdp", "geojson", "json"]
FORMATS = ("acled", "ucdp", "geojson", "json")


def export(
    session: Session,
    fmt: Format,
    handle: TextIO,
    date_from: date | None = None,
    date_to: date | None = None,
    where: str | None = None,
    selection: Select | None = None,
) -> int:
    """Write incidents (and, for GeoJSON and JSON, control states) to ``handle``; returns the incident count.

    ``selection``, a select of incidents, replaces the dates and place in choosing incidents
    (``records.load_incidents``); control states are still chosen by dates and place."""
    exported = Export(session, fmt, date_from, date_to, where, selection)
    for piece in exported:
        handle.write(piece)
    return exported.count


class Export(Iterator[str]):
    """One export as text pieces, written as the incidents are read a chunk at a time (a
    file, or a web download streamed to the browser); ``count`` is how many incidents it
    has written so far."""

    def __init__(self, session: Session, fmt: Format, date_from: date | None = None, date_to: date | None = None,
                 where: str | None = None, selection: Select | None = None) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; expected one of {', '.join(FORMATS)}")
        records = load_incidents(session, date_from, date_to, where, selection)
        if fmt in ("acled", "ucdp"):
            # Both formats are typed event datasets: an incident known only from reports in
            # which no event was found has no ACLED type to give, so it stays in JSON/GeoJSON.
            self._records = _Counted(record for record in records if record.summary.event_type != REPORT_TYPE)
            self._pieces = _csv_pieces(fmt, self._records)
            return
        self._records = _Counted(records)
        states = _states(session, date_from, date_to, where)
        if fmt == "geojson":
            pieces = collection_pieces(self._records, states)
        else:
            pieces = object_pieces({"incidents": (_incident_json(record) for record in self._records),
                                    "control_states": (state.model_dump(mode="json") for state in states)})
        self._pieces = chain(pieces, ["\n"])

    @property
    def count(self) -> int:
        return self._records.count

    def __next__(self) -> str:
        return next(self._pieces)


def _csv_pieces(fmt: Format, records: Iterable[ExportIncident]) -> Iterator[str]:
    columns, to_row = (ACLED_COLUMNS, acled_row) if fmt == "acled" else (UCDP_COLUMNS, ucdp_row)
    return csv_lines(columns, (to_row(record) for record in records))


# A spreadsheet runs a cell that opens with one of these as a formula ("=HYPERLINK(...)").
_FORMULA_OPENINGS = ("=", "+", "-", "@", "\t", "\r")


def csv_lines(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> Iterator[str]:
    """The header and then the CSV text of each row as the rows come (a streamed download
    never holds the whole file)."""
    line = io.StringIO()
    writer = csv.DictWriter(line, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        yield line.getvalue()
        line.seek(0)
        line.truncate()
        writer.writerow({key: _inert(value) for key, value in row.items()})
    yield line.getvalue()


def _inert(value: object) -> object:
    """Report text is attacker-controlled: a text cell that a spreadsheet would evaluate gets
    a leading apostrophe, which spreadsheets show as plain text.  Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_OPENINGS):
        return "'" + value
    return value


class _Counted(Iterator[ExportIncident]):
    """Records passed through, counted: the command reports how many it wrote."""

    def __init__(self, records: Iterable[ExportIncident]) -> None:
        self._records = iter(records)
        self.count = 0

    def __next__(self) -> ExportIncident:
        record = next(self._records)
        self.count += 1
        return record


def _states(session: Session, date_from: date | None, date_to: date | None, where: str | None) -> list[ControlState]:
    states = states_between(session, date_from, date_to)
    if not where:
        return states
    first, _, second = (part.strip().lower() for part in where.partition("/"))
    if second:
        return [s for s in states if (s.admin1 or "").lower() == first and s.place_name.lower() == second]
    return [s for s in states if first in ((s.admin1 or "").lower(), s.place_name.lower())]


def _incident_json(record: ExportIncident) -> dict:
    return {
        **record.summary.model_dump(mode="json"),
        "country": record.country,
        "admin1": record.units.admin1,
        "admin2": record.units.admin2,
        "date_precision": record.date_precision,
        "actor_types": record.actor_types,
        "tolls": [
            {
                "status": t.status, "actor": t.actor, "category": t.category, "subset_of": t.subset_of,
                "low": t.low, "best": t.best, "high": t.high, "n_sources": t.n_sources,
                "claim_ids": t.claim_ids, "aggregate": t.aggregate,
            }
            for t in record.tolls
        ],
        "event_claim_ids": record.event_claim_ids,
        "casualty_claim_ids": record.casualty_claim_ids,
        "documents": [
            {"id": d.id, "source": d.source, "published": d.published.isoformat() if d.published else None,
             "title": d.title, "url": d.url}
            for d in record.documents
        ],
    }
