"""Exploring in a real browser (Debian chromium via Playwright): search, a filtered list and its
download, the map's control layer on the slider's day, accessibility (axe-core) on every page
and the incidents list on a phone-sized screen. Screenshots land in ``test-artifacts/``."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from test_web_browser import ARTIFACTS, CHROMIUM, browser, served  # noqa: F401  (browser: the shared chromium fixture)
from test_web_explore import explore_template  # noqa: F401  (the seeded store these tests read)
from test_web_support import PASSWORD, SeededTemplate, seeded_engine


AXE = Path(__file__).resolve().parents[1] / "build" / "web-assets" / "axe.min.js"
BLOCKING = ("serious", "critical")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, explore_template: SeededTemplate) -> Iterator[str]:
    url = f"sqlite:///{tmp_path_factory.mktemp('explore-web') / 'observatory.db'}"
    seeded_engine(url, explore_template)[0].dispose()
    with served(url) as base:
        yield base


@pytest.fixture
def viewer(browser, server):
    """A viewer's logged-in page (JavaScript errors fail the test); ``width`` sets the screen."""
    contexts, errors = [], []

    def open_page(width: int = 1400, height: int = 1000):
        # bypass_csp only lets the test inject axe-core; the app's own pages carry no inline script.
        context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True,
                                      bypass_csp=True)
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{server}/login")
        page.fill("input[name=name]", "viewer")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{server}/")
        return page

    yield open_page
    for context in contexts:
        context.close()
    assert not errors, errors


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _listed_ids(page) -> list[int]:
    links = page.locator("#incidents-table tbody tr td:first-child a")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return [int(href.rsplit("/", 1)[1]) for href in hrefs]


def test_search_box_finds_an_incident_by_a_word_of_its_report(viewer, server):
    page = viewer()
    page.fill("#quick-search", "bakery")
    page.press("#quick-search", "Enter")
    page.wait_for_selector("#incident-results li a")
    first = page.locator("#incident-results li a").first
    assert "Ma" in first.inner_text()  # the bakery shelling's place
    assert page.locator("#report-results li").count() == 2
    _shot(page, "search-results")
    first.click()
    page.wait_for_selector("#report-text")
    assert "bakery" in page.inner_text("body").lower()


def test_a_filtered_list_downloads_exactly_its_rows(viewer, server):
    page = viewer()
    page.goto(f"{server}/incidents")
    everything = _listed_ids(page)
    page.fill("#incident-filters input[name=actor]", "isis")
    page.fill("#incident-filters input[name=min_deaths]", "5")
    page.click("#incident-filters button[type=submit]")
    page.wait_for_url("**/incidents?*actor=isis*")
    shown = _listed_ids(page)
    assert shown and len(shown) < len(everything)
    with page.expect_download() as download:
        page.click("#downloads a:text-is('CSV')")
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text())))
    assert [int(row["id"]) for row in rows] == shown
    assert all("Islamic State" in row["actors"] for row in rows)


def _set_day(page, day: str) -> None:
    page.evaluate(
        """day => { const s = document.getElementById('control-day');
                    const start = Date.parse(s.dataset.start + 'T00:00:00Z');
                    s.value = Math.round((Date.parse(day + 'T00:00:00Z') - start) / 86400000);
                    s.dispatchEvent(new Event('input')); }""",
        day,
    )
    page.wait_for_selector(f"#map[data-control-day='{day}']")


def _fill_of(page, place_key: str) -> str | None:
    css = "path.control-key-" + "".join(c if c.isalnum() or c in "_-" else "-" for c in place_key)
    locator = page.locator(css)
    return locator.get_attribute("fill") if locator.count() else None


def test_control_layer_recolours_a_place_captured_on_the_sliders_day(viewer, server):
    page = viewer()
    page.goto(f"{server}/map")
    page.wait_for_selector("#map[data-loaded=incidents]")
    page.wait_for_selector("path.incident-exact, path.incident-area, .incident-cluster")
    _shot(page, "map-incidents")
    changes = page.request.get(f"{server}/api/control/timeline?place=Khirbat Ghazalah").json()
    assert len(changes) >= 2, changes  # taken by the opposition, then retaken by the government
    captured = changes[-1]
    before = (date.fromisoformat(captured["date_start"]) - timedelta(days=1)).isoformat()
    _set_day(page, before)
    colour_before = _fill_of(page, captured["place_key"])
    _set_day(page, captured["date_start"])
    colour_after = _fill_of(page, captured["place_key"])
    assert colour_before and colour_after and colour_before != colour_after
    assert captured["actor"] in page.inner_text("#control-legend")
    page.uncheck("#layer-incidents")  # the control layer alone
    assert page.locator("path.incident-exact, path.incident-area, .incident-cluster").count() == 0
    _shot(page, "map-control")


def _serious_violations(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes'][:3]]}"
            for v in results["violations"] if v["impact"] in BLOCKING]


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make assets)")
def test_axe_finds_nothing_serious_on_any_page(viewer, server, browser):
    page = viewer()
    incident = page.request.get(f"{server}/api/incidents?per_page=1").json()["items"][0]["id"]
    document = page.request.get(f"{server}/api/documents?per_page=1").json()["items"][0]["id"]
    claim = page.request.get(f"{server}/api/claims?kind=casualty&per_page=1").json()["items"][0]["id"]
    paths = ["/", "/incidents", f"/incidents?ids={incident}", f"/incidents/{incident}", "/map", "/tolls",
             "/documents", f"/documents/{document}", f"/claims/casualty/{claim}", "/search?q=regime", "/report",
             "/review", "/audit"]
    found = {}
    for path in paths:
        page.goto(f"{server}{path}")
        page.wait_for_load_state("networkidle")
        found[path] = _serious_violations(page)
    anonymous = browser.new_context(bypass_csp=True)
    login = anonymous.new_page()
    login.goto(f"{server}/login")
    found["/login"] = _serious_violations(login)
    anonymous.close()
    assert not {path: v for path, v in found.items() if v}


def test_incidents_list_fits_a_phone_screen(viewer, server):
    page = viewer(width=390, height=844)
    page.goto(f"{server}/incidents")
    page.wait_for_selector("#incidents-table tbody tr")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    first_row = page.locator("#incidents-table tbody tr").first
    assert first_row.locator("td[data-label=Deaths]").is_visible()
    _shot(page, "incidents-390px")


def _months_between(first: str, last: str) -> int:
    (y1, m1), (y2, m2) = (map(int, first.split("-")[:2]), map(int, last.split("-")[:2]))
    return (y2 - y1) * 12 + (m2 - m1) + 1


def test_toll_charts_share_a_continuous_axis_and_open_the_incidents_behind_a_point(viewer, server):
    page = viewer()
    page.goto(f"{server}/tolls?period=month")
    page.wait_for_selector("#charts[data-drawn]")
    rows = page.request.get(f"{server}/api/tolls?status=killed&by=actor&period=month").json()
    periods = sorted({row["period"] for row in rows})
    drawn = int(page.get_attribute("#charts", "data-drawn"))
    assert drawn == _months_between(periods[0], periods[-1]) > len(periods)  # empty months are on the axis
    page.check("#log-scale")
    page.wait_for_function(
        "Chart.getChart(document.querySelector('canvas.toll-chart')).options.scales.y.type === 'logarithmic'")
    point = page.evaluate(
        """() => { const canvas = document.querySelector('canvas.toll-chart');
                   const chart = Chart.getChart(canvas);
                   const i = chart.data.datasets.findIndex(d => !/\\((low|high)\\)$/.test(d.label));
                   const meta = chart.getDatasetMeta(i);
                   const k = chart.data.datasets[i].data.findIndex(v => v > 0);
                   const box = canvas.getBoundingClientRect();
                   return {x: box.left + meta.data[k].x, y: box.top + meta.data[k].y,
                           group: chart.data.datasets[i].group, period: chart.data.labels[k]}; }""")
    page.mouse.click(point["x"], point["y"])
    page.wait_for_url("**/incidents?ids=*")
    expected = next(r for r in rows if (r["group"] or "unknown") == point["group"] and r["period"] == point["period"])
    assert sorted(_listed_ids(page)) == sorted(expected["incidents"])
    assert "behind the chosen chart point" in page.inner_text("#incident-filters")


def test_the_saved_monthly_report_works_opened_from_disk(viewer, server, tmp_path):
    page = viewer()
    page.goto(f"{server}/report?month=2018-03")
    with page.expect_download() as download:
        page.click("text=Save as HTML")
    saved = tmp_path / "report.html"
    download.value.save_as(saved)
    page.context.set_offline(True)  # as on a laptop with no server in reach
    page.goto(saved.as_uri())
    link = page.locator("a[href^='#incident-']").first
    target = link.get_attribute("href")
    link.click()
    assert page.url == saved.as_uri() + target
    row = page.locator(f"tr{target}")
    assert row.count() == 1 and row.is_visible()
    assert target.removeprefix("#incident-") in row.inner_text()
    _shot(page, "saved-report")
