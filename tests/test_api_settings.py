"""Settings come from DASHIJI_* variables, each typed; a bad value names the variable."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.settings import Settings


def test_settings_read_from_the_environment_with_overrides() -> None:
    s = Settings.from_env({"DASHIJI_DB": "x.duckdb", "DASHIJI_PORT": "9001", "DASHIJI_CORS_ORIGINS": "https://a.org, https://b.org",
                           "DASHIJI_QUERY_TIMEOUT": "2.5", "DASHIJI_BUILD_MISSING": "no"}, host="0.0.0.0")
    assert s.db == Path("x.duckdb") and s.port == 9001 and s.query_timeout == 2.5 and s.host == "0.0.0.0"
    assert s.cors_origins == ("https://a.org", "https://b.org") and s.build_missing is False
    assert Settings.from_env({}) == Settings()


def test_a_bad_setting_names_its_variable() -> None:
    with pytest.raises(ValueError, match="DASHIJI_PORT"):
        Settings.from_env({"DASHIJI_PORT": "eighty"})


def test_every_setting_is_documented() -> None:
    import inspect

    source = inspect.getsource(Settings)
    for name in Settings.__dataclass_fields__:
        assert f"DASHIJI_{name.upper()}:" in source, name


def test_cors_only_for_configured_origins(sample_db) -> None:
    from litestar.testing import TestClient

    from api import create_app

    with TestClient(create_app(Settings(db=sample_db, cors_origins=("https://news.example",)))) as c:
        ok = c.get("/health", headers={"Origin": "https://news.example"})
        other = c.get("/health", headers={"Origin": "https://evil.example"})
    assert ok.headers.get("access-control-allow-origin") == "https://news.example"
    assert "access-control-allow-origin" not in other.headers
