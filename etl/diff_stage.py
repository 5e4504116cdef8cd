"""The refresh's out_changes stage: the new version against the one being served before it.

(etl.changes prints the refresh summary's counts; this stage writes the table the alerts, the
briefing and the overview's "since the last update" panel read.) The comparison itself is
metrics.diff, so `kpi alerts --since VERSION` computes it the same way from kept versions.

"Today" for the standing conditions (a deadline within 90 days, a missing monthly report) is
$KPI_AS_OF (YYYY-MM-DD) when set, else the refresh's own finish time as a calendar day in
Vietnam time: the day the refresh published, never a data date.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pandas as pd

from etl import load
from metrics.catalog import load_catalog
from metrics.diff import compute_changes

AS_OF_ENV = "KPI_AS_OF"
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
PREVIOUS_TABLES = ["out_current_series", "out_status", "out_review_pending"]
CHANGES_SCHEMA = [
    ("row_order", "BIGINT"),
    ("kind", "VARCHAR"),
    ("indicator", "VARCHAR"),
    ("breakdown", "VARCHAR"),
    ("period_kind", "VARCHAR"),
    ("period_end", "DATE"),
    ("value", "DOUBLE"),
    ("previous_value", "DOUBLE"),
    ("unit", "VARCHAR"),
    ("status_from", "VARCHAR"),
    ("status_to", "VARCHAR"),
    ("target_id", "VARCHAR"),
    ("target_value", "DOUBLE"),
    ("deadline", "DATE"),
    ("pending_count", "DOUBLE"),
    ("observation_id", "VARCHAR"),
    ("document", "VARCHAR"),
    ("doc_title", "VARCHAR"),
    ("doc_number", "VARCHAR"),
    ("published_date", "DATE"),
    ("quote", "VARCHAR"),
    ("as_of", "DATE"),
    ("since_version", "VARCHAR"),
]
# Registered here rather than in etl.load (kept under its size limit); write_database and
# verify_tables walk TABLE_SCHEMAS, so the refresh that imports this stage writes the table.
load.TABLE_SCHEMAS.setdefault("out_changes", CHANGES_SCHEMA)


class AsOfError(ValueError):
    """$KPI_AS_OF is not a YYYY-MM-DD date."""


def resolve_as_of(finished_at: dt.datetime) -> dt.date:
    """Return $KPI_AS_OF, else the refresh's finish time as a day in Vietnam time."""
    text = os.environ.get(AS_OF_ENV, "").strip()
    if text:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise AsOfError(f"${AS_OF_ENV}={text!r} is not a date (YYYY-MM-DD)") from None
    return finished_at.astimezone(VIETNAM).date()


def build_changes_table(
    db_path: Path,
    tables: dict[str, pd.DataFrame],
    finished_at: dt.datetime,
    served: dict[str, pd.DataFrame] | None = None,
) -> pd.DataFrame:
    """Return out_changes: the tables about to be published against the version served now.

    served: the served version's tables when the caller read them already (PREVIOUS_TABLES
    among them); they are read here otherwise.
    """
    if served is not None and all(t in served for t in PREVIOUS_TABLES):
        previous = {t: served[t] for t in PREVIOUS_TABLES}  # the lock keeps that version served
    else:
        previous = load.read_served_tables(db_path, PREVIOUS_TABLES)
    since = Path(os.path.realpath(db_path)).name if previous else ""
    if previous is not None and "out_current_series" not in previous:
        previous = None  # an unreadable or foreign file: no diff rather than a wrong one
    changes = compute_changes(
        previous, tables, resolve_as_of(finished_at), since, catalog=load_catalog()
    )
    return changes[load.list_table_columns("out_changes")]
