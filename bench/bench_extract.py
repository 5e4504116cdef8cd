"""Benchmark: extraction time and peak memory per bundled report; writes bench/results/extract.json."""

from __future__ import annotations

import json
import platform
import resource
import statistics
import time
from datetime import UTC, datetime
from pathlib import Path

from etl.extract import clear_caches, extract_file

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "extract.json"
REPEATS = 5


def time_report(path: Path) -> dict:
    """Extract one report REPEATS times (the first run warms the caches) and summarise."""
    extract_file(path)
    seconds = []
    for _ in range(REPEATS):
        # A text's periods and quantities are cached by content; a repeat must not reuse them.
        clear_caches()
        start = time.perf_counter()
        extraction = extract_file(path)
        seconds.append(time.perf_counter() - start)
    return {
        "report": path.name,
        "bytes": path.stat().st_size,
        "values": len(extraction.observations),
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "max_ms": round(max(seconds) * 1000, 1),
    }


def main() -> None:
    """Run the benchmark and write the results file."""
    cold_start = time.perf_counter()
    reports = sorted(p for p in (ROOT / "data" / "reports").iterdir() if p.is_file())
    rows = [time_report(p) for p in reports]
    result = {
        "benchmark": "extract",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": f"{platform.machine()} {platform.python_version()}",
        "repeats": REPEATS,
        "reports": rows,
        "median_ms_per_report": statistics.median(r["median_ms"] for r in rows),
        "total_seconds_incl_warmup": round(time.perf_counter() - cold_start, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
