"""`kpi status --csv`: out_status (one row per indicator x breakdown x target) on standard output.

The status is computed once, in the refresh; this command only reads and prints it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, TextIO

import pandas as pd

from metrics.tables import STATUS_COLUMNS

EXIT_OK, EXIT_NOINPUT = 0, 66
DATE_COLUMNS = ("latest_date", "deadline")
# Enough digits for any pace or share, few enough that a diff of two runs stays readable.
CSV_DECIMALS = 6


def run_status_cli(args: Any, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Write out_status as CSV to stdout; exit 66 when the database or its table is missing."""
    out = out or sys.stdout
    err = err or sys.stderr
    db = Path(args.db)
    if not db.exists():
        print(f"kpi status: no database at {db}; run `kpi refresh` to build it.", file=err)
        return EXIT_NOINPUT
    from metrics import queries  # imported late: the CLI starts fast and tests can stub it

    try:
        table = queries.read_status(db)
    except FileNotFoundError as missing:  # queries.DatabaseMissing, or a table not built yet
        print(f"kpi status: {missing}", file=err)
        return EXIT_NOINPUT
    out.write(format_status_csv(table))
    return EXIT_OK


def format_status_csv(table: pd.DataFrame) -> str:
    """Return the table as CSV: fixed header, ISO dates, '.' decimals, empty for missing."""
    frame = table.reindex(columns=STATUS_COLUMNS)
    for column in DATE_COLUMNS:
        frame[column] = pd.to_datetime(frame[column]).dt.strftime("%Y-%m-%d")
    numeric = frame.select_dtypes("number").columns
    frame[numeric] = frame[numeric].round(CSV_DECIMALS)
    return frame.to_csv(index=False, lineterminator="\n")
