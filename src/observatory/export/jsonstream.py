"""JSON objects written piece by piece, so a large export never exists as one object.

One home for the streamed encoding used by ``observatory export`` (GeoJSON and JSON files)
and by the web map's GeoJSON: a member given as an iterator is written element by element
as the iterator yields them (rows read from the store in batches)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any


def object_pieces(members: Mapping[str, Any], later: Callable[[], Mapping[str, Any]] = dict) -> Iterator[str]:
    """Compact JSON text of ``members`` followed by ``later()``, equal to ``json.dumps`` of the
    whole object with ``separators=(",", ":")``.

    A member whose value is an iterator becomes an array written one element per piece.
    ``later`` is asked only once every earlier member is written: a flag such as
    ``truncated`` depends on how many elements there were."""
    opening = "{"
    for key, value in members.items():
        yield f"{opening}{_dumps(key)}:"
        opening = ","
        if isinstance(value, Iterator):
            yield from _array_pieces(value)
        else:
            yield _dumps(value)
    for key, value in later().items():
        yield f"{opening}{_dumps(key)}:{_dumps(value)}"
        opening = ","
    yield "{}" if opening == "{" else "}"


CHUNK_BYTES = 64 * 1024
"""Streamed web responses (map data, downloads) go out in chunks of about this size."""


def bytes_in_chunks(pieces: Iterable[str], size: int | None = None) -> Iterator[bytes]:
    """UTF-8 pieces joined into chunks of about ``size`` bytes (``CHUNK_BYTES``): one write
    per element would cost a web server a write (and a hop to its thread pool) each."""
    size = size or CHUNK_BYTES
    chunk: list[bytes] = []
    held = 0
    for piece in pieces:
        encoded = piece.encode()
        chunk.append(encoded)
        held += len(encoded)
        if held >= size:
            yield b"".join(chunk)
            chunk, held = [], 0
    if chunk:
        yield b"".join(chunk)


def _array_pieces(elements: Iterator[Any]) -> Iterator[str]:
    separator = "["
    for element in elements:
        yield separator + _dumps(element)
        separator = ","
    yield "[]" if separator == "[" else "]"


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False, default=str)
