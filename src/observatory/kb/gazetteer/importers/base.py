"""What every reader shares: row errors with file:line, and the report of an import."""

from __future__ import annotations

import csv
import io
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO
from collections.abc import Callable, Iterator

from ..normalize import light_key
from ..record import GazetteerPlace


@dataclass(frozen=True)
class RowError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


@dataclass
class ImportReport:
    """How an import went: places written, extra names added, rows skipped and bad rows."""

    path: str
    format: str
    places: int = 0
    names: int = 0
    skipped: int = 0
    errors: list[RowError] = field(default_factory=list)


class BadRow(ValueError):
    """Raised by a row parser; the reader turns it into a :class:`RowError` and goes on."""


@contextmanager
def open_text(path: Path) -> Iterator[IO[str]]:
    """Open a text file, or the data file inside a GeoNames-style zip (SY.zip -> SY.txt)."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            member = _data_member(archive, path)
            with archive.open(member) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", newline="")
        return
    with path.open(encoding="utf-8-sig", newline="") as fh:
        yield fh


def _data_member(archive: zipfile.ZipFile, path: Path) -> str:
    names = [n for n in archive.namelist() if not n.lower().startswith("readme")]
    preferred = [n for n in names if Path(n).stem == path.stem]
    if not (preferred or names):
        raise BadRow(f"{path}: the zip file holds no data file")
    return (preferred or names)[0]


def csv_rows(fh: IO[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for a CSV with a header; line numbers count the header as 1."""
    reader = csv.DictReader(fh)
    for row in reader:
        yield reader.line_num, {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}


def read_csv_places(
    path: Path, row_to_place: Callable[[dict[str, str]], GazetteerPlace | None]
) -> Iterator[GazetteerPlace | RowError | None]:
    """Run ``row_to_place`` over a CSV: a bad row becomes a ``RowError`` naming its line,
    a skipped or repeated place a ``None`` (so progress still counts it)."""
    seen: set[str] = set()
    with open_text(path) as fh:
        for line_no, row in csv_rows(fh):
            try:
                place = row_to_place(row)
            except BadRow as exc:
                yield RowError(str(path), line_no, str(exc))
                continue
            if place is None or place.id in seen:
                yield None
                continue
            seen.add(place.id)
            yield place


def parse_float(value: str, what: str, low: float, high: float) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise BadRow(f"{what} {value!r} is not a number") from None
    if not low <= number <= high:
        raise BadRow(f"{what} {number} is out of range")
    return number


def place_id(prefix: str, name: str, lat: float | None, lon: float | None) -> str:
    """A stable id for places whose source has none: name key plus rounded point."""
    where = f"{lat:.4f},{lon:.4f}" if lat is not None and lon is not None else "nowhere"
    return f"{prefix}:{light_key(name) or 'x'}:{where}"
