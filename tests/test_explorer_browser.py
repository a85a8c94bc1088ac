"""End to end in headless Chromium: search an official, read the timeline, see the chart, open an
event and read its citation; pinyin search; a topic's trend chart; chart pages under their CSP."""
from __future__ import annotations

import re

import pytest

from .browser import browser, chromium_path, live_server

pytestmark = pytest.mark.skipif(chromium_path() is None, reason="chromium is not installed (.ci/run installs it)")


@pytest.fixture(scope="module")
def site(sample_db):
    with live_server(sample_db) as base, browser() as b:
        context = b.new_context(viewport={"width": 1100, "height": 900})
        blocked: list[str] = []
        # nothing may be fetched from anywhere but the app itself
        context.route(re.compile(r"^(?!http://127\.0\.0\.1).*"), lambda route: (blocked.append(route.request.url),
                                                                               route.abort()))
        yield base, context, blocked, b
        context.close()


def test_search_person_chart_event_citation(site) -> None:
    base, context, blocked, _ = site
    page = context.new_page()
    page.goto(base + "/")
    page.fill("input[name=q]", "张百顺")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"\?q="))
    page.click("table a:has-text('张百顺')")
    page.wait_for_url(re.compile(r"/person/p[0-9a-f]{12}"))
    assert page.locator("h1").inner_text().startswith("张百顺")
    marks = page.locator("#activity-chart svg path, #activity-chart svg rect")
    assert marks.count() > 3  # the activity chart is drawn with marks
    assert page.locator("#activity-chart svg").bounding_box()["width"] > 300
    first = page.locator(".event").first
    first.locator(".meta a").first.click()
    page.wait_for_url(re.compile(r"/event/"))
    citation = page.locator(".citation").inner_text()
    assert "聊城市人民政府公报" in citation and re.search(r"第\d+页", citation)
    assert page.locator("#source-page").inner_text().isdigit()
    assert page.locator("mark.participant").count() >= 1
    assert not blocked, blocked


def test_pinyin_search_finds_the_same_person(site) -> None:
    base, context, _, _ = site
    page = context.new_page()
    page.goto(base + "/?q=张百顺")
    chinese = page.locator("table a:has-text('张百顺')").first.get_attribute("href")
    page.goto(base + "/?q=zhang+baishun")
    assert page.locator("table a").first.get_attribute("href") == chinese


def test_topic_page_renders_its_trend_chart(site) -> None:
    base, context, blocked, _ = site
    page = context.new_page()
    page.goto(base + "/topic/城建交通")
    assert page.locator("#trend-chart svg path").count() > 0
    assert page.locator(".event").count() > 0
    assert not blocked


def test_pages_work_without_javascript(site) -> None:
    base, _, _, b = site
    ctx = b.new_context(java_script_enabled=False)
    page = ctx.new_page()
    page.goto(base + "/?q=zhang+baishun")
    page.locator("table a").first.click()
    page.wait_for_url(re.compile(r"/person/"))
    assert page.locator("#activity-chart svg rect, #activity-chart svg path").count() > 3
    assert page.locator(".citation").count() > 0
    ctx.close()


def test_interactive_chart_page_renders_offline_under_its_csp(site) -> None:
    base, context, blocked, _ = site
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base + "/charts/person-activity.html?person=张百顺")
    page.wait_for_selector("#vega-chart svg .mark-rect path, #vega-chart svg path", timeout=15_000)
    assert page.locator("#vega-chart svg path").count() > 3
    assert not [e for e in errors if "Content Security Policy" in e], errors
    assert not blocked


def test_copy_citation_button(site) -> None:
    base, context, _, _ = site
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    page.goto(base + "/?q=节水")
    page.locator(".event button[data-copy]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "聊城市人民政府公报" in copied
