"""The parser's modules compiled to C with mypyc: the same code and the same output, parsed about a
fifth to a third faster (see BENCHMARKS.md). Optional: it needs mypy and a C compiler, and the
package as installed stays pure Python, so an edit to a module always takes effect.

`python -m etl compile DIR` writes a copy of the package into DIR/etl with these modules built beside
their sources; run the ETL from DIR (`cd DIR && python -m etl build …`) to use it."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from .errors import EtlError

# Everything a file's parse runs, and nothing that imports the database side (load.py brings in
# queries/ and derive): mypyc type-checks what it compiles and what that imports. Not the exception
# classes (code elsewhere subclasses them) nor the msgspec Structs (msgspec builds those).
MODULES = ("agenda", "chronicle", "columns", "dates", "documents", "gazette", "identity", "names", "parse",
           "people", "roles", "romanize", "script", "source", "topics")

PACKAGE = Path(__file__).resolve().parent


def is_compiled() -> bool:
    """Whether this process parses with the compiled modules."""
    from . import parse
    return not parse.__file__.endswith(".py")


def compile_into(out: Path) -> Path:
    """Copy the package into `out`/etl and build MODULES there as extension modules; returns the copy.
    Raises EtlError with mypyc's own message when a module does not type-check or cannot be built."""
    out = out.resolve()
    if out == PACKAGE.parent:
        raise EtlError(f"{out}: the compiled copy must go elsewhere than the source tree, whose modules "
                       f"would then be shadowed by stale builds after every edit")
    target = out / "etl"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(PACKAGE, target, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
    cmd = [sys.executable, "-m", "mypyc", "--ignore-missing-imports", "--follow-imports=silent",
           *(f"etl/{m}.py" for m in MODULES)]
    try:
        done = subprocess.run(cmd, cwd=out, capture_output=True, text=True)
    except OSError as exc:
        raise EtlError(f"mypyc could not be started ({exc})") from None
    if done.returncode:
        lines = (done.stdout + done.stderr).strip().splitlines()
        if any("No module named mypyc" in ln for ln in lines):
            raise EtlError("mypyc is not installed: pip install mypy (and a C compiler: apt install gcc)")
        raise EtlError("mypyc failed:\n" + "\n".join(lines[-20:]))
    missing = [m for m in MODULES if not any(target.glob(f"{m}.*.so"))]
    if missing:
        raise EtlError(f"mypyc built no extension for {', '.join(missing)} in {target}")
    return target
