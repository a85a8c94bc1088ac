"""Screenshots of the explorer for the README (docs/screenshots/*.png), taken in headless Chromium
against the sample database.

    python docs/make_screenshots.py [--db var/dashiji.duckdb]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from api.cli import ensure_database  # noqa: E402
from tests.browser import browser, live_server  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/dashiji.duckdb")
    db = Path(ap.parse_args().db)
    ensure_database(db)
    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with live_server(db) as base, browser() as b:
        page = b.new_page(viewport={"width": 1100, "height": 900})
        page.goto(base + "/?q=zhang+baishun")
        page.screenshot(path=out / "search.png")
        page.locator("table a").first.click()
        page.wait_for_url("**/person/**")
        page.screenshot(path=out / "person.png", full_page=False)
        page.locator(".event .meta a").nth(12).click()
        page.wait_for_url("**/event/**")
        page.screenshot(path=out / "event.png")
        page.goto(base + "/topic/城建交通?lang=en")
        page.screenshot(path=out / "topic-en.png")
        phone = b.new_page(viewport={"width": 390, "height": 844}, device_scale_factor=2)
        phone.goto(page.url.replace("/topic/", "/topic/").split("/topic/")[0] + "/?q=张百顺")
        phone.locator("table a").first.click()
        phone.wait_for_url("**/person/**")
        phone.screenshot(path=out / "person-phone.png")
    for p in sorted(out.glob("*.png")):
        print(p.relative_to(ROOT))


if __name__ == "__main__":
    main()
