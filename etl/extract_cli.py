"""`kpi extract PATH... --csv`: the extracted values of report files as CSV on standard output."""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from etl.extract import extract_file
from etl.read import ReadError
from etl.sidecar import is_sidecar
from metrics.escape import escape_name

CSV_COLUMNS = [
    "document", "indicator", "breakdown", "period_kind", "period_start", "period_end",
    "value", "unit", "qualifier", "status", "quote",
]  # fmt: skip


def run_extract_cli(paths, encoding=None, out=None, err=None) -> int:
    """Print extracted values of the given files as CSV; return 0, 65 if a file failed, 66 if none exists."""
    out = out or sys.stdout
    err = err or sys.stderr
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    failed = read = missing = 0
    for path in expand_paths(paths):
        if not path.exists():  # the path as the user typed it, so they can see what is wrong
            print(f"kpi extract: {escape_name(str(path))}: no such file", file=err)
            missing += 1
            continue
        try:
            extraction = extract_file(path, encoding=encoding)
        except ReadError as exc:
            print(f"kpi extract: {escape_name(exc)}", file=err)
            failed += 1
            continue
        read += 1
        for row in extraction.observations.itertuples():
            writer.writerow(
                [
                    row.document,
                    row.indicator,
                    row.breakdown,
                    row.period_kind,
                    *shown_period(row),
                    format_value(row.value),
                    row.unit,
                    row.qualifier,
                    row.status,
                    row.quote,
                ]
            )
        held = held_note(extraction.observations)
        if held:  # (stdout is the CSV alone; the header fixes its columns)
            print(f"kpi extract: {escape_name(path.name)}: {held}", file=err)
    # sysexits: 66 (no input) when no file named exists, 65 when a file was bad or missing
    if missing and not read and not failed:
        return 66
    return 65 if failed or missing else 0


def held_note(observations) -> str:
    """ "2 of 5 values held for review: <the commonest reasons>", or "" when none is held: the CSV
    says which rows wait, not why."""
    if observations.empty:
        return ""
    held = observations[observations["status"] != "accepted"]
    if held.empty:
        return ""
    reasons = held["review_reason"].str.split("; ").explode().value_counts().index[:3]
    return f"{len(held)} of {len(observations)} values held for review: " + "; ".join(reasons)


def expand_paths(paths) -> list[Path]:
    """Expand directories into the report files they hold, sorted by name."""
    out = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")))
        else:
            out.append(p)
    return [p for p in out if not is_sidecar(p)]  # a sidecar is provenance, not a report


def format_value(value: float) -> str:
    """Write a value with '.' decimals and no float noise (2800000, 48.28)."""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return text or "0"


def shown_period(row) -> tuple[str, str]:
    """ISO start and end; empty when the period rests on a document date nobody knows."""
    if row.date_source == "unknown":
        return "", ""  # the row waits in review: "document date unknown: add published to …"
    return row.period_start.isoformat(), row.period_end.isoformat()
