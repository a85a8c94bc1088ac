"""docker-compose.yml and the Dockerfile: no engine runs here, so check what they declare, and that
every command they name exists in the project and works."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import yaml

from .conftest import ROOT

COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))


def test_compose_declares_etl_then_api_with_a_volume_and_healthcheck() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"etl", "api"}
    assert services["api"]["depends_on"]["etl"]["condition"] == "service_completed_successfully"
    assert "dashiji-db" in COMPOSE["volumes"]
    assert any(v.startswith("dashiji-db:/data") for v in services["etl"]["volumes"])
    assert "dashiji-db:/data:ro" in services["api"]["volumes"]  # the API only reads
    assert services["api"]["ports"][0].endswith(":8000")
    health = services["api"]["healthcheck"]
    assert "/health" in " ".join(health["test"]) and health["retries"] >= 1
    db = services["api"]["environment"]["DASHIJI_DB"]
    assert db == services["etl"]["environment"]["DASHIJI_DB"]


def test_every_compose_command_exists_in_the_project() -> None:
    for name, service in COMPOSE["services"].items():
        cmd = service["command"]
        assert cmd[:2] == ["python", "-m"] and cmd[2] in ("etl", "api"), cmd
        assert (ROOT / cmd[2] / "__main__.py").exists()
        sub = [c for c in cmd[3:] if not c.startswith("-") and not c.startswith("/")]
        out = subprocess.run([sys.executable, "-m", cmd[2], *sub[:1], "--help"], cwd=ROOT, capture_output=True,
                             text=True)
        assert out.returncode == 0, out.stderr
        for option in (c for c in cmd[3:] if c.startswith("--")):
            assert option in out.stdout, (name, option)


def test_the_etl_job_builds_a_database_the_api_serves(tmp_path: Path) -> None:
    cmd = COMPOSE["services"]["etl"]["command"]
    db = tmp_path / "dashiji.duckdb"
    args = [str(db) if c == "/data/dashiji.duckdb" else str(ROOT / "data" / "sample") if c == "/chronicles" else c
            for c in cmd[1:]]
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    from litestar.testing import TestClient

    from api import Settings, create_app

    with TestClient(create_app(Settings(db=db))) as c:
        assert c.get("/health").json()["events"] > 300


def test_dockerfile_installs_the_project_a_cjk_font_and_serves_port_8000() -> None:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.11", text, re.M)
    assert "fonts-wqy-microhei" in text and "EXPOSE 8000" in text
    for folder in ("etl", "queries", "api", "data"):
        assert re.search(rf"^COPY {folder} ", text, re.M), folder
    assert '"python", "-m", "api"' in text
    # the compiled parser is an option of the build, off by default, made by the project's own command
    assert re.search(r"^ARG COMPILE=0$", text, re.M) and "python -m etl compile /tmp/compiled" in text
