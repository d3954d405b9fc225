"""Exports: ACLED and UCDP CSV, GeoJSON, JSON, and the monthly report."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

from fixtures.fuse.loader import store_scenario

from observatory.export.acled import COLUMNS as ACLED_COLUMNS
from observatory.export.formats import csv_lines, export
from observatory.export.report import build_report, render_html, render_markdown
from observatory.export.ucdp import COLUMNS as UCDP_COLUMNS
from observatory.fuse.incidents import update_incidents
from observatory.store.db import session_scope


def _store_all(session) -> None:
    for name in ("three_outlets", "subset", "capture_recapture", "daily_monthly"):
        store_scenario(session, name)
    update_incidents(session)


def _csv(session, fmt: str, **options) -> list[dict]:
    handle = io.StringIO()
    export(session, fmt, handle, **options)
    return list(csv.DictReader(io.StringIO(handle.getvalue())))


def test_acled_rows_use_acled_columns_and_codes(engine):
    with session_scope(engine) as session:
        _store_all(session)
        rows = _csv(session, "acled", where="Homs")
        assert list(rows[0]) == list(ACLED_COLUMNS)
        clash = next(r for r in rows if r["location"] == "Al Qaryatayn" and r["sub_event_type"] == "Armed clash")
        assert (clash["actor1"], clash["actor2"]) == ("Military Forces of Syria", "Islamic State")
        assert (clash["inter1"], clash["inter2"], clash["interaction"]) == ("1", "2", "12")
        assert clash["fatalities"] == "101" and clash["source"] == "Al-Masdar News; Reuters; SOHR"
        assert clash["event_id_cnty"].startswith("SYR") and "Observatory incident" in clash["notes"]
        assert {r["admin1"] for r in rows} == {"Homs"}


def test_typed_csv_exports_leave_out_incidents_known_only_from_event_less_reports(engine):
    with session_scope(engine) as session:
        _store_all(session)
        document = io.StringIO()
        export(session, "json", document)
        types = [i["event_type"] for i in json.loads(document.getvalue())["incidents"]]
        typed = len(types) - types.count("Report")
        assert "Report" in types and typed > 0
        acled = _csv(session, "acled")
        assert len(acled) == typed and "Report" not in {r["event_type"] for r in acled}
        assert len(_csv(session, "ucdp")) == typed


def test_ucdp_rows_split_deaths_by_side(engine):
    with session_scope(engine) as session:
        _store_all(session)
        rows = _csv(session, "ucdp", date_from=date(2017, 9, 28), date_to=date(2017, 9, 29))
        assert list(rows[0]) == list(UCDP_COLUMNS)
        sukhnah = next(r for r in rows if r["where_coordinates"] == "As Sukhnah")
        assert (sukhnah["side_a"], sukhnah["side_b"], sukhnah["type_of_violence"]) == (
            "Military Forces of Syria", "Islamic State", "1")
        assert (sukhnah["deaths_a"], sukhnah["deaths_b"], sukhnah["best"]) == ("128", "90", "218")
        strike = next(r for r in rows if r["where_coordinates"] == "Maarat al-Numan")
        assert (strike["type_of_violence"], strike["side_b"], strike["deaths_civilians"]) == ("3", "Civilians", "7")
        assert strike["number_of_sources"] == "1"


def test_geojson_holds_incidents_and_control_states(engine):
    with session_scope(engine) as session:
        _store_all(session)
        handle = io.StringIO()
        export(session, "geojson", handle, where="Homs/Al Qaryatayn")
        collection = json.loads(handle.getvalue())
        kinds = [(f["properties"]["kind"], f["properties"].get("sub_event_type")) for f in collection["features"]]
        # The control reports name no event: they are incidents of their own, of type "Report".
        assert kinds.count(("incident", "Armed clash")) == 1 and kinds.count(("control", None)) == 3
        assert {kind for kind in kinds if kind[0] == "incident"} == {("incident", "Armed clash"), ("incident", "Report")}
        assert collection["features"][0]["geometry"] == {"type": "Point", "coordinates": [37.24066, 34.22956]}


def test_json_export_keeps_claims_and_reports_behind_each_incident(engine):
    with session_scope(engine) as session:
        _store_all(session)
        handle = io.StringIO()
        count = export(session, "json", handle, date_from=date(2017, 9, 29), date_to=date(2017, 9, 29))
        data = json.loads(handle.getvalue())
        assert count == len(data["incidents"]) == 3
        clash = next(i for i in data["incidents"] if i["place_name"] == "Al Qaryatayn")
        assert len(clash["documents"]) == 3 and len(clash["casualty_claim_ids"]) == 3
        assert clash["tolls"][0]["best"] == 101


def test_monthly_report_traces_figures_to_incidents(engine):
    with session_scope(engine) as session:
        _store_all(session)
        report = build_report(session, "2017-09")
        markdown = render_markdown(report)
        html = render_html(report)
    assert "# Monthly toll report: September 2017" in markdown
    assert "| civilians | 955 | 955 | 955 |" in markdown  # the round-up bounds the month
    assert "](/incidents/" in markdown and "2017-09-05 " in markdown
    assert "<svg" in html and 'href="/incidents/' in html


def test_a_standalone_report_links_only_to_its_own_rows(engine):
    with session_scope(engine) as session:
        _store_all(session)
        html = render_html(build_report(session, "2017-09", link_base=None))
    links = set(re.findall(r'href="([^"]*)"', html))
    rows = set(re.findall(r'<tr id="(incident-\d+)">', html))
    assert links and all(link.startswith("#incident-") for link in links)
    assert {link[1:] for link in links} == rows  # each incident named once in the closing table, no more


def test_a_large_export_is_written_a_chunk_of_incidents_at_a_time(engine, monkeypatch):
    """Whole-archive exports must not hold the archive: with chunks of two incidents, the
    first incidents are written before the last chunk is read, and the file is the same."""
    from observatory.export import records

    with session_scope(engine) as session:
        _store_all(session)
        whole = io.StringIO()
        total = export(session, "json", whole)
        assert total >= 5
        reads: list[int] = []
        monkeypatch.setattr(records, "chunks", lambda ids: ([ids[i:i + 2] for i in range(0, len(ids), 2)]))
        real_add_tolls = records._add_tolls
        monkeypatch.setattr(records, "_add_tolls", lambda s, found, batch: (reads.append(len(batch)),
                                                                             real_add_tolls(s, found, batch)))

        class Watching(io.StringIO):
            chunks_read_at_first_incident: int | None = None

            def write(self, text: str) -> int:
                if self.chunks_read_at_first_incident is None and text.startswith(("[{", ",{")):
                    self.chunks_read_at_first_incident = len(reads)
                return super().write(text)

        streamed = Watching()
        assert export(session, "json", streamed) == total
        assert streamed.chunks_read_at_first_incident == 1 and len(reads) == (total + 1) // 2
        assert json.loads(streamed.getvalue()) == json.loads(whole.getvalue())
        features = io.StringIO()
        assert export(session, "geojson", features) == total
        collection = json.loads(features.getvalue())
        assert collection["type"] == "FeatureCollection" and len(collection["features"]) >= 2


def test_csv_lines_stream_a_header_alone_for_no_rows_and_quote_hostile_cells():
    assert "".join(csv_lines(("id", "place"), iter(()))) == "id,place\n"
    hostile = {"id": 7, "place": 'Tell "Abyad", north\nof the "road"'}
    lines = list(csv_lines(("id", "place"), iter([hostile])))
    assert len(lines) == 2  # the header goes out with the first row, the last piece closes
    (row,) = list(csv.DictReader(io.StringIO("".join(lines))))
    assert row == {"id": "7", "place": hostile["place"]}


def test_csv_lines_defuse_text_cells_a_spreadsheet_would_run_as_formulas():
    rows = [{"id": 3, "place": '=HYPERLINK("http://evil.example","Kafr Sousa")', "notes": "+1 then -2",
             "fatalities": -1, "latitude": 36.21},
            {"id": 4, "place": "@SUM(A1)", "notes": "Killed near the mill = 4", "fatalities": 4, "latitude": -0.5}]
    parsed = list(csv.DictReader(io.StringIO("".join(csv_lines(("id", "place", "notes", "fatalities", "latitude"),
                                                                  iter(rows))))))
    assert [row["place"] for row in parsed] == ["'=HYPERLINK(\"http://evil.example\",\"Kafr Sousa\")", "'@SUM(A1)"]
    assert [row["notes"] for row in parsed] == ["'+1 then -2", "Killed near the mill = 4"]
    assert [row["fatalities"] for row in parsed] == ["-1", "4"]  # numbers are data, not formulas
    assert [row["latitude"] for row in parsed] == ["36.21", "-0.5"]
