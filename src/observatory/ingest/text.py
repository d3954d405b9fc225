"""Plain-text reports (``.txt``): the whole file is the report.

The text is kept whole, headline included, so offsets match what ``observatory extract
FILE`` reports.  A short first line standing alone before a blank line is taken as the
title, which is how reports are usually pasted.
"""

from __future__ import annotations

from collections.abc import Iterator

from observatory.ingest.records import RawDocument, decode, require_text

_MAX_TITLE_CHARS = 300


def read_text(data: bytes, origin: str) -> Iterator[RawDocument]:
    text = require_text(decode(data, origin), origin)
    yield RawDocument(text=text, origin=origin, title=first_line_title(text))


def first_line_title(text: str) -> str | None:
    """The first line when a blank line follows it and it is short enough to be a headline."""
    head, blank, rest = text.partition("\n\n")
    if not blank or "\n" in head or not rest.strip():
        return None
    head = head.strip()
    return head if 0 < len(head) <= _MAX_TITLE_CHARS else None
