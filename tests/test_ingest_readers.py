"""Each reader turns its format into documents with the metadata the format carries."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from observatory.ingest.errors import IngestError
from observatory.ingest.feeds import read_feed
from observatory.ingest.html import read_html
from observatory.ingest.inputs import expand, sniff_reader
from observatory.ingest.jsonl import read_jsonl
from observatory.ingest.records import content_hash, parse_date
from observatory.ingest.text import read_text

REPORTS = Path(__file__).parent / "fixtures" / "ingest" / "reports"


def _read(reader, name: str) -> list:
    path = REPORTS / name
    return list(reader(path.read_bytes(), str(path)))


def test_text_keeps_the_whole_report_and_takes_a_headline_as_title():
    [doc] = _read(read_text, "2017-03-21-douma-shelling.txt")
    assert doc.title == "Regime shelling on Douma kills seven civilians"
    assert doc.text.startswith(doc.title) and "market street" in doc.text


def test_text_without_a_separate_first_line_has_no_title():
    [doc] = read_text(b"Seven civilians were killed in Douma.\nThe toll may rise.\n", "note.txt")
    assert doc.title is None


def test_html_yields_the_article_without_navigation_and_with_its_metadata():
    [doc] = _read(read_html, "2017-04-02-raqqa-airstrike.html")
    assert doc.title == "Coalition airstrike on Raqqa countryside kills civilians"
    assert doc.published == date(2017, 4, 2)
    assert "al-Kasrat" in doc.text and "Tabqa dam" in doc.text
    assert "All rights reserved" not in doc.text and "Home" not in doc.text


def test_html_in_a_declared_legacy_charset_is_decoded_with_it():
    page = '<html><head><meta charset="windows-1252"><title>Hama</title></head><body><p>Shelling hit Kafr Zita’s market, killing 3 people and wounding many more in the town.</p></body></html>'
    [doc] = read_html(page.encode("cp1252"), "page.html")
    assert "Kafr Zita’s market" in doc.text


def test_jsonl_lines_keep_their_id_source_url_and_date():
    docs = _read(read_jsonl, "batch.jsonl")
    assert [d.external_id for d in docs] == ["idlib-2017-04-04", "deir-2017-05-12"]
    assert docs[0].published == date(2017, 4, 4) and docs[0].source == "SOHR"
    assert docs[0].url == "https://example.org/reports/idlib-2017-04-04"
    assert docs[1].origin.endswith("batch.jsonl:2")


def test_feed_entries_become_plain_text_documents_named_after_the_feed():
    docs = _read(read_feed, "feed.rss")
    assert [d.title for d in docs] == ["Clashes continue in Jobar", "Protest in Maarrat al-Nu'man"]
    assert docs[0].source == "Example Syria Monitor"
    assert docs[0].published == date(2017, 3, 19)
    assert "<b>" not in docs[0].text and "Jobar neighbourhood" in docs[0].text
    assert "At least 4 fighters" in docs[0].text


def test_same_report_with_different_wrapping_and_case_has_one_content_hash():
    one = "Regime forces shelled Douma,\nkilling seven civilians."
    other = "Regime forces  shelled douma, killing\r\nseven civilians.  "
    assert content_hash(one) == content_hash(other)
    assert content_hash(one) != content_hash("Regime forces shelled Douma, killing eight civilians.")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2017-02-28", date(2017, 2, 28)), ("2017-03-01T08:15:00Z", date(2017, 3, 1)), ("", None), (None, None)],
)
def test_dates_are_read_strictly_as_iso(value, expected):
    assert parse_date(value, "x") == expected


@pytest.mark.parametrize("value", ["2017-02-31", "2017-13-01", "31/01/2017", "yesterday"])
def test_impossible_or_unreadable_dates_are_errors(value):
    with pytest.raises(IngestError, match="date"):
        parse_date(value, "reports.jsonl:4")


@pytest.mark.parametrize(
    ("head", "reader"),
    [
        (b'{"text": "..."}', read_jsonl),
        (b'<?xml version="1.0"?><rss version="2.0">', read_feed),
        (b"<!DOCTYPE html><html>", read_html),
        (b"Clashes in Daraa", read_text),
    ],
)
def test_stdin_and_unknown_suffixes_are_sniffed(head, reader):
    assert sniff_reader(head) is reader


def test_folders_are_read_recursively_and_hidden_or_unknown_files_skipped(tmp_path):
    (tmp_path / "2017" / "march").mkdir(parents=True)
    (tmp_path / "2017" / "march" / "a.txt").write_text("Clashes in Daraa killed 3 fighters.")
    (tmp_path / "b.html").write_text("<p>Clashes</p>")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "c.txt").write_text("hidden")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    labels = [item.label for item in expand([str(tmp_path)])]
    assert labels == [str(tmp_path / "2017" / "march" / "a.txt"), str(tmp_path / "b.html")]


def test_globs_expand_and_a_pattern_matching_nothing_is_an_error(tmp_path):
    for name in ("a.txt", "b.txt", "c.html"):
        (tmp_path / name).write_text("Clashes in Daraa.")
    items = list(expand([str(tmp_path / "*.txt"), str(tmp_path / "*.rss")]))
    assert [getattr(i, "label", None) for i in items[:2]] == [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    assert isinstance(items[2], IngestError) and "no files match" in str(items[2])
