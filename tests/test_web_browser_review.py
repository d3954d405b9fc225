"""Reviewing in a real browser: the queue driven from the keyboard, and a merge that leaves
every other incident's URL alone while the merged one's old URL leads to the survivor.

The review queue's screenshot lands in ``test-artifacts/review-queue.png``.
"""

from __future__ import annotations

import re

from test_web_browser import _shot, browser, page_as, pytestmark, server  # noqa: F401
from test_web_support import seeded_template  # noqa: F401

TOTAL = "#queue-total"


def _incident_urls(page, server: str) -> set[str]:
    page.goto(f"{server}/incidents?per_page=100")
    hrefs = page.eval_on_selector_all("#incidents-table tbody a[href^='/incidents/']",
                                      "links => links.map(link => link.getAttribute('href'))")
    return {href for href in hrefs if re.fullmatch(r"/incidents/\d+", href)}


def test_the_queue_is_worked_from_the_keyboard(page_as, server):
    page = page_as("reviewer")
    page.goto(f"{server}/review?kind=event&sort=-confidence")
    before = int(page.inner_text(TOTAL))
    rows = page.locator("#pending-claims tr.queue-row")
    assert rows.count() == before and "k-event" in page.inner_html("#pending-claims tbody")
    _shot(page, "review-queue")
    page.keyboard.press("j")
    second = rows.nth(1)
    assert "selected" in (second.get_attribute("class") or "")
    chosen = second.get_attribute("data-id")
    page.keyboard.press("a")
    page.wait_for_selector("p.flash")
    assert f"Recorded: accept event claim {chosen}" in page.inner_text("p.flash")
    assert int(page.inner_text(TOTAL)) == before - 1
    assert page.locator(f"#pending-claims tr[data-id='{chosen}']").count() == 0
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r".*/claims/event/\d+$"))


def test_a_merge_keeps_every_other_url_and_the_old_one_redirects(page_as, server):
    page = page_as("reviewer")
    urls = _incident_urls(page, server)
    absorbed, survivor = sorted(urls, key=lambda url: int(url.rsplit("/", 1)[1]))[:2]
    page.goto(f"{server}{absorbed}")
    form = page.locator("form:has(input[name=action][value=merge]):has(input[name=into][type=number])")
    form.locator("input[name=into]").fill(survivor.rsplit("/", 1)[1])
    form.locator("input[name=reason]").fill("one shelling, two reports")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("p.flash")
    assert _incident_urls(page, server) == urls - {absorbed}
    page.goto(f"{server}{absorbed}")
    assert page.url == f"{server}{survivor}"
    assert "one shelling, two reports" in page.inner_text("table.decisions")
