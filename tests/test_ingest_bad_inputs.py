"""Inputs that used to pass silently, or as something they are not, are reported.

Each case gets one error line naming the file (and line or entry), the batch goes on
with the good inputs, and the exit code says something failed.
"""

from __future__ import annotations

import contextlib
import json
import os
import pwd
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from observatory.cli import app
from observatory.ingest.errors import IngestError
from observatory.ingest.feeds import read_feed
from observatory.ingest.html import read_html
from observatory.ingest.inputs import Input, expand
from observatory.ingest.jsonl import read_jsonl
from observatory.store.db import session_scope
from observatory.store.tables.core import DocumentRow

runner = CliRunner()
REPORT = "Artillery shells fell on the market of Jisr al-Shughur on Friday, killing five traders and wounding eleven."


def _ingest(*arguments: str, db: Path):
    return runner.invoke(app, ["ingest", *arguments, "--db", str(db)])


def _titles(db: Path) -> list[str | None]:
    from observatory.commands.options import open_store

    with session_scope(open_store(str(db))) as session:
        return list(session.scalars(select(DocumentRow.title).order_by(DocumentRow.id)))


def test_a_page_with_only_navigation_is_an_error_not_a_document(tmp_path):
    page = tmp_path / "menu.html"
    page.write_text("<html><head><title>Front</title></head><body><nav><a href='/'>Home</a> "
                    "<a href='/news'>News</a></nav><footer>Contact us</footer></body></html>")
    outcome = _ingest(str(page), db=tmp_path / "o.db")
    assert outcome.exit_code == 1
    assert f"error: {page}: no article text found" in outcome.stderr
    assert _titles(tmp_path / "o.db") == []


def test_an_article_next_to_its_menu_is_still_read():
    page = (f"<html><body><nav><a>Home</a></nav><article><h1>Market hit</h1><p>{REPORT}</p>"
            f"<p>{REPORT.replace('five', 'six')}</p></article></body></html>")
    [doc] = read_html(page.encode(), "page.html")
    assert "Jisr al-Shughur" in doc.text and "Home" not in doc.text


@contextlib.contextmanager
def _without_root() -> Iterator[None]:
    """Permissions mean nothing to root (CI runs as root): drop to ``nobody`` for the block."""
    if os.geteuid() != 0:
        yield
        return
    nobody = pwd.getpwnam("nobody").pw_uid
    os.seteuid(nobody)
    try:
        yield
    finally:
        os.seteuid(0)


def test_an_unreadable_subfolder_is_reported_with_the_readable_files_still_listed():
    top = Path(tempfile.mkdtemp(prefix="observatory-ingest-"))  # under /tmp, reachable by nobody
    try:
        top.chmod(0o755)
        (top / "open").mkdir(mode=0o755)
        (top / "open" / "one.txt").write_text(REPORT)
        (top / "open" / "one.txt").chmod(0o644)
        (top / "locked").mkdir()
        (top / "locked" / "two.txt").write_text(REPORT)
        (top / "locked").chmod(0o000)
        with _without_root():
            items = list(expand([str(top)]))
        errors = [item for item in items if isinstance(item, IngestError)]
        inputs = [item for item in items if isinstance(item, Input)]
        assert [e.origin for e in errors] == [str(top / "locked")]
        assert "cannot read folder" in errors[0].message
        assert [i.label for i in inputs] == [str(top / "open" / "one.txt")]
    finally:
        (top / "locked").chmod(0o755)
        for path in sorted(top.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        top.rmdir()


def test_future_publication_dates_are_refused_unless_allowed(tmp_path):
    later = (date.today() + timedelta(days=40)).isoformat()
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    batch = tmp_path / "batch.jsonl"
    batch.write_text("\n".join(json.dumps(line) for line in [
        {"id": "a", "text": REPORT, "title": "typo year", "published": later},
        {"id": "b", "text": REPORT + " A second wave followed.", "title": "time zones", "published": tomorrow},
    ]))
    outcome = _ingest(str(batch), db=tmp_path / "o.db")
    assert outcome.exit_code == 1
    assert f"error: {batch}:1: publication date {later} is in the future (use --allow-future" in outcome.stderr
    assert _titles(tmp_path / "o.db") == ["time zones"]
    allowed = _ingest(str(batch), "--allow-future", db=tmp_path / "o.db")
    assert allowed.exit_code == 0, allowed.output
    assert sorted(_titles(tmp_path / "o.db")) == ["time zones", "typo year"]


def test_a_future_published_option_is_a_usage_error(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT)
    outcome = _ingest(str(tmp_path / "r.txt"), "--published", "2207-01-09", db=tmp_path / "o.db")
    assert outcome.exit_code == 2
    assert "in the future" in outcome.output


@pytest.mark.parametrize(("field", "value", "kind"), [
    ("title", ["Shelling", "Idlib"], "a list"),
    ("source", {"name": "Local council"}, "an object"),
    ("url", 17, "a number"),
    ("id", True, "true/false"),
])
def test_jsonl_metadata_that_is_not_a_string_is_an_error(field, value, kind):
    line = json.dumps({"text": REPORT, field: value}).encode()
    [error] = read_jsonl(line, "feed.jsonl")
    assert isinstance(error, IngestError)
    assert str(error) == f'feed.jsonl:1: "{field}" must be a string, not {kind}'


def test_jsonl_numeric_ids_stay_accepted():
    [doc] = read_jsonl(json.dumps({"id": 4021, "text": REPORT}).encode(), "b.jsonl")
    assert doc.external_id == "4021"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_byte_order_mark_is_read(tmp_path, codec):
    report = "Mortar rounds hit al-Bab’s hospital; two nurses died — the clinic closed.\n"
    data = report.encode(codec)
    if not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = "\ufeff".encode(codec) + data  # the BE codec writes no mark of its own
    path = tmp_path / "notepad.txt"
    path.write_bytes(data)
    [doc] = Input(str(path), path.read_bytes).documents()
    assert doc.text == report.strip()


def test_utf16_json_lines_and_html_are_read_like_utf8(tmp_path):
    lines = "\n".join(json.dumps({"id": f"r{n}", "text": f"{REPORT} Update {n}."}) for n in (1, 2))
    docs = list(Input("b.jsonl", lambda: lines.encode("utf-16"), read_jsonl).documents())
    assert [d.external_id for d in docs] == ["r1", "r2"]
    page = f'<html><head><meta charset="utf-16"></head><body><article><p>{REPORT}</p><p>{REPORT}</p></article></body></html>'
    [doc] = Input("p.html", lambda: page.encode("utf-16"), read_html).documents()
    assert "Jisr al-Shughur" in doc.text


_BROKEN_FEED = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Valley Wire</title>
<item><title>Bridge shelled</title><description>Two drivers died when shells hit the bridge at Darkush.</description></item>
<item><title>Cut off</title><description>Fighters advanced on the ridge<br></description></item>
</channel>"""


def test_broken_feed_xml_is_reported_with_its_line_and_good_entries_kept():
    items = list(read_feed(_BROKEN_FEED, "wire.xml"))
    errors = [item for item in items if isinstance(item, IngestError)]
    documents = [item for item in items if not isinstance(item, IngestError)]
    assert errors[0].origin == "wire.xml:4"
    assert errors[0].message.startswith("malformed feed (")
    assert any("Darkush" in doc.text for doc in documents)


def test_a_well_formed_feed_reports_nothing():
    good = _BROKEN_FEED.replace(b"<br>", b"") + b"</rss>"
    items = list(read_feed(good, "wire.xml"))
    assert not any(isinstance(item, IngestError) for item in items)
    assert len(items) == 2


_FEED_WITH_TORN_ITEM = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Orontes Desk</title>
<item><title>Mill burned</title><description>Rockets set fire to the flour mill in Qalaat al-Madiq, killing a guard.</description></item>
<item></channel>"""


def test_a_mismatched_tag_is_the_feeds_only_error_and_its_good_entry_is_stored(tmp_path):
    feed = tmp_path / "desk.xml"
    feed.write_bytes(_FEED_WITH_TORN_ITEM)
    outcome = _ingest(str(feed), db=tmp_path / "o.db")
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
    assert outcome.exit_code == 1
    assert errors == [f"error: {feed}:4: malformed feed (mismatched tag)"]
    assert _titles(tmp_path / "o.db") == ["Mill burned"]


def test_an_entry_without_text_in_a_well_formed_feed_is_still_named():
    feed = _FEED_WITH_TORN_ITEM.replace(b"<item></channel>", b"<item><title>Blank</title></item></channel></rss>")
    errors = [item for item in read_feed(feed, "desk.xml") if isinstance(item, IngestError)]
    assert [(e.origin, e.message) for e in errors] == [("desk.xml:entry 2", "entry has no text")]
