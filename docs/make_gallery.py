"""Regenerate the README's chart gallery (docs/gallery/*.png) from the sample database.

    python docs/make_gallery.py [--db var/dashiji.duckdb]
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from litestar.testing import TestClient  # noqa: E402

from api import Settings, create_app  # noqa: E402
from api.cli import ensure_database  # noqa: E402

GALLERY = [
    ("person-activity", "/charts/person-activity.png?person=张百顺&granularity=week"),
    ("person-calendar", "/charts/person-calendar.png?person=张百顺"),
    ("coattendance-heatmap", "/charts/coattendance.png?issuer=聊城市人民政府&top=14&metric=count"),
    ("coattendance-partners-en", "/charts/coattendance.png?person=李长萍&top=12&lang=en"),
    ("topic-trends", "/charts/topic-trends.png?topic=城建交通,政务改革,经济运行,党建与学习&issuer=聊城市人民政府&measure=share"),
    ("event-types", "/charts/event-types.png?people=张百顺,李长萍,郭守印,谢兆村"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/dashiji.duckdb")
    db = Path(ap.parse_args().db)
    ensure_database(db)
    out = ROOT / "docs" / "gallery"
    out.mkdir(parents=True, exist_ok=True)
    with TestClient(create_app(Settings(db=db))) as c:
        for name, url in GALLERY:
            r = c.get(url)
            r.raise_for_status()
            (out / f"{name}.png").write_bytes(r.content)
            print(f"![{name}](docs/gallery/{name}.png)  \n`{url}`\n")


if __name__ == "__main__":
    main()
