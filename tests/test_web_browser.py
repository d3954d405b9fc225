"""The web app in a real browser (Debian chromium via Playwright) over a real server.

The store is seeded through the pipeline; uvicorn serves it on a free loopback port.
Screenshots land in ``test-artifacts/`` for people to look at.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import uvicorn
from test_web_support import PASSWORD, seeded_engine, seeded_template  # noqa: F401

from observatory.web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian chromium is not installed (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(url: str) -> Iterator[str]:
    """The app on the store at ``url``, served by uvicorn in a thread; yields the base URL."""
    port = _free_port()
    config = uvicorn.Config(create_app(url, secret="browser-tests"), host="127.0.0.1", port=port, log_level="warning")
    uvicorn_server = uvicorn.Server(config)
    thread = threading.Thread(target=uvicorn_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not uvicorn_server.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        uvicorn_server.should_exit = True
        thread.join(timeout=10)


@contextmanager
def chromium_browser() -> Iterator:
    """Debian's chromium driven by Playwright."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, seeded_template) -> Iterator[str]:
    """A seeded store served by uvicorn in a thread; yields the base URL."""
    url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'observatory.db'}"
    seeded_engine(url, seeded_template)[0].dispose()
    with served(url) as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as chromium:
        yield chromium


@pytest.fixture
def page_as(browser, server):
    """A logged-in page for a role; JavaScript errors and Content-Security-Policy violations fail the test."""
    contexts, errors = [], []

    def csp_violation(message) -> None:
        if "Content Security Policy" in message.text:
            errors.append(message.text)

    def open_as(role: str):
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        contexts.append(context)
        page = context.new_page()
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("console", csp_violation)
        page.goto(f"{server}/login")
        page.fill("input[name=name]", role)
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{server}/")
        return page

    yield open_as
    for context in contexts:
        context.close()
    assert not errors, errors


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def test_dashboard_and_map_draw_incidents(page_as, server):
    page = page_as("viewer")
    page.wait_for_selector("#dash-map[data-loaded=incidents]")
    page.wait_for_selector("#deaths-week")
    _shot(page, "dashboard")
    page.goto(f"{server}/map")
    page.wait_for_selector("#map[data-loaded=incidents]")
    markers = page.locator("path.incident-exact, path.incident-area, .incident-cluster")
    assert markers.count() >= 3
    page.wait_for_selector("path.control-place")
    assert "with known control on" in page.inner_text("#control-count")
    _shot(page, "map")


def test_map_base_layer_draws_roads_rivers_and_lakes_offline(page_as, server):
    page = page_as("viewer")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{server}/map")
    page.wait_for_selector("path.base-river")
    page.wait_for_selector("path.base-road")
    roads = page.locator("path.base-road")
    assert roads.count() >= 10  # the M5, M4, M1, the Euphrates road…
    # Roads lie under the water: drawn earlier in the same pane, so later in no stacking order.
    order = page.eval_on_selector_all("path.base-road, path.base-river", "paths => paths.map((p) => p.classList.contains('base-road'))")
    assert order == sorted(order, reverse=True)  # every road comes before the first river
    rivers = page.locator("path.base-river")
    assert rivers.count() >= 3  # the Euphrates, the Tigris and their tributaries near Syria
    box = page.locator("#map").bounding_box()
    seen = [rivers.nth(i).bounding_box() for i in range(rivers.count())]
    inside = [b for b in seen if b and b["width"] > 0 and b["x"] < box["x"] + box["width"] and b["x"] + b["width"] > box["x"]]
    assert inside, "no river is drawn inside the opening view of Syria"
    attribution = page.inner_text(".leaflet-control-attribution")
    assert "Natural Earth" in attribution and "main roads: schematic" in attribution
    assert all(url.startswith(server) for url in requested)  # nothing from the internet
    _shot(page, "map-base-layer")


def test_tolls_charts_and_highlighted_report(page_as, server):
    page = page_as("viewer")
    page.goto(f"{server}/tolls")
    page.wait_for_selector("#toll-table tbody tr")
    assert page.locator("canvas.toll-chart").count() == 4
    _shot(page, "tolls")
    page.goto(f"{server}/documents")
    page.click("table tbody tr:first-child a")
    page.wait_for_selector("#report-text")
    assert page.locator("#report-text mark.k-event").count() >= 1
    _shot(page, "document")


def test_viewer_filters_incidents_and_cannot_review(page_as, server):
    page = page_as("viewer")
    page.goto(f"{server}/incidents")
    all_rows = page.locator("#incidents-table tbody tr").count()
    page.select_option("select[name=event_type]", "Battles")
    page.click("#incident-filters button[type=submit]")
    page.wait_for_url("**/incidents?*event_type=Battles*")
    types = page.locator("#incidents-table tbody tr td:nth-child(2) small").all_inner_texts()
    assert types and set(types) == {"Battles"} and len(types) < all_rows
    _shot(page, "incidents")
    page.click("#incidents-table tbody tr:first-child a")
    page.wait_for_selector("#tolls-table")
    assert page.locator("form[action$='/review']").count() == 0  # viewers get no review forms
    _shot(page, "incident")
    csrf = page.get_attribute("meta[name=csrf-token]", "content")
    incident_path = page.url.removeprefix(server)
    refused = page.request.post(f"{server}/api{incident_path}/review", data={"action": "accept"},
                                headers={"X-CSRF-Token": csrf})
    assert refused.status == 403


def test_reviewer_corrects_a_count_and_sees_the_toll_change(page_as, server):
    page = page_as("reviewer")
    page.goto(f"{server}/incidents?sort=-deaths")
    page.click("#incidents-table tbody tr:first-child a")
    before = int(page.inner_text("#incident-deaths").split()[0])
    claim_link = page.locator("#incident-claims a[href^='/claims/casualty/']").first
    claim_link.click()
    page.wait_for_selector("#correct-form")
    value = page.locator("#correct-form input[name=value]")
    value.fill(str(int(value.input_value()) + 100))
    page.fill("#correct-form input[name=reason]", "morgue records")
    page.click("#correct-form button[type=submit]")
    assert "Recorded: correct" in page.inner_text("p.flash")
    page.click("#claim-incident")
    page.wait_for_selector("#tolls-table")
    after = int(page.inner_text("#incident-deaths").split()[0])
    assert after > before
    assert "morgue records" in page.inner_text("table.decisions")  # the incident shows its claims' history
    _shot(page, "incident-after-correction")
    page.goto(f"{server}/audit")
    assert "morgue records" in page.inner_text("table.decisions")


def test_api_docs_and_account_pages_run_under_the_content_security_policy(page_as, server):
    page = page_as("admin")
    page.goto(f"{server}/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    _shot(page, "api-docs")
    page.goto(f"{server}/admin/users")
    assert page.locator("table.users tbody tr").count() == 3
    _shot(page, "admin-users")
    page.goto(f"{server}/account")
    assert page.locator("input[name=new]").count() == 1
