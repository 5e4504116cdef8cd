"""Build a large database through the product's own refresh, for benchmarks and measurements.

    python -m bench.scale --observations 1000000 --db /tmp/kpi-scale/kpi.duckdb
    python -m bench.scale --reports 1000 --db /tmp/kpi-reports/kpi.duckdb

`--observations N`: synthetic monthly documents from January 2015 on, each stating every
catalog indicator for 66 breakdowns in its own month and restating the two months before (so
about a third of the values are current and the rest revisions, as in the issue's 1M set).
Their extraction results are written to the refresh's cache under each file's content hash,
so `kpi refresh` takes the path of a warm monthly run: everything after extraction is the
product's own code. A few values jump, and a few are stated twice with different figures, so
the series checks have work to do.

`--reports N`: N synthetic monthly reports in the seed genre (the bundled February 2024
report with its month and figures changed), run through the real extractor; cold, warm, and
one new report on top. Every file says it is synthetic; they are written beside the database,
never into data/reports/.

Everything is derived from --seed (default 11): two runs with the same arguments build the
same data. Prints one JSON object (seconds, peak RSS of this process, what loaded).
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import hashlib
import json
import platform
import random
import re
import resource
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

from etl import cache
from etl.extract import OBSERVATION_COLUMNS
from etl.refresh import refresh
from metrics.catalog import load_catalog

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "data" / "reports" / "004_bao-cao-cds-thang-02-2024.txt"
TARGETS_HEADER = (
    "indicator,breakdown,deadline_date,target_value,comparator,document,doc_sha256,quote,note\n"
)
REVIEWS_HEADER = "observation_id,decision,value,reason,decided_at\n"
BREAKDOWNS = ["national", "ministries", "localities", *(f"Tỉnh số {i:02d}" for i in range(1, 64))]
RESTATED_MONTHS = 3  # a document states its month and restates the two before
FIRST_YEAR = 2015
JUMP_SHARE = 0.001  # values multiplied by 3: the series checks send them to review
CONFLICT_SHARE = 0.001  # values stated twice in one document with different figures
SYNTHETIC_NOTE = "TÀI LIỆU TỔNG HỢP GIẢ LẬP (synthetic, bench/scale.py): không phải văn bản thật."


def add_months(year: int, month: int, count: int) -> tuple[int, int]:
    """Return (year, month) count months after year/month."""
    index = year * 12 + month - 1 + count
    return index // 12, index % 12 + 1


def month_bounds(index: int) -> tuple[dt.date, dt.date]:
    """Return the first and last day of the index-th month since January FIRST_YEAR."""
    year, month = add_months(FIRST_YEAR, 1, index)
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def shape_values(kind: str, unit: str, months: np.ndarray, level: np.ndarray) -> np.ndarray:
    """Return smooth, valid values of one indicator kind for each (month, series level)."""
    if kind == "rate" and unit == "percent":
        return np.minimum(20 + 40 * level + 0.3 * months, 99.5)
    if kind == "growth":
        return 5 + 2 * level + 0.01 * months
    if kind == "rank":
        return np.maximum(120 - 40 * level - 0.2 * months, 1)
    if kind == "flow":
        return 1000 * (1 + 9 * level) * (1 + 0.05 * np.sin(months))
    return 1000 * (1 + 9 * level) * (1 + 0.01 * months)


def build_document_rows(index: int, doc_sha: str, catalog: pd.DataFrame, rng) -> pd.DataFrame:
    """Return one synthetic document's observations: its month and the two months before."""
    indicators = catalog.index.to_numpy()
    series = len(indicators) * len(BREAKDOWNS)
    frames = []
    for back in range(RESTATED_MONTHS):
        month = index - back
        if month < 0:
            continue
        start, end = month_bounds(month)
        ind = np.repeat(indicators, len(BREAKDOWNS))
        brk = np.tile(np.array(BREAKDOWNS, dtype=object), len(indicators))
        level = (np.arange(series) % 97) / 97  # each series its own scale
        values = np.empty(series)
        for indicator in indicators:
            rows = ind == indicator
            kind, unit = catalog.at[indicator, "kind"], catalog.at[indicator, "unit"]
            values[rows] = shape_values(kind, unit, np.full(rows.sum(), month), level[rows])
        # A restatement revises the figure a little; the newest document wins.
        values = values * (1 + 0.002 * back * rng.standard_normal(series))
        values = np.where(rng.random(series) < JUMP_SHARE, values * 3, values)
        frames.append(
            pd.DataFrame(
                {
                    "indicator": ind,
                    "breakdown": brk,
                    "period_start": start,
                    "period_end": end,
                    "value": values,
                    "unit": catalog.loc[ind, "unit"].to_numpy(),
                    "kind": catalog.loc[ind, "kind"].to_numpy(),
                }
            )
        )
    rows = pd.concat(frames, ignore_index=True)
    twice = rows[rng.random(len(rows)) < CONFLICT_SHARE].assign(value=lambda f: f["value"] * 1.01)
    rows = pd.concat([rows, twice], ignore_index=True)
    # Rates above 100 (a jump) would be rejected by validation; keep them valid and visible.
    capped = (rows["kind"] == "rate") & (rows["unit"] == "percent")
    rows.loc[capped, "value"] = rows.loc[capped, "value"].clip(upper=100)
    count = len(rows)
    return pd.DataFrame(
        {
            "document": "",
            "doc_sha256": doc_sha,
            "indicator": rows["indicator"],
            "breakdown": rows["breakdown"],
            "period_kind": "month",
            "period_start": rows["period_start"],
            "period_end": rows["period_end"],
            "value": rows["value"].round(4),
            "unit": rows["unit"],
            "qualifier": "",
            "status": "accepted",
            "review_reason": "",
            "quote": "synthetic value (bench/scale.py)",
            "quote_start": np.arange(count) * 10,
            "quote_end": np.arange(count) * 10 + 9,
            "value_start": np.arange(count) * 10,
            "value_end": np.arange(count) * 10 + 5,
            "anchor": "",
            "rule_id": "synthetic",
            "confidence": 1.0,
            "observation_id": [f"syn{index:04d}-{i:06d}" for i in range(count)],
            "date_source": "text",
        }
    )[OBSERVATION_COLUMNS]


def write_synthetic_documents(count: int, reports: Path, cache_dir: Path, seed: int) -> int:
    """Write count tiny report files and their extraction results in the cache; return rows."""
    catalog = load_catalog()
    rng = np.random.default_rng(seed)
    words = random.Random(seed)
    total = 0
    for index in range(count):
        start, end = month_bounds(index)
        # Distinct words per document, so no two read as one document in two forms.
        filler = " ".join(f"w{words.randrange(10**9)}" for _ in range(300))
        text = f"{SYNTHETIC_NOTE}\nBáo cáo tháng {end.month:02d}/{end.year}.\n{filler}\n"
        path = reports / f"synthetic-{end:%Y-%m}.txt"
        path.write_text(text, encoding="utf-8")
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        published = end + dt.timedelta(days=20)
        document = {
            "file_name": path.name,
            "sha256": sha,
            "text_sha256": hashlib.sha256(text.encode()).hexdigest(),
            "kind": "monthly_report",
            "number": "",
            "issuer": "synthetic",
            "title": f"Synthetic monthly report {end.month:02d}/{end.year}",
            "url": "",
            "published_date": published,
            "published_date_estimated": False,
            "date_source": "printed",
            "date_precision": "day",
            "period_label": f"tháng {end.month:02d}/{end.year}",
            "period_start": start,
            "period_end": end,
            "cutoff_date": published,
            "meeting_date": None,
            "n_chars": len(text),
        }
        rows = build_document_rows(index, sha, catalog, rng)
        cache.write_entry(cache_dir, sha, "auto-none", document, text, rows)
        total += len(rows)
    return total


def count_documents(observations: int) -> int:
    """Return how many synthetic monthly documents give about this many observations."""
    per_month = len(load_catalog()) * len(BREAKDOWNS)
    months = max(1, round(observations / (per_month * RESTATED_MONTHS)))
    return months + 1 if months > 1 else months


def write_monthly_reports(count: int, reports: Path, seed: int, offset: int = 0) -> None:
    """Write count synthetic monthly reports: the seed report with its month and figures changed."""
    template = TEMPLATE.read_text(encoding="utf-8")
    rng = random.Random(seed + offset)
    for index in range(offset, offset + count):
        year, month = add_months(FIRST_YEAR, 1, index)
        text = re.sub(r"tháng 0?2(\s*năm\s*|/)2024", rf"tháng {month:02d}\g<1>{year}", template)
        factor = 0.8 + 0.4 * rng.random()
        # Every decimal figure changes, so two months never state the same numbers.
        text = re.sub(
            r"\b(\d{1,3}),(\d{1,2})\b",
            lambda m, f=factor: f"{float(m[1] + '.' + m[2]) * f:.2f}".replace(".", ","),
            text,
        )
        path = reports / f"synthetic-{year}-{month:02d}_bao-cao-cds.txt"
        path.write_text(f"{text}\n\n{SYNTHETIC_NOTE}\n", encoding="utf-8")


def prepare_folder(db: Path) -> tuple[Path, Path, Path]:
    """Create the reports folder and empty targets and reviews files beside the database."""
    reports = db.parent / "reports"
    reports.mkdir(parents=True, exist_ok=True)
    targets, reviews = db.parent / "targets.csv", db.parent / "reviews.csv"
    targets.write_text(TARGETS_HEADER, encoding="utf-8")
    reviews.write_text(REVIEWS_HEADER, encoding="utf-8")
    return reports, targets, reviews


def measure_cpu() -> float:
    """Return the CPU seconds of this process and its finished children (the extraction pool)."""
    own, children = (
        resource.getrusage(resource.RUSAGE_SELF),
        resource.getrusage(resource.RUSAGE_CHILDREN),
    )
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_refresh(db: Path, reports: Path, targets: Path, reviews: Path) -> dict:
    """Run one refresh and return its seconds (wall and CPU) and what it loaded."""
    # CPU beside wall: on a shared machine the wall time also says how busy the others were.
    start, cpu = time.perf_counter(), measure_cpu()
    result = refresh(reports, db, targets, reviews)
    seconds, cpu = time.perf_counter() - start, measure_cpu() - cpu
    status = pd.Series([f.status for f in result.files]).value_counts()
    return {
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "exit_code": result.exit_code,
        "files": len(result.files),
        "loaded": int(status.get("loaded", 0)),
        "duplicate": int(status.get("duplicate", 0)),
        "failed": int(status.get("failed", 0)),
        "extracted": sum(not f.from_cache for f in result.files if f.status != "failed"),
        "observations": sum(result.counts.get(k, 0) for k in ("accepted", "needs_review")),
        "current": result.counts.get("current"),
        "needs_review": result.counts.get("needs_review"),
    }


def build_observations(count: int, db: Path, seed: int) -> dict:
    """Build a database of about count observations; return the timings."""
    reports, targets, reviews = prepare_folder(db)
    started = time.perf_counter()
    rows = write_synthetic_documents(count_documents(count), reports, db.parent / "cache", seed)
    generated = time.perf_counter() - started
    return {
        "observations_generated": rows,
        "generate_seconds": round(generated, 2),
        "refresh": time_refresh(db, reports, targets, reviews),
    }


def build_reports(count: int, db: Path, seed: int) -> dict:
    """Refresh count synthetic monthly reports cold, warm, then with one new report."""
    reports, targets, reviews = prepare_folder(db)
    write_monthly_reports(count, reports, seed)
    cold = time_refresh(db, reports, targets, reviews)
    warm = time_refresh(db, reports, targets, reviews)
    write_monthly_reports(1, reports, seed, offset=count)
    return {"cold": cold, "warm": warm, "one_new": time_refresh(db, reports, targets, reviews)}


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, build, print the JSON result."""
    parser = argparse.ArgumentParser(
        prog="python -m bench.scale", description=__doc__.split("\n")[0]
    )
    size = parser.add_mutually_exclusive_group(required=True)
    size.add_argument("--observations", type=int, help="about this many synthetic observations")
    size.add_argument("--reports", type=int, help="this many synthetic monthly reports")
    parser.add_argument("--db", type=Path, required=True, help="database path (a new folder)")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)
    if args.observations is not None:
        result = {"scenario": "observations", "requested": args.observations}
        result |= build_observations(args.observations, args.db, args.seed)
    else:
        result = {"scenario": "reports", "requested": args.reports}
        result |= build_reports(args.reports, args.db, args.seed)
    result |= {
        "seed": args.seed,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "machine": f"{platform.machine()} {platform.python_version()}",
    }
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
