"""Layering: etl, metrics and layouts import only what they may; duckdb stays in two modules."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUCKDB_ALLOWED = {"etl/load.py", "metrics/queries.py"}
FORBIDDEN = {
    "etl": {"layouts", "app", "web", "briefing"},
    "layouts": {"etl", "web"},
    "metrics": {"etl", "layouts", "app", "web", "briefing"},
    "web": {"etl", "duckdb"},
    # The alerts, the briefing PDF and the e-mail read what the refresh published, like layouts.
    "briefing": {"etl", "layouts", "app", "web"},
}


def imported_modules(path: Path) -> set[str]:
    """Return the top-level names of every module a file imports (anywhere in it)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def source_files() -> list[Path]:
    files = [p for package in FORBIDDEN for p in (ROOT / package).rglob("*.py")]
    return files + [p for p in (ROOT / "app.py", ROOT / "cli.py") if p.exists()]


def test_packages_respect_the_layers():
    broken = []
    for path in source_files():
        package = path.relative_to(ROOT).parts[0]
        for name in imported_modules(path) & FORBIDDEN.get(package, set()):
            broken.append(f"{path.relative_to(ROOT)} imports {name}")
    assert broken == []


def test_only_two_modules_import_duckdb():
    users = {
        str(path.relative_to(ROOT)) for path in source_files() if "duckdb" in imported_modules(path)
    }
    assert users <= DUCKDB_ALLOWED, users - DUCKDB_ALLOWED
    assert users == DUCKDB_ALLOWED


STATUS_MATHS = {"metrics.tables", "metrics.progress", "metrics.trend"}


def find_judging(path: Path) -> set[str]:
    """Return what in a file could compute a status: the maths modules or their compute_ functions."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name in STATUS_MATHS}
        elif isinstance(node, ast.ImportFrom) and node.module in STATUS_MATHS:
            found |= {
                f"{node.module}.{alias.name}"
                for alias in node.names
                if alias.name.startswith(("compute_", "classify_"))
            }
        elif isinstance(node, ast.ImportFrom) and node.module == "metrics":
            found |= {
                f"metrics.{alias.name}"
                for alias in node.names
                if f"metrics.{alias.name}" in STATUS_MATHS
            }
        elif isinstance(node, ast.Constant) and node.value in STATUS_MATHS:
            found.add(node.value)  # importlib.import_module("metrics.tables")
    return found


def test_surfaces_read_out_status_and_never_judge():
    """The cards, the indicator page and `kpi status` read out_status; only the refresh judges."""
    surfaces = [
        *(ROOT / "layouts").rglob("*.py"),
        *(ROOT / "briefing").rglob("*.py"),
        ROOT / "metrics" / "status.py",
        ROOT / "app.py",
    ]
    judging = {
        f"{path.relative_to(ROOT)}: {name}" for path in surfaces for name in find_judging(path)
    }
    assert judging == set()
