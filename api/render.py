"""Vega-Lite specs to SVG, PNG and standalone HTML with vl-convert, drawing Chinese with a real CJK font.

vl-convert draws text with the fonts it was told about; without a CJK one every character is an
empty box. The Debian package fonts-wqy-microhei (installed by .ci/run and the Dockerfile) is
registered once, from the usual font directories.
"""
from __future__ import annotations

import json
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

import vl_convert as vlc

CJK_FONT = "WenQuanYi Micro Hei"
_FONT_DIRS = ("/usr/share/fonts/truetype/wqy", "/usr/share/fonts/wqy", "/usr/share/fonts/truetype",
              "/usr/local/share/fonts", str(Path.home() / ".fonts"))
_lock = threading.Lock()
_registered: list[str] = []


def register_fonts() -> list[str]:
    """Register the font directories that exist (once); returns them."""
    with _lock:
        if not _registered:
            for d in _FONT_DIRS:
                if Path(d).is_dir():
                    vlc.register_font_directory(d)
                    _registered.append(d)
        return list(_registered)


def has_cjk_font() -> bool:
    return any(p.name.startswith("wqy") for d in register_fonts() for p in Path(d).rglob("*.tt[cf]"))


@lru_cache(maxsize=256)
def _render(spec_json: str, fmt: str, scale: float) -> bytes:
    register_fonts()
    spec = json.loads(spec_json)
    if fmt == "svg":
        return vlc.vegalite_to_svg(spec).encode("utf-8")
    if fmt == "png":
        return vlc.vegalite_to_png(spec, scale=scale)
    if fmt == "html":
        return _offline_html(vlc.vegalite_to_html(spec, bundle=True)).encode("utf-8")
    raise ValueError(fmt)


def render(spec: dict[str, Any], fmt: str, scale: float = 1.0) -> bytes:
    """The chart as svg, png (scale = pixel density) or a standalone html page (scripts inlined)."""
    return _render(json.dumps(spec, ensure_ascii=False, sort_keys=True, default=str), fmt, scale)


_EXTERNAL = re.compile(r"""(?:src|href)\s*=\s*["']?https?://|@import\s+(?:url\()?["']?https?://|"""
                       r"""from\s+["']https?://|import\(\s*["']https?://""", re.I)


def _offline_html(html: str) -> str:
    """The bundled page, made self-contained and CSP-safe: no `$schema` URL, no action links (they
    open the online editor), and Vega's expression interpreter (`ast`) instead of generated code, so
    the page runs under a policy that allows only its own inline scripts (no 'unsafe-eval')."""
    html = re.sub(r'"\$schema"\s*:\s*"https?://[^"]*",?', "", html)
    html = re.sub(r'const opts = \{[^}]*\}', 'const opts = {"renderer":"svg","ast":true,"actions":false}', html, count=1)
    return html.replace("<head>", '<head>\n    <meta name="viewport" content="width=device-width, initial-scale=1">', 1)


def external_references(html: str) -> list[str]:
    """Places where a page would load something from the network (for tests and checks)."""
    return [m.group(0) for m in _EXTERNAL.finditer(html)]
