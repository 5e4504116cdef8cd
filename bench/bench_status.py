"""Benchmark: progress/status computation on the bundled reports; writes bench/results/status.json."""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from etl.refresh import refresh
from metrics import queries
from metrics.catalog import load_catalog
from metrics.tables import compute_status_table, compute_target_progress

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "status.json"
REPEATS = 5


def time_call(fn) -> float:
    """Median seconds of REPEATS calls."""
    seconds = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        fn()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def main() -> None:
    """Build a database from the bundled reports and time the status maths on it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kpi.duckdb"
        refresh(ROOT / "data/reports", db, ROOT / "data/targets.csv", Path(tmp) / "reviews.csv")
        series, targets = queries.read_current_series(db), queries.read_targets(db)
        catalog = load_catalog()
        result = {
            "benchmark": "status",
            "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "current_values": len(series),
            "targets": len(targets),
            "status_table_median_s": round(
                time_call(lambda: compute_status_table(series, targets, catalog)), 3
            ),
            "target_progress_median_s": round(
                time_call(lambda: compute_target_progress(series, targets, catalog)), 3
            ),
        }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
