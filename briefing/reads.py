"""Reading out_changes and kept database versions through metrics.queries (no duckdb here)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd

from metrics import queries
from metrics.diff import CHANGES_COLUMNS, compute_changes, type_changes

VERSIONS_DIR = "db"  # beside the served path, as etl.load keeps them
AS_OF_ENV = "KPI_AS_OF"
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
COMPARED_TABLES = ["out_current_series", "out_status", "out_review_pending"]


class VersionNotFound(FileNotFoundError):
    """--since names no kept database version."""


def has_table(db: Path | str, table: str) -> bool:
    """Return True when the database holds the table (older versions lack out_changes)."""
    found = queries.run_query(
        db, "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ?", [table]
    )
    return bool(found.iloc[0, 0])


def read_changes(db: Path | str) -> pd.DataFrame:
    """Return out_changes in the refresh's order (empty when the version predates it)."""
    if not has_table(db, "out_changes"):
        return type_changes(pd.DataFrame(columns=CHANGES_COLUMNS))
    return queries.run_query(db, "SELECT * FROM out_changes ORDER BY row_order")


def list_versions(db: Path | str) -> list[Path]:
    """Return the kept database versions beside the served path, oldest first."""
    return sorted((Path(db).parent / VERSIONS_DIR).glob("kpi-*.duckdb"))


def locate_version(db: Path | str, name: str) -> Path:
    """Return the kept version called name (a file name, a path, or a unique part of a name)."""
    if Path(name).is_file():
        return Path(name)
    kept = list_versions(db)
    matches = [p for p in kept if p.name == name] or [p for p in kept if name in p.name]
    if len(matches) == 1:
        return matches[0]
    listing = ", ".join(p.name for p in kept) or "none"
    reason = "matches several" if matches else "is not"
    raise VersionNotFound(f"version {name!r} {reason} among the kept versions ({listing})")


def read_version_tables(path: Path) -> dict[str, pd.DataFrame]:
    """Return the tables a comparison needs from one database version."""
    tables = {t: queries.run_query(path, f'SELECT * FROM "{t}"') for t in COMPARED_TABLES}
    tables["core_documents"] = queries.read_documents(path)
    return tables


def resolve_as_of(db: Path | str) -> dt.date:
    """Return $KPI_AS_OF, else the served version's refresh day in Vietnam time (as the refresh)."""
    text = os.environ.get(AS_OF_ENV, "").strip()
    if text:
        return dt.date.fromisoformat(text)
    finished = queries.read_freshness(db).get("last_refresh_at")
    return pd.Timestamp(finished).tz_convert(VIETNAM).date()


def compute_changes_since(db: Path | str, name: str) -> pd.DataFrame:
    """Compare the served version with a kept older one, as the refresh compares consecutive ones."""
    from metrics.catalog import load_catalog

    old = locate_version(db, name)
    served = os.path.realpath(db)
    previous, new = read_version_tables(old), read_version_tables(Path(served))
    return compute_changes(previous, new, resolve_as_of(db), old.name, catalog=load_catalog())
