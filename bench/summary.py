"""Issue 11's table from results files: bench/results/summary.json, every figure against its goal.

    python bench/summary.py                    # after `python bench/run.py` (or --quick)
    python bench/summary.py --mode quick

Reads what the run measured (serve_run.json / serve_quick.json, scale_run.json /
scale_quick.json) and the full-size runs kept beside them (serve.json: the 1M database;
scale.json: the 1M build and 1,000 reports). Every row says the size it was measured at and the
file it came from; where the run measured a smaller size than the issue asks, the row also
carries the full-size file's figure under `full_size`. Figures are read from the files, never
written here: a new scale.json changes the summary the next time it is rendered.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
SUMMARY = RESULTS / "summary.json"
FULL_OBSERVATIONS = 1_000_000
FULL_REPORTS = 1_000
# The goals: callback p95 at most 4x the bare app's, time to content at most 2x.
P95_TIMES_BARE = 4.0
CONTENT_TIMES_BARE = 2.0
MB = 1_000_000
PAGES = ("overview", "indicator", "data", "reports")
RESPONSE_GOAL_MB = {"indicator": 2, "data": 1, "grid_filter_change": 1, "reports": 1}
PAGE_WORDS = {
    "overview": "overview page callback",
    "indicator": "indicator page callback",
    "data": "data page callback",
    "grid_filter_change": "data-grid update (a filter change)",
    "reports": "reports page callback",
}


def read_json(path: Path) -> dict | None:
    """The JSON in `path`, or None when the file is absent."""
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def relative(path: Path) -> str:
    """`path` as the README names files (relative to the project)."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def make_row(key: str, what: str, goal: str, figure: str, value, met, source: dict) -> dict:
    """One row of the table: the figure, its goal, and where and at what size it was measured."""
    row = {"key": key, "what": what, "goal": goal, "figure": figure, "value": value, "met": met}
    return row | source


def describe_serve(payload: dict, path: Path) -> dict:
    """Where a serve figure comes from: file, date, database size."""
    return {
        "size": f"{payload['observations']:,} observations",
        "observations": payload["observations"],
        "source": relative(path),
        "measured_at": payload["measured_at"],
    }


def summarise_serve(payload: dict, path: Path) -> tuple[dict, list[dict]]:
    """The bare baseline and the serving rows of one serve results file."""
    result, source = payload["result"], describe_serve(payload, path)
    bare = result["bare"]
    bare_p95, bare_ttc = bare["p95_ms"], bare["time_to_content_ms"]
    baseline = {
        "p95_ms": bare_p95,
        "time_to_content_ms": bare_ttc,
        "points": result.get("chart_points"),
    } | source
    rows, pages = [], result["pages"]
    for name in (*PAGES, "grid_filter_change"):
        page = pages.get(name, {})
        what = PAGE_WORDS[name]
        if "p95_ms" not in page:
            missing = page.get("error", "not measured")
            rows.append(
                make_row(f"{name}_p95", f"{what}, p95", "≤ 4× bare", missing, None, None, source)
            )
            continue
        ratio = page["p95_ms"] / bare_p95
        rows.append(
            make_row(
                f"{name}_p95",
                f"{what}, p95",
                f"≤ {P95_TIMES_BARE:g}× bare",
                f"{page['p95_ms']:,.0f} ms ({ratio:.2f}× bare)",
                page["p95_ms"],
                ratio <= P95_TIMES_BARE and page.get("http_status") == [200],
                source,
            )
        )
        if name in RESPONSE_GOAL_MB:
            limit = RESPONSE_GOAL_MB[name]
            size = page["response_bytes"]
            rows.append(
                make_row(
                    f"{name}_response",
                    f"{what}, response",
                    f"≤ {limit} MB",
                    f"{size / MB:.2f} MB",
                    size,
                    size <= limit * MB,
                    source,
                )
            )
    for name in PAGES:
        ttc = pages.get(name, {}).get("time_to_content_ms")
        what = f"time to content in Chromium, {name} / bare page"
        if ttc is None:
            rows.append(
                make_row(f"{name}_content", what, "≤ 2×", "not measured", None, None, source)
            )
            continue
        ratio = ttc / bare_ttc
        figure = f"{ttc / 1000:.2f} s vs {bare_ttc / 1000:.2f} s ({ratio:.2f}×)"
        met = ratio <= CONTENT_TIMES_BARE
        rows.append(make_row(f"{name}_content", what, "≤ 2×", figure, ttc, met, source))
    rows.append(summarise_memory(result, source))
    rows.append(summarise_publish(result, bare_p95, source))
    return baseline, rows


def summarise_memory(result: dict, source: dict) -> dict:
    """The app workers' RSS after every page was opened and replayed."""
    memory = result.get("app_memory_after_pages") or {}
    rss = memory.get("worker_rss_mb", memory.get("rss_mb"))
    what = "app worker RSS after all pages"
    if rss is None:
        return make_row("worker_rss", what, "≤ 300 MB", "not measured", None, None, source)
    figure = f"{rss:,.0f} MB"
    if memory.get("workers"):
        figure += f" (largest of {memory['workers']} workers)"
    return make_row("worker_rss", what, "≤ 300 MB", figure, rss, rss <= 300, source)


def summarise_publish(result: dict, bare_p95: float, source: dict) -> dict:
    """The first overview callback after a publish, against the goal of any other callback."""
    first = result.get("first_overview_after_publish")
    what = "first request after a publish"
    goal = f"as fast as any other (≤ {P95_TIMES_BARE:g}× bare p95)"
    if not isinstance(first, dict):
        return make_row("first_after_publish", what, goal, str(first), None, None, source)
    ratio = first["ms"] / bare_p95
    figure = f"{first['ms']:,.0f} ms ({ratio:.2f}× bare p95), HTTP {first['http_status']}"
    if len(first.get("samples_ms", [])) > 1:
        figure += f", median of {len(first['samples_ms'])} publishes"
    met = ratio <= P95_TIMES_BARE and first["http_status"] == 200
    return make_row("first_after_publish", what, goal, figure, first["ms"], met, source)


def summarise_scale(payload: dict, path: Path) -> list[dict]:
    """The build and report rows of one scale results file (bench_scale.py's shape)."""
    results = payload.get("results", {})
    at, source_file = payload.get("measured_at"), relative(path)
    rows = []
    build = results.get("observations")
    if build:
        refresh, n = build.get("refresh", {}), build.get("observations_generated")
        source = {
            "size": f"{n:,} observations"
            + (f" ({build['source']})" if build.get("source") else ""),
            "observations": n,
            "source": source_file,
            "measured_at": at,
        }
        seconds, peak = refresh.get("seconds"), build.get("peak_rss_mb")
        ok = refresh.get("exit_code") == 0
        rows.append(
            make_row(
                "build_seconds",
                "build/refresh of the 1M database, time",
                "≤ 60 s",
                f"{seconds:,.1f} s",
                seconds,
                ok and seconds <= 60,
                source,
            )
        )
        rows.append(
            make_row(
                "build_peak_rss",
                "build/refresh of the 1M database, peak RSS",
                "≤ 2 GB",
                f"{peak / 1024:.2f} GB",
                peak,
                ok and peak <= 2048,
                source,
            )
        )
    reports = results.get("reports")
    if reports:
        n = reports.get("requested")
        source = {"size": f"{n:,} reports", "reports": n, "source": source_file, "measured_at": at}
        for step, words, goal in (
            ("cold", "cold", 30),
            ("warm", "warm", 5),
            ("one_new", "+1 new", 3),
        ):
            run = reports.get(step, {})
            seconds = run.get("seconds")
            ok = run.get("exit_code") == 0 and run.get("failed", 0) == 0
            met = None if seconds is None else ok and seconds <= goal
            figure = "not measured" if seconds is None else f"{seconds:,.1f} s"
            if run.get("duplicate"):  # issue 11's correctness failure: say it beside the time
                figure += f" ({run['duplicate']} marked duplicates)"
                met = False
            rows.append(
                make_row(
                    f"reports_{step}",
                    f"1,000 monthly reports, {words}",
                    f"≤ {goal} s",
                    figure,
                    seconds,
                    met,
                    source,
                )
            )
    return rows


def is_full_size(row: dict) -> bool:
    """Whether a row was measured at the size the issue asks for."""
    if "observations" in row:
        return row["observations"] >= FULL_OBSERVATIONS * 0.95  # bench.scale builds "about N"
    return row.get("reports", 0) >= FULL_REPORTS


def attach_full_size(rows: list[dict], full_rows: list[dict]) -> list[dict]:
    """Give every row measured below full size the full-size file's figure for the same key."""
    full = {row["key"]: row for row in full_rows if is_full_size(row)}
    for row in rows:
        row["full_size_measured"] = is_full_size(row)
        if not row["full_size_measured"] and row["key"] in full:
            other = full[row["key"]]
            row["full_size"] = {
                k: other[k] for k in ("figure", "value", "met", "size", "source", "measured_at")
            }
    return rows


def describe_machine() -> dict:
    """What the figures were measured on."""
    with open("/proc/meminfo", encoding="utf-8") as meminfo:
        total_kb = int(meminfo.readline().split()[1])
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "memory_gb": round(total_kb / 1024 / 1024, 1),
    }


def build_summary(mode: str, results: Path = RESULTS, seconds: float | None = None) -> dict:
    """summary.json's content for a run in `mode` ('full' or 'quick')."""
    suffix = "_quick" if mode == "quick" else "_run"
    serve_path, scale_path = results / f"serve{suffix}.json", results / f"scale{suffix}.json"
    serve, scale = read_json(serve_path), read_json(scale_path)
    full_serve_path, full_scale_path = results / "serve.json", results / "scale.json"
    full_serve, full_scale = read_json(full_serve_path), read_json(full_scale_path)
    bare, rows = summarise_serve(serve, serve_path) if serve else (None, [])
    rows += summarise_scale(scale, scale_path) if scale else []
    full_rows = summarise_serve(full_serve, full_serve_path)[1] if full_serve else []
    full_rows += summarise_scale(full_scale, full_scale_path) if full_scale else []
    rows = attach_full_size(rows, full_rows)
    return {
        "benchmark": "summary",
        "issue": 11,
        "mode": mode,
        "measured_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "run_seconds": seconds,
        "machine": describe_machine(),
        "bare_baseline": bare,
        "full_size_files": [relative(p) for p in (full_serve_path, full_scale_path) if p.exists()],
        "met": sum(1 for row in rows if row["met"]),
        "rows": rows,
    }


def main() -> None:
    """Render summary.json from the results files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("full", "quick"), default="full")
    parser.add_argument("--seconds", type=float, help="how long the run took (bench/run.py)")
    args = parser.parse_args()
    summary = build_summary(args.mode, seconds=args.seconds)
    SUMMARY.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {relative(SUMMARY)}: {summary['met']} of {len(summary['rows'])} goals met")


if __name__ == "__main__":
    main()
