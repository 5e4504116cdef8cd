"""Benchmark: a large database built through the product's own refresh (bench/scale.py).

    python bench/bench_scale.py           # 100,000 observations, 30 reports: a few minutes
    python bench/bench_scale.py --full    # the issue's sizes: 1,000,000 observations, 1,000 reports
    python bench/bench_scale.py --full --only reports   # one scenario; the other's kept

Each build runs in its own process (peak RSS is per process) under /usr/bin/time when present,
so the figures are the whole process's wall time and peak RSS. `--full` writes
bench/results/scale.json, the file the issue's goals are read from, keeping its `before`
block (figures measured on the code before the issue-11 refresh work); the default writes
bench/results/scale_small.json (make bench QUICK=1 writes scale_quick.json), so neither run
overwrites the full-size results.
KPI_BENCH_OBSERVATIONS and KPI_BENCH_REPORTS override the sizes. Work happens in a temporary
folder; data/ is untouched.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SIZES = {"quick": {"observations": 100_000, "reports": 30}}
SIZES["full"] = {"observations": 1_000_000, "reports": 1_000}
# The goals at the full sizes: seconds, and MB of peak RSS for the 1M build.
GOALS = {
    "observations": {"seconds": 60, "peak_rss_mb": 2048},
    "reports": {"cold_seconds": 30, "warm_seconds": 5, "one_new_seconds": 3},
}


def run_build(flag: str, size: int, folder: Path) -> dict:
    """Run `python -m bench.scale` in a fresh process and return its JSON line and timing."""
    db = folder / f"{flag}-{size}" / "kpi.duckdb"
    command = [sys.executable, "-m", "bench.scale", f"--{flag}", str(size), "--db", str(db)]
    timer = Path("/usr/bin/time").exists()
    if timer:
        command = ["/usr/bin/time", "-v", *command]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if timer:
        result["process"] = read_time_output(done.stderr)
    return result


def read_time_output(stderr: str) -> dict:
    """Return wall seconds, CPU seconds and peak RSS (MB) from `/usr/bin/time -v`'s report."""
    found = {}
    for name, pattern in {
        "user": r"User time \(seconds\): ([\d.]+)",
        "system": r"System time \(seconds\): ([\d.]+)",
        "rss_kb": r"Maximum resident set size \(kbytes\): (\d+)",
        "wall": r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)",
    }.items():
        match = re.search(pattern, stderr)
        found[name] = match[1] if match else None
    wall = sum(float(part) * 60**i for i, part in enumerate(reversed(found["wall"].split(":"))))
    return {
        "wall_seconds": round(wall, 2),
        "cpu_seconds": round(float(found["user"]) + float(found["system"]), 2),
        "peak_rss_mb": round(int(found["rss_kb"]) / 1024, 1),
    }


def main(argv: list[str] | None = None) -> None:
    """Run both scenarios and write the results file."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--full", action="store_true", help="the issue's sizes (1M, 1,000)")
    parser.add_argument(
        "--only",
        choices=sorted(SIZES["full"]),
        help="run one scenario; the other's results are kept from the file being replaced",
    )
    args = parser.parse_args(argv)
    mode = "full" if args.full else "quick"
    sizes = {
        "observations": int(os.environ.get("KPI_BENCH_OBSERVATIONS", SIZES[mode]["observations"])),
        "reports": int(os.environ.get("KPI_BENCH_REPORTS", SIZES[mode]["reports"])),
    }
    sizes = {flag: size for flag, size in sizes.items() if args.only in (None, flag)}
    path = RESULTS / ("scale.json" if args.full else "scale_small.json")
    # The machine is shared: the load before and after says how far wall time is to be trusted.
    load_at_start = [round(x, 2) for x in os.getloadavg()]
    with tempfile.TemporaryDirectory(prefix="kpi-scale-") as tmp:
        runs = {flag: run_build(flag, size, Path(tmp)) for flag, size in sizes.items()}
    payload = {
        "benchmark": "scale",
        "mode": mode,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "load_average_at_start": load_at_start,
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "goals": GOALS if args.full else None,
        "results": runs,
    }
    earlier = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    if args.only and earlier.get("results"):
        kept = {flag: r for flag, r in earlier["results"].items() if flag not in runs}
        payload["results"] = {**kept, **runs}
        # When each kept result was measured: a result kept twice keeps its first date.
        dates = earlier.get("kept_from") or {}
        payload["kept_from"] = {flag: dates.get(flag, earlier.get("measured_at")) for flag in kept}
        # Notes written beside an earlier run (reruns, baselines) stay with its results.
        payload |= {k: v for k, v in earlier.items() if k not in payload and k != "before"}
    if args.full and earlier:
        # The before figures were measured once, on the old code; a new run keeps them.
        payload["before"] = earlier.get("before")
    RESULTS.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(payload, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
