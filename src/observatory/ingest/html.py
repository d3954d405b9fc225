"""HTML pages (``.html``/``.htm``, fetched URLs) and HTML fragments in feeds.

trafilatura finds the article body and metadata (title, date) and drops navigation and
boilerplate; a page with no article text at all, which is what malformed markup usually
leaves, is an error rather than an empty document.  So is a page whose only words sit in
its navigation (menus, headers, footers): trafilatura's recall mode would otherwise
return a menu item ("Home") as the article.
"""

from __future__ import annotations

import html as html_entities
import re
from collections.abc import Iterator

import lxml.html
from lxml import etree
import trafilatura
from trafilatura.settings import Document as Article

from observatory.ingest.errors import IngestError
from observatory.ingest.records import RawDocument, clean_str, decode, normalise_newlines, parse_date, report_text

_WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: debris like "<<<>>>" has none
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_NOT_ARTICLE = "//nav | //header | //footer | //aside | //menu | //script | //style | //*[@role='navigation']"


def read_html(data: bytes, origin: str) -> Iterator[RawDocument]:
    """The article of one page; a fetched page (``origin`` is its URL) keeps that URL."""
    url = origin if origin.startswith(("http://", "https://")) else None
    yield html_document(decode(data, origin, declared_charset(data)), origin, url)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first kilobytes (None: assume UTF-8).

    A byte-order mark outranks the declaration (ingest turns UTF-16 input into UTF-8
    with a BOM, leaving a stale ``charset=utf-16`` behind).
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return None
    match = _META_CHARSET.search(data[:4096])
    if not match:
        return None
    charset = match.group(1).decode("ascii").lower()
    return None if charset in {"utf-8", "utf8"} else charset


def html_document(markup: str, origin: str, url: str | None = None) -> RawDocument:
    """The article in ``markup`` as a document; no article text is an error naming ``origin``."""
    article = _article(markup, url=url, with_metadata=True)
    text = normalise_newlines(article.text or "") if article is not None else ""
    if article is None or not _WORD.search(text) or not _has_words_outside_navigation(markup):
        raise IngestError(origin, "no article text found in the HTML (empty, navigation only or malformed page)")
    title = clean_str(article.title)
    return RawDocument(
        text=report_text(title, text),
        origin=origin,
        title=title,
        published=_lenient_date(article.date, origin),
        url=clean_str(url or article.url),
    )


def _article(markup: str, url: str | None = None, with_metadata: bool = False) -> Article | None:
    """trafilatura's reading of the page; its signature also allows a dict, which it gives
    only when asked with ``as_dict``, so anything else is treated as no article."""
    article = trafilatura.bare_extraction(markup, url=url, with_metadata=with_metadata, favor_recall=True)
    return article if isinstance(article, Article) else None


def _has_words_outside_navigation(markup: str) -> bool:
    """Whether the page's body has any words once menus, headers and footers are removed."""
    try:
        page = lxml.html.document_fromstring(markup)
    except (ValueError, etree.ParserError):  # nothing parseable: trafilatura decides
        return True
    body = page.find("body")
    if body is None:
        return False
    for element in body.xpath(_NOT_ARTICLE):
        if element.getparent() is not None:
            element.drop_tree()
    return _WORD.search(body.text_content()) is not None


def html_to_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed summary); plain text passes through."""
    if "<" not in fragment:
        return normalise_newlines(html_entities.unescape(fragment)).strip()
    article = _article(fragment)
    text = article.text if article is not None and article.text else trafilatura.html2txt(fragment)
    return normalise_newlines(text or "").strip()


def _lenient_date(value: str | None, origin: str):
    """Page metadata dates are a hint, not user input: a bad one is dropped, not fatal."""
    try:
        return parse_date(value, origin)
    except IngestError:
        return None
