"""`make bench`: every benchmark, then bench/results/summary.json and the README's table.

    python bench/run.py                 # make bench          (under 15 minutes on 2 cores)
    python bench/run.py --quick         # make bench QUICK=1  (under 2 minutes)

Full: the small benchmarks (bench_extract, bench_refresh, bench_changes, bench_status,
bench_hostile_sizes; each writes its own JSON), then issue 11's figures: a database of
--observations built through the refresh (`python -m bench.scale`), served and opened in
Chromium beside the bare Dash app (bench_serve.py), and --reports synthetic monthly reports
cold / warm / +1 (100 by default: 1,000 do not fit 15 minutes on this branch). Quick: only issue 11's figures, on the bundled reports' database (any
bench.scale build pays over a minute of per-series status work on this branch) and 30 reports.
The scale figures go to scale_run.json (scale_quick.json), the serving ones to serve_run.json
(serve_quick.json); scale.json and serve.json keep the full-size runs that summary.json points
to. bench_scale.py --full (which writes scale.json) is not run here: run it for a full-size
scale.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
SMALL = ("bench_extract", "bench_refresh", "bench_changes", "bench_status", "bench_hostile_sizes")
# Full-mode sizes that fit 15 minutes on 2 shared cores with this branch's refresh: the small
# benchmarks took 158 s and the 1M build 269 s, serving it 53 s; 1,000 reports had not finished
# cold / warm / +1 after 10 minutes (each refresh computes the status table series by series),
# so the run refreshes 100 and summary.json points to scale.json for the 1,000.
FULL_OBSERVATIONS, FULL_REPORTS = 1_000_000, 100
QUICK_REPORTS = 30


def run_step(name: str, args: list[str]) -> bool:
    """Run one benchmark process from the project root; whether it succeeded."""
    started = time.perf_counter()
    print(f"== {name}", flush=True)
    ok = subprocess.run([sys.executable, *args], cwd=ROOT).returncode == 0
    print(f"== {name}: {'ok' if ok else 'FAILED'} in {time.perf_counter() - started:.0f} s")
    return ok


def run_json(args: list[str], what: str) -> dict:
    """Run Python with these arguments in its own process; the JSON of its last output line."""
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr[-2000:], file=sys.stderr)
        raise RuntimeError(f"{what} failed ({done.returncode})")
    return json.loads(done.stdout.strip().splitlines()[-1])


def build_scale(flag: str, size: int, db: Path) -> dict:
    """`python -m bench.scale --<flag> <size> --db <db>` in its own process (its peak RSS is
    the build's alone); the JSON line it prints."""
    print(f"== bench.scale --{flag} {size}", flush=True)
    command = ["-m", "bench.scale", f"--{flag}", str(size), "--db", str(db)]
    result = run_json(command, f"bench.scale --{flag} {size}")
    print(f"== bench.scale --{flag} {size}: {json.dumps(result)[:300]}", flush=True)
    return result


BUNDLED_REFRESH = """
import json, resource, sys, time
from etl.refresh import refresh
from metrics import queries
reports, db, targets, reviews = sys.argv[1:5]
started = time.perf_counter()
result = refresh(reports, db, targets, reviews)
seconds = time.perf_counter() - started
n = int(queries.run_query(db, "SELECT count(*) FROM core_observations").iloc[0, 0])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"scenario": "observations", "source": "bundled reports", "requested": None,
    "observations_generated": n, "peak_rss_mb": round(peak, 1),
    "refresh": {"seconds": round(seconds, 2), "exit_code": result.exit_code, "observations": n}}))
"""


def build_bundled(db: Path) -> dict:
    """Refresh the bundled reports into `db` in its own process (quick mode: a bench.scale
    build of any size pays the status table's per-series cost, over a minute on this branch)."""
    print("== refresh of the bundled reports", flush=True)
    db.parent.mkdir(parents=True)
    reviews = db.parent / "reviews.csv"
    args = [str(ROOT / "data" / "reports"), str(db), str(ROOT / "data" / "targets.csv")]
    return run_json(["-c", BUNDLED_REFRESH, *args, str(reviews)], "refresh of the bundled reports")


def write_scale(path: Path, runs: dict) -> None:
    """Write the scale figures in bench_scale.py's shape (so summary.py reads both alike)."""
    payload = {
        "benchmark": "scale",
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "results": runs,
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def run_issue_figures(observations: int, reports: int, quick: bool) -> bool:
    """Build, serve and measure; write scale_<mode>.json and serve_<mode>.json."""
    suffix = "_quick" if quick else "_run"
    ok = True
    with tempfile.TemporaryDirectory(prefix="kpi-bench-") as tmp:
        db = Path(tmp) / "observations" / "kpi.duckdb"
        build = build_bundled(db) if quick else build_scale("observations", observations, db)
        runs = {"observations": build}
        serve_args = ["bench/bench_serve.py", "--db", str(db), "--label", f"make bench{suffix}"]
        serve_args += ["--out", str(RESULTS / f"serve{suffix}.json")]
        if quick:  # fewer replays: the quick run checks the harness, not the last millisecond
            serve_args += ["--repeat", "10", "--budget", "10"]
        ok &= run_step("bench_serve", serve_args)
        db.unlink(missing_ok=True)  # the next build needs the memory and the disk more
        runs["reports"] = build_scale("reports", reports, Path(tmp) / "reports" / "kpi.duckdb")
    write_scale(RESULTS / f"scale{suffix}.json", runs)
    return ok


def main() -> int:
    """Run the benchmarks, then the summary and the README table; non-zero if any failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="issue 11's figures, small sizes")
    parser.add_argument("--observations", type=int, help="database size to build and serve (full)")
    parser.add_argument("--reports", type=int, help="synthetic monthly reports to refresh")
    args = parser.parse_args()
    started = time.perf_counter()
    observations = args.observations or FULL_OBSERVATIONS
    reports = args.reports or (QUICK_REPORTS if args.quick else FULL_REPORTS)
    ok = True
    if not args.quick:
        for name in SMALL:
            ok &= run_step(name, [f"bench/{name}.py"])
    try:
        ok &= run_issue_figures(observations, reports, args.quick)
    except RuntimeError as exc:
        print(f"bench: {exc}", file=sys.stderr)
        ok = False
    seconds = f"{time.perf_counter() - started:.0f}"
    mode = "quick" if args.quick else "full"
    ok &= run_step("summary", ["bench/summary.py", "--mode", mode, "--seconds", seconds])
    ok &= run_step("README table", ["bench/summary_readme.py"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
