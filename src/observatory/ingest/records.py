"""What every reader produces, and the checks and clean-ups all readers share.

A reader turns one input into ``RawDocument`` records (or ``IngestError`` for the bad
ones); storing them is ``batch``'s job.  Decoding, date parsing and the content hash
live here so that every format rejects bad input the same way.
"""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from observatory.ingest.errors import IngestError

MAX_FILE_BYTES = 20 * 1024 * 1024
"""Larger inputs are refused: reports are kilobytes, a bigger file is almost certainly a mistake."""

_BINARY_SAMPLE = 8192
_UTF8_BOM = b"\xef\xbb\xbf"
# Longest first: the UTF-32 little-endian mark begins with the UTF-16 one.
_WIDE_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
              (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


@dataclass(frozen=True)
class RawDocument:
    """One report as read, before it is stored."""

    text: str
    origin: str  # "path" or "path:line", for messages and provenance
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    external_id: str | None = None

    def with_defaults(self, source: str | None, published: date | None) -> RawDocument:
        """Fill what the input did not say from the user's ``--source``/``--published``."""
        return replace(self, source=self.source or source, published=self.published or published)


def utf8_from_bom(data: bytes, origin: str) -> bytes:
    """UTF-16/UTF-32 input (as Windows tools save it, with a byte-order mark) as UTF-8.

    Those encodings are full of zero bytes, which every reader takes for a binary file;
    re-encoding them once here lets each format read them.  The UTF-8 mark is kept so a
    page's stale ``charset`` declaration is not believed over it.
    """
    for bom, codec in _WIDE_BOMS:
        if data.startswith(bom):
            try:
                return _UTF8_BOM + data.decode(codec).removeprefix("\ufeff").encode("utf-8")
            except UnicodeDecodeError as error:
                raise IngestError(origin, f"not valid {codec.upper()} text (at byte {error.start})") from None
    return data


def decode(data: bytes, origin: str, encoding: str | None = None) -> str:
    """Bytes to text with newlines normalised; binary or undecodable input is an error."""
    if b"\x00" in data[:_BINARY_SAMPLE]:
        raise IngestError(origin, "looks like a binary file, not text")
    codec = encoding or "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise IngestError(
            f"{origin}:{line}", f"not valid {codec.removesuffix('-sig').upper()} text (byte 0x{data[error.start]:02x})"
        ) from None
    except LookupError:
        raise IngestError(origin, f"unknown text encoding {encoding!r}") from None
    return normalise_newlines(text)


_HEAD_SLACK = 500
"""How far into the body a headline may start and still count as already there (a
byline or the outlet's name often comes first)."""


def report_text(title: str | None, body: str) -> str:
    """The one text the extractor reads for a report: its headline, then its body.

    Headlines carry the toll and the place of many reports, and the gold annotation
    reads them as part of the report, so every reader (JSON Lines, HTML, feeds; a
    ``.txt`` file has its headline in its first line already) and ``observatory eval``
    build the text here.  A body that already opens with its headline is left alone,
    so the headline is never read twice.
    """
    headline, body = decode_entities((title or "").strip()), decode_entities(body)
    if not headline or _folded(headline) in _folded(body[: len(headline) + _HEAD_SLACK]):
        return body
    return f"{headline}\n\n{body}"


# A character reference left in text by a scraper ("Assad&#8217;s forces", "Deir &amp; Raqqa"),
# named or numbered, with its semicolon: "AT&T" or "R&D" are no references.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def decode_entities(text: str) -> str:
    """Text with its HTML character references decoded, also a doubly escaped one
    ("&amp;#39;"): a headline that reads "Assad&#8217;s forces" names no actor for the
    extractor, and one that reads "Deir &amp; Raqqa" no place."""
    for _ in range(2):
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if decoded == text:
            break
        text = decoded
    return text


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def normalise_newlines(text: str) -> str:
    """Unify line endings and drop trailing blanks; offsets stay code points into this text."""
    return text.replace("\r\n", "\n").replace("\r", "\n").rstrip()


def require_text(text: str | None, origin: str) -> str:
    if text is None or not text.strip():
        raise IngestError(origin, "no text (empty document)")
    return text


def check_size(size: int, origin: str, limit: int = MAX_FILE_BYTES) -> None:
    if size > limit:
        raise IngestError(origin, f"file too large ({size / 1048576:.1f} MB; the limit is {limit / 1048576:.0f} MB)")


_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")


def parse_date(value: object, origin: str) -> date | None:
    """An ISO date (or date-time) as a ``date``; an impossible date like 2017-02-31 is an error."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    match = _ISO_DAY.match(str(value))
    if not match:
        raise IngestError(origin, f"unreadable date {value!r} (expected YYYY-MM-DD)")
    try:
        return date(*(int(part) for part in match.groups()))
    except ValueError:
        raise IngestError(origin, f"impossible date {value!r}") from None


def check_not_future(day: date | None, origin: str, allow_future: bool = False) -> None:
    """Refuse a publication date after tomorrow (one day of slack for time zones).

    A report cannot be published in the future; such a date is a typo (2099 for 2019)
    and would anchor "yesterday" and every relative date in the text to the wrong year.
    """
    if day is not None and not allow_future and day > date.today() + timedelta(days=1):
        raise IngestError(origin, f"publication date {day.isoformat()} is in the future (use --allow-future to keep it)")


def content_hash(text: str) -> str:
    """Hash of the text with case, Unicode form and whitespace normalised away.

    Two copies of one report that differ only in line wrapping or encoding details
    hash the same, which is what makes ingest idempotent.
    """
    canonical = " ".join(unicodedata.normalize("NFKC", text).casefold().split())
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def clean_str(value: object) -> str | None:
    """Optional metadata string: stripped, with empty meaning absent."""
    if value is None:
        return None
    text = str(value).strip()
    return text or None
