"""Shared set-up for the store and refresh tests: a data folder with the bundled reports."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
TARGETS = ROOT / "data" / "targets.csv"
SEEDS = sorted(p.name for p in REPORTS.iterdir() if not p.name.startswith("."))
COMPARED_TABLES = [
    "core_documents",
    "core_observations",
    "core_indicators",
    "core_targets",
    "core_review_decisions",
    "qa_rejected_observations",
    "out_current_series",
    "out_latest",
    "out_status",
    "out_review_pending",
]


@dataclass
class Store:
    """Paths of one test's data folder."""

    root: Path
    reports: Path
    db: Path
    targets: Path
    reviews: Path

    def refresh(self, **kwargs):
        """Run the refresh on this folder."""
        from etl.refresh import refresh

        return refresh(self.reports, self.db, self.targets, self.reviews, **kwargs)

    def argv(self) -> list[str]:
        """Return `kpi refresh` arguments for this folder."""
        return [
            "refresh",
            "--reports",
            str(self.reports),
            "--db",
            str(self.db),
            "--targets",
            str(self.targets),
            "--reviews",
            str(self.reviews),
        ]


def make_store(root: Path, cache: Path | None = None) -> Store:
    """Create a data folder with copies of the bundled reports (and a warm cache)."""
    data = root / "data"
    reports = data / "reports"
    reports.mkdir(parents=True)
    for name in SEEDS:
        shutil.copyfile(REPORTS / name, reports / name)
    if cache is not None:
        shutil.copytree(cache, data / "cache")
    reviews = data / "reviews.csv"
    reviews.write_text("observation_id,decision,value,reason,decided_at\n", encoding="utf-8")
    return Store(data, reports, data / "kpi.duckdb", TARGETS, reviews)


@pytest.fixture(scope="session")
def warm_cache(tmp_path_factory) -> Path:
    """Extract the bundled reports once per session; tests copy the cache."""
    store = make_store(tmp_path_factory.mktemp("warm"))
    result = store.refresh()
    assert result.exit_code == 0, result.problems
    return store.root / "cache"


@pytest.fixture
def store(tmp_path, warm_cache) -> Store:
    """A fresh data folder with the bundled reports and a warm extraction cache."""
    return make_store(tmp_path, warm_cache)


def read_tables(db: Path, tables: list[str] = COMPARED_TABLES) -> dict:
    """Read whole tables of a database file, sorted, for comparisons."""
    import duckdb

    from etl.load import DUCKDB_CONFIG

    con = duckdb.connect(str(Path(db).resolve()), read_only=True, config=DUCKDB_CONFIG)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}
    finally:
        con.close()


def run_cli(argv: list[str], timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    """Run `kpi ...` in a fresh interpreter."""
    code = "import sys; from cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *argv],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        **kwargs,
    )
