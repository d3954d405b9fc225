"""Exports keep a border town in its own country: the boundaries ship simplified, so a town
within a few kilometres of the line (Kobani, Tell Abyad) may fall on the wrong side of it;
the stored incident's country, decided by the town's own gazetteer row, is what exports say."""

from __future__ import annotations

import csv
import json

from typer.testing import CliRunner

from observatory.cli import app

runner = CliRunner()

REPORT = ("Islamic State fighters shelled the centre of Kobani on Monday, killing four Kurdish fighters "
          "and a woman, the Kurdish YPG militia said in a statement.")


def test_a_border_town_is_exported_in_syria_in_every_format(db_url, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "kobani.txt").write_text(REPORT, encoding="utf-8")
    outcome = runner.invoke(app, ["run", str(folder), "--db", db_url])
    assert outcome.exit_code == 0, outcome.output
    rows = {}
    for fmt in ("acled", "ucdp", "geojson"):
        target = tmp_path / f"out.{fmt}"
        exported = runner.invoke(app, ["export", "-f", fmt, "--db", db_url, "-o", str(target)])
        assert exported.exit_code == 0, exported.output
        rows[fmt] = (json.loads(target.read_text())["features"] if fmt == "geojson"
                     else list(csv.DictReader(target.open(encoding="utf-8"))))
    [acled] = rows["acled"]
    assert (acled["country"], acled["admin1"]) == ("Syria", "Aleppo")
    assert float(acled["latitude"]) > 36.8  # the town's own point, a few km from the line
    [ucdp] = rows["ucdp"]
    assert (ucdp["country"], ucdp["adm_1"]) == ("Syria", "Aleppo")
    places = [f["properties"] for f in rows["geojson"] if f["properties"].get("country")]
    assert places and {(p["country"], p["admin1"]) for p in places} == {("Syria", "Aleppo")}
