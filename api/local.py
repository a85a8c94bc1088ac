"""Run the service in a child process on a free loopback port: for end-to-end tests and benchmarks."""
from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, seconds: float = 60) -> None:
    """Poll `url` until it answers 200; SystemExit naming it when it never does."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} did not come up in {seconds:.0f} s")


@contextlib.contextmanager
def serve(db: str | Path, *, workers: int = 1, env: dict[str, str] | None = None) -> Iterator[str]:
    """`python -m api` on `db` (never building it); yields the base URL, stops the server after."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "api", "--db", str(db), "--port", str(port), "--workers",
                             str(workers), "--no-build"], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=os.environ | {"DASHIJI_WORKERS": str(workers)} | (env or {}))
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base + "/health")
        yield base
    finally:
        proc.terminate()
        proc.wait(10)
