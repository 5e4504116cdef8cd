"""`kpi status --csv`: the status table (one row per indicator x breakdown) on standard output."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from metrics.catalog import load_catalog
from metrics.tables import STATUS_COLUMNS, compute_status_table

EXIT_OK, EXIT_NOINPUT = 0, 66
DATE_COLUMNS = ("latest_date", "deadline")
# Enough digits for any pace or share, few enough that a diff of two runs stays readable.
CSV_DECIMALS = 6


def run_status_cli(args: Any, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Write the status table as CSV to stdout; exit 66 when the database is missing."""
    out = out or sys.stdout
    err = err or sys.stderr
    db = Path(args.db)
    if not db.exists():
        print(f"kpi status: no database at {db}; run `kpi refresh` to build it.", file=err)
        return EXIT_NOINPUT
    observations, targets = read_inputs(db)
    table = compute_status_table(
        observations, targets, load_catalog(), today=getattr(args, "today", None)
    )
    out.write(format_status_csv(table))
    return EXIT_OK


def read_inputs(db: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Read the current series and the targets through the one DuckDB reader."""
    from metrics import queries  # imported late: the CLI starts fast and tests can stub it

    return queries.read_current_series(db), queries.read_targets(db)


def format_status_csv(table: pd.DataFrame) -> str:
    """Return the table as CSV: fixed header, ISO dates, '.' decimals, empty for missing."""
    frame = table[STATUS_COLUMNS].copy()
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).dt.strftime("%Y-%m-%d")
    numeric = frame.select_dtypes("number").columns
    frame[numeric] = frame[numeric].round(CSV_DECIMALS)
    return frame.to_csv(index=False, lineterminator="\n")
