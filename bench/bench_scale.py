"""Benchmark: a large database built through the product's own refresh (bench/scale.py).

Writes bench/results/scale.json: seconds and peak RSS of each build, each in its own process
(peak RSS is per process). Sizes: KPI_BENCH_OBSERVATIONS (default 100000; the issue's
figure is 1000000) and KPI_BENCH_REPORTS synthetic monthly reports (default 30; the issue's
is 1000). Work happens in a temporary folder; data/ is untouched.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results" / "scale.json"


def run_build(flag: str, size: int, folder: Path) -> dict:
    """Run `python -m bench.scale` in a fresh process and return its JSON line."""
    db = folder / f"{flag}-{size}" / "kpi.duckdb"
    done = subprocess.run(
        [sys.executable, "-m", "bench.scale", f"--{flag}", str(size), "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    """Run both scenarios and write the results file."""
    sizes = {
        "observations": int(os.environ.get("KPI_BENCH_OBSERVATIONS", "100000")),
        "reports": int(os.environ.get("KPI_BENCH_REPORTS", "30")),
    }
    with tempfile.TemporaryDirectory(prefix="kpi-scale-") as tmp:
        runs = {flag: run_build(flag, size, Path(tmp)) for flag, size in sizes.items()}
    payload = {
        "benchmark": "scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": runs,
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(payload, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
