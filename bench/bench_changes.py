"""Benchmark: out_changes (metrics.diff.compute_changes) on large current series.

Writes bench/results/changes.json: seconds per comparison of two versions with N series keys
(KPI_BENCH_CHANGE_KEYS, default "100000,366000": a year of monthly values is 366k keys), 1% of
values revised and 1% new, plus a status table of every key's indicator.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
RESULTS = ROOT / "bench" / "results" / "changes.json"


def make_versions(keys: int) -> tuple[dict, dict]:
    """Return (previous, new) tables: `keys` monthly values over 1,000 indicators."""
    rng = np.random.default_rng(13)
    indicators = np.array([f"ind_{i:04d}" for i in range(1000)])
    months = pd.date_range("1990-01-31", periods=keys // 1000 + 1, freq="ME")
    index = np.arange(keys)
    series = pd.DataFrame(
        {
            "indicator": indicators[index % 1000],
            "breakdown": "national",
            "period_kind": "month",
            "period_end": months[index // 1000],
            "value": rng.random(keys) * 100,
            "document": "report.txt",
        }
    )
    new = series.copy()
    revised = rng.choice(keys, keys // 100, replace=False)
    new.loc[revised, "value"] += 1
    added = series.sample(keys // 100, random_state=1).assign(
        period_end=months[-1] + pd.offsets.MonthEnd(1)
    )
    new = pd.concat([new, added], ignore_index=True).drop_duplicates(
        ["indicator", "breakdown", "period_kind", "period_end"]
    )
    status = pd.DataFrame(
        {
            "indicator": indicators,
            "breakdown": "national",
            "target_id": "",
            "status": "flat",
            "deadline": pd.NaT,
            "latest_value": 1.0,
            "latest_date": months[-1],
        }
    )
    moved = status.assign(status=np.where(np.arange(1000) % 10 == 0, "improving", "flat"))
    return (
        {"out_current_series": series, "out_status": status},
        {"out_current_series": new, "out_status": moved},
    )


def main() -> None:
    """Time compute_changes at each size and write the results file."""
    from metrics.diff import compute_changes

    sizes = [int(s) for s in os.environ.get("KPI_BENCH_CHANGE_KEYS", "100000,366000").split(",")]
    runs = []
    for keys in sizes:
        previous, new = make_versions(keys)
        started = time.perf_counter()
        changes = compute_changes(previous, new, dt.date(2026, 1, 1))
        seconds = time.perf_counter() - started
        counts = changes["kind"].value_counts().to_dict()
        runs.append({"keys": keys, "seconds": round(seconds, 3), "rows": len(changes), **counts})
        print(json.dumps(runs[-1]), flush=True)
    result = {
        "benchmark": "changes",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "runs": runs,
    }
    RESULTS.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
