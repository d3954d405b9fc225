"""Every input kind gives the extractor the headline and the body, as ``observatory eval`` does."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from observatory.cli import app
from observatory.ingest.feeds import read_feed
from observatory.ingest.html import read_html
from observatory.ingest.jsonl import read_jsonl
from observatory.ingest.records import report_text
from observatory.ingest.text import read_text

HEADLINE = "Five fighters of the Hamza Division killed near Tal Rifaat"
BODY = "The bodies were brought back to the town on Tuesday evening, the monitor said."

runner = CliRunner()


def test_a_headline_missing_from_the_body_is_put_before_it():
    assert report_text(HEADLINE, BODY) == f"{HEADLINE}\n\n{BODY}"


def test_a_body_that_already_opens_with_its_headline_is_left_alone():
    body = f"Northern Monitor\n\n{HEADLINE.upper()}\n\n{BODY}"
    assert report_text(HEADLINE, body) == body
    assert report_text(None, BODY) == BODY and report_text("  ", BODY) == BODY


def test_json_lines_title_is_read_with_the_text():
    line = json.dumps({"id": "a1", "title": HEADLINE, "text": BODY}).encode()
    [doc] = read_jsonl(line, "a.jsonl")
    assert doc.title == HEADLINE
    assert doc.text == f"{HEADLINE}\n\n{BODY}"


def test_html_title_is_read_with_the_article():
    page = (
        f"<html><head><title>{HEADLINE}</title></head><body><article>"
        f"<p>{BODY}</p><p>Relatives said the men had been posted on the front line for a month.</p>"
        "</article></body></html>"
    )
    [doc] = read_html(page.encode(), "page.html")
    assert doc.text.startswith(HEADLINE + "\n\n")
    assert doc.text.count(HEADLINE) == 1 and "posted on the front line" in doc.text


def test_feed_entry_title_is_read_with_the_entry():
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Northern Monitor</title>'
        f"<item><title>{HEADLINE}</title><description>{BODY}</description></item>"
        "</channel></rss>"
    )
    [doc] = read_feed(feed.encode(), "north.rss")
    assert doc.text == f"{HEADLINE}\n\n{BODY}"


def test_text_file_first_line_stays_the_headline_once():
    [doc] = read_text(f"{HEADLINE}\n\n{BODY}\n".encode(), "note.txt")
    assert doc.title == HEADLINE and doc.text == f"{HEADLINE}\n\n{BODY}"


def test_a_toll_told_only_in_the_title_is_extracted_from_json_lines(tmp_path):
    lines = tmp_path / "short.jsonl"
    lines.write_text(json.dumps({"id": "t1", "published": "2018-02-06", "title": HEADLINE, "text": BODY}) + "\n")
    outcome = runner.invoke(app, ["extract", "--format", "jsonl", "--input", str(lines)])
    assert outcome.exit_code == 0, outcome.output
    [result] = [json.loads(line) for line in outcome.stdout.splitlines()]
    killed = [c for c in result["casualties"] if c["status"] == "killed"]
    assert [c["count"]["value"] for c in killed] == [5]


def test_character_references_are_decoded_in_the_text_the_extractor_reads():
    title = "Turkish Army&#8217;s Shelling Hits Tell Rifaat &amp; Ayn Daqnah"
    text = report_text(title, "Residents said the shells fell at dawn.")
    assert text.startswith("Turkish Army\u2019s Shelling Hits Tell Rifaat & Ayn Daqnah\n\n")


def test_a_doubly_escaped_reference_is_decoded_and_an_ampersand_in_a_word_is_kept():
    assert report_text(None, "Syria&amp;#39;s north: R&D labs and AT&T cables") == "Syria's north: R&D labs and AT&T cables"


def test_json_lines_headline_with_references_names_its_place(tmp_path):
    lines = tmp_path / "refs.jsonl"
    lines.write_text(json.dumps({"id": "r1", "published": "2018-03-09",
                                 "title": "Shelling kills 3 in Tell Rifaat &amp; Kafr Naya", "text": BODY}) + "\n")
    [doc] = read_jsonl(lines.read_bytes(), str(lines))
    assert "Tell Rifaat & Kafr Naya" in doc.text
