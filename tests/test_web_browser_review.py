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


def _urls_once_applied(page, server: str, expected: set[str]) -> set[str]:
    """The incident URLs once fusion has applied a merge or split (it runs right after the
    response, so the first look may come before it): read again for a few seconds."""
    for _ in range(20):
        urls = _incident_urls(page, server)
        if urls == expected:
            break
        page.wait_for_timeout(250)
    return urls


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
    _merge_in_page(page, server, urls, absorbed, survivor, "one shelling, two reports")
    assert "one shelling, two reports" in page.inner_text("table.decisions")


def _oldest_member_box(page):
    """The split form's checkbox of the incident's oldest member (lowest document, then claim)."""
    boxes = page.locator("form:has(input[name=action][value=split]) input[type=checkbox]")
    ranked = []
    for i in range(boxes.count()):
        box = boxes.nth(i)
        document = int(re.search(r"doc (\d+)", box.locator("xpath=..").inner_text()).group(1))
        ranked.append(((document, box.get_attribute("name") == "reports", int(box.get_attribute("value"))), i))
    return boxes.nth(min(ranked)[1]), len(ranked)


def test_a_split_moving_the_oldest_claim_keeps_the_number_and_links_the_new_incident(page_as, server):
    page = page_as("reviewer")
    urls = _incident_urls(page, server)
    for url in sorted(urls, key=lambda url: int(url.rsplit("/", 1)[1])):
        page.goto(f"{server}{url}")
        box, members = _oldest_member_box(page)
        if members >= 2:
            break
    else:
        raise AssertionError("no incident with two members to split")
    box.check()
    form = page.locator("form:has(input[name=action][value=split])")
    form.locator("input[name=reason]").fill("the first report describes another strike")
    form.locator("button[type=submit]").click()
    page.wait_for_selector("p.flash")
    for _ in range(20):  # fusion applies the split right after the response
        page.goto(f"{server}{url}")
        if page.locator("#split-outcome").count():
            break
        page.wait_for_timeout(250)
    outcome = page.locator("#split-outcome")
    assert "which holds its oldest claim" in outcome.inner_text()
    _shot(page, "split-outcome")
    created = outcome.locator("a").first.get_attribute("href")
    assert _incident_urls(page, server) == urls | {created}
    page.goto(f"{server}{created}")
    assert page.url == f"{server}{created}"


def test_a_reverted_merge_brings_the_absorbed_url_back(page_as, server):
    page = page_as("admin")
    urls = _incident_urls(page, server)
    absorbed, survivor = sorted(urls, key=lambda url: int(url.rsplit("/", 1)[1]))[-2:]
    _merge_in_page(page, server, urls, absorbed, survivor, "looked like one raid")
    page.goto(f"{server}/audit")
    row = page.locator("table.decisions tr", has_text="looked like one raid").first
    row.locator("input[name=reason]").fill("two raids after all")
    row.locator("button", has_text="Revert").click()
    page.wait_for_selector("p.flash")
    assert "reverted" in page.inner_text("p.flash")
    page.goto(f"{server}{absorbed}")
    assert page.url == f"{server}{absorbed}"
    assert _incident_urls(page, server) == urls


def _merge_in_page(page, server, urls, absorbed, survivor, reason):
    """Merge ``absorbed`` into ``survivor`` from its incident page; every other URL stays and
    the absorbed one redirects to the survivor."""
    page.goto(f"{server}{absorbed}")
    form = page.locator("form:has(input[name=action][value=merge]):has(input[name=into][type=number])")
    form.locator("input[name=into]").fill(survivor.rsplit("/", 1)[1])
    form.locator("input[name=reason]").fill(reason)
    form.locator("button[type=submit]").click()
    page.wait_for_selector("p.flash")
    assert _urls_once_applied(page, server, urls - {absorbed}) == urls - {absorbed}
    page.goto(f"{server}{absorbed}")
    assert page.url == f"{server}{survivor}"
