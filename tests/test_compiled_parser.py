"""`etl compile`: the parser built with mypyc reads every bundled chronicle exactly as the Python source
does, and a database built with it is the same table by table."""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from etl.compiled import MODULES, PACKAGE, compile_into
from etl.errors import EtlError

from .conftest import ROOT, snapshot

SAMPLE = ROOT / "data" / "sample"

# Parses every sample file with its manifest period in whichever tree is first on sys.path (the cwd).
_DUMP = """
import json, sys
from pathlib import Path
import msgspec
from etl.compiled import is_compiled
from etl.dates import parse_period
from etl.parse import parse_source
from etl.source import load_source
sample = Path(sys.argv[1])
out = {"compiled": is_compiled(), "files": {}}
for f in json.loads((sample / "manifest.json").read_text(encoding="utf-8"))["files"]:
    period = parse_period(f["period"]) if f.get("period") else None
    out["files"][f["file"]] = msgspec.to_builtins(parse_source(load_source(sample / f["file"]), period))
print(json.dumps(out, ensure_ascii=False))
"""


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if importlib.util.find_spec("mypyc") is None or shutil.which("cc") is None:
        pytest.skip("mypyc (pip install mypy) or a C compiler is missing")
    out = tmp_path_factory.mktemp("compiled")
    compile_into(out)
    return out


def _dump(cwd: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", _DUMP, str(SAMPLE)], cwd=cwd, capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def test_every_parser_module_is_built(compiled: Path) -> None:
    built = {p.name.split(".")[0] for p in (compiled / "etl").glob("*.so")}
    assert built == set(MODULES)


def test_compiled_parser_reads_the_sample_as_the_source_does(compiled: Path) -> None:
    fast, plain = _dump(compiled), _dump(ROOT)
    assert fast["compiled"] and not plain["compiled"]
    assert fast["files"].keys() == plain["files"].keys() and len(plain["files"]) >= 40
    assert sum(len(r["events"]) for r in plain["files"].values()) > 300
    for name, result in plain["files"].items():
        assert fast["files"][name] == result, name


def test_compiled_build_gives_the_same_database(compiled: Path, tmp_path: Path) -> None:
    dbs = {}
    for label, cwd in (("fast", compiled), ("plain", ROOT)):
        db = tmp_path / f"{label}.duckdb"
        done = subprocess.run([sys.executable, "-m", "etl", "build", "--db", str(db), "--source", str(SAMPLE)],
                              cwd=cwd, capture_output=True, text=True, check=True)
        assert ("parser compiled (mypyc)" in done.stdout) == (label == "fast"), done.stdout
        dbs[label] = snapshot(db)
    assert dbs["fast"] == dbs["plain"]
    assert len(dbs["plain"]["events"]) > 300


def test_compiling_into_the_source_tree_is_refused() -> None:
    with pytest.raises(EtlError, match="elsewhere than the source tree"):
        compile_into(PACKAGE.parent)
