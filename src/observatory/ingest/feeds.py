"""RSS and Atom feeds (``.xml``/``.rss``/``.atom`` files or a URL): one report per entry.

An entry's text is its full content when the feed carries it, else its summary, with
the HTML turned into plain text.  The feed's title names the source unless the user
gives ``--source``.

feedparser recovers what it can from broken XML; the entries it recovers are still read,
but the break itself is reported (with its line) so a truncated or corrupted feed never
passes as a good one.  The break is the one error of such a feed: the empty entries the
parser leaves where the XML broke are not reported again as entries without text.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from datetime import date

import feedparser

from observatory.ingest.errors import IngestError
from observatory.ingest.html import html_to_text
from observatory.ingest.records import RawDocument, clean_str, report_text

_PARSER_POSITION = re.compile(r"^<unknown>:(\d+):\d+:\s*(.*)$")


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | IngestError]:
    if b"\x00" in data[:8192]:
        raise IngestError(origin, "looks like a binary file, not a feed")
    parsed = feedparser.parse(data)
    entries = [entry for entry in parsed.entries if _entry_html(entry)]
    if not entries:
        raise _malformed(parsed, origin)
    broken = _broken_xml(parsed)
    if broken:
        yield _malformed(parsed, origin)
    feed_title = clean_str(parsed.feed.get("title"))
    for number, entry in enumerate(parsed.entries, start=1):
        if broken and not _entry_html(entry):
            continue  # a husk the recovering parser made of the break, already reported above
        try:
            yield entry_document(entry, f"{origin}:entry {number}", feed_title)
        except IngestError as error:
            yield error


def entry_document(entry: dict, origin: str, feed_title: str | None) -> RawDocument:
    """One feed entry as a document; an entry without text is an error naming it."""
    text = html_to_text(_entry_html(entry))
    if not text:
        raise IngestError(origin, "entry has no text")
    title = clean_str(entry.get("title"))
    return RawDocument(
        text=report_text(title, text),
        origin=origin,
        title=title,
        published=_entry_date(entry),
        source=feed_title,
        url=clean_str(entry.get("link")),
        external_id=clean_str(entry.get("id")),
    )


def looks_like_feed(data: bytes) -> bool:
    """Sniff the first kilobyte for an RSS, Atom or RDF root element."""
    head = data[:1024].lower()
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _entry_html(entry: dict) -> str:
    contents = entry.get("content") or []
    bodies = [part.get("value", "") for part in contents if part.get("value")]
    return max(bodies, key=len) if bodies else entry.get("summary", "") or ""


def _entry_date(entry: dict) -> date | None:
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None


def _broken_xml(parsed: feedparser.FeedParserDict) -> bool:
    """Whether the XML itself was not well formed (not a mere encoding or type notice)."""
    from xml.sax import SAXParseException

    return bool(parsed.get("bozo")) and isinstance(parsed.get("bozo_exception"), SAXParseException)


def _malformed(parsed: feedparser.FeedParserDict, origin: str) -> IngestError:
    """The parser's complaint, with its line number moved next to the file name."""
    problem = str(parsed.get("bozo_exception") or "no entries with text")
    match = _PARSER_POSITION.match(problem)
    if match:
        return IngestError(f"{origin}:{match.group(1)}", f"malformed feed ({match.group(2)})")
    return IngestError(origin, f"not a readable RSS/Atom feed ({problem})")
