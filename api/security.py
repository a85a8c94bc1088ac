"""Security headers. HTML pages get a Content-Security-Policy that allows only their own inline
scripts (by hash) and same-origin files, no network; every response gets nosniff and no referrer."""
from __future__ import annotations

import base64
import hashlib
import re

from litestar import Response

_INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc\s*=)[^>]*>(.*?)</script>", re.S | re.I)


def content_security_policy(html: str) -> str:
    """A policy for this page: its inline scripts by sha256, scripts and styles from this origin."""
    hashes = sorted({"'sha256-" + base64.b64encode(hashlib.sha256(m.group(1).encode("utf-8")).digest()).decode() + "'"
                     for m in _INLINE_SCRIPT.finditer(html)})
    return "; ".join([
        "default-src 'none'",
        f"script-src 'self' {' '.join(hashes)}".strip(),
        "style-src 'self' 'unsafe-inline'",  # vega-embed and Swagger set inline styles
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors *",  # chart pages are made to be embedded in reports
    ])


def secure_headers(response: Response) -> Response:  # type: ignore[type-arg]
    """After every request: nosniff and no-referrer everywhere; a CSP on HTML."""
    headers = getattr(response, "headers", None)
    if headers is None:
        return response
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    media = str(getattr(response, "media_type", "") or "")
    template = getattr(response, "template_name", None)
    if media.startswith("text/html") or (template and str(template).endswith(".html")):
        # server-rendered pages carry no inline script: only the app's own files may run
        body = getattr(response, "content", None) if not template else ""
        text = body.decode("utf-8", "replace") if isinstance(body, (bytes, bytearray)) else str(body or "")
        headers["Content-Security-Policy"] = content_security_policy(text)
    return response
