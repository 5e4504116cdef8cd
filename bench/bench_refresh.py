"""Benchmark: full refresh, warm refresh, and one new report among N cached ones.

Writes bench/results/refresh.json. Work happens in a temporary folder; data/ is untouched.
"""

from __future__ import annotations

import json
import os
import platform
import resource
import shutil
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from etl.refresh import refresh

ROOT = Path(__file__).resolve().parents[1]
REPORTS = ROOT / "data" / "reports"
TARGETS = ROOT / "data" / "targets.csv"
RESULTS = ROOT / "bench" / "results" / "refresh.json"
COPIES = int(os.environ.get("KPI_BENCH_COPIES", "200"))


def timed_refresh(reports: Path, db: Path, reviews: Path) -> dict:
    """Run one refresh and return its duration and what it did."""
    start = time.perf_counter()
    result = refresh(reports, db, TARGETS, reviews)
    seconds = time.perf_counter() - start
    loaded = [f for f in result.files if f.status in ("loaded", "duplicate")]
    return {
        "seconds": round(seconds, 3),
        "exit_code": result.exit_code,
        "files": len(result.files),
        "extracted": sum(not f.from_cache for f in loaded),
        "from_cache": sum(f.from_cache for f in loaded),
        "current_values": result.counts.get("current"),
        "db_bytes": result.published_path.stat().st_size if result.published_path else None,
    }


def write_copies(reports: Path, count: int) -> None:
    """Write `count` copies of the bundled reports, each with a tiny edit (new content hash)."""
    seeds = sorted(p for p in REPORTS.iterdir() if p.is_file())
    for number in range(count):
        seed = seeds[number % len(seeds)]
        text = seed.read_text(encoding="utf-8")
        target = reports / f"copy-{number:04d}-{seed.name}"
        target.write_text(text + f"\nBản sao số {number}.\n", encoding="utf-8")


def main() -> None:
    """Run the three scenarios and write the results file."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="kpi-bench-") as tmp:
        data = Path(tmp) / "data"
        reports = data / "reports"
        shutil.copytree(REPORTS, reports)
        reviews = data / "reviews.csv"
        reviews.write_text("observation_id,decision,value,reason,decided_at\n", encoding="utf-8")
        db = data / "kpi.duckdb"
        results["bundled_cold"] = timed_refresh(reports, db, reviews)
        results["bundled_warm"] = timed_refresh(reports, db, reviews)
        write_copies(reports, COPIES)
        results[f"{COPIES}_copies_cold"] = timed_refresh(reports, db, reviews)
        results[f"{COPIES}_copies_warm"] = timed_refresh(reports, db, reviews)
        new_report = reports / "zzz-new-report.txt"
        text = (REPORTS / sorted(os.listdir(REPORTS))[-1]).read_text(encoding="utf-8")
        new_report.write_text(text + "\nBáo cáo mới.\n", encoding="utf-8")
        results[f"one_new_among_{COPIES}"] = timed_refresh(reports, db, reviews)
    payload = {
        "benchmark": "refresh",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "results": results,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(payload, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
