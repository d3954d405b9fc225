"""Turning command-line arguments into readable inputs.

An argument may be a file, a folder (read recursively), a glob, ``-`` for stdin or an
http(s) URL.  The format comes from the file suffix; stdin, URLs and unknown suffixes
are sniffed.  Nothing is read here except to sniff: ``Input.read`` loads the bytes when
the batch gets to it, so one bad path never stops the others.
"""

from __future__ import annotations

import glob
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from observatory.ingest.errors import IngestError
from observatory.ingest.feeds import looks_like_feed, read_feed
from observatory.ingest.html import read_html
from observatory.ingest.jsonl import read_jsonl, stream_jsonl
from observatory.ingest.records import MAX_FILE_BYTES, RawDocument, check_size, utf8_from_bom
from observatory.ingest.text import read_text

Reader = Callable[[bytes, str], Iterator["RawDocument | IngestError"]]

READERS_BY_SUFFIX: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
_GLOB_CHARS = set("*?[")
_URL_TIMEOUT_S = 30.0


@dataclass(frozen=True)
class Input:
    """One thing to read: a label for messages and how to get its bytes."""

    label: str
    load: Callable[[], bytes]
    reader: Reader | None = None  # None: decide from the content
    stream: Callable[[int], Iterator[RawDocument | IngestError]] | None = None  # reads as it goes

    def documents(self, max_bytes: int = MAX_FILE_BYTES) -> Iterator[RawDocument | IngestError]:
        """Read and parse; a problem with the whole input raises ``IngestError``."""
        if self.stream is not None:
            yield from self.stream(max_bytes)
            return
        data = self.load()
        check_size(len(data), self.label, max_bytes)
        data = utf8_from_bom(data, self.label)
        reader = self.reader or sniff_reader(data)
        yield from reader(data, self.label)


def expand(arguments: list[str], max_bytes: int = MAX_FILE_BYTES) -> Iterator[Input | IngestError]:
    """Inputs named by ``arguments``, in order; an argument naming nothing is an error."""
    for argument in arguments:
        if argument == "-":
            yield Input("<stdin>", sys.stdin.buffer.read)
        elif argument.startswith(("http://", "https://")):
            yield Input(argument, partial(fetch, argument))
        elif Path(argument).is_dir():
            yield from _folder_inputs(Path(argument), max_bytes)
        elif Path(argument).is_file():
            yield _file_input(Path(argument), max_bytes)
        elif _GLOB_CHARS & set(argument):
            matches = sorted(Path(match) for match in glob.glob(argument, recursive=True))
            files = [path for path in matches if path.is_file()]
            if not files:
                yield IngestError(argument, "no files match this pattern")
            yield from (_file_input(path, max_bytes) for path in files)
        else:
            yield IngestError(argument, "no such file or folder")


def sniff_reader(data: bytes) -> Reader:
    """Guess the format of stdin, a URL's body or an unknown suffix from its first bytes."""
    head = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if head == b"{":
        return read_jsonl
    if head == b"<":
        return read_feed if looks_like_feed(data) else read_html
    return read_text


def fetch(url: str) -> bytes:
    """The body at ``url``; network failures become an ``IngestError`` naming the URL."""
    import httpx

    try:
        response = httpx.get(url, follow_redirects=True, timeout=_URL_TIMEOUT_S)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise IngestError(url, f"could not fetch ({error})") from None
    return response.content


def _folder_inputs(folder: Path, max_bytes: int) -> Iterator[Input | IngestError]:
    """Files with a known suffix under ``folder`` (hidden ones skipped), in path order, and
    an error for each subfolder that cannot be listed: its reports would otherwise be
    lost without a word."""
    files: list[Path] = []
    errors: list[IngestError] = []

    def unreadable(error: OSError) -> None:
        errors.append(IngestError(error.filename or str(folder), f"cannot read folder ({error.strerror})"))

    for root, dirs, names in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        files.extend(
            Path(root, name)
            for name in names
            if not name.startswith(".")
            and Path(name).suffix.lower() in READERS_BY_SUFFIX
            and Path(root, name).is_file()
        )
    yield from errors
    yield from (_file_input(path, max_bytes) for path in sorted(files))


def _file_input(path: Path, max_bytes: int) -> Input:
    reader = READERS_BY_SUFFIX.get(path.suffix.lower())
    stream = (lambda limit: stream_jsonl(path, limit)) if reader is read_jsonl and _utf8(path) else None
    return Input(str(path), lambda: _read_file(path, max_bytes), reader, stream)


def _utf8(path: Path) -> bool:
    """JSON Lines without a UTF-16/32 byte-order mark can be read line by line."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError:
        return False  # reading it whole reports the error
    return not head.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff"))


def _read_file(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; the size is checked first so a huge file is never loaded."""
    try:
        check_size(path.stat().st_size, str(path), max_bytes)
        return path.read_bytes()
    except OSError as error:
        raise IngestError(str(path), f"cannot read ({error.strerror})") from None
