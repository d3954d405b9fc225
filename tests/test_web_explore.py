"""Finding incidents: full-text search, filters read through the actor KB and the gazetteer,
and downloads that hold exactly the selection a list shows (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_web_support import SeededTemplate, Store, add_people, log_in, seed_reports, seeded_engine, web_client

from observatory.store.db import migrate

EXPLORE_REPORTS = Path(__file__).parent / "fixtures" / "web" / "explore_reports.jsonl"


@pytest.fixture(scope="module")
def explore_template(tmp_path_factory: pytest.TempPathFactory) -> SeededTemplate:
    """The shared web fixture reports plus nine more (search words, aliases, spellings), run once."""
    path = tmp_path_factory.mktemp("explore-template") / "observatory.db"
    engine = migrate(f"sqlite:///{path}")
    seed_reports(engine)
    seed_reports(engine, EXPLORE_REPORTS)
    tokens = add_people(engine)
    engine.dispose()
    return SeededTemplate(path, tokens)


@pytest.fixture
def explore(db_url: str, explore_template: SeededTemplate) -> Iterator[Store]:
    engine, tokens = seeded_engine(db_url, explore_template)
    with web_client(engine) as client:
        yield Store(engine, tokens, client)
    engine.dispose()


def listed(store: Store, **params) -> list[dict]:
    response = store.client.get("/api/incidents", params={**params, "per_page": 500}, headers=store.bearer("viewer"))
    assert response.status_code == 200, response.text
    return response.json()["items"]


def ids(items: list[dict]) -> set[int]:
    return {item["id"] for item in items}


def report_texts(store: Store, incident_id: int) -> str:
    detail = store.client.get(f"/api/incidents/{incident_id}", headers=store.bearer("viewer")).json()
    texts = [store.client.get(f"/api/documents/{doc['id']}", headers=store.bearer("viewer")).json()["text"]
             for doc in detail["documents"]]
    return " ".join(texts).lower()


def test_search_finds_incidents_by_a_word_of_their_reports(explore: Store):
    found = listed(explore, q="bakery")
    assert found, "an incident rests on the bakery reports"
    assert all("bakery" in report_texts(explore, item["id"]) for item in found)
    assert "Idlib" in {item["admin1"] for item in found}
    # Every word must occur: a word no report has empties the list; case does not matter.
    assert ids(listed(explore, q="BAKERY queue")) <= ids(found)
    assert listed(explore, q="bakery zeppelin") == []


def test_search_syntax_in_the_box_is_taken_as_plain_words(explore: Store):
    for typed in ['"bakery', "bakery OR *", "NEAR(bakery", "bakery -queue", "((", "'"]:
        response = explore.client.get("/api/incidents", params={"q": typed}, headers=explore.bearer("viewer"))
        assert response.status_code == 200, (typed, response.text)


def test_actor_filter_knows_aliases_and_ignores_case(explore: Store):
    canonical = ids(listed(explore, actor="Islamic State"))
    assert canonical
    assert ids(listed(explore, actor="ISIS")) == canonical
    assert ids(listed(explore, actor="islamic state")) == canonical
    assert all("Islamic State" in item["actors"] for item in listed(explore, actor="ISIS"))
    # A phrase the extractor reads as the actor, though no alias spells it, finds the same incidents.
    assert ids(listed(explore, actor="IS militants")) == canonical
    # What names no actor, or more than one, matches nothing, whatever it holds.
    for typed in ["((", "<script>alert(1)</script>", "Kurdish-led", "IS militants and"]:
        assert listed(explore, actor=typed) == [], typed


def test_governorate_and_place_filters_take_any_spelling(explore: Store):
    standard = listed(explore, admin1="Deir ez-Zor")
    assert standard and all(item["admin1"] == "Deir ez-Zor" for item in standard)
    assert ids(listed(explore, admin1="Dayr az Zawr")) == ids(standard)
    assert ids(listed(explore, admin1="deir ezzor")) == ids(standard)
    as_reported = listed(explore, place="Jinderes")
    assert as_reported
    assert ids(listed(explore, place=as_reported[0]["place_name"])) == ids(as_reported)


def csv_ids(text: str, column: str = "id") -> list[int]:
    return [int(row[column]) for row in csv.DictReader(io.StringIO(text))]


@pytest.mark.parametrize("params", [
    {"event_type": "Battles"},
    {"actor": "ISIS", "min_deaths": "5"},
    {"admin1": "Dayr az Zawr", "source": "Reuters"},
    {"q": "regime", "date_from": "2018-01-01"},
    {"min_deaths": "10", "sort": "deaths"},
])
def test_a_list_and_its_downloads_hold_the_same_incidents(explore: Store, params: dict):
    log_in(explore.client, "viewer")
    sort = params.get("sort", "-date")
    shown = [item["id"] for item in listed(explore, **params)]
    page = explore.client.get("/incidents", params=params)
    assert page.status_code == 200
    assert f"{len(shown)} incident" in page.text
    listed_csv = explore.client.get("/api/export/incidents.csv", params={**params, "sort": sort})
    assert csv_ids(listed_csv.text) == shown  # same rows, same order
    geojson = json.loads(explore.client.get("/api/export/incidents.geojson", params=params).text)
    located = {f["properties"]["id"] for f in geojson["features"] if f["properties"]["kind"] == "incident"}
    assert located == {item["id"] for item in listed(explore, **params) if item["lat"] is not None}
    typed = [item["id"] for item in listed(explore, **params) if item["event_type"] != "Report"]
    acled = list(csv.DictReader(io.StringIO(explore.client.get("/api/export/acled.csv", params=params).text)))
    assert len(acled) == len(typed)


def test_list_page_download_links_keep_the_filters(explore: Store):
    log_in(explore.client, "viewer")
    page = explore.client.get("/incidents", params={"actor": "ISIS", "q": "clashes", "min_deaths": "3"}).text
    for name in ("incidents.csv", "acled.csv", "ucdp.csv", "incidents.geojson"):
        assert f"/api/export/{name}?" in page
    assert "actor=ISIS" in page and "q=clashes" in page and "min_deaths=3" in page
    assert 'aria-sort="descending"' in page and 'aria-sort="none"' in page


def test_search_page_lists_incidents_and_reports(explore: Store):
    log_in(explore.client, "viewer")
    page = explore.client.get("/search", params={"q": "car bomb"}).text
    found = listed(explore, q="car bomb")
    assert found
    assert all(f'href="/incidents/{item["id"]}"' in page for item in found)
    assert "Hajin" in page  # the report's title is listed with a snippet
    assert "0 reports" in explore.client.get("/search", params={"q": "zeppelin"}).text


def test_search_page_shows_a_toll_corrected_to_zero(explore: Store):
    """A reviewer who finds no one died sets the toll to 0; the search page must say "0 killed", not hide it."""
    incident = listed(explore, q="bakery")[0]
    corrected = explore.client.post(f"/api/incidents/{incident['id']}/review", headers=explore.bearer("reviewer"),
                                    json={"action": "correct", "reason": "the hospital found no dead",
                                          "fields": {"deaths_low": 0, "deaths_best": 0, "deaths_high": 0}})
    assert corrected.status_code == 200, corrected.text
    log_in(explore.client, "viewer")
    page = explore.client.get("/search", params={"q": "bakery"}).text
    line = re.search(rf'href="/incidents/{incident["id"]}".*?</li>', page, re.S)
    assert line and "0 killed" in line.group(0)


def test_documents_list_searches_words_not_substrings(explore: Store):
    log_in(explore.client, "viewer")
    assert "Bakery strike toll" in explore.client.get("/documents", params={"q": "hospital bakery"}).text
    assert "Bakery strike toll" not in explore.client.get("/documents", params={"q": "hospit"}).text


def test_documents_list_counts_each_reports_current_event_claims(explore: Store):
    viewer = explore.bearer("viewer")
    listed = explore.client.get("/api/documents", params={"per_page": 100}, headers=viewer).json()["items"]
    assert any(item["claims"] for item in listed)
    for item in listed:
        detail = explore.client.get(f"/api/documents/{item['id']}", headers=viewer).json()
        assert item["claims"] == sum(claim["kind"] == "event" for claim in detail["claims"])


def test_monthly_report_page_and_its_saved_file(explore: Store):
    log_in(explore.client, "viewer")
    page = explore.client.get("/report", params={"month": "2018-03"})
    assert page.status_code == 200
    assert "March 2018" in page.text and 'href="/incidents/' in page.text
    saved = explore.client.get("/report.html", params={"month": "2018-03"})
    assert saved.headers["content-disposition"].startswith("attachment")
    links = re.findall(r'href="([^"]*)"', saved.text)
    assert links and all(link.startswith("#") for link in links)  # nothing that needs the server
    anchors = set(re.findall(r' id="([^"]+)"', saved.text))
    assert {link[1:] for link in links} <= anchors  # every link leads to a row of the file itself
    assert any(anchor.startswith("incident-") for anchor in anchors)
    assert explore.client.get("/report", params={"month": "March"}).status_code == 422


def test_chosen_ids_narrow_the_list_and_bad_ids_are_refused(explore: Store):
    everything = listed(explore)
    chosen = [everything[0]["id"], everything[-1]["id"]]
    assert ids(listed(explore, ids=f"{chosen[0]}, {chosen[1]}")) == set(chosen)
    assert ids(listed(explore, ids=str(chosen[0]), event_type="Protests")) <= {chosen[0]}
    for bad in ("3;4", "one", "-2", ",".join(["1"] * 2001)):
        response = explore.client.get("/api/incidents", params={"ids": bad}, headers=explore.bearer("viewer"))
        assert response.status_code == 422 and "ids" in response.text


def test_map_town_layer_lists_syrian_towns(explore: Store):
    towns = explore.client.get("/api/map/towns", headers=explore.bearer("viewer")).json()
    assert len(towns) >= 20
    assert all(32 < town["lat"] < 37.5 and 35.5 < town["lon"] < 42.5 for town in towns)
    assert {"Aleppo", "Homs"} <= {town["name"] for town in towns}
    assert explore.client.get("/api/map/towns").status_code == 401


def test_map_road_layer_is_geojson_lines_for_signed_in_users(explore: Store):
    roads = explore.client.get("/api/map/roads", headers=explore.bearer("viewer")).json()
    assert roads["type"] == "FeatureCollection" and len(roads["features"]) >= 10
    assert {f["geometry"]["type"] for f in roads["features"]} == {"LineString"}
    assert all(len(f["geometry"]["coordinates"]) == len(f["properties"]["towns"]) for f in roads["features"])
    assert explore.client.get("/api/map/roads").status_code == 401
