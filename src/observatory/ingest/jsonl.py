"""JSON Lines (``.jsonl``): one report per line with ``id``, ``text``, ``title``,
``published``, ``source`` and ``url``.

Each line stands alone: a malformed line is reported with its line number and the
lines around it are still read.  A JSON Lines file on disk is read line by line
(``stream_jsonl``), so an archive of millions of reports needs no more memory than its
longest line; the size limit applies to each line rather than to the file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from observatory.ingest.errors import IngestError
from observatory.ingest.records import RawDocument, check_size, clean_str, parse_date, report_text, require_text


def read_jsonl(data: bytes, origin: str) -> Iterator[RawDocument | IngestError]:
    if b"\x00" in data[:8192]:
        raise IngestError(origin, "looks like a binary file, not JSON Lines")
    lines = data.split(b"\n")
    if not any(line.strip() for line in lines):
        raise IngestError(origin, "no text (empty file)")
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield parse_line(line, f"{origin}:{number}")
        except IngestError as error:
            yield error


def stream_jsonl(path: Path, max_line_bytes: int) -> Iterator[RawDocument | IngestError]:
    """Documents of a JSON Lines file read line by line (UTF-8; other encodings are read whole)."""
    origin = str(path)
    try:
        handle = path.open("rb")
    except OSError as error:
        raise IngestError(origin, f"cannot read ({error.strerror})") from None
    with handle:
        if b"\x00" in handle.read(8192):
            raise IngestError(origin, "looks like a binary file, not JSON Lines")
        handle.seek(0)
        empty = True
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            empty = False
            try:
                check_size(len(line), f"{origin}:{number}", max_line_bytes)
                yield parse_line(line, f"{origin}:{number}")
            except IngestError as error:
                yield error
        if empty:
            raise IngestError(origin, "no text (empty file)")


def parse_line(line: bytes, origin: str) -> RawDocument:
    """One JSON object as a document; anything unusable is an error naming ``origin``."""
    try:
        record = json.loads(_decode_line(line, origin))
    except json.JSONDecodeError as error:
        raise IngestError(origin, f"malformed JSON ({error.msg} at column {error.colno})") from None
    if not isinstance(record, dict):
        raise IngestError(origin, "expected a JSON object with a \"text\" field")
    text = record.get("text")
    if not isinstance(text, str):
        raise IngestError(origin, "missing \"text\" (a string)")
    external_id = _scalar(record, "id", (str, int), origin)
    title = clean_str(_scalar(record, "title", str, origin))
    return RawDocument(
        text=report_text(title, require_text(text, origin)),
        origin=origin,
        title=title,
        published=parse_date(_scalar(record, "published", str, origin), origin),
        source=clean_str(_scalar(record, "source", str, origin)),
        url=clean_str(_scalar(record, "url", str, origin)),
        external_id=None if external_id is None else str(external_id),
    )


_JSON_TYPES = {dict: "an object", list: "a list", bool: "true/false", int: "a number", float: "a number"}


def _scalar(record: dict, key: str, kinds: type | tuple[type, ...], origin: str) -> object:
    """``record[key]`` when absent, null or of the expected kind; else an error naming the key.

    Without this a list or object would be stored as its Python repr ("['a', 'b']").
    """
    value = record.get(key)
    if value is None or (isinstance(value, kinds) and not isinstance(value, bool)):
        return value
    raise IngestError(origin, f'"{key}" must be a string, not {_JSON_TYPES.get(type(value), type(value).__name__)}')


def _decode_line(line: bytes, origin: str) -> str:
    try:
        return line.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise IngestError(origin, f"not valid UTF-8 text (byte 0x{line[error.start]:02x})") from None
