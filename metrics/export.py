"""Analyst exports: `kpi export` and the data page's reading of the tidy table.

The export is split along its seams: metrics/export_frame.py builds the frame (pure),
metrics/export_write.py writes it as CSV, Parquet or XLSX bytes, and this module reads it from
the database (through metrics.queries) and runs the command. Names callers use are re-exported.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO

import pandas as pd

from metrics.export_frame import (  # noqa: F401  (re-exported: the data page and tests use them)
    ACCEPTED_STATUSES,
    DATE_COLUMNS,
    EXPORT_COLUMNS,
    EXTRACT_COLUMNS,
    REVIEW_STATUSES,
    attach_documents,
    build_export_frame,
    filter_export_rows,
    select_revision_rows,
    sort_export_frame,
)
from metrics.export_write import (  # noqa: F401  (re-exported)
    FORMATS,
    FORMULA_PREFIXES,
    MEDIA_TYPES,
    SHEET_NAMES,
    name_export_file,
    neutralise_cell,
    neutralise_frame,
    write_csv,
    write_export,
    write_parquet,
    write_xlsx,
)

EXIT_OK, EXIT_CRASH, EXIT_USAGE, EXIT_NOINPUT = 0, 1, 2, 66

# ---------------------------------------------------------------- reading (CLI and page)


def read_export_rows(
    db: Path,
    indicators: Sequence[str] | None = None,
    families: Sequence[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    revisions: bool = False,
    catalog: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Read the current series (or every accepted revision) and return the export frame."""
    from metrics import queries
    from metrics.catalog import load_catalog

    catalog = load_catalog() if catalog is None else catalog
    if revisions:
        observations = queries.read_observations(db, indicator=None, include_revisions=True)
        rows = attach_documents(select_revision_rows(observations), queries.read_documents(db))
    else:
        rows = queries.read_current_series(
            db,
            indicators=list(indicators or []) or None,
            families=list(families or []) or None,
            date_from=date_from,
            date_to=date_to,
        )
    frame = build_export_frame(rows, catalog, revisions=revisions)
    # Filtering again is idempotent and gives the revisions path the same semantics.
    return filter_export_rows(frame, indicators, families, None, date_from, date_to)


def read_tidy_table(db: Path, catalog: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read the current series plus every value waiting for review, as one export frame."""
    from metrics import queries
    from metrics.catalog import load_catalog

    catalog = load_catalog() if catalog is None else catalog
    current = build_export_frame(queries.read_current_series(db), catalog)
    observations = queries.read_observations(db, indicator=None, include_revisions=True)
    waiting = observations[observations["status"].isin(REVIEW_STATUSES)]
    if waiting.empty:
        return current
    waiting = attach_documents(waiting, queries.read_documents(db))
    review = build_export_frame(waiting, catalog)
    parts = [part for part in (current, review) if not part.empty]
    return sort_export_frame(pd.concat(parts, ignore_index=True), catalog)


def find_unknown(values: Iterable[str], known: Iterable[str]) -> list[str]:
    """Return the values that are not among the known ones, in the order given."""
    known_set = set(known)
    return [v for v in values if v not in known_set]


def parse_cli_date(text: str | None) -> str | None:
    """Return an ISO date string for --from/--to, or raise ValueError."""
    if not text:
        return None
    return dt.date.fromisoformat(text).isoformat()


def check_export_args(args: argparse.Namespace, catalog: pd.DataFrame) -> list[str]:
    """Return usage errors for `kpi export` arguments (empty when they are fine)."""
    errors = []
    unknown = find_unknown(args.indicator or [], catalog["id"])
    for name in unknown:
        close = difflib.get_close_matches(name, list(catalog["id"]), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else " (see metrics/catalog.toml)"
        errors.append(f"unknown indicator id: {name}{hint}")
    unknown = find_unknown(args.family or [], catalog["family"].unique())
    if unknown:
        known = ", ".join(catalog["family"].unique())
        errors.append(f"unknown family: {', '.join(unknown)} (known: {known})")
    for flag, value in [("--from", args.date_from), ("--to", args.date_to)]:
        try:
            parse_cli_date(value)
        except ValueError:
            errors.append(f"{flag} {value!r} is not a date (use YYYY-MM-DD)")
    if args.excel_vi and args.format != "csv":
        errors.append("--excel-vi applies to --format csv only")
    if args.out is not None and not Path(args.out).parent.is_dir():
        errors.append(f"--out {args.out}: folder {Path(args.out).parent} does not exist")
    if args.out is None and args.format != "csv" and sys.stdout.isatty():
        # binary bytes on a terminal garble it; a pipe or a file is what the user meant
        errors.append(f"--format {args.format} is binary: give --out FILE or pipe the output")
    return errors


def run_export_cli(
    args: argparse.Namespace,
    stdout: IO[bytes] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run `kpi export`: write the filtered export to --out or stdout; return the exit code."""
    from metrics.catalog import load_catalog

    err = stderr or sys.stderr
    catalog = load_catalog()
    errors = check_export_args(args, catalog)
    if errors:
        for message in errors:
            print(f"kpi export: {message}", file=err)
        return EXIT_USAGE
    db = Path(args.db)
    if not db.exists():
        print(f"kpi export: database not found: {db} (run `kpi refresh` first)", file=err)
        return EXIT_NOINPUT
    try:
        frame = read_export_rows(
            db,
            indicators=args.indicator,
            families=args.family,
            date_from=parse_cli_date(args.date_from),
            date_to=parse_cli_date(args.date_to),
            revisions=args.revisions,
            catalog=catalog,
        )
    except Exception as exc:  # a damaged or busy database: say which and why
        print(f"kpi export: cannot read database {db}: {exc}", file=err)
        return EXIT_CRASH
    filters = {
        "indicator": args.indicator,
        "family": args.family,
        "from": args.date_from,
        "to": args.date_to,
        "revisions": args.revisions,
    }
    payload = write_export(frame, args.format, catalog, excel_vi=args.excel_vi, filters=filters)
    if frame.empty:
        print("kpi export: no values match these filters (header only)", file=err)
    return write_payload(payload, args.out, stdout)


def write_payload(payload: bytes, out: Path | None, stdout: IO[bytes] | None = None) -> int:
    """Write bytes to a file, or to standard output's binary buffer; return the exit code."""
    if out is not None:
        Path(out).write_bytes(payload)
        return EXIT_OK
    if stdout is None:
        sys.stdout.flush()  # anything printed as text must come before our bytes
        stdout = sys.stdout.buffer
    stdout.write(payload)
    stdout.flush()
    return EXIT_OK
